package example

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Weekly describes the weekly report every commune union owes during a
// campaign, due DaysAfterEnd days after the Sunday that ends the week (−2:
// Friday) at Hour, and the seeded log of when reports came in that stands
// in for the province's inbox: each union reports a week on time with
// probability OnTime, late with probability Late, or not at all.
type Weekly struct {
	Seed         uint64
	OnTime, Late float64
	DaysAfterEnd int
	Hour         int
}

// DataSet is the weekly report as a metrics.DataSet over the campaign.
func (s Weekly) DataSet(window campaign.Window) metrics.DataSet {
	return metrics.DataSet{ID: "bao-cao-tuan", Name: "Báo cáo tuần của Đoàn xã/phường", PeriodType: metrics.Weekly,
		Window: window.Period(), Kinds: []org.Kind{org.KindCommuneUnion},
		Deadline: metrics.Deadline{DaysAfterEnd: s.DaysAfterEnd, Hour: s.Hour}}
}

// draw returns a number in [0, 1) fixed by the seed, the unit and the
// period, so the log is the same on every run and for every report date.
func (s Weekly) draw(unit org.ID, p metrics.Period, salt string) float64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d|%s|%s|%s", s.Seed, unit, p.ID(), salt)
	return float64(h.Sum64()>>11) / (1 << 53)
}

// Submissions generates the log: an on-time report arrives in the 48 hours
// before the deadline, a late one in the 72 hours after it.
func (s Weekly) Submissions(tree *org.Tree, ds metrics.DataSet) []metrics.Submission {
	var out []metrics.Submission
	for p := range ds.Periods() {
		due := ds.Deadline.Due(p)
		for _, u := range tree.All() {
			if u.Kind != org.KindCommuneUnion || !u.InForce(p.To) {
				continue
			}
			x, when := s.draw(u.ID, p, "state"), s.draw(u.ID, p, "time")
			switch {
			case x < s.OnTime:
				out = append(out, metrics.Submission{DataSet: ds.ID, Unit: u.ID, Period: p, Received: due.Add(-time.Duration(when * 48 * float64(time.Hour)))})
			case x < s.OnTime+s.Late:
				out = append(out, metrics.Submission{DataSet: ds.ID, Unit: u.ID, Period: p, Received: due.Add(time.Duration((0.01 + when*71.99) * float64(time.Hour)))})
			}
		}
	}
	return out
}

// weekStatus is one week's reporting at the report date.
type weekStatus struct {
	period metrics.Period
	due    time.Time
	rate   metrics.ReportingRate
	chase  []metrics.FollowUp
}

// Reporting is a dashboard's top block: this week's reports so far, and
// last week's, whose deadline has passed, with the unions to call.
type Reporting struct {
	spec               Weekly
	asOf               vietnam.Date
	thisWeek, lastWeek *weekStatus
}

// Reporting counts the weekly reports on the world's tree in force on
// asOf, at the end of that day.
func (s Weekly) Reporting(w *World, window campaign.Window, asOf vietnam.Date) (*Reporting, error) {
	tree, root := w.Old, w.Unions[0]
	if !asOf.Before(admin.Era2025.Start()) {
		tree, root = w.Cur, w.NewUnion.ID
	}
	ds := s.DataSet(window)
	subs := s.Submissions(tree, ds)
	week, err := metrics.PeriodOn(metrics.Weekly, asOf)
	if err != nil {
		return nil, err
	}
	status := func(p metrics.Period) (*weekStatus, error) {
		c, err := ds.Completeness(tree, slices.Values(subs), p, asOf.End())
		if err != nil || len(c.Periods) == 0 {
			return nil, err
		}
		r, _ := c.Rate(root)
		// The unions to call are those the rate counts: before the reform,
		// not those of the provinces merged in later.
		chase := slices.DeleteFunc(c.FollowUps(), func(f metrics.FollowUp) bool { return !tree.IsAncestor(root, f.Unit.ID) })
		return &weekStatus{period: p, due: ds.Deadline.Due(p), rate: r, chase: chase}, nil
	}
	rp := &Reporting{spec: s, asOf: asOf}
	if rp.thisWeek, err = status(week); err != nil {
		return nil, err
	}
	last, _ := metrics.PeriodOn(metrics.Weekly, week.From.AddDays(-1))
	if rp.lastWeek, err = status(last); err != nil {
		return nil, err
	}
	return rp, nil
}

// WriteText writes the block at the top of a text dashboard, a line at a
// time, numbers in the language's convention.
func (rp *Reporting) WriteText(line func(string, ...any), l vietnam.Lang) {
	n := NumbersIn(l)
	line(word(l, "title"), fmt.Sprintf("%02d:%02d", rp.spec.Hour, 0))
	if rp.thisWeek == nil && rp.lastWeek == nil {
		line("  %s", word(l, "nothing"))
		return
	}
	if w := rp.thisWeek; w != nil && w.due.After(rp.asOf.End()) {
		line("  "+word(l, "so_far"), w.period.Label(l), n.Int(w.rate.Actual()), n.Int(w.rate.Expected), w.due.Format("15:04 02/01/2006"))
	}
	for _, w := range []*weekStatus{rp.lastWeek, rp.thisWeek} {
		if w == nil || w.due.After(rp.asOf.End()) {
			continue
		}
		r := w.rate
		line("  "+word(l, "done"), w.period.Label(l), n.Int(r.Actual()), n.Int(r.Expected), n.FormatPercent(r.Completeness().Decimal().Round(1)),
			n.Int(r.OnTime), n.FormatPercent(r.Timeliness().Decimal().Round(1)), n.Int(r.Late), n.Int(r.Overdue))
		var names []string
		for _, f := range w.chase {
			if len(f.Overdue) > 0 {
				names = append(names, f.Unit.Name)
			}
		}
		if len(names) > 0 {
			shown := names[:min(5, len(names))]
			more := ""
			if len(names) > len(shown) {
				more = fmt.Sprintf(word(l, "more"), n.Int(len(names)-len(shown)))
			}
			line("    "+word(l, "call"), strings.Join(shown, ", ")+more)
		}
	}
}

// JSONWeek is a week's reporting in the JSON output.
type JSONWeek struct {
	Period   metrics.Period `json:"period"`
	Due      time.Time      `json:"due"`
	Expected int            `json:"expected"`
	Received int            `json:"received"`
	OnTime   int            `json:"on_time"`
	Late     int            `json:"late"`
	Missing  int            `json:"missing"`
	Pending  int            `json:"pending"`
	Call     []org.ID       `json:"call,omitempty"`
}

func (w *weekStatus) json() *JSONWeek {
	if w == nil {
		return nil
	}
	j := &JSONWeek{Period: w.period, Due: w.due, Expected: w.rate.Expected, Received: w.rate.Actual(),
		OnTime: w.rate.OnTime, Late: w.rate.Late, Missing: w.rate.Overdue, Pending: w.rate.Pending}
	for _, f := range w.chase {
		if len(f.Overdue) > 0 {
			j.Call = append(j.Call, f.Unit.ID)
		}
	}
	return j
}

// JSON returns this week's and last week's reporting for the JSON output,
// nil for a week outside the campaign.
func (rp *Reporting) JSON() (thisWeek, lastWeek *JSONWeek) {
	return rp.thisWeek.json(), rp.lastWeek.json()
}
