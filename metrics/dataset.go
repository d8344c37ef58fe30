package metrics

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// DataSet says which units must report which indicators for which
// periods, and by when: what DHIS2 calls a data set, with its period type,
// its organisation unit assignment and its "days after period end to
// qualify for timely submission". "Every commune union, weekly, during
// 29/5–15/8/2025, by Friday 17:00 of the week" is
//
//	metrics.DataSet{ID: "bdhvs-weekly", PeriodType: metrics.Weekly,
//		Window: summer, Kinds: []org.Kind{org.KindCommuneUnion},
//		Deadline: metrics.Deadline{DaysAfterEnd: -2, Hour: 17}}
//
// and "every district union, monthly, by the 5th of the next month" is
// PeriodType Monthly, Kinds huyen_doan, Deadline{DaysAfterEnd: 5}.
type DataSet struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// PeriodType is the reporting rhythm; not Range.
	PeriodType PeriodType `json:"period_type"`
	// Window bounds the periods expected: every period of PeriodType that
	// overlaps it (the ISO week of 29/5/2025 runs from 26/5). Both bounds
	// are needed. For CampaignWeekly the weeks are counted from its start.
	Window Period `json:"window"`
	// Indicators lists what a report holds. Completeness counts reports,
	// not values, so it is documentation for the form.
	Indicators []Code `json:"indicators,omitempty"`
	// Units and Kinds assign the data set: a unit of the tree must report
	// when its ID is in Units or its Kind in Kinds, for each period on
	// whose last day it is in force (a district union closed on 30/6/2025
	// reports June, not July; a commune union formed on 1/7 reports from
	// the first week ending after that).
	Units []org.ID   `json:"units,omitempty"`
	Kinds []org.Kind `json:"kinds,omitempty"`
	// Deadline is when a period's report is due.
	Deadline Deadline `json:"deadline"`
}

// Deadline is when a period's report is due, in Vietnam time, counted from
// the period's last day: DaysAfterEnd days later (negative: earlier), at
// Hour:Minute. The zero time of day means the end of that day, 24:00.
//
//	Friday 17:00 of an ISO week      Deadline{DaysAfterEnd: -2, Hour: 17}
//	the 5th of the next month        Deadline{DaysAfterEnd: 5}
//	the day after a campaign week    Deadline{DaysAfterEnd: 1}
//
// DHIS2 calls DaysAfterEnd "days after period end to qualify for timely
// submission".
type Deadline struct {
	DaysAfterEnd int `json:"days_after_end"`
	Hour         int `json:"hour,omitempty"`
	Minute       int `json:"minute,omitempty"`
}

// Due returns the last instant a report of period p is on time. It is the
// zero time for a period without an end.
func (dl Deadline) Due(p Period) time.Time {
	if p.To.IsZero() {
		return time.Time{}
	}
	day := p.To.AddDays(dl.DaysAfterEnd)
	if dl.Hour == 0 && dl.Minute == 0 {
		return day.End().Add(-time.Nanosecond)
	}
	return day.Start().Add(time.Duration(dl.Hour)*time.Hour + time.Duration(dl.Minute)*time.Minute)
}

// ErrDataSet is the category of the errors of DataSet.Validate.
var ErrDataSet = errors.New("invalid data set")

// Validate checks that the data set can be counted: a calendar or campaign
// period type, a window with both bounds in order, a deadline time of day
// from 0:00 to 23:59 and within a year of the period's end, and an
// assignment.
func (ds DataSet) Validate() error {
	bad := func(format string, args ...any) error {
		return errorf(ErrDataSet, "metrics: data set %q: %s", ds.ID, fmt.Sprintf(format, args...))
	}
	switch {
	case ds.PeriodType == Range || ds.PeriodType > CampaignWeekly:
		return bad("period type %s is not a reporting rhythm", ds.PeriodType)
	case ds.Window.From.IsZero() || ds.Window.To.IsZero() || ds.Window.To.Before(ds.Window.From):
		return bad("window %s needs a start and an end in order", ds.Window)
	case ds.Deadline.Hour < 0 || ds.Deadline.Hour > 23 || ds.Deadline.Minute < 0 || ds.Deadline.Minute > 59:
		return bad("deadline time %d:%02d out of range", ds.Deadline.Hour, ds.Deadline.Minute)
	case ds.Deadline.DaysAfterEnd < -366 || ds.Deadline.DaysAfterEnd > 366:
		return bad("deadline %d days after the period out of range", ds.Deadline.DaysAfterEnd)
	case len(ds.Units) == 0 && len(ds.Kinds) == 0:
		return bad("no unit assigned")
	}
	return nil
}

// Periods yields the periods the data set expects, in order.
func (ds DataSet) Periods() iter.Seq[Period] {
	return Periods(ds.PeriodType, Period{From: ds.Window.From, To: ds.Window.To})
}

// assigned reports whether unit u must report the data set.
func (ds DataSet) assigned(u org.Unit) bool {
	return slices.Contains(ds.Units, u.ID) || (u.Kind != org.KindUnknown && slices.Contains(ds.Kinds, u.Kind))
}

