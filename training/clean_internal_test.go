package training

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
	} {
		assert.Equal(t, want, needsDetect(cell), cell)
	}
}
