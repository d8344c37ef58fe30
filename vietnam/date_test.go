package vietnam_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestParseDate(t *testing.T) {
	want := vietnam.MustDate(2025, time.May, 29)
	for _, in := range []string{
		"29/5/2025",
		"29/05/2025",
		"29-5-2025",
		"29.5.2025",
		"ngày 29 tháng 5 năm 2025",
		"Ngày 29 Tháng 5 Năm 2025",
		"ngay 29 thang 5 nam 2025", // tones are optional
		"ngày 29 tháng 05 năm 2025",
		"29 tháng 5, 2025",
		"29 tháng 5 năm 2025",
		"2025-05-29",
		"2025-5-29",
		" 29/5/2025 ",
		"ngày 29 tháng 5 năm 2025", // NFD
		"ngày\u00a029 tháng 5 năm 2025",
	} {
		t.Run(in, func(t *testing.T) {
			got, err := vietnam.ParseDate(in)
			require.NoError(t, err)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ParseDate(%q) (-want +got):\n%s", in, diff)
			}
			// Round trips through every printed form.
			for _, out := range []string{got.String(), got.ISO(), got.Long()} {
				again, err := vietnam.ParseDate(out)
				require.NoError(t, err, out)
				assert.Equal(t, got, again, out)
			}
		})
	}
}

