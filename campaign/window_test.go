package campaign_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
)

// vn returns the instant of a wall-clock reading in Vietnam.
func vn(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, vietnam.Location())
}

// weekdays is a Calendar with Saturday and Sunday off and the days in off
// as extra holidays: a stand-in for vietnam/calendar that keeps the
// expected counts easy to check by hand.
type weekdays struct{ off []vietnam.Date }

func (c weekdays) IsWorkingDay(d vietnam.Date) bool {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday && !slices.Contains(c.off, d)
}

func TestWindowDays(t *testing.T) {
	tests := []struct {
		w    campaign.Window
		want int
	}{
		{win("29/5/2025", "15/8/2025"), 79}, // Bình Dương's summer campaign (seed fact)
		{win("1/3/2025", "1/6/2025"), 93},   // seed fact
		{win("1/3/2024", "1/6/2024"), 93},   // February does not matter
		{win("1/2/2024", "1/3/2024"), 30},   // but a leap day does
		{win("1/2/2025", "1/3/2025"), 29},
		{win("10/10/2025", "10/10/2025"), 1},
		{win("1/12/2025", "28/2/2026"), 90},
		{win("22/4/2025", ""), 0}, // open-ended: no length
		{campaign.Window{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.w.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.w.Days())
			// Days agrees with walking the days one by one.
			if !tt.w.IsOpen() {
				n := 0
				for range tt.w.Dates() {
					n++
				}
				assert.Equal(t, tt.want, n)
			}
		})
	}
}

func TestWindowAccessors(t *testing.T) {
	w := win("29/5/2025", "15/8/2025")
	assert.Equal(t, date("29/5/2025"), w.Start())
	assert.Equal(t, date("15/8/2025"), w.End())
	assert.False(t, w.IsZero())
	assert.False(t, w.IsOpen())
	assert.True(t, w.Equal(campaign.MustParseWindow("29/5/2025–15/8/2025")))
	assert.Equal(t, vn(2025, time.May, 29, 0, 0), w.StartTime())
	assert.Equal(t, vn(2025, time.August, 16, 0, 0), w.EndTime())

	open := win("22/4/2025", "")
	assert.True(t, open.IsOpen())
	assert.True(t, open.End().IsZero())
	assert.True(t, open.EndTime().IsZero())

	var zero campaign.Window
	assert.True(t, zero.IsZero())
	assert.False(t, zero.IsOpen())
	assert.True(t, zero.Start().IsZero())
	assert.True(t, zero.StartTime().IsZero())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Long())
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	w2 := w
	require.NoError(t, w2.UnmarshalText(nil))
	assert.Equal(t, zero, w2)
}

func TestNewWindow(t *testing.T) {
	w, err := campaign.NewWindow(date("29/5/2025"), date("15/8/2025"))
	require.NoError(t, err)
	assert.Equal(t, 79, w.Days())

	_, err = campaign.NewWindow(date("15/8/2025"), date("29/5/2025"))
	assert.ErrorIs(t, err, campaign.ErrWindowOrder)
	assert.EqualError(t, err, `campaign: window "15/08/2025–29/05/2025": ends before it starts`)

	_, err = campaign.NewWindow(vietnam.Date{}, date("29/5/2025"))
	assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
	assert.EqualError(t, err, `campaign: window "–29/05/2025": no start date`)

	assert.Panics(t, func() { campaign.MustWindow(date("15/8/2025"), date("29/5/2025")) })
}

func TestWindowOfDays(t *testing.T) {
	w, err := campaign.WindowOfDays(date("1/7/2025"), 15)
	require.NoError(t, err)
	assert.Equal(t, win("1/7/2025", "15/7/2025"), w)
	assert.Equal(t, 15, w.Days())

	w, err = campaign.WindowOfDays(date("10/10/2025"), 1)
	require.NoError(t, err)
	assert.Equal(t, win("10/10/2025", "10/10/2025"), w)

	for _, n := range []int{0, -3} {
		_, err = campaign.WindowOfDays(date("1/7/2025"), n)
		assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
	}
	_, err = campaign.WindowOfDays(vietnam.Date{}, 3)
	assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
	_, err = campaign.WindowOfDays(date("30/12/9999"), 3)
	assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
}

