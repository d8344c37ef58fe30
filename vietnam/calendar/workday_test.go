package calendar

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A break is a published run of days off: every day in it is off, and
// the days just before and after are working days.
type holidayBreak struct {
	from, to string
	source   string
}

func checkBreaks(t *testing.T, c *Calendar, breaks []holidayBreak) {
	t.Helper()
	for _, b := range breaks {
		from, to := date(b.from), date(b.to)
		t.Run(b.from+"–"+b.to, func(t *testing.T) {
			for d := from; !d.After(to); d = d.AddDays(1) {
				assert.False(t, c.IsWorkingDay(d), "%s should be off (%s)", d, b.source)
			}
			assert.Equal(t, 0, c.WorkingDays(from, to), b.source)
			assert.True(t, c.IsWorkingDay(from.AddDays(-1)), "day before %s should be worked (%s)", from, b.source)
			assert.True(t, c.IsWorkingDay(to.AddDays(1)), "day after %s should be worked (%s)", to, b.source)
		})
	}
}

// The breaks the government announced for public servants (Mon–Fri
// week); sources as in the shipped decrees.
func TestPublishedBreaks(t *testing.T) {
	c := New()
	breaks := []holidayBreak{
		{"1/1/2025", "1/1/2025", "New Year's Day on a Wednesday"},
		{"25/1/2025", "2/2/2025", "Tết: 9 days, sggp 27/11/2024"},
		{"5/4/2025", "7/4/2025", "Giỗ Tổ on Monday 7/4, baochinhphu 04/03/2025"},
		{"30/4/2025", "4/5/2025", "30/4–1/5 with 2/5 swapped for Saturday 26/4"},
		{"30/8/2025", "2/9/2025", "Quốc khánh 1/9–2/9, vietnamnews 04/08/2025"},
		{"1/1/2026", "4/1/2026", "Công văn 12729/VPCP-KGVX: 2/1 swapped for Saturday 10/1"},
		{"14/2/2026", "22/2/2026", "Tết: 9 days, Công văn 9859/VPCP-KGVX; congan.com.vn"},
		{"25/4/2026", "27/4/2026", "Giỗ Tổ on Sunday 26/4 (10/3 Bính Ngọ), compensatory Monday 27/4 (Art. 111(3))"},
		{"30/4/2026", "3/5/2026", "30/4 Thursday, 1/5 Friday"},
		{"29/8/2026", "2/9/2026", "Quốc khánh 1/9–2/9 with 31/8 swapped for Saturday 22/8"},
	}
	checkBreaks(t, c, breaks)
	for _, d := range []string{"26/4/2025", "10/1/2026", "22/8/2026"} {
		assert.True(t, c.IsWorkingDay(date(d)), "Saturday %s is a make-up working day", d)
	}
	// Each year has no other run of days off with a holiday in it.
	days := map[int]int{}
	for _, b := range breaks {
		days[date(b.to).Year()] += date(b.to).DaysSince(date(b.from)) + 1
	}
	for y, n := range days {
		assert.Equal(t, n, offDaysInBreaks(c, y), "days off in breaks in %d", y)
	}
	// "22 days off in 2025" (baochinhphu, 04/03/2025): the days of the
	// five breaks of 2025 above.
	assert.Equal(t, 22, offDaysInBreaks(c, 2025))
	got, ok := c.Day(date("27/4/2026"))
	require.True(t, ok)
	assert.Equal(t, Day{Date: date("27/4/2026"), Kind: DayObserved, Holiday: HungKings, Source: srcCompensation}, got)
}

// offDaysInBreaks counts the days off in runs of non-working days that
// contain at least one holiday or decreed day off.
func offDaysInBreaks(c *Calendar, y int) int {
	n, run, special := 0, 0, false
	for d := vietnam.MustDate(y, 1, 1); d.Year() == y; d = d.AddDays(1) {
		if c.IsWorkingDay(d) {
			if special {
				n += run
			}
			run, special = 0, false
			continue
		}
		run++
		if e, ok := c.Day(d); ok && e.Off() {
			special = true
		}
	}
	if special {
		n += run
	}
	return n
}

