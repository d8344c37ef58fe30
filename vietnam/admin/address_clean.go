package admin

import (
	"bytes"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/hocvuso/hocvuso/vietnam"
)

// cleanAddrText rewrites normalized address text into the form the
// tokenizer reads, part by part (parts are cut at , ; | and line breaks,
// which it keeps):
//
//   - what people add around an address goes: a remark in brackets ("(đối
//     diện chợ Bến Thành)", "(hẻm xe hơi)"), a landmark after "gần",
//     "cạnh", "đối diện", "sau chợ …", "kế chợ …" to the end of its part, phone
//     numbers with their label ("ĐT 0353 222 111", "SĐT: 0903.123.456",
//     "+84 912 000 111"), e-mail addresses;
//   - a type word in brackets after the name moves before it: "Cai Lậy
//     (Thị xã)" reads "Thị xã Cai Lậy", "Lao Và Chải (Xa)" "Xa Lao Và
//     Chải"; so does an English type word: "Binh Thanh District", "Khanh
//     Hoa Province", "Ho Chi Minh City";
//   - words glued without a space are cut where a capital follows a small
//     letter ("TỉnhThái Nguyên", "P.LáiThiêu", "Thành phốHà Nội",
//     "EaChàRang") or ends a run of capitals ("TPHàNội" is "TP Hà Nội");
//     a capital letter cut off alone before a name is read as an
//     abbreviation ("TBình Dương" is "T. Bình Dương");
//   - a digit typed inside a word with tones goes ("Nam Đị8nh");
//   - a type word glued to a name in small letters is cut ("Huyệnđô
//     Lương", "Tỉnhbac Ninh");
//   - text typed in Telex with the keyboard's Vietnamese mode off is
//     converted, when it has no mark and two words or more that only
//     Telex makes ("Phuwowngf Beens Nghes" is "Phường Bến Nghé"); so is
//     text typed in VNI ("Phuong72 Ben61 Nghe1").
//
// It returns s itself when there is nothing to rewrite, else a view of
// the scratch (see viewAddrText). The work is linear in the length of s.
func (sc *addrScratch) cleanAddrText(s string) string {
	// Text typed with marks was typed with the Vietnamese mode on.
	marked := hasMarks(s)
	telex, vni := !marked && isTelexText(s), !marked && isVNIText(s)
	if !telex && !vni && !needsAddrClean(s) {
		return s
	}
	return sc.cleanAddrParts(s, telex, vni)
}

// cleanASCIIText is cleanAddrText of s, ASCII, where needs is what
// needsAddrClean says of it (scanAddrText's addrTextClean) and keys
// what asciiAddrKeys says: isTelexText and isVNIText, asked only where
// s has the keys they look for first.
func (sc *addrScratch) cleanASCIIText(s string, needs bool, keys uint8) string {
	telex := keys&asciiKeyTelex != 0 && typedUnmarked(s, isASCIILetter, telexWord)
	vni := keys&asciiKeySixToNine != 0 && isVNIText(s)
	if !telex && !vni && !needs {
		return s
	}
	return sc.cleanAddrParts(s, telex, vni)
}

// cleanAddrParts is cleanAddrText's work, once it knows there is some.
func (sc *addrScratch) cleanAddrParts(s string, telex, vni bool) string {
	out := sc.clean[:0]
	for start := 0; ; {
		i := start
		for i < len(s) && !addrSegSeps[s[i]] {
			i++
		}
		// Most parts of a text that has something to clean have nothing
		// to clean themselves ("Xã A, Huyện B, Tỉnh C (gần chợ)"):
		// plainAddrPart tells them in one read, and they are written
		// as cleanAddrSegment would write them, without its steps.
		plain, ok := "", false
		if !telex && !vni {
			plain, ok = plainAddrPart(s[start:i])
		}
		if ok {
			out = append(out, plain...)
		} else {
			out = sc.cleanAddrSegment(out, s[start:i], telex, vni, start == 0 && i == len(s))
		}
		if i == len(s) {
			break
		}
		out = append(out, s[i])
		start = i + 1
	}
	sc.clean = out
	if string(out) == s {
		return s
	}
	return viewAddrText(out)
}

// viewAddrText returns the bytes of b as a string without copying them.
// The cleaning steps write their text to the scratch's buffers and hand
// it on so; tokenizeAddress copies the text it ends with, which the
// answer keeps, once. A view is read only until its buffer is written
// again: the next address, or the same step's next call.
func viewAddrText(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func isAddrSegSep(c byte) bool { return c == ',' || c == ';' || c == '|' || c == '\n' }

// addrSegSeps is isAddrSegSep of each byte, for a loop over a text to
// test a byte with one load.
var addrSegSeps = func() (t [256]bool) {
	for c := range t {
		t[c] = isAddrSegSep(byte(c))
	}
	return t
}()

// needsAddrClean is a fast check that cleanAddrText has something to do
// besides converting Telex or VNI typing, which cleanAddrText checks
// itself. It reads s once: each rune is classed (ASCII and the letters of
// Vietnamese from tables, addrRunes), and where one opens a word of
// addrCleanWords (compared as lower-cased), that word is checked there,
// instead of a search of the text for each word.
func needsAddrClean(s string) bool {
	runes, seconds := addrRunes(), addrCleanSeconds
	digits := 0
	prevLetter := false             // the rune before is a letter outside ASCII
	var cls, prevCls, prev2Cls int8 // addrRuneUpper, addrRuneLower or 0
	var seen uint8                  // the glued type words met once already
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		// lead is the rune lower-cased where it may open a word of
		// addrCleanWords (a to z, or đ), else 0
		var lead rune
		letter := false
		if c < utf8.RuneSelf {
			// ASCII, most of the text: classed here
			switch cls = addrASCIICase[c]; {
			case cls != 0:
				lead = rune(c | 0x20)
			case '0' <= c && c <= '9':
				digits++
				if digits >= 9 || prevLetter {
					return true
				}
			case c == '(' || c == '[' || c == '@':
				return true
			}
		} else if e, n := runes.at(s, i); n > 0 {
			cls, letter, size, lead = e.cls, e.letter, n, e.leadRune()
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			cls, lead, letter = addrRuneCase(r), lowerAddrLead(r), unicode.IsLetter(r)
			if !('a' <= lead && lead <= 'z' || lead == 'đ') {
				lead = 0
			}
		}
		if cls == addrRuneUpper && prevCls == addrRuneLower ||
			prev2Cls == addrRuneUpper && prevCls == addrRuneUpper && cls == addrRuneLower {
			return true
		}
		if lead != 0 && seconds.may(s, i+size, addrCleanLead(lead)) && addrCleanWordAt(s, i, lead, &seen) {
			return true
		}
		prev2Cls, prevCls, prevLetter = prevCls, cls, letter
		i += size
	}
	return false
}

// addrASCIICase is addrRuneCase of each ASCII byte.
var addrASCIICase = func() (t [utf8.RuneSelf]int8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = addrRuneUpper, addrRuneLower
	}
	return t
}()

// addrCleanNext tells where a word of addrCleanWords may open, from the
// rune after its first. For each lead (a to z, then đ: addrCleanLead),
// ascii has a bit for each small ASCII letter that is the second byte of
// a word opening with it, and addrCleanHas when a word opens with it;
// all bits when such a second byte is ASCII but not a small letter. For
// each rune of addrRunes, marked has a bit for each lead whose words have
// that rune, lower-cased (lowerAddrRune), second: "Hà", "Phường" (h,
// ư), "Đồng" open none, which only the rune after a lead tells.
type addrCleanNext struct {
	ascii  [27]uint32
	marked [len(addrRuneTable{})]uint32
}

