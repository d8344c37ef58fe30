package metrics_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var d = vietnam.MustParseDate

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// binhDuong is the 2025 summer campaign's training target: 52.000 members
// over 29/5–15/8/2025.
func binhDuong() metrics.Target {
	return metrics.Target{
		Indicator: "trained",
		Value:     decimal.NewFromInt(52000),
		Window:    metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")},
	}
}

// ratio returns a/b rounded to 10 places: the reference for divisions.
func ratio(a, b int64) decimal.Decimal {
	return decimal.NewFromInt(a).DivRound(decimal.NewFromInt(b), 10)
}

func TestExpectedSeed(t *testing.T) {
	tg := binhDuong()
	asOf := d("1/7/2025")
	assert.Equal(t, 34, asOf.DaysSince(tg.Window.From)+1, "1/7 is day 34")
	assert.Equal(t, "22380", tg.Expected(asOf).Round(0).String())
	assert.True(t, tg.Expected(asOf).Equal(ratio(52000*34, 79)))
	assert.True(t, tg.ExpectedShare(asOf).Equal(ratio(34, 79)))
}

func TestExpectedShareSchedule(t *testing.T) {
	// 60% by the end of a 15-day peak, then linear to 100% on day 79.
	tg := binhDuong()
	peakEnd := tg.Window.From.AddDays(14)
	tg.Schedule = metrics.Schedule{{Date: peakEnd, Share: dec("0.6")}}
	require.NoError(t, tg.Validate())
	tests := []struct {
		day  int // 1-based day of the window; 0 = the day before
		want decimal.Decimal
	}{
		{0, decimal.Zero},
		{1, ratio(6, 150)}, // 0.6 × 1/15
		{10, dec("0.4")},   // 0.6 × 10/15
		{15, dec("0.6")},   // the milestone
		{47, dec("0.8")},   // halfway through the 64 days after it
		{79, dec("1")},     // the deadline
		{200, dec("1")},    // long after
	}
	for _, tt := range tests {
		asOf := tg.Window.From.AddDays(tt.day - 1)
		got := tg.ExpectedShare(asOf)
		assert.True(t, tt.want.Equal(got), "day %d: want %s, got %s", tt.day, tt.want, got)
	}
	// A two-step schedule: 10% in the first week, 60% by day 15.
	tg.Schedule = metrics.Schedule{{Date: tg.Window.From.AddDays(6), Share: dec("0.1")}, {Date: peakEnd, Share: dec("0.6")}}
	require.NoError(t, tg.Validate())
	assert.True(t, dec("0.35").Equal(tg.ExpectedShare(tg.Window.From.AddDays(10))), "day 11: 0.1 + 0.5×4/8")
	assert.True(t, tg.Expected(tg.Window.From.AddDays(6)).Equal(decimal.NewFromInt(5200)))
}

func TestTargetValidate(t *testing.T) {
	base := binhDuong()
	tests := []struct {
		name   string
		edit   func(*metrics.Target)
		field  string
		reason string
	}{
		{"negative", func(t *metrics.Target) { t.Value = decimal.NewFromInt(-1) }, "Value", "negative value -1"},
		{"bad kind", func(t *metrics.Target) { t.Kind = 7 }, "Kind", "TargetKind(7)"},
		{"no start", func(t *metrics.Target) { t.Window.From = vietnam.Date{} }, "Window", "window …–15/08/2025 needs a start and a deadline"},
		{"reversed", func(t *metrics.Target) { t.Window.From, t.Window.To = t.Window.To, t.Window.From }, "Window",
			"window 15/08/2025–29/05/2025 ends before it starts"},
		{"milestone outside", func(t *metrics.Target) { t.Schedule = metrics.Schedule{{Date: d("1/9/2025"), Share: dec("0.5")}} },
			"Schedule[0]", "date 01/09/2025 outside the window 29/05/2025–15/08/2025"},
		{"milestones out of order", func(t *metrics.Target) {
			t.Schedule = metrics.Schedule{{Date: d("1/7/2025"), Share: dec("0.5")}, {Date: d("1/6/2025"), Share: dec("0.6")}}
		}, "Schedule[1]", "date 01/06/2025 not after 01/07/2025"},
		{"share above one", func(t *metrics.Target) { t.Schedule = metrics.Schedule{{Date: d("1/7/2025"), Share: dec("1.5")}} },
			"Schedule[0]", "share 1.5 outside 0..1"},
		{"share falls", func(t *metrics.Target) {
			t.Schedule = metrics.Schedule{{Date: d("1/6/2025"), Share: dec("0.5")}, {Date: d("1/7/2025"), Share: dec("0.4")}}
		}, "Schedule[1]", "share 0.4 below the earlier 0.5"},
		{"deadline short of one", func(t *metrics.Target) { t.Schedule = metrics.Schedule{{Date: d("15/8/2025"), Share: dec("0.9")}} },
			"Schedule[0]", "share on the deadline must be 1, not 0.9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg := base
			tt.edit(&tg)
			err := tg.Validate()
			require.ErrorIs(t, err, metrics.ErrTarget)
			var te *metrics.TargetError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tt.field, te.Field)
			assert.Equal(t, `metrics: target "trained": `+tt.field+": "+tt.reason, err.Error())
			_, err = metrics.Evaluate(tg, metrics.Value{}, d("1/7/2025"), metrics.Bands{})
			assert.ErrorIs(t, err, metrics.ErrTarget, "Evaluate checks the target")
		})
	}
}

