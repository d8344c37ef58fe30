package vietnam

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// The twelve vowel letters of Vietnamese, each followed by its five toned
// forms in tone order (see tone). Lower and upper case. These two strings
// are the single source of the letter tables below, of tone placement and
// of the legacy encoders.
const (
	vowelsLower = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
	vowelsUpper = "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ"
)

// tone is one of the six Vietnamese tones, in the order of the tables.
type tone uint8

const (
	toneNone  tone = iota // ngang (level): no mark
	toneGrave             // huyền
	toneAcute             // sắc
	toneHook              // hỏi
	toneTilde             // ngã
	toneDot               // nặng
	numTones
)

// vowel indexes the twelve vowel letters in the order of vowelsLower.
type vowel uint8

const (
	vA vowel = iota
	vAbreve
	vAcirc
	vE
	vEcirc
	vI
	vO
	vOcirc
	vOhorn
	vU
	vUhorn
	vY
	numVowels
)

// vowelBase is each vowel's ASCII letter.
const vowelBase = "aaaeeiooouuy"

// hasMark reports the vowels with a vowel mark (ă â ê ô ơ ư), which take
// the tone before any plain vowel of the same syllable.
func (v vowel) hasMark() bool {
	switch v {
	case vAbreve, vAcirc, vEcirc, vOcirc, vOhorn, vUhorn:
		return true
	}
	return false
}

// letter describes one Vietnamese vowel rune.
type letter struct {
	v     vowel
	t     tone
	upper bool
	ok    bool // set in the tables: the rune is a vowel letter
}

// letterTables index the vowel letters by rune in three dense arrays
// covering the ranges they live in: ASCII, U+00C0–U+01B0 (Latin-1 and
// Latin Extended-A/B: à, ă, ơ, ư...) and U+1EA0–U+1EF9 (ạ, ả, ấ...).
type letterTables struct {
	ascii [0x80]letter
	latin [0x1B1 - 0xC0]letter
	viet  [0x1EFA - 0x1EA0]letter
	runes [2][numVowels][numTones]rune // [upper][vowel][tone]
}

// slot returns where r's entry lives, or nil outside the ranges.
func (lt *letterTables) slot(r rune) *letter {
	switch {
	case r >= 0 && r < 0x80:
		return &lt.ascii[r]
	case r >= 0xC0 && r <= 0x1B0:
		return &lt.latin[r-0xC0]
	case r >= 0x1EA0 && r <= 0x1EF9:
		return &lt.viet[r-0x1EA0]
	}
	return nil
}

// letters is built on first use from vowelsLower and vowelsUpper and is
// read-only afterwards.
var letters = sync.OnceValue(func() *letterTables {
	lt := new(letterTables)
	for u, table := range []string{vowelsLower, vowelsUpper} {
		i := 0
		for _, r := range table {
			l := letter{v: vowel(i / int(numTones)), t: tone(i % int(numTones)), upper: u == 1, ok: true}
			*lt.slot(r) = l
			lt.runes[u][l.v][l.t] = r
			i++
		}
	}
	return lt
})

// vowelLetter returns the description of r if it is a Vietnamese vowel
// letter (any case, any tone).
func vowelLetter(r rune) (letter, bool) {
	if p := letters().slot(r); p != nil && p.ok {
		return *p, true
	}
	return letter{}, false
}

// rune returns the letter as a precomposed rune.
func (l letter) rune() rune {
	u := 0
	if l.upper {
		u = 1
	}
	return letters().runes[u][l.v][l.t]
}

// isConsonant reports the consonant letters of the Vietnamese alphabet.
// f, j, w and z are not among them: a word using them is not Vietnamese.
func isConsonant(r rune) bool {
	switch r {
	case 'đ', 'Đ':
		return true
	}
	return r < utf8.RuneSelf && strings.ContainsRune("bcdghklmnpqrstvxBCDGHKLMNPQRSTVX", r)
}
