// Package exampletest holds what the tests of the province examples share:
// running the program as its user does, changing the scenario for one
// test, and writing rosters as volunteers type them, with addresses made
// from the units of whatever province the scenario names, so that a
// folder copied to another province keeps passing its tests after it
// changes its data only.
package exampletest

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/example"
	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Main is an example's program: its arguments and outputs passed in, its
// exit code returned.
type Main func(args []string, stdout, stderr io.Writer) int

// Run runs the program and returns its standard output; the test fails
// unless it exits 0 and writes nothing on standard error.
func Run(t testing.TB, main Main, args ...string) string {
	t.Helper()
	var out, errs bytes.Buffer
	require.Equal(t, 0, main(args, &out, &errs), "stderr: %s", errs.String())
	assert.Empty(t, errs.String())
	return out.String()
}

// JSON runs the program with -format json and decodes its output into v.
func JSON(t testing.TB, main Main, v any, args ...string) {
	t.Helper()
	require.NoError(t, json.Unmarshal([]byte(Run(t, main, append(args, "-format", "json")...)), v))
}

// Usage checks the command line every example shares: a bad flag value,
// an unknown flag or an extra argument exits 2 with a message; a date
// that does not exist or a roster file that cannot be read exits 1, the
// first naming -date.
func Usage(t *testing.T, main Main) {
	for _, args := range [][]string{{"-lang", "fr"}, {"-format", "xml"}, {"-rows", "0"}, {"-rows", "-1"}, {"extra"}, {"-nosuchflag"}} {
		var out, errs bytes.Buffer
		assert.Equal(t, 2, main(args, &out, &errs), args)
		assert.NotEmpty(t, errs.String(), args)
		assert.Empty(t, out.String(), args)
	}
	var out, errs bytes.Buffer
	assert.Equal(t, 1, main([]string{"-date", "31/4/2025"}, &out, &errs))
	assert.Contains(t, errs.String(), "-date")
	errs.Reset()
	assert.Equal(t, 1, main([]string{"-roster", filepath.Join(t.TempDir(), "missing.csv")}, &out, &errs))
	assert.Contains(t, errs.String(), "missing.csv")
}

// Set sets *p to v for the rest of the test: a scenario variable a test
// changes, as a province copying the folder would.
func Set[T any](t testing.TB, p *T, v T) {
	saved := *p
	t.Cleanup(func() { *p = saved })
	*p = v
}

// A Province is the scenario of another province than the example's, to
// run an example on as a province that copies its folder does: its
// pre-2025 code, the provinces merged into it on 1/7/2025 and a campaign
// window.
type Province struct {
	Name, Code string
	Merged     []string
	Window     string
	// NewCode is the 2025 code of the province the reform made of it.
	NewCode string
}

// Others are Nghệ An, which no province was merged into on 1/7/2025, over
// 1/3–1/6/2025, and Lâm Đồng, into which Đắk Nông and Bình Thuận were
// merged, over the first half of 2025.
var Others = []Province{
	{Name: "Nghệ An", Code: "40", Window: "1/3/2025–1/6/2025", NewCode: "40"},
	{Name: "Lâm Đồng", Code: "68", Merged: []string{"67", "60"}, Window: "1/1/2025–30/6/2025", NewCode: "68"},
}

// OnEach runs test once for each province, as a subtest named after it,
// with the scenario's variables province, merged and, unless nil, window
// set to the province's.
func OnEach(t *testing.T, provinces []Province, province *string, merged *[]string, window *string, test func(t *testing.T, p Province)) {
	for _, p := range provinces {
		t.Run(p.Name, func(t *testing.T) {
			Set(t, province, p.Code)
			Set(t, merged, p.Merged)
			if window != nil {
				Set(t, window, p.Window)
			}
			test(t, p)
		})
	}
}

// WriteFile writes a roster typed by hand into the test's directory and
// returns its path.
func WriteFile(t testing.TB, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(text), 0o600))
	return path
}

// Tree is the union tree of the pre-2025 province as it stood on
// 30/6/2025.
func Tree(t testing.TB, province string) *org.Tree {
	t.Helper()
	tree, err := org.MirrorUnion(admin.At(example.TreeDate()), ProvinceCode(province))
	require.NoError(t, err)
	return tree
}

// ProvinceCode is the code of a pre-2025 province.
func ProvinceCode(province string) admin.Code {
	return admin.MustParseCode(admin.EraPre2025, admin.LevelProvince, province)
}

