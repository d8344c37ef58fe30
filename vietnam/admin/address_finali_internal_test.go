package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFinalIIn holds finalIIn, which the typo search asks before it
// writes a run's key with its last i written y (spanYKey), to
// appendFinalY's answer for the key of the run: on every run of words of
// the labelled sets, and on words as people write them.
func TestFinalIIn(t *testing.T) {
	ds := Embedded()
	runs, changed := 0, 0
	for _, s := range unmendedSetAddresses(t) {
		st, ok := newLook(ds, s)
		if !ok {
			continue
		}
		for e := 1; e <= len(st.toks); e++ {
			for ni := e - 1; ni >= 0 && e-ni <= addrMaxNameTokens && st.toks[ni].seg == st.toks[e-1].seg; ni-- {
				_, key := st.spanNames(ni, e)
				_, want := appendFinalY(nil, key)
				require.Equal(t, want, finalIIn(st.toks[ni:e]), "%q in %q", key, s)
				runs++
				if want {
					changed++
				}
			}
		}
	}
	t.Logf("%d runs, %d with a last i", runs, changed)
	assert.Greater(t, changed, 1000)
	assert.Greater(t, runs, 10*changed) // most runs have none

	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Sơn Thy", true},     // "son thi": Sơn Thủy one letter off
		{"Phú Mỹ", true},      // "phu mi"
		{"Hà Nội", false},     // "ha noi": an i after a vowel
		{"Bắc Ninh", false},   // no word ends in i
		{"Kỳ Anh", true},      // "ki anh": the first word
		{"Ia Grai", false},    // "grai": an i after a vowel
		{"Xã Ia Pnôn", false}, // "ia" is no word's end in i
	} {
		st, ok := newLook(ds, tt.text)
		require.True(t, ok)
		_, key := st.spanNames(0, len(st.toks))
		_, want := appendFinalY(nil, key)
		assert.Equal(t, tt.want, want, "appendFinalY %q", key)
		assert.Equal(t, tt.want, finalIIn(st.toks), "finalIIn %q", key)
	}
}
