package curriculum_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestBuiltInFrameworks(t *testing.T) {
	tests := []struct {
		fw           curriculum.Framework
		areas, comps int
		levels       int
	}{
		// Thông tư 02/2025: 6 domains, 24 competences, 4 tiers × 2 steps.
		{curriculum.TT02(), 6, 24, 8},
		// DigComp 2.2: 5 areas, 21 competences, 8 levels.
		{curriculum.DigComp22(), 5, 21, 8},
		// QĐ 757 citizens: group 0 (device) and group 1 as read in sources.
		{curriculum.BasicCitizen(), 2, 5, 1},
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
	fw := curriculum.TT02()
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
	_, ok = curriculum.DigComp22().Competence("6.2")
	assert.False(t, ok, "DigComp 2.2 has no AI domain")
}

func TestFrameworkCopiesAreIndependent(t *testing.T) {
	a := curriculum.TT02()
	a.Areas[0].Competences[0].Name.VI = "changed"
	b := curriculum.TT02()
	assert.NotEqual(t, "changed", b.Areas[0].Competences[0].Name.VI)
}

func TestFrameworkValidate(t *testing.T) {
	fw := curriculum.Framework{
		Areas: []curriculum.Area{
			{Code: "1", Competences: []curriculum.Competence{{Code: "1.1"}, {Code: "1.1"}}},
			{Code: "2"},
		},
		Levels: []curriculum.Level{{Rank: 2, Code: "B"}},
	}
	err := fw.Validate()
	require.Error(t, err)
	assert.True(t, errors.Is(err, curriculum.ErrInvalid))
	want := `curriculum: framework "": empty ID: invalid curriculum
curriculum: framework "": competence "1.1" appears twice: invalid curriculum
curriculum: framework "": area "2" has no competences: invalid curriculum
curriculum: framework "": level "B" has rank 2, want 1: invalid curriculum`
	assert.Equal(t, want, err.Error())

	assert.EqualError(t, curriculum.Framework{}.Validate(), `curriculum: framework "": empty ID: invalid curriculum
curriculum: framework "": no areas: invalid curriculum
curriculum: framework "": no levels: invalid curriculum`)
	noCodes := curriculum.Framework{ID: "x", Areas: []curriculum.Area{{Competences: []curriculum.Competence{{}}}}, Levels: []curriculum.Level{{Rank: 1}}}
	assert.EqualError(t, noCodes.Validate(), `curriculum: framework "x": area with empty code: invalid curriculum
curriculum: framework "x": competence with empty code in area "": invalid curriculum`)
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
			if diff := cmp.Diff(tt.want, curriculum.Equivalent(tt.from, tt.code, tt.to)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestTextLabel(t *testing.T) {
	tx := curriculum.Text{VI: "An toàn", EN: "Safety"}
	assert.Equal(t, "An toàn", tx.Label(vietnam.Vietnamese))
	assert.Equal(t, "Safety", tx.Label(vietnam.English))
	assert.Equal(t, "An toàn", tx.Label(vietnam.Lang(9)))
	assert.Equal(t, "Safety", curriculum.Text{EN: "Safety"}.Label(vietnam.Vietnamese))
	assert.Equal(t, "An toàn", curriculum.Text{VI: "An toàn"}.Label(vietnam.English))
}