const (
	// addrCleanMarked is the bit of a byte that is not ASCII
	// (addrNextBit), which every lead a word opens with has: its rune
	// is looked up in marked.
	addrCleanMarked = 1 << 29
	// addrCleanOther is the bit of a second byte that is ASCII but no
	// letter (addrNextBit): only the all-bits mask has it.
	addrCleanOther = 1 << 30
	addrCleanHas   = 1 << 31
)

// addrNextBit is, for each byte, its bit in an addrCleanNext: a letter's
// of either case, addrCleanOther for the rest of ASCII, addrCleanMarked
// past it.
var addrNextBit = func() (t [256]uint32) {
	for c := range t {
		t[c] = addrCleanOther
		if c >= utf8.RuneSelf {
			t[c] = addrCleanMarked
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c+'A'-'a'] = 1<<(c-'a'), 1<<(c-'a')
	}
	return t
}()

// addrCleanLead returns the place of lead (a to z, or đ) in an
// addrCleanNext's ascii, and its bit in marked.
func addrCleanLead(lead rune) int {
	if lead == 'đ' {
		return 26
	}
	return int(lead - 'a')
}

// addrCleanSeconds is the addrCleanNext of addrCleanWords. It is made
// when the package is initialized, not on first use: addrScanClass, made
// then too, reads it, so a sync.OnceValue ran at start all the same and
// cost scanAddrText a call and a check at every address.
var addrCleanSeconds = func() *addrCleanNext {
	var t addrCleanNext
	var buf [4]byte
	note := func(lead rune, w string) {
		k := addrCleanLead(lead)
		t.ascii[k] |= addrCleanHas | addrCleanMarked
		_, size := utf8.DecodeRuneInString(w)
		second, _ := utf8.DecodeRuneInString(w[size:])
		switch {
		case second >= 'a' && second <= 'z':
			t.ascii[k] |= 1 << (second - 'a')
		case second < utf8.RuneSelf:
			t.ascii[k] = ^uint32(0)
		}
		// the runes of addrRunes that lower-case to second
		for _, span := range [...][2]rune{{0xC0, 0x1BF}, {0x1E80, 0x1EFF}} {
			for r := span[0]; r <= span[1]; r++ {
				if lowerAddrRune(r) != second {
					continue
				}
				if x, n := addrRuneIndex(string(utf8.AppendRune(buf[:0], r)), 0); n > 0 {
					t.marked[x] |= 1 << k
				}
			}
		}
	}
	for k, ws := range addrCleanWords {
		for _, w := range ws {
			note(rune('a'+k), w.w)
		}
	}
	for _, w := range addrCleanDWords {
		note('đ', w.w)
	}
	return &t
}()

// may reports whether a word of addrCleanWords may open at the rune of s
// before byte j, whose lower case is the lead of place k (addrCleanLead):
// not where no word opens with that lead, nor where the rune at j is
// ASCII or of addrRunes and no such word has it second (addrCleanWordAt
// would look no further).
func (t *addrCleanNext) may(s string, j, k int) bool {
	if j >= len(s) {
		return false
	}
	m := t.ascii[k] & addrNextBit[s[j]]
	return m != 0 && (m != addrCleanMarked || t.mayMarked(s, j, k))
}

// mayMarked is may where the byte at j is not ASCII.
func (t *addrCleanNext) mayMarked(s string, j, k int) bool {
	x, n := addrRuneIndex(s, j)
	return n == 0 || t.marked[x]>>k&1 != 0
}

// addrRuneIndex returns the place in addrRunes of the rune at byte i of
// s, which is not ASCII, and its size; size 0 when the table does not
// hold it.
func addrRuneIndex(s string, i int) (x, size int) {
	if i+1 >= len(s) {
		return 0, 0
	}
	c, b1 := s[i], s[i+1]
	switch {
	case c >= 0xC3 && c <= 0xC6 && b1&0xC0 == 0x80:
		return int(c-0xC3)<<6 | int(b1&0x3F), 2
	case c == 0xE1 && b1&0xFE == 0xBA && i+2 < len(s) && s[i+2]&0xC0 == 0x80:
		return 4<<6 + int(b1&1)<<6 | int(s[i+2]&0x3F), 3
	}
	return 0, 0
}

const (
	addrRuneUpper = 1
	addrRuneLower = 2
)

// addrRuneCase returns addrRuneUpper for a capital, addrRuneLower for a
// small letter (isUpperRune, isLowerRune), 0 for any other rune.
func addrRuneCase(r rune) int8 {
	switch {
	case isUpperRune(r):
		return addrRuneUpper
	case isLowerRune(r):
		return addrRuneLower
	}
	return 0
}

// lowerAddrLead returns the rune r, not ASCII, lower-cased when that may
// open a word of addrCleanWords (an ASCII letter or đ), else r. Below
// U+0250 only Đ and İ lower-case so (TestLowerAddrLead): the rest of the
// letters of Vietnamese need no table.
func lowerAddrLead(r rune) rune {
	switch {
	case r == 'Đ':
		return 'đ'
	case r < 0x250 && r != 'İ', 0x1EA0 <= r && r <= 0x1EFF:
		return r
	}
	return unicode.ToLower(r)
}

// An addrCleanWord is a word, in small letters, whose presence sends a
// text to cleanAddrText: a type word glued to what follows (glued is its
// place in addrGluedTypeWords), which counts only where it is first met
// and followed by a letter, or a word that opens a landmark or is an
// English type word (glued -1), anywhere.
type addrCleanWord struct {
	w     string
	glued int8
}

// addrCleanWords are the addrCleanWords by their first letter, a to z;
// "đối diện" is the one that opens with another letter (addrCleanDWords).
var addrCleanWords = [26][]addrCleanWord{
	'c' - 'a': {{"cạnh", -1}, {"canh ", -1}, {"city", -1}, {"commune", -1}},
	'd' - 'a': {{"doi dien", -1}, {"dist", -1}}, // "District", "Dist."
	'g' - 'a': {{"gần", -1}, {"gan ", -1}},
	'h' - 'a': {{addrGluedTypeWords[0], 0}},
	'k' - 'a': {{"kế ", -1}, {"ke ", -1}},
	'p' - 'a': {{addrGluedTypeWords[2], 2}, {addrGluedTypeWords[4], 4}, {"prov", -1}}, // "Province", "Prov."
	'q' - 'a': {{addrGluedTypeWords[3], 3}},
	's' - 'a': {{"sau ", -1}},
	't' - 'a': {{addrGluedTypeWords[1], 1}, {addrGluedTypeWords[5], 5}, {"trước", -1}, {"truoc", -1}, {"town", -1}},
	'w' - 'a': {{"ward", -1}},
	'x' - 'a': {{addrGluedTypeWords[6], 6}},
}

// addrCleanGluedOnly has, for each letter a to z whose addrCleanWords are
// all glued type words, their bits in addrCleanWordAt's seen; 0 for the
// other letters.
var addrCleanGluedOnly = func() (t [26]uint8) {
	for k, ws := range addrCleanWords {
		for _, w := range ws {
			if w.glued < 0 {
				t[k] = 0
				break
			}
			t[k] |= 1 << w.glued
		}
	}
	return t
}()

// addrCleanDWords are the addrCleanWords that open with đ.
var addrCleanDWords = [...]addrCleanWord{{"đối diện", -1}}

