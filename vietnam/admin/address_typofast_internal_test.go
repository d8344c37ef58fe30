package admin

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// typoTestKeys returns the keys the typo search may be asked about: the
// key of every unit, every run of up to addrMaxNameTokens words of a
// part of the labelled sets, and each of those with its first, a middle
// and its last letter dropped or doubled.
func typoTestKeys(t *testing.T) [][]byte {
	t.Helper()
	x := Embedded().nameIndex()
	seen := map[string]bool{}
	var keys [][]byte
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, []byte(k))
		}
	}
	for u := range x.units {
		add(x.key(int32(u)))
	}
	for _, s := range unmendedSetAddresses(t) {
		toks, _, err := newResolveScratch().tokenizeAddress(s)
		if err != nil {
			continue
		}
		for e := 1; e <= len(toks); e++ {
			var words []string
			for ni := e - 1; ni >= 0 && e-ni <= addrMaxNameTokens && toks[ni].seg == toks[e-1].seg; ni-- {
				words = append([]string{toks[ni].key}, words...)
				add(strings.Join(words, " "))
			}
		}
	}
	for _, k := range keys[:len(keys):len(keys)] {
		if s := string(k); len(s) > 2 {
			m := len(s) / 2
			for _, v := range []string{s[1:], s[:m] + s[m+1:], s[:len(s)-1], s[:1] + s, s[:m] + s[m:m+1] + s[m:], s + s[len(s)-1:]} {
				add(v)
			}
		}
	}
	require.Greater(t, len(keys), 50000)
	return keys
}

// refLetters, refTypoLetters and refAppendFinalY are the typo search's
// helpers as first written, the reference of the faster ones.
func refLetters(k []byte) int {
	n := 0
	for _, c := range k {
		if c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

func refTypoLetters(key []byte) uint32 {
	var m uint32
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c >= 'a' && c <= 'z':
			m |= 1 << (c - 'a')
		case c >= '0' && c <= '9':
			m |= 1 << (26 + (c-'0')%5)
		case c != ' ':
			m |= 1 << 31
		}
	}
	return m
}

func refAppendFinalY(dst, key []byte) (out []byte, changed bool) {
	if len(key) < 2 || bytes.IndexByte(key[1:], 'i') < 0 {
		return dst, false
	}
	at := len(dst)
	for x := 1; x < len(key); x++ {
		if key[x] != 'i' || x+1 < len(key) && key[x+1] != ' ' || strings.IndexByte("aeiouy ", key[x-1]) >= 0 {
			continue
		}
		if !changed {
			dst, changed = append(dst, key...), true
		}
		dst[at+x] = 'y'
	}
	return dst, changed
}

// TestTypoHelpersAgree holds hasLetters, countLetters, typoLetters (a table) and
// appendFinalY (from one i to the next) to the helpers they replace, on
// every byte and on every key typoTestKeys gives.
func TestTypoHelpersAgree(t *testing.T) {
	for c := range 256 {
		k := []byte{byte(c)}
		require.Equal(t, refTypoLetters(k), typoLetters(k), "byte %#x", c)
		require.Equal(t, refTypoLetters(k), typoLetters(string(k)), "byte %#x", c)
		require.Equal(t, refLetters(k) >= 1, hasLetters(k, 1), "byte %#x", c)
	}
	changed := 0
	for _, k := range typoTestKeys(t) {
		require.Equal(t, refTypoLetters(k), typoLetters(k), "%q", k)
		for n := 0; n <= 9; n++ {
			require.Equal(t, refLetters(k) >= n, hasLetters(k, n), "%q %d", k, n)
			require.Equal(t, min(refLetters(k), n), countLetters(k, n), "%q %d", k, n)
		}
		want, wc := refAppendFinalY([]byte("x"), k)
		got, gc := appendFinalY([]byte("x"), k)
		require.Equal(t, wc, gc, "%q", k)
		require.Equal(t, string(want), string(got), "%q", k)
		if wc {
			changed++
		}
	}
	assert.Greater(t, changed, 1000)
}

