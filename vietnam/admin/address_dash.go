package admin

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Shipping exports and forms separate the parts of an address with dashes
// as often as with commas: "Phường Vinh Quang - Chợ Mới - An Giang",
// "XA TRUNG THANH - H VUNG LIEM - VINH LONG", "Tân Hòa-Buôn Ma Thuột-Đắk
// Lắk". A few names carry a dash of their own ("Bà Rịa - Vũng Tàu",
// "Phan Rang-Tháp Chàm", "Phường Văn Miếu - Quốc Tử Giám"), and so do
// the ways people write some provinces ("Thừa Thiên - Huế", "TT-Huế",
// "BR-VT"): splitAddrDashes reads a dash as a comma except between the
// words of such a name.

// addrDashPairs are the words on each side of the dash of a unit name
// (TestAddrDashPairs derives them from the data) and of a province's
// common writing, folded and joined by a space.
var addrDashPairs = [...]string{
	"biang da", "huong da", "lien trung", "ly da", "may lang", "mieu quoc", "rang thap", "ria vung", "truong da", "vien da",
	// "Thừa Thiên - Huế", "TT-Huế", "BR-VT"
	"thien hue", "tt hue", "br vt",
}

// splitAddrDashes returns s with the dashes that separate parts turned
// into commas: a dash with a space on either side before a word ("Thôn 3
// - Xã Hòa An"), and, in text without commas that separates three parts
// or more by dashes between words ("Tân Hòa-Buôn Ma Thuột-Đắk Lắk"), a
// dash between two words. A dash before a number ("12-14 Lê Lợi", "966 -
// 4 QL13") or inside a name stays. It returns s itself when there is
// nothing to do, else a view of buf, which it returns for the next call
// (see viewAddrText).
func splitAddrDashes(buf []byte, s string) (string, []byte) {
	if !hasAddrDash(s) {
		return s, buf
	}
	commas := strings.IndexByte(s, ',') >= 0
	list := !commas && tightDashes(s) >= 2
	out := buf[:0]
	wrote := false
	last := 0
	for i := indexAddrDashLead(s, 0); i < len(s); i = indexAddrDashLead(s, i) {
		size := addrDashAt(s, i)
		if size == 0 {
			i++
			continue
		}
		spaced := i > 0 && s[i-1] == ' ' || i+size < len(s) && s[i+size] == ' '
		left, right := addrWordBefore(s, i), addrWordAfter(s, i+size)
		// spaced, after any part ("Thạnh Bình (XÃ) - Quảng Nam")
		after := strings.TrimRight(s[:i], " ") != ""
		if (spaced && after || list && isAddrDashWord(left)) && isAddrDashWord(right) && !isAddrDashPair(left, right) {
			wrote = true
			out = append(out, s[last:i]...)
			if !commas || s[i-1] == ' ' || !isAddrDashWord(left) || !addrNameTailAfter(s[i+size:]) {
				out = append(out, ',')
			} // else the dash is dropped: a space follows
			last = i + size
		}
		i += size
	}
	if !wrote {
		return s, out
	}
	out = append(out, s[last:]...)
	return viewAddrText(out), out
}

// indexAddrDashLead returns the first byte of s from i on that may open
// a dash: '-', E2 or EF, bytes that no other rune has inside it
// (addrDashAt); len(s) when there is none. It is a loop of its own, a
// byte at a time: the loops that ask it make calls at each dash.
func indexAddrDashLead(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c == '-' || c == 0xE2 || c == 0xEF {
			return i
		}
	}
	return len(s)
}

// isAddrDash reports the hyphen-minus and the dashes people type or
// paste for it (vietnam.IsDash): "Chợ Mới – An Giang", "Tân Hòa—Buôn Ma
// Thuột".
func isAddrDash(r rune) bool { return r == '-' || vietnam.IsDash(r) }

// hasAddrDash reports whether s has a dash (isAddrDash): a '-', found
// by one search, or a dash that starts with the byte E2 or EF
// (addrDashAt), decoded only there.
func hasAddrDash(s string) bool {
	if strings.IndexByte(s, '-') >= 0 {
		return true
	}
	for _, lead := range [...]byte{0xE2, 0xEF} {
		for i := 0; i < len(s); i++ {
			k := strings.IndexByte(s[i:], lead)
			if k < 0 {
				break
			}
			if i += k; addrDashAt(s, i) > 0 {
				return true
			}
		}
	}
	return false
}

