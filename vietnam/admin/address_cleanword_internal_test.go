package admin

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// addrCleanWordAtRef is addrCleanWordAt as it was before it read the
// words of a pair (addrCleanPairs) and lowerPrefixAt compared bytes
// first: every word of the lead, its second rune compared, then the
// word rune by rune (lowerPrefixAtRef).
func addrCleanWordAtRef(s string, i int, lr rune, seen *uint8) bool {
	ws, w1 := addrCleanDWords[:], len("đ")
	if lr != 'đ' {
		if g := addrCleanGluedOnly[lr-'a']; g != 0 && *seen&g == g {
			return false
		}
		ws, w1 = addrCleanWords[lr-'a'], 1
	}
	j := i + 1
	if s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRuneInString(s[i:])
		j = i + size
	}
	if len(ws) == 0 || j >= len(s) {
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
			continue
		}
		if c := w.w[w1]; c < utf8.RuneSelf {
			if rune(c) != second {
				continue
			}
		} else if r, _ := utf8.DecodeRuneInString(w.w[w1:]); r != second {
			continue
		}
		if end, ok := lowerPrefixAtRef(s, i, w.w); ok {
			if w.glued < 0 {
				return true
			}
			*seen |= 1 << w.glued
			if end < len(s) {
				r, _ := utf8.DecodeRuneInString(s[end:])
				if unicode.IsLetter(unicode.ToLower(r)) {
					return true
				}
			}
		}
	}
	return false
}

// lowerPrefixAtRef is lowerPrefixAt read rune by rune from the start.
func lowerPrefixAtRef(s string, i int, w string) (end int, ok bool) {
	return lowerRunesPrefixAt(s, i, w, 0)
}

// checkAddrCleanWordAt fails t where addrCleanWordAt and
// addrCleanWordAtRef differ on s, asked at each rune that may open a
// word of addrCleanWords as the scan asks (seen carried along), or
// where lowerPrefixAt and lowerPrefixAtRef differ there for a word
// (but at an ASCII byte that is not the word's first letter, in either
// case: there both say no at once).
func checkAddrCleanWordAt(t *testing.T, s string) {
	t.Helper()
	var seen, seenRef uint8
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		lead := lowerAddrLead(r)
		if r < utf8.RuneSelf {
			lead = unicode.ToLower(r)
		}
		if 'a' <= lead && lead <= 'z' || lead == 'đ' {
			got, want := addrCleanWordAt(s, i, lead, &seen), addrCleanWordAtRef(s, i, lead, &seenRef)
			if got != want || seen != seenRef {
				t.Fatalf("addrCleanWordAt(%q, %d, %q) = %v, seen %08b; want %v, seen %08b", s, i, lead, got, seen, want, seenRef)
			}
		}
		for _, w := range addrCleanTestWords() {
			if s[i] < utf8.RuneSelf && s[i]|0x20 != w[0] {
				continue // an ASCII byte that does not open w, either case
			}
			end, ok := lowerPrefixAt(s, i, w)
			endRef, okRef := lowerPrefixAtRef(s, i, w)
			if end != endRef || ok != okRef {
				t.Fatalf("lowerPrefixAt(%q, %d, %q) = %d, %v; want %d, %v", s, i, w, end, ok, endRef, okRef)
			}
		}
		i += size
	}
}

// addrCleanTestWords are the words of addrCleanWords and
// addrCleanDWords.
var addrCleanTestWords = sync.OnceValue(func() []string {
	words := []string{}
	for _, ws := range addrCleanWords {
		for _, w := range ws {
			words = append(words, w.w)
		}
	}
	for _, w := range addrCleanDWords {
		words = append(words, w.w)
	}
	return words
})

// TestAddrCleanWordAtRef holds addrCleanWordAt and lowerPrefixAt to
// their rune by rune readings: on every address of the labelled set as
// written, without tones, in capitals and small letters, and on every
// word of addrCleanWords, cut short, in each case, glued to each rune of
// addrRunes and ASCII and before them.
func TestAddrCleanWordAtRef(t *testing.T) {
	for _, in := range labelledAddresses(t) {
		for _, v := range []string{in, vietnam.Fold(in), strings.ToUpper(in), strings.ToLower(in)} {
			checkAddrCleanWordAt(t, v)
		}
	}
	var rs []string
	for r := rune(0x20); r < utf8.RuneSelf; r++ {
		rs = append(rs, string(r))
	}
	for r := rune(0xC0); r < 0x250; r++ {
		rs = append(rs, string(r))
	}
	for r := rune(0x1E80); r < 0x1F00; r++ {
		rs = append(rs, string(r))
	}
	rs = append(rs, "\u212a", "\u0130", "\u0301", "\xff", "\xe1\xba")
	for _, w := range addrCleanTestWords() {
		first, size := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, strings.ToUpper(w), string(unicode.ToUpper(first)) + w[size:], strings.ToUpper(w[:len(w)-1]) + w[len(w)-1:]} {
			for k := 1; k <= len(v); k++ {
				for _, r := range rs {
					checkAddrCleanWordAt(t, v[:k]+r)
					checkAddrCleanWordAt(t, r+v[:k]+r+v)
				}
			}
		}
	}
}

