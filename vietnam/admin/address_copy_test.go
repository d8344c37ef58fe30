package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// A detail that already names its district, followed by the district and
// province a picker appends, as post office and shop lists join them:
// the district's name that ends the detail is the district again, not a
// commune named like it (Xã Xín Mần, Thị trấn Đắk Mil), and the commune
// is the one before it. Without a commune before it, the name is read as
// before: a commune so named ("Khu phố 1 Đắk Mil"), or a street after a
// house number ("165 Cầu Giấy", flagged). The same holds of a bare copy
// just before the district typed in one part ("Bình Chánh Huyện Bình
// Chánh"). Codes of communes_2025.csv
// (pre-2025 communes: their 2025 successor) and districts_pre2025.csv.
func TestResolveDistrictWrittenTwice(t *testing.T) {
	tests := []struct {
		in      string
		commune string // "" when the answer is flagged
		dist    string
	}{
		{"Tổ 2, TT Cốc Pài - Xín Mần, Xín Mần, Hà Giang", "01096", "033"},
		{"Xã Hùng An - Bắc Quang, Bắc Quang, Hà Giang", "01201", "034"},
		{"Thôn 5 Đắk Rla Đắk Mil, Đắk Mil, Đắk Nông", "24670", "663"},
		{"Tổ 3 Nghĩa Trung Gia Nghĩa, Gia Nghĩa, Đắk Nông", "24617", "660"},
		{"khu phố 2, thị trấn Võ Xu, Đức Linh, Đức Linh, Bình Thuận", "23191", "600"},
		{"45 Phan Xích Long, Phường 7 Phú Nhuận, Phú Nhuận, TP HCM", "27058", "768"},
		{"Thôn 2, Tà Nung, Đà Lạt, Đà Lạt, Lâm Đồng", "24787", "672"},
		// the district written bare, then again with its type word in
		// the same part, as forms join the picker's district to the
		// text: the commune typed or written before is the commune, not
		// a commune named like the district (Xã Bình Chánh)
		{"Số 5 đường số 3, xã Phong Phú, Bình Chánh Huyện Bình Chánh Hồ Chí Minh", "27619", "785"},
		{"Vĩnh Lộc A, Bình Chánh Huyện Bình Chánh, TP. Hồ Chí Minh", "27601", "785"},
		{"xom 4, xa Quynh Lam, Quỳnh Lưu Huyện Quỳnh Lưu Nghệ An", "17170", "421"},
		// no commune before the name: as before
		{"Ấp 3, Bình Chánh Huyện Bình Chánh, TP HCM", "27637", "785"},
		{"Dầu Tiếng Huyện Dầu Tiếng Bình Dương", "25777", "720"},
		{"Khu phố 1 Đắk Mil, Đắk Mil, Đắk Nông", "24664", "663"},
		{"Thị trấn Dầu Tiếng, Dầu Tiếng, Bình Dương", "25777", "720"},
		{"Dầu Tiếng, Dầu Tiếng, Bình Dương", "25777", "720"},
		{"165 Cầu Giấy, Cầu Giấy, Hà Nội", "", "005"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.dist, codeOf(res.District))
			assertCurrent(t, res, tt.commune)
		})
	}
}

// assertCurrent checks that res names the one current commune of code
// commune, or, for "", no one current commune: never a silent pick.
func assertCurrent(t *testing.T, res admin.Resolution, commune string) {
	t.Helper()
	c, ok := res.Current()
	if commune == "" {
		assert.False(t, ok, "a silent pick: %v", c)
		return
	}
	if assert.True(t, ok, "candidates %v", res.Candidates) {
		assert.Equal(t, commune, c.Code().String())
	}
}

// assertCurrentOrAmbiguous resolves in and checks the current commune as
// assertCurrent does; where commune is "", the answer must be ambiguous,
// below 0.5, with every code of contains among its candidates.
func assertCurrentOrAmbiguous(t *testing.T, in, commune string, contains []string) {
	t.Helper()
	res, err := admin.ResolveAddress(in)
	require.NoError(t, err)
	assertCurrent(t, res, commune)
	if commune != "" {
		return
	}
	assert.True(t, res.Ambiguous)
	assert.Less(t, res.Confidence, 0.5)
	var got []string
	for _, c := range res.Candidates {
		got = append(got, c.Unit.Code().String())
	}
	assert.Subset(t, got, contains)
}

// assertCommuneDistrict resolves in and checks the current commune as
// assertCurrent does and the code of the pre-2025 district read ("" for
// none).
func assertCommuneDistrict(t *testing.T, in, commune, dist string) {
	t.Helper()
	res, err := admin.ResolveAddress(in)
	require.NoError(t, err)
	assertCurrent(t, res, commune)
	assert.Equal(t, dist, codeOf(res.District))
}