// Years without a decree follow the rules and Article 111(3); each case is
// a break reported in the press for that year.
func TestRulesAndCompensation(t *testing.T) {
	c := New(WithoutDecrees())
	checkBreaks(t, c, []holidayBreak{
		{"29/4/2017", "2/5/2017", "30/4 on Sunday, Tuesday 2/5 off (VnExpress 24/3/2017)"},
		{"2/9/2021", "5/9/2021", "Quốc khánh 2–3/9 (sggp 09/12/2020)"},
		{"9/4/2022", "11/4/2022", "Giỗ Tổ on Sunday 10/4 (sggp)"},
		{"30/4/2022", "3/5/2022", "30/4 and 1/5 on the weekend, 2–3/5 compensatory (baonghean)"},
		{"1/9/2022", "4/9/2022", "Quốc khánh 1–2/9 (dangcongsan 05/08/2022)"},
		{"1/9/2023", "4/9/2023", "2/9 on Saturday: 1/9 and compensatory 4/9"},
		{"31/8/2024", "3/9/2024", "Quốc khánh 2–3/9 (sggp 02/05/2024)"},
		{"30/8/2025", "2/9/2025", "Quốc khánh 1–2/9: the rule alone gives the decree's days"},
	})
}

func TestMonSat(t *testing.T) {
	c := New(WithWeek(MonSat), WithoutDecrees())
	// 2022: 30/4 on a Saturday is a working day of this week, so only the
	// Sunday 1/5 is compensated: 30/4–2/5 (baonghean: "only 3 days off").
	checkBreaks(t, c, []holidayBreak{
		{"30/4/2022", "2/5/2022", "baonghean 2022"},
		{"1/9/2024", "3/9/2024", "sggp 2024: Sunday-only week, 1/9–3/9"},
		{"6/4/2025", "7/4/2025", "vietnam.vn: Sunday-only week, 6/4–7/4"},
	})
	assert.Equal(t, 6, c.WorkingDays(date("5/1/2026"), date("10/1/2026")))
}

func TestWithoutCompensation(t *testing.T) {
	c := New(WithoutCompensation())
	assert.True(t, c.IsWorkingDay(date("27/4/2026")))
	_, ok := c.Day(date("27/4/2026"))
	assert.False(t, ok)
	assert.False(t, c.IsWorkingDay(date("2/1/2026")), "decrees still apply")
}

func TestDays2026(t *testing.T) {
	c := New()
	var got []string
	for _, d := range c.Days(2026) {
		got = append(got, fmt.Sprintf("%s %s %v", d.Date, d.Kind, d.Holiday.Label(vietnam.English)))
	}
	want := []string{
		"01/01/2026 holiday New Year's Day",
		"02/01/2026 decreed day off New Year's Day",
		"10/01/2026 make-up working day New Year's Day",
		"16/02/2026 holiday Lunar New Year (Tết)",
		"17/02/2026 holiday Lunar New Year (Tết)",
		"18/02/2026 holiday Lunar New Year (Tết)",
		"19/02/2026 holiday Lunar New Year (Tết)",
		"20/02/2026 holiday Lunar New Year (Tết)",
		"26/04/2026 holiday Hùng Kings' Commemoration Day",
		"27/04/2026 compensatory day off Hùng Kings' Commemoration Day",
		"30/04/2026 holiday Reunification Day",
		"01/05/2026 holiday International Labour Day",
		"22/08/2026 make-up working day National Day",
		"31/08/2026 decreed day off National Day",
		"01/09/2026 holiday National Day",
		"02/09/2026 holiday National Day",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Days(2026) (-want +got):\n%s", diff)
	}
	// Eleven statutory days (Labour Code 2019 Art. 112).
	n := 0
	for _, d := range c.Days(2026) {
		if d.Kind == DayHoliday {
			n++
		}
	}
	assert.Equal(t, 11, n)
	// The slice is a copy.
	days := c.Days(2026)
	days[0].Kind = DayWork
	assert.Equal(t, DayHoliday, c.Days(2026)[0].Kind)
}

// The default Tết rule (two days before mùng 1 to mùng 3, days in lieu
// after) applies without a decree; in 2025 it gives the decree's days.
func TestTetDefaultRule(t *testing.T) {
	plain := New(WithoutDecrees())
	for _, d := range []string{"27/1/2025", "31/1/2025", "15/2/2026", "19/2/2026"} {
		h, ok := plain.Holiday(date(d))
		assert.True(t, ok, d)
		assert.Equal(t, LunarNewYear, h, d)
	}
	// 15/2/2026 (28 Chạp) is a Sunday: a day in lieu on Friday 20/2, so
	// the days off are the decree's, 16–20/2.
	got, ok := plain.Day(date("20/2/2026"))
	assert.True(t, ok)
	assert.Equal(t, DayObserved, got.Kind)
	assert.True(t, plain.IsWorkingDay(date("3/2/2025")))
	assert.True(t, plain.IsWorkingDay(date("23/2/2026")))
	decreed := New()
	h, ok := decreed.Holiday(date("27/1/2025"))
	assert.True(t, ok)
	assert.Equal(t, LunarNewYear, h)
	// Before 2014 Tết had four days.
	assert.Len(t, holidaysOf(plain, 2013, LunarNewYear), 4)
	assert.Len(t, holidaysOf(plain, 2014, LunarNewYear), 5)
	// Quốc khánh has one day before 2021.
	assert.Len(t, holidaysOf(plain, 2020, NationalDay), 1)
	assert.Len(t, holidaysOf(plain, 2021, NationalDay), 2)
	// Giỗ Tổ from 2007.
	assert.Len(t, holidaysOf(plain, 2006, HungKings), 0)
	assert.Len(t, holidaysOf(plain, 2007, HungKings), 1)
}

