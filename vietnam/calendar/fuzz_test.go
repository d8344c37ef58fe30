package calendar

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
)

// FuzzSolarToLunar: any civil date converts without panic, to a lunar date
// that exists and converts back to the same civil date; its String parses
// back to it.
func FuzzSolarToLunar(f *testing.F) {
	// Seeds: days since 1/1/0001 for Tết 1985, 2030, the 2033 leap 11th
	// month, the table's edges and the ends of the Date range.
	for _, s := range []string{"21/1/1985", "2/2/2030", "15/12/2033", "1/1/1900", "31/12/2199", "01/01/0001", "31/12/9999"} {
		f.Add(date(s).DaysSince(vietnam.MustDate(1, 1, 1)))
	}
	epoch := vietnam.MustDate(1, 1, 1)
	span := vietnam.MustDate(9999, 12, 31).DaysSince(epoch) + 1
	f.Fuzz(func(t *testing.T, n int) {
		d := epoch.AddDays(mod(n, span))
		l := SolarToLunar(d)
		if l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 {
			t.Fatalf("%s → %+v", d, l)
		}
		back, err := LunarToSolar(l)
		if err != nil || back != d {
			t.Fatalf("%s → %v → %s, %v", d, l, back, err)
		}
		p, err := ParseLunar(l.String())
		if err != nil || p != l {
			t.Fatalf("%v → %q → %v, %v", l, l.String(), p, err)
		}
	})
}

// FuzzLunarToSolar: any parts give a date or a typed error, never a panic
// or a rolled-over date; an accepted date converts back to itself.
func FuzzLunarToSolar(f *testing.F) {
	f.Add(2024, 1, 30, false) // 29-day month
	f.Add(2023, 2, 1, true)   // real leap month
	f.Add(2023, 3, 1, true)   // leap month the year lacks
	f.Add(2033, 11, 1, true)  // leap 11th month
	f.Add(9999, 12, 29, false)
	f.Add(-1, 0, 0, false)
	f.Fuzz(func(t *testing.T, y, m, d int, leap bool) {
		// Keep far years cheap: the astronomy runs outside the table.
		y = mod(y, 10200) - 100
		l := LunarDate{Year: y, Month: m, Day: d, Leap: leap}
		s, err := LunarToSolar(l)
		if err != nil {
			var le *LunarError
			if !errors.As(err, &le) || !strings.HasPrefix(err.Error(), "calendar: ") {
				t.Fatalf("%v: untyped error %v", l, err)
			}
			if !errors.Is(err, ErrNoSuchDay) && !errors.Is(err, ErrNoLeapMonth) && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("%v: unexpected kind %v", l, err)
			}
			return
		}
		if back := SolarToLunar(s); back != l {
			t.Fatalf("%v → %s → %v", l, s, back)
		}
	})
}

// FuzzParseLunar: no panic; an error is a *LunarError saying what; an
// accepted date exists and its String parses back to it.
func FuzzParseLunar(f *testing.F) {
	for _, s := range []string{
		"10/3/2026", "1/2 nhuận/2023", "1/2n/2023", "ngày 10 tháng 3 năm 2026 âm lịch",
		"mùng 1 tháng Giêng năm 2026", "rằm tháng 8 năm 2025", "10/3 âm lịch", "30/1/2024",
		"10/3/2026 (ÂL)", "", "ngày", "9999/9999/9999", "1/1/0",
		"10/3/-1", "-10/3/2026", "10 - 3 - 2026", "1/2n-2023", "10/3/1234567890",
		// A word it cannot read, quoted as written at its byte offset:
		// one that folds shorter ("mười" is "muoi"), capitals, and one
		// glued to a number (quoted folded, no offset).
		"mười tháng ba năm 2026", "10 THÁNG 3 NĂM BÍNH NGỌ", "10/3x/2026",
		// The months' names: "Năm" as a month, then the year word.
		"mùng 5 tháng Năm năm 2026", "ngày 20 tháng Mười Một năm 2025", "rằm tháng Bảy 2025", "tháng Mười Hai Một",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLunar(s)
		if err != nil {
			var le *LunarError
			if !errors.As(err, &le) || le.Reason == "" {
				t.Fatalf("%q: untyped error %v", s, err)
			}
			checkWordOffset(t, s, le.Reason)
			return
		}
		if _, err := LunarToSolar(l); err != nil {
			t.Fatalf("%q → %v does not exist: %v", s, l, err)
		}
		if p, err := ParseLunar(l.String()); err != nil || p != l {
			t.Fatalf("%q → %v → %q → %v, %v", s, l, l.String(), p, err)
		}
	})
}

