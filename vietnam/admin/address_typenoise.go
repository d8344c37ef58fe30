package admin

import (
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Scans put a stray mark or digit inside a type word as inside any word:
// "Tỉ,nh Tiền Giang", "Th,ị xã Quảng Yên", "T0P Bảo Lộc", "T.Ph9ố Đông
// Hà". A comma there cuts the part in two, a digit the word, and the
// type word is lost. clearTypeWordNoise, which the second look reads
// through, drops such a character when the letters on both sides of it,
// joined, make a type word: whatever is there, it is no name's.

// addrNoisyTypeWords are the type words, folded, that
// clearTypeWordNoise mends.
var addrNoisyTypeWords = [...]string{"tinh", "thi", "phuong", "huyen", "quan", "tran", "pho", "thanh", "tp", "tx", "tt"}

// clearTypeWordNoise returns s without the commas, dots, semicolons and
// digits that stand between two letters of a type word, or with the
// digit read as the letter it looks like ("T1nh", "Qu0n"), and whether
// there was one.
func clearTypeWordNoise(s string) (string, bool) {
	var b []byte
	last := 0 // s[last:] is not yet in b
	for i := 1; i+1 < len(s); i++ {
		c := s[i]
		if c != ',' && c != '.' && c != ';' && (c < '0' || c > '9') {
			continue
		}
		if !letterMayStart(s[i-1]) || !letterMayStart(s[i+1]) {
			continue // no letters before or after: digits of a number, a comma and a space
		}
		head, tail := addrLettersBefore(s, i), addrLettersAfter(s, i+1)
		if head == "" || tail == "" || c == '.' && len(head)+len(tail) <= 2 {
			continue // "T.P", "T.X": the abbreviation's own dot
		}
		var as byte // the letter the digit looks like, or 0
		switch {
		case isNoisyTypeWord(head, "", tail):
		case c == '1' && isNoisyTypeWord(head, "i", tail):
			as = 'i'
		case c == '0' && isNoisyTypeWord(head, "o", tail):
			as = 'o'
		default:
			continue
		}
		b = append(b, s[last:i]...)
		if as != 0 {
			b = append(b, as)
		}
		last = i + 1
	}
	if b == nil {
		return s, false
	}
	return string(append(b, s[last:]...)), true
}

// isNoisyTypeWord reports whether head, mid and tail, joined and folded,
// are a type word of addrNoisyTypeWords.
func isNoisyTypeWord(head, mid, tail string) bool {
	var w wordBuf
	f := vietnam.AppendFold(w[:0], head)
	f = append(f, mid...)
	f = vietnam.AppendFold(f, tail)
	for _, t := range addrNoisyTypeWords {
		if string(f) == t {
			return true
		}
	}
	return false
}

// letterMayStart reports whether byte c may be of a letter: an ASCII
// letter, or a byte of a rune outside ASCII (isLetterRune decides).
func letterMayStart(c byte) bool {
	return c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// addrLettersBefore returns the letters that end just before byte i of s.
func addrLettersBefore(s string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isLetterRune(r) {
			break
		}
		j -= size
	}
	return s[j:i]
}

// addrLettersAfter returns the letters from byte i of s, up to a capital
// after a small letter, which starts another word glued on ("Ph9ốĐông").
func addrLettersAfter(s string, i int) string {
	j := i
	prev := rune(0)
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isLetterRune(r) || isUpperRune(r) && isLowerRune(prev) {
			break
		}
		prev = r
		j += size
	}
	return s[i:j]
}
