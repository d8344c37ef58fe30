package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// codeOf returns the code of u, "" for the zero unit (none read).
func codeOf(u admin.Unit) string {
	if u == (admin.Unit{}) {
		return ""
	}
	return u.Code().String()
}

// A name inside a longer run of name words is not that name when the
// whole run names a unit of the same scope: in Hiệp Hòa (Bắc Giang) the
// communes Toàn Thắng (07825) and Thị trấn Thắng (07840), in Châu Thành
// (An Giang) Hòa Bình Thạnh (30613) and Bình Thạnh (30601), in Thuận
// Thành (Bắc Ninh) Song Hồ (09412) and Hồ (09400); codes of
// commune_mapping_2025.csv. A hamlet so named, cut off by a comma, leaves
// the commune unknown; a hamlet whose own name holds a commune's name
// after other words ("Thôn Chua Bình Minh") still reads as that commune.
func TestResolveNameInsideLongerName(t *testing.T) {
	tests := []struct {
		in      string
		commune string // "" for none
		not     string // the commune at the run's tail, never the answer
		dist    string
	}{
		{"Thôn Toàn Thắng, Hiệp Hòa, Bắc Giang", "", "07840", "223"},
		{"thon Toan Thang, huyen Hiep Hoa, tinh Bac Giang", "", "07840", "223"},
		{"Ấp Hòa Bình Thạnh, Châu Thành, An Giang", "", "30601", "892"},
		{"Ấp Hòa Bình Thạnh Châu Thành An Giang", "30613", "30601", "892"},
		{"số 4 Song Hồ Thuận Thành Bắc Ninh", "09412", "09400", "262"},
		{"Thôn Song Hồ, Thuận Thành, Bắc Ninh", "", "09400", "262"},
		{"Xóm Song Hồ, TX Thuận Thành, Bắc Ninh", "", "09400", "262"},
		// the whole run, and a hamlet before a commune with no comma
		{"Hòa Bình Thạnh Châu Thành An Giang", "30613", "30601", "892"},
		{"Thôn Chua Bình Minh, Thanh Oai, Hà Nội", "10135", "", "278"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			got := codeOf(res.Commune)
			assert.Equal(t, tt.commune, got)
			if tt.not != "" {
				assert.NotEqual(t, tt.not, got)
			}
			assert.Equal(t, tt.dist, codeOf(res.District))
		})
	}
}

// English type words after the name, as shops and forms write addresses
// for foreigners: "Dist." and "Dist" are District, "Prov." Province.
func TestResolveEnglishTypeWordAfterName(t *testing.T) {
	tests := []struct {
		in            string
		commune, dist string
		prov          string
	}{
		{"Ward 12, Tan Binh Dist., Ho Chi Minh City", "26971", "766", "79"},
		{"Ward 12, Tan Binh Dist, Ho Chi Minh City", "26971", "766", "79"},
		{"Ward 12, Tan Binh District, Ho Chi Minh City", "26971", "766", "79"},
		{"Ward 7, 3 Dist., HCMC", "27124", "770", "79"},
		{"Lai Thieu Ward, Thuan An Dist., Binh Duong Prov.", "25966", "725", "74"},
		{"Hiep Hoa Dist., Bac Giang Prov.", "", "223", "24"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.commune, codeOf(res.Commune))
			assert.Equal(t, tt.dist, codeOf(res.District))
			assert.Equal(t, tt.prov, codeOf(res.Province))
		})
	}
}
