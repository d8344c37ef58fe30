package org_test

import (
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// binhDuongUnion mirrors the Youth Union of the whole province of Bình
// Dương as it stood in June 2025.
func binhDuongUnion(t *testing.T) *org.Tree {
	t.Helper()
	old, err := org.MirrorUnion(admin.At(d("15/6/2025")), pre(admin.LevelProvince, "74"))
	require.NoError(t, err)
	return old
}

// binhDuongPart lists the 2025 communes that took a Bình Dương commune in
// whole or in part, read from the statistics office's table.
func binhDuongPart(t *testing.T) map[admin.Code]bool {
	t.Helper()
	part := map[admin.Code]bool{}
	for c := range admin.At(d("15/6/2025")).Provinces() {
		if c.Code() != pre(admin.LevelProvince, "74") {
			continue
		}
		var walk func(admin.Code)
		walk = func(p admin.Code) {
			for u := range admin.At(d("15/6/2025")).Children(p) {
				if u.Level() == admin.LevelCommune {
					for _, s := range admin.Successors(u.Code()) {
						part[s.New.Code()] = true
					}
				}
				walk(u.Code())
			}
		}
		walk(c.Code())
	}
	require.NotEmpty(t, part)
	return part
}

// unionsOf returns the 2025 communes that have an Đoàn xã in the tree.
func unionsOf(tree *org.Tree) map[admin.Code]bool {
	have := map[admin.Code]bool{}
	for _, u := range tree.Units() {
		if u.Kind == org.KindCommuneUnion {
			have[u.Admin] = true
		}
	}
	return have
}

func TestMigrateSettleSplitsBinhDuong(t *testing.T) {
	old := binhDuongUnion(t)
	part := binhDuongPart(t)
	bauBang := now(admin.LevelCommune, "25822")
	require.True(t, part[bauBang])

	plain, plainMap, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)
	settled, settledMap, err := org.Migrate(old, org.MigrateOptions{SettleSplits: true})
	require.NoError(t, err)

	t.Run("without the policy", func(t *testing.T) {
		have := unionsOf(plain)
		assert.False(t, have[bauBang], "Bàu Bàng is made only of split parts")
		assert.NotEmpty(t, plainMap.Pending())
		for _, mv := range plainMap.Pending() {
			assert.Greater(t, len(mv.Candidates), 1, mv.Old)
		}
	})

	t.Run("every new commune has its union", func(t *testing.T) {
		have := unionsOf(settled)
		var missing []string
		for c := range part {
			if !have[c] {
				missing = append(missing, c.String())
			}
		}
		slices.Sort(missing)
		assert.Empty(t, missing)
		got := slices.Collect(settled.ForAdmin(bauBang))
		require.Len(t, got, 1)
		assert.Equal(t, "Đoàn xã Bàu Bàng", got[0].Name)
		assert.NotEmpty(t, settledMap.Sources(got[0].ID), "its union comes from the split communes")
	})

	// The rule, checked move by move against the statistics office's table:
	// a split unit goes to a commune no plain unit went into, else where all
	// its population went, else it waits with its candidates.
	t.Run("every decision is in the mapping", func(t *testing.T) {
		plainCovered := map[admin.Code]bool{}
		for mv := range plainMap.Moves() {
			if (mv.Outcome == org.Kept || mv.Outcome == org.Merged) && (len(admin.Successors(mv.From)) < 2 || mv.From.Level() != admin.LevelCommune) {
				plainCovered[mv.To] = true
			}
		}
		have := unionsOf(settled)
		assert.Equal(t, old.Len(), settledMap.Len())
		splits := 0
		for mv := range settledMap.Moves() {
			succ := admin.Successors(mv.From)
			if len(succ) < 2 || mv.From.Level() != admin.LevelCommune {
				before, ok := plainMap.Move(mv.Old)
				require.True(t, ok)
				if diff := cmp.Diff(before, mv); diff != "" {
					t.Errorf("%s: a unit that was not split moved differently (-without +with):\n%s", mv.Old, diff)
				}
				continue
			}
			splits++
			require.NotEmpty(t, mv.Reason, mv.Old)
			var cands []admin.Code
			allPop := admin.Code{}
			for _, s := range succ {
				cands = append(cands, s.New.Code())
				if s.AllPopulation() {
					allPop = s.New.Code()
				}
			}
			switch mv.Outcome {
			case org.Kept, org.Merged:
				assert.Contains(t, cands, mv.To, mv.Old)
				if plainCovered[mv.To] {
					assert.Equal(t, allPop, mv.To, "%s went to a commune that had a union already", mv.Old)
					assert.Contains(t, mv.Reason, "all its population", mv.Old)
				} else {
					assert.Contains(t, mv.Reason, "SettleSplits", mv.Old)
				}
			case org.Pending:
				assert.Equal(t, cands, mv.Candidates, mv.Old)
				assert.True(t, allPop.IsZero(), mv.Old)
				for _, c := range cands {
					assert.True(t, have[c], "%s waits while %s has no union", mv.Old, c)
				}
			default:
				t.Errorf("%s: outcome %s", mv.Old, mv.Outcome)
			}
		}
		assert.NotZero(t, splits)
	})

	t.Run("same on every run", func(t *testing.T) {
		again, againMap, err := org.Migrate(old, org.MigrateOptions{SettleSplits: true})
		require.NoError(t, err)
		if diff := cmp.Diff(settled.Units(), again.Units()); diff != "" {
			t.Errorf("tree (-first +second):\n%s", diff)
		}
		if diff := cmp.Diff(slices.Collect(settledMap.Moves()), slices.Collect(againMap.Moves())); diff != "" {
			t.Errorf("moves (-first +second):\n%s", diff)
		}
	})
}

