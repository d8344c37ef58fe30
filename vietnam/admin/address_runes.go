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

// The letters of Vietnamese are two bytes in UTF-8, led by C3 to C6
// (U+00C0–U+01BF: â, đ, ơ, ư…), or three, led by E1 BA or E1 BB
// (U+1E80–U+1EFF: ạ…ỹ). The scans of an address read what they ask of
// such a rune from addrRunes, indexed by its bytes, without decoding it.

// An addrRune is what the scans ask of one rune.
type addrRune struct {
	// fold is the one ASCII letter the rune folds to (vietnam.AppendFold)
	// when it is a letter a word keeps (isAddrWordRune); 0 otherwise (×,
	// ÷, and letters that fold to more or other than one letter).
	fold   byte
	cls    int8 // addrRuneCase
	letter bool // unicode.IsLetter
	// lead is lowerAddrLead of the rune when that is an ASCII letter, 1
	// when it is đ, else 0.
	lead   byte
	legacy uint8 // addrRuneLegacy of the rune (scanAddrText)
}

// leadRune returns the rune's lead as a rune: a to z, đ, or 0.
func (e *addrRune) leadRune() rune {
	switch e.lead {
	case 0:
		return 0
	case 1:
		return 'đ'
	}
	return rune(e.lead)
}

// addrRuneTable holds the addrRunes of U+00C0–U+01BF then U+1E80–U+1EFF.
type addrRuneTable [4<<6 + 2<<6]addrRune

// addrRunes returns the table: addrRuneData, constant data
// (address_runes_table.go) rather than a table made on first use, which
// was most of the first Resolve of a process. TestAddrRunesUpToDate
// derives it from the functions it stands for (buildAddrRunes) and holds
// the file to them.
func addrRunes() *addrRuneTable { return &addrRuneData }

// at returns the addrRune of the rune at s[i], which is not ASCII, and
// its size in bytes; size 0 when the table does not hold it.
func (t *addrRuneTable) at(s string, i int) (addrRune, int) {
	return vnRuneAt((*[vnRuneSlots]addrRune)(t), s, i)
}
