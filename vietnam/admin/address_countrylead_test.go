package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Map services write a place they know by its district alone with the
// country before it, in the district's part, and again at the end
// ("Vietnam Hà Trung, Thanh Hoá, Việt Nam"): the country's name before
// the first words is dropped as it is at the end, so the district is
// read, with the commune unknown. A part that is the country alone is
// dropped as before.
func TestResolveCountryBeforeAddress(t *testing.T) {
	tests := []struct {
		in       string
		district string // the pre-2025 district read; "" for none
		commune  string // the one current commune; "" for none
		province string
	}{
		{"Vietnam Hà Trung, Thanh Hoá, Việt Nam", "Huyện Hà Trung", "", "Tỉnh Thanh Hóa"},
		{"Vietnam Mường Ảng, Điện Biên, Việt Nam", "Huyện Mường Ảng", "", "Tỉnh Điện Biên"},
		{"Vietnam Ngũ Hành Sơn, Đà Nẵng, Việt Nam", "Quận Ngũ Hành Sơn", "", "Thành phố Đà Nẵng"},
		{"Vietnam Phổ Yên, Thái Nguyên, Việt Nam", "Thành phố Phổ Yên", "", "Tỉnh Thái Nguyên"},
		{"Vietnam Kỳ Anh, Phường Hoành Sơn, Tỉnh Hà Tĩnh, Việt Nam", "", "18832", "Tỉnh Hà Tĩnh"},
		// the country alone in its part, as before
		{"Vietnam, Phổ Yên, Thái Nguyên", "Thành phố Phổ Yên", "", "Tỉnh Thái Nguyên"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.district, res.District.FullName())
			assert.Equal(t, tt.province, res.Province.FullName())
			assertCurrent(t, res, tt.commune)
			if tt.commune == "" {
				assert.Less(t, res.Confidence, 0.9)
			}
		})
	}
}

func TestParseAddressCountryBeforeAddress(t *testing.T) {
	tests := []struct {
		in   string
		want admin.Address
	}{
		{"Vietnam Hà Trung, Thanh Hoá, Việt Nam", admin.Address{Commune: "Hà Trung", Province: "Thanh Hoá"}},
		{"Vietnam Quỳnh Lưu, Nghệ An, Việt Nam", admin.Address{Commune: "Quỳnh Lưu", Province: "Nghệ An"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := admin.ParseAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a)
		})
	}
}
