package metrics

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// Row is one line of a report: one indicator at one unit.
type Row struct {
	Unit      org.Unit  `json:"unit"`
	Index     int       `json:"index"` // the unit's position in the tree (pre-order)
	Depth     int       `json:"depth"` // levels below the report's root
	Indicator Indicator `json:"indicator"`
	Actual    Value     `json:"actual"`
	// HasTarget says whether the unit has its own target for the
	// indicator; Target and Progress are zero otherwise.
	HasTarget bool     `json:"has_target"`
	Target    Target   `json:"target,omitzero"`
	Progress  Progress `json:"progress,omitzero"`
}

// ReportOptions choose what a report shows.
type ReportOptions struct {
	// Root is the unit whose subtree is shown; empty shows the whole tree.
	Root org.ID
	// MaxDepth limits the levels shown below Root (1: Root and its
	// children); 0 shows every level.
	MaxDepth int
	// Indicators lists the indicators shown, in column order; nil shows the
	// whole catalog.
	Indicators []Code
	// OnlyTargets leaves out rows without a target.
	OnlyTargets bool
	// Bands classify pace; the zero Bands is DefaultBands.
	Bands Bands
}

// Report is a table of units × indicators with actual, target, share
// achieved, expected and status at one date. Build it with NewReport, order
// it with Sorted, and render it with WriteText, WriteCSV or WriteJSON.
// A Report is not changed by any method and is safe for concurrent reads.
type Report struct {
	AsOf vietnam.Date `json:"as_of"`
	Rows []Row        `json:"rows"`
}

// NewReport evaluates, at the end of asOf, every unit of the rollup's tree
// (or of opt.Root's subtree) for every indicator chosen, in tree order,
// with the unit's own target if it has one (targets may be nil).
func NewReport(r *Rollup, targets *Targets, asOf vietnam.Date, opt ReportOptions) (*Report, error) {
	if err := opt.Bands.Validate(); err != nil {
		return nil, err
	}
	if opt.MaxDepth < 0 {
		return nil, errorf(ErrReport, "metrics: report: negative MaxDepth %d", opt.MaxDepth)
	}
	codes := opt.Indicators
	if codes == nil {
		for ind := range r.cat.All() {
			codes = append(codes, ind.Code)
		}
	}
	ks := make([]int, len(codes))
	for i, c := range codes {
		k, ok := r.cat.index[c]
		if !ok {
			return nil, errorf(ErrReport, "metrics: report: indicator %q not in the catalog", string(c))
		}
		ks[i] = k
	}
	from, to, base := 0, r.tree.Len(), 0
	if opt.Root != "" {
		i, ok := r.tree.Index(opt.Root)
		if !ok {
			return nil, errorf(ErrReport, "metrics: report: root %q not in the tree", string(opt.Root))
		}
		from, to, base = i, r.tree.End(i), r.tree.DepthAt(i)
	}
	rp := &Report{AsOf: asOf}
	for i := from; i < to; i++ {
		depth := r.tree.DepthAt(i) - base
		if opt.MaxDepth > 0 && depth > opt.MaxDepth {
			continue
		}
		u := r.tree.UnitAt(i)
		for _, k := range ks {
			row := Row{Unit: u, Index: i, Depth: depth, Indicator: r.cat.inds[k], Actual: r.valueAt(i, k)}
			if targets != nil {
				row.Target, row.HasTarget = targets.For(row.Indicator.Code, u.ID)
			}
			if !row.HasTarget && opt.OnlyTargets {
				continue
			}
			if row.HasTarget {
				p, err := Evaluate(row.Target, row.Actual, asOf, opt.Bands)
				if err != nil {
					return nil, err
				}
				row.Progress = p
			}
			rp.Rows = append(rp.Rows, row)
		}
	}
	return rp, nil
}

// Column names a column of a report, for sorting. The zero Column is tree
// order.
type Column uint8

const (
	ByTree      Column = iota // pre-order of the tree, then catalog order
	ByUnit                    // unit name, Vietnamese order of folded letters
	ByIndicator               // indicator code
	ByActual
	ByTarget
	ByAchieved
	ByExpected
	ByPace
	// ByStatus puts the worst first: not achieved, behind, at risk, no
	// data, on track, complete, not started; rows without a target last.
	ByStatus
)

