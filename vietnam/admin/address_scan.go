package admin

import (
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// The first steps of reading an address each ask a question of the whole
// text before they do anything: has it a line break (addrLinesAsParts),
// may it be in a legacy encoding (vietnam.LooksLegacy), would
// vietnam.Normalize change it, has it a dash (splitAddrDashes), has it
// anything to clean (needsAddrClean)? Most addresses answer no to all
// but the last, and each question read every byte again.
// scanAddrText reads the bytes once and answers them together, from a
// class per ASCII byte and the addrRunes of the letters of Vietnamese;
// the steps then run only where it says so.

// addrTextFlags is what scanAddrText finds in a text.
type addrTextFlags uint8

const (
	// addrTextSlow: the text has what the scan does not judge, or what
	// makes a step rewrite it: a line break, a control character, white
	// space but a single inner space, a rune outside addrRunes (a dash
	// but '-', a quote, a symbol), bytes that are not UTF-8, a rune
	// vietnam.LooksLegacy suspects where it is. Every step then asks its
	// own question, as without the scan.
	addrTextSlow addrTextFlags = 1 << iota
	// addrTextASCII: the text is ASCII, which LooksLegacy reads for the
	// marks of VIQR (asked of such text still).
	addrTextASCII
	// addrTextDash: the text has a '-'.
	addrTextDash
	// addrTextClean: needsAddrClean says true of the text.
	addrTextClean
	// addrTextLongS: the text has ſ (U+017F), which strings.EqualFold
	// reads as s: "Diſtrict" is an English type word to
	// splitAddrEnglish, which needsAddrClean does not see. Told where
	// the result has neither addrTextSlow nor addrTextClean.
	addrTextLongS
)

// addrRuneLongS is the place of ſ in addrRunes.
const addrRuneLongS = 'ſ' - 0xC0

// scanAddrText returns what s has of addrTextFlags. Where the result has
// neither addrTextSlow nor addrTextASCII, vietnam.LooksLegacy(s) is
// false; where it has no addrTextSlow, s has no line break
// (hasAddrLineBreak), vietnam.Normalize returns it as it is, and it has
// no dash (hasAddrDash) unless the result has addrTextDash,
// needsAddrClean(s) is whether it has addrTextClean, and, where it has
// not, s has ſ where the result has addrTextLongS.
// TestScanAddrText holds it to each of these.
func scanAddrText(s string) addrTextFlags {
	runes, seconds := addrRunes(), addrCleanSeconds()
	f := addrTextASCII
	// needsAddrClean's reading, rune by rune, to the first thing that
	// sends the text to cleaning: cases is addrRuneCase of the last three
	// runes, two bits each, the last lowest (addrCaseSplits)
	var cases uint
	prevLetter := false
	digits := 0
	var seen uint8
	for i := 0; i < len(s); i++ {
		c := s[i]
		k := addrScanClass[c]
		if k < addrScanDigit {
			// an ASCII letter or mark: most bytes
			cases = (cases<<2 | uint(k&addrScanCase)) & 63
			if addrCaseSplits>>cases&1 != 0 {
				return scanAddrRest(s, i+1, f|addrTextClean)
			}
			if k&addrScanLead != 0 && i+1 < len(s) {
				// seconds.may, written out: it is not inlined
				lk := int(c | 0x20 - 'a')
				if m := seconds.ascii[lk] & addrNextBit[s[i+1]]; m != 0 && (m != addrCleanMarked || seconds.mayMarked(s, i+1, lk)) &&
					addrCleanWordAt(s, i, rune(c|0x20), &seen) {
					return scanAddrRest(s, i+1, f|addrTextClean)
				}
			}
			prevLetter = false
			continue
		}
		switch k {
		case addrScanDigit:
			if digits++; digits >= 9 || prevLetter {
				return scanAddrRest(s, i+1, f|addrTextClean)
			}
		case addrScanOpen: // ( [ @
			return scanAddrRest(s, i+1, f|addrTextClean)
		case addrScanSpace:
			if addrSpaceSlow(s, i) {
				return addrTextSlow
			}
		case addrScanDash:
			f |= addrTextDash
		default:
			e, size := scanAddrRune(runes, s, i, k)
			if e == nil {
				return addrTextSlow
			}
			f &^= addrTextASCII
			if e == &runes[addrRuneLongS] {
				f |= addrTextLongS
			}
			cases = (cases<<2 | uint(e.cls)) & 63
			lead := e.leadRune()
			if addrCaseSplits>>cases&1 != 0 ||
				lead != 0 && seconds.may(s, i+size, addrCleanLead(lead)) && addrCleanWordAt(s, i, lead, &seen) {
				return scanAddrRest(s, i+size, f|addrTextClean)
			}
			prevLetter = e.letter
			i += size - 1
			continue
		}
		cases = cases << 2 & 63
		prevLetter = false
	}
	return f
}

// addrCaseSplits has a bit for each three runes' cases, as scanAddrText
// keeps them, where needsAddrClean sees words glued: a capital after a
// small letter, or two capitals then a small letter.
var addrCaseSplits = func() (m uint64) {
	for h := range 64 {
		prev2, prev, cls := int8(h>>4), int8(h>>2&3), int8(h&3)
		if cls == addrRuneUpper && prev == addrRuneLower ||
			prev2 == addrRuneUpper && prev == addrRuneUpper && cls == addrRuneLower {
			m |= 1 << h
		}
	}
	return m
}()

// scanAddrRest is scanAddrText from byte i of s, where a rune starts,
// once f has addrTextClean: the rest is read for the other flags only.
func scanAddrRest(s string, i int, f addrTextFlags) addrTextFlags {
	runes := addrRunes()
	for ; i < len(s); i++ {
		switch k := addrScanClass[s[i]]; k {
		case addrScanSpace:
			if addrSpaceSlow(s, i) {
				return addrTextSlow
			}
		case addrScanDash:
			f |= addrTextDash
		case addrScanSlow, addrScanLead2, addrScanLead3:
			e, size := scanAddrRune(runes, s, i, k)
			if e == nil {
				return addrTextSlow
			}
			f &^= addrTextASCII
			i += size - 1
		}
	}
	return f
}

// addrSpaceSlow reports whether the space at byte i of s is one that
// vietnam.Normalize drops (the first byte, the last, or one before
// another space): the scan then says addrTextSlow.
func addrSpaceSlow(s string, i int) bool {
	return i == 0 || i == len(s)-1 || s[i+1] == ' '
}

// scanAddrRune returns the addrRune of the rune at byte i of s and its
// size, s[i] being of class k; nil where the scan must say
// addrTextSlow: no rune of addrRunes there, or one that
// vietnam.LooksLegacy suspects after the rune before it.
func scanAddrRune(runes *addrRuneTable, s string, i int, k uint8) (*addrRune, int) {
	var e *addrRune
	switch k {
	case addrScanLead2: // U+00C0–U+01BF
		if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
			return nil, 0
		}
		e = &runes[int(s[i]-0xC3)<<6|int(s[i+1]&0x3F)]
	case addrScanLead3: // U+1E80–U+1EFF
		if i+2 >= len(s) || s[i+1]&0xFE != 0xBA || s[i+2]&0xC0 != 0x80 {
			return nil, 0
		}
		e = &runes[4<<6+int(s[i+1]&1)<<6|int(s[i+2]&0x3F)]
	default:
		return nil, 0
	}
	if e.legacy != 0 && e.legacy&(addrLegacyAlways|addrLegacyBefore(s, i)) != 0 {
		return nil, 0
	}
	return e, int(k - addrScanLead2 + 2)
}