// A Commune is a commune as it stood on 30/6/2025, with its district and
// province, and the 2025 commune and province it went into whole.
type Commune struct {
	Commune, District, Province admin.Unit
	New, NewProvince            admin.Unit
}

// Communes returns, for each district of the pre-2025 province in code
// order, its communes that went whole into one 2025 commune of which
// they make at least half, so that a row written with either name is
// placed without a split rule and on this district.
func Communes(t testing.TB, province string) [][]Commune {
	t.Helper()
	old, cur := admin.At(example.TreeDate()), admin.Current()
	p, ok := old.Unit(ProvinceCode(province))
	require.True(t, ok, province)
	var out [][]Commune
	for d := range old.Children(p.Code()) {
		var cs []Commune
		for c := range old.Children(d.Code()) {
			succ := admin.Successors(c.Code())
			if len(succ) != 1 {
				continue
			}
			preds := admin.Predecessors(succ[0].New.Code())
			same := 0
			for _, s := range preds {
				if s.Old.District() == d.Code() {
					same++
				}
			}
			if 2*same <= len(preds) {
				continue
			}
			n, ok := cur.Unit(succ[0].New.Code())
			require.True(t, ok)
			np, ok := cur.Unit(n.Province())
			require.True(t, ok)
			cs = append(cs, Commune{Commune: c, District: d, Province: p, New: n, NewProvince: np})
		}
		out = append(out, cs)
	}
	return out
}

// Full writes the old address in full: "Phường Phú Lợi, Thành phố Thủ Dầu
// Một, Tỉnh Bình Dương".
func (c Commune) Full() string {
	return c.Commune.FullName() + ", " + c.District.FullName() + ", " + c.Province.FullName()
}

// Short writes the old address as it is typed in a hurry: "P. Phú Hòa, TP.
// Thủ Dầu Một, Bình Dương".
func (c Commune) Short() string {
	return Abbrev(c.Commune) + ", " + Abbrev(c.District) + ", " + c.Province.Name()
}

// Current writes the address with the units of 2025: "Phường Lái Thiêu,
// Thành phố Hồ Chí Minh".
func (c Commune) Current() string { return c.New.FullName() + ", " + c.NewProvince.FullName() }

// Abbrev writes a unit's name behind the initials of its type, as people
// write them: "P. Phú Hòa", "TP. Thủ Dầu Một", "H. Dầu Tiếng", "TT. Mường
// Chà", "P. 2".
func Abbrev(u admin.Unit) string {
	word := strings.TrimSuffix(u.FullName(), " "+u.Name())
	var b strings.Builder
	for _, syl := range strings.Fields(vietnam.Fold(word)) {
		b.WriteString(strings.ToUpper(syl[:1]))
	}
	return b.String() + ". " + u.Name()
}

// People counts people by key (a unit's code, "" for the province):
// what the test expects the program to count, from the generator's
// record of each row.
type People map[string]map[int]bool

// Add counts a person under a key; a person counts once per key.
func (p People) Add(key string, person int) {
	if p[key] == nil {
		p[key] = map[int]bool{}
	}
	p[key][person] = true
}

// An Ambiguity is an entry of an example's JSON list
// "ambiguous_by_candidates": the communes some rows' addresses read as,
// and those rows' line numbers.
type Ambiguity struct {
	Candidates []struct {
		Code string `json:"code"`
	} `json:"candidates"`
	Rows []int `json:"rows"`
}

// Ambiguous returns the candidate codes of each row an example reported
// as ambiguous, by line number. A generated roster's row i (from 0) is on
// line i+2, after the header.
func Ambiguous(groups []Ambiguity) map[int][]string {
	out := map[int][]string{}
	for _, g := range groups {
		var codes []string
		for _, c := range g.Candidates {
			codes = append(codes, c.Code)
		}
		for _, r := range g.Rows {
			out[r] = codes
		}
	}
	return out
}

// A Row is a row of a generated roster as the program read it.
type Row struct {
	synth.Row
	// File is the index of the roster file the row is in; Line its line
	// there, the header's being 1; Config the index of its configuration,
	// counted across the files.
	File, Line, Config int
	// Ambiguous reports that the program listed the row's address as
	// reading as several communes, its true communes among them (Honest).
	Ambiguous bool
}

