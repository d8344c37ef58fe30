package admin_test

import "testing"

// In text written with tones, "Xa" without its own after a word with
// marks is the end of a commune's name when the two spell one as written
// (Bạch Xa, Bình Xa, Sập Xa, Thần Xa), not the type word xã: "Bạch Xa
// Hàm Yên Tuyên Quang", a shop's picker row (Bạch Xa, Hàm Yên, Tuyên
// Quang) typed without commas, read Xã Hàm Yên of 2025 at confidence
// 0.97, "Bạch" left before it. A street typed with tones and the type
// word without ("Kiệt xa Tòng Đậu"), the type word with its tone, and
// text without tones read as before; answers from
// commune_mapping_2025.csv.
func TestResolveTonedNameEndsInXa(t *testing.T) {
	tests := []struct {
		in      string
		commune string // current commune; "" for none
		dist    string
	}{
		{"Bạch Xa Hàm Yên Tuyên Quang", "02380", "074"},
		{"BẠCH XA HÀM YÊN TUYÊN QUANG", "02380", "074"},
		{"Thôn 3 Bạch Xa Hàm Yên Tuyên Quang", "02380", "074"},
		{"Bình Xa Hàm Yên Tuyên Quang", "02404", "074"},
		{"Sập Xa Phù Yên Sơn La", "03922", "122"},
		{"Thần Xa Võ Nhai Thái Nguyên", "05725", "170"},
		// as before
		{"Bạch Xa, Hàm Yên, Tuyên Quang", "02380", "074"},
		{"Xã Bạch Xa Huyện Hàm Yên", "02380", "074"},
		{"896/55/2 Võ Văn Kiệt xa Tòng Đậu huyen Mai Chau Tinh Hoà Bình", "05200", "156"},
		{"Thôn 5 xã Hàm Yên Tuyên Quang", "02374", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assertCommuneDistrict(t, tt.in, tt.commune, tt.dist)
		})
	}
}
