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

// appendToneWord appends the tone key of the word w. The letters of
// Vietnamese (two bytes led by C3 to C6, or three led by E1 BA or E1 BB)
// are read from toneRunes without decoding them, by their bytes in the
// loop (toneRuneTable.at written out: a call of it, generic, and of
// memmove for its base cost more than the rest of a letter, and the
// resolver makes the tone key of ~3 words an address); any other rune
// goes through appendToneRune. The slot it reads is vnRuneAt's, which
// TestVNRuneSlots holds it to on every sequence of bytes either reads.
func appendToneWord(dst []byte, w string) []byte {
	if asciinum.All(w) {
		return appendFoldWord(dst, w)
	}
	var tone vietnam.Tone
	tr := toneRunes()
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if k := toneASCII[c]; k != toneASCIIDrop {
				dst = append(dst, k)
			}
			i++
			continue
		}
		var e *toneRune
		n := 0
		if i+1 < len(w) {
			switch b1 := w[i+1]; {
			case c >= 0xC3 && c <= 0xC6 && b1&0xC0 == 0x80:
				e, n = &tr[int(c-0xC3)<<6|int(b1&0x3F)], 2
			case c == 0xE1 && b1&0xFE == 0xBA && i+2 < len(w) && w[i+2]&0xC0 == 0x80:
				e, n = &tr[4<<6+int(b1&1)<<6|int(w[i+2]&0x3F)], 3
			}
		}
		if n > 0 {
			if e.tone != vietnam.ToneLevel {
				tone = e.tone
			}
			switch e.n {
			case 1:
				dst = append(dst, e.base[0])
			case 2:
				dst = append(dst, e.base[0], e.base[1])
			case 3:
				dst = append(dst, e.base[0], e.base[1], e.base[2])
			}
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = appendToneRune(dst, r, &tone)
		i += n
	}
	if tone != vietnam.ToneLevel {
		dst = append(dst, '0'+byte(tone))
	}
	return dst
}

// toneWordLeads reports whether the tone key of the word w,
// appendToneWord's, is the first word of key (the tone key of a unit's
// name, its words spaced), and returns its length, reading it as
// appendToneWord writes it and comparing each byte as it comes, where
// the key was written, kept and compared with the first word cut off:
// the resolver asks of every word written with marks whether it carries
// a unit's tones (toneFit), and most do. A rune outside toneRunes, a
// space and a number are left to appendToneWord itself.
func toneWordLeads(w, key string) (int, bool) {
	if asciinum.All(w) {
		return toneWordLeadsMade(w, key)
	}
	var tone vietnam.Tone
	tr := toneRunes()
	j := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if k := toneASCII[c]; k != toneASCIIDrop {
				if j >= len(key) || key[j] != k || k == ' ' {
					return 0, false
				}
				j++
			}
			i++
			continue
		}
		var e *toneRune
		n := 0
		if i+1 < len(w) {
			switch b1 := w[i+1]; {
			case c >= 0xC3 && c <= 0xC6 && b1&0xC0 == 0x80:
				e, n = &tr[int(c-0xC3)<<6|int(b1&0x3F)], 2
			case c == 0xE1 && b1&0xFE == 0xBA && i+2 < len(w) && w[i+2]&0xC0 == 0x80:
				e, n = &tr[4<<6+int(b1&1)<<6|int(w[i+2]&0x3F)], 3
			}
		}
		if n == 0 {
			return toneWordLeadsMade(w, key)
		}
		if e.tone != vietnam.ToneLevel {
			tone = e.tone
		}
		switch e.n {
		case 1:
			if j >= len(key) || key[j] != e.base[0] {
				return 0, false
			}
		case 2:
			if j+1 >= len(key) || key[j] != e.base[0] || key[j+1] != e.base[1] {
				return 0, false
			}
		case 3:
			if j+2 >= len(key) || key[j] != e.base[0] || key[j+1] != e.base[1] || key[j+2] != e.base[2] {
				return 0, false
			}
		}
		j += int(e.n)
		i += n
	}
	if tone != vietnam.ToneLevel {
		if j >= len(key) || key[j] != '0'+byte(tone) {
			return 0, false
		}
		j++
	}
	return j, j == len(key) || key[j] == ' '
}

// toneWordLeadsMade is toneWordLeads by the key appendToneWord writes.
//
//go:noinline
func toneWordLeadsMade(w, key string) (int, bool) {
	var buf [64]byte
	t := appendToneWord(buf[:0], w)
	first := key
	if sp := strings.IndexByte(key, ' '); sp >= 0 {
		first = key[:sp]
	}
	return len(t), string(t) == first
}

// toneASCII is what appendToneWord keeps of each ASCII byte: its small
// letter, or toneASCIIDrop for an apostrophe, which the key drops. One
// load a byte, where the byte's case and the apostrophes were tested.
var toneASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c == '\'' || c == '`':
			t[c] = toneASCIIDrop
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// toneASCIIDrop marks in toneASCII a byte the tone key drops: no ASCII
// byte is it.
const toneASCIIDrop = 0xFF

// appendToneRune appends what the tone key of a word keeps of its rune r
// outside ASCII (vietnam.SplitTone's base, nothing for an apostrophe)
// and sets *tone to its tone, if any.
func appendToneRune(dst []byte, r rune, tone *vietnam.Tone) []byte {
	if isAddrApostrophe(r) {
		return dst
	}
	base, t := vietnam.SplitTone(r)
	if t != vietnam.ToneLevel {
		*tone = t
	}
	if base != 0 {
		dst = utf8.AppendRune(dst, base)
	}
	return dst
}

// A toneRune is what appendToneWord keeps of a rune: the UTF-8 of its
// base, base[:n] (none for a tone mark alone), and its tone.
type toneRune struct {
	base [3]byte
	n    uint8
	tone vietnam.Tone
}