func TestWindowContains(t *testing.T) {
	w := win("29/5/2025", "15/8/2025")
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		newYork = time.FixedZone("EDT", -4*3600) // no tzdata on the host
	}
	tests := []struct {
		name string
		t    time.Time
		want bool
	}{
		{"first instant", vn(2025, time.May, 29, 0, 0), true},
		{"last second before", vn(2025, time.May, 29, 0, 0).Add(-time.Nanosecond), false},
		{"15/8 23:59 Vietnam", vn(2025, time.August, 15, 23, 59), true},
		{"15/8 23:59:59.999999999 Vietnam", vn(2025, time.August, 16, 0, 0).Add(-time.Nanosecond), true},
		{"16/8 00:00 Vietnam", vn(2025, time.August, 16, 0, 0), false},
		{"15/8 16:59 UTC", time.Date(2025, time.August, 15, 16, 59, 0, 0, time.UTC), true},
		{"15/8 17:00 UTC", time.Date(2025, time.August, 15, 17, 0, 0, 0, time.UTC), false},
		{"28/5 17:00 UTC is 29/5 in Vietnam", time.Date(2025, time.May, 28, 17, 0, 0, 0, time.UTC), true},
		{"15/8 12:59 New York", time.Date(2025, time.August, 15, 12, 59, 0, 0, newYork), true},
		{"15/8 13:00 New York", time.Date(2025, time.August, 15, 13, 0, 0, 0, newYork), false},
		{"1/7 noon", vn(2025, time.July, 1, 12, 0), true},
		{"zero time", time.Time{}, false},
		{"far future", time.Date(9000, 1, 1, 0, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, w.Contains(tt.t))
			// Contains agrees with the obvious reading through the date.
			assert.Equal(t, w.ContainsDate(vietnam.DateOf(tt.t)), w.Contains(tt.t))
		})
	}
	open := win("22/4/2025", "")
	assert.True(t, open.Contains(time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)))
	assert.False(t, open.Contains(vn(2025, time.April, 21, 23, 59)))
	assert.False(t, campaign.Window{}.Contains(vn(2025, time.April, 21, 23, 59)))
}

func TestContainsNoAllocs(t *testing.T) {
	w := win("29/5/2025", "15/8/2025")
	at := time.Date(2025, time.July, 1, 3, 0, 0, 0, time.UTC)
	allocs := testing.AllocsPerRun(100, func() { _ = w.Contains(at) })
	assert.Zero(t, allocs)
}

func TestParseWindowNoAllocs(t *testing.T) {
	for _, s := range []string{"29/5–15/8", "từ ngày 29/5 đến hết ngày 15/8", "1-3-1-6", "tháng 3", "2025-05-29/2025-08-15"} {
		allocs := testing.AllocsPerRun(50, func() { _, _ = campaign.ParseWindowInYear(s, 2025) })
		assert.Zero(t, allocs, s)
	}
}

func TestWindowContainsDate(t *testing.T) {
	w := win("29/5/2025", "15/8/2025")
	tests := []struct {
		d    vietnam.Date
		want bool
	}{
		{date("28/5/2025"), false},
		{date("29/5/2025"), true},
		{date("1/7/2025"), true},
		{date("15/8/2025"), true},
		{date("16/8/2025"), false},
		{vietnam.Date{}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, w.ContainsDate(tt.d), tt.d.String())
	}
	assert.True(t, win("22/4/2025", "").ContainsDate(date("31/12/9999")))
	assert.False(t, campaign.Window{}.ContainsDate(date("1/1/2025")))
}

func TestWindowDaysThrough(t *testing.T) {
	w := win("29/5/2025", "15/8/2025")
	tests := []struct {
		d    vietnam.Date
		want int
	}{
		{date("1/1/2025"), 0},
		{date("28/5/2025"), 0},
		{date("29/5/2025"), 1},
		{date("1/7/2025"), 34}, // 29/5–15/8/2025 is 79 days; 1/7 is day 34
		{date("15/8/2025"), 79},
		{date("1/1/2026"), 79},
		{vietnam.Date{}, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, w.DaysThrough(tt.d), tt.d.String())
	}
	assert.Equal(t, 10, win("22/4/2025", "").DaysThrough(date("1/5/2025")))
}

