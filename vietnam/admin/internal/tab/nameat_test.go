package tab

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameAt: NameAt is where Name starts in Full, for units packed
// with the name at every place a byte holds and names of any length.
func TestNameAt(t *testing.T) {
	text := "Thành phố Hồ Chí Minh"
	for nameAt := range len(text) + 1 {
		for _, length := range []int{nameAt, len(text)} {
			tb := Table{Units: []Unit{NewUnit(79, 0, 0, 79, uint8(length), uint8(nameAt), 1)}, Text: text}
			u := &tb.Units[0]
			assert.Equal(t, len(tb.Full(u))-len(tb.Name(u)), int(u.NameAt()), "name at %d of %d", nameAt, length)
			assert.Equal(t, tb.Full(u)[u.NameAt():], tb.Name(u))
		}
	}
}