// addrCleanWordAt reports whether a word of addrCleanWords that counts
// opens at byte i of s, whose rune there lower-cased is lr (a to z, or
// đ); seen has a bit for each glued type word met before.
func addrCleanWordAt(s string, i int, lr rune, seen *uint8) bool {
	ws, w1 := addrCleanDWords[:], len("đ") // w1: where a word's second rune is
	if lr != 'đ' {
		if g := addrCleanGluedOnly[lr-'a']; g != 0 && *seen&g == g {
			return false // every word of lr is a glued type word met already
		}
		ws, w1 = addrCleanWords[lr-'a'], 1
	}
	// A word is there only if the rune after s[i] lower-cases to its
	// second (every word has two runes or more, its first ASCII or đ):
	// most words are rejected on it, without reading the text further.
	j := i + 1
	if s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRuneInString(s[i:])
		j = i + size
	}
	if len(ws) == 0 || j >= len(s) {
		return false
	}
	if c := s[j]; c < utf8.RuneSelf && lr != 'đ' {
		// an ASCII second, most: the words with it second, in their
		// order (no word has a second that is ASCII but no letter)
		if c|0x20-'a' >= 26 {
			return false
		}
		if j+1 == len(s) {
			return false // every word of a pair has a third byte
		}
		// most words that share two letters part at the third, read
		// once for them all (addrThirdAt)
		third, n := addrThirdAt(s, j+1)
		for _, w := range addrCleanPairs[lr-'a'][c|0x20-'a'] {
			if w.glued >= 0 && *seen&(1<<w.glued) != 0 {
				continue // for a glued type word, only the first occurrence counts
			}
			if n > 0 && !third.opens(w.w[2:], n) {
				continue
			}
			if end, ok := lowerPrefixAt(s, i, w.w); ok && w.counts(s, end, seen) {
				return true
			}
		}
		return false
	}
	var second rune
	if c := s[j]; c < utf8.RuneSelf {
		second = rune(c)
		if 'A' <= c && c <= 'Z' {
			second += 'a' - 'A'
		}
	} else {
		r, _ := utf8.DecodeRuneInString(s[j:])
		second = lowerAddrRune(r)
	}
	for _, w := range ws {
		if w.glued >= 0 && *seen&(1<<w.glued) != 0 {
			continue // for a glued type word, only the first occurrence counts
		}
		if c := w.w[w1]; c < utf8.RuneSelf {
			if rune(c) != second {
				continue
			}
		} else if r, _ := utf8.DecodeRuneInString(w.w[w1:]); r != second {
			continue
		}
		if end, ok := lowerPrefixAt(s, i, w.w); ok && w.counts(s, end, seen) {
			return true
		}
	}
	return false
}

// addrCleanPairs are the addrCleanWords by their first letter and their
// second where that is ASCII, a small letter, each list in the order of
// addrCleanWords: addrCleanWordAt reads the words of a pair in a text
// there. A word whose second is ASCII is always a small letter
// (TestAddrCleanPairs).
var addrCleanPairs = func() (t [26][26][]addrCleanWord) {
	for k, ws := range addrCleanWords {
		t[k] = byFirstLetter(slices.Values(ws), addrCleanWord.second)
	}
	return t
}()

// second returns the second byte of w's word.
func (w addrCleanWord) second() byte { return w.w[1] }

// addrThirdAt returns the rune at byte k of s, after the first letter
// and an ASCII second of words of addrCleanWords, as lowerPrefixAt reads
// it against their third (each has one: TestAddrCleanPairs), and n, the
// number of its bytes that a word's third opens with where it is that
// rune: an ASCII byte, lower-cased from A to Z alone, or the bytes of a
// rune of addrRunes that is no capital (its own small letter,
// lowerAddrRune). n is 0 where the rune may be any third, which
// lowerPrefixAt tells: a capital past ASCII, a rune addrRunes does not
// hold. Most words a pair meets in an address part from its words at a
// third with a tone ("Phước", "Phú", "Quảng", "Trần" for "phường",
// "phố", "quận", "trấn"): told here, without a call of lowerPrefixAt
// each.
func addrThirdAt(s string, k int) (third addrThird, n int) {
	c := s[k]
	if c < utf8.RuneSelf {
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		return addrThird{c}, 1
	}
	x, size := addrScanSlot3(s, k)
	if c-0xC3 < 4 {
		x, size = addrScanSlot2(s, k)
	}
	if size == 0 || addrRunes()[x].cls == addrRuneUpper {
		return addrThird{}, 0
	}
	third[0], third[1] = c, s[k+1]
	if size == 3 {
		third[2] = s[k+2]
	}
	return third, size
}

// An addrThird holds the bytes of a rune, up to three (addrThirdAt).
type addrThird [3]byte

// opens reports whether w opens with the first n bytes of t.
func (t *addrThird) opens(w string, n int) bool {
	if len(w) < n || w[0] != t[0] {
		return false
	}
	return n == 1 || w[1] == t[1] && (n == 2 || w[2] == t[2])
}

// counts reports whether w, found in s before byte end, sends s to
// cleaning, and notes a glued type word met in seen.
func (w addrCleanWord) counts(s string, end int, seen *uint8) bool {
	if w.glued < 0 {
		return true
	}
	*seen |= 1 << w.glued
	if end < len(s) {
		if c := s[end]; c < utf8.RuneSelf {
			return c|0x20-'a' < 26 // unicode.IsLetter(unicode.ToLower(c))
		}
		r, _ := utf8.DecodeRuneInString(s[end:])
		return unicode.IsLetter(unicode.ToLower(r))
	}
	return false
}

// lowerAddrRune is unicode.ToLower, which needs no table for Latin-1
// (capitals U+00C0–U+00DE but ×, 32 below their small letters), for the
// letters with tones (U+1EA0–U+1EFF, capital and small in pairs), nor
// for what addrRunes classes as no capital (ă, đ, ơ, ư…).
func lowerAddrRune(r rune) rune {
	switch {
	case r < 0x100:
		if 'A' <= r && r <= 'Z' || 0xC0 <= r && r <= 0xDE && r != 0xD7 {
			return r + 0x20
		}
		return r
	case r < 0x1C0:
		if addrRunes()[r-0xC0].cls != addrRuneUpper {
			return r
		}
	case 0x1EA0 <= r && r <= 0x1EFF:
		return r | 1
	}
	return unicode.ToLower(r)
}

// lowerPrefixAt reports whether s from byte i, lower-cased as appendLower
// writes it, opens with w, and returns the byte of s after it. Words are
// most often written in small letters but the first: a rune of w found
// byte for byte in s is taken without decoding it (w's runes are their
// own lower case).
func lowerPrefixAt(s string, i int, w string) (end int, ok bool) {
	// Most text that has w has it as w is written but for the case of
	// its ASCII letters: the bytes are compared first, and read rune by
	// rune from the rune of w where they differ, to which the bytes
	// before read alike.
	k := 0
	for k < len(w) && i+k < len(s) {
		c := s[i+k]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if c != w[k] {
			break
		}
		k++
	}
	switch {
	case k == len(w):
		return i + k, true
	case i+k < len(s) && s[i+k] < utf8.RuneSelf && utf8.RuneStart(w[k]):
		return 0, false // an ASCII letter of s, its own rune, not w's there
	}
	for k > 0 && !utf8.RuneStart(w[k]) {
		k--
	}
	if x, n := addrRuneIndex(s, i+k); n > 0 && addrRunes()[x].cls != addrRuneUpper {
		// a rune of s that is its own small letter (lowerAddrRune),
		// and not w's there, whose bytes differ
		return 0, false
	}
	return lowerRunesPrefixAt(s, i+k, w, k)
}