// TestParseDateCLDR reads the dates that CLDR's Vietnamese locale writes
// (CLDR 48, common/main/vi.xml, as ICU 78 prints them in browsers and
// spreadsheets): full "EEEE, d MMMM, y", long "d MMMM, y", medium
// "d MMM, y" with the month "thg 12", and the weekdays wide ("Thứ Sáu",
// "Chủ Nhật") and short ("Thứ 6", "CN"); and a weekday before the
// administrative form, as newspapers date their pages.
func TestParseDateCLDR(t *testing.T) {
	tests := []struct {
		in   string
		want vietnam.Date
	}{
		{"Thứ Sáu, 4 tháng 12, 2026", vietnam.MustDate(2026, time.December, 4)}, // full
		{"4 tháng 12, 2026", vietnam.MustDate(2026, time.December, 4)},          // long
		{"4 thg 12, 2026", vietnam.MustDate(2026, time.December, 4)},            // medium
		{"Thứ 6, 4 thg 12, 2026", vietnam.MustDate(2026, time.December, 4)},     // medium with the short weekday
		{"Chủ Nhật, 6 tháng 12, 2026", vietnam.MustDate(2026, time.December, 6)},
		{"CN, 6 thg 12, 2026", vietnam.MustDate(2026, time.December, 6)},
		{"Thứ Hai, 1 tháng 1, 2024", vietnam.MustDate(2024, time.January, 1)},
		{"Thứ Ba, 2 tháng 1, 2024", vietnam.MustDate(2024, time.January, 2)},
		{"Thứ Tư, 3 tháng 1, 2024", vietnam.MustDate(2024, time.January, 3)},
		{"Thứ Năm, 4 tháng 1, 2024", vietnam.MustDate(2024, time.January, 4)}, // "Năm" is a weekday here, not the year word
		{"Thứ Bảy, 6 tháng 1, 2024", vietnam.MustDate(2024, time.January, 6)},
		{"thứ năm, ngày 29 tháng 5 năm 2025", vietnam.MustDate(2025, time.May, 29)},
		{"Thu Nam ngay 29 thang 5 nam 2025", vietnam.MustDate(2025, time.May, 29)},
		{"Thứ 5, 29/05/2025", vietnam.MustDate(2025, time.May, 29)},
		{" thứ năm ,  2025-05-29 ", vietnam.MustDate(2025, time.May, 29)},
		{"Thứ\u00a0Năm,\u00a029\u00a0thg\u00a05,\u00a02025", vietnam.MustDate(2025, time.May, 29)},
		// glibc's vi_VN locale (2.36): date_fmt "%A, %d %B năm %Y", the
		// short weekdays "CN", "T2" … "T7".
		{"Thứ năm, 29 Tháng 5 năm 2025", vietnam.MustDate(2025, time.May, 29)},
		{"T5, 29/05/2025", vietnam.MustDate(2025, time.May, 29)},
		{"T2 7/12/2026", vietnam.MustDate(2026, time.December, 7)},
		{"t7, 5/12/2026", vietnam.MustDate(2026, time.December, 5)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vietnam.ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in   string
		err  error
		want string
	}{
		{"29/5", vietnam.ErrDateNoYear, `vietnam: date "29/5": no year given`},
		{"ngày 29 tháng 5", vietnam.ErrDateNoYear, `vietnam: date "ngày 29 tháng 5": no year given`},
		{"31/4/2025", vietnam.ErrDateRange, `vietnam: date "31/4/2025": day 31 out of range for 4/2025 (1–30)`},
		{"29/2/2025", vietnam.ErrDateRange, `vietnam: date "29/2/2025": day 29 out of range for 2/2025 (1–28)`},
		{"1/13/2025", vietnam.ErrDateRange, `vietnam: date "1/13/2025": month 13 out of range 1–12`},
		{"0/1/2025", vietnam.ErrDateRange, `vietnam: date "0/1/2025": day 0 out of range for 1/2025 (1–31)`},
		{"29/5/0000", vietnam.ErrDateRange, `vietnam: date "29/5/0000": year 0 out of range 1–9999`},
		{"2025-02-30", vietnam.ErrDateRange, `vietnam: date "2025-02-30": day 30 out of range for 2/2025 (1–28)`},
		{"29/5/25", vietnam.ErrDateSyntax, `vietnam: date "29/5/25": two-digit year is ambiguous`},
		{"29/5/202", vietnam.ErrDateSyntax, `vietnam: date "29/5/202": year must have four digits`},
		{"29/5/20255", vietnam.ErrDateSyntax, `vietnam: date "29/5/20255": year must have four digits`},
		{"29/5-2025", vietnam.ErrDateSyntax, `vietnam: date "29/5-2025": mixed separators`},
		{"29x5x2025", vietnam.ErrDateSyntax, `vietnam: date "29x5x2025": unexpected character 'x' at byte 2`},
		{" 2025-05-29T00:00", vietnam.ErrDateSyntax, `vietnam: date " 2025-05-29T00:00": unexpected character 'T' at byte 11`},
		{"29/5/2025😀", vietnam.ErrDateSyntax, `vietnam: date "29/5/2025😀": unexpected character '😀' at byte 9`},
		{"ngày 29 tháng 5 năm 2025 😀", vietnam.ErrDateSyntax, `vietnam: date "ngày 29 tháng 5 năm 2025 😀": unexpected character '😀' at byte 28`},
		{"29 tháng 5 năm 2025 sáng", vietnam.ErrDateSyntax, `vietnam: date "29 tháng 5 năm 2025 sáng": unexpected words`},
		{"29 tháng năm 2025", vietnam.ErrDateSyntax, `vietnam: date "29 tháng năm 2025": unexpected words`},
		{"Thứ Năm, 4 tháng 12, 2026", vietnam.ErrDateRange, `vietnam: date "Thứ Năm, 4 tháng 12, 2026": 04/12/2026 is a Friday (Thứ Sáu), not Thứ Năm`},
		{"CN, 29/5/2025", vietnam.ErrDateRange, `vietnam: date "CN, 29/5/2025": 29/05/2025 is a Thursday (Thứ Năm), not Chủ Nhật`},
		{"Thứ Năm", vietnam.ErrDateSyntax, `vietnam: date "Thứ Năm": unexpected character 'T' at byte 0`},
		{"thứ 5/12/2026", vietnam.ErrDateSyntax, `vietnam: date "thứ 5/12/2026": unexpected character 't' at byte 0`},
		{"T6, 29/5/2025", vietnam.ErrDateRange, `vietnam: date "T6, 29/5/2025": 29/05/2025 is a Thursday (Thứ Năm), not Thứ Sáu`},
		{"T8, 29/5/2025", vietnam.ErrDateSyntax, `vietnam: date "T8, 29/5/2025": unexpected character 'T' at byte 0`},
		{"Thứ Tám, 29/5/2025", vietnam.ErrDateSyntax, `vietnam: date "Thứ Tám, 29/5/2025": unexpected character 'T' at byte 0`},
		{"Thứ Năm, thứ năm, 29/5/2025", vietnam.ErrDateSyntax, `vietnam: date "Thứ Năm, thứ năm, 29/5/2025": unexpected character 't' at byte 12`},
		{"thứ năm, 29 tháng 5 năm 2025 😀", vietnam.ErrDateSyntax, `vietnam: date "thứ năm, 29 tháng 5 năm 2025 😀": unexpected character '😀' at byte 34`},
		{"29 thg5, 2025", vietnam.ErrDateSyntax, `vietnam: date "29 thg5, 2025": unexpected character ' ' at byte 2`},
		{"", vietnam.ErrDateSyntax, `vietnam: date "": expected day/month/year`},
		{"29//2025", vietnam.ErrDateSyntax, `vietnam: date "29//2025": expected day/month/year`},
		{"/5/2025", vietnam.ErrDateSyntax, `vietnam: date "/5/2025": expected day/month/year`},
		{"1/2/3/4", vietnam.ErrDateSyntax, `vietnam: date "1/2/3/4": expected day/month/year`},
		{"2025", vietnam.ErrDateSyntax, `vietnam: date "2025": expected day/month/year`},
		{"029/5/2025", vietnam.ErrDateSyntax, `vietnam: date "029/5/2025": day and month have one or two digits`},
		{"2025-005-29", vietnam.ErrDateSyntax, `vietnam: date "2025-005-29": expected YYYY-MM-DD`},
		{"29/5/2025 29/5/2025 29/5/2025 29/5/2025 29/5/2025 29/5/2025 29/5/2025", vietnam.ErrDateSyntax,
			`vietnam: date "29/5/2025 29/5/2025 29/5/2025 29/5/2025 29/5/2025 29/5/2025 29/5…": too long to be a date`},
		{"a" + strings.Repeat("ngày ", 13), vietnam.ErrDateSyntax, // cut on a character boundary, not inside à
			`vietnam: date "angày ngày ngày ngày ngày ngày ngày ngày ngày ngày ng…": too long to be a date`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vietnam.ParseDate(tt.in)
			require.Error(t, err)
			assert.True(t, got.IsZero(), "a failed parse returns the zero Date")
			assert.ErrorIs(t, err, tt.err)
			assert.EqualError(t, err, tt.want)
			var de *vietnam.DateError
			require.True(t, errors.As(err, &de))
			assert.Equal(t, tt.err, de.Err)
		})
	}
}

