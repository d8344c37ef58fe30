package admin_test

import (
	"cmp"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// The labelled address sets (testdata/addresses) are the resolver's
// yardsticks; TestLabelledAddressSets resolves every address of each and
// reports the share right, flagged, unresolved and wrong, per category,
// and the calibration of Confidence. Their labels come from a script that
// reads the statistics office's CSV files and shares no code with the
// resolver (see testdata/addresses/README.md).
//
// Each set has its ratchet: the levels the resolver reached when the set
// last changed, less a small margin. Raise them as the resolver improves,
// never lower them to let a change through; issue 11 asks for wrongMax =
// 0.003 and highConfRightMin = 0.99 (answers with Confidence ≥ 0.9 right
// 99% of the time). Run with -v to see the table per category and the
// calibration, and with -realworld.failures to list every miss.
var realSets = []struct {
	file    string
	ratchet realRatchet
}{
	// addresses written the ways people write them, typed by hand or by
	// an independent writer
	{"addresses.tsv", realRatchet{rightMin: 0.993, wrongMax: 0.003, highConfRightMin: 0.99}},
	// addresses as scanned and re-typed forms carry them (another
	// project's public test, and lines typed by hand in its forms), much
	// noisier: its lines were not written for this resolver, so "right"
	// is lower; what must hold is that it is seldom wrong, and that a
	// high confidence means right
	{"scanned.tsv", realRatchet{rightMin: 0.960, wrongMax: 0.003, highConfRightMin: 0.99}},
	// rows of two shops' address pickers (Shopee 2020–2025, TikTok Shop
	// 2023–2025) as their orders carry them, "ward, district, province",
	// in the shops' own spellings; half are held out (category
	// "…:held"): the resolver is tuned on the others, and "form held"
	// tells how it does on lists it has not seen
	{"shops.tsv", realRatchet{rightMin: 0.995, wrongMax: 0.003, highConfRightMin: 0.99}},
	// addresses from other projects' test suites (parsers, converters,
	// a locale library), as they publish them, with their own expected
	// parts: case games with type words ("QuAn 2"), separators of every
	// kind, streets in English, units of 2019–2024 (Quận 2, Quận 9); the
	// resolver was not written for them
	{"suites.tsv", realRatchet{rightMin: 0.98, wrongMax: 0.003, highConfRightMin: 0.99}},
	// addresses of a database of shops and places (a map's or the shop's
	// text, often with the picker's ward, district and province after it,
	// notes, plus codes, columns cut short), kept where the text writes
	// the database's own ward and district; half held out as in shops.tsv
	{"places.tsv", realRatchet{rightMin: 0.995, wrongMax: 0.003, highConfRightMin: 0.99}},
}

var (
	realworldFailures = flag.Bool("realworld.failures", false, "log every address of the real-world set that is not right")
	realworldLabels   = flag.Bool("realworld.labels", false, "re-derive the labels of the real-world set with python3 (slow)")
)

// An outcome of resolving one labelled address.
type realOutcome int

const (
	realRight      realOutcome = iota // exactly the label
	realFlagged                       // ambiguous, and the candidates include the answer
	realUnresolved                    // nothing (or less than the label) found, honestly
	realWrong                         // a silent pick, or candidates without the answer
	realOutcomes
)

func (o realOutcome) String() string {
	return [...]string{"right", "flagged", "unresolved", "wrong"}[o]
}

// A realLabel is what an address must resolve to.
type realLabel struct {
	kind  byte     // 'C' one commune, 'A' ambiguous among codes, 'D' district only, 'P' province only, 'X' nothing
	codes []string // 2025 communes (for D: the district's successors)
	units []string // D, P: the acceptable units, "pre:769", "new:79"
}

func parseRealLabel(s string) (realLabel, error) {
	kind, rest, _ := strings.Cut(s, ":")
	switch kind {
	case "X":
		return realLabel{kind: 'X'}, nil
	case "C", "A":
		return realLabel{kind: kind[0], codes: strings.Split(rest, "|")}, nil
	case "D":
		units, succ, ok := strings.Cut(rest, "/")
		if !ok {
			return realLabel{}, fmt.Errorf("label %q: want D:era:code[,era:code]/successors", s)
		}
		return realLabel{kind: 'D', units: strings.Split(units, ","), codes: strings.Split(succ, "|")}, nil
	case "P":
		return realLabel{kind: 'P', units: strings.Split(rest, "|")}, nil
	}
	return realLabel{}, fmt.Errorf("label %q: unknown kind", s)
}

func realUnitKey(u admin.Unit) string {
	if u.IsZero() {
		return ""
	}
	if u.Era() == admin.EraPre2025 {
		return "pre:" + u.Code().String()
	}
	return "new:" + u.Code().String()
}

func judgeReal(l realLabel, res admin.Resolution, err error) realOutcome {
	if err != nil {
		if l.kind == 'X' {
			return realRight
		}
		return realUnresolved
	}
	var got []string
	for _, c := range res.Candidates {
		got = append(got, c.Unit.Code().String())
	}
	in := func(set []string, s string) bool { return slices.Contains(set, s) }
	switch l.kind {
	case 'X':
		return realWrong
	case 'C', 'A':
		switch {
		case len(got) == 0:
			return realUnresolved
		case l.kind == 'C' && !res.Ambiguous && len(got) == 1 && got[0] == l.codes[0]:
			return realRight
		case l.kind == 'A' && res.Ambiguous && sameSet(got, l.codes):
			return realRight
		case res.Ambiguous && slices.ContainsFunc(got, func(c string) bool { return in(l.codes, c) }):
			return realFlagged
		}
		return realWrong
	case 'D':
		if len(got) == 0 {
			switch {
			case in(l.units, realUnitKey(res.District)):
				return realRight
			case res.District.IsZero():
				return realUnresolved
			}
			return realWrong
		}
		if res.Ambiguous && !slices.ContainsFunc(got, func(c string) bool { return !in(l.codes, c) }) {
			return realFlagged
		}
		return realWrong
	case 'P':
		switch {
		case len(got) > 0 || !res.District.IsZero():
			return realWrong
		case in(l.units, realUnitKey(res.Province)):
			return realRight
		case res.Province.IsZero():
			return realUnresolved
		}
		return realWrong
	}
	return realWrong
}

// realForm is a category's form without its era: "old:glued" and
// "hand:glued" are both "glued"; "history" stays "history".
func realForm(cat string) string {
	if _, form, ok := strings.Cut(cat, ":"); ok {
		return form
	}
	return cat
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

type realTally [realOutcomes]int

func (t *realTally) total() int { return t[0] + t[1] + t[2] + t[3] }

func (t *realTally) share(o realOutcome) float64 {
	if t.total() == 0 {
		return 0
	}
	return float64(t[o]) / float64(t.total())
}

func (t *realTally) String() string {
	return fmt.Sprintf("%5d  right %5.1f%%  flagged %5.1f%%  unresolved %5.1f%%  wrong %5.1f%%", t.total(),
		100*t.share(realRight), 100*t.share(realFlagged), 100*t.share(realUnresolved), 100*t.share(realWrong))
}

// realBuckets are the lower bounds of the confidence buckets.
var realBuckets = []float64{0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95}

func realBucket(c float64) int {
	b := 0
	for i, lo := range realBuckets {
		if c >= lo {
			b = i
		}
	}
	return b
}

// realRatchet is what a labelled set must reach.
type realRatchet struct {
	rightMin, wrongMax, highConfRightMin float64
}

func TestLabelledAddressSets(t *testing.T) {
	for _, set := range realSets {
		t.Run(set.file, func(t *testing.T) {
			measureRealSet(t, filepath.Join("testdata", "addresses", set.file), set.ratchet)
		})
	}
}

// measureRealSet resolves every address of a labelled set, reports the
// shares and the calibration, and checks them against the ratchet.
func measureRealSet(t *testing.T, path string, ratchet realRatchet) {
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	name := filepath.Base(path)
	var all realTally
	byCat := map[string]*realTally{}
	byOrigin := map[string]*realTally{}
	byForm := map[string]*realTally{} // the form whatever the era: "glued" of old:, new: and hand:
	calib := make([]realTally, len(realBuckets))
	var examples []string
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 4, "%s:%d: %q", name, i+1, line)
		l, err := parseRealLabel(f[1])
		require.NoError(t, err, "%s:%d", name, i+1)
		res, rerr := admin.ResolveAddress(f[0])
		o := judgeReal(l, res, rerr)
		all[o]++
		for _, m := range []struct {
			m map[string]*realTally
			k string
		}{{byCat, f[2]}, {byCat, strings.SplitN(f[2], ":", 2)[0] + ":*"}, {byOrigin, f[3]}, {byForm, realForm(f[2])}} {
			if m.m[m.k] == nil {
				m.m[m.k] = new(realTally)
			}
			m.m[m.k][o]++
		}
		if rerr == nil {
			calib[realBucket(res.Confidence)][o]++
		}
		if o != realRight || *realworldFailures {
			if o != realRight {
				var got []string
				for _, c := range res.Candidates {
					got = append(got, c.Unit.Code().String())
				}
				examples = append(examples, fmt.Sprintf("%-10s %-22s %-28s got %v amb=%v conf=%.2f d=%s p=%s  %q",
					o, f[2], f[1][:min(len(f[1]), 28)], got, res.Ambiguous, res.Confidence,
					realUnitKey(res.District), realUnitKey(res.Province), f[0]))
			}
		}
	}
	require.Greater(t, all.total(), 0)
	t.Logf("all          %s", &all)
	for _, k := range slices.SortedFunc(maps.Keys(byOrigin), cmp.Compare) {
		t.Logf("origin %-6s %s", k, byOrigin[k])
	}
	for _, k := range slices.SortedFunc(maps.Keys(byForm), cmp.Compare) {
		t.Logf("form %-21s %s", k, byForm[k])
	}
	for _, k := range slices.SortedFunc(maps.Keys(byCat), cmp.Compare) {
		t.Logf("%-26s %s", k, byCat[k])
	}
	var hi realTally
	t.Log("calibration: confidence bucket → answers, share right, share right or flagged")
	for i, b := range calib {
		hiB := "1.00"
		if i+1 < len(realBuckets) {
			hiB = fmt.Sprintf("%.2f", realBuckets[i+1])
		}
		right, honest := 0.0, 0.0
		if b.total() > 0 {
			right, honest = b.share(realRight), b.share(realRight)+b.share(realFlagged)
		}
		t.Logf("  [%.2f, %s)  %5d  right %5.1f%%  right|flagged %5.1f%%  wrong %d", realBuckets[i], hiB, b.total(),
			100*right, 100*honest, b[realWrong])
		if realBuckets[i] >= 0.9 {
			for o := range realOutcomes {
				hi[o] += b[o]
			}
		}
	}
	if *realworldFailures || testing.Verbose() {
		for _, e := range examples {
			t.Log(e)
		}
	}
	assert.GreaterOrEqual(t, all.share(realRight), ratchet.rightMin, "%s: share right fell below the ratchet", name)
	assert.LessOrEqual(t, all.share(realWrong), ratchet.wrongMax, "%s: share wrong rose above the ratchet", name)
	if hi.total() > 0 {
		assert.GreaterOrEqual(t, hi.share(realRight), ratchet.highConfRightMin, "%s: answers with confidence ≥ 0.9 are right less often than the ratchet", name)
	}
}

