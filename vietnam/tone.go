package vietnam

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam/internal/spell"
)

// ToneStyle says where the tone mark goes in the few syllables whose
// spelling leaves a choice. Vietnamese writes both styles, and official
// sources mix them ("Khánh Hòa" beside "Xã Thuận Hoà"):
//
//	ToneClassic   hòa  khỏe  thủy   (kiểu cũ: the mark on the first vowel)
//	ToneModern    hoà  khoẻ  thuỷ   (kiểu mới: the mark on the main vowel)
//
// The styles differ only in open syllables (no final consonant) whose
// vowels are oa, oe or uy. Everywhere else both put the mark in the one
// place the spelling rules allow ("hoàn", "khuyến", "thuyền", "quý",
// "già", "người", "khuỷu"), so Apply also moves marks that were typed in
// the wrong place ("lựơng" becomes "lượng", "gìa" becomes "già").
//
// The zero ToneStyle is ToneAsWritten, which leaves tone marks where they
// are. Fold and EqualFold ignore tone placement whatever the style.
type ToneStyle uint8

const (
	// ToneAsWritten keeps every tone mark where it was typed.
	ToneAsWritten ToneStyle = iota
	// ToneClassic puts the mark on the first vowel of open oa, oe, uy:
	// "hòa", "khỏe", "thủy". It is the style of most official names.
	ToneClassic
	// ToneModern puts the mark on the second vowel of open oa, oe, uy:
	// "hoà", "khoẻ", "thuỷ", the style of the 1980s spelling reforms and
	// of many input methods.
	ToneModern
)

// String returns "as-written", "classic" or "modern".
func (st ToneStyle) String() string { return enumName(toneStyleNames[:], "ToneStyle", st) }

var toneStyleNames = [...]string{ToneAsWritten: "as-written", ToneClassic: "classic", ToneModern: "modern"}

// Apply returns s in NFC with the tone mark of every Vietnamese syllable
// placed according to st. It works word by word: a word that is not a
// well-formed Vietnamese syllable (a loan word, a name in another
// language, a word with two tone marks) is left as written, and so is
// everything that is not a letter. Case is kept letter by letter: "HOÀ"
// becomes "HÒA" in the classic style. Apply does not collapse spaces or
// otherwise clean up; combine it with Normalize for that.
//
// Invalid UTF-8 bytes become U+FFFD. ToneAsWritten, and any value other
// than the named styles, returns s in NFC and does nothing else.
func (st ToneStyle) Apply(s string) string {
	s = norm.NFC.String(validUTF8(s))
	if st != ToneClassic && st != ToneModern {
		return s
	}
	var b strings.Builder // written only once a word changes
	done := 0             // s[:done] is in b
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		var buf [maxSyllable]rune
		n := 0
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			if n < len(buf) {
				buf[n] = r
			}
			n++
			i += size
		}
		if n > len(buf) || !placeTone(buf[:n], st) {
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[done:start])
		for _, r := range buf[:n] {
			b.WriteRune(r)
		}
		done = i
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// maxSyllable is the longest Vietnamese syllable in letters ("nghiêng" has
// 7); a longer run of letters is not a syllable.
const maxSyllable = 8

func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0xC0 && r <= 0x24F:
		// Latin-1's letters, Latin Extended-A and -B: letters all but
		// × and ÷ (TestIsWordRuneRanges).
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF:
		return true // Latin Extended Additional: ạ, ả, ấ... all letters
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// syllable is the analysis of one written Vietnamese syllable.
type syllable struct {
	nucleus [3]vowel // the vowels after the onset (qu and gi belong to the onset)
	n       int      // vowels in nucleus
	at      int      // index in the word of nucleus[0]
	coda    bool     // a final consonant follows
	t       tone     // the syllable's tone
	toneAt  int      // index in the word of the toned vowel, or -1
}

