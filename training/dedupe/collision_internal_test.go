package dedupe

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// TestHashCollision forces two different keys onto one hash, as a 64-bit
// hash may do once in billions of keys: the rows whose keys differ stay
// apart, and a row whose key equals the second key joins the second row,
// not the first.
func TestHashCollision(t *testing.T) {
	d := New()
	add := func(row int, cccd string) {
		d.Add(Ref{Source: "a", Row: row}, training.Learner{Name: person.ParseName("Nguyễn Văn An"), CCCD: person.MustParseCCCD(cccd)})
	}
	add(1, "074085001234")
	add(2, "074190004321")
	add(3, "074190004321")
	require.Len(t, d.keys, 3)
	for i := range d.keys {
		d.keys[i].hash = 42
	}
	people, err := d.Result(context.Background())
	require.NoError(t, err)
	var rows [][]Ref
	for _, p := range people {
		rows = append(rows, p.Rows)
	}
	assert.Equal(t, [][]Ref{{{"a", 1}}, {{"a", 2}, {"a", 3}}}, rows)
}