// TestParseDateWithYear covers the two parsers that take a year beside
// the text: ParseDateInYear, for a day and month without one, and
// ParseDatePivot, for a two-digit year.
func TestParseDateWithYear(t *testing.T) {
	inYear, pivot := vietnam.ParseDateInYear, vietnam.ParseDatePivot
	tests := []struct {
		parse func(string, int) (vietnam.Date, error)
		in    string
		year  int // the year of ParseDateInYear, the pivot of ParseDatePivot
		want  vietnam.Date
		err   error
		msg   string
	}{
		{parse: inYear, in: "29/5", year: 2025, want: vietnam.MustDate(2025, time.May, 29)},
		{parse: inYear, in: "ngày 22 tháng 4", year: 2025, want: vietnam.MustDate(2025, time.April, 22)},
		{parse: inYear, in: "29/2", year: 2024, want: vietnam.MustDate(2024, time.February, 29)},
		{parse: inYear, in: "29/5/2024", year: 2025, want: vietnam.MustDate(2024, time.May, 29)}, // the text's own year wins
		{parse: inYear, in: "29/2", year: 2025, err: vietnam.ErrDateRange, msg: `vietnam: date "29/2": day 29 out of range for 2/2025 (1–28)`},

		{parse: pivot, in: "29/5/85", year: 2025, want: vietnam.MustDate(1985, time.May, 29)},
		{parse: pivot, in: "29/5/25", year: 2025, want: vietnam.MustDate(2025, time.May, 29)},
		{parse: pivot, in: "1/1/26", year: 2025, want: vietnam.MustDate(1926, time.January, 1)},
		{parse: pivot, in: "1/1/00", year: 2025, want: vietnam.MustDate(2000, time.January, 1)},
		{parse: pivot, in: "1/1/99", year: 2000, want: vietnam.MustDate(1999, time.January, 1)},
		{parse: pivot, in: "29/5/1985", year: 2025, want: vietnam.MustDate(1985, time.May, 29)}, // four digits still work
		{parse: pivot, in: "29/5", year: 2025, err: vietnam.ErrDateNoYear},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.in, tt.year), func(t *testing.T) {
			got, err := tt.parse(tt.in, tt.year)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				if tt.msg != "" {
					assert.EqualError(t, err, tt.msg)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNewDate(t *testing.T) {
	d, err := vietnam.NewDate(2024, time.February, 29)
	require.NoError(t, err)
	assert.Equal(t, "29/02/2024", d.String())

	for _, tt := range []struct {
		y, m, d int
		want    string
	}{
		{2025, 2, 29, `vietnam: date "29/2/2025": day 29 out of range for 2/2025 (1–28)`},
		{2025, 4, 31, `vietnam: date "31/4/2025": day 31 out of range for 4/2025 (1–30)`},
		{1900, 2, 29, `vietnam: date "29/2/1900": day 29 out of range for 2/1900 (1–28)`},
		{10000, 1, 1, `vietnam: date "1/1/10000": year 10000 out of range 1–9999`},
		{2025, 0, 1, `vietnam: date "1/0/2025": month 0 out of range 1–12`},
	} {
		_, err := vietnam.NewDate(tt.y, time.Month(tt.m), tt.d)
		assert.ErrorIs(t, err, vietnam.ErrDateRange)
		assert.EqualError(t, err, tt.want)
	}
	assert.Panics(t, func() { vietnam.MustDate(2025, time.April, 31) })
	assert.Panics(t, func() { vietnam.MustParseDate("31/4/2025") })
}

func TestDaysIn(t *testing.T) {
	for _, tt := range []struct {
		m    time.Month
		y    int
		want int
	}{
		{time.January, 2025, 31}, {time.February, 2025, 28}, {time.February, 2024, 29},
		{time.February, 1900, 28}, {time.February, 2000, 29}, {time.April, 2025, 30},
		{0, 2025, 0}, {13, 2025, 0},
	} {
		assert.Equal(t, tt.want, vietnam.DaysIn(tt.m, tt.y), "%v %d", tt.m, tt.y)
	}
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		from, to  string
		inclusive int
	}{
		{"29/5/2025", "15/8/2025", 79}, // the Bình Dương campaign
		{"1/3/2025", "1/6/2025", 93},
		{"1/1/2024", "31/12/2024", 366},
		{"1/1/2025", "31/12/2025", 365},
		{"15/8/2025", "15/8/2025", 1},
	}
	for _, tt := range tests {
		t.Run(tt.from+"–"+tt.to, func(t *testing.T) {
			a, b := vietnam.MustParseDate(tt.from), vietnam.MustParseDate(tt.to)
			assert.Equal(t, tt.inclusive, b.DaysSince(a)+1)
			assert.Equal(t, -(tt.inclusive - 1), a.DaysSince(b))
			assert.Equal(t, b, a.AddDays(tt.inclusive-1))
			assert.Equal(t, a, b.AddDays(-(tt.inclusive - 1)))
		})
	}
	d := vietnam.MustParseDate("29/5/2025")
	assert.Equal(t, time.Thursday, d.Weekday())
	assert.Equal(t, 149, d.YearDay())
	assert.Equal(t, 366, vietnam.MustParseDate("31/12/2024").YearDay())
	assert.Equal(t, vietnam.MustParseDate("1/3/2024"), vietnam.MustParseDate("28/2/2024").AddDays(2))

	// Results outside years 1–9999 and the zero Date give the zero Date.
	assert.True(t, vietnam.MustDate(9999, 12, 31).AddDays(1).IsZero())
	assert.True(t, vietnam.MustDate(1, 1, 1).AddDays(-1).IsZero())
	assert.True(t, vietnam.Date{}.AddDays(5).IsZero())
	assert.True(t, d.AddDays(1<<62).IsZero())

	// The zero Date is no day: its weekday is documented as Sunday and
	// its year day as 0.
	assert.Equal(t, time.Sunday, vietnam.Date{}.Weekday())
	assert.Equal(t, 0, vietnam.Date{}.YearDay())
}

func TestDateCompare(t *testing.T) {
	a, b := vietnam.MustParseDate("31/12/2024"), vietnam.MustParseDate("1/1/2025")
	var zero vietnam.Date
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.Equal(t, -1, zero.Compare(a))
	assert.True(t, a.Before(b))
	assert.False(t, b.Before(a))
	assert.True(t, b.After(a))
	assert.True(t, a.Equal(vietnam.MustDate(2024, 12, 31)))
	assert.True(t, zero.IsZero())
	assert.False(t, a.IsZero())
	// Dates are comparable map keys.
	m := map[vietnam.Date]int{a: 1, b: 2}
	assert.Equal(t, 2, m[vietnam.MustParseDate("2025-01-01")])
}

func TestDateZeroValue(t *testing.T) {
	var z vietnam.Date
	assert.Equal(t, "", z.String())
	assert.Equal(t, "", z.ISO())
	assert.Equal(t, "", z.Long())
	assert.Equal(t, 0, z.Year())
	assert.Equal(t, time.Month(0), z.Month())
	assert.Equal(t, 0, z.Day())
	assert.Equal(t, 0, z.YearDay())
	assert.True(t, z.Start().IsZero())
	assert.True(t, z.End().IsZero())
	assert.False(t, z.Contains(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)), "no instant is on no date")
	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"23:30 UTC on 14/8 is 15/8", time.Date(2025, 8, 14, 23, 30, 0, 0, time.UTC), "15/08/2025"},
		{"16:59:59 UTC is still the same day", time.Date(2025, 8, 14, 16, 59, 59, 0, time.UTC), "14/08/2025"},
		{"17:00 UTC is the next day", time.Date(2025, 8, 14, 17, 0, 0, 0, time.UTC), "15/08/2025"},
		{"a zone west of UTC", time.Date(2025, 8, 14, 20, 0, 0, 0, time.FixedZone("EDT", -4*3600)), "15/08/2025"},
		{"Vietnam time itself", time.Date(2025, 8, 15, 0, 0, 0, 0, vietnam.Location()), "15/08/2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, vietnam.DateOf(tt.t).String())
			assert.Equal(t, tt.want, vietnam.Today(tt.t).String())
		})
	}
	assert.True(t, vietnam.DateOf(time.Date(9999, 12, 31, 20, 0, 0, 0, time.UTC)).IsZero(), "year 10000 has no Date")
}

