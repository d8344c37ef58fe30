package vietnam

import "unicode"

// Tone is one of the six tones of Vietnamese, in the traditional order:
// ngang (no mark), huyền, sắc, hỏi, ngã, nặng. It is the primitive that
// name matchers use to compare tones whatever letter carries the mark
// ("Hòa" and "Hoà" are one tone on one syllable).
//
// The zero Tone is ToneLevel.
type Tone uint8

const (
	ToneLevel Tone = iota // ngang: "a"
	ToneGrave             // huyền: "à"
	ToneAcute             // sắc: "á"
	ToneHook              // hỏi: "ả"
	ToneTilde             // ngã: "ã"
	ToneDot               // nặng: "ạ"
)

// String returns the tone's Vietnamese name: "ngang", "huyền", "sắc",
// "hỏi", "ngã" or "nặng"; Tone(n) for a value out of range.
func (t Tone) String() string {
	switch t {
	case ToneLevel:
		return "ngang"
	case ToneGrave:
		return "huyền"
	case ToneAcute:
		return "sắc"
	case ToneHook:
		return "hỏi"
	case ToneTilde:
		return "ngã"
	case ToneDot:
		return "nặng"
	}
	return "Tone(" + itoa(int(t)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}

// SplitTone splits a letter into its tone and the rest: the letter in
// lower case with its vowel marks kept and its tone mark taken off. 'Ậ'
// gives 'â' and ToneDot, 'ư' gives 'ư' and ToneLevel, 'Đ' gives 'đ'. A
// combining tone mark, as in decomposed (NFD) text, gives 0 and its tone
// (U+0300 huyền, U+0301 sắc, U+0309 hỏi, U+0303 ngã, U+0323 nặng), so a
// caller that keeps the last tone of a syllable reads NFC and NFD alike.
// Any other rune comes back lower-cased, with ToneLevel.
func SplitTone(r rune) (base rune, t Tone) {
	switch r {
	case '\u0300':
		return 0, ToneGrave
	case '\u0301':
		return 0, ToneAcute
	case '\u0309':
		return 0, ToneHook
	case '\u0303':
		return 0, ToneTilde
	case '\u0323':
		return 0, ToneDot
	}
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A', ToneLevel
	}
	if r < 0xC0 {
		return r, ToneLevel
	}
	// the tables fetched once (a sync.OnceValue call), not twice:
	// SplitTone is asked of every letter of a name's tones
	lt := letters()
	if l := lt.slot(r); l != nil && l.ok {
		return lt.runes[0][l.v][toneNone], Tone(l.t)
	}
	return unicode.ToLower(r), ToneLevel
}
