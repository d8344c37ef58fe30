package admin

import (
	"unicode"
	"unicode/utf8"
)

// The cleaning and the tokenizer ask of every letter of an address
// whether it is a capital, a small letter, a letter at all. unicode
// answers for letters past Latin-1 with a binary search of its tables;
// Vietnamese letters with tones (U+1EA0–U+1EFF, Latin Extended
// Additional, small after capital in pairs) and those with marks only
// (ă, đ, ơ, ư… in Latin Extended-A and -B, U+0100–U+024F, letters
// throughout) are answered here first. TestAddrRunes checks every rune
// against unicode.

// isUpperRune is unicode.IsUpper.
func isUpperRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case 0x1EA0 <= r && r <= 0x1EFF:
		return r&1 == 0
	}
	return unicode.IsUpper(r)
}

// isLowerRune is unicode.IsLower.
func isLowerRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z'
	case 0x1EA0 <= r && r <= 0x1EFF:
		return r&1 == 1
	}
	return unicode.IsLower(r)
}

// isLetterRune is unicode.IsLetter.
func isLetterRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x0100 <= r && r <= 0x024F, 0x1E00 <= r && r <= 0x1EFF:
		return true
	}
	return unicode.IsLetter(r)
}

// isAddrWordRune reports a letter or a combining mark (a tone typed apart):
// what the tokenizer keeps in a word besides digits.
func isAddrWordRune(r rune) bool { return isLetterRune(r) || unicode.Is(unicode.Mn, r) }