func TestEvaluate(t *testing.T) {
	n := func(v int64) metrics.Value { return metrics.ValueOf(decimal.NewFromInt(v)) }
	// linear is the progress of binhDuong() with got trained by the end of
	// day elapsed of 79, from the definitions: expected 52.000·elapsed/79,
	// pace got/expected, what is left over the days left, and the run rate
	// got·79/elapsed.
	linear := func(status metrics.Status, got, elapsed int64) metrics.Progress {
		expected, left := ratio(52000*elapsed, 79), max(52000-got, 0)
		return metrics.Progress{
			Status: status, Achieved: ratio(got, 52000),
			Expected: expected, ExpectedShare: ratio(elapsed, 79),
			Pace:        decimal.NewFromInt(got).DivRound(expected, 10),
			ElapsedDays: int(elapsed), DaysLeft: int(79 - elapsed), TotalDays: 79,
			Remaining: decimal.NewFromInt(left), RequiredDaily: ratio(left, 79-elapsed),
			Projection: ratio(got*79, elapsed),
		}
	}
	// last is binhDuong() with 50.000 trained when the whole window is gone:
	// 2.000 short, all due on the one day that is left or was the last.
	last := func(status metrics.Status) metrics.Progress {
		return metrics.Progress{
			Status: status, Achieved: ratio(50000, 52000),
			Expected: decimal.NewFromInt(52000), ExpectedShare: decimal.NewFromInt(1), Pace: ratio(50000, 52000),
			ElapsedDays: 79, TotalDays: 79,
			Remaining: decimal.NewFromInt(2000), RequiredDaily: decimal.NewFromInt(2000),
			Projection: decimal.NewFromInt(50000),
		}
	}
	tests := []struct {
		name   string
		target metrics.Target
		actual metrics.Value
		asOf   string
		want   metrics.Progress // Target, AsOf and Actual are filled in
	}{
		{name: "seed day 34 at risk", target: binhDuong(), actual: n(20000), asOf: "1/7/2025", want: linear(metrics.StatusAtRisk, 20000, 34)},
		{name: "on track", target: binhDuong(), actual: n(22000), asOf: "1/7/2025", want: linear(metrics.StatusOnTrack, 22000, 34)},
		{name: "behind", target: binhDuong(), actual: n(10000), asOf: "1/7/2025", want: linear(metrics.StatusBehind, 10000, 34)},
		{name: "complete early", target: binhDuong(), actual: n(53000), asOf: "1/8/2025", want: linear(metrics.StatusComplete, 53000, 65)},
		{name: "no data", target: binhDuong(), actual: metrics.Value{}, asOf: "1/7/2025", want: linear(metrics.StatusNoData, 0, 34)},
		{name: "zero is data", target: binhDuong(), actual: n(0), asOf: "1/7/2025", want: linear(metrics.StatusBehind, 0, 34)},
		{
			name: "not started", target: binhDuong(), actual: metrics.Value{}, asOf: "28/5/2025",
			want: metrics.Progress{
				Status: metrics.StatusNotStarted, Achieved: decimal.Zero,
				Expected: decimal.Zero, ExpectedShare: decimal.Zero, Pace: decimal.NewFromInt(1),
				DaysLeft: 79, TotalDays: 79,
				Remaining: decimal.NewFromInt(52000), RequiredDaily: ratio(52000, 79),
				Projection: decimal.Zero,
			},
		},
		{name: "ended short", target: binhDuong(), actual: n(50000), asOf: "16/8/2025", want: last(metrics.StatusNotAchieved)},
		{name: "deadline day decided by pace", target: binhDuong(), actual: n(50000), asOf: "15/8/2025", want: last(metrics.StatusOnTrack)},
		{
			name: "zero target", target: func() metrics.Target { t := binhDuong(); t.Value = decimal.Zero; return t }(),
			actual: n(0), asOf: "1/7/2025",
			want: metrics.Progress{
				Status: metrics.StatusComplete, Achieved: decimal.NewFromInt(1),
				Expected: decimal.Zero, ExpectedShare: ratio(34, 79), Pace: decimal.NewFromInt(1),
				ElapsedDays: 34, DaysLeft: 45, TotalDays: 79,
				Remaining: decimal.Zero, RequiredDaily: decimal.Zero, Projection: decimal.Zero,
			},
		},
		{
			name: "nothing due in the first phase",
			target: func() metrics.Target {
				t := binhDuong()
				t.Schedule = metrics.Schedule{{Date: d("5/6/2025"), Share: decimal.Zero}}
				return t
			}(),
			actual: n(0), asOf: "1/6/2025",
			want: metrics.Progress{
				Status: metrics.StatusOnTrack, Achieved: decimal.Zero,
				Expected: decimal.Zero, ExpectedShare: decimal.Zero, Pace: decimal.NewFromInt(1),
				ElapsedDays: 4, DaysLeft: 75, TotalDays: 79,
				Remaining: decimal.NewFromInt(52000), RequiredDaily: ratio(52000, 75), Projection: decimal.Zero,
			},
		},
		{
			name: "one-day window on its day",
			target: metrics.Target{Indicator: "x", Value: decimal.NewFromInt(10),
				Window: metrics.Period{From: d("10/10/2025"), To: d("10/10/2025")}},
			actual: n(4), asOf: "10/10/2025",
			want: metrics.Progress{
				Status: metrics.StatusBehind, Achieved: dec("0.4"),
				Expected: decimal.NewFromInt(10), ExpectedShare: decimal.NewFromInt(1), Pace: dec("0.4"),
				ElapsedDays: 1, TotalDays: 1,
				Remaining: decimal.NewFromInt(6), RequiredDaily: decimal.NewFromInt(6), Projection: decimal.NewFromInt(4),
			},
		},
		{
			name: "percentage", target: metrics.Target{Indicator: "share", Kind: metrics.Percentage, Value: decimal.NewFromInt(80),
				Window: metrics.Period{From: d("1/1/2025"), To: d("31/12/2025")}},
			actual: metrics.RatioOf(decimal.NewFromInt(853), decimal.NewFromInt(1000), decimal.NewFromInt(100)), asOf: "31/12/2025",
			want: metrics.Progress{
				Status: metrics.StatusComplete, Achieved: dec("85.3").DivRound(decimal.NewFromInt(80), 10),
				Expected: decimal.NewFromInt(80), ExpectedShare: decimal.NewFromInt(1), Pace: dec("85.3").DivRound(decimal.NewFromInt(80), 10),
				ElapsedDays: 365, TotalDays: 365,
				Remaining: decimal.Zero, RequiredDaily: decimal.Zero, Projection: dec("85.3"),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := metrics.Evaluate(tt.target, tt.actual, d(tt.asOf), metrics.Bands{})
			require.NoError(t, err)
			want := tt.want
			want.Target, want.AsOf, want.Actual = tt.target, d(tt.asOf), tt.actual
			assertProgress(t, want, got)
		})
	}
}