func holidaysOf(c *Calendar, y int, h Holiday) []vietnam.Date {
	var out []vietnam.Date
	for _, d := range c.Days(y) {
		if d.Kind == DayHoliday && d.Holiday == h {
			out = append(out, d.Date)
		}
	}
	return out
}

func TestCallerRulesAndDecrees(t *testing.T) {
	// Ngày Văn hóa Việt Nam is policy (Resolution 80-NQ/TW), not yet in
	// the Labour Code: a working day by default. A caller that grants it
	// adds CultureDayRule: from 2026, and a Saturday (2029) gets no day in
	// lieu.
	c := New()
	assert.True(t, c.IsWorkingDay(date("24/11/2026")))
	assert.False(t, slices.ContainsFunc(LabourCodeRules(), func(r Rule) bool { return r.Holiday == CultureDay }))
	c = New(WithRules(append(LabourCodeRules(), CultureDayRule())...))
	assert.False(t, c.IsWorkingDay(date("24/11/2027")))
	assert.True(t, c.IsWorkingDay(date("24/11/2025")), "not in force yet")
	assert.True(t, c.IsWorkingDay(date("26/11/2029")), "Monday after Saturday 24/11/2029")
	h, _ := c.Holiday(date("24/11/2027"))
	assert.Equal(t, "Ngày Văn hóa Việt Nam", h.Label(vietnam.Vietnamese))

	// A caller's decree for the same year and holiday replaces the shipped one.
	mine := Decree{Year: 2026, Holiday: LunarNewYear, Days: []vietnam.Date{
		date("13/2/2026"), date("16/2/2026"), date("17/2/2026"), date("18/2/2026"), date("19/2/2026"),
	}, Source: "company notice"}
	c = New(WithDecrees(mine))
	assert.False(t, c.IsWorkingDay(date("13/2/2026")))
	assert.True(t, c.IsWorkingDay(date("20/2/2026")))
	assert.False(t, c.IsWorkingDay(date("2/1/2026")), "other shipped decrees stay")
	// The shipped table is shared: replacing a decree in one Calendar
	// leaves it alone for the next.
	fresh := New()
	assert.True(t, fresh.IsWorkingDay(date("13/2/2026")))
	assert.False(t, fresh.IsWorkingDay(date("20/2/2026")))
	assert.Equal(t, Decrees(), New().decrees)

	// A decree that only adds a day off for a year keeps the rules' days
	// and turns off compensation for that holiday: the decree says it all.
	bridge := Decree{Year: 2027, Holiday: HungKings, Off: []vietnam.Date{date("15/4/2027")}, Source: "test"}
	c = New(WithDecrees(bridge))
	assert.False(t, c.IsWorkingDay(date("15/4/2027")))
	assert.False(t, c.IsWorkingDay(date("16/4/2027")), "Giỗ Tổ 2027: 10/3 Đinh Mùi, Friday 16/4")

	// The shipped decrees are returned as copies.
	d := Decrees()
	last := len(d) - 1
	d[last].Days[0] = date("1/1/2000")
	assert.Equal(t, date("1/9/2026"), Decrees()[last].Days[0])
	r := LabourCodeRules()
	r[0].Month = 2
	assert.Equal(t, 1, LabourCodeRules()[0].Month)
}

// A decree can put a day off in the year before its own (New Year 2019:
// 31/12/2018 off, made up on 5/1/2019).
func TestDecreeAcrossYearEnd(t *testing.T) {
	c := New(WithDecrees(Decree{Year: 2019, Holiday: NewYear,
		Off: []vietnam.Date{date("31/12/2018")}, Work: []vietnam.Date{date("5/1/2019")}, Source: "6519/VPCP-KGVX"}))
	assert.False(t, c.IsWorkingDay(date("31/12/2018")))
	assert.True(t, c.IsWorkingDay(date("5/1/2019")))
	assert.Equal(t, 0, c.WorkingDays(date("29/12/2018"), date("1/1/2019")))
}

