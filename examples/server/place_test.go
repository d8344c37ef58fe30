package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestRosterPlacesAmbiguous: a roster row counts for the commune union its
// address names, and for the unit the roster was uploaded for when the
// address reads as two communes ("xa thanh an, thanh pho ho chi minh" is
// Thanh An, from Dầu Tiếng, or Thạnh An, of Cần Giờ): the server does not
// pick one of them.
func TestRosterPlacesAmbiguous(t *testing.T) {
	w := testWorld(t)
	s := &server{w: w, pseud: mustPseudonymizer(t)}
	cur, ok := w.next[admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25807")]
	require.True(t, ok)
	thanhAn, ok := w.mapping.Old(cur)
	require.True(t, ok)
	require.NotEqual(t, w.root.ID, thanhAn)
	for _, tt := range []struct {
		address string
		want    org.ID
	}{
		{"Xã Thanh An, TP. Hồ Chí Minh", thanhAn},
		{"kp 5, xa thanh an, thanh pho ho chi minh", w.root.ID},
	} {
		csv := "Họ và tên,Ngày sinh,Số CCCD,Địa chỉ,Ngày\nNguyễn Văn An,12/3/1998,074098001234,\"" + tt.address + "\",2/7/2025\n"
		recs, rep, err := s.importRoster(context.Background(), []byte(csv), w.root.ID, "r.csv", "")
		require.NoError(t, err)
		require.Equal(t, 1, rep.Accepted, tt.address)
		require.NotEmpty(t, recs, tt.address)
		for _, r := range recs {
			assert.Equal(t, tt.want, r.Record.Unit, tt.address)
		}
	}
}
