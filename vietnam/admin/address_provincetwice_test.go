package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The province written twice, short then in full, as map services and
// forms that add the province picked write it ("…, Hà Nội, Thành phố Hà
// Nội", "…, Vũng Tàu, Bà Rịa - Vũng Tàu", "…, Huế, Thừa Thiên Huế"): the
// short one is no unit of the address, and the district and commune
// before it are read. Where the short name is a district's too, the
// district is read when the text reads best so ("Phường 1, Vũng Tàu, Bà
// Rịa - Vũng Tàu" is in Thành phố Vũng Tàu).
func TestResolveProvinceShortThenFull(t *testing.T) {
	tests := []struct {
		in       string
		commune  string // the one current commune; "" when ambiguous or none
		within   string // for an ambiguous answer, a candidate it holds
		district string // the pre-2025 district read
	}{
		{"Tiệm giặt Mơ, Tổ 7, Mỹ Tân, Mỹ Xuân, Phú Mỹ, Vũng Tàu, Bà Rịa - Vũng Tàu", "26704", "", "Thành phố Phú Mỹ"},
		{"Xã Mỹ Xuân, Thị xã Phú Mỹ, Vũng Tàu, Tỉnh Bà Rịa - Vũng Tàu", "26704", "", "Thị xã Phú Mỹ"},
		{"Bạch Đằng, Hai Bà Trưng, Hà Nội, Thành phố Hà Nội", "", "00256", "Quận Hai Bà Trưng"},
		{"Xã Phước Thắng, Tuy Phước, Bình Định, Tỉnh Bình Định", "21970", "", "Huyện Tuy Phước"},
		{"Phú Thượng, Phú Vang, Huế, Thừa Thiên Huế", "19930", "", "Huyện Phú Vang"},
		// the short name is the district
		{"12 Lê Lợi, Phường 1, Vũng Tàu, Bà Rịa - Vũng Tàu", "26506", "", "Thành phố Vũng Tàu"},
		{"Xã Long Sơn, Vũng Tàu, Bà Rịa - Vũng Tàu", "26545", "", "Thành phố Vũng Tàu"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assertCurrent(t, res, tt.commune)
			if tt.within != "" {
				assert.True(t, res.Ambiguous)
				assert.Contains(t, candidateCodes(res), tt.within)
			}
			assert.Equal(t, tt.district, res.District.FullName())
		})
	}
}
