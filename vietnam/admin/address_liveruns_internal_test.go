package admin

import (
	"iter"
	"math/bits"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLiveRunsSkipNothing reads the labelled addresses as the first look
// does, then again with every run of words taken for live (as before
// liveRuns): the matches of every search the first look made, and the
// readings, are the same. Runs liveRuns skips give nothing.
func TestLiveRunsSkipNothing(t *testing.T) {
	ds := Embedded()
	skipped, compared := 0, 0
	for _, s := range unmendedSetAddresses(t) {
		st, ok := firstLook(ds, s)
		if !ok {
			continue
		}
		all := newResolveScratch()
		toks, norm, _ := all.tokenizeAddress(s)
		every := resolveState{ds: ds, x: st.x, norm: norm, toks: toks, resolveScratch: all}
		every.perEnd()
		for e := 1; e <= len(toks); e++ {
			every.liveRuns(e) // which respaces every run
			all.liveAt[e] |= int32(every.spanRuns(e))
		}
		every.noteTokens()
		every.run()
		require.Empty(t, cmp.Diff(st.rs, every.rs, cmp.AllowUnexported(addrReading{})), s)
		// every search made, as every would make it (every makes more:
		// typedMayEnd, asked of the runs taken for live, lets
		// withoutProvince leave out fewer)
		for at := memoWays; at < len(st.memoAt); at++ {
			for k := st.memoAt[at]; k > 0; k = st.memo[k-1].next {
				m := st.memo[k-1]
				want := every.matches(at/memoWays, m.f)
				require.Empty(t, cmp.Diff(st.memoed[m.at:m.at+m.n], want, cmp.AllowUnexported(addrMatch{}), cmpopts.EquateEmpty()), "%s: %+v", s, m.f)
			}
		}
		for e := 1; e < len(st.liveAt); e++ {
			if m := st.liveAt[e]; m != 0 {
				compared++
				if m&0xff != int32(st.spanRuns(e)) {
					skipped++
				}
			}
		}
	}
	assert.Greater(t, skipped, compared/2, "ends where runs are skipped")
}

// TestAddrWordKeysHaveNoSpace checks that no rune of a word folds to a
// space, alone or between letters: the key of a token has none, and the
// hash of a run of words without spaces is that of their keys one after
// the other (spansTo).
func TestAddrWordKeysHaveNoSpace(t *testing.T) {
	words := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !isAddrWordRune(r) && !isAddrApostrophe(r) {
			continue
		}
		for _, w := range []string{string(r), "a" + string(r), string(r) + "a", "a" + string(r) + "b"} {
			require.NotContains(t, string(appendFoldWord(nil, w)), " ", "%U in %q", r, w)
			words++
		}
	}
	assert.Greater(t, words, 100000)
	for _, s := range unmendedSetAddresses(t) {
		toks, _, err := newResolveScratch().tokenizeAddress(s)
		if err != nil {
			continue
		}
		for _, tk := range toks {
			require.NotContains(t, tk.key, " ", s)
		}
	}
}

// labelledRuns yields every run of words of the labelled addresses as
// spansTo makes them: the address, its look, and the run's end and
// length in words (the run is st.madeSpan(e-n, e)), read before the
// next run is made.
func labelledRuns(t *testing.T) iter.Seq[labelledRun] {
	return func(yield func(labelledRun) bool) {
		ds := Embedded()
		for _, s := range unmendedSetAddresses(t) {
			st, ok := newLook(ds, s)
			if !ok {
				continue
			}
			for e := 1; e <= len(st.toks); e++ {
				st.spansTo(e)
				for rs := st.spanRuns(e); rs != 0; rs &= rs - 1 {
					if !yield(labelledRun{s, &st, e, bits.TrailingZeros16(rs) + 1}) {
						return
					}
				}
			}
		}
	}
}

// labelledLooks yields the first n labelled addresses that read as
// tokens, each with a look of its own.
func labelledLooks(t *testing.T, n int) iter.Seq2[string, resolveState] {
	return func(yield func(string, resolveState) bool) {
		ds := Embedded()
		for _, s := range unmendedSetAddresses(t)[:n] {
			if st, ok := newLook(ds, s); ok && !yield(s, st) {
				return
			}
		}
	}
}

type labelledRun struct {
	s    string
	st   *resolveState
	e, n int
}

// TestSpansToSettlesRespace makes the runs of words of the labelled
// addresses as spansTo does, which respaces without a look the runs
// whose words glued are no key or name no other unit so glued, and holds
// the units respaced of every run to those respace finds.
func TestSpansToSettlesRespace(t *testing.T) {
	runs, found := 0, 0
	for r := range labelledRuns(t) {
		s, st, e, n := r.s, r.st, r.e, r.n
		sp := *st.madeSpan(e-n, e)
		got := slices.Clone(st.respaced[sp.respaced[0]:sp.respaced[1]])
		sp.glued = false
		st.respace(&sp, sp.key, n >= 2 && st.toks[e-1].num && st.toks[e-2].num)
		require.Equal(t, st.respaced[sp.respaced[0]:sp.respaced[1]], got, "%q: %q", s, sp.key)
		runs++
		if len(got) > 0 {
			found++
		}
	}
	assert.Greater(t, runs, 10000)
	assert.Positive(t, found, "runs respaced")
}

