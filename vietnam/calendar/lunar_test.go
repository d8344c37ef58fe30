package calendar

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func date(s string) vietnam.Date { return vietnam.MustParseDate(s) }

// Known conversions, each from a source outside this package.
func TestSolarToLunar(t *testing.T) {
	tests := []struct {
		solar string
		want  LunarDate
		why   string
	}{
		{"21/1/1985", LunarDate{1985, 1, 1, false}, "Tết 1985 in Vietnam, a month before China's"},
		{"20/2/1985", LunarDate{1985, 2, 1, false}, "China's Tết 1985 is 1/2 in Vietnam"},
		{"21/3/1985", LunarDate{1985, 2, 1, true}, "Vietnam's leap month 2 of 1985 starts 21/3 (published vectors)"},
		{"2/2/2030", LunarDate{2030, 1, 1, false}, "Tết 2030 (npm amlich)"},
		{"3/2/2030", LunarDate{2030, 1, 2, false}, "China's Tết 2030"},
		{"29/1/2025", LunarDate{2025, 1, 1, false}, "Tết 2025 (Thông báo 6150/TB-BLĐTBXH)"},
		{"17/2/2026", LunarDate{2026, 1, 1, false}, "Tết 2026 (Công văn 9859/VPCP-KGVX)"},
		{"6/2/2027", LunarDate{2027, 1, 1, false}, "Tết 2027"},
		{"26/4/2026", LunarDate{2026, 3, 10, false}, "Giỗ Tổ 2026, a Sunday"},
		{"14/2/2026", LunarDate{2025, 12, 27, false}, "first day of the Tết 2026 break, 27 Chạp Ất Tỵ (Công văn 9859/VPCP-KGVX)"},
		{"22/2/2026", LunarDate{2026, 1, 6, false}, "last day of the Tết 2026 break, mùng 6 Bính Ngọ"},
		{"22/3/2023", LunarDate{2023, 2, 1, true}, "leap month 2 of 2023 (@dqcai/vn-lunar)"},
		{"10/2/2024", LunarDate{2024, 1, 1, false}, "Tết 2024"},
		{"9/2/2024", LunarDate{2023, 12, 30, false}, "Tết eve 2024 is the 30th"},
		{"28/1/2025", LunarDate{2024, 12, 29, false}, "Tết eve 2025 is the 29th: Chạp Giáp Thìn has 29 days"},
		{"31/1/1900", LunarDate{1900, 1, 1, false}, "first Tết of the table"},
		{"1/1/1900", LunarDate{1899, 12, 1, false}, "first day of the table"},
	}
	for _, tt := range tests {
		t.Run(tt.solar, func(t *testing.T) {
			got := SolarToLunar(date(tt.solar))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: SolarToLunar(%s) (-want +got):\n%s", tt.why, tt.solar, diff)
			}
			back, err := LunarToSolar(tt.want)
			require.NoError(t, err)
			assert.Equal(t, date(tt.solar), back, "LunarToSolar")
			assert.Equal(t, got, astroToLunar(jdn(back.Year(), int(back.Month()), back.Day())), "astronomy")
		})
	}
	assert.Equal(t, LunarDate{}, SolarToLunar(vietnam.Date{}), "zero Date")
}