// lowerRunesPrefixAt is lowerPrefixAt read rune by rune, from byte i
// of s and byte k of w.
func lowerRunesPrefixAt(s string, i int, w string, k int) (end int, ok bool) {
	for k < len(w) {
		if i >= len(s) {
			return 0, false
		}
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[k] {
				return 0, false
			}
			i, k = i+1, k+1
			continue
		}
		if c := w[k]; c >= utf8.RuneSelf {
			n := 2 // w is UTF-8: its rune's length from its first byte
			if c >= 0xF0 {
				n = 4
			} else if c >= 0xE0 {
				n = 3
			}
			if k+n <= len(w) && i+n <= len(s) && sameBytes(s[i:i+n], w[k:k+n]) {
				i, k = i+n, k+n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		wr, wsize := utf8.DecodeRuneInString(w[k:])
		if lowerAddrRune(r) != wr {
			return 0, false
		}
		i, k = i+size, k+wsize
	}
	return i, true
}

// sameBytes reports a == b for the few bytes of a rune, without the
// call of a string comparison.
func sameBytes(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// appendLower appends s in lower case, as strings.ToLower writes it.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// A wordBuf holds a word folded or lower-cased on the stack, for
// comparisons with constant words: most words of an address fit.
type wordBuf [48]byte

// fold returns the fold of w (vietnam.Fold) in b.
func (b *wordBuf) fold(w string) []byte { return vietnam.AppendFold(b[:0], w) }

// lower returns w in lower case (strings.ToLower) in b.
func (b *wordBuf) lower(w string) []byte { return appendLower(b[:0], w) }

// cutAddrField returns the first word of s, as strings.Fields cuts words
// at white space, and the text after it; w is empty when s has none.
func cutAddrField(s string) (w, rest string) {
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' {
			i++
			continue
		}
		if !addrMaySpace[c] {
			break
		}
		size := addrSpaceAt(s, i)
		if size == 0 {
			break
		}
		i += size
	}
	j := i
	for j < len(s) {
		// Most bytes open no white space (addrMaySpace): they are
		// passed over without a call, and so is E1 but before 9A
		// (U+1680 alone, of U+1000–U+1FFF).
		c := s[j]
		if !addrMaySpace[c] {
			j++
			continue
		}
		if c == ' ' {
			break
		}
		if (c != 0xE1 || j+1 < len(s) && s[j+1] == 0x9A) && addrSpaceAt(s, j) != 0 {
			break
		}
		j++
	}
	return s[i:j], s[j:]
}

// addrMaySpace has the bytes that may open white space: ASCII up to ' ',
// and C2, E1, E2, E3, which lead the runes of white space past ASCII.
var addrMaySpace = func() (t [256]bool) {
	for c := range ' ' + 1 {
		t[c] = true
	}
	t[0xC2], t[0xE1], t[0xE2], t[0xE3] = true, true, true, true
	return t
}()

// addrSpaceAt returns the length of the white space (unicode.IsSpace)
// at byte i of s, or 0. White space past ASCII starts with the byte C2,
// E1, E2 or E3 in UTF-8, which no byte inside a rune is, so only those
// are decoded: a scan may ask of every byte.
func addrSpaceAt(s string, i int) int {
	switch c := s[i]; {
	case c == ' ' || '\t' <= c && c <= '\r':
		return 1
	case c == 0xC2 || 0xE1 <= c && c <= 0xE3:
		if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			return size
		}
	}
	return 0
}

// indexAddrOpen returns the index of the first '(' or '[' of s, or -1:
// strings.IndexAny(s, "(["), without its set made for each call.
func indexAddrOpen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '(' || s[i] == '[' {
			return i
		}
	}
	return -1
}

// plainAddrPart reports whether cleanAddrSegment, without Telex or VNI,
// writes the part seg as strings.Trim(seg, " "), which it returns: its
// words as they are, one space between them. It says so only where it
// sees that no step has anything to do, and false where it cannot tell:
//   - its bytes (addrScanClass): ASCII but the controls and DEL, '(', '['
//     (a remark or type word in brackets) and '@' (an e-mail), and the
//     runes of addrRunes that fold to one letter, which are no white
//     space; no two spaces in a row. cutAddrField then cuts its words
//     at the spaces alone.
//   - each word: no capital after a small letter nor small letter after
//     two capitals (addrCaseSplits: appendCutGlued cuts only there), no
//     digit after a rune outside ASCII (which it may drop), no type word
//     glued to a name (cutGluedTypeWord, asked only of a word with a
//     rune outside ASCII: each glued type word has one, whose other case
//     is outside ASCII too).
//   - fewer than 9 digits: no phone number (dropPhones).
//   - no word but the first that folds to a word of addrLandmarkWords
//     (dropLandmark asks no other), nor, in two words or more, a last
//     word that folds to one of addrEnglishTypes.
//
// It reads a byte at a time as scanAddrText does, the letters by their
// class alone. TestPlainAddrPart holds it to cleanAddrSegment on every
// part of the labelled sets, and FuzzPlainAddrPart on any text.
func plainAddrPart(seg string) (plain string, ok bool) {
	runes := addrRunes()
	digits, words := 0, 0
	start := 0 // where the word read starts
	after := 0 // the byte after the last rune outside ASCII
	first := 0 // where the first word starts
	last := "" // the last word read
	// addrRuneCase of the last three runes, two bits each, the last
	// lowest, as scanAddrText keeps them
	var cases uint
	for i := 0; i < len(seg); i++ {
		k := addrScanClass[seg[i]]
		if k < addrScanDigit {
			// an ASCII letter or mark: most bytes
			if cases = (cases<<2 | uint(k&addrScanCase)) & 63; addrCaseSplits>>cases&1 != 0 {
				return "", false
			}
			continue
		}
		switch k {
		case addrScanSpace:
			if i > start {
				if last = seg[start:i]; !plainAddrWord(last, words, after > start) {
					return "", false
				}
				words++
			} else {
				first = i + 1 // a space first
			}
			if i+1 < len(seg) && seg[i+1] == ' ' {
				return "", false
			}
			start = i + 1
		case addrScanDigit:
			if digits++; digits == 9 || i == after && after > start {
				return "", false
			}
		case addrScanDash:
		case addrScanLead2, addrScanLead3:
			x, n := addrRuneIndex(seg, i)
			if n == 0 || runes[x].fold == 0 {
				return "", false
			}
			if cases = (cases<<2 | uint(runes[x].cls)) & 63; addrCaseSplits>>cases&1 != 0 {
				return "", false
			}
			i += n - 1
			after = i + 1
			continue
		default: // ( [ @, a control, DEL, a rune outside addrRunes
			return "", false
		}
		cases = cases << 2 & 63
	}
	end := len(seg)
	if start < end {
		if last = seg[start:]; !plainAddrWord(last, words, after > start) {
			return "", false
		}
		words++
	} else if end > first {
		end-- // a space last
	}
	// cleanAddrSegment's English type word, last without the dots at
	// its ends
	if words >= 2 && addrEnglishMay(last) {
		if t := strings.Trim(last, "."); t != "" {
			if f, end := foldAddrLetters(t, 0, 8); end == len(t) && slices.Contains(addrEnglishPacked, f) {
				return "", false
			}
		}
	}
	return seg[first:end], true
}

