package campaign

import (
	"fmt"
	"iter"
	"slices"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Data is what a campaign report reads besides the campaign itself.
type Data struct {
	// Tree holds the units. The report keeps those in force on the day of
	// View (Tree.At), so a tree with history serves as well as the tree of
	// one day.
	Tree *org.Tree
	// View says which side of a reorganisation the report is seen from:
	// the units of which day, and how units no longer in force reach them.
	// The zero View is the units in force on the report date.
	View View
	// Catalog defines the indicators of the targets and records.
	Catalog *metrics.Catalog
	// Records are the campaign's observations. They are read once, as a
	// stream; those outside the window or after the report date are left
	// out (and counted in Report.Skipped.OutOfPeriod).
	Records iter.Seq[metrics.Record]
	// Table chooses what the report's table shows, as for
	// metrics.NewReport. Its zero value shows the owner's whole subtree and
	// the indicators that have a target, with metrics.DefaultBands. A Root
	// is resolved like the owner and must lie in the owner's subtree;
	// MaxDepth, OnlyTargets, Indicators and Bands are passed on.
	Table metrics.ReportOptions
}

// Report is a campaign's standing at the end of one day: its status, the
// share of the window gone, the phases under way and, for every unit of the
// owner's subtree and every indicator with a target, the metrics progress.
type Report struct {
	Campaign ID
	Name     string
	AsOf     vietnam.Date
	// TreeDate is the day whose units the table shows: AsOf, unless
	// Data.View says another.
	TreeDate vietnam.Date
	Status   Status
	// Elapsed is the share of the window gone by the end of AsOf (34/79 on
	// 1/7 of 29/5–15/8); DaysThrough counts those days.
	Elapsed     Fraction
	DaysThrough int
	Phases      []Phase // the phases that include AsOf
	// Owner is the owning unit in the tree in force on TreeDate: the
	// campaign's Owner, or the unit that took it over in a reorganisation.
	Owner org.Unit
	// Table holds one row per unit of the owner's subtree and indicator
	// with a target (every indicator of the catalog when the campaign has
	// no target), in tree order; rows of units with their own target carry
	// its progress. Render it with its WriteText, WriteCSV, WriteJSON.
	Table *metrics.Report
	// Skipped counts the records that were not counted, by reason.
	Skipped metrics.Skipped
	// Retired lists the targets that no unit in force carries on (see
	// AfterReform), with their old units.
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

// Report computes the campaign's standing at the end of asOf over the units
// data.View sees: by default those in force on asOf. Records of units no
// longer in force reach their successors through the view, and so do the
// owner and the targets' units: Bình Dương's 29/5–15/8/2025 campaign,
// reported on 15/8 through AfterReform, counts the June records of its old
// districts in the 2025 wards that took them over.
//
// Report fails on an invalid campaign (Validate), a zero asOf, a missing
// tree or catalog, an owner, target or table root with no unit in force, a
// target or table root outside the owner's subtree, targets that metrics
// rejects (unknown indicator, two targets landing on one unit) and table
// options metrics rejects. Before the window starts no record counts and
// every target is "not started".
//
// The work is done in steps, each a method of its own: check the input,
// resolve the view, place the owner, place the targets, choose the table,
// roll the records up, tabulate progress and pacing, and place the day in
// the window.
func (c Campaign) Report(asOf vietnam.Date, data Data) (*Report, error) {
	if err := c.checkInput(asOf, data); err != nil {
		return nil, err
	}
	s := data.View.resolve(data.Tree, asOf)
	owner, err := c.placeOwner(s)
	if err != nil {
		return nil, err
	}
	placed, retired, err := c.placeTargets(s, owner.ID)
	if err != nil {
		return nil, err
	}
	targets, err := metrics.NewTargets(data.Catalog, placed...)
	if err != nil {
		return nil, fmt.Errorf("campaign: %q: targets: %w", c.ID, err)
	}
	opts, err := c.tableOptions(s, owner.ID, data.Table)
	if err != nil {
		return nil, err
	}
	rollup := c.rollUp(s, asOf, data.Catalog, data.Records)
	table, err := metrics.NewReport(rollup, targets, asOf, opts)
	if err != nil {
		return nil, fmt.Errorf("campaign: %q: report: %w", c.ID, err)
	}
	r := c.standing(asOf)
	r.TreeDate, r.Owner, r.Table, r.Skipped, r.Retired = s.day, owner, table, rollup.Skipped(), retired
	return r, nil
}

// checkInput reports what makes a report impossible before any unit is
// looked at: an invalid campaign, no report date, no tree, no catalog.
func (c Campaign) checkInput(asOf vietnam.Date, data Data) error {
	if err := c.Validate(); err != nil {
		return err
	}
	switch {
	case asOf.IsZero():
		return c.fieldError("AsOf", "no report date")
	case data.Tree == nil || data.Tree.Len() == 0:
		return c.fieldError("Data.Tree", "no tree")
	case data.Catalog == nil:
		return c.fieldError("Data.Catalog", "no catalog")
	}
	return nil
}

// placeOwner returns the unit of the view that is the campaign's owner, or
// that took it over.
func (c Campaign) placeOwner(s seen) (org.Unit, error) {
	id, ok := s.follow(c.Owner)
	if !ok {
		return org.Unit{}, c.fieldError("Owner", "%q has no unit in force on %s", c.Owner, s.day)
	}
	u, _ := s.tree.Unit(id)
	return u, nil
}

// placeTargets moves the campaign's targets onto the units of the view. A
// target whose unit the reorganisation did not carry on is retired.
// Absolute targets of merged units that land on one unit add up, since the
// new unit took over the work of both; any other pair on one unit is an
// error.
func (c Campaign) placeTargets(s seen, owner org.ID) (placed, retired []metrics.Target, err error) {
	at := map[[2]string]int{} // indicator and unit → index in placed
	for i, t := range c.MetricsTargets() {
		if s.retired(t.Unit) {
			retired = append(retired, t)
			continue
		}
		field := fmt.Sprintf("Targets[%d].Unit", i)
		if t.Unit, err = c.inSubtree(s, owner, t.Unit, field); err != nil {
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
			return nil, nil, c.fieldError(field, "lands on %q with another %q target, and they cannot be added", t.Unit, t.Indicator)
		}
		placed[j].Value = placed[j].Value.Add(t.Value)
	}
	return placed, retired, nil
}

func sameSchedule(a, b metrics.Schedule) bool {
	return slices.EqualFunc(a, b, func(x, y metrics.Milestone) bool { return x.Date == y.Date && x.Share.Equal(y.Share) })
}

// tableOptions completes the caller's table options: the owner's subtree
// unless a root in it is chosen, and the indicators with a target unless
// others are chosen (nil, for a campaign without targets, shows every
// indicator).
func (c Campaign) tableOptions(s seen, owner org.ID, opts metrics.ReportOptions) (metrics.ReportOptions, error) {
	if opts.Root == "" {
		opts.Root = owner
	} else {
		root, err := c.inSubtree(s, owner, opts.Root, "Data.Table.Root")
		if err != nil {
			return opts, err
		}
		opts.Root = root
	}
	if opts.Indicators == nil {
		for _, t := range c.Targets {
			if !slices.Contains(opts.Indicators, t.Indicator) {
				opts.Indicators = append(opts.Indicators, t.Indicator)
			}
		}
	}
	return opts, nil
}

// rollUp aggregates the records that count at the end of asOf (counted)
// over the units of the view: none before the window starts.
func (c Campaign) rollUp(s seen, asOf vietnam.Date, cat *metrics.Catalog, records iter.Seq[metrics.Record]) *metrics.Rollup {
	if asOf.Before(c.Window.start) || records == nil {
		records = func(func(metrics.Record) bool) {}
	}
	return metrics.Aggregate(s.tree, cat, s.records(records), metrics.Options{Period: c.counted(asOf), Successor: s.next})
}

// counted is the period whose records count at the end of asOf: the window
// up to asOf, and the first day alone before the window starts.
func (c Campaign) counted(asOf vietnam.Date) metrics.Period {
	period := c.Window.Period()
	if period.To.IsZero() || asOf.Before(period.To) {
		period.To = asOf
	}
	if period.To.Before(period.From) {
		period.To = period.From
	}
	return period
}

// standing places the end of asOf in the campaign's window: its status, the
// share of the window gone and the phases under way.
func (c Campaign) standing(asOf vietnam.Date) *Report {
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
		TreeDate:    asOf,
		Status:      c.StatusOn(asOf),
		Elapsed:     elapsed,
		DaysThrough: days,
		Phases:      phases,
	}
}

// inSubtree resolves id to a unit of the view and checks that it lies in
// the owner's subtree; field names the input in the error.
func (c Campaign) inSubtree(s seen, owner, id org.ID, field string) (org.ID, error) {
	got, ok := s.follow(id)
	switch {
	case !ok:
		return "", c.fieldError(field, "%q has no unit in force on %s", id, s.day)
	case got != owner && !s.tree.IsAncestor(owner, got):
		return "", c.fieldError(field, "%q is outside the subtree of %q", got, owner)
	}
	return got, nil
}

// fieldError is the *Error of one field of c.
func (c Campaign) fieldError(field, format string, args ...any) error {
	return &Error{Campaign: c.ID, Field: field, Reason: fmt.Sprintf(format, args...)}
}
