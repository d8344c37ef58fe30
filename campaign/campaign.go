package campaign

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// ID identifies a campaign, such as "bdhvs-he-2025". Training records may
// carry it as a plain value; the zero ID is empty and names no campaign.
type ID string

// Campaign is a named effort of one organisation over a window, with its
// phases and its targets: Bình Dương's "Bình dân học vụ số" summer campaign,
// 29/5–15/8/2025, 52.000 union members trained.
//
// A Campaign is a plain value. Its methods never change it or the slices
// it holds, so a Campaign shared between goroutines is safe as long as
// nobody writes to its slices. It travels as JSON with the window in ISO
// form ("2025-05-29/2025-08-15"); on the way in the window may be written
// as announcements write it.
type Campaign struct {
	ID     ID      `json:"id"`
	Name   string  `json:"name"`
	Owner  org.ID  `json:"owner"` // the unit that runs the campaign; the report covers its subtree
	Window Window  `json:"window"`
	Phases []Phase `json:"phases,omitempty"`
	// Targets are metrics targets over the campaign. A target with an empty
	// Unit is the Owner's; one with a zero Window runs over the campaign's
	// Window (and any other Window is an error: a target with other dates
	// belongs to another campaign). Schedules are kept, so "60% by the end
	// of the peak" is Phase.Milestone(60%).
	Targets []metrics.Target `json:"targets,omitempty"`
}

// Status is where a campaign stands at an instant. The zero Status is
// StatusUnknown: the campaign has no window.
type Status uint8

const (
	StatusUnknown  Status = iota
	StatusUpcoming        // before the first day of the window
	StatusRunning         // on a day of the window (any day from the start, if open-ended)
	StatusEnded           // after the last day of the window
)

var statusText = enumtext.Table{What: "campaign: status", Err: ErrStatus,
	Words:  [][]string{{"unknown", "không rõ"}, {"upcoming", "sắp diễn ra"}, {"running", "đang diễn ra"}, {"ended", "đã kết thúc"}},
	Labels: [][2]string{{"Không rõ", "Unknown"}, {"Sắp diễn ra", "Upcoming"}, {"Đang diễn ra", "Running"}, {"Đã kết thúc", "Ended"}}}

// String returns the code used in CSV and JSON ("upcoming", "running",
// "ended", "unknown"), or "Status(N)" for a value out of range.
func (s Status) String() string { return statusText.String(uint8(s)) }

// Label returns the status as a report shows it: "Sắp diễn ra", "Đang
// diễn ra", "Đã kết thúc" in Vietnamese, "Upcoming", "Running", "Ended" in
// English; "Status(N)" for a value out of range.
func (s Status) Label(l vietnam.Lang) string { return statusText.Label(uint8(s), l) }

// ErrStatus means a text names no Status.
var ErrStatus = errors.New("not a campaign status")

// ParseStatus reads the code String returns, or the Vietnamese label in any
// case, with or without tones.
func ParseStatus(s string) (Status, error) {
	var st Status
	if s == "" {
		return st, fmt.Errorf("campaign: status %q: %w", s, ErrStatus)
	}
	err := enumtext.Decode(&statusText, &st, []byte(s))
	return st, err
}

