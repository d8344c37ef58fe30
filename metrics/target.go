package metrics

import (
	"errors"
	"fmt"
	"iter"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// TargetKind says how a target's Value reads. The zero TargetKind is
// Absolute.
type TargetKind uint8

const (
	// Absolute is a count: 52.000 members, 200.000 accounts.
	Absolute TargetKind = iota
	// Percentage is a share of the unit's own denominator, compared with a
	// Ratio indicator's value: Value 80 means 80%. Percentage targets are
	// never split among sub-units; each keeps the percentage.
	Percentage
)

var targetKindText = enumtext.Table{What: "metrics: target kind", Type: "TargetKind", Err: ErrSyntax, ZeroIsValue: true,
	Words: [][]string{{"absolute"}, {"percentage"}}}

// String returns "absolute" or "percentage", or "TargetKind(N)".
func (k TargetKind) String() string { return targetKindText.String(uint8(k)) }

// MarshalText implements encoding.TextMarshaler with String's form (the
// zero TargetKind is Absolute, a real kind, so it is written out); a
// value with no name is an error.
func (k TargetKind) MarshalText() ([]byte, error) {
	if int(k) >= len(targetKindText.Words) {
		return targetKindText.Marshal(uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: "absolute" or
// "percentage", in any case; the empty text is Absolute.
func (k *TargetKind) UnmarshalText(b []byte) error { return enumtext.Decode(&targetKindText, k, b) }

// Milestone is a point of a phased schedule: by the end of Date, Share of
// the target (between 0 and 1) is due.
type Milestone struct {
	Date  vietnam.Date    `json:"date"`
	Share decimal.Decimal `json:"share"`
}

// Schedule is a piecewise-linear pacing curve: the expected share grows
// linearly from 0 at the start of the window through each milestone to 1 at
// the end of the deadline. An empty Schedule is plain linear pacing. "60% by
// the end of the 15-day peak" is one milestone on the window's 15th day.
type Schedule []Milestone

// Target is a goal for one indicator at one unit over a window. Targets are
// values; a target set at a parent says nothing about its children (no
// share of it is invented for them; see Allocate to split one explicitly).
type Target struct {
	Indicator Code       `json:"indicator"`
	Unit      org.ID     `json:"unit,omitempty"`
	Kind      TargetKind `json:"kind"`
	// Value is the count (Absolute) or the percentage (Percentage) to reach
	// by the deadline. It must not be negative.
	Value decimal.Decimal `json:"value"`
	// Window runs from the first day of work to the deadline, both
	// included. Pacing needs both bounds.
	Window   Period   `json:"window,omitzero"`
	Schedule Schedule `json:"schedule,omitempty"`
}

// ErrTarget is the category of every *TargetError.
var ErrTarget = errors.New("invalid target")

// TargetError reports a target that cannot be paced.
type TargetError struct {
	Indicator Code
	Unit      org.ID // empty when the target has none
	Field     string // "Value", "Window", "Schedule[2]", ...
	Reason    string
}

func (e *TargetError) Error() string {
	if e.Unit != "" {
		return fmt.Sprintf("metrics: target %q at %q: %s: %s", string(e.Indicator), string(e.Unit), e.Field, e.Reason)
	}
	return fmt.Sprintf("metrics: target %q: %s: %s", string(e.Indicator), e.Field, e.Reason)
}

// Unwrap returns ErrTarget.
func (e *TargetError) Unwrap() error { return ErrTarget }

// Validate checks that the target can be paced: a known kind, a
// non-negative value, a window with both bounds in order, and a schedule
// whose milestones lie inside the window in increasing date order with
// shares from 0 to 1 that never decrease (and reach 1 if a milestone falls
// on the deadline).
func (t Target) Validate() error {
	bad := func(field, reason string) error {
		return &TargetError{Indicator: t.Indicator, Unit: t.Unit, Field: field, Reason: reason}
	}
	if t.Kind > Percentage {
		return bad("Kind", t.Kind.String())
	}
	if t.Value.IsNegative() {
		return bad("Value", "negative value "+t.Value.String())
	}
	if t.Window.From.IsZero() || t.Window.To.IsZero() {
		return bad("Window", fmt.Sprintf("window %s needs a start and a deadline", t.Window))
	}
	if t.Window.To.Before(t.Window.From) {
		return bad("Window", fmt.Sprintf("window %s ends before it starts", t.Window))
	}
	one := decimal.NewFromInt(1)
	prev := Milestone{Share: decimal.Zero}
	for i, m := range t.Schedule {
		field := fmt.Sprintf("Schedule[%d]", i)
		switch {
		case !t.Window.Contains(m.Date):
			return bad(field, fmt.Sprintf("date %s outside the window %s", m.Date, t.Window))
		case i > 0 && !m.Date.After(prev.Date):
			return bad(field, fmt.Sprintf("date %s not after %s", m.Date, prev.Date))
		case m.Share.IsNegative() || m.Share.GreaterThan(one):
			return bad(field, "share "+m.Share.String()+" outside 0..1")
		case m.Share.LessThan(prev.Share):
			return bad(field, fmt.Sprintf("share %s below the earlier %s", m.Share, prev.Share))
		case m.Date == t.Window.To && !m.Share.Equal(one):
			return bad(field, "share on the deadline must be 1, not "+m.Share.String())
		}
		prev = m
	}
	return nil
}

// ExpectedShare returns the share of the target due by the end of asOf:
// 0 before the window, 1 from the deadline on, and in between the
// schedule's curve (linear when the schedule is empty), counting asOf as an
// elapsed day. Through 1/7 of 29/5–15/8 (day 34 of 79) it is 34/79.
// The target must be valid (see Validate); an invalid window gives 0.
func (t Target) ExpectedShare(asOf vietnam.Date) decimal.Decimal {
	num, den := t.expectedShare(asOf)
	return num.DivRound(den, divPlaces)
}

// Expected returns the amount due by the end of asOf, Value × ExpectedShare,
// computed with a single division so that 52.000 × 34/79 is 22.379,746835….
func (t Target) Expected(asOf vietnam.Date) decimal.Decimal {
	num, den := t.expectedShare(asOf)
	return t.Value.Mul(num).DivRound(den, divPlaces)
}

// expectedShare returns the expected share as a fraction num/den with den > 0.
func (t Target) expectedShare(asOf vietnam.Date) (num, den decimal.Decimal) {
	w := t.Window
	one := decimal.NewFromInt(1)
	total := w.Days()
	if total == 0 || asOf.IsZero() || asOf.Before(w.From) {
		return decimal.Zero, one
	}
	day := asOf.DaysSince(w.From) + 1
	if day >= total {
		return one, one
	}
	// Walk the curve's points (day index, cumulative share) to the segment
	// that holds day; the start is (0, 0) and the deadline (total, 1).
	d0, s0 := 0, decimal.Zero
	d1, s1 := total, one
	for _, m := range t.Schedule {
		md := m.Date.DaysSince(w.From) + 1
		if md >= day {
			d1, s1 = md, m.Share
			break
		}
		d0, s0 = md, m.Share
	}
	// s0 + (s1-s0)(day-d0)/(d1-d0)
	span := decimal.NewFromInt(int64(d1 - d0))
	return s0.Mul(span).Add(s1.Sub(s0).Mul(decimal.NewFromInt(int64(day - d0)))), span
}

// Targets is a checked set of targets, at most one per indicator and unit.
// It is immutable and safe for concurrent use.
type Targets struct {
	list  []Target
	index map[targetKey]int
}

type targetKey struct {
	code Code
	unit org.ID
}

// NewTargets checks the targets against the catalog and returns them as a
// set: each target valid (see Target.Validate), its indicator in the
// catalog, a Percentage target only on a Ratio indicator and an Absolute
// one only on a counted indicator, a unit given, and no two targets for the
// same indicator and unit.
func NewTargets(cat *Catalog, targets ...Target) (*Targets, error) {
	ts := &Targets{list: append([]Target(nil), targets...), index: make(map[targetKey]int, len(targets))}
	for i, t := range ts.list {
		bad := func(field, reason string) error {
			return &TargetError{Indicator: t.Indicator, Unit: t.Unit, Field: field, Reason: reason}
		}
		if err := t.Validate(); err != nil {
			return nil, err
		}
		ind, ok := cat.Indicator(t.Indicator)
		switch {
		case !ok:
			return nil, bad("Indicator", "not in the catalog")
		case t.Unit == "":
			return nil, bad("Unit", "no unit")
		case t.Kind == Percentage && ind.Aggregation != Ratio:
			return nil, bad("Kind", "a percentage target needs a ratio indicator, not "+ind.Aggregation.String())
		case t.Kind == Absolute && ind.Aggregation == Ratio:
			return nil, bad("Kind", "a ratio indicator takes a percentage target")
		}
		k := targetKey{t.Indicator, t.Unit}
		if j, dup := ts.index[k]; dup {
			return nil, bad("Unit", fmt.Sprintf("second target for this indicator and unit (first is target %d)", j))
		}
		ts.index[k] = i
	}
	return ts, nil
}

// For returns the target of the indicator at exactly this unit. A target set
// at a parent is not a target of its children: For returns false for them.
func (ts *Targets) For(code Code, unit org.ID) (Target, bool) {
	i, ok := ts.index[targetKey{code, unit}]
	if !ok {
		return Target{}, false
	}
	return ts.list[i], true
}

// Len returns the number of targets.
func (ts *Targets) Len() int { return len(ts.list) }

// All yields the targets in the order given to NewTargets.
func (ts *Targets) All() iter.Seq[Target] {
	return func(yield func(Target) bool) {
		for _, t := range ts.list {
			if !yield(t) {
				return
			}
		}
	}
}
