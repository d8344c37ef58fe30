package main

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestOtherProvinces runs the tracker on the scenarios of two other
// provinces, changing data only, as a province that copies the folder
// does: Nghệ An, which no province was merged into on 1/7/2025, over
// 1/3–1/6/2025; and Lâm Đồng, into which Đắk Nông and Bình Thuận were
// merged. Every roster is imported, the new province is the one the
// reform made, and the totals check holds: what the old unions counted is
// what the new province counts.
func TestOtherProvinces(t *testing.T) {
	spec := func(p string, seed uint64, rows int) example.Roster {
		return example.Roster{Province: p, Seed: seed, Rows: rows, Errors: 0.03, Duplicates: 0.10, Legacy: 0.02, NoTones: 0.08, Services: 0.6}
	}
	tests := []struct {
		name, province string
		merged         []string
		rosters        []example.Roster
		window, asOf   string
		newProvince    string // its 2025 code
	}{
		{"Nghệ An", "40", nil, []example.Roster{spec("40", 40, 2000)}, "1/3/2025–1/6/2025", "1/6/2025", "40"},
		{"Lâm Đồng", "68", []string{"67", "60"},
			[]example.Roster{spec("68", 68, 2000), spec("67", 67, 800), spec("60", 60, 1200)}, "1/1/2025–30/6/2025", "30/6/2025", "68"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			saved := struct {
				province string
				merged   []string
				rosters  []example.Roster
				window   string
			}{province, merged, rosters, program.Window}
			t.Cleanup(func() {
				province, merged, rosters, program.Window = saved.province, saved.merged, saved.rosters, saved.window
			})
			province, merged, rosters, program.Window = tt.province, tt.merged, tt.rosters, tt.window

			var got output
			require.NoError(t, json.Unmarshal([]byte(runOK(t, "-rows", strconv.Itoa(tt.rosters[0].Rows), "-date", tt.asOf, "-format", "json")), &got))
			require.Len(t, got.Imports, len(tt.rosters))
			for i, imp := range got.Imports {
				assert.Equal(t, tt.rosters[i].Province, imp.Province)
				assert.Equal(t, tt.rosters[i].Rows, imp.Rows)
				assert.Positive(t, imp.Accepted)
			}
			np, ok := admin.Current().Unit(admin.MustParseCode(admin.Era2025, admin.LevelProvince, tt.newProvince))
			require.True(t, ok)
			communes := 0
			for range admin.Current().Children(np.Code()) {
				communes++
			}
			assert.Equal(t, communes, got.Communes, "the new province's communes")
			if len(tt.merged) == 0 {
				assert.Empty(t, got.Merged)
			} else {
				assert.NotEmpty(t, got.Merged)
			}
			require.NotEmpty(t, got.Checks)
			for _, c := range got.Checks {
				assert.True(t, c.Match, "totals check of %s: %d before the reform, %d after", c.Indicator, c.Old, c.New)
				assert.Equal(t, c.Old, c.New, c.Indicator)
			}
		})
	}
}
