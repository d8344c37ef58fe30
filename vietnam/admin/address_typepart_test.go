package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Forms that put a comma after every word they offer write the
// province's type word as a part of its own ("…, Quận Tây Hồ , TP, Hà
// Nội"). It is the province's: read as the district's place, it lost the
// district written before it. Cases as shops' seed data, apps and a
// parser's suite in public repositories write them; labels from the
// pre-2025 list.
func TestResolveProvinceTypeCutOff(t *testing.T) {
	tests := []struct {
		in, commune, district, province string // pre-2025 codes; "" for none
	}{
		{"Nhà B2- TT Bộ Giáo Dục , ngõ 191, Đường lạc Long Quân , Phường Xuân La , Quận Tây Hồ , TP, Hà Nội .", "00103", "003", "01"},
		{"199 Đông Bắc, Phường Tân Chánh Hiệp, Quận 12, TP, Hồ Chí Minh", "26776", "761", "79"},
		{"Phường 10, Quận Gò Vấp, Tp, Hồ Chí Minh", "26884", "764", "79"},
		{"Hẻm 748/114, đường Thống Nhất, Phường 15, Gò Vấp, TP, Hồ Chí Minh", "26872", "764", "79"},
		{"34/3, Phường 4, Quận Tân bình, Tp, Hồ Chí Minh", "26968", "766", "79"},
		{"Q.Bình Tân, Tp, Hồ Chí Minh", "", "777", "79"},
		{"119 Lê Văn Thọ, quận Gò Vấp, Tp, Hồ Chí Minh", "", "764", "79"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res := resolveRead(t, tt.in, tt.commune, tt.district)
			assert.Equal(t, tt.province, codeOf(res.Province))
		})
	}
}

// resolveRead resolves in and checks the codes of the commune and
// district read, as written ("" for none), and returns the resolution.
func resolveRead(t *testing.T, in, commune, district string) admin.Resolution {
	t.Helper()
	res, err := admin.ResolveAddress(in)
	require.NoError(t, err)
	assert.Equal(t, district, codeOf(res.District))
	assert.Equal(t, commune, codeOf(res.Commune))
	return res
}