// Submission is a unit's report for one period, and when it arrived: what
// DHIS2 records as a complete data set registration.
type Submission struct {
	DataSet  string    `json:"data_set,omitempty"`
	Unit     org.ID    `json:"unit"`
	Period   Period    `json:"period"`
	Received time.Time `json:"received"`
}

// ReportState is where one expected report stands at an instant. The zero
// ReportState is StatePending.
type ReportState uint8

const (
	StatePending ReportState = iota // not received, not yet due
	StateOnTime                     // received by the deadline
	StateLate                       // received after the deadline
	StateOverdue                    // not received, and the deadline has passed
)

var reportStateText = enumtext.Table{What: "metrics: report state", Type: "ReportState", Err: ErrSyntax, ZeroIsValue: true,
	Words:  [][]string{{"pending", "chưa đến hạn"}, {"on_time", "đúng hạn"}, {"late", "nộp muộn"}, {"overdue", "quá hạn chưa nộp"}},
	Labels: [][2]string{{"Chưa đến hạn", "Not yet due"}, {"Đúng hạn", "On time"}, {"Nộp muộn", "Late"}, {"Quá hạn chưa nộp", "Overdue"}}}

// String returns the stable code: "pending", "on_time", "late",
// "overdue"; or "ReportState(N)" out of range.
func (s ReportState) String() string { return reportStateText.String(uint8(s)) }

// Label returns the state as a dashboard shows it: "Đúng hạn", "Nộp
// muộn", "Quá hạn chưa nộp" in Vietnamese; "On time", "Late", "Overdue" in
// English.
func (s ReportState) Label(l vietnam.Lang) string { return reportStateText.Label(uint8(s), l) }

// MarshalText implements encoding.TextMarshaler with String's code
// (StatePending too: "pending").
func (s ReportState) MarshalText() ([]byte, error) {
	if s == StatePending {
		return []byte("pending"), nil
	}
	return reportStateText.Marshal(uint8(s))
}

// UnmarshalText implements encoding.TextUnmarshaler: the code or the
// Vietnamese label, in any case, with or without tones.
func (s *ReportState) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return reportStateText.Invalid("")
	}
	return enumtext.Decode(&reportStateText, s, b)
}

// ReportingRate counts the expected reports of a unit, or of a subtree
// rolled up, by state. The names are DHIS2's: expected reports, actual
// reports, actual reports on time.
type ReportingRate struct {
	Unit     org.Unit `json:"unit"`
	Expected int      `json:"expected"`
	OnTime   int      `json:"on_time"`
	Late     int      `json:"late"`
	Overdue  int      `json:"overdue"`
	Pending  int      `json:"pending"`
}

// Actual returns the reports received, on time or late.
func (r ReportingRate) Actual() int { return r.OnTime + r.Late }

// Completeness returns the reporting rate in percent, actual / expected ×
// 100; missing when nothing is expected.
func (r ReportingRate) Completeness() Value {
	return RatioOf(decimal.NewFromInt(int64(r.Actual())), decimal.NewFromInt(int64(r.Expected)), decimal.NewFromInt(100))
}

// Timeliness returns the reporting rate on time in percent, on time /
// expected × 100 (DHIS2's "reporting rate on time"); missing when nothing
// is expected.
func (r ReportingRate) Timeliness() Value {
	return RatioOf(decimal.NewFromInt(int64(r.OnTime)), decimal.NewFromInt(int64(r.Expected)), decimal.NewFromInt(100))
}

func (r *ReportingRate) add(o ReportingRate) {
	r.Expected += o.Expected
	r.OnTime += o.OnTime
	r.Late += o.Late
	r.Overdue += o.Overdue
	r.Pending += o.Pending
}

func (r *ReportingRate) count(s ReportState) {
	r.Expected++
	switch s {
	case StateOnTime:
		r.OnTime++
	case StateLate:
		r.Late++
	case StateOverdue:
		r.Overdue++
	default:
		r.Pending++
	}
}

// ExpectedReport is one report a unit owes for one period, and its state.
type ExpectedReport struct {
	Unit     org.Unit    `json:"unit"`
	Period   Period      `json:"period"`
	Due      time.Time   `json:"due"`
	State    ReportState `json:"state"`
	Received time.Time   `json:"received,omitzero"` // the first submission; zero when none
}

// Completeness is a data set's reporting over a range of periods at an
// instant: each expected report's state, and reporting rates per unit
// rolled up the tree. Build it with DataSet.Completeness. It is immutable
// and safe for concurrent reads.
type Completeness struct {
	DataSet DataSet   `json:"data_set"`
	Span    Period    `json:"span"`
	AsOf    time.Time `json:"as_of"`
	// Periods are the data set's periods that end within Span.
	Periods []Period `json:"periods"`
	// Reports lists every expected report, in tree order and then period
	// order.
	Reports []ExpectedReport `json:"reports"`
	// Rates holds, in tree order, every unit with at least one expected
	// report in its subtree, its counts rolled up from its descendants.
	Rates []ReportingRate `json:"rates"`
	// Unexpected counts submissions that match no expected report: an
	// unknown or unassigned unit, a period the data set does not have or
	// outside Span, another data set. They are not errors: a unit may
	// report more than asked.
	Unexpected int `json:"unexpected"`

	index map[org.ID]int // unit → position in Rates
}