// plainAddrWord is plainAddrPart's test of the word w, its part's k-th
// (from 0), which has a rune outside ASCII where outside.
func plainAddrWord(w string, k int, outside bool) bool {
	if outside {
		if _, _, ok := cutGluedTypeWord(w); ok {
			return false
		}
		if dot := strings.LastIndexByte(w, '.'); dot > 0 {
			if _, _, ok := cutGluedTypeWord(w[dot+1:]); ok {
				return false
			}
		}
	}
	if k > 0 && (w[0] >= utf8.RuneSelf || addrLandmarkLead[w[0]]) {
		// most words are told by their first two letters
		f, end := foldAddrLetters(w, 0, 2)
		if l0, l1 := byte(f)-'a', byte(f>>8)-'a'; l0 >= 26 || l1 >= 26 || addrLandmarkSeconds[l0]>>l1&1 == 0 {
			return true
		}
		rest, end := foldAddrLetters(w, end, 4)
		return end < len(w) || !slices.Contains(addrLandmarkPacked, f|rest<<16)
	}
	return true
}

// addrEnglishMay reports whether the word w, with the dots at its ends
// cut, may fold to one of addrEnglishTypes: where it ends with an ASCII
// letter, that letter ends one of them (addrEnglishLast), of either
// case. Most words are told so without being folded.
func addrEnglishMay(w string) bool {
	i := len(w) - 1
	for i >= 0 && w[i] == '.' {
		i--
	}
	return i < 0 || w[i] >= utf8.RuneSelf || addrEnglishLast[w[i]]
}

