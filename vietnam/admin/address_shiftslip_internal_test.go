package admin

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestShiftSlipSecond holds the guard of provinceAfterLetter, now read
// off the onsets of package vietnam (spell.OnsetSecond), to the letters
// it passed when it listed them itself: a vowel, or h, g, r.
func TestShiftSlipSecond(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := strings.IndexByte("aeiouyhgr", byte(c)) >= 0
		assert.Equal(t, want, shiftSlipSecond(byte(c)), "%q", rune(c))
	}
}