// parseSyllable analyses w, a run of letters, and reports whether it is a
// well-formed Vietnamese syllable: an onset from the alphabet's list, one
// to three vowels forming a known nucleus, an allowed final consonant,
// and at most one tone mark.
func parseSyllable(w []rune) (syllable, bool) {
	sy := syllable{toneAt: -1}
	var onset [3]byte
	no := 0
	i := 0
	for ; i < len(w); i++ {
		if _, ok := vowelLetter(w[i]); ok {
			break
		}
		if !isConsonant(w[i]) || no == len(onset) {
			return sy, false
		}
		onset[no] = lowerConsonant(w[i])
		no++
	}
	first := i
	var vs [4]letter
	nv := 0
	for ; i < len(w); i++ {
		l, ok := vowelLetter(w[i])
		if !ok {
			break
		}
		if nv == len(vs) {
			return sy, false
		}
		vs[nv] = l
		nv++
		if l.t != toneNone {
			if sy.t != toneNone {
				return sy, false // two tone marks
			}
			sy.t, sy.toneAt = l.t, i
		}
	}
	if nv == 0 {
		return sy, false
	}
	var coda [2]byte
	nc := 0
	for ; i < len(w); i++ {
		if !isConsonant(w[i]) || nc == len(coda) {
			return sy, false
		}
		coda[nc] = lowerConsonant(w[i])
		nc++
	}
	if !validCoda(string(coda[:nc])) {
		return sy, false
	}
	sy.coda = nc > 0
	// In "qu" and "gi" the u and i spell the onset, not a vowel: "quý",
	// "già", "giữ". A lone i after g is the vowel ("gìn", "gì").
	skip := 0
	switch {
	case no == 1 && onset[0] == 'q':
		if vs[0].v != vU || nv < 2 {
			return sy, false
		}
		skip = 1
	case no == 1 && onset[0] == 'g' && vs[0].v == vI && nv >= 2:
		skip = 1
	case !spell.Onset(string(onset[:no])):
		return sy, false
	}
	sy.n = nv - skip
	if sy.n > len(sy.nucleus) {
		return sy, false
	}
	sy.at = first + skip
	for k := range sy.n {
		sy.nucleus[k] = vs[skip+k].v
	}
	if !nuclei()[nucleusKey(sy.nucleus[:sy.n])] {
		return sy, false
	}
	// A few rules of the spelling that words in other languages and text
	// decoded with the wrong legacy table break.
	last := sy.nucleus[sy.n-1]
	if cs := string(coda[:nc]); (cs == "ng" || cs == "c") && sy.n == 1 && (last == vI || last == vY || last == vOhorn) {
		return sy, false // inh, ich, ương, ước: i, y and ơ alone take no ng or c
	}
	switch cs := string(coda[:nc]); {
	case cs == "" && (last == vAbreve || last == vAcirc):
		return sy, false // ă and â need a final consonant
	case stopFinal(cs) && !stopTone(sy.t):
		return sy, false
	case (cs == "ch" || cs == "nh") && last != vA && last != vEcirc && last != vI && last != vY:
		return sy, false // ach, êch, ich, uych; anh, ênh, inh, uynh
	}
	return sy, true
}

// stopFinal reports the finals that are stops: c, ch, p, t.
func stopFinal(coda string) bool {
	switch coda {
	case "c", "ch", "p", "t":
		return true
	}
	return false
}

// stopTone reports the tones a syllable ending in a stop may have: sắc
// and nặng only ("các", "học"; no "càc").
func stopTone(t tone) bool { return t == toneAcute || t == toneDot }

// lowerConsonant maps a consonant letter to a lower-case byte; đ is 'D'
// so that it fits a byte.
func lowerConsonant(r rune) byte {
	if r == 'đ' || r == 'Đ' {
		return 'D'
	}
	return byte(unicode.ToLower(r))
}

func validCoda(s string) bool {
	switch s {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// nucleiText lists the vowel groups a Vietnamese syllable can have after
// its onset.
const nucleiText = "a ă â e ê i o ô ơ u ư y " +
	"ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ôô ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê " +
	"iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu"

func nucleusKey(vs []vowel) uint16 {
	var k uint16
	for _, v := range vs {
		k = k<<4 | uint16(v+1)
	}
	return k
}

// nuclei is the set of nucleusKey of nucleiText, built on first use.
var nuclei = sync.OnceValue(func() map[uint16]bool {
	set := make(map[uint16]bool, 64)
	for _, g := range strings.Fields(nucleiText) {
		var vs []vowel
		for _, r := range g {
			l, _ := vowelLetter(r)
			vs = append(vs, l.v)
		}
		set[nucleusKey(vs)] = true
	}
	return set
})

// toneIndex returns the index within the nucleus of the vowel that
// carries the tone in style st.
func (sy *syllable) toneIndex(st ToneStyle) int {
	// A vowel with a mark takes the tone; of two (ươ) the second does:
	// "người", "được", "thuở", "tuổi", "khuyến".
	for k := sy.n - 1; k >= 0; k-- {
		if sy.nucleus[k].hasMark() {
			return k
		}
	}
	switch {
	case sy.n == 1:
		return 0
	case sy.n == 3: // oai, oay, oeo, uya, uyu: the middle vowel ("ngoẻo", "khuỷu")
		return 1
	case sy.coda: // "hoàn", "xoèn", "huỳnh"
		return 1
	}
	a, b := sy.nucleus[0], sy.nucleus[1]
	if a == vO && (b == vA || b == vE) || a == vU && b == vY {
		if st == ToneModern {
			return 1
		}
		return 0
	}
	return 0 // falling diphthongs: "mùa", "kìa", "hái", "tối"
}

// placeTone moves the tone mark of the syllable w to where st puts it and
// reports whether w changed.
func placeTone(w []rune, st ToneStyle) bool {
	sy, ok := parseSyllable(w)
	if !ok || sy.t == toneNone {
		return false
	}
	to := sy.at + sy.toneIndex(st)
	if to == sy.toneAt {
		return false
	}
	from, _ := vowelLetter(w[sy.toneAt])
	from.t = toneNone
	w[sy.toneAt] = from.rune()
	dst, _ := vowelLetter(w[to])
	dst.t = sy.t
	w[to] = dst.rune()
	return true
}