// TestTypoNearAnyEveryName checks the gate of the typo search: every key
// one edit from a unit's (each letter deleted, replaced, doubled, each
// two neighbours swapped) is let through, for the unit's class
// (nearClass) too, and a text it stops is one edit from no unit's key,
// for every key typoTestKeys gives; most of those are stopped.
func TestTypoNearAnyEveryName(t *testing.T) {
	x := Embedded().nameIndex()
	ti := Embedded().typoIndex(x)
	require.NotEmpty(t, ti.near)
	var names [][]byte
	classes := map[string]uint16{}
	for u := range x.units {
		g := appendNoSpace(make([]byte, 0, 64), x.key(int32(u)))
		if classes[string(g)] == 0 {
			names = append(names, g)
		}
		classes[string(g)] |= nearClass(Level(x.units[u].level))
	}
	for _, g := range names {
		s, c := string(g), classes[string(g)]
		near := func(v string) bool {
			return ti.typoNearAny([]byte(v)) && ti.nearSpaced([]byte(v))&c == c
		}
		for j := range len(s) {
			for _, v := range []string{s[:j] + s[j+1:], s[:j] + "q" + s[j+1:], s[:j] + s[j:j+1] + s[j:], s[:j] + "w" + s[j:]} {
				require.True(t, near(v), "%q from %q", v, s)
			}
			if j+1 < len(s) {
				v := s[:j] + s[j+1:j+2] + s[j:j+1] + s[j+2:]
				require.True(t, near(v), "%q from %q", v, s)
			}
		}
	}
	// the keys of the names with one letter or none deleted, as strings:
	// a text one edit from a name has one of them among its own (a
	// letter inserted, deleted or replaced, two swapped), checked on
	// every text stopped; and every 100th compared with every name
	byLen := map[int][][]byte{}
	near := map[string]bool{}
	for _, n := range names {
		byLen[len(n)] = append(byLen[len(n)], n)
		for j := 0; j <= len(n); j++ {
			near[string(n[:min(j, len(n))])+string(n[min(j+1, len(n)):])] = true
		}
	}
	stopped, asked := 0, 0
	for _, k := range typoTestKeys(t) {
		g := appendNoSpace(make([]byte, 0, 2*addrMaxNameTokens*16), k)
		asked++
		if len(g) == 0 || ti.typoNearAny(g) {
			continue
		}
		stopped++
		for j := 0; j <= len(g); j++ {
			v := string(g[:min(j, len(g))]) + string(g[min(j+1, len(g)):])
			require.False(t, near[v], "%q stopped, %q one letter from a name", k, v)
		}
		if stopped%100 != 0 {
			continue
		}
		for _, l := range []int{len(g) - 1, len(g), len(g) + 1} {
			for _, n := range byLen[l] {
				require.False(t, oneEdit(string(n), g), "%q stopped, one edit from %q", k, n)
			}
		}
	}
	t.Logf("%d of %d texts stopped", stopped, asked)
	assert.Greater(t, stopped, asked/2)
}

