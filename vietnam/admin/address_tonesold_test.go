package admin_test

import "testing"

// A commune written with its province and no district, with tones, whose
// words as written are exactly a pre-2025 commune's name and a 2025
// commune's only with a tone on a word written without marks: "Xã Mường
// Sai, Sơn La" is the Xã Mường Sai of Sông Mã (now in Chiềng Khương) as
// written, or the 2025 Xã Mường Sại with its dot left off. Nothing
// written says which, so the resolution lists both rather than pick the
// 2025 one (as for a name written without any tones). The 2025 name
// written out, or the district written, still says which. Post-office
// and shop lists write communes so, with the province only. Codes of
// communes_2025.csv.
func TestResolveTonesNameOldCommune(t *testing.T) {
	tests := []struct {
		in       string
		commune  string   // the one answer; "" when ambiguous
		contains []string // candidates an ambiguous answer must hold
	}{
		{"Xã Mường Sai, tỉnh Sơn La", "", []string{"04222", "03712"}},
		{"Bản Nà Hạ, Mường Sai, Sơn La", "", []string{"04222", "03712"}},
		{"thôn Nà Pàn, Tân Thanh, Lạng Sơn", "", []string{"06172", "06445"}},
		{"Thôn 2, xã Tân Thanh, Lâm Đồng", "", []string{"24907", "23143"}},
		{"Xã Sơn Tinh, Quảng Ngãi", "", []string{"21343", "21220"}},
		{"Ấp 3, Thanh Phước, Tây Ninh", "", []string{"25654", "27877"}},
		{"Liên Hoa, Phú Thọ", "", []string{"08236", "08812"}},
		{"K12/4 Thanh Bình, Đà Nẵng", "", []string{"20242", "20878"}},
		// the 2025 name written out, tones and all: the 2025 commune
		{"Xã Mường Sại, Sơn La", "03712", nil},
		{"Tân Thành, Lâm Đồng", "23143", nil},
		{"Xã Liên Hòa, Phú Thọ", "08812", nil},
		// the district written dates the commune
		{"Xã Mường Sai, Huyện Sông Mã, Sơn La", "04222", nil},
		{"xã Tân Thanh, huyện Lâm Hà, tỉnh Lâm Đồng", "24907", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assertCurrentOrAmbiguous(t, tt.in, tt.commune, tt.contains)
		})
	}
}