// addrEnglishLast is, for each ASCII byte, whether it is the last letter
// of a word of addrEnglishTypes, of either case.
var addrEnglishLast = func() (t [utf8.RuneSelf]bool) {
	for _, w := range addrEnglishTypes {
		c := w[len(w)-1]
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// foldAddrLetters returns the fold (vietnam.AppendFold) of up to most
// letters of w from byte i, each ASCII or of addrRunes, as
// packAddrLetters packs it, and the byte after them; 0 and i where one
// is no such letter, the fold of which has something but a letter.
func foldAddrLetters(w string, i int, most uint) (f uint64, end int) {
	runes := addrRunes()
	from := i
	for n := uint(0); n < 8*most && i < len(w); n += 8 {
		c := w[i]
		if c|0x20-'a' < 26 {
			f |= uint64(c|0x20) << n
			i++
			continue
		}
		x, size := addrRuneIndex(w, i)
		if size == 0 || runes[x].fold == 0 {
			return 0, from
		}
		f |= uint64(runes[x].fold) << n
		i += size
	}
	return f, i
}

// packAddrLetters returns the bytes of w, up to 8 small ASCII letters,
// in a number, the first lowest.
func packAddrLetters(w string) (f uint64) {
	for i := len(w) - 1; i >= 0; i-- {
		f = f<<8 | uint64(w[i])
	}
	return f
}

// addrLandmarkPacked and addrEnglishPacked are addrLandmarkWords and
// addrEnglishTypes packed (packAddrLetters).
var (
	addrLandmarkPacked = packAddrWords(addrLandmarkWords[:])
	addrEnglishPacked  = packAddrWords(addrEnglishTypes[:])
)

// addrLandmarkSeconds has, for each first letter of addrLandmarkWords, a
// to z, a bit for each second letter a word of them has after it.
var addrLandmarkSeconds = func() (t [26]uint32) {
	for _, w := range addrLandmarkWords {
		t[w[0]-'a'] |= 1 << (w[1] - 'a')
	}
	return t
}()

// packAddrWords returns the words packed (packAddrLetters).
func packAddrWords(words []string) []uint64 {
	t := make([]uint64, len(words))
	for i, w := range words {
		t[i] = packAddrLetters(w)
	}
	return t
}

// cleanAddrSegment appends the cleaned form of one part to out.
func (sc *addrScratch) cleanAddrSegment(out []byte, seg string, telex, vni, alone bool) []byte {
	// A remark or type word in brackets: the text around it is written
	// to sc.unbracket, a space where it was.
	var typeWord string
	if open := indexAddrOpen(seg); open >= 0 {
		b := sc.unbracket[:0]
		for open >= 0 {
			end := strings.IndexAny(seg[open:], ")]")
			inner, rest := "", ""
			if end < 0 {
				inner = seg[open+1:]
			} else {
				inner, rest = seg[open+1:open+end], seg[open+end+1:]
			}
			if t := strings.TrimSpace(inner); typeWord == "" && isAddrTypeText(t) {
				typeWord = t
			}
			b = append(append(b, seg[:open]...), ' ')
			seg = rest
			open = strings.IndexAny(seg, "([")
		}
		b = append(b, seg...)
		sc.unbracket = b
		seg = viewAddrText(b)
	}
	kept := sc.words[:0]
	runes := addrRunes()
	for rest := seg; ; {
		var w string
		if w, rest = cutAddrField(rest); w == "" {
			break
		}
		if strings.IndexByte(w, '@') >= 0 {
			// an e-mail address, and its label
			if n := len(kept); n > 0 && isAddrLabel(kept[n-1], "email", "e-mail", "mail") {
				kept = kept[:n-1]
			}
			continue
		}
		if telex {
			w = untype(vietnam.InputTelex, w)
		} else if vni {
			w = untype(vietnam.InputVNI, w)
		}
		if typ, name, ok := cutGluedTypeWord(w); ok {
			kept = append(kept, typ)
			w = name
		} else if dot := strings.LastIndexByte(w, '.'); dot > 0 {
			// "T.Phốvinh": the type word after an abbreviation's dot
			if typ, name, ok := cutGluedTypeWord(w[dot+1:]); ok {
				kept = append(kept, w[:dot+1]+typ)
				w = name
			}
		}
		if !addrGluedMay(runes, w) {
			kept = append(kept, w) // appendSplitGlued, most words
		} else {
			kept = appendCutGlued(kept, w)
		}
	}
	sc.words = kept
	words := dropPhones(kept)
	words = dropLandmark(words, alone)
	if n := len(words); n >= 2 && typeWord == "" {
		var b wordBuf
		if f := b.fold(strings.Trim(words[n-1], ".")); isEnglishType(string(f)) {
			typeWord, words = words[n-1], words[:n-1]
		}
	}
	if typeWord != "" && len(words) > 0 {
		// After a hamlet and its number, or a numbered ward or district,
		// the type word goes before the name that follows them: "thôn 10
		// Uong Bi Ward" is "thôn 10, Ward Uong Bi", "Quận 3 Ho Chi Minh
		// City" is "Quận 3, City Ho Chi Minh". After a house or street
		// it stays before the part, where the name's start is not known
		// ("722A Nguyễn Trãi Tứ Mỹ (Xã)").
		if isHamletThenNumber(words) {
			k := lastWithDigit(words)
			for _, w := range words[:k+1] {
				out = append(out, w...)
				out = append(out, ' ')
			}
			out = append(out[:len(out)-1], ", "...)
			words = words[k+1:]
		}
		out = append(out, typeWord...)
		out = append(out, ' ')
	}
	for i, w := range words {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, w...)
	}
	return out
}

// isHamletThenNumber reports whether words open with a hamlet word, or
// the type word of a ward or district, and its number, with words after
// them: "thôn 10 Uong Bi", "Tổ dân phố 3 An Phú", "Quận 3 Ho Chi Minh".
func isHamletThenNumber(words []string) bool {
	k := lastWithDigit(words)
	if k < 1 || k == len(words)-1 {
		return false
	}
	var b wordBuf
	if k == 1 && isNumberedTypeWord(string(bytes.TrimRight(b.fold(words[0]), "."))) {
		return true
	}
	for _, w := range addrHamletWords {
		if len(w) != k {
			continue
		}
		i := 0
		for i < k && string(b.fold(words[i])) == w[i] {
			i++
		}
		if i == k {
			return true
		}
	}
	return false
}

// isNumberedTypeWord reports whether f, folded, is a type word of one
// word of addrUnitWords of a ward or an urban district alone, the units
// that are numbered ("Phường 5", "P.5", "Quận 3", "Q3", "Ward 5").
func isNumberedTypeWord(f string) bool {
	places := addrUnitWordsOf(f)
	for p := 0; p < len(places); p++ {
		if uw := &addrUnitWords[places[p]]; len(uw.words) == 1 && (uw.kinds == 1<<TypeWard || uw.kinds == 1<<TypeUrbanDistrict) {
			return true
		}
	}
	return false
}

// lastWithDigit returns the index of the last word with a digit, or -1.
func lastWithDigit(words []string) int {
	for k := len(words) - 1; k >= 0; k-- {
		// a byte at a time: strings.ContainsAny builds its set at each call
		for _, c := range []byte(words[k]) {
			if c-'0' < 10 {
				return k
			}
		}
	}
	return -1
}

// isAddrTypeText reports whether s (from brackets) is a type word: "Xã",
// "Xa", "X", "Thị xã", "Huyen", "H", "TP".
func isAddrTypeText(s string) bool {
	var b wordBuf
	f := bytes.Trim(b.fold(s), ". ")
	switch string(f) {
	case "xa", "x", "phuong", "p", "thi tran", "tt", "thi xa", "tx", "huyen", "h", "quan", "q",
		"thanh pho", "tp", "tinh", "t", "dac khu":
		return true
	}
	return false
}

// isEnglishType reports whether f is one of addrEnglishTypes.
func isEnglishType(f string) bool { return slices.Contains(addrEnglishTypes[:], f) }

// addrEnglishTypes are the English type words, folded, that
// cleanAddrSegment moves from the end of a part before it ("Binh Thanh
// District").
var addrEnglishTypes = [...]string{"district", "dist", "province", "prov", "city", "ward", "commune", "town"}

// isAddrLabel reports whether w, folded and without a trailing ':' or
// '.', is one of the labels.
func isAddrLabel(w string, labels ...string) bool {
	var b wordBuf
	f := bytes.TrimRight(b.fold(w), ":.")
	for _, l := range labels {
		if string(f) == l {
			return true
		}
	}
	return false
}

// addrGluedTypeWords are the type words, lower-cased with their tones,
// that forms glue to a name typed in small letters ("Huyệntân biên",
// "Tỉnhbac Ninh", "T.Phốvinh Yên"). With their tones they are no name's
// first syllable.
var addrGluedTypeWords = [...]string{"huyện", "tỉnh", "phường", "quận", "phố", "trấn", "xã"}

func isAddrLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// cutGluedTypeWord returns the type word that opens w, glued to a name
// of two letters or more, and the name; ok is false when w is not so.
func cutGluedTypeWord(w string) (typ, name string, ok bool) {
	// a type word opens with an ASCII letter, which folds
	// (strings.EqualFold) with its other case alone: most words are
	// passed over on it
	if len(w) == 0 || w[0]|0x20-'a' >= 26 {
		return "", "", false
	}
	for _, t := range addrGluedTypeWordsBy[w[0]|0x20-'a'] {
		if len(w) < len(t)+2 {
			continue
		}
		// the second letter first, which EqualFold would decode: an
		// ASCII one of t (u, h, r) folds with its other case alone, and
		// one past ASCII (ỉ, ã) with no ASCII byte
		if c := t[1]; c < utf8.RuneSelf && w[1]|0x20 != c || c >= utf8.RuneSelf && w[1] < utf8.RuneSelf {
			continue
		}
		if head := w[:len(t)]; strings.EqualFold(head, t) && isAddrLetterAt(w, len(t)) {
			rest := w[len(t):]
			if last, _ := utf8.DecodeLastRuneInString(rest); utf8.RuneCountInString(rest) >= 2 && unicode.IsLetter(last) {
				return head, rest, true
			}
		}
	}
	return "", "", false
}

// addrGluedTypeWordsBy are the addrGluedTypeWords by their first letter,
// a to z, each list in their order.
var addrGluedTypeWordsBy = byFirstLetter(slices.Values(addrGluedTypeWords[:]), firstByte)

// byFirstLetter returns the items of seq by their letter (letter of the
// item: a small ASCII letter), a to z, each list in the order of seq,
// for a reader to ask only the items that open with the letter it has.
// An item whose letter is none is left out: TestByFirstLetter holds
// each table made so to every item it should have.
func byFirstLetter[T any](seq iter.Seq[T], letter func(T) byte) (t [26][]T) {
	for x := range seq {
		if c := letter(x) - 'a'; c < 26 {
			t[c] = append(t[c], x)
		}
	}
	return t
}

// firstByte returns the first byte of w, not empty.
func firstByte(w string) byte { return w[0] }

// addrOneSyllable reports whether the letters of w, folded, spell one
// Vietnamese syllable (an onset of the alphabet, a run of vowels the
// language has, a final consonant it has), and whether that syllable is a word
// of a unit's type ("phuong", "quan", "thanh", "pho").
func addrOneSyllable(w string) (one, typeWord bool) {
	var b wordBuf
	f := b.fold(w)
	i := 0
	for i < len(f) && !isFoldedVowel(f[i]) {
		i++
	}
	j := i
	for j < len(f) && isFoldedVowel(f[j]) {
		j++
	}
	if j == i || j-i > 3 {
		return false, false
	}
	nucleus := string(f[i:j])
	switch string(f[:i]) {
	case "", "b", "c", "ch", "d", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
		"p", "ph", "r", "s", "t", "th", "tr", "v", "x":
	case "g":
		if len(nucleus) > 1 && nucleus[0] == 'i' {
			nucleus = nucleus[1:] // "gia", "giường": gi is the onset
		}
	case "q":
		if len(nucleus) < 2 || nucleus[0] != 'u' {
			return false, false
		}
		nucleus = nucleus[1:] // "qua", "quyên": qu is the onset
	default:
		return false, false
	}
	switch nucleus {
	case "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe",
		"oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "oai", "oay", "oeo", "ieu", "uoi", "uou",
		"uya", "uye", "uyu", "yeu":
	default:
		return false, false
	}
	switch string(f[j:]) {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
	default:
		return false, false
	}
	switch string(f) {
	case "phuong", "quan", "huyen", "tinh", "thanh", "pho", "thi", "tran", "xa":
		return true, true
	}
	return true, false
}

func isFoldedVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// capitalsFrom reports whether the capital at byte i of w is followed by
// another ("qUAn") or ends the word ("xÃ").
func capitalsFrom(w string, i int) bool {
	_, size := utf8.DecodeRuneInString(w[i:])
	r, n := utf8.DecodeRuneInString(w[i+size:])
	return n == 0 || isUpperRune(r)
}

// appendSplitGlued appends the word w to dst, cut where a capital follows
// a small letter, or ends a run of capitals before small letters; a digit
// inside a word with tones is dropped. It appends the word alone when
// there is nothing to cut.
func appendSplitGlued(dst []string, w string) []string {
	if !addrGluedMay(addrRunes(), w) {
		return append(dst, w) // most words
	}
	return appendCutGlued(dst, w)
}

// addrGluedMay reports whether appendCutGlued may cut w or drop a
// digit from it: only where a capital follows its first rune, or a
// digit follows a rune outside ASCII. It reads a byte at a time, the
// letters of Vietnamese by their class in runes (addrRunes); a rune
// outside the table says true.
func addrGluedMay(runes *addrRuneTable, w string) bool {
	i := 1          // after the first rune
	marked := false // the rune before is outside ASCII
	if len(w) > 0 && w[0] >= utf8.RuneSelf {
		if _, i = runes.at(w, 0); i == 0 {
			return true
		}
		marked = true
	}
	for i < len(w) {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' && marked {
				return true
			}
			marked = false
			i++
			continue
		}
		e, size := runes.at(w, i)
		if size == 0 || e.cls == addrRuneUpper {
			return true
		}
		marked = true
		i += size
	}
	return false
}

