package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A numbered ward written with its type word where the commune goes, and
// not a ward of the district or province read ("Phường 15" of Quận 6,
// which had 14; Quận 7 and Tân Phú number no ward), leaves the commune unknown and says so, as a
// bare name does: the answer is the district (Quận 6 775, Tân Phú 767,
// Quận 7 778), never silently less. A house number or a ward part with a
// street or hamlet in it is not where the commune is written.
func TestResolveNumberedWardUnread(t *testing.T) {
	type read struct {
		District string
		Flags    admin.Flags
		Unread   string
	}
	tests := []struct {
		in   string
		want read
	}{
		{"67A Đường Hậu Giang, Phường 15, Quận 6, Thành phố Hồ Chí Minh", read{"775", admin.FlagCommuneUnknown, "Phường 15"}},
		{"P.15, Q. Tân Phú, TP.HCM", read{"767", admin.FlagCommuneUnknown, "P.15"}},
		{"37 Nguyễn Hữu Tiến, P15, Tân Phú, Hồ Chí Minh", read{"767", admin.FlagCommuneUnknown, "P15"}},
		{"123 nguyen van linh, phuong 1, quan 7, tp hcm", read{"778", admin.FlagCommuneUnknown, "phuong 1"}},
		// not the commune's place
		{"Số 5, Quận 6, TP HCM", read{"775", 0, ""}},
		{"Phường 5 Hẻm 12, Quận 6, TP HCM", read{"775", 0, ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Empty(t, res.Candidates)
			assert.Empty(t, cmp.Diff(tt.want, read{codeOf(res.District), res.Flags, res.Unread}))
		})
	}
}
