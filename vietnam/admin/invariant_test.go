package admin

import (
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

// countTypes counts the units of every level of d by type.
func countTypes(d *Directory) map[Type]int {
	n := map[Type]int{}
	for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
		for u := range d.all(level) {
			n[u.Type()]++
		}
	}
	return n
}

// TestCounts checks the totals per type that SOURCES.md states, in each
// state of the data.
func TestCounts(t *testing.T) {
	tests := []struct {
		name string
		date vietnam.Date
		want map[Type]int
	}{
		{"pre-2025", vietnam.MustDate(2025, time.June, 30), map[Type]int{
			TypeProvince: 57, TypeCentralCity: 6,
			TypeRuralDistrict: 508, TypeProvincialCity: 85, TypeTown: 52, TypeUrbanDistrict: 49, TypeMunicipalCity: 2,
			TypeCommune: 7692, TypeWard: 1726, TypeTownship: 617,
		}},
		{"2025-07-01", reformDate, map[Type]int{
			TypeProvince: 28, TypeCentralCity: 6,
			TypeCommune: 2621, TypeWard: 687, TypeSpecialZone: 13,
		}},
		{"2026-04-29", vietnam.MustDate(2026, time.April, 29), map[Type]int{
			TypeProvince: 28, TypeCentralCity: 6,
			TypeCommune: 2621, TypeWard: 687, TypeSpecialZone: 13,
		}},
		{"2026-04-30", vietnam.MustDate(2026, time.April, 30), map[Type]int{
			TypeProvince: 27, TypeCentralCity: 7,
			TypeCommune: 2611, TypeWard: 697, TypeSpecialZone: 13,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, countTypes(At(tt.date))); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
		})
	}
	assert.Equal(t, countTypes(At(vietnam.MustDate(2026, time.April, 30))), countTypes(Current()))
}

// TestHierarchy checks, for every unit of both eras, that codes are
// unique and in order, that the parent exists at the level above and in
// the same province, and that Children lists exactly the units whose
// parent it is.
func TestHierarchy(t *testing.T) {
	for _, d := range []*Directory{At(reformDate.AddDays(-1)), Current()} {
		t.Run(d.Era().String(), func(t *testing.T) {
			children := map[Code][]Code{}
			for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
				var prev Code
				// Plain comparisons: testify in a 14,000-unit loop is slow under -race.
				for u := range d.all(level) {
					c := u.Code()
					if c.Era() != d.Era() || !prev.IsZero() && prev.n >= c.n {
						t.Fatalf("%s after %s: codes must be unique and sorted, in era %s", c, prev, d.Era())
					}
					prev = c
					if level == LevelProvince {
						continue
					}
					p, ok := d.Parent(u)
					if !ok || p.Level() >= level || p.Province() != u.Province() {
						t.Fatalf("parent of %s: %s, %v", u, p, ok)
					}
					children[p.Code()] = append(children[p.Code()], c)
				}
			}
			var childless []string
			for _, level := range []Level{LevelProvince, LevelDistrict} {
				for u := range d.all(level) {
					var got []Code
					for c := range d.Children(u.Code()) {
						got = append(got, c.Code())
					}
					if len(got) == 0 {
						childless = append(childless, u.Name())
					}
					if !slices.Equal(children[u.Code()], got) {
						t.Fatalf("children of %s (-want +got):\n%s", u, cmp.Diff(children[u.Code()], got, cmp.AllowUnexported(Code{})))
					}
				}
			}
			// Only the five island districts have no communes (SOURCES.md).
			var want []string
			if d.Era() == EraPre2025 {
				want = []string{"Bạch Long Vĩ", "Cồn Cỏ", "Hoàng Sa", "Lý Sơn", "Côn Đảo"}
			}
			assert.Equal(t, want, childless)
		})
	}
}

// TestSuccessionInvariants sweeps the conversion table: every old commune
// has a successor, every new commune a predecessor, a split is all
// partial, successors stay within the province mapping, and Predecessors
// is the inverse of Successors.
func TestSuccessionInvariants(t *testing.T) {
	pre, now := At(reformDate.AddDays(-1)), Current()
	type pair struct{ old, new Code }
	forward := map[pair]Kind{}
	for u := range pre.Communes() {
		succ := Successors(u.Code())
		require.NotEmpty(t, succ, "successors of %s", u)
		province := Successors(u.Province())
		require.Len(t, province, 1, "province successor of %s", u)
		for _, s := range succ {
			require.Equal(t, u, s.Old)
			if len(succ) > 1 {
				require.Equal(t, KindPartial, s.Kind, "split %s → %s", u, s.New)
			}
			require.Equal(t, province[0].New.Code(), s.New.Province(), "%s → %s crosses the province mapping", u, s.New)
			forward[pair{u.Code(), s.New.Code()}] = s.Kind
		}
	}
	backward := map[pair]Kind{}
	for u := range now.Communes() {
		preds := Predecessors(u.Code())
		require.NotEmpty(t, preds, "predecessors of %s", u)
		for _, s := range preds {
			require.Equal(t, u, s.New)
			if s.Old.Level() == LevelCommune {
				backward[pair{s.Old.Code(), u.Code()}] = s.Kind
			}
		}
	}
	require.Equal(t, len(forward), len(backward))
	require.True(t, maps.Equal(forward, backward), "Predecessors is not the inverse of Successors")

	var provinces []Code
	for u := range now.Provinces() {
		preds := Predecessors(u.Code())
		require.NotEmpty(t, preds, "predecessors of %s", u)
		for _, s := range preds {
			provinces = append(provinces, s.Old.Code())
		}
	}
	slices.SortFunc(provinces, func(a, b Code) int { return int(a.n) - int(b.n) })
	require.Len(t, slices.Compact(provinces), 63)
}
