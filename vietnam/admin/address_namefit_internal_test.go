package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nameFit, which keeps the fit of a span's first spanTones tone keys, is
// toneFit of every unit filed under the words of every run of the
// labelled addresses, asked in either order (a tone key met again
// answers from what was kept).
func TestNameFitIsToneFit(t *testing.T) {
	asked := 0
	for _, s := range everyLabelledAddress(t) {
		st, ok := newLook(&embedded, s)
		if !ok || !st.marked {
			continue
		}
		for e := 1; e <= len(st.toks); e++ {
			for ni := max(0, e-addrMaxNameTokens); ni < e; ni++ {
				sp, _ := st.spanNames(ni, e)
				es := st.x.entryRun(sp.name)
				for i := range 2 * len(es) {
					k := i
					if i >= len(es) {
						k = 2*len(es) - 1 - i // and back
					}
					want := st.toneFit(ni, e, st.x.tone(es[k].unit))
					require.Equal(t, want, st.nameFit(sp, k, ni, e), "%q [%d, %d) %d", s, ni, e, k)
					asked++
				}
			}
		}
	}
	assert.Greater(t, asked, 10000, "fits asked")
}
