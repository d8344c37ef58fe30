package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Two addresses glued into one text, as a form that joins the address
// typed to the one a map gave back writes them: when the first names a
// district with its type word, with a typed commune or the province, and
// leads to none of the second's communes, the text is ambiguous, both
// places candidates, below 0.9; so when the first names another district
// and no commune. A copy that agrees, a district that is the second's
// again, and a city's name in a street's stay one answer.
// Codes of communes_2025.csv.
func TestResolveTwoAddresses(t *testing.T) {
	tests := []struct {
		in    string
		cands []string // the candidates, in any order; one means an answer
		some  bool     // cands are some of the candidates
	}{
		{"Ấp Mỹ Huề, Xã Trung Chánh, Huyện Hóc Môn, TP.Hồ Chí Minh, Trung Mỹ Tây, Quận 12, Thành phố Hồ Chí Minh", []string{"26785", "27592"}, false},
		{"28 Nguyễn Đệ, Phường An Thới, Quận Bình Thuỷ, Thành Phố Cần Thơ, An Hoà, Ninh Kiều, Cần Thơ", []string{"31120", "31168"}, false},
		{"Thôn Thi, Xã Đào Viên, Huyện Quế Võ, Cách Bi, Quế Võ, Bắc Ninh", []string{"09295", "09301"}, false},
		{"129 đường Minh Phụng, phường 9, quận 6, Phường 9, Quận 11, Thành phố Hồ Chí Minh", []string{"27232", "27367"}, false},
		// the first names a district and no commune: its communes too,
		// though one of them is the second's (Láng took part of both)
		{"7, Cầu Giấy, Quận Ba Đình, Thành Phố Hà Nội, Láng Thượng, Đống Đa, Hà Nội", []string{"00199", "00004", "00025"}, true},
		// one place written twice, or the district again: one answer
		{"Tổ 14, Phường 1, Thành Phố Bảo Lộc, Tỉnh Lâm Đồng, Phường 1, Bảo Lộc, Lâm Đồng", []string{"24823"}, false},
		{"51/27 Trần Quý Cáp, Thành Phố Buôn Ma Thuột, Tỉnh Đắk Lắk, Tân Lập, Thành phố Buôn Ma Thuột, Đắk Lắk", []string{"24121"}, false},
		{"Xóm 9, Xã Thanh Sơn, Huyện Kim Bảng, Tỉnh Hà Nam, Thanh Sơn, Kim Bảng, Hà Nam", []string{"13435"}, false},
		{"Chợ Quận 5, Phường 9, Quận 5, TP HCM", []string{"27316"}, false},
		// a street named for a city, and a road numbered by its district
		{"Đường Tránh Thành Phố Rạch Giá, Thạnh Lộc, Châu Thành, tỉnh Kiên Giang", []string{"30886"}, false},
		{"Số 12 đường Huyện 5, Xã Tân Thạnh Đông, Huyện Củ Chi, TP HCM", []string{"27541"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			var got []string
			for _, c := range res.Candidates {
				got = append(got, c.Unit.Code().String())
			}
			if tt.some {
				assert.Subset(t, got, tt.cands)
			} else {
				assert.ElementsMatch(t, tt.cands, got)
			}
			if len(tt.cands) == 1 {
				assertCurrent(t, res, tt.cands[0])
				assert.GreaterOrEqual(t, res.Confidence, 0.9)
				return
			}
			assert.True(t, res.Ambiguous)
			assert.Less(t, res.Confidence, 0.9)
			require.NotEmpty(t, res.Alternatives, "the first address's reading")
		})
	}
}