// TestOneEditInAgrees holds oneEditIn, indexes and kept answers, to a
// comparison with every name of the pools (scanOneEdit), and the gate
// the typo search asks before it (spanNear, spanYKey) to typoNearAny of
// the key and of the key with its last i written y, on every run of
// words of five letters or more the typo search may read in the
// labelled sets: where the gate says no, oneEditIn finds nothing.
func TestOneEditInAgrees(t *testing.T) {
	asked, found, stopped := 0, 0, 0
	eachTypoAsk(t, func(st *resolveState, pools []listRun, ni, e int, f addrFilter) {
		sp, key := st.spanNames(ni, e)
		if !hasLetters(key, 5) {
			return // short: typos reads none (typoNear needs three letters)
		}
		ti := st.ds.typoIndex(st.x)
		near := st.spanNearFor(sp, f.level) // asked first as typos does
		classes := ti.nearSpaced(key)
		require.Equal(t, classes&nearClass(f.level) != 0, near, "%q", key)
		near = st.spanNear(sp)
		require.Equal(t, ti.typoNearAny(appendNoSpace(make([]byte, 0, 2*addrMaxNameTokens*16), key)), near, "%q", key)
		for _, l := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
			require.Equal(t, classes&nearClass(l) != 0, st.spanNearFor(sp, l), "%q %v", key, l)
		}
		keys := [][]byte{key}
		gates := []bool{near}
		y, changed := appendFinalY(nil, key)
		yKey := slices.Clone(st.spanYKey(st.madeSpan(ni, e)))
		if changed {
			keys = append(keys, y)
			g := ti.typoNearAny(appendNoSpace(make([]byte, 0, 2*addrMaxNameTokens*16), y))
			gates = append(gates, g)
			if g {
				require.Equal(t, string(y), string(yKey), "%q", key)
			}
		}
		if len(keys) == 1 || !gates[1] {
			require.Nil(t, yKey, "%q", key)
		}
		for k, key := range keys {
			want := scanOneEdit(st.x, pools, key)
			got := st.oneEditIn(pools, key)
			require.Equal(t, want, append([]int32{}, got...), "%q %v", key, pools)
			if !gates[k] {
				require.Empty(t, want, "%q stopped by the gate", key)
				stopped++
			}
			// the gate of the level: no unit of it one edit off where it
			// says none
			if k == 0 && !st.spanNearFor(sp, f.level) || k == 1 && st.spanYKeyFor(sp, f.level) == nil {
				for _, u := range want {
					require.NotEqual(t, f.level, st.x.unit(u).Level(), "%q stopped for %v, one edit from %q", key, f.level, st.x.key(u))
				}
			}
			asked++
			found += len(want)
		}
	})
	t.Logf("%d asked, %d found, %d stopped by the gate", asked, found, stopped)
	assert.Greater(t, asked, 50000)
	assert.Greater(t, found, 1000)
	assert.Greater(t, stopped, asked/4)
}

// eachTypoAsk calls ask for every run of words the typo search may read
// in the first look at each address of the labelled sets, with every
// search run leaves out made (read, leaveOut): every run of
// up to addrMaxNameTokens words of a part ending where matches was asked
// for a unit, with each filter it was asked with there and the pools
// typoPools gives for it.
func eachTypoAsk(t *testing.T, ask func(st *resolveState, pools []listRun, ni, e int, f addrFilter)) {
	t.Helper()
	ds := Embedded()
	for _, s := range unmendedSetAddresses(t) {
		st, ok := newLook(ds, s)
		if !ok {
			continue
		}
		st.read(false)
		for at := memoWays; at < len(st.memoAt); at++ {
			e := at / memoWays // the chains of end e are memoAt[e*memoWays:][:memoWays]
			for k := st.memoAt[at]; k > 0; k = st.memo[k-1].next {
				f := st.memo[k-1].f
				if !(f.level == LevelProvince || f.parent >= 0 || f.prov >= 0 || f.anywhere && f.level == LevelDistrict) {
					continue
				}
				pools := slices.Clone(st.typoPools(f))
				for ni := e - 1; ni >= 0 && e-ni <= addrMaxNameTokens && st.toks[ni].seg == st.toks[e-1].seg; ni-- {
					ask(&st, pools, ni, e, f)
				}
			}
		}
	}
}

