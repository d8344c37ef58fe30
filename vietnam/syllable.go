package vietnam

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// syllableClasses maps each syllable of syllableClassData to its class:
// the bit length of how often it occurs in running text (about its log₂),
// from 4 (once in the corpus) to 17 (the commonest words), or 1 for the
// readings of a dictionary (Unihan) that have no count.
// Syllables that are not there are rare or no words: class 0. Built on
// first use.
var syllableClasses = sync.OnceValue(func() map[string]uint8 {
	m := make(map[string]uint8, 6000)
	start := 0
	for i := 0; i < len(syllableClassData); i++ {
		if c := syllableClassData[i]; c >= 'A' && c <= 'Z' {
			m[syllableClassData[start:i]] = c - 'A'
			start = i + 1
		}
	}
	return m
})

// syllableClass is the class of the syllable w, whatever its case.
func syllableClass(w []rune) uint8 {
	var buf [4 * (maxSyllable + 4)]byte
	n := 0
	for _, c := range w {
		if n+utf8.UTFMax > len(buf) {
			return 0
		}
		n += utf8.EncodeRune(buf[n:], unicode.ToLower(c))
	}
	return syllableClasses()[string(buf[:n])]
}