// Choices still win over the policy.
func TestMigrateSettleSplitsChoices(t *testing.T) {
	f, err := os.Open("testdata/binhduong_2025-06-30.csv")
	require.NoError(t, err)
	defer f.Close()
	old, err := org.ReadCSV(f)
	require.NoError(t, err)
	split, _ := splitOf(t, old)
	for _, want := range split.Candidates {
		assertChosen(t, old, map[org.ID]admin.Code{split.Old: want}, split.Old, want)
	}
}

// Over the whole country, the policy leaves no 2025 commune without its
// Đoàn xã; without it, the communes made only of split parts have none.
func TestMigrateSettleSplitsCountry(t *testing.T) {
	old, err := org.MirrorUnion(admin.At(d("15/6/2025")))
	require.NoError(t, err)
	all := map[admin.Code]bool{}
	for p := range admin.Current().Provinces() {
		for c := range admin.Current().Children(p.Code()) {
			all[c.Code()] = true
		}
	}
	missing := func(opts org.MigrateOptions) int {
		tree, _, err := org.Migrate(old, opts)
		require.NoError(t, err)
		have := unionsOf(tree)
		n := 0
		for c := range all {
			if !have[c] {
				n++
			}
		}
		return n
	}
	assert.NotZero(t, missing(org.MigrateOptions{}))
	assert.Zero(t, missing(org.MigrateOptions{SettleSplits: true}))
}

// Mapping.Old sends a unit of the new tree back to the lowest old unit that
// holds all it came from.
func TestMappingOld(t *testing.T) {
	P, C, D := admin.LevelProvince, admin.LevelCommune, admin.LevelDistrict
	end, start := d("30/6/2025"), d("1/7/2025")
	old := mustBuild(t, []org.Unit{
		{ID: "td-bd", Kind: org.KindProvinceUnion, Admin: pre(P, "74"), ValidTo: end},
		{ID: "thd-ta", Kind: org.KindDistrictUnion, Parent: "td-bd", Admin: pre(D, "725"), ValidTo: end},
		{ID: "dp-lt", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25966"), ValidTo: end},
		{ID: "cd-1", Kind: org.KindBranch, Parent: "dp-lt", ValidTo: end},
		{ID: "dp-bn", Kind: org.KindCommuneUnion, Parent: "thd-ta", Admin: pre(C, "25984"), ValidTo: end},
		{ID: "td-hcm", Kind: org.KindProvinceUnion, Admin: now(P, "79"), ValidFrom: start},
		{ID: "dp-lt-2025", Kind: org.KindCommuneUnion, Parent: "td-hcm", Admin: now(C, "25966"), ValidFrom: start},
		{ID: "doi-new", Kind: org.KindVolunteerTeam, Parent: "dp-lt-2025", ValidFrom: start},
	})
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)
	got := map[org.ID]org.ID{}
	for _, u := range tree.Units() {
		o, ok := mapping.Old(u.ID)
		require.True(t, ok, u.ID)
		got[u.ID] = o
	}
	want := map[org.ID]org.ID{
		"td-hcm":     "td-bd",  // the old province union and its closed district
		"dp-lt-2025": "thd-ta", // two wards of Thuận An
		"cd-1":       "cd-1",   // kept
		"doi-new":    "thd-ta", // founded after the reform: its ward's
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Old (-want +got):\n%s", diff)
	}
	_, ok := mapping.Old("dp-bn")
	assert.False(t, ok, "an old ID is not a unit of the new tree")
	_, ok = mapping.Old("")
	assert.False(t, ok)
}

