package vietnam

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// TestCleanLetterIsNFC checks Normalize's fast path against the Unicode
// tables: every letter it lets through is in NFC alone and no letter
// before it can compose with it, so text made of them and ASCII is NFC.
func TestCleanLetterIsNFC(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= 0x2FFF; r++ {
		if !cleanLetter(r) {
			continue
		}
		n++
		s := string(r)
		assert.True(t, norm.NFC.IsNormalString(s), "%U is not NFC", r)
		assert.True(t, norm.NFC.PropertiesString(s).BoundaryBefore(), "%U may compose with what precedes it", r)
		assert.Equal(t, s, Normalize(" " + s + " ")[:len(s)], "%U is changed by Normalize", r)
	}
	assert.Greater(t, n, 134, "the 134 letters of Vietnamese with marks")
}
