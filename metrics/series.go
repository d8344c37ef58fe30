package metrics

import (
	"context"
	"fmt"
	"iter"
	"slices"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// Series is a rollup per period over a window: week by week of a
// campaign, month by month of a year. For each period it holds the rollup
// of the records inside that period and the cumulative rollup from the
// window's start through the period's end, and both keep the honesty
// rules: a person reached in weeks 1 and 3 counts once in week 1, once in
// week 3 and once in the cumulative count, never twice.
//
// A record that spans more than one period (a monthly report in a weekly
// series) belongs to no single period: it counts in the cumulative rollups
// from the period holding its last day on, and in no per-period rollup.
// A Series is immutable and safe for concurrent use.
type Series struct {
	typ     PeriodType
	window  Period
	periods []Period
	per     []*Rollup
	cum     []*Rollup
	skipped Skipped
}

// NewSeries reads records once and rolls them up per period of type t
// over opt.Period, which must have both bounds (for CampaignWeekly the
// weeks are counted from its start). Records outside the window are
// counted in Skipped.OutOfPeriod; records with an ID count once across the
// whole series (see Aggregator.Ingest). It stops when ctx is cancelled and
// returns ctx's error.
func NewSeries(ctx context.Context, tree *org.Tree, cat *Catalog, t PeriodType, records iter.Seq[Record], opt Options) (*Series, error) {
	w := opt.Period
	if w.From.IsZero() || w.To.IsZero() || w.To.Before(w.From) {
		return nil, &PeriodError{Input: w.String(), Reason: "a series needs a window with both bounds", Err: ErrPeriodRange}
	}
	if t > CampaignWeekly {
		return nil, &PeriodError{Input: t.String(), Reason: "unknown period type", Err: ErrPeriodRange}
	}
	s := &Series{typ: t, window: Period{From: w.From, To: w.To}}
	s.periods = slices.Collect(Periods(t, s.window))
	// Every aggregator has the window as its period, so that they merge;
	// records are routed here. spans[k] holds records ending in period k
	// that began in an earlier one.
	per := make([]*Aggregator, len(s.periods))
	spans := make([]*Aggregator, len(s.periods))
	for k := range per {
		per[k] = NewAggregator(tree, cat, opt)
	}
	gate := NewAggregator(tree, cat, Options{}) // only its record IDs are used
	n := 0
	for r := range records {
		if n++; n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if fresh, _ := gate.admit(r); !fresh {
			continue // a repeat or a conflict, counted by the gate
		}
		r.ID = "" // the gate has it; the period aggregators must merge
		last := r.last()
		if r.Date.IsZero() || last.Before(r.Date) || !s.window.Covers(r.Date, last) {
			per[0].Add(r) // counted in Skipped with its reason (bad date, out of period)
			continue
		}
		k, j := s.find(r.Date), s.find(last)
		if k == j {
			per[k].Add(r)
			continue
		}
		if spans[j] == nil {
			spans[j] = NewAggregator(tree, cat, opt)
		}
		spans[j].Add(r)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	run := NewAggregator(tree, cat, opt)
	s.per, s.cum = make([]*Rollup, len(per)), make([]*Rollup, len(per))
	for k, a := range per {
		if err := run.Merge(a); err != nil {
			return nil, err
		}
		if spans[k] != nil {
			if err := run.Merge(spans[k]); err != nil {
				return nil, err
			}
		}
		s.per[k] = a.Rollup()
		s.per[k].period = s.periods[k]
		s.cum[k] = run.Rollup()
		s.cum[k].period = Period{From: s.window.From, To: s.periods[k].To}
	}
	s.skipped.merge(run.Skipped())
	s.skipped.merge(gate.skipped)
	return s, nil
}

// find returns the index of the period holding d, which lies in the window.
func (s *Series) find(d vietnam.Date) int {
	i, _ := slices.BinarySearchFunc(s.periods, d, func(p Period, d vietnam.Date) int {
		switch {
		case p.To.Before(d):
			return -1
		case p.From.After(d):
			return 1
		}
		return 0
	})
	return min(i, len(s.periods)-1)
}

// Type returns the series' period type.
func (s *Series) Type() PeriodType { return s.typ }

// Window returns the span the series covers.
func (s *Series) Window() Period { return s.window }

// Len returns the number of periods.
func (s *Series) Len() int { return len(s.periods) }

// Period returns period i, in order from the window's start.
func (s *Series) Period(i int) Period { return s.periods[i] }

// At returns the rollup of the records inside period i.
func (s *Series) At(i int) *Rollup { return s.per[i] }

// Cumulative returns the rollup of the records from the window's start
// through the end of period i.
func (s *Series) Cumulative(i int) *Rollup { return s.cum[i] }

// Skipped returns the records that were not counted, by reason, repeats
// of an ID included.
func (s *Series) Skipped() Skipped {
	var sk Skipped
	sk.merge(s.skipped)
	return sk
}

// Point is one period of an indicator's series at one unit.
type Point struct {
	Period     Period `json:"period"`
	Value      Value  `json:"value"`      // the records inside the period
	Cumulative Value  `json:"cumulative"` // from the window's start through the period's end
}

// Points yields the indicator's points at the unit's subtree, period by
// period; nothing when the unit or the indicator is unknown.
func (s *Series) Points(unit org.ID, code Code) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		for i, p := range s.periods {
			v, ok := s.per[i].Value(unit, code)
			if !ok {
				return
			}
			c, _ := s.cum[i].Value(unit, code)
			if !yield(Point{Period: p, Value: v, Cumulative: c}) {
				return
			}
		}
	}
}

