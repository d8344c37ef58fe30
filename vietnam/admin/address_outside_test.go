package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Forms met in other projects' test addresses and datasets (a real-estate
// address set of 2021, bank and shop lists): text with no comma and a
// house number before a name that a commune also has, and ranges of
// numbers ("liên ấp 2-6"). Neither names a commune; the province (or
// district) written is all there is. A commune written with its type
// word, or a district after the name, still reads as before.
func TestResolveStreetAfterHouseNumber(t *testing.T) {
	tests := []struct {
		in      string
		commune string // current commune; "" for none
		prov    string // the province written
	}{
		// the name right after the house number opening the text is the
		// street's, as it is with commas
		{"255 lĩnh nam hà nội", "", "01"},
		{"12 Ngô Quyền Hải Dương", "", "30"},
		{"Số 40 Tân Định Hồ Chí Minh", "", "79"},
		{"255 Lĩnh Nam, Hà Nội", "", "01"},
		// two numbers are not one: "2-6" is not Phường 26
		{"đường liên ấp 2-6 Hồ Chí Minh", "", "79"},
		{"lô 1 5 TP HCM", "", "79"},
		// a type word or another word before the name: a commune
		{"255 phường Lĩnh Nam Hà Nội", "00328", "01"},
		{"Thôn 5 xã Ngô Quyền Hải Dương", "11257", "30"},
		{"Phường 26 Bình Thạnh TP HCM", "26929", "79"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.prov, codeOf(res.Province))
			assertCurrent(t, res, tt.commune)
			if tt.commune == "" {
				assert.Empty(t, res.Candidates)
			}
		})
	}
}
