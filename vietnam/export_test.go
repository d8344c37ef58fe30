package vietnam

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
