package spell_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam/internal/spell"
)

func TestOnset(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"b", true},
		{"ch", true},
		{"D", true}, // đ
		{"ngh", true},
		{"tr", true},
		{"qu", false}, // q and u: the u is a vowel here
		{"q", false},  // q is never without its u
		{"dh", false},
		{"br", false},
		{"f", false},
		{"ngr", false},
		{"T", false}, // lower case only
	} {
		assert.Equal(t, tc.want, spell.Onset(tc.s), "%q", tc.s)
	}
}

// TestOnsetSecond checks OnsetSecond against the onsets of two letters
// or more, and onsetFirsts against those of one.
func TestOnsetSecond(t *testing.T) {
	var got []byte
	for c := 0; c < 256; c++ {
		if spell.OnsetSecond(byte(c)) {
			got = append(got, byte(c))
		}
	}
	assert.Equal(t, "ghr", string(got)) // ch gh kh ng ngh nh ph th tr
	var firsts []byte
	for c := 0; c < 256; c++ {
		if spell.Onset(string(rune(c))) && c < 0x80 {
			firsts = append(firsts, byte(c))
		}
	}
	assert.Equal(t, "Dbcdghklmnprstvx", string(firsts))
}
