package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTypedMayEnd holds typedMayEnd, which lets withoutProvince leave
// out its two searches of the communes of the country, to the matches
// those searches give: at every end of every writing of the labelled
// addresses (and of a few with a damaged or glued type word) where it
// says no, neither gives a match read with its type word, the only ones
// communes keeps of a reading without province or district (fails with a
// way of typing a commune left out of typedMayEnd). Every unit of the
// commune level is of a type of addrCommTypes, which typedMayEnd asks a
// damaged type word of.
func TestTypedMayEnd(t *testing.T) {
	ds := Embedded()
	x := ds.nameIndex()
	for u := range x.units {
		if a := &x.units[u]; Level(a.level) == LevelCommune {
			require.NotZero(t, addrCommTypes&(1<<a.Type()), "unit %d (%s) of type %v", u, x.key(int32(u)), a.Type())
		}
	}
	filters := []addrFilter{
		{level: LevelCommune, era: Era2025, parent: -1, parentVia: -1, prov: -1, via: -1},
		{level: LevelCommune, era: EraPre2025, parent: -1, parentVia: -1, prov: -1, via: -1},
	}
	ins := append([]string{
		"Phưng Khâm Thiên",       // a damaged type word
		"XATRATAP",               // glued
		"12 Lê Lợi, Xã Vĩnh Lộc", // typed
		"412 Nguyễn Văn Cừ",      // bare
	}, everyLabelledAddress(t)...)
	left, typed := 0, 0
	for _, in := range ins {
		for _, s := range addressWritings(in) {
			st, ok := newLook(ds, s)
			if !ok {
				continue
			}
			for e := 1; e <= len(st.toks); e++ {
				may := st.typedMayEnd(e)
				if !may {
					left++
				}
				for _, f := range filters {
					for _, m := range st.matches(e, f) {
						if m.typed {
							require.True(t, may, "%q at %d: %+v", s, e, m)
							typed++
						}
					}
				}
			}
		}
	}
	t.Logf("%d ends left out, %d typed matches", left, typed)
	assert.Greater(t, left, 10000)
	assert.Greater(t, typed, 1000)
}
