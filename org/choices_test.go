package org_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// splitOf finds a Pending split commune of Bình Dương's union tree and a
// successor of it.
func splitOf(t *testing.T, old *org.Tree) (org.Move, admin.Code) {
	t.Helper()
	_, plain, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)
	for _, mv := range plain.Pending() {
		if len(mv.Candidates) > 1 {
			return mv, mv.Candidates[len(mv.Candidates)-1]
		}
	}
	t.Fatal("no pending split commune")
	return org.Move{}, admin.Code{}
}

func TestChoicesByCommune(t *testing.T) {
	old := binhDuongUnion(t)
	split, to := splitOf(t, old)
	choices, err := org.ChoicesByCommune(old, nil, map[admin.Code]admin.Code{split.From: to})
	require.NoError(t, err)
	require.NotEmpty(t, choices)
	for id, c := range choices {
		u, ok := old.Unit(id)
		require.True(t, ok)
		assert.Equal(t, split.From, u.Admin, "only units of the split commune get a choice")
		assert.Equal(t, to, c)
	}
	assertChosen(t, old, choices, split.Old, to)
}

// assertChosen migrates old with the choices and SettleSplits, and checks
// that the unit id went to want because the caller chose it.
func assertChosen(t *testing.T, old *org.Tree, choices map[org.ID]admin.Code, id org.ID, want admin.Code) {
	t.Helper()
	_, mapping, err := org.Migrate(old, org.MigrateOptions{Choices: choices, SettleSplits: true})
	require.NoError(t, err)
	mv, ok := mapping.Move(id)
	require.True(t, ok)
	assert.Equal(t, want, mv.To)
	assert.Equal(t, org.RuleCallerChoice, mv.Rule)
	assert.Contains(t, mv.Reason, "chosen by the caller")
}

func TestChoicesByCommuneErrors(t *testing.T) {
	old := binhDuongUnion(t)
	split, _ := splitOf(t, old)
	laiThieu := pre(admin.LevelCommune, "25966")                              // went whole into Phường Lái Thiêu
	baDinh := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "00004") // a Hà Nội ward
	hanoi := pre(admin.LevelCommune, "00004")                                 // split? no: not in this tree either way
	_, err := org.ChoicesByCommune(old, nil, map[admin.Code]admin.Code{
		split.From: baDinh,
		laiThieu:   admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966"),
		hanoi:      baDinh,
	})
	require.Error(t, err)
	assert.ErrorIs(t, err, org.ErrChoice)
	assert.ErrorContains(t, err, "org: split commune "+split.From.String()+": 2025:00004 is not one of its successors ")
	assert.ErrorContains(t, err, "org: pre-2025:00004, pre-2025:25966 are not communes split by the reform in the tree")
}

func TestMappingNearest(t *testing.T) {
	old := binhDuongUnion(t)
	split, _ := splitOf(t, old)
	_, mapping, err := org.Migrate(old, org.MigrateOptions{})
	require.NoError(t, err)
	_, ok := mapping.New(split.Old)
	require.False(t, ok, "a pending split commune has no new unit of its own")
	got, ok := mapping.Nearest(split.Old)
	require.True(t, ok)
	// Its nearest ancestor with a new unit is its district union, which
	// closed: New gives the union of the new province.
	var want org.ID
	for u := range old.Ancestors(split.Old) {
		if n, ok := mapping.New(u.ID); ok {
			want = n
			break
		}
	}
	assert.Equal(t, want, got)
	kept := old.Units()[0].ID
	n, _ := mapping.New(kept)
	got, ok = mapping.Nearest(kept)
	assert.True(t, ok)
	assert.Equal(t, n, got, "a unit with a new unit of its own goes there")
	_, ok = mapping.Nearest("no-such-unit")
	assert.False(t, ok)
}
