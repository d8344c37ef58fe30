package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// In text with no comma, a landmark ("gần chợ …", "đối diện …", "cạnh
// …") ends at the next unit's type word, not at the end of the text: the
// district or commune written after it is read, the landmark's own name
// is not.
func TestResolveLandmarkWithoutComma(t *testing.T) {
	tests := []struct {
		in       string
		commune  string // "" for none
		district string // the code of the pre-2025 district read
	}{
		{"12 Nguyễn Huệ đối diện chợ Bến Thành quận 1 hồ chí minh", "", "760"},
		{"số 5 lê lợi gần chợ bến thành Q.1 TP.HCM", "", "760"},
		{"12 le loi doi dien cho ben thanh quan 1 tphcm", "", "760"},
		{"Ấp 3 cạnh chợ Long Hiệp Huyện Trà Cú Trà Vinh", "", "849"},
		{"123 Trần Hưng Đạo gần cây xăng Thị xã Phú Mỹ Bà Rịa Vũng Tàu", "", "754"},
		{"Thôn 2 gần trường tiểu học xã Tân Hiệp huyện Hóc Môn TP HCM", "27559", "784"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assertCommuneDistrict(t, tt.in, tt.commune, tt.district) })
	}
	// with nothing after it, the landmark still takes the rest
	_, err := admin.ResolveAddress("Số 5 Lê Lợi gần chợ Bến Thành")
	assert.ErrorIs(t, err, admin.ErrAddressNotFound)
}
