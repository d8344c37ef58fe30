package admin

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The second look reads on in the first look's buffers, searching again
// only what the first's typo search passed by (matchesMemo.firstOnly):
// it reads the addresses of the labelled sets that reach it as a second
// look from nothing does.
func TestSecondLookReusesFirst(t *testing.T) {
	r := NewResolver(&embedded)
	ds := r.dataset()
	compared := 0
	for _, s := range unmendedSetAddresses(t) {
		read := func(reuse bool) []addrReading {
			sc, deep := r.getScratch(), r.getScratch()
			sc.reset()
			toks, norm, err := sc.tokenizeAddress(s)
			if err != nil || sc.asWritten != nil {
				return nil
			}
			st := resolveState{ds: ds, x: ds.nameIndex(), norm: norm, toks: toks, resolveScratch: sc}
			st.noteTokens()
			st.run()
			if st.readCommune() {
				return nil
			}
			if !reuse {
				// the first look's words in buffers of their own
				own := &resolveScratch{}
				toks, norm, _ = own.tokenizeAddress(s)
				st = resolveState{ds: ds, x: st.x, norm: norm, toks: toks, resolveScratch: own}
				st.noteTokens()
			}
			st2, _ := r.secondLook(s, st, deep)
			return append([]addrReading(nil), st2.rs...)
		}
		want, got := read(false), read(true)
		if want == nil && got == nil {
			continue
		}
		compared++
		if !assert.Empty(t, cmp.Diff(want, got, cmp.AllowUnexported(addrReading{})), s) {
			return
		}
	}
	assert.Greater(t, compared, 300, "addresses read by a second look")
}

// Where the first look's searches passed by nothing a second look reads
// (secondReadsMore is false), the second look is skipped: read in full,
// from buffers of its own, it finds the first look's readings, on the
// addresses of the labelled sets that reach it. Most of those skipped
// gave up where twoEdits may read, and it finds nothing there; many
// passed by a run typoReaches opens to the second look's search, which
// finds nothing there either (passedFinds).
func TestSecondLookSkipped(t *testing.T) {
	r := NewResolver(&embedded)
	ds := r.dataset()
	skipped, twoSkipped, passedSkipped := 0, 0, 0
	for _, s := range unmendedSetAddresses(t) {
		st, ok := firstLook(ds, s)
		if !ok {
			continue
		}
		if st.readCommune() || st.secondReadsMore() {
			continue
		}
		skipped++
		if len(st.twoSites) > 0 {
			twoSkipped++
		}
		for _, p := range st.passed {
			if ni := int(p.ni); st.typoMayFind(ni, int(p.e), p.twoScope) && st.typoReaches(ni, p.f.level) {
				passedSkipped++
				break
			}
		}
		// the same words in buffers no first look ran in: read in full
		own := newResolveScratch()
		toks, norm, _ := own.tokenizeAddress(s)
		fresh := resolveState{ds: ds, x: st.x, norm: norm, toks: toks, marked: st.marked, multiSeg: st.multiSeg, resolveScratch: own}
		fresh.perEnd() // as a first look does (noteTokens)
		require.True(t, fresh.secondReadsMore())
		st2, _ := r.secondLook(s, fresh, newResolveScratch())
		if !assert.Empty(t, cmp.Diff(st.rs, st2.rs, cmp.AllowUnexported(addrReading{}), cmpopts.EquateEmpty()), s) {
			return
		}
	}
	assert.Greater(t, skipped, 400, "second looks skipped")
	assert.Greater(t, twoSkipped, 200, "second looks skipped where twoEdits may read")
	assert.Greater(t, passedSkipped, 100, "second looks skipped where typoReaches opens a run passed by")
	t.Logf("%d skipped, %d where twoEdits may read, %d where typoReaches opens a run", skipped, twoSkipped, passedSkipped)
}

// unmendedSetAddresses returns the addresses of the labelled sets
// (scanned and the rest) that clearTypeWordNoise leaves as they are: a
// second look reads their own words.
func unmendedSetAddresses(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, file := range []string{"scanned", "addresses"} {
		data, err := os.ReadFile("testdata/addresses/" + file + ".tsv")
		require.NoError(t, err)
		for line := range strings.SplitSeq(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			s, _, _ := strings.Cut(line, "\t")
			if _, mended := clearTypeWordNoise(s); !mended {
				out = append(out, s)
			}
		}
	}
	return out
}
