package admin

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/vietnam"
)

// appendToneWordRef is appendToneWord rune by rune, every rune outside
// ASCII through appendToneRune: the reference toneRunes must agree with.
func appendToneWordRef(dst []byte, w string) []byte {
	if asciinum.All(w) {
		return appendFoldWord(dst, w)
	}
	var tone vietnam.Tone
	for _, r := range w {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if r != '\'' && r != '`' {
				dst = append(dst, byte(r))
			}
			continue
		}
		dst = appendToneRune(dst, r, &tone)
	}
	if tone != vietnam.ToneLevel {
		dst = append(dst, '0'+byte(tone))
	}
	return dst
}

func checkToneWord(t *testing.T, w string) {
	t.Helper()
	want := string(appendToneWordRef([]byte("x"), w))
	require.Equal(t, want, string(appendToneWord([]byte("x"), w)), "%q", w)
	// toneWordLeads: that key first in a unit's, and no other, one byte
	// more, less or changed
	key := want[1:]
	others := []string{key, key + " a", key + " " + key, key + "a", key + "1", "a" + key, "a " + key}
	for i := range len(key) {
		others = append(others, key[:i]+key[i+1:], key[:i]+string(key[i]^1)+key[i+1:], key[:i]+" "+key[i:])
	}
	for _, k := range others {
		first, _, _ := strings.Cut(k, " ")
		n, ok := toneWordLeads(w, k)
		require.Equal(t, key == first, ok, "%q leads %q", w, k)
		if ok {
			require.Equal(t, len(key), n, "%q leads %q", w, k)
		}
	}
}

// TestToneRunes: appendToneWord, which reads the letters of Vietnamese
// from toneRunes, makes the tone key appendToneWordRef makes rune by rune,
// and toneWordLeads, which reads them so too, tells that key from others
// as the first word of a unit's,
// on every rune below U+3100 and of U+1E00–U+1EFF alone, between letters,
// after a capital with its tone and before a combining tone mark, on each
// cut short by a byte, and on every word of the labelled set as written,
// in capitals and small letters.
func TestToneRunes(t *testing.T) {
	for r := rune(0x80); r < 0x3100; r++ {
		for _, w := range []string{string(r), "a" + string(r) + "b", "Ộ" + string(r), string(r) + "\u0301", "qu" + string(r) + "y"} {
			checkToneWord(t, w)
			for n := 1; n < len(w); n++ {
				checkToneWord(t, w[:n])
				checkToneWord(t, w[n:])
			}
		}
	}
	for b := 0; b < 256; b++ {
		checkToneWord(t, "ư"+string(rune(b)))
		checkToneWord(t, "ư"+string([]byte{byte(b)}))
		checkToneWord(t, "\xe1\xba"+string([]byte{byte(b)})+"n")
		checkToneWord(t, "\xe1"+string([]byte{byte(b)})+"\x80")
	}
	for _, in := range labelledAddresses(t) {
		for _, v := range []string{in, strings.ToUpper(in), strings.ToLower(in)} {
			for _, w := range strings.Fields(v) {
				checkToneWord(t, w)
			}
		}
	}
}

// FuzzToneWord: appendToneWord makes appendToneWordRef's tone key, and
// toneWordLeads tells it from others as the first word of a unit's.
func FuzzToneWord(f *testing.F) {
	for _, s := range []string{"Hòa", "hoà", "NGUYỄN", "H'Bông", "Đắk", "Quý", "thu\u0309y", "\xe1\xbb", "ʼn", "12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) { checkToneWord(t, w) })
}
