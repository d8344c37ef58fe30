package admin

import (
	"testing"
	"unicode"
)

// TestAddrRunes: the fast answers agree with unicode on every rune.
func TestAddrRunes(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isUpperRune(r) != unicode.IsUpper(r) || isLowerRune(r) != unicode.IsLower(r) ||
			isLetterRune(r) != unicode.IsLetter(r) || isAddrWordRune(r) != (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			t.Fatalf("%U: upper %v lower %v letter %v, unicode says %v %v %v", r, isUpperRune(r), isLowerRune(r), isLetterRune(r),
				unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r))
		}
	}
}