func TestWindowElapsed(t *testing.T) {
	w := win("29/5/2025", "15/8/2025")
	tests := []struct {
		name string
		w    campaign.Window
		t    time.Time
		want campaign.Fraction
	}{
		{"before", w, vn(2025, time.May, 1, 0, 0), campaign.Fraction{Num: 0, Den: 1}},
		{"at start", w, vn(2025, time.May, 29, 0, 0), campaign.Fraction{Num: 0, Den: 1}},
		{"end of 30/6 = start of 1/7", w, vn(2025, time.July, 1, 0, 0), campaign.Fraction{Num: 33, Den: 79}},
		{"end of 1/7", w, vn(2025, time.July, 2, 0, 0), campaign.Fraction{Num: 34, Den: 79}},
		{"noon of 1/7", w, vn(2025, time.July, 1, 12, 0), campaign.Fraction{Num: 67, Den: 158}},
		{"same instant in UTC", w, time.Date(2025, time.July, 1, 5, 0, 0, 0, time.UTC), campaign.Fraction{Num: 67, Den: 158}},
		{"one nanosecond in", w, vn(2025, time.May, 29, 0, 0).Add(time.Nanosecond), campaign.Fraction{Num: 1, Den: 79 * 86400 * 1e9}},
		{"at end", w, vn(2025, time.August, 16, 0, 0), campaign.Fraction{Num: 1, Den: 1}},
		{"after", w, vn(2026, time.January, 1, 0, 0), campaign.Fraction{Num: 1, Den: 1}},
		{"one-day window at noon", win("10/10/2025", "10/10/2025"), vn(2025, time.October, 10, 12, 0), campaign.Fraction{Num: 1, Den: 2}},
		{"open window", win("22/4/2025", ""), vn(2025, time.October, 10, 12, 0), campaign.Fraction{Num: 0, Den: 1}},
		{"zero window", campaign.Window{}, vn(2025, time.October, 10, 12, 0), campaign.Fraction{Num: 0, Den: 1}},
		{"long window counts seconds", win("1/1/1700", "31/12/2000"), vn(1700, time.January, 1, 0, 0).Add(time.Second + time.Nanosecond),
			campaign.Fraction{Num: 1, Den: int64(date("31/12/2000").DaysSince(date("1/1/1700"))+1) * 86400}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.w.Elapsed(tt.t)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("Elapsed mismatch (-want +got):\n%s", diff)
			}
			// A nil calendar counts every day.
			assert.Equal(t, got, tt.w.ElapsedWorking(tt.t, nil))
		})
	}
	// Elapsed never decreases through the window.
	prev := campaign.Fraction{}
	for at := vn(2025, time.May, 28, 0, 0); at.Before(vn(2025, time.August, 17, 0, 0)); at = at.Add(7 * time.Hour) {
		f := w.Elapsed(at)
		assert.LessOrEqual(t, prev.Rat().Cmp(f.Rat()), 0, at)
		prev = f
	}
}