func TestLocation(t *testing.T) {
	loc := vietnam.Location()
	for _, when := range []time.Time{
		time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), // no daylight saving
	} {
		_, off := when.In(loc).Zone()
		assert.Equal(t, 7*3600, off)
	}
	assert.Same(t, loc, vietnam.Location())
}

func TestStartEndContains(t *testing.T) {
	d := vietnam.MustParseDate("15/8/2025")
	start := time.Date(2025, 8, 14, 17, 0, 0, 0, time.UTC)
	assert.True(t, d.Start().Equal(start), d.Start())
	assert.True(t, d.End().Equal(start.Add(24*time.Hour)), d.End())
	assert.Equal(t, vietnam.Location(), d.Start().Location())

	for _, tt := range []struct {
		t    time.Time
		want bool
	}{
		{start, true},
		{start.Add(-time.Nanosecond), false},
		{time.Date(2025, 8, 15, 23, 59, 59, 0, vietnam.Location()), true},
		{d.End(), false},
		{d.End().Add(-time.Nanosecond), true},
		{time.Date(2025, 8, 14, 23, 30, 0, 0, time.UTC), true},
	} {
		assert.Equal(t, tt.want, d.Contains(tt.t), tt.t)
	}
	// End at the end of a month and a leap year.
	assert.True(t, vietnam.MustParseDate("28/2/2024").End().Equal(vietnam.MustParseDate("29/2/2024").Start()))
}

