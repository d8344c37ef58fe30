package admin

import (
	"strings"
	"unicode"
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
	runes, seconds := addrRunes(), addrCleanSeconds
	f := addrTextASCII
	// needsAddrClean's reading, rune by rune, to the first thing that
	// sends the text to cleaning: cases is addrRuneCase of the last three
	// runes, two bits each, the last lowest (addrCaseSplits)
	var cases uint
	digits := 0
	var seen uint8
	for i := 0; i < len(s); {
		// The loop below reads to where a word of addrCleanWords may
		// open, and calls nothing: a call inside it made the compiler
		// keep i, f and digits in memory at every byte. The word is
		// looked for after it.
		var lead rune // the rune at i lower-cased, where the loop stopped
		size := 1
	scan:
		for ; i < len(s); i++ {
			c := s[i]
			k := addrScanClass[c]
			if k < addrScanDigit {
				// an ASCII letter or mark: most bytes
				cases = (cases<<2 | uint(k&addrScanCase)) & 63
				if addrCaseSplits>>cases&1 != 0 {
					return scanAddrRest(s, i+1, f|addrTextClean)
				}
				// seconds.may, written out
				if k&addrScanLead != 0 && i+1 < len(s) && addrLeadNext[c]&addrNextBit[s[i+1]] != 0 {
					lead = rune(c | 0x20)
					break
				}
				continue
			}
			switch k {
			case addrScanDigit:
				if digits++; digits >= 9 || addrLetterBefore(runes, s, i) {
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
				// scanAddrRune, written out
				x, n := addrScanSlot3(s, i)
				if k == addrScanLead2 {
					x, n = addrScanSlot2(s, i)
				}
				e := &runes[x]
				if n == 0 || e.legacy != 0 && e.legacy&(addrLegacyAlways|addrLegacyBefore(s, i)) != 0 {
					return addrTextSlow
				}
				f &^= addrTextASCII
				if x == addrRuneLongS {
					f |= addrTextLongS
				}
				cases = (cases<<2 | uint(e.cls)) & 63
				if addrCaseSplits>>cases&1 != 0 {
					return scanAddrRest(s, i+n, f|addrTextClean)
				}
				if l := e.leadRune(); l != 0 && i+n < len(s) && seconds.ascii[addrCleanLead(l)]&addrNextBit[s[i+n]] != 0 {
					lead, size = l, n
					break scan
				}
				i += n - 1
				continue
			}
			cases = cases << 2 & 63
		}
		if lead == 0 {
			break // the end of s
		}
		j, k := i+size, addrCleanLead(lead)
		if seconds.ascii[k]&addrNextBit[s[j]] == addrCleanMarked {
			// seconds.mayMarked, written out: i is not read after a
			// call, which would keep it in memory from where it is made,
			// at every byte
			x, n := addrScanSlot3(s, j)
			if s[j]-0xC3 < 4 {
				x, n = addrScanSlot2(s, j)
			}
			if n > 0 && seconds.marked[x]>>k&1 == 0 {
				i = j
				continue
			}
		}
		if c := s[j]; c < utf8.RuneSelf && lead != 'đ' {
			// addrCleanWordAt's pairs read by their third byte too, to
			// where they part: most names that open as a pair of a word
			// part from it at the third ("Phong", "Quang", "Trung")
			if x := c | 0x20 - 'a'; x >= 26 || j+1 == len(s) || addrCleanThirds[k][x]&addrThirdBit[s[j+1]] == 0 {
				i = j
				continue
			}
		}
		if g := addrGluedFormAt(s, i); g != nil {
			// a type word as texts most often write it, not glued:
			// addrCleanWordAt would note it in seen and say false (no
			// other word of addrCleanWords opens there), and the scan
			// would find nothing in its letters but their cases, kept
			// in g (TestScanAddrTextGluedForms)
			if next := (cases<<2 | uint(g.second)) & 63; addrCaseSplits>>next&1 == 0 {
				seen |= 1 << g.glued
				cases = (cases<<(2*g.tail) | g.cases) & 63
				f &^= addrTextASCII
				i += len(g.w)
				continue
			}
		}
		if addrCleanWordAt(s, i, lead, &seen) {
			return scanAddrRest(s, j, f|addrTextClean)
		}
		i = j
	}
	return f
}

// addrCleanThirds has, for each small ASCII letter that opens words of
// addrCleanWords and each that is their second (addrCleanPairs), the bit
// in addrThirdBit of each byte that opens a rune that lowerAddrRune makes
// the third of such a word, and addrCleanMarked: addrCleanWordAt finds
// no word of the pair where the byte after the second has none of them,
// and notes none in seen.
var addrCleanThirds = func() (t [26][26]uint32) {
	for k := range addrCleanPairs {
		for x, ws := range addrCleanPairs[k] {
			for _, w := range ws {
				third, _ := utf8.DecodeRuneInString(w.w[2:])
				t[k][x] |= addrCleanMarked | addrThirdBit[w.w[2]] | addrLowerBits(third)
			}
		}
	}
	return t
}()

// addrLowerBits returns the bits in addrThirdBit of the bytes that open
// the runes past ASCII and below U+2000 that lowerAddrRune makes l. Each
// such rune but İ (U+0130, made i, which folds to no other rune) is of
// l's case orbit (unicode.SimpleFold), which is walked here rather than
// every rune of the range read: the table is built at init, which every
// program importing the package pays (TestAddrLowerBits holds the walk
// to the reading of every rune).
func addrLowerBits(l rune) (bits uint32) {
	var buf [utf8.UTFMax]byte
	for r := unicode.SimpleFold(l); ; r = unicode.SimpleFold(r) {
		if r >= utf8.RuneSelf && r < 0x2000 && lowerAddrRune(r) == l {
			bits |= addrThirdBit[utf8.AppendRune(buf[:0], r)[0]]
		}
		if r == l {
			break
		}
	}
	if l == 'i' {
		bits |= addrThirdBit[utf8.AppendRune(buf[:0], 'İ')[0]]
	}
	return bits
}

// addrThirdBit is addrNextBit but for the bytes that open the runes of
// addrRunes, each of which has a bit of its own: C3 (U+00C0–U+00FF), C4
// to C6 (U+0100–U+01BF) and E1 (U+1000–U+1FFF).
var addrThirdBit = func() (t [256]uint32) {
	t = addrNextBit
	t[0xC3] = 1 << 26
	t[0xC4], t[0xC5], t[0xC6] = 1<<27, 1<<27, 1<<27
	t[0xE1] = 1 << 28
	return t
}()

// An addrGluedForm is a word of addrGluedTypeWords as it is most often
// written: in small letters, with a capital first, or in capitals.
type addrGluedForm struct {
	w      string
	glued  uint8 // its place in addrGluedTypeWords
	tail   uint8 // how many runes follow the first, up to 3
	second int8  // the addrRuneCase of the second rune
	cases  uint  // the addrRuneCase of the tail runes, as scanAddrText keeps them
}

// addrGluedForms are the addrGluedForms by their first byte.
var addrGluedForms = func() (t ['z' + 1][]addrGluedForm) {
	for k, w := range addrGluedTypeWords {
		tail := min(utf8.RuneCountInString(w)-1, 3)
		for _, f := range [...]string{w, string(w[0]-'a'+'A') + w[1:], strings.ToUpper(w)} {
			g := addrGluedForm{w: f, glued: uint8(k), tail: uint8(tail)}
			for x, r := range []rune(f)[1:] {
				if x == 0 {
					g.second = addrRuneCase(r)
				}
				g.cases = (g.cases<<2 | uint(addrRuneCase(r))) & 63
			}
			t[f[0]] = append(t[f[0]], g)
		}
	}
	return t
}()

// addrGluedFormAt returns the addrGluedForm that s has at byte i, where
// a word of addrCleanWords may open, followed by the end of s or by an
// ASCII byte but a letter, which ends it (addrCleanWord.counts); nil
// where it has none. Most type words of an address are so: the scan
// passes them over without addrCleanWordAt.
func addrGluedFormAt(s string, i int) *addrGluedForm {
	c := s[i]
	if int(c) >= len(addrGluedForms) {
		return nil
	}
	forms := addrGluedForms[c]
	for k := range forms {
		g := &forms[k]
		end := i + len(g.w)
		// the third byte first: most words a form's first two open
		// part from it ("Phú", "Quảng", "Trần")
		if end <= len(s) && s[i+2] == g.w[2] && s[i:end] == g.w && (end == len(s) || s[end] < utf8.RuneSelf && s[end]|0x20-'a' >= 26) {
			return g
		}
	}
	return nil
}

// addrLetterBefore reports whether the rune before byte i of s is a
// letter past ASCII, s having been read to i by scanAddrText: every byte
// past ASCII before i is of a rune of addrRunes. needsAddrClean asks it
// of a digit ("Nam Đị8nh"); the scan finds it there, rather than keep
// it at every rune.
func addrLetterBefore(runes *addrRuneTable, s string, i int) bool {
	switch {
	case i < 2 || s[i-1] < utf8.RuneSelf:
		return false
	case i >= 3 && s[i-3] == 0xE1:
		return runes[4<<6+int(s[i-2]&1)<<6|int(s[i-1]&0x3F)].letter
	}
	return runes[int(s[i-2]-0xC3)<<6|int(s[i-1]&0x3F)].letter
}

// addrCaseSplits has a bit for each three runes' cases, as scanAddrText
// keeps them, where needsAddrClean sees words glued: a capital after a
// small letter (the last two runes' cases 2, 1: whatever the first's),
// or two capitals then a small letter (1, 1, 2). A constant, which the
// loops that test it at every letter hold in a register, where a
// variable was loaded at each (TestAddrCaseSplits holds it to the rule).
const addrCaseSplits uint64 = 1<<(0<<4|addrRuneLower<<2|addrRuneUpper) | 1<<(1<<4|addrRuneLower<<2|addrRuneUpper) |
	1<<(2<<4|addrRuneLower<<2|addrRuneUpper) | 1<<(3<<4|addrRuneLower<<2|addrRuneUpper) |
	1<<(addrRuneUpper<<4|addrRuneUpper<<2|addrRuneLower)

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
	x, size := addrScanSlot(s, i, k)
	e := &runes[x]
	if size == 0 || e.legacy != 0 && e.legacy&(addrLegacyAlways|addrLegacyBefore(s, i)) != 0 {
		return nil, 0
	}
	return e, size
}

