package training

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

// TestNeedsDetect checks which cells go to the legacy-encoding detector:
// legacy text and VIQR do, plain Unicode and ASCII with the same symbols
// used otherwise ("+84" phones, brackets) do not.
func TestNeedsDetect(t *testing.T) {
	for cell, want := range map[string]bool{
		"Nguyễn Văn An":             false,
		"Nguyen Van An":             false,
		"+84 912 345 678":           false,
		"(+84) 912.345.678":         false,
		"Tổ 3 (KP 2), P. Lái Thiêu": false,
		"Nguye^~n Va(n Giang":       true,
		"Tra^`n Thi. Thu+o+ng":      true,
		"Traàn Thò Thuûy":           true, // VNI read as Windows-1252
		"§Æng V¨n B×nh":             true, // TCVN3 read as Windows-1252
		"thu+o+ng@mail.vn":          false,
		// VNI's marks after a vowel where Unicode Vietnamese has no such
		// pair; the pairs it has ("quá", "già", "hoà", "tuân") are not.
		"Nguyeãn Minh Loan":   true,
		"Nguyeãn Vaên An":     true,
		"Leâ Thò Mai":         true,
		"Buoân Ma Thuoät":     true,
		"Quá Giàu, Hoà Khánh": false,
		"Tuân, Khuê, Nguyên":  false,
		"Thuý, khoẻ, hoè":     false,
		// TCVN3's small toned letters show as capitals inside a word.
		"NguyÔn Minh Loan": true,
		"Hoàng Thị Ánh":    false,
		"Müller":           true, // to the detector, which keeps it
		"José":             false,
	} {
		assert.Equal(t, want, needsDetect(cell), cell)
	}
}

// TestCanonicalForms checks the comparisons that spare the importer
// building a date or a phone number to see whether a cell needs a fix.
func TestCanonicalForms(t *testing.T) {
	d := vietnam.MustParseDate("9/6/2025")
	for s, want := range map[string]bool{"09/06/2025": true, "9/6/2025": false, "09/06/2024": false, "09-06-2025": false, "": false} {
		assert.Equal(t, want, isCanonicalDate(s, d), s)
		assert.Equal(t, d.String() == s, isCanonicalDate(s, d), s)
	}
	for v, want := range map[string]bool{"0912 345 678": true, "0912345678": true, "091234567": false, "09123456789": false,
		"0912 345678": false, "0912.345.678": false, "": false} {
		assert.Equal(t, want, equalButSpaces("0912 345 678", v), v)
	}
}
