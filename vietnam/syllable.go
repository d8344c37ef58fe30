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
	m := make(map[string]uint8, 7000)
	start := 0
	for i := 0; i < len(syllableClassData); i++ {
		if c := syllableClassData[i]; c >= 'A' && c <= 'Z' {
			m[syllableClassData[start:i]] = c - 'A'
			start = i + 1
		}
	}
	return m
})

// syllableKnownClass is the class of a syllable that only Unihan's
// readings have: known, with no count, so it beats a syllable no source
// has (reading.commoner) but is far rarer than any counted one ("ngón",
// class 9, beats the reading of its bytes that Unihan has, where a
// count of 1, class 4, made them a tie). Measured by
// TestDetectSingleWords against class 4: as many right answers on the
// words that are not ambiguous, 0.03 point more right in running text
// (TCVN3 as Windows-1252), 0.3–1.5 points more of the ambiguous words
// wrong and 1–4 points more right.
//
// TestWriteSyllableFreq writes it into syllableClassData; Detect tells by
// it a syllable a dictionary knows from one running text has
// (reading.known).
const syllableKnownClass = 1

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

// appendTonedRhyme appends to dst the rhyme of the syllable w with its
// tone, wherever the mark stands ("hoà" and "hòa" alike): the vowels from
// the nucleus on (qu and gi belong to the onset) and the final, in lower
// case and without the tone mark, then the tone as a byte '0' to '5'. ok
// is false when w is no syllable.
func appendTonedRhyme(dst []byte, w []rune) (key []byte, ok bool) {
	sy, ok := parseSyllable(w)
	if !ok {
		return dst, false
	}
	for _, c := range w[sy.at:] {
		if l, ok := vowelLetter(c); ok {
			l.t, l.upper = toneNone, false
			c = l.rune()
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(c))
	}
	return append(dst, byte('0'+sy.t)), true
}

// knownRhymeCount is how many syllables of the table have the toned
// rhyme k (appendTonedRhyme): a syllable no source has whose rhyme and
// tone none of them has either ("gựi", "thừm") is rarer still than one
// whose rhyme and tone many words share ("gùi", "thõm"). The rhymes are
// counted when the table is generated (knownRhymeKeys).
func knownRhymeCount(k []byte) int {
	lo, hi := 0, len(knownRhymeKeys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if knownRhymeKeys[m] < string(k) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(knownRhymeKeys) && knownRhymeKeys[lo] == string(k) {
		return int(knownRhymeCounts[lo])
	}
	return 0
}

// rhymeRarity judges w, a well-formed syllable no source of the table
// has: orphan, its rhyme and tone are those of no syllable of the table
// and no syllable of the table is w with another tone ("quỵt", whose
// rhyme no other word has, is "quýt" with the dot); thin, its rhyme and
// tone are those of one syllable of the table; shared, how many
// syllables of the table have its rhyme and tone (knownRhymeCount).
func rhymeRarity(w []rune) (orphan, thin bool, shared int) {
	var buf [4 * (maxSyllable + 4)]byte
	k, ok := appendTonedRhyme(buf[:0], w)
	if !ok {
		return false, false, 0
	}
	switch shared = knownRhymeCount(k); shared {
	case 0:
	case 1:
		return false, true, shared
	default:
		return false, false, shared
	}
	var letters [maxSyllable + 4]rune
	v := letters[:copy(letters[:], w)]
	at := -1
	for i, c := range v {
		if l, ok := vowelLetter(c); ok && l.t != toneNone {
			at = i
		}
	}
	if at < 0 {
		return true, false, 0
	}
	l, _ := vowelLetter(v[at])
	for t := range numTones {
		if tone(t) == l.t {
			continue
		}
		l.t = tone(t)
		v[at] = l.rune()
		if syllableClass(v) > 0 {
			return false, true, 0
		}
	}
	return true, false, 0
}
