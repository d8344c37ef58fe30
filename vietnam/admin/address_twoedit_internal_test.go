package admin

import (
	"math/rand/v2"
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

// withinTwoEdits, which reads only the band of the table a distance of
// two passes through, agrees with editsWithinTwo, which reads it all, on
// words made of few letters (so that near ones are many).
func TestWithinTwoEditsBand(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2))
	word := func() []byte {
		w := make([]byte, rng.IntN(12))
		for i := range w {
			w[i] = "abc"[rng.IntN(3)]
		}
		return w
	}
	near := 0
	for range 20000 {
		a, b := word(), word()
		full := editsWithinTwo(len(a), len(b), func(i, j int) bool { return a[i] == b[j] }, nil)
		if full {
			near++
		}
		if !assert.Equal(t, full, withinTwoEdits(a, b), "%s %s", a, b) {
			return
		}
	}
	assert.Greater(t, near, 1000, "the words compared should often be near")
}