// assertProgress compares every field, decimals and Values by their Equal
// methods (cmp uses them), so that 0.40 and 0.4 agree.
func assertProgress(t *testing.T, want, got metrics.Progress) {
	t.Helper()
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("progress (-want +got):\n%s", d)
	}
}

func TestEvaluateErrors(t *testing.T) {
	_, err := metrics.Evaluate(binhDuong(), metrics.Value{}, vietnam.Date{}, metrics.Bands{})
	assert.EqualError(t, err, `metrics: target "trained": AsOf: no date`)
	_, err = metrics.Evaluate(binhDuong(), metrics.Value{}, d("1/7/2025"), metrics.Bands{OnTrack: dec("0.5"), AtRisk: dec("0.8")})
	assert.ErrorIs(t, err, metrics.ErrBands)
	assert.EqualError(t, err, "metrics: bands need 0 < AtRisk ≤ OnTrack: AtRisk 0.8, OnTrack 0.5")
}

func TestBands(t *testing.T) {
	def := metrics.Bands{}
	tests := []struct {
		bands metrics.Bands
		pace  string
		want  metrics.Status
	}{
		{def, "2", metrics.StatusOnTrack},
		{def, "0.95", metrics.StatusOnTrack},
		{def, "0.9499999999", metrics.StatusAtRisk},
		{def, "0.75", metrics.StatusAtRisk},
		{def, "0.7499999999", metrics.StatusBehind},
		{def, "0", metrics.StatusBehind},
		{metrics.Bands{OnTrack: dec("1"), AtRisk: dec("0.9")}, "0.95", metrics.StatusAtRisk},
		{metrics.Bands{OnTrack: dec("0.8"), AtRisk: dec("0.8")}, "0.8", metrics.StatusOnTrack}, // no amber band
		{metrics.Bands{OnTrack: dec("0.8"), AtRisk: dec("0.8")}, "0.79", metrics.StatusBehind},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.bands.Classify(dec(tt.pace)), "pace %s with %v", tt.pace, tt.bands)
	}
	// No gaps and no overlaps: walking the pace axis in small steps, the
	// status changes exactly twice, at the two thresholds.
	b := metrics.DefaultBands()
	prev, changes := b.Classify(decimal.Zero), 0
	for i := 1; i <= 2000; i++ {
		pace := decimal.New(int64(i), -3)
		s := b.Classify(pace)
		require.Contains(t, []metrics.Status{metrics.StatusOnTrack, metrics.StatusAtRisk, metrics.StatusBehind}, s)
		if s != prev {
			changes++
			assert.True(t, pace.Equal(b.AtRisk) || pace.Equal(b.OnTrack), "change at %s", pace)
		}
		prev = s
	}
	assert.Equal(t, 2, changes)
	assert.NoError(t, metrics.Bands{}.Validate())
	assert.ErrorIs(t, metrics.Bands{OnTrack: dec("1")}.Validate(), metrics.ErrBands, "AtRisk 0")
}
