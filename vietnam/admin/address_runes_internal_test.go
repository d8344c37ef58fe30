package admin

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestAddrRunes: the fast answers agree with unicode on every rune.
func TestAddrRunes(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isUpperRune(r) != unicode.IsUpper(r) || isLowerRune(r) != unicode.IsLower(r) ||
			isLetterRune(r) != unicode.IsLetter(r) || isAddrWordRune(r) != (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) ||
			lowerAddrRune(r) != unicode.ToLower(r) {
			t.Fatalf("%U: upper %v lower %v letter %v to lower %U, unicode says %v %v %v %U", r, isUpperRune(r), isLowerRune(r), isLetterRune(r),
				lowerAddrRune(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r), unicode.ToLower(r))
		}
	}
}

// TestLowerAddrLead: where unicode lower-cases a rune past ASCII to a
// letter that may open a word of addrCleanWords (a to z, đ), so does
// lowerAddrLead, and it gives no such letter where unicode does not.
func TestLowerAddrLead(t *testing.T) {
	opens := func(r rune) bool { return 'a' <= r && r <= 'z' || r == 'đ' }
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		got, want := lowerAddrLead(r), unicode.ToLower(r)
		if (opens(got) || opens(want)) && got != want {
			t.Fatalf("%U: lowerAddrLead %U, unicode.ToLower %U", r, got, want)
		}
	}
}

// TestNeedsAddrClean: the words that send text to cleaning are found
// whatever their case, a glued type word only before a letter.
func TestNeedsAddrClean(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Phường Bến Nghé, Quận 1, TP HCM", false},
		{"Huyện Đô Lương, Nghệ An", false},
		{"huyệnđô lương, nghệ an", true},
		{"HUYỆNĐÔ LƯƠNG, NGHỆ AN", true},
		{"xã Tân Tiến, tỉnh", false},
		{"xã Tân Tiến, tỉnhbắc giang", true},
		{"TỈNHBẮC GIANG", true},
		{"Số 5 Lê Lợi ĐỐI DIỆN CHỢ", true},
		{"So 5 Le Loi doi dien cho", true},
		{"Ben Thanh Ward, Ho Chi Minh City", true},
		{"BEN THANH WARD", true},
		{"Số 5, sau chợ", true},
		{"Phường 5, Quận Sau", false},
		{"Lái Thiêu (cũ)", true},
		{"P.LáiThiêu", true},
		{"TPHà Nội", true},
		{"0909 123 456", true},
	} {
		assert.Equal(t, tt.want, needsAddrClean(tt.in), tt.in)
	}
}

// refNeedsAddrClean is needsAddrClean read rune by rune with the
// functions addrRunes stands for, and every word of addrCleanWords
// looked for wherever a rune may open one: the plain reading that
// needsAddrClean's shortcuts must agree with.
func refNeedsAddrClean(s string) bool {
	digits := 0
	var prev rune
	var cls, prevCls, prev2Cls int8
	var seen uint8
	for i, r := range s {
		cls = addrRuneCase(r)
		switch {
		case r == '(' || r == '[' || r == '@':
			return true
		case r >= '0' && r <= '9':
			digits++
			if digits >= 9 || prev >= utf8.RuneSelf && unicode.IsLetter(prev) {
				return true
			}
		case cls == addrRuneUpper && prevCls == addrRuneLower,
			prev2Cls == addrRuneUpper && prevCls == addrRuneUpper && cls == addrRuneLower:
			return true
		}
		lr := unicode.ToLower(r)
		if r >= utf8.RuneSelf {
			lr = lowerAddrLead(r)
		}
		if ('a' <= lr && lr <= 'z' || lr == 'đ') && refAddrCleanWordAt(s, i, lr, &seen) {
			return true
		}
		prev2Cls, prevCls, prev = prevCls, cls, r
	}
	return false
}

// refAddrCleanWordAt is addrCleanWordAt with every word of lr's compared
// whole (lowerPrefixAt), none rejected on its second rune.
func refAddrCleanWordAt(s string, i int, lr rune, seen *uint8) bool {
	ws := addrCleanDWords[:]
	if lr != 'đ' {
		ws = addrCleanWords[lr-'a']
	}
	for _, w := range ws {
		if w.glued >= 0 && *seen&(1<<w.glued) != 0 {
			continue
		}
		if end, ok := lowerPrefixAt(s, i, w.w); ok && w.counts(s, end, seen) {
			return true
		}
	}
	return false
}

// FuzzNeedsAddrClean checks needsAddrClean against refNeedsAddrClean.
func FuzzNeedsAddrClean(f *testing.F) {
	for _, s := range []string{"Phường Bến Nghé, Quận 1", "HUYỆNĐÔ LƯƠNG", "huyện Đô, huyệnđô", "Số 5 ĐỐI DIỆN chợ", "Ward 5",
		"Nam Đị8nh", "TPHà Nội", "xÃ", "K1", "İ", "ẞ", "0903123456", "cİty", "Kế ", "ĐỐI DIỆN", "đối diện"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := needsAddrClean(s), refNeedsAddrClean(s); got != want {
			t.Fatalf("needsAddrClean(%q) = %v, reading rune by rune gives %v", s, got, want)
		}
	})
}

// TestNeedsAddrCleanPairs: addrCleanNext.may, which rejects a rune that
// may open a word of addrCleanWords by the rune after it, rejects no place
// where refNeedsAddrClean finds a word: every rune that lower-cases to a
// word's first, before every ASCII rune and rune of addrRunes, before the
// rest of every word, with and without a letter after it.
func TestNeedsAddrCleanPairs(t *testing.T) {
	leads := []rune{'Đ', 'đ', 'İ', 'K'} // K: the Kelvin sign
	for c := 'a'; c <= 'z'; c++ {
		leads = append(leads, c, c-'a'+'A')
	}
	seconds := []rune{0x1C0, 0x0301, 0x212A, utf8.RuneError}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		seconds = append(seconds, r)
	}
	for _, span := range [...][2]rune{{0xC0, 0x1BF}, {0x1E80, 0x1EFF}} {
		for r := span[0]; r <= span[1]; r++ {
			seconds = append(seconds, r)
		}
	}
	tails := map[string]bool{"": true}
	for _, ws := range append(addrCleanWords[:], addrCleanDWords[:]) {
		for _, w := range ws {
			_, n1 := utf8.DecodeRuneInString(w.w)
			_, n2 := utf8.DecodeRuneInString(w.w[n1:])
			tails[w.w[n1+n2:]], tails[w.w[n1+n2:]+"a"] = true, true
		}
	}
	for _, l := range leads {
		for _, r := range seconds {
			for tail := range tails {
				s := string(l) + string(r) + tail
				if got, want := needsAddrClean(s), refNeedsAddrClean(s); got != want {
					t.Fatalf("needsAddrClean(%q) = %v, reading rune by rune gives %v", s, got, want)
				}
			}
		}
	}
}