// addrDashAt returns the length in bytes of the dash (isAddrDash) that
// starts at byte i of s, or 0. Every dash other than '-' starts with the
// byte E2 or EF in UTF-8, which no letter of Vietnamese does, so only
// those bytes are decoded (TestAddrDashBytes). Neither they nor '-' are
// ever a byte inside a rune: a scan may ask of every byte, and finds
// the dashes a walk rune by rune finds.
func addrDashAt(s string, i int) int {
	switch s[i] {
	case '-':
		return 1
	case 0xE2, 0xEF:
		if r, size := utf8.DecodeRuneInString(s[i:]); vietnam.IsDash(r) {
			return size
		}
	}
	return 0
}

// addrNameTailAfter reports whether rest, the text after a dash glued to
// the word before it ("P.Lê Hồng- Phong, TP.Quy Nhơn"), opens with a
// space and holds one or two words of letters before the next comma,
// and no dash: the end of a name the dash cut, as a hyphen typed inside a name
// ("Nguyễn- Lương Bằng"), not a part of its own, which has a number, a
// type word and its name, or more words.
func addrNameTailAfter(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	end := strings.IndexByte(rest, ',')
	if end < 0 {
		end = len(rest)
	}
	// no byte of a dash is a comma: a dash that opens before the comma
	// ends before it
	for k := indexAddrDashLead(rest[:end], 0); k < end; k = indexAddrDashLead(rest[:end], k+1) {
		if addrDashAt(rest, k) > 0 {
			return false // dashes that part the text go on
		}
	}
	words := strings.Fields(rest[:end])
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !isAddrDashWord(w) {
			return false
		}
	}
	return true
}

