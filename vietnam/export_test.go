package vietnam

import "unicode/utf8"

// WellFormedSyllable reports whether w is a Vietnamese syllable spelt by
// the rules Detect judges readings by (strictSyllable), for the tests of
// package vietnam_test: TestDetectSingleWords also reports its figures
// without the entries of its word list that break them.
func WellFormedSyllable(w string) bool { return strictSyllable([]rune(w)) == wordGood }

// AppendFoldReference is AppendFold as it was before its tables took whole
// bytes (appendFoldRef), for FuzzFold to compare the two.
var AppendFoldReference = appendFoldRef

// LoanSyllables is loanSyllables, for TestLoanSyllables.
func LoanSyllables(w string) bool { return loanSyllables([]rune(w)) }

// LoanWordAsItStands reports whether s, one word, reads as a loan or
// minority word of Vietnamese letters as it stands: written in lower
// case, capitalised or in capitals, every vowel group one of Vietnamese
// and its end a vowel or a final ("nitô", "Jót"), for TestDetectHonestTies.
func LoanWordAsItStands(s string) bool {
	w := []rune(s)
	for _, c := range w {
		if !isVowelRune(c) && !isConsonant(c) && !(c < utf8.RuneSelf && isASCIILetter(byte(c))) {
			return false
		}
	}
	ok, _, _ := casePattern(w)
	return len(w) > 0 && ok && oddVowelRuns(w) == 0 && finalOK(w)
}
