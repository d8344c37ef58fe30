package training_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestBuiltInFrameworks(t *testing.T) {
	tests := []struct {
		fw           training.Framework
		areas, comps int
		levels       int
	}{
		// Thông tư 02/2025: 6 domains, 24 competences, 4 tiers × 2 steps.
		{training.TT02(), 6, 24, 8},
		// DigComp 2.2: 5 areas, 21 competences, 8 levels.
		{training.DigComp22(), 5, 21, 8},
		// QĐ 757 citizens: group 0 (device) and group 1 as read in sources.
		{training.BasicCitizen(), 2, 5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.fw.ID, func(t *testing.T) {
			require.NoError(t, tt.fw.Validate())
			assert.Len(t, tt.fw.Areas, tt.areas)
			assert.Equal(t, tt.comps, tt.fw.NumCompetences())
			assert.Len(t, tt.fw.Levels, tt.levels)
			for _, a := range tt.fw.Areas {
				for _, c := range a.Competences {
					assert.NotEmpty(t, c.Name.VI, c.Code)
					assert.NotEmpty(t, c.Name.EN, c.Code)
					got, ok := tt.fw.Area(c.Code)
					assert.True(t, ok)
					assert.Equal(t, a.Code, got.Code)
				}
			}
		})
	}
}

func TestTT02Tiers(t *testing.T) {
	fw := training.TT02()
	for code, rank := range map[string]int{"CB1": 1, "cb2": 2, "TC1": 3, "TC2": 4, "NC1": 5, "NC2": 6, "CS1": 7, "CS2": 8, "5": 5} {
		l, ok := fw.Level(code)
		require.True(t, ok, code)
		assert.Equal(t, rank, l.Rank, code)
	}
	_, ok := fw.Level("XX")
	assert.False(t, ok)
	c, ok := fw.Competence("6.2")
	require.True(t, ok)
	assert.Equal(t, "Sử dụng trí tuệ nhân tạo", c.Name.VI)
	_, ok = training.DigComp22().Competence("6.2")
	assert.False(t, ok, "DigComp 2.2 has no AI domain")
}

func TestFrameworkCopiesAreIndependent(t *testing.T) {
	a := training.TT02()
	a.Areas[0].Competences[0].Name.VI = "changed"
	b := training.TT02()
	assert.NotEqual(t, "changed", b.Areas[0].Competences[0].Name.VI)
}

func TestFrameworkValidate(t *testing.T) {
	fw := training.Framework{
		Areas: []training.Area{
			{Code: "1", Competences: []training.Competence{{Code: "1.1"}, {Code: "1.1"}}},
			{Code: "2"},
		},
		Levels: []training.Level{{Rank: 2, Code: "B"}},
	}
	err := fw.Validate()
	require.Error(t, err)
	assert.True(t, errors.Is(err, training.ErrFramework))
	want := `training: framework "": empty ID: invalid framework
training: framework "": competence "1.1" appears twice: invalid framework
training: framework "": area "2" has no competences: invalid framework
training: framework "": level "B" has rank 2, want 1: invalid framework`
	assert.Equal(t, want, err.Error())
}

func TestEquivalent(t *testing.T) {
	tests := []struct {
		from, code, to string
		want           []string
	}{
		{"tt02-2025", "4.2", "digcomp-2.2", []string{"4.2"}},
		{"digcomp-2.2", "5.4", "tt02-2025", []string{"5.4"}},
		{"tt02-2025", "6.1", "digcomp-2.2", nil}, // AI has no DigComp 2.2 counterpart
		{"qd757-citizen", "0.1", "digcomp-2.2", nil},
		{"qd757-citizen", "1.2", "tt02-2025", []string{"1.2"}},
	}
	for _, tt := range tests {
		t.Run(tt.from+"/"+tt.code+"→"+tt.to, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, training.Equivalent(tt.from, tt.code, tt.to)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	// Every correspondence points at competences that exist.
	fws := map[string]training.Framework{}
	for _, f := range []training.Framework{training.TT02(), training.DigComp22(), training.BasicCitizen()} {
		fws[f.ID] = f
	}
	for _, c := range training.Correspondences() {
		from, to := fws[c.From], fws[c.To]
		_, ok1 := from.Competence(c.FromCode)
		_, ok2 := to.Competence(c.ToCode)
		assert.True(t, ok1 && ok2, "%+v", c)
	}
}

func TestTextLabel(t *testing.T) {
	tx := training.Text{VI: "An toàn", EN: "Safety"}
	assert.Equal(t, "An toàn", tx.Label(vietnam.Vietnamese))
	assert.Equal(t, "Safety", tx.Label(vietnam.English))
	assert.Equal(t, "An toàn", tx.Label(vietnam.Lang(9)))
	assert.Equal(t, "Safety", training.Text{EN: "Safety"}.Label(vietnam.Vietnamese))
	assert.Equal(t, "An toàn", training.Text{VI: "An toàn"}.Label(vietnam.English))
}