func TestWorkingDaysAndAdd(t *testing.T) {
	c := New()
	tests := []struct {
		from, to string
		want     int
	}{
		{"5/1/2026", "9/1/2026", 5},   // an ordinary week, both ends counted
		{"5/1/2026", "5/1/2026", 1},   // one working day
		{"3/1/2026", "3/1/2026", 0},   // a Saturday off (New Year break)
		{"10/1/2026", "10/1/2026", 1}, // the make-up Saturday
		{"9/1/2026", "5/1/2026", 0},   // reversed
		{"13/2/2026", "23/2/2026", 2}, // across Tết
		// 261 weekdays, less 10 holidays on weekdays (Giỗ Tổ is a Sunday),
		// the compensatory 27/4 and the decreed 2/1 and 31/8, plus the two
		// make-up Saturdays.
		{"1/1/2026", "31/12/2026", 261 - 10 - 1 - 2 + 2},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, c.WorkingDays(date(tt.from), date(tt.to)), "%s–%s", tt.from, tt.to)
	}
	assert.Equal(t, 0, c.WorkingDays(vietnam.Date{}, date("1/1/2026")))

	adds := []struct {
		from string
		n    int
		want string
	}{
		{"13/2/2026", 1, "23/2/2026"},
		{"23/2/2026", -1, "13/2/2026"},
		{"9/1/2026", 1, "10/1/2026"}, // the make-up Saturday counts
		{"5/1/2026", 0, "5/1/2026"},
		{"24/4/2026", 1, "28/4/2026"}, // past Giỗ Tổ and its compensatory day
		{"29/4/2026", 1, "4/5/2026"},
	}
	for _, tt := range adds {
		assert.Equal(t, date(tt.want), c.AddWorkingDays(date(tt.from), tt.n), "%s %+d", tt.from, tt.n)
	}
	assert.True(t, c.AddWorkingDays(vietnam.Date{}, 3).IsZero())
	assert.True(t, New(WithWeek(NewWeek())).AddWorkingDays(date("1/1/2026"), 0).Equal(date("1/1/2026")))
	assert.True(t, c.AddWorkingDays(vietnam.MustDate(9999, 12, 31), 1).IsZero())
}

// WorkingDays is arithmetic plus corrections; check it against counting
// day by day over many ranges and both weeks.
func TestWorkingDaysMatchesCounting(t *testing.T) {
	for _, c := range []*Calendar{New(), New(WithWeek(MonSat)), New(WithoutDecrees())} {
		// From 2009, across every shipped decree (some put a day in the
		// year before their own), and from 2024.
		for _, start := range []vietnam.Date{date("20/12/2009"), date("20/12/2012"), date("20/12/2016"), date("20/12/2020"), date("20/12/2024")} {
			for span := 0; span < 800; span += 37 {
				for off := 0; off < 60; off += 11 {
					from := start.AddDays(off)
					to := from.AddDays(span)
					want := 0
					for d := from; !d.After(to); d = d.AddDays(1) {
						if c.IsWorkingDay(d) {
							want++
						}
					}
					require.Equal(t, want, c.WorkingDays(from, to), "%s–%s week %s", from, to, c.Week())
					if want > 0 {
						// The want-th working day counted from the day before
						// from is the last working day of the range.
						last := c.AddWorkingDays(from.AddDays(-1), want)
						require.False(t, last.After(to))
						require.True(t, c.IsWorkingDay(last))
						require.Equal(t, want, c.WorkingDays(from, last))
					}
				}
			}
		}
	}
}

// TestCalendarConcurrent shares one Calendar, whose year cache fills on
// first use, among goroutines (go test -race watches the cache) and holds
// every answer to that of a Calendar used from one goroutine.
func TestCalendarConcurrent(t *testing.T) {
	type answer struct {
		working bool
		count   int
	}
	ask := func(c *Calendar, g, y int) answer {
		return answer{
			working: c.IsWorkingDay(vietnam.MustDate(y, time.Month(g+1), 1)),
			count:   c.WorkingDays(vietnam.MustDate(y, 1, 1), vietnam.MustDate(y, 12, 31)),
		}
	}
	const goroutines, from, to = 8, 2020, 2030
	want := make([][]answer, goroutines)
	seq := New()
	for g := range goroutines {
		for y := from; y < to; y++ {
			want[g] = append(want[g], ask(seq, g, y))
		}
	}

	c := New()
	got := make([][]answer, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for y := from; y < to; y++ {
				got[g] = append(got[g], ask(c, g, y))
			}
		}(g)
	}
	wg.Wait()
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(answer{})); diff != "" {
		t.Errorf("concurrent answers differ (-want +got):\n%s", diff)
	}
}