func TestWindowElapsedWorking(t *testing.T) {
	// 2/6/2025 is a Monday; the window 2/6–15/6 has 10 working days.
	w := win("2/6/2025", "15/6/2025")
	cal := weekdays{}
	assert.Equal(t, 10, w.WorkingDays(cal))
	tests := []struct {
		name string
		t    time.Time
		want campaign.Fraction
	}{
		{"before", vn(2025, time.June, 1, 12, 0), campaign.Fraction{Num: 0, Den: 1}},
		{"Monday noon", vn(2025, time.June, 2, 12, 0), campaign.Fraction{Num: 1, Den: 20}},
		{"Saturday noon: the week's five days", vn(2025, time.June, 7, 12, 0), campaign.Fraction{Num: 1, Den: 2}},
		{"Sunday night: unchanged", vn(2025, time.June, 8, 23, 0), campaign.Fraction{Num: 1, Den: 2}},
		{"second Monday", vn(2025, time.June, 9, 0, 0), campaign.Fraction{Num: 1, Den: 2}},
		{"last Friday ended", vn(2025, time.June, 14, 0, 0), campaign.Fraction{Num: 1, Den: 1}},
		{"after", vn(2025, time.June, 16, 0, 0), campaign.Fraction{Num: 1, Den: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, w.ElapsedWorking(tt.t, cal)); diff != "" {
				t.Fatalf("ElapsedWorking mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// A window of days off only: 0 until it ends, then 1.
	weekend := win("7/6/2025", "8/6/2025")
	assert.Equal(t, campaign.Fraction{Num: 0, Den: 1}, weekend.ElapsedWorking(vn(2025, time.June, 8, 12, 0), cal))
	assert.Equal(t, campaign.Fraction{Num: 1, Den: 1}, weekend.ElapsedWorking(vn(2025, time.June, 9, 0, 0), cal))
}

func TestWindowWorkingDays(t *testing.T) {
	w := win("29/5/2025", "15/8/2025")
	// 29/5/2025 is a Thursday: 79 days are 11 weeks and 2 days (Thu, Fri),
	// so 57 weekdays.
	assert.Equal(t, 57, w.WorkingDays(weekdays{}))
	assert.Equal(t, 56, w.WorkingDays(weekdays{off: []vietnam.Date{date("1/7/2025"), date("2/9/2025")}}))
	assert.Equal(t, 79, w.WorkingDays(nil))
	assert.Equal(t, 2, w.WorkingDaysThrough(date("1/6/2025"), weekdays{}))
	assert.Equal(t, 0, w.WorkingDaysThrough(date("1/1/2025"), weekdays{}))
	assert.Equal(t, 0, win("22/4/2025", "").WorkingDays(weekdays{}))
	assert.Equal(t, 0, campaign.Window{}.WorkingDays(weekdays{}))
}

func TestWindowIntersect(t *testing.T) {
	summer := win("29/5/2025", "15/8/2025")
	tests := []struct {
		name string
		a, b campaign.Window
		want campaign.Window
		ok   bool
	}{
		{"inside", summer, win("1/7/2025", "15/7/2025"), win("1/7/2025", "15/7/2025"), true},
		{"overlap at the end", summer, win("1/8/2025", "31/8/2025"), win("1/8/2025", "15/8/2025"), true},
		{"overlap at the start", summer, win("1/5/2025", "1/6/2025"), win("29/5/2025", "1/6/2025"), true},
		{"touching on one day", summer, win("15/8/2025", "20/8/2025"), win("15/8/2025", "15/8/2025"), true},
		{"next day: none", summer, win("16/8/2025", "20/8/2025"), campaign.Window{}, false},
		{"Youth Month: none", summer, win("1/3/2025", "31/3/2025"), campaign.Window{}, false},
		{"open and closed", win("22/4/2025", ""), summer, summer, true},
		{"open and open", win("22/4/2025", ""), win("1/6/2025", ""), win("1/6/2025", ""), true},
		{"open after closed", win("1/9/2025", ""), summer, campaign.Window{}, false},
		{"zero", summer, campaign.Window{}, campaign.Window{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, pair := range [][2]campaign.Window{{tt.a, tt.b}, {tt.b, tt.a}} { // symmetric
				got, ok := pair[0].Intersect(pair[1])
				assert.Equal(t, tt.ok, ok)
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Fatalf("Intersect mismatch (-want +got):\n%s", diff)
				}
				assert.Equal(t, tt.ok, pair[0].Overlaps(pair[1]))
			}
		})
	}
}

func TestWindowCovers(t *testing.T) {
	summer := win("29/5/2025", "15/8/2025")
	tests := []struct {
		name string
		w, v campaign.Window
		want bool
	}{
		{"itself", summer, summer, true},
		{"peak inside", summer, win("1/7/2025", "15/7/2025"), true},
		{"one day past", summer, win("1/8/2025", "16/8/2025"), false},
		{"one day early", summer, win("28/5/2025", "1/6/2025"), false},
		{"open in closed", summer, win("1/7/2025", ""), false},
		{"closed in open", win("22/4/2025", ""), summer, true},
		{"open in open", win("22/4/2025", ""), win("1/5/2025", ""), true},
		{"zero", summer, campaign.Window{}, false},
		{"in zero", campaign.Window{}, summer, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.w.Covers(tt.v), tt.name)
	}
}

func TestWindowDates(t *testing.T) {
	var got []vietnam.Date
	for d := range win("30/12/2025", "2/1/2026").Dates() {
		got = append(got, d)
	}
	want := []vietnam.Date{date("30/12/2025"), date("31/12/2025"), date("1/1/2026"), date("2/1/2026")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Dates mismatch (-want +got):\n%s", diff)
	}
	// An open window runs until the caller stops.
	n := 0
	for range win("22/4/2025", "").Dates() {
		if n++; n == 1000 {
			break
		}
	}
	assert.Equal(t, 1000, n)
	// It stops at the end of the calendar.
	n = 0
	for range win("30/12/9999", "").Dates() {
		n++
	}
	assert.Equal(t, 2, n)
	for range (campaign.Window{}).Dates() {
		t.Fatal("the zero window has no days")
	}
}

func TestWindowText(t *testing.T) {
	tests := []struct {
		w                 campaign.Window
		str, long, marsha string
	}{
		{win("29/5/2025", "15/8/2025"), "29/05/2025–15/08/2025", "từ ngày 29/05/2025 đến hết ngày 15/08/2025", "2025-05-29/2025-08-15"},
		{win("10/10/2025", "10/10/2025"), "10/10/2025", "ngày 10/10/2025", "2025-10-10/2025-10-10"},
		{win("22/4/2025", ""), "từ 22/04/2025", "từ ngày 22/04/2025", "2025-04-22/.."},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			assert.Equal(t, tt.str, tt.w.String())
			assert.Equal(t, tt.long, tt.w.Long())
			b, err := tt.w.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.marsha, string(b))
			b, err = tt.w.AppendText([]byte("window="))
			require.NoError(t, err)
			assert.Equal(t, "window="+tt.marsha, string(b))
			for _, s := range []string{tt.str, tt.long, tt.marsha} {
				back, err := campaign.ParseWindow(s)
				require.NoError(t, err, s)
				assert.Equal(t, tt.w, back, s)
			}
		})
	}
	var w campaign.Window
	assert.Error(t, w.UnmarshalText([]byte("15/8/2025–29/5/2025")))
	assert.True(t, w.IsZero(), "a failed UnmarshalText leaves the window unchanged")
}

