package admin_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Words read as nothing before the province's name in its part (a scan's
// debris "Thừa.t.Huế", "TY.", "Tr", "Thànhmphố", a note "Gần chợ", "Thủ
// đô") do not hide the commune and district written in the parts before:
// they are read, below 0.9, for the words may have been a unit not
// recognised. Words of the part that read as a unit stay that unit, and
// with no comma nothing is passed over. Codes of the statistics office's
// lists (Thủy Châu 19975 of Hương Thủy 479, Bến Nghé 26740 of Quận 1
// 760, Khâm Thiên 00202 of Đống Đa 006, Quảng Thọ 16528 of Sầm Sơn 382,
// Văn Đẩu 11446 of Kiến An 307, Việt Hồng 01198 of Bắc Quang 034,
// Phường 12 26971 of Tân Bình 766, Hiệp Hòa 223).
func TestResolveUnreadWordsBeforeProvince(t *testing.T) {
	tests := []struct {
		in            string
		commune, dist string
		flags         admin.Flags
		confMax       float64 // the answer's confidence at most
	}{
		{"P Thủy Châu,T.X. Hương Thủy,Thừa.t.Huế", "19975", "479", 0, 0.8},
		{"Phường Bến Nghé, Quận 1, abc Hồ Chí Minh", "26740", "760", 0, 0.8},
		{"Phường Khâm Thiên, Quận Đống Đa, Thủ đô Hà Nội", "00202", "006", 0, 0.8},
		{"P. Quảng Thọ, TP Sầm Sơn, TY. Thanh Hóa", "16528", "382", 0, 0.8},
		{"P.Văn Đẩu, Q.Kiến An, Thànhmphố Hải Phòng", "11446", "307", 0, 0.8},
		{"Xã Việt Hồng, Huyện Bắc Quang, Tr Hà Giang", "01198", "034", 0, 0.8},
		{"Phường 12, Quận Tân Bình, Gần chợ TP HCM", "26971", "766", 0, 0.8},
		// the commune's part names none: the district, commune unknown
		{"Xã Ngọc Xyz, Huyện Hiệp Hòa, abc Bắc Giang", "", "223", admin.FlagCommuneUnknown, 0.8},
		// words of the part that are units are read as such, at the
		// confidence they had
		{"12 Lê Lợi, Bến Nghé Quận 1 Hồ Chí Minh", "26740", "760", 0, 1},
		{"Phường 12, Quận Tân Bình, ĐT 0903123456 TP HCM", "26971", "766", 0, 1},
		// no comma: nothing to pass over to
		{"Phường Bến Nghé Quận 1 abc Hồ Chí Minh", "", "", 0, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			type read struct {
				Commune, District string
				Flags             admin.Flags
			}
			want := read{tt.commune, tt.dist, tt.flags}
			assert.Empty(t, cmp.Diff(want, read{codeOf(res.Commune), codeOf(res.District), res.Flags}))
			assert.LessOrEqual(t, res.Confidence, tt.confMax)
			if tt.commune != "" && tt.confMax < 1 {
				assert.Greater(t, res.Confidence, 0.3, "read, not guessed at")
			}
		})
	}
}
