package vietnam

// InputMethod is a way of typing Vietnamese on a keyboard that has no
// Vietnamese letters. When the method's Vietnamese mode is off,
// what it would have turned into marks is left in the text as letters or
// digits, and forms and spreadsheets keep text such as "Phuwowngf Beens
// Nghes" (Telex) or "Phuong72 Ben61 Nghe1" (VNI) for Phường Bến Nghé.
// DecodeWord reads such a word back.
//
// The zero InputMethod is not a method; DecodeWord reports false for it.
type InputMethod uint8

const (
	// InputTelex types vowel marks by doubling or by a w after the vowel (aa â,
	// aw ă, ee ê, oo ô, ow ơ, uw ư, w ư, dd đ) and the tone as a letter at
	// the end of the syllable (s sắc, f huyền, r hỏi, x ngã, j nặng).
	InputTelex InputMethod = iota + 1
	// InputVNI types marks as digits after the letter they go on (6 â ê ô,
	// 7 ơ ư, 8 ă, 9 đ) and the tone as a digit anywhere after the vowel
	// (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng).
	InputVNI
)

// String returns "Telex" or "VNI"; InputMethod(n) for other values.
func (k InputMethod) String() string {
	return enumName([]string{InputTelex: "Telex", InputVNI: "VNI"}, "InputMethod", k)
}

// DecodeWord converts one word typed with k while its Vietnamese mode was
// off and reports whether the word reads as such: it must consist of
// ASCII letters (and, for VNI, the digits 1 to 9), type at least one mark
// or tone, and give one well-formed Vietnamese syllable, with the tone
// placed by the spelling rules (ToneClassic where they leave a choice).
// Otherwise DecodeWord returns word unchanged and false: "Beens" is
// "Bến", but "aaaa", "Ward" and "P12" are not Telex or VNI.
//
// A letter keeps the case of the key that typed it: "QUAANJ" is "QUẬN",
// "Quaanj" is "Quận". One word says little about a whole text: an
// English "Max" reads as the Telex "Mã". A caller deciding whether a text
// was typed this way should ask for several such words, at least one
// with a vowel mark.
func (k InputMethod) DecodeWord(word string) (string, bool) {
	if len(word) < 2 || len(word) > 2*maxSyllable {
		return word, false
	}
	var w [2 * maxSyllable]rune
	var n int
	var t tone
	var ok bool
	switch k {
	case InputTelex:
		n, t, ok = telexLetters(word, &w)
	case InputVNI:
		n, t, ok = vniLetters(word, &w)
	}
	if !ok || n == 0 || n > maxSyllable {
		return word, false
	}
	if t != toneNone {
		// The tone goes on the first vowel for now, then where the
		// spelling rules put it; parseSyllable checks that it fits the
		// final ("matf": a stop final takes only sắc or nặng).
		for i, r := range w[:n] {
			if l, ok := vowelLetter(r); ok {
				l.t = t
				w[i] = l.rune()
				break
			}
		}
	}
	if _, ok := parseSyllable(w[:n]); !ok {
		return word, false
	}
	placeTone(w[:n], ToneClassic)
	return string(w[:n]), true
}

// telexLetters writes the letters word types in Telex into w and returns
// how many, the tone, and whether word typed any mark or tone. As in the
// usual Telex programs, the tone letter may come anywhere after the first
// vowel ("Phuwowfng" as well as "Phuwowngf"), and a w after the final
// consonant marks the vowels before it ("Phuongw" is Phương).
func telexLetters(word string, w *[2 * maxSyllable]rune) (n int, t tone, typed bool) {
	vowel := false // a vowel has been written: s, f, r, x, j are tones
	for i := 0; i < len(word); i++ {
		c := word[i]
		if !isASCIILetter(c) {
			return 0, 0, false
		}
		lc, up := c|0x20, c < 'a'
		if tl := toneLetterIndex(lc); vowel && tl > 0 {
			if t != toneNone {
				return 0, 0, false // two tones
			}
			t, typed = tone(tl), true
			continue
		}
		var next byte
		if i+1 < len(word) {
			next = word[i+1] | 0x20
		}
		r := rune(lc)
		switch {
		case lc == 'd' && next == 'd':
			r, i = 'đ', i+1
		case lc == next && (lc == 'a' || lc == 'e' || lc == 'o'):
			r, i = withMark(lc, '^'), i+1
		case next == 'w' && (lc == 'a' || lc == 'o' || lc == 'u'):
			r, i = withMark(lc, 'w'), i+1
		case lc == 'u' && next == 'o' && i+2 < len(word) && word[i+2]|0x20 == 'w':
			r = 'ư' // "uow" is ươ: the w marks both
		case lc == 'w' && vowel:
			if !hornLast(w[:n]) {
				return 0, 0, false
			}
			typed = true
			continue
		case lc == 'w':
			r = 'ư'
		default:
			w[n] = caseOf(r, up)
			n++
			if _, ok := vowelLetter(r); ok {
				vowel = true
			}
			continue
		}
		w[n] = caseOf(r, up)
		n++
		vowel = vowel || r != 'đ'
		typed = true
	}
	return n, t, typed
}

