package example

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

// A Campaign is a campaign or program as a scenario writes it: its
// identity, names, window ("29/5/2025–15/8/2025") and targets.
type Campaign struct {
	ID, NameVI, NameEN, Window string
	Targets                    []Target
}

// A Target is one target of a scenario's campaign for the whole province:
// a count, or a percentage of each unit's own denominator.
type Target struct {
	Indicator string
	Value     int64
	Percent   bool
}

// Name returns the campaign's name in the language.
func (c Campaign) Name(l vietnam.Lang) string { return Pick(l, c.NameVI, c.NameEN) }

// ParseWindow reads the campaign's window.
func (c Campaign) ParseWindow() (campaign.Window, error) {
	w, err := campaign.ParseWindow(c.Window)
	if err != nil {
		return campaign.Window{}, fmt.Errorf("scenario: %w", err)
	}
	return w, nil
}

// Indicators lists the indicators with a target, in the scenario's order.
func (c Campaign) Indicators() []metrics.Code {
	out := make([]metrics.Code, 0, len(c.Targets))
	for _, t := range c.Targets {
		out = append(out, metrics.Code(t.Indicator))
	}
	return out
}

// Allocate returns the campaign's targets on root over its window, and
// all of them with their parts for units: a percentage target is kept by
// every unit; a count target is split among units by the claims with the
// largest-remainder method (metrics.AllocateTarget), or stays on root
// when there are no claims.
func (c Campaign) Allocate(root org.ID, window campaign.Window, units []org.ID, claims []metrics.Claim) (province, all []metrics.Target, err error) {
	period := metrics.Period{From: window.Start(), To: window.End()}
	for _, ts := range c.Targets {
		t := metrics.Target{Indicator: metrics.Code(ts.Indicator), Unit: root, Value: decimal.NewFromInt(ts.Value), Window: period}
		cl := claims
		if ts.Percent {
			t.Kind = metrics.Percentage
			cl = make([]metrics.Claim, len(units))
			for i := range cl {
				cl[i].Weight = 1
			}
		}
		province, all = append(province, t), append(all, t)
		if len(cl) == 0 {
			continue
		}
		parts, err := metrics.AllocateTarget(t, cl)
		if err != nil {
			return nil, nil, fmt.Errorf("scenario: allocating %s: %w", ts.Indicator, err)
		}
		for i := range parts {
			parts[i].Unit = units[i]
		}
		all = append(all, parts...)
	}
	return province, all, nil
}

// Numbers formats numbers for a dashboard in one language.
type Numbers struct {
	Lang vietnam.Lang
	vietnam.NumberConvention
}

// NumbersIn returns the number formatting of the language.
func NumbersIn(l vietnam.Lang) Numbers {
	if l == vietnam.English {
		return Numbers{l, vietnam.NumberEnglish}
	}
	return Numbers{l, vietnam.NumberVietnamese}
}

// Int formats a count.
func (n Numbers) Int(i int) string { return n.FormatInt(int64(i)) }

// Dec formats a decimal rounded to a whole number.
func (n Numbers) Dec(v decimal.Decimal) string { return n.Format(v.Round(0)) }

// Share formats a fraction as a percentage with one decimal.
func (n Numbers) Share(share decimal.Decimal) string {
	return n.FormatPercent(share.Mul(decimal.NewFromInt(100)).Round(1))
}

// Actual formats a row's actual value: a count, a percentage, or "–"
// when there is none.
func (n Numbers) Actual(r metrics.Row) string {
	if r.Actual.IsMissing() {
		return "–"
	}
	if r.Indicator.Unit == metrics.Percent {
		return n.FormatPercent(r.Actual.Decimal().Round(1))
	}
	return n.Dec(r.Actual.Decimal())
}

// Status labels a campaign's status: the Vietnamese label, or the
// English code in lower case.
func (n Numbers) Status(s campaign.Status) string {
	if n.Lang == vietnam.English {
		return s.String()
	}
	return s.Label(vietnam.Vietnamese)
}

// WriteProgress writes one numbered table per indicator of rows: unit,
// actual, target, share done, amount due by now, status, and the
// projection to the deadline (a day "15/08").
func (n Numbers) WriteProgress(b *strings.Builder, rows []metrics.Row, indicators []metrics.Indicator, deadline vietnam.Date) {
	proj := fmt.Sprintf(word(n.Lang, "projection"), deadline.String()[:5])
	for i, ind := range indicators {
		fmt.Fprintf(b, "\n%d. %s (%s)\n", i+1, ind.Label(n.Lang), ind.Unit.Label(n.Lang))
		table := [][]string{{word(n.Lang, "unit"), word(n.Lang, "actual"), word(n.Lang, "target"), word(n.Lang, "achieved"), word(n.Lang, "expected"), word(n.Lang, "status"), proj}}
		for _, r := range rows {
			if r.Indicator.Code != ind.Code {
				continue
			}
			p := r.Progress
			projection, target, expected := n.Dec(p.Projection), n.Dec(r.Target.Value), n.Dec(p.Expected)
			if ind.Unit == metrics.Percent {
				projection, target, expected = "–", n.FormatPercent(r.Target.Value), n.FormatPercent(p.Expected.Round(1))
			}
			table = append(table, []string{strings.Repeat("  ", r.Depth) + r.Unit.Name, n.Actual(r), target, n.Share(p.Achieved), expected, p.Status.Label(n.Lang), projection})
		}
		WriteColumns(b, table, 0, 5)
	}
}