// The judge itself, on hand-made resolutions: a silent pick among a split
// commune's successors is wrong, an honest flag is not.
func TestJudgeReal(t *testing.T) {
	one, err := admin.ResolveAddress("Phường Lái Thiêu, TP. Hồ Chí Minh")
	require.NoError(t, err)
	for _, tt := range []struct {
		label string
		res   admin.Resolution
		err   error
		want  realOutcome
	}{
		{"C:25966", one, nil, realRight},
		{"C:25942", one, nil, realWrong},
		{"A:25966|25942", one, nil, realWrong},
		{"X", one, nil, realWrong},
		{"X", admin.Resolution{}, admin.ErrAddressNotFound, realRight},
		{"C:25966", admin.Resolution{}, admin.ErrAddressNotFound, realUnresolved},
		{"D:pre:725/25966|25942", one, nil, realWrong},
		{"P:new:79", one, nil, realWrong},
	} {
		l, err := parseRealLabel(tt.label)
		require.NoError(t, err)
		assert.Equal(t, tt.want, judgeReal(l, tt.res, tt.err), tt.label)
	}
}

// The labels are re-derived from the CSV files by the set's own script; run
// with -realworld.labels (it needs python3 and takes seconds, not
// milliseconds) after changing the data, the hand-typed lines or the writer.
func TestRealWorldAddressLabels(t *testing.T) {
	if !*realworldLabels {
		t.Skip("run with -realworld.labels to re-derive the labels (needs python3)")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	for _, set := range []string{"addresses", "scanned", "shops", "suites", "places"} {
		out, err := exec.Command(py, "testdata/addresses/gen/labels.py", "--check", "--set", set).CombinedOutput()
		require.NoError(t, err, "%s", out)
	}
}
