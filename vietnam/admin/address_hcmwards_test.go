package admin_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The numbered wards of Hồ Chí Minh City merged on 1/1/2025 (Nghị quyết
// 1278/NQ-UBTVQH15) lead to the ward that absorbed them, whatever the
// 2025-03 list kept of their numbers: Quận 6's Phường 3 went into Phường 1
// (Bình Tiên since 7/2025), its Phường 5 into Phường 2 and 9 (both Bình
// Tây); Phường 1 of Quận 6 and of Gò Vấp into the Phường 1 of their own
// district, not Rạch Ông of Quận 8.
func TestResolveHCMCMergedWards(t *testing.T) {
	tests := []struct {
		in     string
		want   string // the one current ward
		former bool   // read as a state the 2025-03 list no longer has
	}{
		{"67A Đường Hậu Giang, Phường 5, Quận 6, Thành phố Hồ Chí Minh", "27367", true},
		{"P.5, Q.6, TP.HCM", "27367", true},
		{"phuong 5 quan 6 tp ho chi minh", "27367", true},
		{"112 Lò Gốm, Phường 3, Quận 6, TP. Hồ Chí Minh", "27373", true},
		{"P3, Q6, HCM", "27373", true},
		{"12 Cao Văn Lầu, phường 1, quận 6, tp hcm", "27373", false},
		{"45 Lê Quang Định, Phường 1, Quận Gò Vấp, TP.HCM", "26890", false},
		{"Phường 01, Gò Vấp, Hồ Chí Minh", "26890", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := admin.ResolveAddress(tt.in)
			require.NoError(t, err)
			require.Len(t, res.Candidates, 1)
			assert.Equal(t, tt.want, codeOf(res.Candidates[0].Unit))
			assert.False(t, res.Ambiguous)
			assert.Equal(t, tt.former, res.Flags.Has(admin.FlagFormer))
		})
	}
}

// Every numbered ward the inner districts of Hồ Chí Minh City had in 2019
// (the statistics office's list of 1/1/2019) resolves to one or more
// current wards, each one the district went into: none is left at the
// district, and none leads to another district's ward.
func TestResolveHCMCNumberedWardsOf2019(t *testing.T) {
	wards2019 := map[string][]int{
		"Quận 3":          {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14},
		"Quận 4":          {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16, 18},
		"Quận 5":          {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
		"Quận 6":          {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14},
		"Quận 8":          {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16},
		"Quận 10":         {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
		"Quận 11":         {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16},
		"Quận Phú Nhuận":  {1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17},
		"Quận Bình Thạnh": {1, 2, 3, 5, 6, 7, 11, 12, 13, 14, 15, 17, 19, 21, 22, 24, 25, 26, 27, 28},
		"Quận Gò Vấp":     {1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17},
		"Quận Tân Bình":   {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	}
	for district, numbers := range wards2019 {
		d, err := admin.ResolveAddress(district + ", Thành phố Hồ Chí Minh")
		require.NoError(t, err)
		require.NotEmpty(t, d.Within, district)
		within := map[string]bool{}
		for _, u := range d.Within {
			within[codeOf(u)] = true
		}
		for _, n := range numbers {
			in := fmt.Sprintf("Phường %d, %s, Thành phố Hồ Chí Minh", n, district)
			res, err := admin.ResolveAddress(in)
			require.NoError(t, err)
			if assert.NotEmpty(t, res.Candidates, in) {
				for _, c := range res.Candidates {
					assert.True(t, within[codeOf(c.Unit)], "%s: %s is not a successor of %s", in, c.Unit.FullName(), district)
				}
			}
		}
	}
}
