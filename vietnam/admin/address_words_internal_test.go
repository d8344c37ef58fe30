package admin

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

// isAddrProvinceNicknameSlow is isAddrProvinceNickname without
// addrNicknameFirsts: every nickname compared.
func isAddrProvinceNicknameSlow(toks []addrToken, i int) bool {
	j := i
	for j < len(toks) && toks[j].seg == toks[i].seg {
		j++
	}
	for _, n := range addrProvinceNicknames {
		for _, a := range n.alias {
			if addrTokensSpell(toks, i, j, a) {
				return true
			}
		}
	}
	return false
}

// addrUnitWordAtSlow is addrUnitWordAt with a walk of addrUnitWords
// rather than addrUnitWordsOf, and strings.EqualFold for the tones.
func addrUnitWordAtSlow(norm string, toks []addrToken, i int) (addrUnitWord, bool) {
	if i < 0 || i >= len(toks) {
		return addrUnitWord{}, false
	}
	for _, uw := range addrUnitWords {
		n := len(uw.words)
		if !tokensAre(toks, i, uw.words...) {
			continue
		}
		toned := true
		for x := i; x < i+n; x++ {
			if t := toks[x]; t.marked {
				w, ok := addrTypeWordTone(t.key)
				toned = toned && ok && strings.EqualFold(norm[t.start:t.end], w)
			}
		}
		if toned && addrUnitWordStands(toks, i, &uw) {
			return uw, true
		}
	}
	return addrUnitWord{}, false
}

// checkAddrWords holds isAddrProvinceNickname and addrUnitWordAt to
// their slow references at every token of s.
func checkAddrWords(t *testing.T, s string) {
	t.Helper()
	toks := appendAddrTokens(nil, s)
	for i := range toks {
		if got, want := isAddrProvinceNickname(toks, i), isAddrProvinceNicknameSlow(toks, i); got != want {
			t.Errorf("%q token %d: isAddrProvinceNickname %v, want %v", s, i, got, want)
		}
		got, gotOK := addrUnitWordAt(s, toks, i)
		want, wantOK := addrUnitWordAtSlow(s, toks, i)
		if gotOK != wantOK || strings.Join(got.words, " ") != strings.Join(want.words, " ") || got.kinds != want.kinds {
			t.Errorf("%q token %d: addrUnitWordAt %v %v, want %v %v", s, i, got, gotOK, want, wantOK)
		}
	}
}

// TestAddrWordsAgainstSlow: the type words and nicknames are found as a
// walk of their lists finds them, in every nickname and type word
// written in several cases and tones, and on every address of the
// labelled set as written, without tones, in capitals.
func TestAddrWordsAgainstSlow(t *testing.T) {
	var ins []string
	for _, n := range addrProvinceNicknames {
		for _, a := range n.alias {
			ins = append(ins, a, strings.ToUpper(a), a+" x", "x, "+a, "1 "+a, a+"1")
		}
	}
	for _, uw := range addrUnitWords {
		w := strings.Join(uw.words, " ")
		ins = append(ins, w+" An", w+". An", w+" 1", w+"1", strings.ToUpper(w)+" An", w, "An, "+w)
	}
	for _, w := range []string{"Phường", "PHƯỜNG", "phường", "Phuờng", "Quận", "Quản", "Tỉnh", "Tĩnh", "Xã", "xà", "Thị Xã", "Thị xá",
		"Thành Phố", "Thành phô", "Thị trấn", "Thị Trấn", "Đặc khu", "ĐK", "Huyện", "HUYỆN", "Thànhphố", "Thịxã", "Thịtrấn"} {
		ins = append(ins, w+" Hòa An", w+" 3")
	}
	for _, in := range labelledAddresses(t) {
		ins = append(ins, in, vietnam.Fold(in), strings.ToUpper(in))
	}
	for _, in := range ins {
		checkAddrWords(t, vietnam.Normalize(in))
	}
}

