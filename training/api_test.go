package training_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/apisurface"
)

// apiBudget bounds the exported identifiers of package training (types,
// functions, methods, constants, variables and struct fields, counted by
// package apisurface). Issue #16 asked for a third fewer than the 325 the
// package had when it was filed, at most 217. The budget is a ratchet: it
// is the count today, lowered when an identifier goes, so that an
// addition has to make room for itself.
// go test -run TestAPISurface -v ./training prints the count, with the
// sub-packages'. (212 → 213 for WarnUnreachablePhone, the typed warning
// the importer gives a private-network phone, still under the 217 asked.)
const apiBudget = 213

func TestAPISurface(t *testing.T) {
	c, err := apisurface.Dir(".")
	require.NoError(t, err)
	t.Logf("training: %v", c)
	total := c.Total()
	for _, sub := range []string{"certificate", "curriculum", "dedupe", "vocab", "xlsx"} {
		s, err := apisurface.Dir(sub)
		require.NoError(t, err)
		t.Logf("training/%s: %v", sub, s)
		total += s.Total()
	}
	t.Logf("training and its sub-packages: %d exported", total)
	require.LessOrEqual(t, c.Total(), apiBudget, "exported identifiers of training over budget")
}
