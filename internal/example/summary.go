package example

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// maxAmbiguousLines is how many sets of candidates of ambiguous
// addresses the summary lists; the JSON lists them all.
const maxAmbiguousLines = 5

// WriteSummary writes what became of a roster, a line at a time: where it
// came from (path, or "" for the generated one), its rows accepted,
// rejected by reason, fixed and merged, the rows whose address named no
// commune of the provinces and those whose address reads as several
// communes, by candidates, most frequent first (both counted for owner), the people whose rows disagree and the rows without a date.
func (in *Intake) WriteSummary(line func(string, ...any), n Numbers, path, owner string) {
	src := word(n.Lang, "generated")
	if path != "" {
		src = path
	}
	line("%s (%s)", word(n.Lang, "roster"), src)
	fixes := 0
	for _, k := range in.Report.Fixes {
		fixes += k
	}
	line("  "+word(n.Lang, "rows"), n.Int(in.Report.Rows), n.Int(in.Report.Accepted), n.Int(len(in.Report.Rejected)), n.Int(fixes), n.Int(in.Merged()), n.Int(in.People))
	for _, c := range []struct {
		key    string
		counts []Count
	}{{"rejected", in.Reasons(n.Lang)}, {"fixed", in.Fixes(n.Lang)}} {
		if len(c.counts) > 0 {
			parts := make([]string, len(c.counts))
			for i, k := range c.counts {
				parts[i] = k.Label + " " + n.Int(k.N)
			}
			line("  %s: %s", word(n.Lang, c.key), strings.Join(parts, " · "))
		}
	}
	line("  "+word(n.Lang, "address"), n.Int(in.NotFound), owner)
	line("  "+word(n.Lang, "ambiguous"), n.Int(in.Ambiguous), owner)
	amb := in.Ambiguities()
	for i, a := range amb {
		if i == maxAmbiguousLines {
			line("    … %s", n.Int(len(amb)-i))
			break
		}
		names := make([]string, len(a.Candidates))
		for k, c := range a.Candidates {
			names[k] = c.FullName()
		}
		line("    "+word(n.Lang, "candidates"), strings.Join(names, " · "), n.Int(len(a.Rows)), a.Example)
	}
	line("  "+word(n.Lang, "conflicts"), n.Int(in.Conflicts))
	if in.NoDate > 0 {
		line("  "+word(n.Lang, "nodate"), n.Int(in.NoDate))
	}
	if path == "" {
		line("  %s", word(n.Lang, "sample"))
	}
}

// WriteAmbiguousCheck writes, under a totals check, where the rows of the
// intakes whose address reads as several communes were counted: for the
// union of their roster's province (old names the unions for the old
// view) and the new union (cur). Nothing is written when there are none.
func WriteAmbiguousCheck(line func(string, ...any), n Numbers, intakes []*Intake, old, cur string) {
	sum := 0
	for _, in := range intakes {
		sum += in.Ambiguous
	}
	if sum > 0 {
		line("  "+word(n.Lang, "ambiguouscheck"), n.Int(sum), old, cur)
	}
}

// A JSONImport is what became of a roster, in JSON.
type JSONImport struct {
	Rows      int            `json:"rows"`
	Accepted  int            `json:"accepted"`
	Rejected  int            `json:"rejected"`
	Reasons   []JSONReason   `json:"rejected_by_reason"`
	Fixes     map[string]int `json:"fixes"`
	Merged    int            `json:"duplicates_merged"`
	People    int            `json:"people"`
	NotPlaced int            `json:"address_not_in_province"`
	Ambiguous int            `json:"address_ambiguous"`
	// Ambiguities are the rows Ambiguous counts, by candidates.
	Ambiguities []JSONAmbiguity `json:"ambiguous_by_candidates"`
	NoDate      int             `json:"rows_without_date"`
	Conflicted  int             `json:"people_with_conflicts"`
}

// A JSONAmbiguity is a set of communes that addresses read as equally
// well, and the rows (line numbers) whose address did.
type JSONAmbiguity struct {
	Candidates []JSONCandidate `json:"candidates"`
	Rows       []int           `json:"rows"`
	Example    string          `json:"example"`
}