// Sorted returns a copy of the report with rows ordered by the column,
// descending if desc. Ties keep tree order, and rows with no value in the
// column (missing actual, no target) come last either way.
func (rp *Report) Sorted(col Column, desc bool) *Report {
	// Compute each row's key once: folding names and building decimals
	// inside the comparison would repeat them n·log n times.
	type keyed struct {
		row *Row
		num decimal.Decimal
		str string
		ok  bool // the row has a value in the column
	}
	ks := make([]keyed, len(rp.Rows))
	for i := range rp.Rows {
		r := &rp.Rows[i]
		k := keyed{row: r, ok: true}
		switch col {
		case ByUnit:
			k.str = vietnam.Fold(r.Unit.Name)
		case ByIndicator:
			k.str = string(r.Indicator.Code)
		case ByActual:
			k.num, k.ok = r.Actual.Decimal(), !r.Actual.IsMissing()
		case ByTarget:
			k.num, k.ok = r.Target.Value, r.HasTarget
		case ByAchieved:
			k.num, k.ok = r.Progress.Achieved, r.HasTarget
		case ByExpected:
			k.num, k.ok = r.Progress.Expected, r.HasTarget
		case ByPace:
			k.num, k.ok = r.Progress.Pace, r.HasTarget
		case ByStatus:
			k.num, k.ok = decimal.NewFromInt(int64(statusRank[min(int(r.Progress.Status), len(statusRank)-1)])), r.HasTarget
		}
		ks[i] = k
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		if a.ok != b.ok { // present before absent, whatever the direction
			if a.ok {
				return -1
			}
			return 1
		}
		var c int
		switch col {
		case ByTree:
			c = cmp.Compare(a.row.Index, b.row.Index)
		case ByUnit, ByIndicator:
			c = strings.Compare(a.str, b.str)
		default:
			c = a.num.Cmp(b.num)
		}
		if desc {
			c = -c
		}
		if c != 0 {
			return c
		}
		return cmp.Compare(a.row.Index, b.row.Index)
	})
	out := &Report{AsOf: rp.AsOf, Rows: make([]Row, len(ks))}
	for i, k := range ks {
		out.Rows[i] = *k.row
	}
	return out
}

// statusRank orders statuses worst first for ByStatus.
var statusRank = [...]int{
	StatusUnknown: 7, StatusNotAchieved: 0, StatusBehind: 1, StatusAtRisk: 2, StatusNoData: 3,
	StatusOnTrack: 4, StatusComplete: 5, StatusNotStarted: 6,
}

// cells returns the row's displayed fields in column order: unit,
// indicator, actual, target, achieved, expected, status.
func (r Row) cells(l vietnam.Lang) [7]string {
	pct := r.Indicator.Unit == Percent || r.Target.Kind == Percentage
	num := func(d decimal.Decimal) string {
		if pct {
			return l.Numbers().FormatPercent(d.Round(1))
		}
		return formatNumber(d, 0, l)
	}
	c := [7]string{r.Unit.Name, r.Indicator.Label(l)}
	if c[0] == "" {
		c[0] = string(r.Unit.ID)
	}
	if !r.Actual.IsMissing() {
		c[2] = num(r.Actual.Decimal())
	}
	if r.HasTarget {
		c[3] = num(r.Target.Value)
		c[4] = formatPercent(r.Progress.Achieved, l)
		c[5] = num(r.Progress.Expected)
		c[6] = r.Progress.Status.Label(l)
	}
	return c
}

var headers = [2][7]string{
	{"Đơn vị", "Chỉ tiêu", "Thực hiện", "Mục tiêu", "Đạt", "Kỳ vọng", "Trạng thái"},
	{"Unit", "Indicator", "Actual", "Target", "Achieved", "Expected", "Status"},
}

func header(l vietnam.Lang) [7]string {
	if l == vietnam.English {
		return headers[1]
	}
	return headers[0]
}

// width is the number of columns a terminal gives s: runes, less combining
// marks (decomposed tones take no column of their own).
func width(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}