// Progress evaluates the target against the cumulative value of its
// indicator at its unit at the end of each period (see Evaluate): the pace
// of the campaign week by week.
func (s *Series) Progress(t Target, b Bands) ([]Progress, error) {
	out := make([]Progress, 0, len(s.periods))
	for i, p := range s.periods {
		v, ok := s.cum[i].Value(t.Unit, t.Indicator)
		if !ok {
			return nil, &TargetError{Indicator: t.Indicator, Unit: t.Unit, Field: "Unit", Reason: "unit or indicator not in the series"}
		}
		pr, err := Evaluate(t, v, p.To, b)
		if err != nil {
			return nil, err
		}
		out = append(out, pr)
	}
	return out, nil
}

// Forecast is where a target is heading, from the recent periods of a
// series.
type Forecast struct {
	AsOf vietnam.Date `json:"as_of"` // the end of the last period used
	// Actual is the cumulative value at AsOf (0 when missing).
	Actual decimal.Decimal `json:"actual"`
	// DailyRate is the change per day over the recent periods.
	DailyRate decimal.Decimal `json:"daily_rate"`
	// Projection is Actual + DailyRate × the days left to the deadline,
	// never below 0 and, for a Percentage target, never above 100. After
	// the deadline it is Actual.
	Projection decimal.Decimal `json:"projection"`
	// Reaches says whether the projection meets the target.
	Reaches bool `json:"reaches"`
}

// Forecast projects the target from the last `recent` periods of the
// series that end by asOf: the rate of the cumulative value over them,
// carried to the deadline. Recent rates follow a campaign's rhythm (a slow
// start, a peak) better than the average since the start, which is what
// Progress.Projection uses. recent is at least 1; with fewer periods
// before asOf, the rate runs from the window's start.
func (s *Series) Forecast(t Target, asOf vietnam.Date, recent int) (Forecast, error) {
	if err := t.Validate(); err != nil {
		return Forecast{}, err
	}
	if recent < 1 {
		return Forecast{}, &TargetError{Indicator: t.Indicator, Unit: t.Unit, Field: "recent", Reason: fmt.Sprintf("%d periods", recent)}
	}
	last := -1
	for i, p := range s.periods {
		if !p.To.After(asOf) {
			last = i
		}
	}
	if last < 0 {
		return Forecast{AsOf: asOf}, nil
	}
	value := func(i int) (decimal.Decimal, error) {
		v, ok := s.cum[i].Value(t.Unit, t.Indicator)
		if !ok {
			return decimal.Zero, &TargetError{Indicator: t.Indicator, Unit: t.Unit, Field: "Unit", Reason: "unit or indicator not in the series"}
		}
		return v.Decimal(), nil
	}
	f := Forecast{AsOf: s.periods[last].To}
	var err error
	if f.Actual, err = value(last); err != nil {
		return Forecast{}, err
	}
	base, from := decimal.Zero, s.window.From.AddDays(-1)
	if k := last - recent; k >= 0 {
		if base, err = value(k); err != nil {
			return Forecast{}, err
		}
		from = s.periods[k].To
	}
	days := f.AsOf.DaysSince(from)
	f.DailyRate = f.Actual.Sub(base).DivRound(decimal.NewFromInt(int64(days)), divPlaces)
	f.Projection = f.Actual
	if left := t.Window.To.DaysSince(f.AsOf); left > 0 {
		f.Projection = f.Actual.Add(f.DailyRate.Mul(decimal.NewFromInt(int64(left))))
	}
	f.Projection = t.clampProjection(f.Projection)
	f.Reaches = !f.Projection.LessThan(t.Value)
	return f, nil
}
