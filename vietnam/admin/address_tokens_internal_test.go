package admin

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// refAddrTokens cuts s into tokens rune by rune and folds each word
// whole with appendFoldWord: the slow, plain reading that
// appendAddrTokensTo's shortcuts (keys written as the text is read,
// addrRunes) must agree with.
func refAddrTokens(s string) []addrToken {
	var toks []addrToken
	start, seg := -1, 0
	digits, marked, glued := false, false, false
	flush := func(end int) {
		if start < 0 {
			return
		}
		if key := string(appendFoldWord(nil, s[start:end])); key != "" {
			toks = append(toks, addrToken{start: start, end: end, key: key, seg: seg,
				dot: end < len(s) && s[end] == '.', glued: glued, num: digits, marked: marked})
		}
		start, glued = -1, false
	}
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if start >= 0 && !digits {
				flush(i)
				glued = true
			}
			if start < 0 {
				start, digits, marked = i, true, false
			}
		case isAddrWordRune(r):
			if start >= 0 && digits {
				flush(i)
				glued = true
			}
			if start < 0 {
				start, digits, marked = i, false, false
			}
			marked = marked || r >= utf8.RuneSelf
		case isAddrApostrophe(r) && start >= 0 && !digits:
		default:
			flush(i)
			if r == ',' || r == ';' || r == '|' || r == '\n' {
				seg++
			}
		}
	}
	flush(len(s))
	return toks
}

// checkAddrTokens fails t when appendAddrTokensTo and refAddrTokens read
// s differently.
func checkAddrTokens(t *testing.T, s string) {
	t.Helper()
	want := refAddrTokens(s)
	// keys of their own, and views made as each token is flushed, with
	// room for the keys and without, tokens before and a key buffer
	// written before
	for _, tt := range []struct {
		toks []addrToken
		keys []byte
		view bool
	}{
		{nil, nil, false},
		{nil, nil, true},
		{[]addrToken{{key: "x"}}, []byte("stale"), true},
		{nil, make([]byte, 0, 1), true},
	} {
		got, _ := appendAddrTokensTo(slices.Clone(tt.toks), slices.Clone(tt.keys), s, tt.view)
		if got = got[len(tt.toks):]; len(got) == 0 {
			got = nil
		}
		for i := range got {
			got[i].keyAt = [2]int32{}
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(addrToken{})); diff != "" {
			t.Fatalf("tokens of %q, view %v (-want +got):\n%s", s, tt.view, diff)
		}
	}
}

// TestAddrTokensAgree: every rune of addrRunes, and the runes around
// them, read in a word, alone, after a number and glued to a capital
// give the keys that folding the words whole gives.
func TestAddrTokensAgree(t *testing.T) {
	var runes []rune
	for r := rune(0x80); r < 0x250; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 'ʼ', '’', '\u0301', '\u0300', 'ſ', 'K', 'Д', 'ά', '张', '가', '²', '٣', '\u00a0', '\ufffd')
	for _, r := range runes {
		for _, f := range []string{"%c", "Thô%cn", "H'L%ceo", "12%cA", "P%c8", "%c%c%c", "a%c\u0301b", "x'%c, %cy", "Ky%c", "k%cy ky"} {
			checkAddrTokens(t, strings.ReplaceAll(f, "%c", string(r)))
		}
		// cut short: at the end, and before a letter or a byte inside a
		// rune (the tokenizer reads the runes of addrRunes by their bytes)
		for w, k := string(r), 1; k < len(string(r)); k++ {
			for _, s := range []string{"Thô" + w[:k], "Thô" + w[:k] + "n", "Thô" + w[:k] + "\x80n", w[:k] + w} {
				checkAddrTokens(t, s)
			}
		}
	}
	for _, s := range []string{
		"Phường Lái Thiêu, TP. Thuận An, Bình Dương", "42/4/6 Trương Quốc Dung, F. 010, Q. Phú Nhuận", "P8Q10", "000 0 00",
		"Phu\u031bo\u031b\u0300ng 1", "H'Bông, K`Dang", "Kỳ Anh, Quý, QUY, Mỹ", "\xff\xfeP1", "Ea Kar|Krông Pắc;Đắk Lắk\nVN",
	} {
		checkAddrTokens(t, s)
	}
}

// FuzzAddrTokens checks appendAddrTokensTo against refAddrTokens.
func FuzzAddrTokens(f *testing.F) {
	for _, s := range []string{"Phường Lái Thiêu, TP. Thuận An", "P8Q10 H'Leo", "Kỳ Ɓ ǅ ẞ", "a\u0301\u0323", "\xe1\xba"} {
		f.Add(s)
	}
	f.Fuzz(checkAddrTokens)
}

// FuzzHasAddrLineBreak checks hasAddrLineBreak against
// strings.ContainsAny of the breaks addrLinesAsParts reads.
func FuzzHasAddrLineBreak(f *testing.F) {
	for _, s := range []string{"Phường 1\nQuận 3", "a\u2028b", "a\u2029b", "a\u2027b", "a\u202ab", "\xe2\x80", "x\vy\f", "Thôn 3–Xã Hòa An", "\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasAddrLineBreak(s), strings.ContainsAny(s, "\n\r\u2028\u2029\v\f"); got != want {
			t.Fatalf("hasAddrLineBreak(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestAddrTokenEnds holds what addrSpanText knows of a token: its text
// opens and ends with no space nor separator of parts (" ,;|"), in every
// address of the labelled set as tokenizeAddress reads it and in text
// that puts them around apostrophes and marks.
func TestAddrTokenEnds(t *testing.T) {
	ins := append(labelledAddresses(t), "H' , 'Leo ;K`|`Dang", "a\u0301 , \u0301b", "12' ,'3", "’Ea’ ,’Kar’|")
	var sc addrScratch
	for _, in := range ins {
		toks, norm, err := sc.tokenizeAddress(in)
		if err != nil {
			continue
		}
		for _, tok := range toks {
			for _, c := range []byte{norm[tok.start], norm[tok.end-1]} {
				if strings.IndexByte(" ,;|", c) >= 0 {
					t.Fatalf("%q: token %q of %q opens or ends with %q", in, norm[tok.start:tok.end], norm, c)
				}
			}
		}
	}
}
