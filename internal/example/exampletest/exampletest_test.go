package exampletest_test

import (
	"iter"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
