package metrics_test

import (
	"slices"
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRollupAcrossReform follows a campaign that crosses 1/7/2025: records
// of a Huyện đoàn closed by the reform land, through org's Mapping, on the
// surviving Tỉnh đoàn of the tree in force at the report date.
func TestRollupAcrossReform(t *testing.T) {
	old, err := org.Build([]org.Unit{
		{ID: "td", Name: "Tỉnh đoàn", Kind: org.KindProvinceUnion},
		{ID: "hd", Name: "Huyện đoàn", Kind: org.KindDistrictUnion, Parent: "td", ValidTo: d("30/6/2025")},
		{ID: "cd", Name: "Chi đoàn khu phố 1", Kind: org.KindBranch, Parent: "hd", ValidTo: d("30/6/2025")},
	})
	require.NoError(t, err)
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)
	require.False(t, tree.Has("hd"), "the district union is gone")

	recs := []metrics.Record{
		rec("visits", "hd", "2/6/2025", 5, ""), // before the reform, at the closed unit
		rec("visits", "cd", "3/6/2025", 2, ""),
		rec("visits", "cd", "3/7/2025", 1, ""),
		rec("visits", "td", "4/7/2025", 10, ""),
	}
	r := metrics.Aggregate(tree, smallCatalog(t), slices.Values(recs), metrics.Options{Successor: mapping.New})
	require.NoError(t, r.Skipped().Err())
	v, _ := r.Value("td", "visits")
	assert.Equal(t, "18", v.String(), "every record counts once in the new tree")
	v, _ = r.Value("cd", "visits")
	assert.Equal(t, "3", v.String())

	r = metrics.Aggregate(tree, smallCatalog(t), slices.Values(recs), metrics.Options{})
	assert.Equal(t, map[org.ID]int{"hd": 1}, r.Skipped().UnknownUnits, "without the mapping the record is reported")
}