// addrLegacyBefore returns the addrLegacy* kinds of the rune before byte
// i of s, where a rune of addrRunes starts.
func addrLegacyBefore(s string, i int) uint8 {
	switch {
	case i == 0:
		return 0
	case s[i-1] < utf8.RuneSelf:
		return addrLegacyAfter[s[i-1]]
	case i >= 2 && s[i-2] == 0xC3:
		// C3 is no byte inside a rune: the rune before is U+00C0–U+00FF
		return addrLegacyAfterC3[s[i-1]&0x3F]
	}
	return 0
}

// The classes of bytes for scanAddrText.
// An ASCII letter or mark (punctuation but the rest below) has its
// addrRuneCase in the bits of addrScanCase, and addrScanLead when it
// opens a word of addrCleanWords, in either case; every other class is
// addrScanDigit or more.
const (
	addrScanCase = 3
	addrScanLead = 4
)

const (
	addrScanDigit = 8 + iota // an ASCII digit
	addrScanOpen             // ( [ @, which send a text to cleaning (needsAddrClean)
	addrScanSlow             // a control character (a line break, what Normalize drops), or no rune of addrRunes
	addrScanSpace            // a space, which Normalize keeps only single and inside
	addrScanDash             // '-'
	addrScanLead2            // C3–C6, which leads a rune of two bytes of addrRunes
	addrScanLead3            // E1, which leads one of three
)