// FuzzParseLunarInYear: the year given fills in only a year the text
// lacks. An accepted date exists; it is ParseLunar's reading when the text
// has its own year, else a date of the year given. An error is a
// *LunarError saying what.
func FuzzParseLunarInYear(f *testing.F) {
	for _, seed := range []struct {
		s    string
		year int
	}{
		{"10/3", 2026}, {"rằm tháng 8", 2025}, {"1/2 nhuận", 2023}, {"1/2 nhuận", 2024}, {"10/3/2026", 1999},
		{"mùng 1 Tết", 2026}, {"30/12", 2025}, {"", 2026}, {"10/3", -1}, {"10/3", 0}, {"10/3", 10000},
	} {
		f.Add(seed.s, seed.year)
	}
	f.Fuzz(func(t *testing.T, s string, year int) {
		l, err := ParseLunarInYear(s, year)
		if err != nil {
			var le *LunarError
			if !errors.As(err, &le) || le.Reason == "" {
				t.Fatalf("ParseLunarInYear(%q, %d): untyped error %v", s, year, err)
			}
			return
		}
		if _, err := LunarToSolar(l); err != nil {
			t.Fatalf("ParseLunarInYear(%q, %d) = %v, which does not exist: %v", s, year, l, err)
		}
		if own, err := ParseLunar(s); err == nil {
			if own != l {
				t.Fatalf("ParseLunarInYear(%q, %d) = %v; the text's own year gives %v", s, year, l, own)
			}
		} else if l.Year != year {
			t.Fatalf("ParseLunarInYear(%q, %d) = %v: not in the year given", s, year, l)
		}
	})
}

// FuzzWorkingDays: counting agrees with stepping for arbitrary ranges.
func FuzzWorkingDays(f *testing.F) {
	f.Add(0, 30, false)
	f.Add(400, 9, true)
	f.Add(231, 140, true) // 16/9/1993 plus no working day: nothing counted, so no year to check
	c := []*Calendar{New(), New(WithWeek(MonSat))}
	base := vietnam.MustDate(2024, time.January, 1)
	f.Fuzz(func(t *testing.T, off, span int, sat bool) {
		cal := c[0]
		if sat {
			cal = c[1]
		}
		from := base.AddDays(mod(off, 1500))
		to := from.AddDays(mod(span, 120))
		n := cal.WorkingDays(from, to)
		want := 0
		for d := from; !d.After(to); d = d.AddDays(1) {
			if cal.IsWorkingDay(d) {
				want++
			}
		}
		if n != want {
			t.Fatalf("%s–%s: %d, counted %d", from, to, n, want)
		}
		// The checked forms answer alike where the rules are known
		// (from 1995) and fail exactly where Check does (before).
		for _, start := range []vietnam.Date{from, from.AddDays(-365 * 31)} {
			end := start.AddDays(mod(span, 120))
			known := cal.Check(start, end) == nil
			got, err := cal.WorkingDaysChecked(start, end)
			if (err == nil) != known || known && got != cal.WorkingDays(start, end) {
				t.Fatalf("WorkingDaysChecked(%s, %s) = %d, %v", start, end, got, err)
			}
			k := mod(span, 40) - 20
			d, err := cal.AddWorkingDaysChecked(end, k)
			if err == nil && d != cal.AddWorkingDays(end, k) || err != nil && !errors.Is(err, ErrRulesUnknown) {
				t.Fatalf("AddWorkingDaysChecked(%s, %d) = %s, %v", end, k, d, err)
			}
			// The days counted lie between end (not counted) and d.
			if err == nil && k != 0 && cal.Check(minDate(d, end.AddDays(sign(k))), maxDate(d, end.AddDays(sign(k)))) != nil {
				t.Fatalf("AddWorkingDaysChecked(%s, %d) = %s through unknown years", end, k, d)
			}
		}
	})
}

func sign(k int) int {
	if k < 0 {
		return -1
	}
	return 1
}

func minDate(a, b vietnam.Date) vietnam.Date {
	if a.Before(b) {
		return a
	}
	return b
}

func maxDate(a, b vietnam.Date) vietnam.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// checkWordOffset checks that a reason "unexpected word %q at byte N"
// points at that word in s, as written.
func checkWordOffset(t *testing.T, s, reason string) {
	t.Helper()
	m := wordAtByte.FindStringSubmatch(reason)
	if m == nil {
		return
	}
	w, err := strconv.Unquote(m[1])
	at, err2 := strconv.Atoi(m[2])
	if err != nil || err2 != nil {
		t.Fatalf("%q: reason %q does not parse", s, reason)
	}
	w = strings.TrimSuffix(w, "…") // clipped
	if at > len(s) || !strings.HasPrefix(s[at:], w) {
		t.Fatalf("%q: reason %q: the text at byte %d is not %q", s, reason, at, w)
	}
}

var wordAtByte = regexp.MustCompile(`^unexpected word ("(?:[^"\\]|\\.)*") at byte (\d+)$`)