func TestDateFormats(t *testing.T) {
	d := vietnam.MustDate(2025, time.May, 9)
	assert.Equal(t, "09/05/2025", d.String())
	assert.Equal(t, "2025-05-09", d.ISO())
	assert.Equal(t, "ngày 9 tháng 5 năm 2025", d.Long())
	assert.Equal(t, "x:2025-05-09", string(d.AppendISO([]byte("x:"))))
	assert.Equal(t, "0001-01-01", vietnam.MustDate(1, 1, 1).ISO())
	old := vietnam.MustDate(938, 12, 1) // Bạch Đằng
	assert.Equal(t, "ngày 1 tháng 12 năm 0938", old.Long())
	assert.Equal(t, old, vietnam.MustParseDate(old.Long()))
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		From vietnam.Date  `json:"from"`
		To   vietnam.Date  `json:"to"`
		Opt  *vietnam.Date `json:"opt,omitempty"`
	}
	in := rec{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"from":"2025-05-29","to":"2025-08-15"}`, string(b))

	var out rec
	require.NoError(t, json.Unmarshal(b, &out))
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}

	// Unmarshal takes any form ParseDate accepts, and "" is the zero Date.
	require.NoError(t, json.Unmarshal([]byte(`{"from":"29/5/2025","to":""}`), &out))
	assert.Equal(t, in.From, out.From)
	assert.True(t, out.To.IsZero())

	err = json.Unmarshal([]byte(`{"from":"31/4/2025"}`), &out)
	assert.ErrorIs(t, err, vietnam.ErrDateRange)

	// As a map key.
	m := map[vietnam.Date]int{in.From: 52000}
	b, err = json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"2025-05-29":52000}`, string(b))
}