// addrScanClass is the class of each byte.
var addrScanClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c < ' ' || c >= 0x7F:
			t[c] = addrScanSlow
		case c == ' ':
			t[c] = addrScanSpace
		case c == '-':
			t[c] = addrScanDash
		case c == '(' || c == '[' || c == '@':
			t[c] = addrScanOpen
		case '0' <= c && c <= '9':
			t[c] = addrScanDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = uint8(addrASCIICase[c])
			if addrCleanSeconds().ascii[c|0x20-'a']&addrCleanHas != 0 {
				t[c] |= addrScanLead
			}
		}
	}
	for c := 0xC3; c <= 0xC6; c++ {
		t[c] = addrScanLead2
	}
	t[0xE1] = addrScanLead3
	return t
}()

// The kinds of rune after which vietnam.LooksLegacy suspects a rune of
// Latin-1 (addrRune.legacy): how VNI's mark bytes and TCVN3's small
// letters show when read as Windows-1252.
const (
	// addrLegacyAlways: anywhere (a symbol or letter of Latin-1 that
	// Vietnamese does not have); also a rune that Normalize rewrites.
	addrLegacyAlways = 1 << iota
	addrLegacySmall  // after a small ASCII letter: a capital of Latin-1 (TCVN3)
	addrLegacyA      // after a or A: â, á, à, ã, ê, é, è, ú (VNI)
	addrLegacyE      // after e or E: â, á, à, ã (VNI)
	addrLegacyO      // after o or O: â (VNI)
	addrLegacyVowel  // after a, e, o, u, y or ô, of either case: a tone alone (VNI)
	// after a vowel of Windows-1258 as Windows-1252 shows it (a, e, i,
	// o, u, y, â, ê, ô, ã, õ, ý, of either case) but u: ì, Ì, its acute
	// and grave
	addrLegacyAcute
	// after such a vowel but o and i: ò, Ò, its dot below and hook
	addrLegacyDot
)

// addrLegacyKinds lists the letters of each addrLegacy* kind but
// addrLegacyAlways, for addrRuneLegacy.
var addrLegacyKinds = [...]struct {
	letters string
	kind    uint8
}{
	{"abcdefghijklmnopqrstuvwxyz", addrLegacySmall},
	{"aA", addrLegacyA},
	{"eE", addrLegacyE},
	{"oO", addrLegacyO},
	{"aeouyAEOUYôÔ", addrLegacyVowel},
	{"aeioyAEIOYâêôãõýÂÊÔÃÕÝ", addrLegacyAcute},
	{"aeuyAEUYâêôãõýÂÊÔÃÕÝ", addrLegacyDot},
}

// addrLegacyAfter is, for each ASCII byte, the addrLegacy* kinds it is;
// addrLegacyAfterC3, for the runes U+00C0–U+00FF, by their last byte.
var addrLegacyAfter, addrLegacyAfterC3 = func() (t [utf8.RuneSelf]uint8, c3 [64]uint8) {
	for _, k := range addrLegacyKinds {
		for _, c := range k.letters {
			if c < utf8.RuneSelf {
				t[c] |= k.kind
			} else {
				c3[c&0x3F] |= k.kind
			}
		}
	}
	return t, c3
}()

// addrRuneLegacy returns the addrLegacy* kinds after which
// vietnam.LooksLegacy suspects r, a rune of addrRunes (addrLegacyBefore
// gives those of the rune before). It asks LooksLegacy itself, of r alone
// and after every letter of each kind, so that the scan follows
// LooksLegacy rather than a copy of its lists: r has a kind when
// LooksLegacy suspects it after each of the kind's letters.
func addrRuneLegacy(r rune) (legacy uint8) {
	if r > 0xFF {
		return 0 // past Latin-1: none
	}
	switch r {
	case 0xD0, 0xF0, 0xD7, 0xF7: // Ð, ð, ×, ÷: Normalize rewrites or LooksLegacy suspects them
		return addrLegacyAlways
	}
	s := string(r)
	if vietnam.LooksLegacy(s) {
		return addrLegacyAlways
	}
	for _, k := range addrLegacyKinds {
		all := true
		for _, c := range k.letters {
			all = all && vietnam.LooksLegacy(string(c)+s)
		}
		if all {
			legacy |= k.kind
		}
	}
	return legacy
}
