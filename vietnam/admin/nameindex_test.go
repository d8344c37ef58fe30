package admin

import (
	"cmp"
	"slices"
	"strings"
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
	// a unit is filed under its name, or under one of the conversion
	// table's spellings of it (the commune again)
	spellings := map[uint32][]string{}
	for _, s := range ds.d.Spellings {
		spellings[s.Code] = append(spellings[s.Code], s.Name)
	}
	for i := range x.units {
		u := ds.unitOf(x, int32(i))
		name := u.Name()
		if nk, nt := k.keys(name); (nk != x.key(int32(i)) || nt != x.tone(int32(i))) && u.Era() == EraPre2025 && u.Level() == LevelCommune {
			for _, s := range spellings[u.Code().n] {
				if sk, st := k.keys(s); sk == x.key(int32(i)) && st == x.tone(int32(i)) {
					name = s
				}
			}
		}
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

// TestNameIndexEntryLevels checks that every entry, of the generated
// index and of one built, gives the level of its unit, which scopeFrom
// reads in the entry rather than in the unit, and that scopeFrom finds
// the entries inScope of a filter of each level.
func TestNameIndexEntryLevels(t *testing.T) {
	for _, x := range []*nameIndex{Embedded().nameIndex(), buildNameIndex(&Dataset{d: &embeddedData})} {
		levels := map[uint8]int{}
		for _, e := range x.entries {
			require.Equal(t, x.units[e.unit].level, e.level, "entry of unit %d", e.unit)
			levels[e.level]++
		}
		assert.Len(t, levels, 3)
		es := x.lookup(kindName, []byte("1")) // wards and communes of every level's parent
		for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
			f := addrFilter{level: level, parent: -1, parentVia: -1, prov: -1, via: -1}
			var want, got []int32
			for _, e := range es {
				if x.inScope(e.unit, &f) {
					want = append(want, e.unit)
				}
			}
			for k := x.scopeFrom(es, 0, &f); k < len(es); k = x.scopeFrom(es, k+1, &f) {
				got = append(got, es[k].unit)
			}
			assert.Equal(t, want, got, "level %v", level)
		}
	}
}

// TestNameIndexLookupEvery checks every key of the index against a
// search of all its entries: lookup gives the whole run filed under the
// key, of one entry or of many ("1" of a hundred wards), and nothing for
// a key no entry has in a bucket that holds others.
func TestNameIndexLookupEvery(t *testing.T) {
	x := Embedded().nameIndex()
	type kk struct {
		kind uint8
		key  string
	}
	all := map[kk][]nameEntry{}
	for _, e := range x.entries {
		k := kk{e.kind, x.entryKey(&e)}
		all[k] = append(all[k], e)
	}
	long := 0
	for k, want := range all {
		require.Equal(t, want, x.lookup(k.kind, []byte(k.key)), "%d %q", k.kind, k.key)
		if len(want) > 2 {
			long++
		}
		// the key with a letter more is in the index seldom; when not,
		// it finds nothing
		more := k.key + "q"
		if _, ok := all[kk{k.kind, more}]; !ok {
			require.Empty(t, x.lookup(k.kind, []byte(more)), "%d %q", k.kind, more)
		}
	}
	assert.Greater(t, long, 100, "keys of more than two entries")
}

// TestNameIndexKeyBits checks the filter lookupHashed and gluedRuns ask
// first: the bit of every key of every kind is set, so that no key filed
// is missed, and most keys not filed (every key with a letter more or
// less) find theirs clear and end there.
func TestNameIndexKeyBits(t *testing.T) {
	x := Embedded().nameIndex()
	filed := map[string]bool{}
	for _, e := range x.entries {
		k := x.entryKey(&e)
		filed[k] = true
		require.True(t, x.mayHold(nameHash(k)), "%q %d", k, e.kind)
	}
	absent, cleared := 0, 0
	for k := range filed {
		for _, other := range []string{k + "q", "q" + k, k[1:]} {
			if !filed[other] {
				absent++
				if !x.mayHold(nameHash(other)) {
					cleared++
				}
			}
		}
	}
	assert.Greater(t, cleared, absent*9/10, "of %d keys not filed", absent)
}

// TestNameIndexLookupWord holds lookupWord, for every key of the index
// without spaces and those keys with a letter more, to lookupRun under
// kindName, and whether it finds the key glued to lookupRun under
// kindGlued.
func TestNameIndexLookupWord(t *testing.T) {
	x := Embedded().nameIndex()
	glued := 0
	for _, e := range x.entries {
		k := x.entryKey(&e)
		if strings.Contains(k, " ") {
			continue
		}
		for _, key := range [][]byte{[]byte(k), []byte(k + "q")} {
			name, isGlued := x.lookupWord(key, nameHash(key))
			want := x.lookupRun(kindName, key)
			require.Equal(t, want[1]-want[0], name[1]-name[0], "%q", key)
			if want[1] > want[0] {
				require.Equal(t, want, name, "%q", key)
			}
			g := x.lookupRun(kindGlued, key)
			require.Equal(t, g[1] > g[0], isGlued, "%q", key)
			if isGlued {
				glued++
			}
		}
	}
	assert.Greater(t, glued, 1000)
}

// TestNameIndexEntryRuns checks keyRunEnd, which reads the run an entry
// keeps, against the end found by comparing the entries that follow, at
// every entry of the index and of a key filed 300 times, past what a run
// holds.
func TestNameIndexEntryRuns(t *testing.T) {
	x := Embedded().nameIndex()
	long := make([]nameEntry, 300, 302)
	for i := range long {
		long[i] = nameEntry{keyOff: 7, keyLen: 1, unit: int32(i)}
	}
	long = append(long, nameEntry{keyOff: 7, keyLen: 1, kind: kindGlued}, nameEntry{keyOff: 8, keyLen: 1})
	setEntryRuns(long)
	for _, es := range [][]nameEntry{x.entries, long} {
		for i := range es {
			require.Equal(t, sameKeyEnd(es, i, i+1), keyRunEnd(es, i), "entry %d", i)
		}
	}
	assert.Equal(t, uint8(255), long[0].run)
	assert.Equal(t, 300, keyRunEnd(long, 0))
}

// TestNameIndexRuns checks the runs the typo search reads: every unit
// under a unit, in a province, and every province, once, sorted by the
// length of the key without spaces and then in unit order, which the
// search relies on to read only the names of about a text's length.
func TestNameIndexRuns(t *testing.T) {
	ds := Embedded()
	x := ds.nameIndex()
	keys := ds.typoKeys(x)
	kids, inProv := map[int32]int{}, map[int32]int{}
	provinces := 0
	for i := range x.units {
		a := &x.units[i]
		assert.Equal(t, a.glen, uint8(keys[i]&0xff), "unit %d", i)
		switch {
		case Level(a.level) == LevelProvince:
			provinces++
		default:
			if a.parent >= 0 {
				kids[a.parent]++
			}
			inProv[a.prov]++
		}
	}
	check := func(run []int32, under func(u int32) bool, n int, what string) {
		t.Helper()
		assert.Len(t, run, n, what)
		for k, u := range run {
			require.True(t, under(u), "%s: unit %d", what, u)
			if k > 0 {
				prev := run[k-1]
				require.True(t, x.units[prev].glen < x.units[u].glen || x.units[prev].glen == x.units[u].glen && prev < u,
					"%s: unit %d after %d", what, u, prev)
			}
		}
	}
	check(x.provinceList(), func(u int32) bool { return x.unit(u).Level() == LevelProvince }, provinces, "provinces")
	for i := range x.units {
		p := int32(i)
		check(x.kids(p), func(u int32) bool { return x.units[u].parent == p }, kids[p], "kids")
		check(x.inProv(p), func(u int32) bool { return x.units[u].prov == p && x.unit(u).Level() != LevelProvince }, inProv[p], "in province")
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

// TestTypoIndexOrder holds the counting sort of typoIndex to what the
// one-edit search's binary search (letterFrom) assumes: each run of
// byFirst and byLast in order of letterKey, then unit.
func TestTypoIndexOrder(t *testing.T) {
	ds := &Dataset{d: &embeddedData}
	x := ds.nameIndex()
	ti := ds.typoIndex(x)
	for _, r := range x.runs() {
		for _, by := range []struct {
			shift int
			got   []int32
		}{{8, ti.byFirst[r[0]:r[1]]}, {16, ti.byLast[r[0]:r[1]]}} {
			want := slices.Clone(x.list(r))
			slices.SortFunc(want, func(a, b int32) int {
				return cmp.Or(cmp.Compare(letterKey(ti.keys[a], by.shift), letterKey(ti.keys[b], by.shift)), cmp.Compare(a, b))
			})
			require.Equal(t, want, by.got, "run %v, shift %d", r, by.shift)
		}
	}
}

// TestNameIndexGluedRuns checks gluedRuns, which finds the runs of
// kindName and kindGlued of a key without its spaces in one scan,
// against a lookup of each: for every such key of the index, written as
// it is and with a space after each of its letters, and for keys with a
// letter more, which find nothing.
func TestNameIndexGluedRuns(t *testing.T) {
	x := Embedded().nameIndex()
	found := 0
	for _, e := range x.entries {
		if e.kind != kindName && e.kind != kindGlued {
			continue
		}
		k := x.entryKey(&e)
		if strings.Contains(k, " ") {
			continue
		}
		for _, spaced := range []string{k, k + "q", "q" + k} {
			glued := []byte(spaced)
			for at := range len(spaced) {
				key := []byte(spaced[:at] + " " + spaced[at:])
				if at == 0 {
					key = glued
				}
				one, more := x.gluedRuns(key, len(glued), nameHash(glued))
				wantOne := x.lookupRun(kindName, glued)
				if at == 0 {
					wantOne = [2]uint32{wantOne[1], wantOne[1]} // its own key: left out
				}
				wantMore := x.lookupRun(kindGlued, glued)
				require.Equal(t, x.entryRun(wantOne), x.entryRun(one), "%q", key)
				require.Equal(t, x.entryRun(wantMore), x.entryRun(more), "%q", key)
				if len(more) > 0 && more[1] > more[0] {
					found++
				}
			}
		}
	}
	assert.Greater(t, found, 1000)
}

// TestSpanNamesHashes checks the hashes spanNames makes of the words it
// looks up, alongside the key, against nameHash of the key with and
// without its spaces, and the key against the words' keys, for every run
// of words the resolver looked up in the labelled addresses.
func TestSpanNamesHashes(t *testing.T) {
	spans := 0
	eachFirstLook(t, func(_ string, st *resolveState) {
		for k, v := range st.spanAt {
			if v == 0 {
				continue
			}
			e, n := k/addrMaxNameTokens+1, k%addrMaxNameTokens+1
			var words []string
			for _, tk := range st.toks[e-n : e] {
				words = append(words, tk.key)
			}
			require.Equal(t, strings.Join(words, " "), string(st.spans[v-1].key))
		}
		for _, sp := range st.spans {
			glued := dropAddrSpaces([]byte(string(sp.key)))
			require.Equal(t, st.x.lookupRun(kindName, sp.key), sp.name, "%q", sp.key)
			require.Equal(t, nameHash(glued), sp.gluedHash, "%q", sp.key)
			require.Equal(t, len(glued), int(sp.glen), "%q", sp.key)
			spans++
		}
	})
	assert.Greater(t, spans, 10000)
}

// eachFirstLook calls look with each labelled address
// (unmendedSetAddresses) that has words to read and the state of its
// first look (firstLook).
func eachFirstLook(t *testing.T, look func(s string, st *resolveState)) {
	t.Helper()
	ds := Embedded()
	for _, s := range unmendedSetAddresses(t) {
		if st, ok := firstLook(ds, s); ok {
			look(s, &st)
		}
	}
}

// firstLook reads s as Resolve's first look does, in buffers of its own,
// and returns its state; false when s has no words to read.
func firstLook(ds *Dataset, s string) (resolveState, bool) {
	st, ok := newLook(ds, s)
	if ok {
		st.run()
	}
	return st, ok
}

// newLook returns the state of a look at s in buffers of its own, before
// it reads; false when s cannot be tokenized.
func newLook(ds *Dataset, s string) (resolveState, bool) {
	sc := newResolveScratch()
	toks, norm, err := sc.tokenizeAddress(s)
	if err != nil {
		return resolveState{}, false
	}
	st := resolveState{ds: ds, x: ds.nameIndex(), norm: norm, toks: toks, resolveScratch: sc}
	st.noteTokens()
	return st, true
}

// TestNameIndexKeysStoredOnce checks that each key is at one place in the
// text, where every entry and unit with that key points: lookupRun ends a
// run, and respace tells a unit named by the words, by that place.
func TestNameIndexKeysStoredOnce(t *testing.T) {
	for _, x := range []*nameIndex{Embedded().nameIndex(), buildNameIndex(&Dataset{d: &embeddedData})} {
		at := map[string]uint32{}
		place := func(off uint32, key string) {
			if o, ok := at[key]; ok {
				require.Equal(t, o, off, "%q", key)
			}
			at[key] = off
		}
		for i := range x.entries {
			place(x.entries[i].keyOff, x.entryKey(&x.entries[i]))
		}
		for i := range x.units {
			place(x.units[i].keyOff, x.key(int32(i)))
			place(x.units[i].toneOff, x.tone(int32(i)))
		}
		assert.Greater(t, len(at), 20000)
	}
}

// TestNameIndexRespaces checks the bits respace asks before reading a
// bucket, at every entry: set for an entry of kindName whose key, with
// other spaces, is the key (of kindGlued, or of kindName not an alias)
// of a unit not named by it, as "ea cha rang" is Eachà Rang's; clear
// otherwise. And appendRespaced, which respace asks where the bit is
// set or the words name no unit, finds those units. And alias, which
// findMatches reads rather than asking isAlias of the units filed under
// the words, says whether the entry's key is not the unit's own.
func TestNameIndexRespaces(t *testing.T) {
	for _, x := range []*nameIndex{Embedded().nameIndex(), buildNameIndex(&Dataset{d: &embeddedData})} {
		set, aliases := 0, 0
		for i := range x.entries {
			e := &x.entries[i]
			if e.kind != kindName {
				require.False(t, x.respacesOthers(uint32(i)), "entry %d", i)
				continue
			}
			key := x.entryKey(e)
			require.Equal(t, x.isAlias(e.unit, []byte(key)), e.alias, "%q of unit %d", key, e.unit)
			if e.alias {
				aliases++
			}
			glued := strings.ReplaceAll(key, " ", "")
			var want []int32
			for _, g := range x.lookup(kindGlued, []byte(glued)) {
				if x.key(g.unit) != key {
					want = append(want, g.unit)
				}
			}
			if glued != key {
				for _, n := range x.lookup(kindName, []byte(glued)) {
					if !n.alias && x.key(n.unit) != key {
						want = append(want, n.unit)
					}
				}
			}
			slices.Sort(want)
			require.Equal(t, len(want) > 0, x.respacesOthers(uint32(i)), "%q", key)
			got := x.appendRespaced(nil, []byte(key), len(glued), nameHash(glued), x.lookupRun(kindName, []byte(key)))
			require.Equal(t, want, got, "%q", key)
			if len(want) > 0 {
				set++
			}
		}
		assert.Greater(t, set, 0)
		assert.Less(t, set, len(x.entries)/20)
		assert.Greater(t, aliases, 50)
	}
}