// On the whole of Bình Dương, Old is the lowest old unit holding every
// source: nothing a new unit took comes from outside it, and none of its
// children holds them all.
func TestMappingOldBinhDuong(t *testing.T) {
	old := binhDuongUnion(t)
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{SettleSplits: true})
	require.NoError(t, err)
	for _, u := range tree.Units() {
		o, ok := mapping.Old(u.ID)
		require.True(t, ok, u.ID)
		src := mapping.Sources(u.ID)
		require.NotEmpty(t, src, u.ID)
		within := func(anc org.ID) bool {
			for _, s := range src {
				if s != anc && !old.IsAncestor(anc, s) {
					return false
				}
			}
			return true
		}
		assert.True(t, within(o), "%s: a source lies outside %s", u.ID, o)
		for c := range old.Children(o) {
			assert.False(t, within(c.ID), "%s: %s is lower than %s", u.ID, c.ID, o)
		}
	}
	hcm, ok := mapping.New(org.IDFor(org.KindProvinceUnion, pre(admin.LevelProvince, "74")))
	require.True(t, ok)
	o, _ := mapping.Old(hcm)
	assert.Equal(t, org.IDFor(org.KindProvinceUnion, pre(admin.LevelProvince, "74")), o)
}

// splitDataset is a made-up reform of five wards of Ba Đình (testdata/splits):
//
//	Phúc Xá     → Ba Đình, Ngọc Hà (split)
//	Cống Vị     → Ba Đình, Giảng Võ (split)
//	Quán Thánh  → Giảng Võ (whole)
//	Ngọc Hà     → Ba Đình, Giảng Võ (split)
//	Điện Biên   → Ngọc Hà, Giảng Võ (split; all its population to Giảng Võ)
//
// Taken greedily in order, Phúc Xá would go to Ba Đình and leave Ngọc Hà
// without a union, since Cống Vị can reach only Ba Đình.
func TestMigrateSettleSplitsMatching(t *testing.T) {
	ds, err := admin.LoadDataset(os.DirFS("testdata/splits"))
	require.NoError(t, err)
	units := []org.Unit{{ID: "td", Name: "Thành đoàn", Kind: org.KindProvinceUnion}}
	for _, c := range []string{"00001", "00007", "00013", "00016", "00019"} {
		units = append(units, org.Unit{ID: org.ID("dp-" + c), Kind: org.KindCommuneUnion, Parent: "td", Admin: pre(admin.LevelCommune, c), ValidTo: d("30/6/2025")})
	}
	old := mustBuild(t, units)
	ba, ngoc, giang := now(admin.LevelCommune, "00004"), now(admin.LevelCommune, "00008"), now(admin.LevelCommune, "00025")

	type move struct {
		Outcome org.Outcome
		To      admin.Code
	}
	moves := func(m *org.Mapping) map[org.ID]move {
		out := map[org.ID]move{}
		for mv := range m.Moves() {
			out[mv.Old] = move{mv.Outcome, mv.To}
		}
		return out
	}
	kept, pending := move{org.Kept, admin.Code{}}, move{org.Pending, admin.Code{}}
	into := func(c admin.Code) move { return move{org.Merged, c} }
	tests := [3]struct {
		name    string
		opts    org.MigrateOptions
		reasons map[org.ID]string
	}{
		{"without the policy", org.MigrateOptions{Dataset: ds}, nil},
		{"with the policy", org.MigrateOptions{Dataset: ds, SettleSplits: true}, map[org.ID]string{
			"dp-00001": "goes with Phường Ngọc Hà (00008), which no other unit went into",
			"dp-00007": "goes with Phường Ba Đình (00004), which no other unit went into",
			"dp-00016": "each has a unit already; choose one in MigrateOptions.Choices",
			"dp-00019": "all its population went to Phường Giảng Võ",
		}},
		{"choices first", org.MigrateOptions{Dataset: ds, SettleSplits: true, Choices: map[org.ID]admin.Code{"dp-00001": ba}}, map[org.ID]string{
			"dp-00001": "chosen by the caller",
			"dp-00019": "goes with Phường Ngọc Hà (00008)",
		}},
	}
	// want[id][i] is what becomes of unit id under tests[i]: a row reads
	// how the policy and then a choice change one unit's fate.
	want := map[org.ID][len(tests)]move{
		//           without      with the policy  choices first
		"td":       {kept, kept, kept},
		"dp-00001": {pending, into(ngoc), into(ba)},
		"dp-00007": {pending, into(ba), pending},
		"dp-00013": {into(giang), into(giang), into(giang)},
		"dp-00016": {pending, pending, pending},
		"dp-00019": {into(giang), into(giang), into(ngoc)},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, mapping, err := org.Migrate(old, tt.opts)
			require.NoError(t, err)
			wantI := map[org.ID]move{}
			for id, w := range want {
				wantI[id] = w[i]
			}
			if diff := cmp.Diff(wantI, moves(mapping)); diff != "" {
				t.Errorf("moves (-want +got):\n%s", diff)
			}
			for id, reason := range tt.reasons {
				mv, _ := mapping.Move(id)
				assert.Contains(t, mv.Reason, reason, id)
			}
		})
	}
}
