package campaign_test

import (
	"strings"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/calendar"
)

var (
	sinkWindow campaign.Window
	sinkBool   bool
	sinkFrac   campaign.Fraction
)

var benchWindows = []struct{ name, in string }{
	{"short", "29/5–15/8"},
	{"years", "29/5/2025 – 15/8/2025"},
	{"words", "từ ngày 29/5 đến hết ngày 15/8"},
	{"hyphens", "1-3-1-6"},
}

func BenchmarkParseWindow(b *testing.B) {
	for _, bw := range benchWindows {
		b.Run(bw.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkWindow, _ = campaign.ParseWindowInYear(bw.in, 2025)
			}
		})
	}
}

// BenchmarkParseWindowBaseline is what a caller would write by hand for
// the one form they know: cut at the dash and read two dates. It reads
// only the "short" and "years" forms.
func BenchmarkParseWindowBaseline(b *testing.B) {
	for _, bw := range benchWindows[:2] {
		b.Run(bw.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				from, to, _ := strings.Cut(bw.in, "–")
				s, err1 := vietnam.ParseDateInYear(strings.TrimSpace(from), 2025)
				e, err2 := vietnam.ParseDateInYear(strings.TrimSpace(to), 2025)
				if err1 == nil && err2 == nil {
					sinkWindow, _ = campaign.NewWindow(s, e)
				}
			}
		})
	}
}

func BenchmarkContains(b *testing.B) {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	at := time.Date(2025, time.August, 15, 16, 59, 0, 0, time.UTC)
	b.Run("Window.Contains", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkBool = w.Contains(at)
		}
	})
	// The obvious alternatives: the date in Vietnam, then compare dates;
	// or compare instants built from the dates.
	b.Run("baseline/DateOf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkBool = w.ContainsDate(vietnam.DateOf(at))
		}
	})
	b.Run("baseline/instants", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkBool = !at.Before(w.Start().Start()) && at.Before(w.End().End())
		}
	})
}

func BenchmarkElapsed(b *testing.B) {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	at := time.Date(2025, time.July, 1, 5, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkFrac = w.Elapsed(at)
	}
}

var sinkInt int

// BenchmarkWorkingDays counts the working days of the summer campaign with
// the calendar's range count, against asking it day by day.
func BenchmarkWorkingDays(b *testing.B) {
	w := campaign.MustParseWindow("29/5/2025–15/8/2025")
	cal := calendar.New()
	cal.WorkingDays(w.Start(), w.End()) // work the year out once, outside the loop
	b.Run("range", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkInt = w.WorkingDays(cal)
		}
	})
	b.Run("baseline/dayByDay", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkInt = w.WorkingDays(dayByDay{cal})
		}
	})
}
