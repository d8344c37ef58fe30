package admin

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSortReadings holds sortReadings to slices.SortStableFunc by score,
// highest first: the same order, ties in the order given, for readings
// in order, reversed, all tied and shuffled, up to and past the length
// where it hands over to SortStableFunc.
func TestSortReadings(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 14))
	for _, n := range []int{0, 1, 2, 3, 5, 8, 20, 32, 33, 70} {
		for _, tt := range []struct {
			name  string
			score func(i int) int
		}{
			{"in order", func(i int) int { return -i }},
			{"reversed", func(i int) int { return i }},
			{"tied", func(int) int { return 7 }},
			{"few scores", func(int) int { return rng.IntN(3) }},
			{"spread", func(int) int { return rng.IntN(40) - 20 }},
		} {
			rs := make([]addrReading, n)
			for i := range rs {
				rs[i] = addrReading{score: tt.score(i), start: i, prov: int32(i)}
			}
			want := slices.Clone(rs)
			slices.SortStableFunc(want, func(a, b addrReading) int { return b.score - a.score })
			sortReadings(rs)
			if d := cmp.Diff(want, rs, cmp.AllowUnexported(addrReading{})); d != "" {
				t.Errorf("%d readings %s (-want +got):\n%s", n, tt.name, d)
			}
		}
	}
}
