// Package spell holds rules of Vietnamese spelling that package vietnam
// and the packages under it share, so that each is written once.
package spell

// Onset reports whether s, in lower case with đ written as D, is the
// onset of a Vietnamese syllable: the consonants before its vowels, ""
// for none. In "qu" and "gi" the u and i are read as vowels here; the
// caller that splits a syllable decides.
func Onset(s string) bool {
	switch s {
	case "", "b", "c", "ch", "d", "D", "g", "gh", "h", "k", "kh", "l", "m", "n",
		"ng", "ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x":
		return true
	}
	return false
}

// onsetFirsts are the letters an onset may start with (see Onset).
const onsetFirsts = "bcdDghklmnprstvx"

// OnsetSecond reports whether c, a lower-case letter, is the second
// letter of some onset (see Onset): h, g or r (ch, ng, tr...).
func OnsetSecond(c byte) bool {
	for i := 0; i < len(onsetFirsts); i++ {
		if Onset(string([]byte{onsetFirsts[i], c})) {
			return true
		}
	}
	return false
}