// toneRuneTable holds the toneRunes of U+00C0–U+01BF then U+1E80–U+1EFF,
// indexed by their bytes as addrRuneTable is.
type toneRuneTable [vnRuneSlots]toneRune

// toneRunes returns the table: toneRuneData, constant data
// (tone_runes_table.go) rather than a table made on first use, whose
// sync.OnceValue the resolver called at every word it made a tone key
// of. TestToneRunesUpToDate derives it from appendToneRune
// (buildToneRunes) and holds the file to it.
func toneRunes() *toneRuneTable { return &toneRuneData }

// vnRuneSlots is the size of the tables of the letters of Vietnamese
// indexed by their bytes (addrRuneTable, toneRuneTable): U+00C0–U+01BF,
// two bytes led by C3 to C6, then U+1E80–U+1EFF, three led by E1 BA or
// E1 BB.
const vnRuneSlots = 4<<6 + 2<<6

// vnRuneAt returns the entry of table t of the rune at s[i], which is not
// ASCII, and its size in bytes; size 0 when the table does not hold it.
// Which slot a rune's bytes read is its rule: appendToneWord and
// scanAddrRune write it out in their loops, where a call a letter costs
// more than the rest of it, and TestVNRuneSlots holds them to it.
func vnRuneAt[E any](t *[vnRuneSlots]E, s string, i int) (E, int) {
	var none E
	if i+1 >= len(s) {
		return none, 0
	}
	c, b1 := s[i], s[i+1]
	switch {
	case c >= 0xC3 && c <= 0xC6 && b1&0xC0 == 0x80:
		return t[int(c-0xC3)<<6|int(b1&0x3F)], 2
	case c == 0xE1 && b1&0xFE == 0xBA && i+2 < len(s) && s[i+2]&0xC0 == 0x80:
		return t[4<<6+int(b1&1)<<6|int(s[i+2]&0x3F)], 3
	}
	return none, 0
}

// toneWordAccepts reports whether the tone key w of a word written with
// marks accepts the tone key u of a unit's word: the same letters and tone
// (final y and i alike); or, when w has vowel marks but no tone mark
// ("Đăk" for Đắk), the same letters whatever u's tone; or, when u is a
// word that ends in a stop with no tone (transcribedStop), w with sắc; or,
// when w has no tone and u ends in a stop with none or sắc, u's letters
// with other vowel marks ("Đak" and "Đăk" for Đắk, Đăk and Đak); or
// the same word with đ for d, or d for đ, before another consonant
// (clusterD).
func toneWordAccepts(w, u string) bool {
	if w == u {
		return true
	}
	wt, ut := toneDigit(w), toneDigit(u)
	if wt != 0 {
		if wt != ut {
			return wt == '0'+byte(vietnam.ToneAcute) && ut == 0 && transcribedStop(w[:len(w)-1], u)
		}
		w, u = w[:len(w)-1], u[:len(u)-1]
	} else if ut != 0 {
		u = u[:len(u)-1]
	}
	if w == u {
		return true
	}
	if wt == 0 && (ut == 0 || ut == '0'+byte(vietnam.ToneAcute)) && transcribedStop(w, u) {
		// no tone written on a word that ends in a stop, which a
		// Vietnamese syllable never is: the word of a minority language
		// the lists themselves spell "Đăk" and "Đak" ("Xã Đak Đoa" of
		// 2025 was "Thị trấn Đăk Đoa"), vowel marks aside
		return true
	}
	if clusterD(w, u) {
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

// transcribedStop reports whether u, the tone key of a unit's word with
// no tone, ends in a stop (c, ch, k, p, t) and w, a tone key without its
// tone digit, has its letters, vowel marks aside. A Vietnamese syllable
// that ends in a stop carries sắc or nặng; one written with neither
// transcribes a word of a minority language, and the lists spell the same
// word "Đăk", "Đak" and "Đắk" ("Xã Đak Ơ", "Huyện Đăk Glong", "Tỉnh Đắk
// Lắk"), as writers do: "Đắk Ơ" is Xã Đak Ơ. Nặng is another tone.
func transcribedStop(w, u string) bool {
	if u == "" {
		return false
	}
	switch u[len(u)-1] {
	case 'c', 'h', 'k', 'p', 't':
	default:
		return false
	}
	if u[len(u)-1] == 'h' && !strings.HasSuffix(u, "ch") {
		return false
	}
	for w != "" && u != "" {
		a, n := utf8.DecodeRuneInString(w)
		b, m := utf8.DecodeRuneInString(u)
		if unmarked(a) != unmarked(b) || (a == 'đ') != (b == 'đ') {
			return false // đ is not d
		}
		w, u = w[n:], u[m:]
	}
	return w == u
}

// clusterD reports whether the tone keys w and u, tones aside, are one
// word written with đ and d: the same letters after it, the first of
// them a consonant. No Vietnamese syllable opens with đ or d and another
// consonant; a word of a minority language does, and writers put đ or d
// for it whichever the list has ("ĐRAN" for Thị trấn D'Ran, "Pơng Đrang"
// for Pơng Drang). Elsewhere đ is not d.
func clusterD(w, u string) bool {
	const d, dd = "d", "đ"
	switch {
	case strings.HasPrefix(w, dd) && strings.HasPrefix(u, d):
		w, u = w[len(dd):], u[len(d):]
	case strings.HasPrefix(w, d) && strings.HasPrefix(u, dd):
		w, u = w[len(d):], u[len(dd):]
	default:
		return false
	}
	if w != u || w == "" {
		return false
	}
	c := w[0]
	return c >= 'a' && c <= 'z' && strings.IndexByte("aeiouy", c) < 0
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
