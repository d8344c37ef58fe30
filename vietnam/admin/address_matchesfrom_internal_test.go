package admin

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMatchesIgnoreFrom holds matches to one answer for filters that
// differ in from alone: findMatches, read afresh at every end a first
// look of the labelled addresses asked for the 2025 communes of a
// province, finds the same matches from each pre-2025 province that went
// into it whole (as unitsBelow asks) as from none; and the first look
// asks for them once, so that a second asking, from such a province,
// finds the answer kept (fails with from kept in the memo's filter).
func TestMatchesIgnoreFrom(t *testing.T) {
	ds := Embedded()
	x := ds.nameIndex()
	// the pre-2025 provinces that went whole into each 2025 one
	into := map[int32][]int32{}
	for _, p := range x.provinceList() {
		if x.unit(p).Era() == EraPre2025 && len(x.successors(p)) == 1 {
			into[x.successors(p)[0].to] = append(into[x.successors(p)[0].to], p)
		}
	}
	opt := cmp.AllowUnexported(addrMatch{})
	asked, kept := 0, 0
	for _, s := range unmendedSetAddresses(t) {
		st, ok := firstLook(ds, s)
		if !ok {
			continue
		}
		type ask struct {
			e int
			f addrFilter
		}
		var asks []ask
		for e := 0; e <= len(st.toks); e++ {
			for w := range memoWays {
				for k := st.memoAt[e*memoWays+w]; k > 0; k = st.memo[k-1].next {
					m := &st.memo[k-1]
					require.True(t, m.f.from.IsZero(), "%q: a filter kept with its from", s)
					if f := m.f; f.level == LevelCommune && f.era == Era2025 && f.prov >= 0 && len(into[f.prov]) > 0 {
						asks = append(asks, ask{e, f})
					}
				}
			}
		}
		for _, a := range asks {
			fresh := func(f addrFilter) []addrMatch {
				sc := newResolveScratch()
				toks, norm, err := sc.tokenizeAddress(s)
				require.NoError(t, err)
				st := resolveState{ds: ds, x: x, norm: norm, toks: toks, resolveScratch: sc}
				st.noteTokens()
				return st.findMatches(a.e, f)
			}
			none := fresh(a.f)
			for _, p := range into[a.f.prov] {
				f := a.f
				f.from = ds.code(x, p)
				require.Empty(t, cmp.Diff(none, fresh(f), opt), "%q: matches at %d from %v", s, a.e, f.from)
				n := len(st.memo)
				got := st.matches(a.e, f)
				require.Equal(t, n, len(st.memo), "%q: matches at %d from %v asked again", s, a.e, f.from)
				require.Empty(t, cmp.Diff(none, got, opt), "%q: matches at %d from %v kept", s, a.e, f.from)
				kept++
			}
			asked++
		}
	}
	assert.Greater(t, asked, 1000, "ends where 2025 communes are asked for under a province that took in a pre-2025 one")
	assert.GreaterOrEqual(t, kept, asked)
}

// TestMatchesKept holds matches to the answers it keeps: findMatches
// writes each at the end of memoed, where matches keeps it, so that after
// the first look at each labelled address the answers lie in memoed one
// after the other in the order they were asked (a search asked for
// matches while it wrote would write over the answer it made), and asked
// again, matches returns the slice kept, which the readings read while
// they ask for more.
func TestMatchesKept(t *testing.T) {
	kept := 0
	eachFirstLook(t, func(s string, st *resolveState) {
		at := int32(0)
		for _, m := range st.memo {
			require.Equal(t, at, m.at, "%q: the answer for %+v", s, m.f)
			at += m.n
		}
		require.Len(t, st.memoed, int(at), "%q", s)
		for a := range st.memoAt {
			e := a / memoWays
			for k := st.memoAt[a]; k > 0; k = st.memo[k-1].next {
				m := st.memo[k-1]
				again := st.matches(e, m.f)
				require.Len(t, again, int(m.n), "%q: matches at %d, %+v", s, e, m.f)
				if m.n > 0 {
					require.Same(t, &st.memoed[m.at], &again[0], "%q: matches at %d, %+v: not the answer kept", s, e, m.f)
				}
				kept++
			}
		}
	})
	assert.Greater(t, kept, 10000)
}
