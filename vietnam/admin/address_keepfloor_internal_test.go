package admin

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKeepFloor holds withoutProvince and keepFloor to their promises
// over the addresses of every labelled set, as written, lower-cased and
// without commas: every reading withoutProvince makes scores no more
// than its bounds (scoreNoProvince and two matches of maxMatchScore with
// a district and a commune, one otherwise); where keepFloor gives a
// floor, the best reading under a province still scores the floor and
// addrCloseAlternates after positions, every reading withoutProvince
// would not make scores below it there, and the resolution with every
// reading withoutProvince makes is the one without those (fails with a
// bound or the floor too high, or a step of positions left out of it).
// Addresses made for it join the labelled ones where positions lowers
// the best reading under a province: a commune after a part that names
// the commune (rereads), one whose words read as a district after a
// bare name, a 2025 ward levelled with a district (districtLevel).
func TestKeepFloor(t *testing.T) {
	ds := Embedded()
	ins := append([]string{
		"Phường Bến Thành, Xã Tân Hiệp, Hồ Chí Minh",
		"Sơn Lộc An, Hương Sơn, Hà Tĩnh",
		"Hải Châu, Đà Nẵng",
	}, everyLabelledAddress(t)...)
	read, floored, left := 0, 0, 0
	for _, in := range ins {
		for _, s := range addressWritings(in) {
			every, ok := keepFloorLook(ds, s, false)
			if !ok {
				continue
			}
			read++
			n := len(every.toks)
			mark := len(every.rs)
			keep := every.keepFloor(math.MaxInt)
			// asked whether above enough: the floor, or one above enough
			// that it is at least
			for _, enough := range []int{math.MinInt, keep - 1, keep, scoreNoProvince + 2*maxMatchScore} {
				if got := every.keepFloor(enough); got != keep {
					require.Greater(t, got, enough, "%q: above %d", s, enough)
					require.Less(t, got, keep, "%q: above %d", s, enough)
				}
			}
			every.withoutProvince(n, math.MinInt)
			for _, r := range every.rs[mark:] {
				bound := scoreNoProvince + maxMatchScore
				if r.dist >= 0 && r.comm >= 0 {
					bound += maxMatchScore
				}
				require.LessOrEqual(t, r.score, bound, "%q: %+v", s, r)
			}
			if keep == math.MinInt {
				continue
			}
			floored++
			under, _ := keepFloorLook(ds, s, false)
			under.positions()
			best := math.MinInt
			for _, r := range under.rs {
				best = max(best, r.score)
			}
			require.GreaterOrEqual(t, best-addrCloseAlternates, keep, "%q: the floor", s)
			// the readings withoutProvince(n, keep) leaves out
			made, _ := keepFloorLook(ds, s, false)
			made.withoutProvince(n, keep)
			for _, r := range every.rs[mark:] {
				if !slices.Contains(made.rs[mark:], r) {
					require.Less(t, r.score, keep, "%q: %+v left out", s, r)
					left++
				}
			}
			// the resolutions, with every reading and with those
			// withoutProvince makes at keep
			kept, _ := keepFloorLook(ds, s, true)
			var all, some Resolution
			every.resolution(&all)
			kept.resolution(&some)
			require.Equal(t, fmt.Sprintf("%+v", all), fmt.Sprintf("%+v", some), "%q", s)
		}
	}
	assert.Greater(t, floored, 5000, "addresses with a floor, of %d", read)
	assert.Greater(t, left, 1000, "readings left out")
}

// keepFloorLook reads s under the provinces whose names end it, as a
// first look does, and with run, when whole, the rest.
func keepFloorLook(ds *Dataset, s string, whole bool) (resolveState, bool) {
	st, ok := newLook(ds, s)
	if !ok || len(st.toks) == 0 {
		return resolveState{}, false
	}
	if whole {
		st.run()
	} else {
		st.looked = true
		st.underProvince(len(st.toks))
	}
	return st, true
}

// everyLabelledAddress returns the addresses of every labelled set.
func everyLabelledAddress(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/addresses/*.tsv")
	require.NoError(t, err)
	var ins []string
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for line := range strings.SplitSeq(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "#") {
				in, _, _ := strings.Cut(line, "\t")
				ins = append(ins, in)
			}
		}
	}
	return ins
}

// addressWritings returns address in as written, lower-cased and
// without commas.
func addressWritings(in string) []string {
	return []string{in, strings.ToLower(in), strings.ReplaceAll(in, ",", " ")}
}

// TestAddrSegmentsInOrder holds what noteTokens reads the number of
// parts from: the parts of the tokens tokenizeAddress returns are
// numbered in order, never falling, whatever it dropped or turned
// around, for every writing of every labelled address.
func TestAddrSegmentsInOrder(t *testing.T) {
	var sc addrScratch
	for _, in := range everyLabelledAddress(t) {
		for _, s := range addressWritings(in) {
			toks, _, err := sc.tokenizeAddress(s)
			if err != nil {
				continue
			}
			for i := 1; i < len(toks); i++ {
				require.LessOrEqual(t, toks[i-1].seg, toks[i].seg, "%q", s)
			}
		}
	}
}
