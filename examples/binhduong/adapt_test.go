package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestOtherProvinces runs the dashboard on the scenarios of two other
// provinces, changing data only, as a province that copies the folder
// does: Nghệ An, which no province was merged into on 1/7/2025, over
// 1/3–1/6/2025; and Lâm Đồng, into which Đắk Nông and Bình Thuận were
// merged. The weights and the class plan are one per former district of
// the province, read from vietnam/admin; the generated roster has rows of
// every province. Every row is read, the new view is the union of the
// province the reform made, and the totals check holds: what the old
// unions counted is what the new one counts, the rows whose address names
// no commune included.
func TestOtherProvinces(t *testing.T) {
	tests := []struct {
		name, province string
		merged         []string
		window         string
		newProvince    string // its 2025 code
	}{
		{"Nghệ An", "40", nil, "1/3/2025–1/6/2025", "40"},
		{"Lâm Đồng", "68", []string{"67", "60"}, "1/1/2025–30/6/2025", "68"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			saved := struct {
				province, window string
				merged           []string
				weights          []example.Weight
				classes          []cadreClass
			}{province, mainCampaign.Window, merged, districtWeights, cadreClasses}
			t.Cleanup(func() {
				province, mainCampaign.Window, merged, districtWeights, cadreClasses = saved.province, saved.window, saved.merged, saved.weights, saved.classes
			})
			province, mainCampaign.Window, merged = tt.province, tt.window, tt.merged
			districtWeights, cadreClasses = nil, nil
			dir := admin.At(example.TreeDate())
			for d := range dir.Children(admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, tt.province)) {
				districtWeights = append(districtWeights, example.Weight{District: d.Code().String(), Name: d.Name(), Value: 1})
				cadreClasses = append(cadreClasses, cadreClass{District: d.Code().String(), Date: tt.window[:8]})
			}

			got := runJSON(t, "-rows", "500", "-date", "1/7/2025")
			assert.Equal(t, 500*(1+len(tt.merged)), got.Import.Rows, "a generated roster for every province")
			assert.Equal(t, got.Import.Rows, got.Import.Accepted+got.Import.Rejected)
			assert.Positive(t, got.Import.Accepted)
			for _, dw := range append([]example.Weight{{District: tt.province}}, districtWeights...) {
				_, ok := value(t, got.Old, dw.District, indUnionMembers)
				assert.True(t, ok, "the old view has %s", dw.District)
			}
			_, ok := value(t, got.New, tt.newProvince, indUnionMembers)
			assert.True(t, ok, "the new view is the union of province %s", tt.newProvince)
			require.Len(t, got.Checks, len(mainCampaign.Targets))
			for _, c := range got.Checks {
				assert.True(t, c.Match, "totals check of %s: %s before the reform, %s after", c.Indicator, c.Old.String(), c.New.String())
			}
		})
	}
}