// WriteByUnit writes rows as one line per unit (children indented) and
// one column per indicator, headed by short names.
func (n Numbers) WriteByUnit(b *strings.Builder, rows []metrics.Row, indicators []metrics.Indicator, short func(metrics.Indicator) string) {
	head := []string{word(n.Lang, "unit")}
	for _, ind := range indicators {
		head = append(head, short(ind))
	}
	table := [][]string{head}
	var unit org.ID
	for _, r := range rows {
		if len(table) == 1 || r.Unit.ID != unit {
			unit = r.Unit.ID
			line := []string{strings.Repeat("  ", min(r.Depth, 1)) + r.Unit.Name}
			for range indicators {
				line = append(line, "–")
			}
			table = append(table, line)
		}
		if i := slices.IndexFunc(indicators, func(ind metrics.Indicator) bool { return ind.Code == r.Indicator.Code }); i >= 0 {
			table[len(table)-1][i+1] = n.Actual(r)
		}
	}
	WriteColumns(b, table, 0)
}

// WriteChecks writes the totals check under a title naming what is
// compared ("đơn vị cũ = đơn vị mới"), one line per indicator.
func (n Numbers) WriteChecks(b *strings.Builder, what string, checks []Check) {
	fmt.Fprintf(b, word(n.Lang, "check")+"\n", what)
	for _, c := range checks {
		mark := "✓ " + word(n.Lang, "match")
		if !c.OK() {
			mark = "✗ " + word(n.Lang, "mismatch")
		}
		fmt.Fprintf(b, "  %-45s %12s = %-12s %s\n", c.Indicator.Label(n.Lang),
			n.Actual(metrics.Row{Indicator: c.Indicator, Actual: c.Old}), n.Actual(metrics.Row{Indicator: c.Indicator, Actual: c.New}), mark)
	}
}

// WriteColumns writes rows as aligned columns, widths counted in
// characters: the first column and those listed in left are
// left-aligned, the others right-aligned; trailing spaces are trimmed.
func WriteColumns(b *strings.Builder, rows [][]string, left ...int) {
	width := map[int]int{}
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows {
		var sb strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i > 0 {
				sb.WriteString("  ")
			}
			if slices.Contains(left, i) {
				sb.WriteString(c + pad)
			} else {
				sb.WriteString(pad + c)
			}
		}
		b.WriteString(strings.TrimRight(sb.String(), " ") + "\n")
	}
}

// A JSONUnit is how every example's JSON names a unit at the start of a
// row: its ID, its name and its administrative code (left out when it
// has none).
type JSONUnit struct {
	Unit  org.ID `json:"unit_id"`
	Name  string `json:"unit"`
	Admin string `json:"admin_code,omitempty"`
}

// JSONUnitOf names u for a JSON row.
func JSONUnitOf(u org.Unit) JSONUnit {
	j := JSONUnit{Unit: u.ID, Name: u.Name}
	if !u.Admin.IsZero() {
		j.Admin = u.Admin.String()
	}
	return j
}

// A JSONRow is one line of a view in JSON; numbers are exact decimals,
// a share (achieved) a fraction.
type JSONRow struct {
	JSONUnit
	Indicator  metrics.Code `json:"indicator"`
	Actual     *json.Number `json:"actual"`
	Target     *json.Number `json:"target,omitempty"`
	Achieved   *json.Number `json:"achieved,omitempty"`
	Expected   *json.Number `json:"expected,omitempty"`
	Status     string       `json:"status,omitempty"`
	Label      string       `json:"status_label,omitempty"`
	Projection *json.Number `json:"projection,omitempty"`
}

// Number is a decimal as an exact JSON number.
func Number(d decimal.Decimal) *json.Number {
	n := json.Number(d.String())
	return &n
}

// JSONRows returns the rows for the JSON output, status labels in the
// language.
func JSONRows(rows []metrics.Row, l vietnam.Lang) []JSONRow {
	out := make([]JSONRow, 0, len(rows))
	for _, r := range rows {
		j := JSONRow{JSONUnit: JSONUnitOf(r.Unit), Indicator: r.Indicator.Code}
		if !r.Actual.IsMissing() {
			j.Actual = Number(r.Actual.Decimal())
		}
		if r.HasTarget {
			p := r.Progress
			j.Target, j.Achieved, j.Expected = Number(r.Target.Value), Number(p.Achieved.Round(4)), Number(p.Expected.Round(2))
			j.Status, j.Label, j.Projection = p.Status.String(), p.Status.Label(l), Number(p.Projection.Round(0))
		}
		out = append(out, j)
	}
	return out
}