// Rows walks the rows of the generated roster files an example read,
// each file the rows of its configurations one after the other under one
// header. A person of one configuration is never one of another: the
// generator numbers each configuration's people from 0, Rows numbers them
// apart. ambiguous[f] are the rows of file f the program reported as
// ambiguous, by line (see Ambiguous): each is checked with Honest, and
// marked.
func Rows(t testing.TB, ambiguous []map[int][]string, files ...[]synth.Config) iter.Seq[Row] {
	return func(yield func(Row) bool) {
		n := 0 // the configuration's index
		for f, cfgs := range files {
			line := 1
			for _, cfg := range cfgs {
				seq, err := synth.Generate(cfg)
				require.NoError(t, err)
				for r := range seq {
					line++
					r.Person += n << 32
					cands, amb := ambiguous[f][line]
					if amb {
						current := r.Current
						if r.Commune.Era() == admin.Era2025 {
							current = []admin.Code{r.Commune}
						}
						Honest(t, line, current, cands)
					}
					if !yield(Row{Row: r, File: f, Line: line, Config: n, Ambiguous: amb}) {
						return
					}
				}
				n++
			}
		}
	}
}

// Honest checks that an ambiguous row's candidates include every
// current commune the row's address truly leads to (current): the
// example may decline to pick, never leave the truth out.
func Honest(t testing.TB, line int, current []admin.Code, candidates []string) {
	t.Helper()
	for _, c := range current {
		assert.Contains(t, candidates, c.String(), "line %d: the true commune among the candidates", line)
	}
}

// SplitChoices checks an example's decisions on the communes the reform
// split (its splitChoices, at choices) for the province and those merged
// into it: a decision sends a waiting commune's records to the successor
// it names rather than where the rule put them; a decision that names a
// commune the old one did not become, a commune the reform did not split,
// or no commune code at all stops the program (exit 1) saying so.
func SplitChoices(t *testing.T, main Main, choices *map[string]string, province string, merged []string) {
	w, err := example.NewWorld(province, merged, *choices)
	require.NoError(t, err)
	var split, whole admin.Code
	var succ admin.Code
	for _, u := range w.Old.All() {
		switch s := admin.Successors(u.Admin); {
		case u.Admin.Level() != admin.LevelCommune:
		case len(s) > 1 && split.IsZero():
			split = u.Admin
		case len(s) == 1 && whole.IsZero():
			whole, succ = u.Admin, s[0].New.Code()
		}
	}
	require.False(t, whole.IsZero(), "a commune that went whole")

	// A commune that waits for a decision when no rule settles it, and a
	// successor other than the one the rule chose.
	_, undecided, err := org.Migrate(w.Old, org.MigrateOptions{})
	require.NoError(t, err)
pending:
	for _, mv := range undecided.Pending() {
		chosen, _ := w.Mapping.Move(mv.Old)
		for _, c := range mv.Candidates {
			if c == chosen.To {
				continue
			}
			Set(t, choices, map[string]string{mv.From.String(): c.String()})
			w, err := example.NewWorld(province, merged, *choices)
			require.NoError(t, err)
			oldID, _ := w.OldUnit(mv.From)
			got, ok := w.Mapping.New(oldID)
			require.True(t, ok)
			want, _ := w.CurUnit(c)
			assert.Equal(t, want, got, "records of %s go where the decision says", mv.From)
			break pending
		}
	}

	fails := func(choice map[string]string, msg string) {
		t.Helper()
		Set(t, choices, choice)
		var out, errs bytes.Buffer
		assert.Equal(t, 1, main([]string{"-rows", "20"}, &out, &errs), choice)
		assert.Contains(t, errs.String(), msg, choice)
		assert.Empty(t, out.String(), choice)
	}
	if !split.IsZero() {
		fails(map[string]string{split.String(): "00001"},
			"scenario: splitChoices: org: split commune "+split.String()+": 2025:00001 is not one of its successors")
	}
	fails(map[string]string{whole.String(): succ.String()}, "not communes split by the reform")
	fails(map[string]string{"99999": "00001"}, "not communes split by the reform")
	u, _ := admin.At(example.TreeDate()).Unit(whole)
	name := u.FullName() // "Phường Lái Thiêu": a name, not a code
	fails(map[string]string{name: succ.String()}, "scenario: splitChoices "+strconv.Quote(name)+": "+strconv.Quote(succ.String())+": ")
}