// MarshalText encodes the status as its code ("unknown" for
// StatusUnknown, which is a status a campaign with no window has); a value
// with no name is an error.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusText.Words) {
		return statusText.Marshal(uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes what ParseStatus reads.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := ParseStatus(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// StatusOn returns the campaign's status on the civil date d: running on
// every day of the window, both ends included.
func (c Campaign) StatusOn(d vietnam.Date) Status {
	switch {
	case c.Window.IsZero() || d.IsZero():
		return StatusUnknown
	case d.Before(c.Window.start):
		return StatusUpcoming
	case c.Window.ContainsDate(d):
		return StatusRunning
	}
	return StatusEnded
}

// StatusAt returns the campaign's status at the instant t, read in Vietnam
// time: a campaign ending 15/8 is running at 23:59 on 15/8 in Vietnam and
// ended at 00:00 on 16/8, whatever t's location.
func (c Campaign) StatusAt(t time.Time) Status {
	d := vietnam.DateOf(t)
	if d.IsZero() && !c.Window.IsZero() {
		if t.Before(c.Window.StartTime()) {
			return StatusUpcoming
		}
		if c.Window.IsOpen() {
			return StatusRunning
		}
		return StatusEnded
	}
	return c.StatusOn(d)
}

// PhasesAt returns the campaign's phases running at the instant t.
func (c Campaign) PhasesAt(t time.Time) iter.Seq[Phase] { return PhasesAt(c.Phases, t) }

// Period returns w as a metrics.Period, the form metrics paces targets
// over. An open-ended window gives a period with an open end. The zero
// Window gives the zero Period, which metrics reads as "every date".
func (w Window) Period() metrics.Period {
	return metrics.Period{From: w.start, To: w.end}
}

// Milestone returns the point of a metrics schedule that asks for share of
// the target by the end of the phase: peak.Milestone(decimal.RequireFromString("0.6"))
// is "60% by the end of the 15-day peak".
func (p Phase) Milestone(share decimal.Decimal) metrics.Milestone {
	return metrics.Milestone{Date: p.Window.end, Share: share}
}

// ErrCampaign is the category of every *Error.
var ErrCampaign = errors.New("invalid campaign")

// Error describes one field of a campaign that cannot be used.
type Error struct {
	Campaign ID
	Field    string // "ID", "Window", "Targets[2].Unit", ...
	Reason   string
}

func (e *Error) Error() string {
	return fmt.Sprintf("campaign: %q: %s: %s", e.Campaign, e.Field, e.Reason)
}

// Unwrap returns ErrCampaign.
func (e *Error) Unwrap() error { return ErrCampaign }

// Validate reports every problem of c that needs no tree or catalog to see:
// an empty ID, name or owner, no window, a target on an open-ended window
// (pacing needs a deadline), a target with other dates than the campaign,
// and the phases' problems (CheckPhases). The result joins one error per
// problem (errors.Join), or is nil.
func (c Campaign) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &Error{Campaign: c.ID, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(string(c.ID)) == "" {
		bad("ID", "empty")
	}
	if strings.TrimSpace(c.Name) == "" {
		bad("Name", "empty")
	}
	if c.Owner == "" {
		bad("Owner", "empty")
	}
	switch {
	case c.Window.IsZero():
		bad("Window", "no window")
	case c.Window.IsOpen() && len(c.Targets) > 0:
		bad("Window", "open-ended, but targets need a deadline")
	}
	for i, t := range c.Targets {
		if t.Window != (metrics.Period{}) && t.Window != c.Window.Period() {
			bad(fmt.Sprintf("Targets[%d].Window", i), "%s differs from the campaign's %s", t.Window, c.Window)
		}
	}
	if err := CheckPhases(c.Window, c.Phases); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// MetricsTargets returns copies of the campaign's targets with the gaps
// filled: the Owner as unit, the campaign's window as period.
func (c Campaign) MetricsTargets() []metrics.Target {
	out := make([]metrics.Target, len(c.Targets))
	for i, t := range c.Targets {
		if t.Unit == "" {
			t.Unit = c.Owner
		}
		if t.Window == (metrics.Period{}) {
			t.Window = c.Window.Period()
		}
		t.Schedule = slices.Clone(t.Schedule)
		out[i] = t
	}
	return out
}

// Data is what a campaign report reads besides the campaign itself.
type Data struct {
	// Tree holds the units in force on the report date: for a campaign
	// that crosses the reform of 1/7/2025, the tree org.Migrate returned
	// for reports from 1/7/2025 and the old tree before. The report keeps
	// the units in force on its date (Tree.At), so a tree with history
	// serves as well.
	Tree *org.Tree
	// TreeDate, when not zero, is the day whose units the report is made
	// on, in place of the report date: 30/6/2025 reports on the
	// pre-reform tree after 1/7/2025, so that a province can keep
	// following its districts to the end of a campaign. Only the units
	// change: records are still counted up to the report date. Records,
	// targets and an owner of units not in force that day go through
	// Successor, or through Mapping read backwards (org.Mapping.Old: a
	// new ward counts for the lowest old union holding all it came from).
	// Read backwards, the Mapping takes every record dated from 1/7/2025
	// as one of a new unit, even when a ward's ID carried over: the
	// enlarged ward's July records count where all its parts lie.
	TreeDate vietnam.Date
	// Catalog defines the indicators of the targets and records.
	Catalog *metrics.Catalog
	// Records are the campaign's observations. They are read once, as a
	// stream; those outside the window or after the report date are left
	// out (and counted in Report.Skipped.OutOfPeriod).
	Records iter.Seq[metrics.Record]
	// Successor maps the ID of a unit no longer in force (an abolished
	// district's union, a merged commune) to the unit that took it over, so
	// that its records, its targets and an owner that was merged land
	// there. Nil maps nothing, unless Mapping is set. After org.Migrate,
	// set Mapping instead: it also knows which targets go on.
	Successor func(old org.ID) (org.ID, bool)
	// Mapping is what org.Migrate returned. When set it also decides which
	// targets go on: those of Kept and Merged units follow them, and those
	// of Closed units (a district union's share), of Pending ones (a split
	// commune not yet assigned) and of Ended ones are retired, listed in
	// Report.Retired, because no unit carries that share on. It stands in
	// for Successor when Successor is nil: Mapping.New on a tree of the
	// 2025 era, Mapping.Old on a pre-reform tree (see TreeDate).
	Mapping *org.Mapping
	// View chooses what the report's table shows, as for metrics.NewReport.
	// Its zero value shows the owner's whole subtree and the indicators
	// that have a target, with metrics.DefaultBands. A Root is resolved like
	// the owner and must lie in the owner's subtree; MaxDepth, OnlyTargets,
	// Indicators and Bands are passed on.
	View metrics.ReportOptions
}

// Report is a campaign's standing at the end of one day: its status, the
// share of the window gone, the phases under way and, for every unit of the
// owner's subtree and every indicator with a target, the metrics progress.
type Report struct {
	Campaign ID
	Name     string
	AsOf     vietnam.Date
	// TreeDate is the day whose units the table shows: AsOf, or
	// Data.TreeDate when set.
	TreeDate vietnam.Date
	Status   Status
	// Elapsed is the share of the window gone by the end of AsOf (34/79 on
	// 1/7 of 29/5–15/8); DaysThrough counts those days.
	Elapsed     Fraction
	DaysThrough int
	Phases      []Phase // the phases that include AsOf
	// Owner is the owning unit in the tree in force on AsOf: the campaign's
	// Owner, or the unit that took it over in a reorganisation.
	Owner org.Unit
	// Table holds one row per unit of the owner's subtree and indicator
	// with a target (every indicator of the catalog when the campaign has
	// no target), in tree order; rows of units with their own target carry
	// its progress. Render it with its WriteText, WriteCSV, WriteJSON.
	Table *metrics.Report
	// Skipped counts the records that were not counted, by reason.
	Skipped metrics.Skipped
	// Retired lists the targets that no unit in force carries on (see
	// Data.Mapping), with their old units.
	Retired []metrics.Target
}

// Progress returns the row of the unit and indicator, and false when the
// report has none.
func (r *Report) Progress(unit org.ID, code metrics.Code) (metrics.Row, bool) {
	if r == nil || r.Table == nil {
		return metrics.Row{}, false
	}
	for _, row := range r.Table.Rows {
		if row.Unit.ID == unit && row.Indicator.Code == code {
			return row, true
		}
	}
	return metrics.Row{}, false
}

// placeTargets moves the campaign's targets onto the units in force. A
// target whose unit closed in a reorganisation (Mapping says Closed, Pending
// or Ended) is retired: no unit carries that share on. Absolute targets of
// merged units that land on one unit add up, since the new unit took over
// the work of both; any other pair on one unit is an error.
func (c Campaign) placeTargets(tree *org.Tree, owner org.ID, succ func(org.ID) (org.ID, bool), m *org.Mapping, asOf vietnam.Date) (placed, retired []metrics.Target, err error) {
	at := map[[2]string]int{} // indicator and unit → index in placed
	for i, t := range c.MetricsTargets() {
		if m != nil && !tree.Has(t.Unit) {
			if mv, ok := m.Move(t.Unit); ok && mv.Outcome != org.Kept && mv.Outcome != org.Merged {
				retired = append(retired, t)
				continue
			}
		}
		field := fmt.Sprintf("Targets[%d].Unit", i)
		if t.Unit, err = c.inSubtree(tree, owner, t.Unit, succ, asOf, field); err != nil {
			return nil, nil, err
		}
		key := [2]string{string(t.Indicator), string(t.Unit)}
		j, seen := at[key]
		if !seen {
			at[key] = len(placed)
			placed = append(placed, t)
			continue
		}
		if p := placed[j]; p.Kind != metrics.Absolute || t.Kind != metrics.Absolute || !sameSchedule(p.Schedule, t.Schedule) {
			return nil, nil, &Error{Campaign: c.ID, Field: field, Reason: fmt.Sprintf("lands on %q with another %q target, and they cannot be added", t.Unit, t.Indicator)}
		}
		placed[j].Value = placed[j].Value.Add(t.Value)
	}
	return placed, retired, nil
}

// backdate sends the records dated from the reform on, which name units of
// the new tree, to the old units that hold them. A Kept unit keeps its ID
// across the reform, so the ID alone cannot tell a July record of the
// enlarged ward from a June one of the old ward; the date can.
func backdate(records iter.Seq[metrics.Record], m *org.Mapping) iter.Seq[metrics.Record] {
	return func(yield func(metrics.Record) bool) {
		for r := range records {
			if admin.EraOf(r.Date) == admin.Era2025 {
				if id, ok := m.Old(r.Unit); ok {
					r.Unit = id
				}
			}
			if !yield(r) {
				return
			}
		}
	}
}

func sameSchedule(a, b metrics.Schedule) bool {
	return slices.EqualFunc(a, b, func(x, y metrics.Milestone) bool { return x.Date == y.Date && x.Share.Equal(y.Share) })
}

// inSubtree resolves id to a unit in force and checks that it lies in the
// owner's subtree; field names the input in the error.
func (c Campaign) inSubtree(tree *org.Tree, owner, id org.ID, succ func(org.ID) (org.ID, bool), asOf vietnam.Date, field string) (org.ID, error) {
	got, ok := tree.Follow(id, succ)
	switch {
	case !ok:
		return "", &Error{Campaign: c.ID, Field: field, Reason: fmt.Sprintf("%q has no unit in force on %s", id, asOf)}
	case got != owner && !tree.IsAncestor(owner, got):
		return "", &Error{Campaign: c.ID, Field: field, Reason: fmt.Sprintf("%q is outside the subtree of %q", got, owner)}
	}
	return got, nil
}

// Report computes the campaign's standing at the end of asOf over the units
// in force that day, or on data.TreeDate when set. Records of units no longer in force reach their
// successors through data.Successor, and so do the owner and the targets'
// units: Bình Dương's 29/5–15/8/2025 campaign, reported on 15/8, counts the
// June records of its old districts in the 2025 wards that took them over.
//
// Report fails on an invalid campaign (Validate), a zero asOf, a missing
// tree or catalog, an owner, target or view root with no unit in force, a
// target or view root outside the owner's subtree, targets that metrics
// rejects (unknown indicator, two targets landing on one unit) and a view
// metrics rejects. Before the window
// starts no record counts and every target is "not started".
func (c Campaign) Report(asOf vietnam.Date, data Data) (*Report, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	bad := func(field, format string, args ...any) error {
		return &Error{Campaign: c.ID, Field: field, Reason: fmt.Sprintf(format, args...)}
	}
	switch {
	case asOf.IsZero():
		return nil, bad("AsOf", "no report date")
	case data.Tree == nil || data.Tree.Len() == 0:
		return nil, bad("Data.Tree", "no tree")
	case data.Catalog == nil:
		return nil, bad("Data.Catalog", "no catalog")
	}
	day := asOf
	if !data.TreeDate.IsZero() {
		day = data.TreeDate
	}
	tree := data.Tree.At(day)
	succ := data.Successor
	back := false // the Mapping read backwards, onto a pre-reform tree
	if succ == nil && data.Mapping != nil {
		succ = data.Mapping.New
		if back = admin.EraOf(day) == admin.EraPre2025; back {
			succ = data.Mapping.Old
		}
	}
	ownerID, ok := tree.Follow(c.Owner, succ)
	if !ok {
		return nil, bad("Owner", "%q has no unit in force on %s", c.Owner, day)
	}
	owner, _ := tree.Unit(ownerID)
	targets, retired, err := c.placeTargets(tree, ownerID, succ, data.Mapping, day)
	if err != nil {
		return nil, err
	}
	var codes []metrics.Code // nil, for a campaign without targets, shows every indicator
	for _, t := range c.Targets {
		if !slices.Contains(codes, t.Indicator) {
			codes = append(codes, t.Indicator)
		}
	}
	set, err := metrics.NewTargets(data.Catalog, targets...)
	if err != nil {
		return nil, fmt.Errorf("campaign: %q: targets: %w", c.ID, err)
	}

	records := data.Records
	period := c.Window.Period()
	if asOf.Before(c.Window.start) || records == nil {
		records = func(func(metrics.Record) bool) {}
	} else if back {
		records = backdate(records, data.Mapping)
	}
	if period.To.IsZero() || asOf.Before(period.To) {
		period.To = asOf
	}
	if period.To.Before(period.From) {
		period.To = period.From
	}
	rollup := metrics.Aggregate(tree, data.Catalog, records, metrics.Options{Period: period, Successor: succ})
	view := data.View
	if view.Root == "" {
		view.Root = ownerID
	} else if view.Root, err = c.inSubtree(tree, ownerID, view.Root, succ, day, "Data.View.Root"); err != nil {
		return nil, err
	}
	if view.Indicators == nil {
		view.Indicators = codes
	}
	table, err := metrics.NewReport(rollup, set, asOf, view)
	if err != nil {
		return nil, fmt.Errorf("campaign: %q: report: %w", c.ID, err)
	}
	var phases []Phase
	for _, p := range c.Phases {
		if p.Window.ContainsDate(asOf) {
			phases = append(phases, p)
		}
	}
	days := c.Window.DaysThrough(asOf)
	elapsed := Fraction{0, 1}
	if total := c.Window.Days(); total > 0 {
		elapsed = makeFraction(int64(days), int64(total))
	}
	return &Report{
		Campaign:    c.ID,
		Name:        c.Name,
		AsOf:        asOf,
		TreeDate:    day,
		Status:      c.StatusOn(asOf),
		Elapsed:     elapsed,
		DaysThrough: days,
		Phases:      phases,
		Owner:       owner,
		Table:       table,
		Skipped:     rollup.Skipped(),
		Retired:     retired,
	}, nil
}