// appendCutGlued is appendSplitGlued's work where addrGluedMay says
// there may be some.
func appendCutGlued(dst []string, w string) []string {
	if rest, ok := strings.CutPrefix(w, "TTr"); ok && rest != "" && (rest[0] == '.' || unicode.IsUpper(rune(rest[0]))) {
		// "TTr.Quỳnh Côi": Thị trấn, not T. and Tr.
		if rest = strings.TrimLeft(rest, "."); rest != "" {
			return appendSplitGlued(append(dst, "TTr."), rest)
		}
	}
	var cuts [8]int
	n := 0
	var prev, prev2 rune
	drop := -1
	// A word that spells one syllable is one word whatever its case: a
	// slip of the shift key ("QuAn", "PhườNG", "BếN") or of caps lock
	// ("tHÀNH", "pHƯỜNG"), not two words glued. A capital after one
	// small letter still cuts when a small letter follows it ("tHà Nội" is
	// "t. Hà Nội"), and two capitals before a small letter only in a type
	// word ("PHường", "QUận"): "THà Nam" may be "T. Hà Nam". Most words
	// have no place to cut, and are not spelt out.
	var one, typeWord, spelt bool
	letters := 0
	for i, r := range w {
		switch {
		case n == len(cuts):
		case isUpperRune(r) && isLowerRune(prev):
			if !spelt {
				one, typeWord = addrOneSyllable(w)
				spelt = true
			}
			if one && (letters >= 2 || capitalsFrom(w, i)) {
				break
			}
			cuts[n] = i
			n++
		case isLowerRune(r) && isUpperRune(prev) && isUpperRune(prev2):
			if !spelt {
				one, typeWord = addrOneSyllable(w)
				spelt = true
			}
			if typeWord {
				break
			}
			// "TPHà": cut before the last capital
			cuts[n] = i - utf8.RuneLen(prev)
			n++
		case r >= '0' && r <= '9' && prev >= utf8.RuneSelf && unicode.IsLetter(prev) && drop < 0:
			if next, _ := utf8.DecodeRuneInString(w[i+1:]); unicode.IsLower(next) {
				drop = i
			}
		}
		prev2, prev = prev, r
		letters++
	}
	if n == 0 && drop < 0 {
		return append(dst, w)
	}
	if drop >= 0 {
		w = w[:drop] + w[drop+1:]
		for k := range n {
			if cuts[k] > drop {
				cuts[k]--
			}
		}
	}
	first := len(dst)
	at := 0
	for _, c := range cuts[:n] {
		if c > at {
			dst = append(dst, w[at:c])
		}
		at = c
	}
	dst = append(dst, w[at:])
	// A capital cut off alone before a name is an abbreviation: "TBình"
	// is "T. Bình", "P.LáiThiêu" already has its dot.
	if parts := dst[first:]; len(parts) > 1 && len(parts[0]) == 1 && parts[0][0] >= 'A' && parts[0][0] <= 'Z' {
		parts[0] += "."
	}
	return dst
}

// dropPhones removes phone numbers (9 to 12 digits in groups, starting
// with 0 or +84) and the label and dash before them.
func dropPhones(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); {
		j, digits := i, 0
		for j < len(words) && isPhoneGroup(words[j]) {
			digits += countDigits(words[j])
			j++
		}
		if j > i && digits >= 9 && digits <= 12 && isPhoneStart(strings.TrimLeft(words[i], "(")) {
			for len(out) > 0 && (out[len(out)-1] == "-" || isAddrLabel(out[len(out)-1],
				"dt", "sdt", "dtdd", "dd", "tel", "phone", "mobile", "hotline", "lh", "lien he")) {
				out = out[:len(out)-1]
			}
			i = j
			continue
		}
		out = append(out, words[i])
		i++
	}
	return out
}

// isPhoneStart reports whether w opens like a phone number: 0, +84, 84.
func isPhoneStart(w string) bool {
	return strings.HasPrefix(w, "0") || strings.HasPrefix(w, "+84") || strings.HasPrefix(w, "84")
}

func isPhoneGroup(w string) bool {
	if w == "" {
		return false
	}
	d := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			d++
		case c == '.' || c == '-' || c == '+' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return d > 0
}

func countDigits(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			n++
		}
	}
	return n
}

// dropLandmark cuts the part at a landmark: "gần", "cạnh", "đối diện"
// written with their tones, or any of "gan", "canh", "sau", "truoc", "ke",
// "ben canh", "doi dien" followed by a place people point to ("chợ",
// "trường", "cây xăng"). In a part that is the whole text (alone), no
// comma ends the landmark: it ends at the next unit's type word, and the
// words from there are kept ("12 Lê Lợi gần chợ Bến Thành quận 1 tp hcm"
// keeps "quận 1 tp hcm").
func dropLandmark(words []string, alone bool) []string {
	var b, b2, b3 wordBuf
	// the first word is no landmark's, which cuts the words before it
	for i := 1; i < len(words); i++ {
		w := words[i]
		if w != "" && w[0] < utf8.RuneSelf && !addrLandmarkLead[w[0]] {
			// the fold of a word opens with its first byte lower-cased
			// when that is an ASCII letter (TestAddrLandmarkLead), and
			// fold no letter but those opens a landmark's word
			continue
		}
		// a word whose lower case is "gần", "cạnh" or "đối" folds to
		// "gan", "canh" or "doi": only those are lower-cased
		f := b3.fold(w)
		cut := false
		switch string(f) {
		case "gan", "canh", "doi":
			lw := b.lower(w)
			cut = string(lw) == "gần" || string(lw) == "cạnh" || string(lw) == "đối" && i+1 < len(words) && string(b2.lower(words[i+1])) == "diện"
		}
		if !cut {
			switch string(f) {
			case "gan", "canh", "sau", "truoc", "ke", "doi", "ben":
				cut = i+1 < len(words) && isLandmarkNoun(words[i+1:])
			}
		}
		if !cut {
			continue
		}
		if alone {
			// the landmark's own words are two at least: "gần chợ"
			for j := i + 2; j < len(words); j++ {
				if opensAddrUnitType(words[j:]) {
					return append(words[:i], words[j:]...)
				}
			}
		}
		return words[:i]
	}
	return words
}

