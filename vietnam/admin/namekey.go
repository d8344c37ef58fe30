package admin

import (
	"strings"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/vietnam"
)

// The keys of names. Find and the address resolver compare a word of the
// text with a word of a unit's name through two keys made here and only
// here:
//
//   - the folded key (vietnam.AppendFold): no tones or marks, lower case,
//     apostrophes dropped ("H'Bông" is "hbong"), numbers without leading
//     zeros, and a final y alone after consonants written i ("Kỳ" and "Kì"
//     are "ki", "Quý" and "Quí" "qui"), the two accepted spellings;
//   - the tone key: lower case with vowel marks and đ kept, the tone taken
//     off whichever letter carries it (vietnam.SplitTone) and written once
//     as a digit at the end, 1 huyền to 5 nặng ("Hòa" and "Hoà" are both
//     "hoa1"); apostrophes dropped. It is what "tones must match" compares.

// appendFoldWord appends the folded key of the word w.
func appendFoldWord(dst []byte, w string) []byte {
	at := len(dst)
	dst = vietnam.AppendFold(dst, w)
	j := at
	for _, c := range dst[at:] {
		if c != '\'' && c != '`' {
			dst[j] = c
			j++
		}
	}
	dst = dst[:j]
	if asciinum.All(string(dst[at:])) {
		for len(dst)-at > 1 && dst[at] == '0' {
			dst = append(dst[:at], dst[at+1:]...)
		}
		return dst
	}
	return spellYAsI(dst, at)
}

// appendWordTone appends the tone key of the word w whose folded key is
// key: for a number or a word written without marks, the folded key itself
// ("Ky" is "ki", "01" is "1"), else appendToneWord's. Find's query, the
// resolver's tokens and the index of unit names all make tone keys here.
func appendWordTone[K string | []byte](dst []byte, w string, key K) []byte {
	if asciinum.All(w) || !hasMarks(w) {
		return append(dst, key...)
	}
	return appendToneWord(dst, w)
}

// hasMarks reports whether w has a letter outside ASCII.
func hasMarks(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// appendToneWord appends the tone key of the word w.
func appendToneWord(dst []byte, w string) []byte {
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
		if isAddrApostrophe(r) {
			continue
		}
		base, t := vietnam.SplitTone(r)
		if t != vietnam.ToneLevel {
			tone = t
		}
		if base != 0 {
			dst = utf8.AppendRune(dst, base)
		}
	}
	if tone != vietnam.ToneLevel {
		dst = append(dst, '0'+byte(tone))
	}
	return dst
}

// toneWordAccepts reports whether the tone key w of a word written with
// marks accepts the tone key u of a unit's word: the same letters and tone
// (final y and i alike); or, when w has vowel marks but no tone mark
// ("Đăk" for Đắk), the same letters whatever u's tone.
func toneWordAccepts(w, u string) bool {
	if w == u {
		return true
	}
	wt, ut := toneDigit(w), toneDigit(u)
	if wt != 0 {
		if wt != ut {
			return false
		}
		w, u = w[:len(w)-1], u[:len(u)-1]
	} else if ut != 0 {
		u = u[:len(u)-1]
	}
	if w == u {
		return true
	}
	// Kì and Kỳ, Quí and Quý: only a final i/y differs, after consonants.
	if len(w) != len(u) || len(w) < 2 || w[:len(w)-1] != u[:len(u)-1] {
		return false
	}
	a, b := w[len(w)-1], u[len(u)-1]
	if a+b != 'i'+'y' {
		return false
	}
	head := strings.TrimSuffix(w[:len(w)-1], "qu")
	if w[:len(w)-1] == "qu" {
		head = ""
	}
	for i := 0; i < len(head); i++ {
		if c := head[i]; c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 {
			return false
		}
	}
	return true
}

// toneDigit returns the tone digit ending a tone key, 0 for none.
func toneDigit(k string) byte {
	if k != "" && k[len(k)-1] >= '1' && k[len(k)-1] <= '5' && !asciinum.All(k) {
		return k[len(k)-1]
	}
	return 0
}

// spellYAsI rewrites the folded syllable at b[start:] whose only vowel is
// a final y ("ky", "ly", "my", "quy") with i: "Kỳ Anh" and "Kì Anh",
// "Quý" and "Quí" are one name written in two accepted spellings.
func spellYAsI(b []byte, start int) []byte {
	w := b[start:]
	if len(w) < 2 || w[len(w)-1] != 'y' {
		return b
	}
	head := w[:len(w)-1]
	if len(head) >= 2 && head[len(head)-2] == 'q' && head[len(head)-1] == 'u' {
		head = head[:len(head)-2]
	}
	for _, c := range head {
		if c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 {
			return b
		}
	}
	w[len(w)-1] = 'i'
	return b
}
