package metrics

import (
	"errors"
	"fmt"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// Status is where a target stands at an instant. The zero Status is
// StatusUnknown.
type Status uint8

const (
	StatusUnknown    Status = iota
	StatusNotStarted        // the window has not begun
	StatusNoData            // running, but nothing was recorded (not the same as zero)
	StatusOnTrack           // pace at or above Bands.OnTrack
	StatusAtRisk            // pace in [Bands.AtRisk, Bands.OnTrack)
	StatusBehind            // running, pace below Bands.AtRisk
	StatusComplete          // the target is reached (or is zero)
	// StatusNotAchieved: the window has ended short of the target. An
	// ended target is complete or not achieved, never behind: nothing can
	// catch up any more.
	StatusNotAchieved
)

var statusText = enumtext.Table{What: "metrics: status", Err: ErrSyntax,
	Words: [][]string{{"unknown"}, {"not_started"}, {"no_data"}, {"on_track"}, {"at_risk"}, {"behind"}, {"complete"}, {"not_achieved"}},
	Labels: [][2]string{
		{"Không rõ", "Unknown"},
		{"Chưa bắt đầu", "Not started"},
		{"Chưa có số liệu", "No data"},
		{"Đúng tiến độ", "On track"},
		{"Có nguy cơ", "At risk"},
		{"Chậm", "Behind"},
		{"Hoàn thành", "Complete"},
		{"Không đạt", "Not achieved"},
	}}

// String returns the stable code used in CSV and JSON ("on_track",
// "at_risk", ...), or "Status(N)" out of range.
func (s Status) String() string { return statusText.String(uint8(s)) }

// Label returns the status as a report shows it: "Đúng tiến độ", "Có nguy
// cơ", "Chậm" in Vietnamese; "On track", "At risk", "Behind" in English;
// "Status(N)" out of range.
func (s Status) Label(l vietnam.Lang) string { return statusText.Label(uint8(s), l) }

// ParseStatus reads the code String returns, in any case, with '-', '_'
// or ' ' between words.
func ParseStatus(s string) (Status, error) {
	var st Status
	err := enumtext.Decode(&statusText, &st, []byte(s))
	return st, err
}

// MarshalText encodes the status as its code, and StatusUnknown as the
// empty text; a value with no name is an error.
func (s Status) MarshalText() ([]byte, error) { return statusText.Marshal(uint8(s)) }

// UnmarshalText decodes what ParseStatus reads.
func (s *Status) UnmarshalText(b []byte) error { return enumtext.Decode(&statusText, s, b) }

// Bands are the pace thresholds between on track, at risk and behind. They
// cut the pace axis into three half-open intervals that share their
// boundaries, so no pace falls in a gap or in two bands (the rule DHIS2
// legends follow):
//
//	pace ≥ OnTrack            on track
//	AtRisk ≤ pace < OnTrack   at risk
//	pace < AtRisk             behind
//
// The zero Bands means DefaultBands.
type Bands struct {
	OnTrack, AtRisk decimal.Decimal
}

// DefaultBands returns OnTrack 0.95 and AtRisk 0.75: behind means more than
// a quarter short of what is due (the Telescope goal tool's "off track"),
// and the 5% tolerance keeps a day of reporting lag from turning every unit
// amber.
func DefaultBands() Bands {
	return Bands{OnTrack: decimal.RequireFromString("0.95"), AtRisk: decimal.RequireFromString("0.75")}
}

// ErrBands is returned for thresholds out of order.
var ErrBands = errors.New("bands need 0 < AtRisk ≤ OnTrack")

func (b Bands) orDefault() Bands {
	if b.OnTrack.IsZero() && b.AtRisk.IsZero() {
		return DefaultBands()
	}
	return b
}

// Validate checks 0 < AtRisk ≤ OnTrack (the zero Bands is valid: it means
// DefaultBands).
func (b Bands) Validate() error {
	b = b.orDefault()
	if !b.AtRisk.IsPositive() || b.AtRisk.GreaterThan(b.OnTrack) {
		return fmt.Errorf("metrics: %w: AtRisk %s, OnTrack %s", ErrBands, b.AtRisk, b.OnTrack)
	}
	return nil
}

// Classify returns the band of a pace: StatusOnTrack, StatusAtRisk or
// StatusBehind.
func (b Bands) Classify(pace decimal.Decimal) Status {
	b = b.orDefault()
	switch {
	case !pace.LessThan(b.OnTrack):
		return StatusOnTrack
	case !pace.LessThan(b.AtRisk):
		return StatusAtRisk
	}
	return StatusBehind
}

// Progress is a target's standing at the end of one day. Every field is
// defined for every valid target and day; none comes from a division by
// zero.
type Progress struct {
	Target Target       `json:"target"`
	AsOf   vietnam.Date `json:"as_of"`
	Actual Value        `json:"actual"` // as given; a missing actual counts as 0 below
	Status Status       `json:"status"`
	// Achieved is Actual / Value (0.853 for 85,3%). A zero target is
	// achieved: 1.
	Achieved decimal.Decimal `json:"achieved"`
	// Expected is the amount due by the end of AsOf (Target.Expected);
	// ExpectedShare is that amount as a share of Value.
	Expected      decimal.Decimal `json:"expected"`
	ExpectedShare decimal.Decimal `json:"expected_share"`
	// Pace is Actual / Expected. It is 1 when nothing is due yet (before
	// the window, a schedule step that expects nothing, a zero target).
	Pace decimal.Decimal `json:"pace"`
	// ElapsedDays counts the days of the window through AsOf (0 before the
	// window, TotalDays after it); DaysLeft counts the days after AsOf up
	// to the deadline.
	ElapsedDays int `json:"elapsed_days"`
	DaysLeft    int `json:"days_left"`
	TotalDays   int `json:"total_days"`
	// Remaining is what is still missing, never negative.
	Remaining decimal.Decimal `json:"remaining"`
	// RequiredDaily is Remaining / DaysLeft: the daily rate still needed.
	// With no day left it is Remaining itself (all of it is due now).
	RequiredDaily decimal.Decimal `json:"required_daily"`
	// Projection is the value at the deadline if the average daily rate so
	// far goes on: Actual × TotalDays / ElapsedDays; Actual itself before
	// the window starts and after it ends. It is never below 0, and for a
	// Percentage target never above 100: a share cannot pass 100%.
	Projection decimal.Decimal `json:"projection"`
}

// clampProjection keeps a projection of the target's indicator in its
// possible range: never below 0, and at most 100 for a percentage.
func (t Target) clampProjection(d decimal.Decimal) decimal.Decimal {
	if d.IsNegative() {
		return decimal.Zero
	}
	if hundred := decimal.NewFromInt(100); t.Kind == Percentage && d.GreaterThan(hundred) {
		return hundred
	}
	return d
}

// Evaluate returns the progress of target t with the actual value at the end
// of day asOf. The status is decided in this order:
//
//  1. before the window: StatusNotStarted;
//  2. a zero target, or Actual ≥ Value: StatusComplete;
//  3. a missing Actual: StatusNoData;
//  4. after the deadline: StatusNotAchieved (the window ended short);
//  5. nothing due yet: StatusOnTrack;
//  6. otherwise the band of Pace (see Bands).
//
// On the deadline day itself the pace still decides, since reports are
// often made during that day. Evaluate fails only for an invalid target or
// bands, or a zero asOf.
func Evaluate(t Target, actual Value, asOf vietnam.Date, b Bands) (Progress, error) {
	if err := t.Validate(); err != nil {
		return Progress{}, err
	}
	if err := b.Validate(); err != nil {
		return Progress{}, err
	}
	if asOf.IsZero() {
		return Progress{}, &TargetError{Indicator: t.Indicator, Field: "AsOf", Reason: "no date"}
	}
	one := decimal.NewFromInt(1)
	w := t.Window
	p := Progress{Target: t, AsOf: asOf, Actual: actual, TotalDays: w.Days()}
	act := actual.Decimal() // 0 when missing
	switch {
	case asOf.Before(w.From):
		p.DaysLeft = p.TotalDays
	case asOf.After(w.To):
		p.ElapsedDays = p.TotalDays
	default:
		p.ElapsedDays = asOf.DaysSince(w.From) + 1
		p.DaysLeft = p.TotalDays - p.ElapsedDays
	}
	p.Expected = t.Expected(asOf)
	p.ExpectedShare = t.ExpectedShare(asOf)
	if t.Value.IsZero() {
		p.Achieved = one
	} else {
		p.Achieved = act.DivRound(t.Value, divPlaces)
	}
	if p.Expected.IsZero() {
		p.Pace = one
	} else {
		p.Pace = act.DivRound(p.Expected, divPlaces)
	}
	p.Remaining = decimal.Max(t.Value.Sub(act), decimal.Zero)
	if p.DaysLeft == 0 {
		p.RequiredDaily = p.Remaining
	} else {
		p.RequiredDaily = p.Remaining.DivRound(decimal.NewFromInt(int64(p.DaysLeft)), divPlaces)
	}
	if p.ElapsedDays == 0 || p.ElapsedDays == p.TotalDays {
		p.Projection = act
	} else {
		p.Projection = act.Mul(decimal.NewFromInt(int64(p.TotalDays))).DivRound(decimal.NewFromInt(int64(p.ElapsedDays)), divPlaces)
	}
	p.Projection = t.clampProjection(p.Projection)
	switch {
	case asOf.Before(w.From):
		p.Status = StatusNotStarted
	case t.Value.IsZero() || (!actual.IsMissing() && !act.LessThan(t.Value)):
		p.Status = StatusComplete
	case actual.IsMissing():
		p.Status = StatusNoData
	case asOf.After(w.To):
		p.Status = StatusNotAchieved
	case p.Expected.IsZero():
		p.Status = StatusOnTrack
	default:
		p.Status = b.Classify(p.Pace)
	}
	return p, nil
}