// FuzzTypoGate holds the gate as the typo search asks it of a run of
// words, with its spaces (spanNear, spanYKey: nearKey, nearSpaced), to
// typoNearAny of the key without them, and a text it stops to being one
// edit from no unit's key.
func FuzzTypoGate(f *testing.F) {
	for _, s := range []string{"quang mngai", "son thi", "thanh pho ho chi minh", "ea h leo", "  ba  dinh ", "nguyen trai", "p12"} {
		f.Add(s)
	}
	x := Embedded().nameIndex()
	ti := Embedded().typoIndex(x)
	byLen := map[int][][]byte{}
	for u := range x.units {
		g := appendNoSpace(make([]byte, 0, 64), x.key(int32(u)))
		byLen[len(g)] = append(byLen[len(g)], g)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if len(key) > 200 {
			return
		}
		glued := appendNoSpace(make([]byte, 0, 256), key)
		near := ti.nearSpaced([]byte(key)) != 0
		if want := ti.typoNearAny(glued); near != want {
			t.Fatalf("nearSpaced(%q) = %v, typoNearAny %v", key, near, want)
		}
		if near {
			return
		}
		for _, l := range []int{len(glued) - 1, len(glued), len(glued) + 1} {
			for _, n := range byLen[l] {
				if oneEdit(string(n), glued) {
					t.Fatalf("%q stopped, one edit from %q", key, n)
				}
			}
		}
	})
}

// TestTypoMayFindGivesUp holds typoMayFind to its promise, on which a
// first look leaves out the second (secondReadsMore): on every run of
// words the typo search may read in the labelled sets, for each filter
// asked there, where it says false each step of typos after the start of
// the run finds nothing (toneSlip, typo of the key and of the key with
// its last i written y, twoEdits); and it says false for many runs.
func TestTypoMayFindGivesUp(t *testing.T) {
	asked, gaveUp := 0, 0
	eachTypoAsk(t, func(st *resolveState, pools []listRun, ni, e int, f addrFilter) {
		asked++
		if st.typoMayFind(ni, e, f.level == LevelProvince || f.parent >= 0) {
			return
		}
		gaveUp++
		if numberLeads(st.toks, ni, e) {
			return
		}
		sp, key := st.spanNames(ni, e)
		if !hasLetters(key, 5) {
			return
		}
		key = slices.Clone(key)
		if sp.name[1] > sp.name[0] {
			_, ok := st.toneSlip(sp, ni, e, f)
			require.False(t, ok, "%q: toneSlip", key)
		}
		_, ok := st.typo(pools, key, f)
		require.False(t, ok, "%q: typo", key)
		if y, changed := appendFinalY(nil, key); changed {
			_, ok = st.typo(pools, y, f)
			require.False(t, ok, "%q: typo of %q", key, y)
		}
		_, ok = st.twoEdits(pools, key, f)
		require.False(t, ok, "%q: twoEdits", key)
	})
	t.Logf("%d runs asked, %d given up", asked, gaveUp)
	assert.Greater(t, gaveUp, asked/3)
}

// TestTypoGate holds typoGate, asked once per run of words, to what the
// typo search asked of the run for each filter before it read a pool: no
// number leads and five letters or more (typoReads), and
// twoEditMinLetters-1 letters or more (typoLong, twoEditsMay), on every
// run of words it may read in the labelled sets, asked again for each
// filter there.
func TestTypoGate(t *testing.T) {
	asked, reads, long := 0, 0, 0
	eachTypoAsk(t, func(st *resolveState, _ []listRun, ni, e int, _ addrFilter) {
		sp, key := st.spanNames(ni, e)
		g := st.typoGate(sp, ni, e)
		want := !numberLeads(st.toks, ni, e) && hasLetters(key, 5)
		require.Equal(t, want, g&typoReads != 0, "%q", key)
		require.Equal(t, want && hasLetters(key, twoEditMinLetters-1), g&typoLong != 0, "%q", key)
		asked++
		if want {
			reads++
		}
		if g&typoLong != 0 {
			long++
		}
	})
	t.Logf("%d asked, %d read, %d long", asked, reads, long)
	assert.Greater(t, reads, asked/4)
	assert.Greater(t, long, reads/10)
}