func TestWeek(t *testing.T) {
	assert.Equal(t, MonFri, NewWeek(time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday))
	assert.Equal(t, "Mon Tue Wed Thu Fri Sat", MonSat.String())
	assert.Equal(t, "", Week(0).String())
	assert.False(t, MonFri.Works(time.Saturday))
	assert.False(t, MonFri.Works(time.Weekday(9)))
	assert.Equal(t, MonFri, New(WithWeek(0)).Week())
	assert.Equal(t, NewWeek(time.Sunday), NewWeek(time.Sunday, time.Weekday(-1), time.Weekday(7)))
}

func TestEnumsNeverPanic(t *testing.T) {
	for i := 0; i < 256; i++ {
		_ = Holiday(i).Label(vietnam.Vietnamese) + Holiday(i).Label(vietnam.English) + Holiday(i).String()
		_ = DayKind(i).Label(vietnam.Vietnamese) + DayKind(i).Label(vietnam.English)
		_ = Stem(i).String() + Branch(i).String() + Branch(i).Animal()
	}
	assert.Equal(t, "Holiday(200)", Holiday(200).String())
	assert.Equal(t, "DayKind(9)", DayKind(9).Label(vietnam.English))
	assert.Equal(t, "Giỗ Tổ Hùng Vương", HungKings.String())
	assert.Equal(t, "Hùng Kings' Commemoration Day", HungKings.Label(vietnam.English))
	assert.Equal(t, "nghỉ bù", DayObserved.Label(vietnam.Vietnamese))
	assert.Equal(t, "17/02/2026 Tết Âm lịch (nghỉ lễ)", Day{Date: date("17/2/2026"), Kind: DayHoliday, Holiday: LunarNewYear}.String())
}

func TestZeroCalendar(t *testing.T) {
	var c Calendar
	d := date("17/2/2026")
	assert.False(t, c.IsWorkingDay(d))
	assert.Equal(t, 0, c.WorkingDays(d, d.AddDays(30)))
	assert.True(t, c.AddWorkingDays(d, 1).IsZero())
	assert.Empty(t, c.Days(2026))
	_, ok := c.Holiday(d)
	assert.False(t, ok)
}

// TestRuleDaysCapped: a rule with an absurd Days (a typo in a caller's
// table) gives at most maxRuleDays days, so Days, IsWorkingDay and
// WorkingDays stay quick instead of scanning for a free day past
// hundreds of thousands of taken ones.
func TestRuleDaysCapped(t *testing.T) {
	tests := []struct {
		name string
		days int
		want int // days the rule gives in its anchor year and after
	}{
		{"negative", -3, 1},
		{"zero", 0, 1},
		{"a week", 7, 7},
		{"a year", 366, 366},
		{"typo", 100000, 366},
		{"huge", 1 << 40, 366},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Rule{Holiday: NewYear, Month: 1, Day: 1, Days: tt.days, From: 2026, To: 2026}
			got := r.dates(nil, 2026)
			require.Len(t, got, tt.want)
			assert.Equal(t, vietnam.MustParseDate("1/1/2026"), got[0])
			assert.Equal(t, got[0].AddDays(tt.want-1), got[len(got)-1])

			c := New(WithRules(r), WithoutDecrees())
			start := vietnam.MustParseDate("1/1/2026")
			off := 0
			for d := start; d.Year() == 2026; d = d.AddDays(1) {
				if !c.IsWorkingDay(d) {
					off++
				}
			}
			assert.GreaterOrEqual(t, off, min(tt.want, 365))
			assert.Equal(t, 365-off, c.WorkingDays(start, vietnam.MustParseDate("31/12/2026")))
		})
	}
}

// TestDaysOutOfRangeYearsNotCached: Days takes any int; years with no
// Date in them give nothing and leave the per-Calendar cache alone, so
// a caller passing arbitrary numbers cannot grow it.
func TestDaysOutOfRangeYearsNotCached(t *testing.T) {
	c := New()
	cached := func() (n int) {
		c.years.Range(func(any, any) bool { n++; return true })
		return n
	}
	for _, y := range []int{0, -1, 10000, 1 << 40, -1 << 40} {
		assert.Empty(t, c.Days(y), "year %d", y)
	}
	assert.Equal(t, 0, cached())
	assert.NotEmpty(t, c.Days(9999), "the last year still works")
	assert.Empty(t, c.Days(1), "year 1 predates every rule")
	assert.Equal(t, 2, cached())
}
