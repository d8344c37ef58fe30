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

var sinkFirst Resolution

// BenchmarkResolverFirstUse is the cost of the first address a program
// resolves: a Dataset over the embedded tables with nothing computed yet
// (its directories and indexes are lazy), whose name index is the
// generated one. Baseline: the same with the index built at run time, as
// it was before the index was generated, and as a loaded Dataset's is.
func BenchmarkResolverFirstUse(b *testing.B) {
	const addr = "Phường Lái Thiêu, TP. Hồ Chí Minh"
	b.Run("generated", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkFirst, _ = NewResolver(&Dataset{d: &embeddedData}).Resolve(addr)
		}
	})
	b.Run("baseline-built", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ds := &Dataset{d: &embeddedData}
			ds.names.get(func() *nameIndex { return buildNameIndex(ds) })
			sinkFirst, _ = NewResolver(ds).Resolve(addr)
		}
	})
}
