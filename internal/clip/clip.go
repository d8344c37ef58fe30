// Package clip shortens the text an error message quotes, so that a whole
// file passed by mistake, or a pasted paragraph, does not flood a log. It
// cuts at a character boundary: a message never holds half a Vietnamese
// letter, which %q would print as bytes ("\xe1\xbb").
package clip

import "unicode/utf8"

// Cut returns the longest prefix of s of at most n bytes that ends at a
// character boundary, and whether it is shorter than s.
func Cut(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n], true
}

// To returns s, or its first n bytes or fewer, cut as Cut does, followed by
// "…" when it was cut.
func To(s string, n int) string {
	if p, cut := Cut(s, n); cut {
		return p + "…"
	}
	return s
}
