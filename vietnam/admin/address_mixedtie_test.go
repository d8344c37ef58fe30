package admin_test

import "testing"

// A 2025 commune written bare before a pre-2025 district that held half
// or fewer of the communes it was formed from, when the district's name
// is also a 2025 commune of the province: "Xuân Đỉnh, Tây Hồ" is Phường
// Xuân Đỉnh (one of its five of Quận Tây Hồ) or somewhere in Phường Tây
// Hồ, or in the district. The mixed reading ties with the district's
// communes rather than be picked. With a type word on either name, or a
// district that has no 2025 commune of its name, it reads as before.
// Codes of communes_2025.csv.
func TestResolveMixedDistrictNamedCommune(t *testing.T) {
	tests := []struct {
		in       string
		commune  string   // the one answer; "" when ambiguous
		contains []string // candidates an ambiguous answer must hold
	}{
		{"Xuân Đỉnh, Tây Hồ, Hà Nội", "", []string{"00611", "00103", "00091"}},
		{"601 Lạc Long Quân, Xuân Đỉnh, Tây Hồ, Hà Nội", "", []string{"00611", "00103", "00091"}},
		{"Hoàn Kiếm, Ba Đình, Hà Nội", "", []string{"00070", "00004"}},
		{"Yên Bài, Thạch Thất, Hà Nội", "", []string{"09706", "09955"}},
		// a type word says which the name is
		{"Xuân Đỉnh, Quận Tây Hồ, Hà Nội", "00611", nil},
		{"Phường Xuân Đỉnh, Tây Hồ, Hà Nội", "00611", nil},
		// no 2025 commune named as the district, or most of the commune
		// of it: as before
		{"Cầu Giấy, Nam Từ Liêm, Hà Nội", "00166", nil},
		{"Phường Sài Gòn, Quận 1, TP.HCM", "26740", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assertCurrentOrAmbiguous(t, tt.in, tt.commune, tt.contains)
		})
	}
}
