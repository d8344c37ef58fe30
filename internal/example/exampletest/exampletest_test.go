package exampletest_test

import (
	"iter"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/example/exampletest"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func TestAbbrev(t *testing.T) {
	old := admin.At(example.TreeDate())
	for _, tt := range []struct {
		full, in, want string // a unit by its full name and its parent's
	}{
		{"Phường Phú Lợi", "Thành phố Thủ Dầu Một", "P. Phú Lợi"},
		{"Thành phố Thủ Dầu Một", "Tỉnh Bình Dương", "TP. Thủ Dầu Một"},
		{"Huyện Dầu Tiếng", "Tỉnh Bình Dương", "H. Dầu Tiếng"},
		{"Thị trấn Dầu Tiếng", "Huyện Dầu Tiếng", "TT. Dầu Tiếng"},
		{"Xã Định Hiệp", "Huyện Dầu Tiếng", "X. Định Hiệp"},
		{"Quận 3", "Thành phố Hồ Chí Minh", "Q. 3"},
		{"Phường 2", "Quận 3", "P. 2"},
		{"Thị xã Sơn Tây", "Thành phố Hà Nội", "TX. Sơn Tây"},
	} {
		found := false
		for _, units := range []iter.Seq[admin.Unit]{old.Districts(), old.Communes()} {
			for u := range units {
				p, _ := old.Parent(u)
				if u.FullName() == tt.full && p.FullName() == tt.in {
					found = true
					assert.Equal(t, tt.want, exampletest.Abbrev(u))
				}
			}
		}
		assert.True(t, found, tt.full)
	}
}

// TestCommunes: Bình Dương's communes that went whole, by district, and
// the three ways an address of one is written.
func TestCommunes(t *testing.T) {
	districts := exampletest.Communes(t, "74")
	require.Len(t, districts, 9)
	c := districts[0][0]
	assert.Equal(t, "Phường Phú Lợi, Thành phố Thủ Dầu Một, Tỉnh Bình Dương", c.Full())
	assert.Equal(t, "P. Phú Lợi, TP. Thủ Dầu Một, Bình Dương", c.Short())
	assert.Equal(t, "Phường Phú Lợi, Thành phố Hồ Chí Minh", c.Current())
	for _, cs := range districts {
		for _, c := range cs {
			assert.Len(t, admin.Successors(c.Commune.Code()), 1, c.Full())
		}
	}
}

// TestRows: two roster files, the first of two provinces' rows under one
// header, numbered by line from 2 in each file; the people of each
// configuration apart from the others'; the row the program reported as
// ambiguous marked; and the walk stops when asked.
func TestRows(t *testing.T) {
	window := campaign.MustParseWindow("1/3/2025–1/6/2025")
	spec := example.Roster{Seed: 3, Rows: 5}
	first, second := spec.Configs([]string{"74", "11"}, 5, window), spec.Configs([]string{"19"}, 4, window)
	var plain []exampletest.Row
	for r := range exampletest.Rows(t, []map[int][]string{nil, nil}, first, second) {
		plain = append(plain, r)
	}
	require.Len(t, plain, 14)
	var lines [2][]int
	for i, r := range plain {
		lines[r.File] = append(lines[r.File], r.Line)
		config := min(i/5, 2) // 5 rows of 74, 5 of 11, 4 of 19
		assert.Equal(t, config, r.Config, "line %d of file %d", r.Line, r.File)
		assert.Equal(t, config, r.Person>>32, "line %d of file %d", r.Line, r.File)
		assert.False(t, r.Ambiguous)
	}
	assert.Equal(t, [2][]int{{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {2, 3, 4, 5}}, lines)

	// Line 3 of the first file reported as reading as its communes and
	// one more.
	var cands []string
	for _, c := range append(plain[1].Current, plain[1].Commune) {
		cands = append(cands, c.String())
	}
	var marked []int
	n := 0
	for r := range exampletest.Rows(t, []map[int][]string{{3: append(cands, "99999")}, nil}, first, second) {
		if r.Ambiguous {
			marked = append(marked, r.Line)
		}
		if n++; n == 4 {
			break
		}
	}
	assert.Equal(t, []int{3}, marked)
	assert.Equal(t, 4, n)
}
