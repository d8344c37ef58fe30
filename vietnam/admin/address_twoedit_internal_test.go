package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithinTwoEdits(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"tamanhnam", "tamanhnam", true},
		{"tamanhnam", "tamamnhnzm", true}, // one inserted, one replaced
		{"thangbinh", "thangfbih", true},  // one inserted, one lost
		{"tiengiang", "tingjiang", true},
		{"thanhphong", "thanhphongjc", true}, // two inserted
		{"thanhphong", "htanhphnog", true},   // two swaps
		{"thanhphong", "thanhphongjcx", false},
		{"vinhdieu", "ninhdiem", true}, // marks aside: marksWithinTwo tells these apart
		{"bennghe", "benmnhe", true},
		{"quangngai", "quannqaix", false},
		{"", "ab", true},
		{"", "abc", false},
	} {
		assert.Equal(t, tt.want, withinTwoEdits([]byte(tt.a), []byte(tt.b)), "%s %s", tt.a, tt.b)
		assert.Equal(t, tt.want, withinTwoEdits([]byte(tt.b), []byte(tt.a)), "%s %s", tt.b, tt.a)
	}
}