// Completeness counts the submissions against the reports the data set
// expects from the units of tree for its periods that end within span
// (the zero span takes them all), at instant asOf: a report received by
// its deadline is on time, after it late; a report not received is overdue
// once the deadline has passed, pending before. The earliest submission of
// a unit and period decides; later copies change nothing, and submissions
// received after asOf are not seen, so a log can be replayed for any day. Submissions of
// another data set (a non-empty DataSet field that differs from ds.ID) are
// left out.
func (ds DataSet) Completeness(tree *org.Tree, subs iter.Seq[Submission], span Period, asOf time.Time) (*Completeness, error) {
	if err := ds.Validate(); err != nil {
		return nil, err
	}
	c := &Completeness{DataSet: ds, Span: span, AsOf: asOf, index: make(map[org.ID]int)}
	pidx := make(map[Period]int)
	for p := range ds.Periods() {
		if span.Contains(p.To) {
			pidx[p] = len(c.Periods)
			c.Periods = append(c.Periods, p)
		}
	}
	// first[u*len(Periods)+k] is the earliest submission of unit u (tree
	// index) for period k.
	n, np := tree.Len(), len(c.Periods)
	first := make([]time.Time, n*np)
	expect := func(i, k int) bool {
		u := tree.UnitAt(i)
		return ds.assigned(u) && u.InForce(c.Periods[k].To)
	}
	for s := range subs {
		if s.Received.After(asOf) {
			continue // not arrived yet at asOf: a log read for an earlier day
		}
		i, okU := tree.Index(s.Unit)
		k, okP := pidx[s.Period]
		if !okU || !okP || (s.DataSet != "" && s.DataSet != ds.ID) || !expect(i, k) {
			c.Unexpected++
			continue
		}
		if f := &first[i*np+k]; f.IsZero() || s.Received.Before(*f) {
			*f = s.Received
		}
	}
	own := make([]ReportingRate, n)
	for i := range n {
		for k, p := range c.Periods {
			if !expect(i, k) {
				continue
			}
			r := ExpectedReport{Unit: tree.UnitAt(i), Period: p, Due: ds.Deadline.Due(p), Received: first[i*np+k]}
			switch {
			case !r.Received.IsZero() && !r.Received.After(r.Due):
				r.State = StateOnTime
			case !r.Received.IsZero():
				r.State = StateLate
			case asOf.After(r.Due):
				r.State = StateOverdue
			}
			own[i].count(r.State)
			c.Reports = append(c.Reports, r)
		}
	}
	// Roll up: pre-order puts parents first, so walking back adds each
	// unit into its parent after all its descendants are in.
	for i := n - 1; i >= 0; i-- {
		if p := tree.ParentIndex(i); p >= 0 {
			own[p].add(own[i])
		}
	}
	for i := range n {
		if own[i].Expected > 0 {
			own[i].Unit = tree.UnitAt(i)
			c.index[own[i].Unit.ID] = len(c.Rates)
			c.Rates = append(c.Rates, own[i])
		}
	}
	return c, nil
}

// Rate returns the reporting rate of the unit's subtree, and false when
// nothing is expected there.
func (c *Completeness) Rate(unit org.ID) (ReportingRate, bool) {
	i, ok := c.index[unit]
	if !ok {
		return ReportingRate{}, false
	}
	return c.Rates[i], true
}

// FollowUp is a unit to call: its overdue and late reports.
type FollowUp struct {
	Unit    org.Unit `json:"unit"`
	Overdue []Period `json:"overdue,omitempty"`
	Late    []Period `json:"late,omitempty"`
}

// FollowUps returns the units with reports overdue or late, sorted for a
// phone call: the most overdue reports first, then the most late ones,
// then tree order, so that units of one parent stay together.
func (c *Completeness) FollowUps() []FollowUp {
	var out []FollowUp
	pos := make(map[org.ID]int)
	tree := make(map[org.ID]int) // first report position, which is tree order
	for i, r := range c.Reports {
		if r.State != StateOverdue && r.State != StateLate {
			continue
		}
		j, ok := pos[r.Unit.ID]
		if !ok {
			j = len(out)
			pos[r.Unit.ID], tree[r.Unit.ID] = j, i
			out = append(out, FollowUp{Unit: r.Unit})
		}
		if r.State == StateOverdue {
			out[j].Overdue = append(out[j].Overdue, r.Period)
		} else {
			out[j].Late = append(out[j].Late, r.Period)
		}
	}
	slices.SortStableFunc(out, func(a, b FollowUp) int {
		if c := cmp.Compare(len(b.Overdue), len(a.Overdue)); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.Late), len(a.Late)); c != 0 {
			return c
		}
		return cmp.Compare(tree[a.Unit.ID], tree[b.Unit.ID])
	})
	return out
}
