package main

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/example/exampletest"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestOtherProvinces runs the tracker on the scenarios of two other
// provinces (exampletest.Others), changing data only, as a province that
// copies the folder does, at the end of their windows. Every roster is
// imported, the new province is the one the reform made, and the totals
// check holds: what the old unions counted is what the new province
// counts. The hand-typed roster and the split communes pass there too.
func TestOtherProvinces(t *testing.T) {
	exampletest.OnEach(t, exampletest.Others, &province, &merged, &program.Window, func(t *testing.T, p exampletest.Province) {
		var specs []example.Roster
		for i, code := range append([]string{p.Code}, p.Merged...) {
			n, err := strconv.Atoi(code)
			require.NoError(t, err)
			specs = append(specs, example.Roster{Province: code, Seed: uint64(n), Rows: []int{2000, 800, 1200}[i],
				Errors: 0.03, Duplicates: 0.10, Legacy: 0.02, NoTones: 0.08, Services: 0.6})
		}
		exampletest.Set(t, &rosters, specs)

		var got output
		exampletest.JSON(t, command().Run, &got, "-rows", strconv.Itoa(specs[0].Rows), "-date", campaign.MustParseWindow(p.Window).End().String())
		require.Len(t, got.Imports, len(specs))
		for i, imp := range got.Imports {
			assert.Equal(t, specs[i].Province, imp.Province)
			assert.Equal(t, specs[i].Rows, imp.Rows)
			assert.Positive(t, imp.Accepted)
		}
		np, ok := admin.Current().Unit(admin.MustParseCode(admin.Era2025, admin.LevelProvince, p.NewCode))
		require.True(t, ok)
		communes := 0
		for range admin.Current().Children(np.Code()) {
			communes++
		}
		assert.Equal(t, communes, got.Communes, "the new province's communes")
		if len(p.Merged) == 0 {
			assert.Empty(t, got.Merged)
		} else {
			assert.NotEmpty(t, got.Merged)
		}
		require.NotEmpty(t, got.Checks)
		for _, c := range got.Checks {
			assert.True(t, c.Match, "totals check of %s: %d before the reform, %d after", c.Indicator, c.Old, c.New)
			assert.Equal(t, c.Old, c.New, c.Indicator)
		}

		t.Run("hand-typed", TestRosterFile)
		t.Run("split communes", TestSplitChoices)
	})
}