// Total returns an indicator's value over several roots of a rollup (the
// unions of a province and of those merged into it): the sum of their
// values, or for a ratio the ratio of their summed parts. A distinct count
// is summed: a person on the rosters of two provinces counts twice.
func Total(r *metrics.Rollup, roots []org.ID, ind metrics.Indicator) metrics.Value {
	if len(roots) == 1 {
		v, _ := r.Value(roots[0], ind.Code)
		return v
	}
	var sum, num, den decimal.Decimal
	ratio, present := false, false
	for _, root := range roots {
		v, _ := r.Value(root, ind.Code)
		if n, d, ok := v.Ratio(); ok {
			ratio, num, den = true, num.Add(n), den.Add(d)
		} else if !v.IsMissing() {
			present, sum = true, sum.Add(v.Decimal())
		}
	}
	switch {
	case ratio:
		factor := decimal.NewFromInt(1)
		if ind.Unit == metrics.Percent {
			factor = decimal.NewFromInt(100)
		}
		return metrics.RatioOf(num, den, factor)
	case present:
		return metrics.ValueOf(sum)
	}
	return metrics.Value{}
}

// WriteHeader writes the head of a dashboard, a line at a time: a rule,
// the campaign's name in capitals, its owner, window, status on asOf and
// day (with the share of the window elapsed), and the report date.
func (n Numbers) WriteHeader(line func(string, ...any), name, owner string, window campaign.Window, asOf vietnam.Date) {
	days := window.DaysThrough(asOf)
	elapsed := decimal.NewFromInt(int64(days)).Div(decimal.NewFromInt(int64(max(1, window.Days()))))
	line("%s\n%s", strings.Repeat("═", 100), strings.ToUpper(name))
	line("%s · %s %s · %s · %s (%s)", owner, word(n.Lang, "window"), window, n.Status(campaign.Campaign{Window: window}.StatusOn(asOf)),
		fmt.Sprintf(word(n.Lang, "day"), days, window.Days()), n.Share(elapsed))
	line(word(n.Lang, "asof"), asOf)
}

// Renamed returns package training's indicator of the code under the
// names a program gives it ("Người được xác thực VNeID mức 2" for the
// people helped with VNeID level 2), or an indicator with the code alone,
// which metrics.NewCatalog reports as incomplete, when training has none.
func Renamed(code metrics.Code, vi, en string) metrics.Indicator {
	for _, ind := range training.Indicators(nil) {
		if ind.Code == code {
			ind.NameVI, ind.NameEN = vi, en
			return ind
		}
	}
	return metrics.Indicator{Code: code}
}

// ImportCounts are a roster's counts in the JSON of the examples that
// give them flat.
type ImportCounts struct {
	Rows      int `json:"rows"`
	Accepted  int `json:"accepted"`
	Rejected  int `json:"rejected"`
	NotFound  int `json:"address_not_found"`
	Ambiguous int `json:"address_ambiguous"`
	NoDate    int `json:"rows_without_date"`
	// Ambiguities are the rows Ambiguous counts, by candidates.
	Ambiguities []JSONAmbiguity `json:"ambiguous_by_candidates"`
}

// Counts returns the intake's counts for the JSON output.
func (in *Intake) Counts() ImportCounts {
	return ImportCounts{in.Report.Rows, in.Report.Accepted, len(in.Report.Rejected), in.NotFound, in.Ambiguous, in.NoDate, in.jsonAmbiguities()}
}

// TargetArgs are the words of a row with a target, for a sentence: the
// indicator's name, actual, target, share done, amount due by now,
// status and projection to the deadline.
func (n Numbers) TargetArgs(r metrics.Row) []any {
	p := r.Progress
	return []any{r.Indicator.Label(n.Lang), n.FormatInt(r.Actual.Decimal().IntPart()), n.Format(r.Target.Value),
		n.Share(p.Achieved), n.Format(p.Expected.Round(0)), p.Status.Label(n.Lang), n.Format(p.Projection.Round(0))}
}

// Report reports the rollup against the campaign's targets on root (a
// percentage target kept by each of units too, count targets on root; see
// Allocate), as of asOf, with the options opt.
func (c Campaign) Report(r *metrics.Rollup, root org.ID, units []org.ID, asOf vietnam.Date, opt metrics.ReportOptions) (*metrics.Report, error) {
	window, err := c.ParseWindow()
	if err != nil {
		return nil, err
	}
	_, all, err := c.Allocate(root, window, units, nil)
	if err != nil {
		return nil, err
	}
	set, err := metrics.NewTargets(r.Catalog(), all...)
	if err != nil {
		return nil, err
	}
	return metrics.NewReport(r, set, asOf, opt)
}
