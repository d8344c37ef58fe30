package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNameIndexOneKey checks that Find's reading of a unit's name and the
// resolver's give the keys the index files the unit under: one key
// function for both, so that a name Find finds the resolver finds too.
func TestNameIndexOneKey(t *testing.T) {
	ds := Embedded()
	x := ds.nameIndex()
	var q nameQuery
	var k addrKeyer
	for i := range x.units {
		u := ds.unitOf(x, int32(i))
		name := u.Name()
		require.True(t, q.parse(name), "%s", u)
		key, tone := k.keys(name)
		assert.Equal(t, x.key(int32(i)), string(q.key()), "Find's key of %s", u)
		assert.Equal(t, x.tone(int32(i)), string(q.tone()), "Find's tone key of %s", u)
		assert.Equal(t, x.key(int32(i)), key, "the resolver's key of %s", u)
		assert.Equal(t, x.tone(int32(i)), tone, "the resolver's tone key of %s", u)
	}
}

// TestNameIndexLookup checks the lookups by kind of key against the
// units they should give.
func TestNameIndexLookup(t *testing.T) {
	ds := Embedded()
	x := ds.nameIndex()
	names := func(kind uint8, key string) []string {
		var out []string
		for _, e := range x.lookup(kind, []byte(key)) {
			out = append(out, ds.unitOf(x, e.unit).FullName())
		}
		return out
	}
	tests := []struct {
		kind uint8
		key  string
		want []string
	}{
		{kindName, "lai thieu", []string{"Phường Lái Thiêu", "Phường Lái Thiêu"}},     // both eras
		{kindName, "hcm", []string{"Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"}}, // a nickname, both eras
		{kindGlued, "hbong", []string{"Xã H Bông"}},
		{kindInitials, "brvt", []string{"Tỉnh Bà Rịa - Vũng Tàu"}},
		{kindAbbr, "t giang", []string{"Tỉnh Tiền Giang"}},
		{kindName, "no such place", nil},
		{kindGlued, "lai thieu", nil}, // glued keys have no spaces
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, names(tt.kind, tt.key), "%d %q", tt.kind, tt.key)
	}
}