// clean makes a cell safe for one line of a text table.
func clean(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// WriteText writes the report as an aligned table for a terminal: a title
// line with the date, a header, and one line per row, unit names indented
// two spaces per level, numbers right-aligned.
func (rp *Report) WriteText(w io.Writer, l vietnam.Lang) error {
	rows := make([][7]string, 0, len(rp.Rows)+1)
	rows = append(rows, header(l))
	for _, r := range rp.Rows {
		c := r.cells(l)
		c[0] = strings.Repeat("  ", r.Depth) + c[0]
		for i := range c {
			c[i] = clean(c[i])
		}
		rows = append(rows, c)
	}
	var widths [7]int
	for _, c := range rows {
		for i, s := range c {
			widths[i] = max(widths[i], width(s))
		}
	}
	var b strings.Builder
	title := "Tính đến ngày " + rp.AsOf.String()
	if l == vietnam.English {
		title = "As of " + rp.AsOf.String()
	}
	b.WriteString(title)
	b.WriteByte('\n')
	for _, c := range rows {
		var line strings.Builder
		for i, s := range c {
			pad := strings.Repeat(" ", widths[i]-width(s))
			if i > 0 {
				line.WriteString("  ")
			}
			if i >= 2 && i <= 5 { // numbers to the right
				line.WriteString(pad)
				line.WriteString(s)
			} else {
				line.WriteString(s)
				line.WriteString(pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCSV writes the report as CSV with a header row. Names, headers and
// status labels are in the language; numbers are plain decimals with a
// point and no grouping ("52000", "38.5" for a percentage), because a
// spreadsheet reads "52.000" as fifty-two. The unit ID, the indicator code
// and the status code come first so that the file can be joined and
// filtered by program.
func (rp *Report) WriteCSV(w io.Writer, l vietnam.Lang) error {
	cw := csv.NewWriter(w)
	h := header(l)
	idHead := [3]string{"Mã đơn vị", "Mã chỉ tiêu", "Mã trạng thái"}
	if l == vietnam.English {
		idHead = [3]string{"Unit ID", "Indicator code", "Status code"}
	}
	if err := cw.Write([]string{idHead[0], h[0], idHead[1], h[1], h[2], h[3], h[4], h[5], idHead[2], h[6]}); err != nil {
		return err
	}
	plain := func(d decimal.Decimal, ok bool, places int32) string {
		if !ok {
			return ""
		}
		return d.Round(places).String()
	}
	for _, r := range rp.Rows {
		c := r.cells(l)
		var status string
		if r.HasTarget {
			status = r.Progress.Status.String()
		}
		rec := []string{
			string(r.Unit.ID), c[0], string(r.Indicator.Code), c[1],
			plain(r.Actual.Decimal(), !r.Actual.IsMissing(), 4),
			plain(r.Target.Value, r.HasTarget, 4),
			plain(r.Progress.Achieved.Shift(2), r.HasTarget, 1),
			plain(r.Progress.Expected, r.HasTarget, 1),
			status, c[6],
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// jsonReport is the JSON form: stable English keys, numbers as JSON
// numbers in full precision, missing values as null.
type jsonReport struct {
	AsOf string    `json:"as_of"`
	Lang string    `json:"lang"`
	Rows []jsonRow `json:"rows"`
}

type jsonRow struct {
	UnitID        org.ID       `json:"unit_id"`
	Unit          string       `json:"unit"`
	Depth         int          `json:"depth"`
	Indicator     Code         `json:"indicator"`
	IndicatorName string       `json:"indicator_name"`
	CountUnit     string       `json:"count_unit,omitempty"`
	Actual        *json.Number `json:"actual"`
	Target        *json.Number `json:"target"`
	TargetKind    string       `json:"target_kind,omitempty"`
	Achieved      *json.Number `json:"achieved"`
	Expected      *json.Number `json:"expected"`
	Pace          *json.Number `json:"pace"`
	Status        string       `json:"status,omitempty"`
	StatusLabel   string       `json:"status_label,omitempty"`
}

// WriteJSON writes the report as one JSON object: {"as_of": "2025-07-01",
// "lang": "vi", "rows": [...]}, each row with the unit's ID and name, the
// indicator's code and name, and actual, target, achieved (a share: 0.385),
// expected and pace as numbers, null when absent, with the status code and
// label.
func (rp *Report) WriteJSON(w io.Writer, l vietnam.Lang) error {
	num := func(d decimal.Decimal, ok bool) *json.Number {
		if !ok {
			return nil
		}
		n := json.Number(d.String())
		return &n
	}
	out := jsonReport{AsOf: rp.AsOf.ISO(), Lang: l.String(), Rows: make([]jsonRow, 0, len(rp.Rows))}
	for _, r := range rp.Rows {
		c := r.cells(l)
		jr := jsonRow{
			UnitID: r.Unit.ID, Unit: r.Unit.Name, Depth: r.Depth,
			Indicator: r.Indicator.Code, IndicatorName: c[1],
			Actual: num(r.Actual.Decimal(), !r.Actual.IsMissing()),
		}
		jr.CountUnit = r.Indicator.Unit.Label(l)
		if r.HasTarget {
			p := r.Progress
			jr.Target, jr.TargetKind = num(r.Target.Value, true), r.Target.Kind.String()
			jr.Achieved, jr.Expected, jr.Pace = num(p.Achieved, true), num(p.Expected, true), num(p.Pace, true)
			jr.Status, jr.StatusLabel = p.Status.String(), c[6]
		}
		out.Rows = append(out.Rows, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
