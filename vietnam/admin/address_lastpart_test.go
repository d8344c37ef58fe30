package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A last part that names nothing, in the forms exported lists show: a
// column cut at its width ("…, Thành phố Hồ Chí", "…, Việt N"), a remark
// typed after the country or the province. The address before it reads;
// the country cut short is dropped like the country, anything else leaves
// the answer below 0.9 (the part might have named another place). Codes
// of communes_2025.csv and districts_pre2025.csv.
func TestResolveUnreadLastPart(t *testing.T) {
	tests := []struct {
		in      string
		commune string // "" when the text must not resolve
		dist    string
		sure    bool // confidence 0.9 or more
	}{
		{"Phường Tăng Nhơn Phú A, Thành Phố Thủ Đức, Thành phố Hồ Chí Minh, Việt N", "26842", "769", true},
		{"Phường Thạnh Mỹ Lợi, Thành Phố Thủ Đức, Thành phố Hồ Chí Minh, Vi", "27112", "769", true},
		{"Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh, Việt", "26743", "760", true},
		{"Xã Tân Nhựt, Huyện Bình Chánh, Thành phố Hồ Chí Minh, Việt Na", "27595", "785", true},
		{"15 Đường Võ Trần Chí, Xã Tân Nhựt, Huyện Bình Chánh, Thành phố Hồ Chí", "27595", "785", false},
		{"2E Bình Đông, Phường 15, Quận 8, Thành phố Hồ Chí Minh, Việt Nam hẻm 363 đi thẳng cuối hẻm", "27427", "776", false},
		{"613 Đồng Khởi, Trảng Dài, Thành phố Biên Hòa, Đồng Nai, Việt Nam phòng khám đa khoa", "25993", "731", false},
		{"P. Quán Bàu, TP Vinh, Nghệ An, gần chợ Quán Bàu", "17920", "412", false},
		// nothing but a street or a bare name before the remark: no unit
		{"412 Nguyễn Văn Cừ, gọi trước khi giao", "", "", false},
		{"Nguyễn Trãi, gần chợ", "", "", false},
		{"Lê Lợi, Vi", "", "", false},
		{"Thôn Việt, Xã Vi", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			if tt.commune == "" {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assertCurrent(t, res, tt.commune)
			assert.Equal(t, tt.dist, codeOf(res.District))
			assert.Equal(t, tt.sure, res.Confidence >= 0.9, "confidence %.2f", res.Confidence)
		})
	}
}

// A detail that names its district and province, and the district and
// province a picker appends after it again, as post office and shop lists
// join them: the commune in the detail is read. Codes of
// communes_2025.csv (a pre-2025 commune: its successor) and
// districts_pre2025.csv. What read a commune before reads as before.
func TestResolveNamesTypedAgain(t *testing.T) {
	tests := []struct {
		in      string
		commune string // "" when no commune may be read
		dist    string
		flagged bool
	}{
		{"Bản Xôm, Xã Quài Tở, huyện Tuần Giáo, tỉnh Điện Biên, Tuần Giáo, Điện Biên", "03295", "099", false},
		{"Tổ 4, Phường Na Lay, TX Mường Lay, tỉnh Điện Biên, Mường Lay, Điện Biên", "03151", "095", false},
		{"Thị Trấn Chờ Yên Phong Bắc Ninh, Yên Phong, Bắc Ninh", "09193", "258", false},
		{"Giang Liễu Phương Liễu Quế Võ Bắc Ninh, Quế Võ, Bắc Ninh", "09265", "259", false},
		// a reading that was flagged for the copy: the district's
		// communes, as where no commune was read
		{"Khu phố 3 thị trấn Tân Biên Tây Ninh, Tân Biên, Tây Ninh", "25486", "", false},
		{"Thôn Nà Lầu, tân Thanh, Văn Lãng, lạng Sơn, Văn Lãng, Lạng Sơn", "06172", "182", false},
		// the copy written better than the names it repeats: those go
		{"Bản Xôm, Quai To, Tuan Giao, Dien Bien, Tuần Giáo, Điện Biên", "03295", "099", false},
		// as before
		{"Phường Hòa Bình, Hòa Bình, Hòa Bình", "04792", "148", false},
		{"12 Lê Lợi, Bắc Ninh, Bắc Ninh, Bắc Ninh", "", "256", false},
		// a bare name that is a district and its town: both, flagged
		{"Tân Phú, Đồng Nai, Tân Phú, Đồng Nai", "", "734", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.dist, codeOf(res.District))
			assert.Equal(t, tt.flagged, res.Ambiguous)
			assertCurrent(t, res, tt.commune)
		})
	}
}
