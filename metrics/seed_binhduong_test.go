package metrics_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestSeedBinhDuongAllocation is the seed fact of the campaign: Bình
// Dương's 52.000 union members to train and 200.000 SmartCA accounts,
// split over its nine former cities and districts (as vietnam/admin lists
// them on 30/6/2025) by population, sum exactly to the province's targets,
// and each part is its exact quota rounded down or up.
func TestSeedBinhDuongAllocation(t *testing.T) {
	// 2024 populations as published by kehoachviet.com ("Dân số và diện tích
	// các quận huyện tỉnh Bình Dương 2024"); example weights, by district name.
	population := map[string]int64{
		"Thủ Dầu Một": 331652, "Bến Cát": 312239, "Dĩ An": 489508, "Tân Uyên": 382085, "Thuận An": 614850,
		"Bàu Bàng": 95574, "Bắc Tân Uyên": 67917, "Dầu Tiếng": 115985, "Phú Giáo": 92544,
	}
	dir := admin.At(vietnam.MustParseDate("30/6/2025"))
	bd, ok := dir.Lookup(admin.LevelProvince, "74")
	require.True(t, ok)
	var claims []metrics.Claim
	var names []string
	for d := range dir.Children(bd.Code()) {
		w, ok := population[d.Name()]
		require.True(t, ok, "no population for %s", d.FullName())
		claims = append(claims, metrics.Claim{Weight: w})
		names = append(names, d.Name())
	}
	require.Len(t, claims, 9, "Bình Dương had nine district-level units")

	for _, total := range []int64{52000, 200000} {
		parts, err := metrics.Allocate(total, claims)
		require.NoError(t, err)
		quotasKept(t, total, claims, parts, names)
	}
}