// hornLast puts the mark a late Telex w types on the last a, o or u of w
// (ă, ơ, ư; "uo" becomes ươ) and reports whether there was one unmarked.
func hornLast(w []rune) bool {
	for k := len(w) - 1; k >= 0; k-- {
		r := w[k]
		if r >= 0x80 {
			if _, ok := vowelLetter(r); ok {
				return false // already marked: "aaw" is not Telex
			}
			continue
		}
		lc := byte(r) | 0x20
		if lc != 'a' && lc != 'o' && lc != 'u' {
			continue
		}
		markW(w, k)
		return true
	}
	return false
}

// markW puts on the a, o or u at w[k] the mark a Telex w types (ă, ơ, ư);
// "uo" becomes ươ, except the u of "quo", which spells the onset.
func markW(w []rune, k int) {
	r := w[k]
	lc := byte(r) | 0x20
	w[k] = caseOf(withMark(lc, 'w'), r < 'a')
	if lc == 'o' && k > 0 && w[k-1]|0x20 == 'u' && (k < 2 || w[k-2]|0x20 != 'q') {
		w[k-1] = caseOf('ư', w[k-1] < 'a')
	}
}

// vniLetters writes the letters word types in VNI into w and returns how
// many, the tone, and whether word typed any mark or tone.
func vniLetters(word string, w *[2 * maxSyllable]rune) (n int, t tone, typed bool) {
	if !isASCIILetter(word[0]) {
		return 0, 0, false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case isASCIILetter(c):
			w[n] = rune(c)
			n++
			continue
		case c >= '1' && c <= '5':
			if t != toneNone {
				return 0, 0, false // two tones
			}
			t = [...]tone{toneAcute, toneGrave, toneHook, toneTilde, toneDot}[c-'1']
		case c >= '6' && c <= '9':
			if !vniMark(w[:n], c) {
				return 0, 0, false
			}
		default:
			return 0, 0, false
		}
		typed = true
	}
	return n, t, typed
}

// vniMark puts the mark of the VNI digit c on the last letter of w that
// takes it, and reports whether there was one.
func vniMark(w []rune, c byte) bool {
	for k := len(w) - 1; k >= 0; k-- {
		r := w[k]
		lc := byte(r) | 0x20
		if r >= 0x80 {
			lc = 0
		}
		switch {
		case c == '6' && (lc == 'a' || lc == 'e' || lc == 'o'):
			w[k] = caseOf(withMark(lc, '^'), r < 'a')
		case c == '7' && (lc == 'o' || lc == 'u'), c == '8' && lc == 'a':
			markW(w, k)
		case c == '9' && lc == 'd':
			w[k] = caseOf('đ', r < 'a')
		default:
			continue
		}
		return true
	}
	return false
}

// toneLetterIndex returns the tone a Telex tone letter types, 0 for any
// other byte.
func toneLetterIndex(c byte) int {
	switch c | 0x20 {
	case 'f':
		return int(toneGrave)
	case 's':
		return int(toneAcute)
	case 'r':
		return int(toneHook)
	case 'x':
		return int(toneTilde)
	case 'j':
		return int(toneDot)
	}
	return 0
}

// withMark returns the small letter c with a circumflex ('^') or with a
// breve or horn ('w').
func withMark(c byte, mark byte) rune {
	switch {
	case mark == '^' && c == 'a':
		return 'â'
	case mark == '^' && c == 'e':
		return 'ê'
	case mark == '^' && c == 'o':
		return 'ô'
	case c == 'a':
		return 'ă'
	case c == 'o':
		return 'ơ'
	case c == 'u':
		return 'ư'
	}
	return rune(c)
}

// caseOf returns the small letter r, upper-cased when up is set.
func caseOf(r rune, up bool) rune {
	if !up {
		return r
	}
	if r < 0x80 {
		return r &^ 0x20
	}
	switch r {
	case 'đ':
		return 'Đ'
	case 'ư':
		return 'Ư'
	}
	if l, ok := vowelLetter(r); ok {
		l.upper = true
		return l.rune()
	}
	return r
}
