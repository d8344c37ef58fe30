package clip_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/internal/clip"
)

func TestTo(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"", 5, ""},
		{"Lái Thiêu", 11, "Lái Thiêu"}, // 11 bytes: not cut
		{"Lái Thiêu", 20, "Lái Thiêu"},
		{"Lái Thiêu", 5, "Lái …"},
		{"Lái Thiêu", 2, "L…"},       // "á" is two bytes: the cut moves back before it
		{"Lái Thiêu", 9, "Lái Thi…"}, // "ê" would be cut in half
		{"ệ", 2, "…"},                // three bytes: nothing whole fits
		{"abc", 0, "…"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, clip.To(tt.s, tt.n), "%q, %d", tt.s, tt.n)
	}
}

func TestCut(t *testing.T) {
	p, cut := clip.Cut("Thủ Dầu Một", 6)
	assert.Equal(t, "Thủ ", p)
	assert.True(t, cut)
	p, cut = clip.Cut("Thủ", 6)
	assert.Equal(t, "Thủ", p)
	assert.False(t, cut)
}

func FuzzTo(f *testing.F) {
	for _, s := range []string{"", "Lái Thiêu", "ệệệ", "\xff\xfe"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 || n > 1<<10 {
			return
		}
		p, cut := clip.Cut(s, n)
		assert.LessOrEqual(t, len(p), n, "at most n bytes")
		assert.Equal(t, s[:len(p)], p, "a prefix")
		assert.Equal(t, len(s) > n, cut)
		if cut && p != "" { // text of continuation bytes only has no boundary: nothing is kept
			assert.True(t, isRuneStart(s[len(p)]), "stops at a character boundary")
		}
	})
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