func TestLunarToSolarErrors(t *testing.T) {
	tests := []struct {
		in   LunarDate
		kind error
		msg  string
	}{
		{LunarDate{2024, 1, 30, false}, ErrNoSuchDay, `calendar: lunar date "30/1/2024": month 1 of 2024 has 29 days`},
		{LunarDate{2023, 3, 1, true}, ErrNoLeapMonth, `calendar: lunar date "1/3 nhuận/2023": the leap month of 2023 follows month 2, not 3`},
		{LunarDate{2026, 1, 1, true}, ErrNoLeapMonth, `calendar: lunar date "1/1 nhuận/2026": year 2026 has no leap month`},
		{LunarDate{2026, 13, 1, false}, ErrNoSuchDay, `calendar: lunar date "1/13/2026": month 13 out of range 1–12`},
		{LunarDate{2026, 0, 1, false}, ErrNoSuchDay, `calendar: lunar date "1/0/2026": month 0 out of range 1–12`},
		{LunarDate{2026, 1, 31, false}, ErrNoSuchDay, `calendar: lunar date "31/1/2026": day 31 out of range 1–30`},
		{LunarDate{2026, 1, 0, false}, ErrNoSuchDay, `calendar: lunar date "0/1/2026": day 0 out of range 1–30`},
		{LunarDate{10000, 1, 1, false}, ErrOutOfRange, `calendar: lunar date "1/1/10000": year 10000 out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{LunarDate{9999, 12, 29, false}, ErrOutOfRange, `calendar: lunar date "29/12/9999": out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{LunarDate{-1, 3, 10, false}, ErrOutOfRange, `calendar: lunar date "10/3/-1": year -1 out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{LunarDate{}, ErrNoSuchDay, `calendar: lunar date "": month 0 out of range 1–12`},
	}
	for _, tt := range tests {
		t.Run(tt.in.String(), func(t *testing.T) {
			d, err := LunarToSolar(tt.in)
			assert.True(t, d.IsZero())
			checkLunarError(t, err, tt.kind, tt.msg)
			assert.False(t, tt.in.Valid())
		})
	}
	// Day 30 of a 30-day month exists; the same day in the next, 29-day,
	// month does not (never rolled over as in the HND reference port).
	assert.Equal(t, 30, MonthDays(2023, 12, false))
	assert.True(t, LunarDate{2023, 12, 30, false}.Valid())
	assert.Equal(t, 29, MonthDays(2024, 1, false))
	assert.Equal(t, 0, MonthDays(2024, 1, true))
	assert.Equal(t, 0, MonthDays(10000, 1, false))
	assert.Panics(t, func() { MustLunarToSolar(LunarDate{2024, 1, 30, false}) })
}

// Every day of 1900–2199 goes to a lunar date and back, consecutive days
// step through the lunar calendar without gaps, and the table agrees with
// the direct astronomical computation (a separate code path).
func TestEveryDay1900to2199(t *testing.T) {
	first, last := jdn(1900, 1, 1), jdn(2199, 12, 31)
	prev := toLunar(first - 1)
	for j := first; j <= last; j++ {
		y, m, d := civil(j)
		sd := vietnam.MustDate(y, time.Month(m), d)
		l := SolarToLunar(sd)
		back, err := LunarToSolar(l)
		if err != nil || back != sd {
			t.Fatalf("%s → %v → %s, %v", sd, l, back, err)
		}
		if l.Day == 1 {
			if l.Month == prev.Month && !(l.Leap && !prev.Leap) {
				t.Fatalf("%s: month %v follows %v", sd, l, prev)
			}
			if prev.Day < 29 {
				t.Fatalf("%s: month before %v has %d days", sd, l, prev.Day)
			}
		} else if l.Day != prev.Day+1 || l.Month != prev.Month || l.Leap != prev.Leap || l.Year != prev.Year {
			t.Fatalf("%s: %v follows %v", sd, l, prev)
		}
		prev = l
	}
	// The direct computation costs microseconds a day; every 7th day keeps
	// the sweep fast and still meets every month of every year.
	for j := first; j <= last; j += 7 {
		if got, want := toLunar(j), astroToLunar(j); got != want {
			y, m, d := civil(j)
			t.Fatalf("%d-%d-%d: table %v, astronomy %v", y, m, d, got, want)
		}
	}
}

// The year table is a cache of astroYear; check it against a fresh
// computation so that an edit to one side cannot drift unnoticed.
func TestYearTableMatchesAstronomy(t *testing.T) {
	tab := yearTable()
	for i := range tab {
		y := tableFirst + i
		if got := astroYear(y); got != tab[i] {
			t.Fatalf("year %d: table %+v, astronomy %+v", y, tab[i], got)
		}
		require.Contains(t, []uint8{12, 13}, tab[i].months)
		require.Equal(t, tab[i].months == 13, tab[i].leap != 0, "year %d", y)
		require.Equal(t, int(tab[i+min(1, len(tab)-1-i)].tet)-int(tab[i].tet), tab[i].days()*min(1, len(tab)-1-i), "year %d", y)
	}
}

// checkLunarError checks that err is a *LunarError of the given kind with
// exactly the given message.
func checkLunarError(t *testing.T, err error, kind error, msg string) {
	t.Helper()
	require.Error(t, err)
	assert.ErrorIs(t, err, kind)
	var le *LunarError
	require.True(t, errors.As(err, &le), "%T is not a *LunarError", err)
	assert.Equal(t, msg, err.Error())
}

// readTestdata returns the rows of testdata/name, split into fields,
// without blank lines and # comments; the file must have n rows, so that a
// truncated copy fails rather than tests less.
func readTestdata(t *testing.T, name string, n int) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Fields(line))
	}
	require.NoError(t, sc.Err())
	require.Len(t, rows, n, name)
	return rows
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

// Differential test against Hồ Ngọc Đức's algorithm as ported in the npm
// package amlich@0.0.2 (github.com/vanng822/amlich), an implementation
// independent of this one. The golden file was produced with:
//
//	npm install amlich@0.0.2 && node gen.js   # see testdata header
//
// which calls convertSolar2Lunar(d, m, y, 7) for every day from 1900-01-01
// to 2201-02-28 and records each lunar year's Tết, leap month and month
// lengths. 300 years, 111 of them with a leap month.
func TestAgainstAmlichNPM(t *testing.T) {
	rows := readTestdata(t, "amlich-npm-1900-2199.txt", 300)
	for _, r := range rows {
		y := atoi(t, r[0])
		assert.Equal(t, date(r[1]), Tet(y), "Tết %d", y)
		leap := atoi(t, r[2])
		assert.Equal(t, leap, LeapMonth(y), "leap month %d", y)
		var got strings.Builder
		for m := 1; m <= 12; m++ {
			got.WriteByte(lengthCode(MonthDays(y, m, false)))
			if m == leap {
				got.WriteByte(lengthCode(MonthDays(y, m, true)))
			}
		}
		assert.Equal(t, r[3], got.String(), "month lengths %d", y)
	}
}

func lengthCode(n int) byte {
	if n == 30 {
		return 'L'
	}
	return 's'
}

// Differential test against the published holiday tables of
// python-holidays (github.com/vacanza/holidays,
// holidays/calendars/chinese.py): Tết and Giỗ Tổ for 1901–2100, 200 years,
// with the Vietnamese overrides of the Chinese table applied. The file's
// fourth column is the Chinese (UTC+8) Tết, the control: where it differs
// the Vietnamese calendar must not put Tết there.
func TestAgainstPythonHolidays(t *testing.T) {
	rows := readTestdata(t, "python-holidays-vn-1901-2100.txt", 200)
	var diverge []int
	for _, r := range rows {
		y := atoi(t, r[0])
		tet, gioTo, china := date(r[1]), date(r[2]), date(r[3])
		assert.Equal(t, tet, Tet(y), "Tết %d", y)
		assert.Equal(t, LunarDate{y, 3, 10, false}, SolarToLunar(gioTo), "Giỗ Tổ %d", y)
		if china != tet {
			diverge = append(diverge, y)
			assert.NotEqual(t, LunarDate{y, 1, 1, false}, SolarToLunar(china), "China's Tết %d", y)
		}
	}
	// 1985 (a month), 2007 and 2030 (a day) differ from China.
	assert.Subset(t, diverge, []int{1985, 2007, 2030})
	assert.Equal(t, []int{1903, 1916, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053}, diverge)
}

// The known divergences from the Chinese calendar, and the 1968 split: North Vietnam moved to UTC+7 that year
// and kept Tết on 29/1, the South (UTC+8) on 30/1. This package is the
// UTC+7 calendar for every year.
func TestChineseDivergences(t *testing.T) {
	tests := []struct {
		year           int
		vietnam, china string
	}{
		{1968, "29/1/1968", "30/1/1968"},
		{1985, "21/1/1985", "20/2/1985"},
		{2007, "17/2/2007", "18/2/2007"},
		{2030, "2/2/2030", "3/2/2030"},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.year), func(t *testing.T) {
			assert.Equal(t, date(tt.vietnam), Tet(tt.year))
			assert.NotEqual(t, LunarDate{tt.year, 1, 1, false}, SolarToLunar(date(tt.china)), "China's Tết is not Tết here")
		})
	}
}

func TestLeapMonths(t *testing.T) {
	tests := []struct{ year, leap int }{
		{2023, 2}, {2025, 6}, {2026, 0}, {2028, 5}, {2020, 4}, {2017, 6}, {1985, 2},
		// 2033: the leap month falls after month 11 (the "2033 problem"
		// of the Chinese calendar), so it belongs to 2033, not 2034.
		{2033, 11},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.leap, LeapMonth(tt.year), "%d", tt.year)
	}
	assert.Equal(t, 0, LeapMonth(-1))
	assert.Equal(t, 0, LeapMonth(10000))
}

// Outside the table the astronomy answers directly; round trips hold too.
func TestOutsideTable(t *testing.T) {
	for _, s := range []string{"01/01/0001", "15/6/1500", "31/12/1899", "1/1/2200", "1/3/2500", "31/12/9999", "15/10/1582"} {
		d := date(s)
		l := SolarToLunar(d)
		back, err := LunarToSolar(l)
		require.NoError(t, err, "%s → %v", s, l)
		assert.Equal(t, d, back, "%s → %v", s, l)
	}
}

func TestLunarDateString(t *testing.T) {
	tests := []struct {
		in        LunarDate
		str, long string
	}{
		{LunarDate{2026, 3, 10, false}, "10/3/2026", "mùng 10 tháng 3 năm Bính Ngọ"},
		{LunarDate{2026, 1, 1, false}, "1/1/2026", "mùng 1 tháng Giêng năm Bính Ngọ"},
		{LunarDate{2025, 12, 27, false}, "27/12/2025", "ngày 27 tháng Chạp năm Ất Tỵ"},
		{LunarDate{2023, 2, 15, true}, "15/2 nhuận/2023", "ngày 15 tháng 2 nhuận năm Quý Mão"},
		{LunarDate{}, "", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.str, tt.in.String())
		assert.Equal(t, tt.long, tt.in.Long())
	}
}

func TestCompare(t *testing.T) {
	a := LunarDate{2023, 2, 29, false}
	b := LunarDate{2023, 2, 1, true}
	c := LunarDate{2023, 3, 1, false}
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, -1, b.Compare(c))
	assert.Equal(t, 1, c.Compare(a))
	assert.Equal(t, 0, b.Compare(b))
	// Compare agrees with the order of the solar dates.
	for _, p := range [][2]LunarDate{{a, b}, {b, c}, {a, c}} {
		x, y := MustLunarToSolar(p[0]), MustLunarToSolar(p[1])
		assert.True(t, x.Before(y))
	}
}

// Tết and Giỗ Tổ 2025–2030 with their weekdays, as the official schedules give them.
func TestDomainTable(t *testing.T) {
	tests := []struct {
		year         int
		tet, gioTo   string
		tetWD, gioWD time.Weekday
	}{
		{2025, "29/1/2025", "7/4/2025", time.Wednesday, time.Monday},
		{2026, "17/2/2026", "26/4/2026", time.Tuesday, time.Sunday},
		{2027, "6/2/2027", "16/4/2027", time.Saturday, time.Friday},
		{2028, "26/1/2028", "4/4/2028", time.Wednesday, time.Tuesday},
		{2029, "13/2/2029", "23/4/2029", time.Tuesday, time.Monday},
		{2030, "2/2/2030", "12/4/2030", time.Saturday, time.Friday},
	}
	for _, tt := range tests {
		tet := Tet(tt.year)
		assert.Equal(t, date(tt.tet), tet, "Tết %d", tt.year)
		assert.Equal(t, tt.tetWD, tet.Weekday(), "Tết %d", tt.year)
		g := MustLunarToSolar(LunarDate{Year: tt.year, Month: 3, Day: 10})
		assert.Equal(t, date(tt.gioTo), g, "Giỗ Tổ %d", tt.year)
		assert.Equal(t, tt.gioWD, g.Weekday(), "Giỗ Tổ %d", tt.year)
	}
}

// The range the errors state is the one the conversions cover: the first
// and last solar dates have the lunar dates the message names.
func TestStatedRangeIsCovered(t *testing.T) {
	assert.Equal(t, LunarDate{0, 11, 21, false}, SolarToLunar(vietnam.MustDate(1, 1, 1)))
	assert.Equal(t, LunarDate{9999, 12, 2, false}, SolarToLunar(vietnam.MustDate(9999, 12, 31)))
	assert.Equal(t, vietnam.MustDate(1, 1, 1), MustLunarToSolar(LunarDate{0, 11, 21, false}))
	assert.False(t, LunarDate{0, 11, 20, false}.Valid())
	assert.False(t, LunarDate{9999, 12, 3, false}.Valid())
}

// amlichTablesDiffer are the years from 1968 where Hồ Ngọc Đức's
// published tables and this package differ. Each is one new moon within
// about two minutes of midnight in Hà Nội (2054-05-08 00:00:24,
// 2072-12-09 23:58:48, 2077-11-15 23:59:48 … by Meeus's full new-moon
// series with its estimate of ΔT), so that a month starts a day earlier
// or later; ΔT for those decades is not known to a minute, so neither day
// can be shown right. 1968–2053, the years anyone plans with, agree
// entirely, the leap months of 2033 and 2128 included.
var amlichTablesDiffer = []int{
	2054, 2072, 2077, 2130, 2150, 2159, 2174, 2175, 2198, 2199,
}

// Differential test against Hồ Ngọc Đức's own year tables (TK20–TK22,
// 1968–2199), which his calendar reads instead of computing: Tết, leap
// month and month lengths agree for every year but those listed above.
func TestAgainstAmlichTables(t *testing.T) {
	rows := readTestdata(t, "amlich-hnd-tables-1968-2199.txt", 232)
	var differ []int
	for _, r := range rows {
		y := atoi(t, r[0])
		leap := atoi(t, r[2])
		var got strings.Builder
		for m := 1; m <= 12; m++ {
			got.WriteByte(lengthCode(MonthDays(y, m, false)))
			if m == LeapMonth(y) {
				got.WriteByte(lengthCode(MonthDays(y, m, true)))
			}
		}
		if Tet(y) != date(r[1]) || LeapMonth(y) != leap || got.String() != r[3] {
			differ = append(differ, y)
		}
	}
	assert.Equal(t, amlichTablesDiffer, differ)
}