// FuzzAddrCleanWordAt holds addrCleanWordAt and lowerPrefixAt to their
// rune by rune readings on any text.
func FuzzAddrCleanWordAt(f *testing.F) {
	for _, s := range []string{"Phường Lái Thiêu", "PHƯỜNGabc", "HuyệnĐô", "gần chợ", "ĐỐI DIỆN", "xÃ", "\u212aế ", "Huyen Tỉnhbac", "phố"} {
		f.Add(s)
	}
	f.Fuzz(checkAddrCleanWordAt)
}

// cutGluedTypeWordRef is cutGluedTypeWord as it was before it read the
// type words by their first letter (addrGluedTypeWordsBy): each in
// turn.
func cutGluedTypeWordRef(w string) (typ, name string, ok bool) {
	for _, t := range addrGluedTypeWords {
		if len(w) < len(t)+2 || w[0]|0x20 != t[0] {
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

// checkCutGluedTypeWord fails t where cutGluedTypeWord and
// cutGluedTypeWordRef differ on w.
func checkCutGluedTypeWord(t *testing.T, w string) {
	t.Helper()
	typ, name, ok := cutGluedTypeWord(w)
	rtyp, rname, rok := cutGluedTypeWordRef(w)
	if typ != rtyp || name != rname || ok != rok {
		t.Fatalf("cutGluedTypeWord(%q) = %q, %q, %v; want %q, %q, %v", w, typ, name, ok, rtyp, rname, rok)
	}
}

// TestCutGluedTypeWordRef holds cutGluedTypeWord to the type words read
// in turn: every word of the labelled set as written, without tones and
// in capitals, and each type word in each case, cut short, with each rune
// of the first planes before it, after it and glued to a name.
func TestCutGluedTypeWordRef(t *testing.T) {
	for _, in := range labelledAddresses(t) {
		for _, v := range []string{in, vietnam.Fold(in), strings.ToUpper(in)} {
			for _, w := range strings.Fields(v) {
				checkCutGluedTypeWord(t, w)
			}
		}
	}
	checkCutGluedTypeWord(t, "")
	for _, typ := range addrGluedTypeWords {
		for _, v := range []string{typ, strings.ToUpper(typ), strings.ToUpper(typ[:1]) + typ[1:]} {
			for k := 0; k <= len(v); k++ {
				for r := rune(0); r < 0x3100; r++ {
					checkCutGluedTypeWord(t, v[:k]+string(r))
					checkCutGluedTypeWord(t, v[:k]+string(r)+"b")
					checkCutGluedTypeWord(t, string(r)+v[1:]+"ab")
				}
			}
		}
	}
}

// FuzzCutGluedTypeWord holds cutGluedTypeWord to the type words read in
// turn on any word.
func FuzzCutGluedTypeWord(f *testing.F) {
	for _, s := range []string{"Huyệnđô", "TỈNHbac", "xãtinh", "Phốvinh", "TRẤNa", "phường"} {
		f.Add(s)
	}
	f.Fuzz(checkCutGluedTypeWord)
}

// TestLowerAddrRuneSmall: every rune of addrRunes that is no capital is
// its own small letter, as lowerPrefixAt takes it.
func TestLowerAddrRuneSmall(t *testing.T) {
	for _, span := range [...][2]rune{{0xC0, 0x1BF}, {0x1E80, 0x1EFF}} {
		for r := span[0]; r <= span[1]; r++ {
			s := string(r)
			x, n := addrRuneIndex(s, 0)
			if n == 0 {
				t.Fatalf("%U: not in addrRunes", r)
			}
			if addrRunes()[x].cls != addrRuneUpper && lowerAddrRune(r) != r {
				t.Errorf("%U %c: no capital in addrRunes, lower-cased %c", r, r, lowerAddrRune(r))
			}
		}
	}
}