// addrScanSlot returns the place in addrRunes of the rune at byte i of
// s, s[i] being of class k, and its size; size 0 where addrRunes holds
// no rune there. Its two halves are inlined, where scanAddrRune is not:
// scanAddrText's loop calls nothing.
func addrScanSlot(s string, i int, k uint8) (x, size int) {
	if k == addrScanLead2 {
		return addrScanSlot2(s, i)
	}
	return addrScanSlot3(s, i)
}

// addrScanSlot2 is addrScanSlot after C3–C6: U+00C0–U+01BF.
func addrScanSlot2(s string, i int) (x, size int) {
	if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return int(s[i]-0xC3)<<6 | int(s[i+1]&0x3F), 2
	}
	return 0, 0
}

// addrScanSlot3 is addrScanSlot after E1: U+1E80–U+1EFF, E1 BA or E1 BB
// then a byte of 80–BF; size 0 after any other byte.
func addrScanSlot3(s string, i int) (x, size int) {
	if i+2 < len(s) && s[i] == 0xE1 && s[i+1]&0xFE == 0xBA && s[i+2]&0xC0 == 0x80 {
		return 4<<6 + int(s[i+1]&1)<<6 | int(s[i+2]&0x3F), 3
	}
	return 0, 0
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
			if addrCleanSeconds.ascii[c|0x20-'a']&addrCleanHas != 0 {
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

// addrLeadNext is addrCleanSeconds.ascii by the byte of an ASCII letter,
// of either case, and 0 for every other byte: scanAddrText reads it at
// each letter that may open a word of addrCleanWords, by the byte as it
// is, with no place to work out and no bound to check.
var addrLeadNext = func() (t [256]uint32) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = addrCleanSeconds.ascii[c-'a']
		t[c+'A'-'a'] = t[c]
	}
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
