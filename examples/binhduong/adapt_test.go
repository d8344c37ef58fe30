package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/example/exampletest"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestOtherProvinces runs the dashboard on the scenarios of two other
// provinces (exampletest.Others), changing data only, as a province that
// copies the folder does. The weights and the class plan are one per
// former district of the province, read from vietnam/admin; the
// generated roster has rows of every province. Every row is read, the
// new view is the union of the province the reform made, and the totals
// check holds: what the old unions counted is what the new one counts,
// the rows whose address names no commune included. The tests of
// hand-typed rows, of split communes and of weekly reports pass there too,
// and so do the figures of the dashboard, checked against the generator's
// truth as for the example's own province.
func TestOtherProvinces(t *testing.T) {
	exampletest.OnEach(t, exampletest.Others, &province, &merged, &mainCampaign.Window, func(t *testing.T, p exampletest.Province) {
		var weights []example.Weight
		var classes []cadreClass
		for d := range admin.At(example.TreeDate()).Children(exampletest.ProvinceCode(p.Code)) {
			weights = append(weights, example.Weight{District: d.Code().String(), Name: d.Name(), Value: 1})
			classes = append(classes, cadreClass{District: d.Code().String(), Date: p.Window[:8]})
		}
		exampletest.Set(t, &districtWeights, weights)
		exampletest.Set(t, &cadreClasses, classes)

		got := runJSON(t, "-rows", "500", "-date", "1/7/2025")
		assert.Equal(t, 500*(1+len(p.Merged)), got.Import.Rows, "a generated roster for every province")
		assert.Equal(t, got.Import.Rows, got.Import.Accepted+got.Import.Rejected)
		assert.Positive(t, got.Import.Accepted)
		for _, dw := range append([]example.Weight{{District: p.Code}}, districtWeights...) {
			_, ok := value(t, got.Old, dw.District, indUnionMembers)
			assert.True(t, ok, "the old view has %s", dw.District)
		}
		_, ok := value(t, got.New, p.NewCode, indUnionMembers)
		assert.True(t, ok, "the new view is the union of province %s", p.NewCode)
		require.Len(t, got.Checks, len(mainCampaign.Targets))
		for _, c := range got.Checks {
			assert.True(t, c.Match, "totals check of %s: %s before the reform, %s after", c.Indicator, c.Old.String(), c.New.String())
		}

		t.Run("hand-typed", checkHandWritten)
		t.Run("split communes", TestSplitChoices)
		t.Run("weekly reports", TestWeeklyReports)
		t.Run("truth", TestDashboardAgainstTruth)
	})
}
