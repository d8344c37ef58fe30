package admin_test

import "testing"

// Lists made by a form that adds the province picked to the address typed
// write the province twice when the address typed already ends with it
// ("…, Huyện Hà Quảng, Cao Bằng, Cao Bằng"). The copy is no unit of the
// address: the district and commune before it read as without it, where
// the copy read as a provincial city (Thành phố Cao Bằng) or a 2025 commune
// named after the province (Phường Phú Yên) hid them. Where the name
// before the province is the district's, named alike (Thành phố Thái Bình,
// Thành phố Sóc Trăng), it stays that district. Codes of
// commune_mapping_2025.csv.
func TestResolveProvinceWrittenTwice(t *testing.T) {
	tests := []struct {
		in      string
		commune string // current commune; "" for none
		dist    string // pre-2025 district read
	}{
		{"Thị Trấn Xuân Hoà, Huyện Hà Quảng, Cao Bằng, Cao Bằng", "01392", "045"},
		{"Thị Trấn Nước Hai, Hoà An, Cao Bằng, Cao Bằng", "01654", "051"},
		{"Phường Hồng Hà, TP Hạ Long, Quảng Ninh, Quảng Ninh", "06688", "193"},
		{"Xã Tân Tiến, Huyện Văn Giang, Hưng Yên, Hưng Yên", "12019", "326"},
		{"218 Trần Hưng Đạo, Phường 4, TP Tuy Hòa, Phú Yên, Phú Yên", "22015", "555"},
		{"KP6, TT Hai Riêng, Sông Hinh, Phú Yên, Phú Yên", "22207", "561"},
		{"ấp Cảng - thị trấn Trần Đề - huyện Trần Đề - Sóc Trăng, Sóc Trăng", "31673", "951"},
		// the name before the province is the district's
		{"Phường Đề Thám, Thái Bình, Thái Bình", "12452", "336"},
		{"12 Lê Lợi, Phường 1, Sóc Trăng, Sóc Trăng", "31510", "941"},
		// the province twice and nothing else
		{"Hà Nội, Hà Nội", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assertCommuneDistrict(t, tt.in, tt.commune, tt.dist) })
	}
}