func TestFraction(t *testing.T) {
	f := campaign.Fraction{Num: 34, Den: 79}
	assert.Equal(t, "34/79", f.String())
	assert.Equal(t, "0.4304", f.Decimal(4).String())
	assert.InDelta(t, 0.43037974683, f.Float64(), 1e-11)
	assert.Equal(t, "34/79", f.Rat().String())
	// 52.000 × 34/79 = 22.379,75…: the linear expectation (target × elapsed / duration, as DHIS2 computes it) of Bình Dương's 2025 summer campaign on 1/7.
	assert.Equal(t, "22380", f.Mul(decimal.NewFromInt(52000), 0).String())
	assert.Equal(t, "22379.75", f.Mul(decimal.NewFromInt(52000), 2).String())
	assert.False(t, f.IsZero())

	for _, z := range []campaign.Fraction{{}, {Num: 0, Den: 1}} {
		assert.True(t, z.IsZero())
		assert.Equal(t, "0", z.String())
		assert.True(t, z.Decimal(4).IsZero())
		assert.True(t, z.Mul(decimal.NewFromInt(52000), 0).IsZero())
		assert.Zero(t, z.Float64())
		assert.Equal(t, "0", z.Rat().RatString())
	}
	one := campaign.Fraction{Num: 1, Den: 1}
	assert.Equal(t, "1", one.String())
	assert.Equal(t, "1", one.Decimal(2).String())
	assert.Equal(t, "52000", one.Mul(decimal.NewFromInt(52000), 0).String())
}
