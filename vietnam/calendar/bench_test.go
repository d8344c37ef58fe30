package calendar

import (
	"testing"

	"github.com/hocvuso/hocvuso/vietnam"
)

var (
	sinkLunar LunarDate
	sinkDate  vietnam.Date
	sinkBool  bool
	sinkInt   int
)

var benchDates = []struct {
	name string
	d    vietnam.Date
}{
	{"Tet2026", vietnam.MustDate(2026, 2, 17)},
	{"Dec2033Leap11", vietnam.MustDate(2033, 12, 25)},
	{"Jan1900", vietnam.MustDate(1900, 1, 15)},
}

// BenchmarkSolarToLunar reads the lazily built year table.
func BenchmarkSolarToLunar(b *testing.B) {
	yearTable()
	for _, bd := range benchDates {
		b.Run(bd.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkLunar = SolarToLunar(bd.d)
			}
		})
	}
}

// BenchmarkSolarToLunarAstronomy is the baseline: what a direct port of
// the published algorithm costs per call (new moons, solar terms and the
// two month-11 anchors computed every time).
func BenchmarkSolarToLunarAstronomy(b *testing.B) {
	for _, bd := range benchDates {
		j := jdn(bd.d.Year(), int(bd.d.Month()), bd.d.Day())
		b.Run(bd.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkLunar = astroToLunar(j)
			}
		})
	}
}

// BenchmarkSolarToLunarOutsideTable: a year the table does not cover.
func BenchmarkSolarToLunarOutsideTable(b *testing.B) {
	d := vietnam.MustDate(2500, 6, 1)
	b.ReportAllocs()
	for b.Loop() {
		sinkLunar = SolarToLunar(d)
	}
}

func BenchmarkLunarToSolar(b *testing.B) {
	yearTable()
	l := LunarDate{Year: 2026, Month: 12, Day: 29}
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = LunarToSolar(l)
	}
}

// BenchmarkYearTableBuild is the one-time cost of the first conversion.
func BenchmarkYearTableBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for y := tableFirst; y <= tableLast; y++ {
			sinkInt += int(astroYear(y).tet)
		}
	}
}

func BenchmarkParseLunar(b *testing.B) {
	for _, s := range []string{"10/3/2026", "ngày 1 tháng 2 nhuận năm 2023 âm lịch"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkLunar, _ = ParseLunar(s)
			}
		})
	}
}

func BenchmarkIsWorkingDay(b *testing.B) {
	c := New()
	d := vietnam.MustDate(2026, 2, 18)
	c.IsWorkingDay(d)
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = c.IsWorkingDay(d)
	}
}

// BenchmarkWorkingDays counts a whole campaign year; the baseline steps
// day by day as a caller without WorkingDays would.
func BenchmarkWorkingDays(b *testing.B) {
	c := New()
	from, to := vietnam.MustDate(2025, 5, 29), vietnam.MustDate(2026, 8, 15)
	c.WorkingDays(from, to)
	b.Run("arithmetic", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkInt = c.WorkingDays(from, to)
		}
	})
	b.Run("day-by-day", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for d := from; !d.After(to); d = d.AddDays(1) {
				if c.IsWorkingDay(d) {
					n++
				}
			}
			sinkInt = n
		}
	})
}

func BenchmarkAddWorkingDays(b *testing.B) {
	c := New()
	d := vietnam.MustDate(2026, 2, 2)
	c.AddWorkingDays(d, 20)
	b.ReportAllocs()
	for b.Loop() {
		sinkDate = c.AddWorkingDays(d, 20)
	}
}

// BenchmarkNewCalendarFirstYear: building a Calendar and its first year.
func BenchmarkNewCalendarFirstYear(b *testing.B) {
	yearTable()
	d := vietnam.MustDate(2026, 2, 18)
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = New().IsWorkingDay(d)
	}
}

func TestNoAllocs(t *testing.T) {
	yearTable()
	d := vietnam.MustDate(2026, 2, 17)
	c := New()
	c.IsWorkingDay(d)
	for name, f := range map[string]func(){
		"SolarToLunar": func() { sinkLunar = SolarToLunar(d) },
		"LunarToSolar": func() { sinkDate, _ = LunarToSolar(LunarDate{Year: 2026, Month: 3, Day: 10}) },
		"IsWorkingDay": func() { sinkBool = c.IsWorkingDay(d) },
		"DayCanChi":    func() { _ = DayCanChi(d) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs, want 0", name, n)
		}
	}
}