// TestAddrNicknameFirsts: the first word of every nickname is shorter
// than the table and opens with a small letter, and addrNicknameOpens
// says true of it; a word with one byte of it changed to any letter,
// digit or other byte, or one byte more or less, is a part that
// isAddrProvinceNickname finds as its slow reference does (it fails
// with one second byte's bit left out).
func TestAddrNicknameFirsts(t *testing.T) {
	for _, n := range addrProvinceNicknames {
		for _, a := range n.alias {
			w, rest, _ := strings.Cut(a, " ")
			require.Less(t, len(w), len(addrNicknameFirsts), a)
			assert.True(t, w[0] >= 'a' && w[0] <= 'z', a)
			assert.True(t, addrNicknameOpens(w), a)
			var ins []string
			for k := range len(w) + 1 {
				for _, c := range "abcdefghijklmnopqrstuvwxyz0 " {
					ins = append(ins, w[:k]+string(c)+w[k:])
					if k < len(w) {
						ins = append(ins, w[:k]+string(c)+w[k+1:])
					}
				}
				if k < len(w) {
					ins = append(ins, w[:k]+w[k+1:])
				}
			}
			for _, in := range ins {
				checkAddrWords(t, strings.TrimSpace(in+" "+rest))
			}
		}
	}
	assert.Equal(t, uint32(1<<31), addrNicknameBit('1'))
}

// TestTypeWordCase: typeWordCase is strings.EqualFold for every word of
// the type words written with tones, with each of its runes made each
// rune below U+0250, of U+1E00–U+1EFF, the Kelvin sign, the long s, a
// byte that is no UTF-8 or nothing, in small letters, capitals and with
// a capital first; and each rune of those words folds with its capital
// alone (with the Kelvin sign for k), as typeWordCase takes.
func TestTypeWordCase(t *testing.T) {
	var subs []string
	for r := rune(0); r < 0x250; r++ {
		subs = append(subs, string(r))
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		subs = append(subs, string(r))
	}
	subs = append(subs, "\u212a", "\u017f", "\xff", "\xe1\xbb", "")
	words := 0
	for _, uw := range addrUnitWords {
		for _, k := range uw.words {
			toned, ok := addrTypeWordTone(k)
			if !ok {
				continue
			}
			words++
			for _, tr := range toned {
				orbit := []rune{tr}
				for f := unicode.SimpleFold(tr); f != tr; f = unicode.SimpleFold(f) {
					orbit = append(orbit, f)
				}
				want := []rune{tr, unicode.ToUpper(tr)}
				if tr == 'k' {
					want = append(want, '\u212a')
				}
				assert.ElementsMatch(t, want, orbit, "%q in %q", tr, toned)
			}
			r0, n0 := utf8.DecodeRuneInString(toned)
			for _, v := range []string{toned, strings.ToUpper(toned), string(unicode.ToUpper(r0)) + toned[n0:]} {
				for i, r := range v {
					for _, sub := range subs {
						w := v[:i] + sub + v[i+utf8.RuneLen(r):]
						if got, want := typeWordCase(w, toned), strings.EqualFold(w, toned); got != want {
							t.Errorf("typeWordCase(%q, %q) = %v, want %v", w, toned, got, want)
						}
					}
				}
				assert.True(t, typeWordCase(v, toned), v)
				assert.False(t, typeWordCase(v+"a", toned), v)
				assert.False(t, typeWordCase(v[:len(v)-1], toned), v)
			}
		}
	}
	assert.Greater(t, words, 15)
}

// FuzzAddrWords: the type words and nicknames are found as a walk of
// their lists finds them, in any text.
func FuzzAddrWords(f *testing.F) {
	for _, s := range []string{"Tp HCM", "Q.1, TP Ho Chi Minh", "Thị xã Phú Mỹ", "tt hue", "P8Q10", "thành phố trực thuộc trung ương Cần Thơ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAddrWords(t, vietnam.Normalize(s)) })
}

// labelledAddresses returns the addresses of the labelled set, as
// written.
func labelledAddresses(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/addresses/addresses.tsv")
	require.NoError(t, err)
	var ins []string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		in, _, _ := strings.Cut(line, "\t")
		ins = append(ins, in)
	}
	return ins
}

// TestTypeWordTonedKept: typeWordToned keeps its answer in the token
// (addrToken.toned) and gives it again, and a token the tokenizer writes
// in a buffer's place starts with none: "Quản Bạ" read where "Quận 1"
// was is no type word.
func TestTypeWordTonedKept(t *testing.T) {
	var sc addrScratch
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Quận 1, Hồ Chí Minh", true},
		{"Quản Bạ, Hà Giang", false},
		{"QUẬN 1, Hồ Chí Minh", true},
		{"Tĩnh Gia, Thanh Hóa", false},
		{"Tỉnh Thanh Hóa", true},
	} {
		toks, norm, err := sc.tokenizeAddress(tt.in)
		require.NoError(t, err, tt.in)
		for range 2 {
			assert.Equal(t, tt.want, typeWordToned(norm, toks, 0, 1), tt.in)
		}
		want := int8(-1)
		if tt.want {
			want = 1
		}
		assert.Equal(t, want, toks[0].toned, tt.in)
	}
}