// jsonAmbiguities returns the intake's Ambiguities for the JSON output;
// none is an empty list, not null.
func (in *Intake) jsonAmbiguities() []JSONAmbiguity {
	out := []JSONAmbiguity{}
	for _, a := range in.Ambiguities() {
		ja := JSONAmbiguity{Rows: a.Rows, Example: a.Example}
		for _, c := range a.Candidates {
			ja.Candidates = append(ja.Candidates, JSONCandidate{c.Code().String(), c.FullName()})
		}
		out = append(out, ja)
	}
	return out
}

// A JSONCandidate is a commune an ambiguous address may be in.
type JSONCandidate struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// A JSONReason is a reason rows were rejected and how many.
type JSONReason struct {
	Reason string `json:"reason"`
	Rows   int    `json:"rows"`
}

// JSON returns the intake for the JSON output, reasons in the language.
func (in *Intake) JSON(l vietnam.Lang) JSONImport {
	j := JSONImport{Rows: in.Report.Rows, Accepted: in.Report.Accepted, Rejected: len(in.Report.Rejected), Fixes: map[string]int{},
		Merged: in.Merged(), People: in.People, NotPlaced: in.NotFound, Ambiguous: in.Ambiguous, NoDate: in.NoDate, Conflicted: in.Conflicts,
		Ambiguities: in.jsonAmbiguities()}
	for _, c := range in.Reasons(l) {
		j.Reasons = append(j.Reasons, JSONReason{c.Label, c.N})
	}
	for k, n := range in.Report.Fixes {
		j.Fixes[k.String()] = n
	}
	return j
}

// A JSONCheck is a totals check in JSON.
type JSONCheck struct {
	Indicator metrics.Code `json:"indicator"`
	Old       *json.Number `json:"old"`
	New       *json.Number `json:"new"`
	Match     bool         `json:"match"`
}

// JSONChecks returns the checks for the JSON output.
func JSONChecks(checks []Check) []JSONCheck {
	var out []JSONCheck
	for _, c := range checks {
		out = append(out, JSONCheck{c.Indicator.Code, Number(c.Old.Decimal()), Number(c.New.Decimal()), c.OK()})
	}
	return out
}

// Pseudonymizer keys the subject pseudonyms of records with the program's
// secret, so that no raw citizen ID reaches a record or a report. A
// deployment keeps one fixed secret (HOCVUSO_SECRET, at least 32 bytes)
// so that keys agree from run to run; without it, a fresh random secret
// serves one run, which is all a dashboard's distinct counts need.
func Pseudonymizer() (*metrics.Pseudonymizer, error) {
	secret := []byte(os.Getenv("HOCVUSO_SECRET"))
	if len(secret) == 0 {
		secret = make([]byte, 32)
		if _, err := rand.Read(secret); err != nil {
			return nil, err
		}
	}
	keys, err := metrics.NewPseudonymizer(secret)
	if err != nil {
		return nil, fmt.Errorf("HOCVUSO_SECRET: %w", err)
	}
	return keys, nil
}

// A Weight is the share of a province's count targets that a former
// district takes, as a scenario writes it: its pre-2025 code, its name
// for the reader (checked against the data) and the weight (population,
// union members, households…).
type Weight struct {
	District string
	Name     string
	Value    int64
}

// Claims checks that every weight names, by code and by name, a district
// of the provinces of tree (a union tree mirrored from the units before
// the reform), so that a typo in a scenario is an error and not a silent
// zero, and returns the district unions with their claims, for
// Campaign.Allocate.
func Claims(tree *org.Tree, weights []Weight) ([]org.ID, []metrics.Claim, error) {
	districts := map[admin.Code]org.Unit{}
	for _, u := range tree.All() {
		if u.Admin.Level() == admin.LevelDistrict {
			districts[u.Admin] = u
		}
	}
	var units []org.ID
	var claims []metrics.Claim
	for _, dw := range weights {
		c, err := admin.ParseCode(admin.EraPre2025, admin.LevelDistrict, dw.District)
		if err != nil {
			return nil, nil, fmt.Errorf("scenario: %w", err)
		}
		u, ok := districts[c]
		if !ok {
			return nil, nil, fmt.Errorf("scenario: district %q is not in the provinces of the tree", dw.District)
		}
		if !strings.HasSuffix(vietnam.Fold(u.Name), " "+vietnam.Fold(dw.Name)) {
			return nil, nil, fmt.Errorf("scenario: district %s is %q, not %q", dw.District, u.Name, dw.Name)
		}
		units, claims = append(units, u.ID), append(claims, metrics.Claim{Weight: dw.Value})
	}
	return units, claims, nil
}