// TestSpansToWritesEveryFieldRead makes the runs of words of the labelled
// addresses in a scratch whose spans hold junk from an earlier
// resolution, as spansTo finds them: every field read before it is set
// is as in a new scratch (spansTo writes a span in its place and leaves
// the tone fits and yAt, which tones and yNear guard).
func TestSpansToWritesEveryFieldRead(t *testing.T) {
	made := 0
	for s, clean := range labelledLooks(t, 500) {
		dirty, _ := newLook(clean.ds, s)
		junk := spanNames{name: [2]uint32{7, 9}, respaced: [2]int32{3, 5}, glued: true, near: 0xff, nearKnown: 0xff, yNear: 0xff, gate: 0xff, gluedHash: 1, glen: 99, tones: spanTones}
		dirty.spans = slices.Repeat([]spanNames{junk}, 64)[:0]
		for e := 1; e <= len(clean.toks); e++ {
			clean.spansTo(e)
			dirty.spansTo(e)
		}
		require.Len(t, dirty.spans, len(clean.spans), s)
		for i := range clean.spans {
			c, d := clean.spans[i], dirty.spans[i]
			d.toneKey, d.toneFit, d.yAt = c.toneKey, c.toneFit, c.yAt
			require.Equal(t, c, d, "%q: %q", s, c.key)
			made++
		}
	}
	assert.Greater(t, made, 1000)
}

// TestSpanNamesMakesTheEnd asks spanNames for each run of words of
// labelled addresses before spansTo has made its end: it makes every
// run of the end at once, each once, as spansTo would (which then reads
// no span made before it), and the span is the one spansTo made in a
// look of its own.
func TestSpanNamesMakesTheEnd(t *testing.T) {
	asked := 0
	for s, made := range labelledLooks(t, 300) {
		for e := 1; e <= len(made.toks); e++ {
			made.spansTo(e)
			runs := made.spanRuns(e)
			for rs := runs; rs != 0; rs &= rs - 1 {
				n := bits.TrailingZeros16(rs) + 1
				st, _ := newLook(made.ds, s)
				sp, key := st.spanNames(e-n, e)
				require.Equal(t, made.liveAt[e], st.liveAt[e], "%q: %q", s, key)
				require.Len(t, st.spans, bits.OnesCount16(runs), "%q: %q", s, key)
				want := made.madeSpan(e-n, e)
				require.Equal(t, string(want.key), string(key), s)
				require.Equal(t, want.name, sp.name, "%q: %q", s, key)
				require.Equal(t, append([]int32{}, made.respaced[want.respaced[0]:want.respaced[1]]...),
					append([]int32{}, st.respaced[sp.respaced[0]:sp.respaced[1]]...), "%q: %q", s, key)
				st.spansTo(e)
				require.Len(t, st.spans, bits.OnesCount16(runs), "%q: %q", s, key)
				asked++
			}
		}
	}
	assert.Greater(t, asked, 1000)
}

// TestSpansToHashes holds the hashes spansTo makes of each run of words
// of the labelled addresses, a word at a time (copyHash, nameHashPow),
// to nameHash of its key with and without spaces, and the names it finds
// to lookupRun's.
func TestSpansToHashes(t *testing.T) {
	named := 0
	for r := range labelledRuns(t) {
		s, st, sp := r.s, r.st, r.st.madeSpan(r.e-r.n, r.e)
		glued := dropAddrSpaces(slices.Clone(sp.key))
		require.Equal(t, nameHash(glued), sp.gluedHash, "%q: %q", s, sp.key)
		require.Equal(t, len(glued), int(sp.glen), "%q: %q", s, sp.key)
		want := st.x.lookupRun(kindName, sp.key)
		require.Equal(t, want[1]-want[0], sp.name[1]-sp.name[0], "%q: %q", s, sp.key)
		if want[1] > want[0] {
			require.Equal(t, want, sp.name, "%q: %q", s, sp.key)
			named++
		}
	}
	assert.Greater(t, named, 1000)
}

// TestNameHashPow holds nameHashPow to the nameHash of a key of n bytes
// after one: 1 followed by n zeros is nameHashMul to the power n.
func TestNameHashPow(t *testing.T) {
	for n := range 200 {
		key := make([]byte, n+1)
		key[0] = 1
		require.Equal(t, nameHash(key), nameHashPow(n), n)
	}
}

// TestPerEndMakesZeroTables reads labelled addresses one after the other
// in one scratch: the tables kept per end (perEnd) are as long as each
// address's tokens ask and hold nothing of the one before.
func TestPerEndMakesZeroTables(t *testing.T) {
	ds := Embedded()
	sc := newResolveScratch()
	for _, s := range unmendedSetAddresses(t)[:300] {
		sc.reset()
		toks, norm, err := sc.tokenizeAddress(s)
		if err != nil {
			continue
		}
		st := resolveState{ds: ds, x: ds.nameIndex(), norm: norm, toks: toks, resolveScratch: sc}
		for i := range sc.ends[:cap(sc.ends)] {
			sc.ends[:cap(sc.ends)][i] = -1 // junk of an earlier address
		}
		st.perEnd()
		n := len(toks)
		require.Len(t, st.spanAt, n*addrMaxNameTokens, s)
		require.Len(t, st.liveAt, n+1, s)
		require.Len(t, st.memoAt, (n+1)*memoWays, s)
		for _, v := range st.ends {
			require.Zero(t, v, s)
		}
		st.noteTokens()
		st.run()
	}
}
