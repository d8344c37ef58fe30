package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProvsAreTheEnd holds provs, which endsProvince reads, to the
// province matches that end the text, as matches answers them after the
// first look at each labelled address: the answer kept itself, which
// the readings may not change.
func TestProvsAreTheEnd(t *testing.T) {
	read := 0
	eachFirstLook(t, func(s string, st *resolveState) {
		want := st.matches(len(st.toks), addrFilter{level: LevelProvince, parent: -1, parentVia: -1, prov: -1, via: -1})
		require.Equal(t, want, st.provs, "%q", s)
		if len(want) > 0 {
			require.Same(t, &want[0], &st.provs[0], "%q", s)
			read++
		}
	})
	assert.Greater(t, read, 1000)
}