// TestTwoEditsMayGivesUp holds twoEdits to what typos rests on to leave
// it out: where twoEditsMay says no of a run of words the search reads
// (typoReads), for the filter asked, twoEdits finds nothing, on every
// run and filter the labelled sets ask; and it says no of many.
func TestTwoEditsMayGivesUp(t *testing.T) {
	asked, no := 0, 0
	eachTypoAsk(t, func(st *resolveState, pools []listRun, ni, e int, f addrFilter) {
		sp, key := st.spanNames(ni, e)
		g := st.typoGate(sp, ni, e)
		if g&typoReads == 0 {
			return
		}
		asked++
		if twoEditsMay(g&typoLong != 0, f) {
			return
		}
		no++
		st.twoAt = [2]int{ni, e}
		_, ok := st.twoEdits(pools, slices.Clone(key), f)
		require.False(t, ok, "%q %+v", key, f)
	})
	t.Logf("%d asked, %d no", asked, no)
	assert.Greater(t, no, asked/4)
}

// TestSpeltAgrees holds spelt, which finds the units spelt as a run of
// words by the names filed under its key (typoPoolOf), to a read of
// every unit of the pools of the key's length, as toneSlip read them,
// on every run of words that spells a name the typo search may read in
// the labelled sets, each filter asked there.
func TestSpeltAgrees(t *testing.T) {
	asked, found := 0, 0
	eachTypoAsk(t, func(st *resolveState, pools []listRun, ni, e int, f addrFilter) {
		sp, key := st.spanNames(ni, e)
		if sp.name[1] == sp.name[0] {
			return
		}
		var want []int32
		glen := len(key) - bytes.Count(key, []byte{' '})
		for _, pool := range pools {
			for _, u := range glenBand(st.x.list(pool), st.ds.typoKeys(st.x), glen, glen) {
				if st.x.key(u) == string(key) && st.accept(u, f) {
					want = append(want, u)
				}
			}
		}
		var got []int32
		for _, o := range st.spelt(sp, f) {
			got = append(got, int32(uint32(o)))
		}
		require.Equal(t, want, got, "%q %+v", key, f)
		asked++
		found += len(want)
	})
	t.Logf("%d asked, %d found", asked, found)
	assert.Greater(t, asked, 10000)
	assert.Greater(t, found, 1000)
}

// TestTypoPoolsHoldTheirUnits holds the name index to what toneSlip and
// scoreNamesakes find the units of a pool of the typo search by
// (typoPoolOf): every unit is filed under its own key, not as an alias,
// each such entry is of the unit's key, and a unit is among the kids of
// its parent, a unit below the province among the units in its
// province, and a province among the provinces.
func TestTypoPoolsHoldTheirUnits(t *testing.T) {
	for _, x := range []*nameIndex{Embedded().nameIndex(), buildNameIndex(&Dataset{d: &embeddedData})} {
		for i := range x.units {
			u, a := int32(i), &x.units[i]
			own := slices.ContainsFunc(x.lookup(kindName, []byte(x.key(u))), func(en nameEntry) bool { return en.unit == u && !en.alias })
			require.True(t, own, "unit %d %q", u, x.key(u))
			if a.parent >= 0 {
				require.Contains(t, x.list(x.kidsRun(a.parent)), u, "unit %d %q", u, x.key(u))
			}
			if a.level == uint8(LevelProvince) {
				require.Contains(t, x.list(x.provinces), u, "province %d %q", u, x.key(u))
			} else if a.prov >= 0 {
				require.Contains(t, x.list(x.inProvRun(a.prov)), u, "unit %d %q", u, x.key(u))
			}
		}
		for i := range x.entries {
			if en := &x.entries[i]; en.kind == kindName && !en.alias {
				require.Equal(t, x.key(en.unit), x.entryKey(en), "entry %d", i)
			}
		}
	}
}

// TestNameHashInv holds nameHashInv, by which nearKey steps from one
// power of nameHashMul to the one below, to the inverse of nameHashMul:
// it does step down the powers of nearPow.
func TestNameHashInv(t *testing.T) {
	require.Equal(t, uint64(1), uint64(nameHashMul)*nameHashInv)
	for k := len(nearPow) - 1; k > 0; k-- {
		require.Equal(t, nearPow[k-1], nearPow[k]*nameHashInv, "power %d", k)
	}
}
