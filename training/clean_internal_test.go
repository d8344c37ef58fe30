package training

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

// TestCanonicalForms checks the comparisons that spare the importer
// building a date or a phone number to see whether a cell needs a fix.
func TestCanonicalForms(t *testing.T) {
	d := vietnam.MustParseDate("9/6/2025")
	for s, want := range map[string]bool{"09/06/2025": true, "9/6/2025": false, "09/06/2024": false, "09-06-2025": false, "": false} {
		assert.Equal(t, want, isCanonicalDate(s, d), s)
		assert.Equal(t, d.String() == s, isCanonicalDate(s, d), s)
	}
	for v, want := range map[string]bool{"0912 345 678": true, "0912345678": true, "091234567": false, "09123456789": false,
		"0912 345678": false, "0912.345.678": false, "": false} {
		assert.Equal(t, want, equalButSpaces("0912 345 678", v), v)
	}
}