// tightDashes counts the dashes written between two letters.
func tightDashes(s string) int {
	n := 0
	for i := indexAddrDashLead(s, 1); i+1 < len(s); i = indexAddrDashLead(s, i+1) {
		size := addrDashAt(s, i)
		if size == 0 {
			continue
		}
		if i+size < len(s) && isAddrLetterAt(s, i+size) {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

// addrWordBefore returns the word that ends before byte i, spaces aside.
func addrWordBefore(s string, i int) string {
	end := strings.TrimRight(s[:i], " ")
	// the ASCII letters and digits at its end, a byte at a time, then
	// rune by rune from the first rune outside ASCII, if any: the bytes
	// before a place decode alike whatever follows it
	j := len(end)
	for j > 0 && isASCIIAlnum(end[j-1]) {
		j--
	}
	if j == 0 || end[j-1] < utf8.RuneSelf {
		return end[j:]
	}
	start := strings.LastIndexFunc(end[:j], notAddrWordRune)
	if start < 0 {
		return end
	}
	_, size := utf8.DecodeRuneInString(end[start:])
	return end[start+size:]
}

// addrWordAfter returns the word that starts after byte i, spaces aside.
func addrWordAfter(s string, i int) string {
	rest := strings.TrimLeft(s[i:], " ")
	// the ASCII letters and digits at its start, a byte at a time, then
	// rune by rune from the first rune outside ASCII, if any
	j := 0
	for j < len(rest) && isASCIIAlnum(rest[j]) {
		j++
	}
	if j == len(rest) || rest[j] < utf8.RuneSelf {
		return rest[:j]
	}
	if end := strings.IndexFunc(rest[j:], notAddrWordRune); end >= 0 {
		return rest[:j+end]
	}
	return rest
}

// notAddrWordRune reports a rune that is no letter, digit or mark
// (Mn), which ends the word of addrWordBefore and addrWordAfter.
func notAddrWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// isASCIIAlnum reports an ASCII letter or digit: of ASCII, the letters
// and digits of unicode, and no mark.
func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' }

// isAddrDashWord reports whether w is a word a dash may separate parts
// after or before: letters, not a number.
func isAddrDashWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			// of ASCII, the letters of unicode, and no mark
			if !isASCIILetter(c) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
		i += size
	}
	return true
}

// isAddrDashPair reports whether the words a and b around a dash belong
// to one name (addrDashPairs).
func isAddrDashPair(a, b string) bool {
	var buf [64]byte
	k := vietnam.AppendFold(buf[:0], a)
	k = append(k, ' ')
	k = vietnam.AppendFold(k, b)
	for _, p := range addrDashPairs {
		if string(k) == p {
			return true
		}
	}
	return false
}

// splitAddrEnglish returns s with a comma after each English type word
// that closes a part and is followed by another part in the same
// stretch of text: "Tan Loi Thanh Commune Giong Trom District Ben Tre
// Province" is "Tan Loi Thanh Commune, Giong Trom District, Ben Tre
// Province", which the cleaner then reads part by part ("Xã Tân Lợi
// Thạnh"). A type word before a number ("Ward 5 District 1 Ho Chi Minh
// City") opens its part, which ends after the number. It returns s itself
// when there is nothing to do, else a view of buf, which it returns for
// the next call (see viewAddrText).
func splitAddrEnglish(buf []byte, s string) (string, []byte) {
	if !englishTypeBeforeSpace(s) {
		return s, buf[:0]
	}
	return splitAddrEnglishWords(buf, s)
}

// splitAddrEnglishWords is splitAddrEnglish, which reads every word of s.
func splitAddrEnglishWords(buf []byte, s string) (string, []byte) {
	out := buf[:0]
	wrote := false
	last := 0
	prevWord := false
	for i := 0; i < len(s); {
		// the word at i: letters, digits and marks
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				// ASCII, most of the text: no mark, and letters and
				// digits as unicode says
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isAddrWordRune(r) && !unicode.IsDigit(r) {
				break // isAddrWordRune: a letter or mark, Vietnamese's without a table
			}
			j += size
		}
		if j == i {
			if c := s[i]; c != ' ' {
				prevWord = false // a comma or other mark ends the stretch
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		w := s[i:j]
		if isEnglishAddrType(w) && j < len(s) && s[j] == ' ' {
			end := -1 // where the part ends
			next := addrWordAfter(s, j)
			switch {
			case prevWord && isAddrDashWord(next):
				end = j // "Giong Trom District Ben Tre"
			case asciinum.All(next):
				// "Ward 5 District 1": the part ends after its number
				k := strings.Index(s[j:], next) + j + len(next)
				if k < len(s) && s[k] == ' ' && isAddrDashWord(addrWordAfter(s, k)) {
					end = k
				}
			}
			if end >= 0 {
				wrote = true
				out = append(out, s[last:end]...)
				out = append(out, ',')
				last = end
			}
		}
		prevWord = true
		i = j
	}
	if !wrote {
		return s, out
	}
	out = append(out, s[last:]...)
	return viewAddrText(out), out
}

// englishTypeBeforeSpace reports whether an English type word of a unit
// (isEnglishAddrType) may end before a space of s, where
// splitAddrEnglish would look further: it looks back from each space
// over the runes that fold to ASCII letters as strings.EqualFold folds
// them (ASCII letters, ſ and the Kelvin sign K), which any such word is
// made of, and asks isEnglishAddrType of what it passed. Most addresses
// have none, and are spared splitAddrEnglish's reading of every word.
func englishTypeBeforeSpace(s string) bool {
	// every such word is four letters or more and ends in e, d, t, n or
	// y (ASCII, of either case): a space after any other byte is passed
	// over without looking back
	for j := 4; j < len(s); j++ {
		if s[j] != ' ' {
			continue
		}
		switch s[j-1] | 0x20 {
		case 'e', 'd', 't', 'n', 'y':
		default:
			continue
		}
		i := j
		// the longest word is "province", "district" or "diſtrict", in
		// 9 bytes
		for i > 0 && j-i < 9 {
			if c := s[i-1] | 0x20; 'a' <= c && c <= 'z' {
				i--
			} else if i >= 2 && s[i-2:i] == "ſ" {
				i -= 2
			} else if i >= 3 && s[i-3:i] == "K" {
				i -= 3
			} else {
				break
			}
		}
		if j-i >= 4 && isEnglishAddrType(s[i:j]) {
			return true
		}
	}
	return false
}

// isEnglishAddrType reports an English type word of a unit.
func isEnglishAddrType(w string) bool {
	// Every word of the list is four letters or more and starts with c,
	// w, d, t or p, which no other letter folds to: most words are
	// rejected here.
	if len(w) < 4 {
		return false
	}
	switch w[0] | 0x20 {
	case 'c', 'w', 'd', 't', 'p':
	default:
		return false
	}
	for _, t := range [...]string{"commune", "ward", "district", "town", "city", "province"} {
		if strings.EqualFold(w, t) {
			return true
		}
	}
	return false
}