// opensAddrUnitType reports whether words open with the type word of a
// district, commune or province as people write it before the name:
// "quận", "Huyện", "P.", "Q1", "TP.HCM", "thị xã", "Thành phố", with its
// tones or none ("quán", a shop, is not "quận"), but not a letter alone
// ("Q Bình Thạnh" may be a name cut short), which a landmark's name
// seldom holds.
func opensAddrUnitType(words []string) bool {
	var b wordBuf
	f := b.fold(words[0])
	// a letter or two with a dot or a number glued after: "Q.1", "P5",
	// "TP.HCM", "tx.Phú Mỹ"
	if n := bytes.IndexFunc(f, func(r rune) bool { return r == '.' || r >= '0' && r <= '9' }); n > 0 && n <= 2 {
		return isAddrTypeText(string(f[:n]))
	}
	var typ string
	switch string(f) {
	case "tp", "tx", "tt", "tphcm":
		return true
	case "phuong", "xa", "quan", "huyen", "tinh", "thanhpho", "thixa", "thitran":
		typ = string(f)
	default:
		// "thành phố", "thị xã", "đặc khu"
		if !isAddrTypeFirstOfTwo(string(f)) || len(words) < 2 {
			return false
		}
		var b2 wordBuf
		typ = string(f) + " " + string(b2.fold(words[1]))
		if !isAddrTypeText(typ) {
			return false
		}
	}
	// written with the type word's tones, word by word as the resolver
	// reads them (addrTypeWordTone; "khu" has none), or with none
	written := words[:strings.Count(typ, " ")+1]
	if !slices.ContainsFunc(written, hasMarks) {
		return true
	}
	for _, w := range written {
		var folded string
		folded, typ, _ = strings.Cut(typ, " ")
		toned, ok := addrTypeWordTone(folded)
		if !ok {
			toned = folded
		}
		if !typeWordCase(w, toned) {
			return false
		}
	}
	return true
}

// addrLandmarkLead is, for each ASCII byte, whether dropLandmark folds
// a word opening with it: anything but a letter, and the letters that
// open the words of a landmark, of either case.
var addrLandmarkLead = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = !isASCIILetter(byte(c))
	}
	for _, w := range addrLandmarkWords {
		t[w[0]], t[w[0]-'a'+'A'] = true, true
	}
	return t
}()

// addrLandmarkWords are the folds of the words that open a landmark
// (dropLandmark).
var addrLandmarkWords = [...]string{"gan", "canh", "sau", "truoc", "ke", "doi", "ben"}

func isLandmarkNoun(rest []string) bool {
	var b wordBuf
	w := rest[0]
	f := b.fold(w)
	if string(f) == "dien" || string(f) == "canh" { // "đối diện chợ", "bên cạnh trường"
		if len(rest) < 2 {
			return false
		}
		w = rest[1]
		f = b.fold(w)
	}
	switch string(f) {
	case "cho", "truong", "cay", "nha", "tiem", "nga", "cau", "ben", "ubnd", "uy", "benh", "cong", "sieu",
		"chua", "dinh", "buu", "cua", "khu", "tram", "san", "ngan", "cang":
		return true
	case "quan":
		// "quán", a shop, only with its tone: "quan" is quận as often
		// ("12 vo thi sau quan 3 tp hcm", Võ Thị Sáu street)
		return string(b.lower(w)) == "quán"
	}
	return false
}

// Text typed with the keyboard's Vietnamese mode off keeps its marks as
// letters (Telex: "Phuwowngf Beens Nghes, Quaanj 1") or digits (VNI:
// "Phuong72 Ben61 Nghe1"); vietnam.InputMethod reads such words back.
// One word proves little ("Max" is the Telex "Mã"), so a text is read as
// typed only when it has no mark at all and two such words or more, one
// of them with a vowel mark or đ, not only a tone ("Kar" of Ea Kar reads
// as Kả).

// isTelexText reports whether s reads as typed in Telex.
func isTelexText(s string) bool {
	return telexMarkMay(s) && typedUnmarked(s, isASCIILetter, telexWord)
}

// isVNIText reports whether s reads as typed in VNI: "P12", "Q10" or
// "KP3" have no vowel before their digits and are not VNI.
func isVNIText(s string) bool {
	return vniMarkMay(s) && typedUnmarked(s, isVNIByte, vniWord)
}

func telexWord(w string) (typed, marks bool) { return typedWord(vietnam.InputTelex, w) }
func vniWord(w string) (typed, marks bool)   { return typedWord(vietnam.InputVNI, w) }
func isVNIByte(c byte) bool                  { return isASCIILetter(c) || c >= '0' && c <= '9' }

// Most text is neither Telex nor VNI, and has none of the keys that type
// a vowel mark or đ in them, without which typedUnmarked, which decodes
// every word, says false: telexMarkMay and vniMarkMay look for those
// keys first. TestTypedMarkMay holds them to typedWord on every short
// word.

// telexMarkMay reports whether s has what Telex types a vowel mark or đ
// with (vietnam.InputTelex): a w, or a, e, o or d twice, of either case.
func telexMarkMay(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i] | 0x20; c {
		case 'w':
			return true
		case 'a', 'e', 'o', 'd':
			if i+1 < len(s) && s[i+1]|0x20 == c {
				return true
			}
		}
	}
	return false
}

// vniMarkMay reports whether s has what VNI types a vowel mark or đ with
// (vietnam.InputVNI): a digit 6 to 9 in a word of ASCII letters and
// digits (isVNIByte) that opens with a letter.
func vniMarkMay(s string) bool {
	in, letterFirst := false, false // in such a word; it opened with a letter
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isASCIILetter(c):
			letterFirst = letterFirst || !in
			in = true
		case c >= '0' && c <= '9':
			letterFirst = letterFirst && in
			if c >= '6' && letterFirst {
				return true
			}
			in = true
		default:
			in, letterFirst = false, false
		}
	}
	return false
}

// typedUnmarked reports whether s, written without any mark, has two words
// or more (runs of bytes that inWord accepts) that word reads as typed with
// the keyboard's Vietnamese mode off, one of them typing a mark.
func typedUnmarked(s string, inWord func(byte) bool, word func(string) (typed, marks bool)) bool {
	n, marks := 0, false
	for i := 0; i < len(s); {
		if s[i] >= utf8.RuneSelf {
			return false // marks typed: the keyboard was on
		}
		j := i
		for j < len(s) && inWord(s[j]) {
			j++
		}
		if j > i {
			if t, m := word(s[i:j]); t {
				n++
				marks = marks || m
			}
			i = j
		} else {
			i++
		}
	}
	return n >= 2 && marks
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// typedWord reports whether w reads as typed with m, and whether it types
// a vowel mark or đ. English words of addresses ("Town" would be Tơn)
// are not read as typed.
func typedWord(m vietnam.InputMethod, w string) (typed, marks bool) {
	if isEnglishAddrWord(w) {
		return false, false
	}
	d, ok := m.DecodeWord(w)
	if !ok {
		return false, false
	}
	for _, r := range d {
		if b, _ := vietnam.SplitTone(r); b >= utf8.RuneSelf {
			return true, true
		}
	}
	return true, false
}

// isEnglishAddrWord reports the English words of addresses that happen to
// read as Telex syllables.
func isEnglishAddrWord(w string) bool {
	if len(w) > 8 {
		return false
	}
	var lw [8]byte
	for i := 0; i < len(w); i++ {
		lw[i] = w[i] | 0x20
	}
	switch string(lw[:len(w)]) {
	case "ward", "town", "street", "road", "commune", "district", "province", "city", "hwy", "new", "west", "view", "tower":
		return true
	}
	return false
}

// untype converts one word of a text typed with m; a word that does not
// read as typed is returned as it is.
func untype(m vietnam.InputMethod, w string) string {
	if isEnglishAddrWord(w) {
		return w
	}
	d, _ := m.DecodeWord(w)
	return d
}
