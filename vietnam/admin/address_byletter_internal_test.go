package admin

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// checkByFirstLetter fails t unless table has, under each letter a to
// z, the items of all with that letter, in their order, and every item
// of all: byFirstLetter leaves out an item whose letter is none.
func checkByFirstLetter[T comparable](t *testing.T, name string, all []T, letter func(T) byte, table [26][]T) {
	t.Helper()
	n := 0
	for c := range byte(26) {
		var want []T
		for _, x := range all {
			if letter(x) == 'a'+c {
				want = append(want, x)
			}
		}
		if !slices.Equal(table[c], want) {
			t.Errorf("%s[%c] = %v, want %v", name, 'a'+c, table[c], want)
		}
		n += len(table[c])
	}
	if n != len(all) {
		t.Errorf("%s has %d items, want %d: an item's letter is no small ASCII letter", name, n, len(all))
	}
}

// TestByFirstLetter holds the tables byFirstLetter makes to the lists
// they are made of.
func TestByFirstLetter(t *testing.T) {
	checkByFirstLetter(t, "addrGluedTypeWordsBy", addrGluedTypeWords[:], firstByte, addrGluedTypeWordsBy)
	checkByFirstLetter(t, "addrNicknamesByFirst", slices.Collect(addrNicknameAliases), firstByte, addrNicknamesByFirst)
	got := byFirstLetter(slices.Values([]string{"b", "A", "ab", "é", "a", "1"}), firstByte)
	want := [26][]string{0: {"ab", "a"}, 1: {"b"}} // a, b
	for c := range got {
		if !slices.Equal(got[c], want[c]) {
			t.Errorf("byFirstLetter(b A ab é a 1)[%c] = %q, want %q", 'a'+c, got[c], want[c])
		}
	}
}

// TestAddrCleanPairs holds addrCleanPairs to the words of addrCleanWords
// whose second byte is ASCII, each under its first letter and second,
// and every word's second to be a small letter where it is ASCII:
// addrCleanWordAt reads the words of a pair where the text's second is
// an ASCII letter, and the words of a second outside ASCII rune by rune.
func TestAddrCleanPairs(t *testing.T) {
	for k, ws := range addrCleanWords {
		var ascii []addrCleanWord
		for _, w := range ws {
			if c := w.second(); c < utf8.RuneSelf {
				if c-'a' >= 26 {
					t.Errorf("addrCleanWords[%c]: %q has an ASCII second that is no small letter", 'a'+k, w.w)
				}
				if len(w.w) < 3 {
					t.Errorf("addrCleanWords[%c]: %q has no third byte for addrThirdAt", 'a'+k, w.w)
				}
				ascii = append(ascii, w)
			}
		}
		checkByFirstLetter(t, "addrCleanPairs["+string(rune('a'+k))+"]", ascii, addrCleanWord.second, addrCleanPairs[k])
	}
}