// TestEveryDay walks every day of years 1–9999 and checks the calendar
// against an independent day-by-day count, time.Time's weekday, the ISO
// round trip and AddDays/DaysSince.
func TestEveryDay(t *testing.T) {
	t.Parallel()
	d := vietnam.MustDate(1, time.January, 1)
	wd := time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC).Weekday()
	first := d
	n := 0
	buf := make([]byte, 0, 10)
	for y := 1; y <= 9999; y++ {
		yday := 0
		for m := time.January; m <= time.December; m++ {
			for day := 1; day <= vietnam.DaysIn(m, y); day++ {
				yday++
				if d.Year() != y || d.Month() != m || d.Day() != day {
					t.Fatalf("day %d after 1/1/1 is %v, want %d/%d/%d", n, d, day, m, y)
				}
				if d.Weekday() != wd || d.YearDay() != yday {
					t.Fatalf("%v: weekday %v yearday %d, want %v %d", d, d.Weekday(), d.YearDay(), wd, yday)
				}
				buf = d.AppendISO(buf[:0])
				if back, err := vietnam.ParseDate(string(buf)); err != nil || back != d {
					t.Fatalf("ParseDate(%q) = %v, %v", buf, back, err)
				}
				if day == 1 && m == time.January && y%400 == 0 {
					// Spot-check the weekday against time.Date directly.
					require.Equal(t, time.Date(y, m, day, 0, 0, 0, 0, time.UTC).Weekday(), wd)
				}
				if got := d.DaysSince(first); got != n {
					t.Fatalf("%v.DaysSince(1/1/1) = %d, want %d", d, got, n)
				}
				d = d.AddDays(1)
				wd = (wd + 1) % 7
				n++
			}
		}
	}
	assert.True(t, d.IsZero(), "the day after 31/12/9999")
	assert.Equal(t, 3652059, n)
}
