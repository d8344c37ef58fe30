package campaign_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
)

// FuzzParseWindow checks that no input panics, that every error is a
// *WindowError pointing inside the input, and that every window read
// prints back to itself through String, Long and MarshalText.
func FuzzParseWindow(f *testing.F) {
	seeds := []struct {
		s      string
		year   int
		across bool
	}{
		{"29/5–15/8", 2025, false},                        // en dash, year from the caller
		{"29/5/2025 – 15/8/2025", 0, false},               // spaced, years in the text
		{"từ ngày 29/5 đến hết ngày 15/8", 2025, false},   // announcement wording
		{"tu ngay 29/5 den het ngay 15/8/2025", 0, false}, // without tones
		{"1-3 đến 1-6", 2025, false},                      // hyphens inside dates
		{"1-3-1-6", 2025, false},                          // hyphen for both
		{"1-3-2025-01-06", 2025, false},                   // ambiguous hyphen
		{"29/5—15/8", 2025, false},                        // em dash
		{"1/12–28/2", 2025, true},                         // over the year end
		{"1/12 đến 28/2 năm sau", 2025, false},            // said in the text
		{"từ ngày 22/4", 2025, false},                     // open-ended
		{"ngày 29 tháng 5 đến ngày 15 tháng 8 năm 2025", 0, false},
		{"2025-05-29/2025-08-15", 0, false},         // ISO interval
		{"2025-04-22/..", 0, false},                 // ISO open interval
		{"31/4–15/8", 2025, false},                  // impossible day
		{"15/8–29/5", 2025, false},                  // reversed
		{"từ tháng 5 đến hết tháng 8", 2025, false}, // whole months
		{"tháng 2/2024", 0, false},                  // a leap February
		{"", 0, false},
		{"từ", 2025, false}, // nothing after "từ"
		{"đến hết ngày 15/8", 2025, false},
	}
	for _, s := range seeds {
		f.Add(s.s, s.year, s.across)
	}
	f.Fuzz(func(t *testing.T, s string, year int, across bool) {
		p := campaign.WindowParser{Year: year, AcrossYearEnd: across}
		w, err := p.Parse(s)
		if err != nil {
			var we *campaign.WindowError
			if !errors.As(err, &we) {
				t.Fatalf("Parse(%q): error %T is not a *WindowError: %v", s, err, err)
			}
			if we.Pos < -1 || we.Pos > len(s) {
				t.Fatalf("Parse(%q): position %d outside the input", s, we.Pos)
			}
			if !strings.HasPrefix(err.Error(), "campaign: window ") {
				t.Fatalf("Parse(%q): message %q lacks the package prefix", s, err)
			}
			if !errors.Is(err, campaign.ErrWindowSyntax) && !errors.Is(err, campaign.ErrWindowOrder) &&
				!errors.Is(err, campaign.ErrWindowNoYear) && !errors.Is(err, vietnam.ErrDateRange) {
				t.Fatalf("Parse(%q): error matches no category: %v", s, err)
			}
			if w != (campaign.Window{}) {
				t.Fatalf("Parse(%q): error with a non-zero window %v", s, w)
			}
			return
		}
		if w.IsZero() {
			t.Fatalf("Parse(%q) gave the zero window without error", s)
		}
		if !w.IsOpen() && w.End().Before(w.Start()) {
			t.Fatalf("Parse(%q) = %v ends before it starts", s, w)
		}
		for _, text := range []string{w.String(), w.Long()} {
			back, err := campaign.ParseWindow(text)
			if err != nil || back != w {
				t.Fatalf("Parse(%q) = %v; ParseWindow(%q) = %v, %v", s, w, text, back, err)
			}
		}
		b, _ := w.MarshalText()
		var back campaign.Window
		if err := back.UnmarshalText(b); err != nil || back != w {
			t.Fatalf("Parse(%q) = %v; UnmarshalText(%q) = %v, %v", s, w, b, back, err)
		}
		if !utf8.ValidString(w.String()) {
			t.Fatalf("String of %q is not UTF-8", s)
		}
	})
}

// FuzzParseStatus checks that ParseStatus never panics and reads back
// every status it accepts.
func FuzzParseStatus(f *testing.F) {
	for _, s := range []string{"running", "Đang diễn ra", "da ket thuc", "", "Status(9)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := campaign.ParseStatus(s)
		if err != nil {
			if !errors.Is(err, campaign.ErrStatus) || !strings.HasPrefix(err.Error(), "campaign: status ") {
				t.Fatalf("ParseStatus(%q): bad error %v", s, err)
			}
			return
		}
		for _, text := range []string{st.String(), st.Label(vietnam.Vietnamese)} {
			if back, err := campaign.ParseStatus(text); err != nil || back != st {
				t.Fatalf("ParseStatus(%q) = %v; ParseStatus(%q) = %v, %v", s, st, text, back, err)
			}
		}
	})
}

// dayFrom returns the date n days after 1/1/2000, folded into a range of
// about 80 years so that random inputs meet each other often.
func dayFrom(n int32) vietnam.Date {
	return vietnam.MustDate(2000, time.January, 1).AddDays(int(n % 30000))
}

// FuzzWindowAlgebra checks the window operations against each other and
// against their definitions, day by day, on random windows.
func FuzzWindowAlgebra(f *testing.F) {
	f.Add(int32(9280), int32(78), false, int32(9310), int32(14), false) // summer 2025 and its peak
	f.Add(int32(0), int32(0), false, int32(0), int32(0), true)          // one day and an open window
	f.Add(int32(100), int32(5), true, int32(-50), int32(30), false)
	f.Fuzz(func(t *testing.T, s1, n1 int32, open1 bool, s2, n2 int32, open2 bool) {
		mk := func(s, n int32, open bool) campaign.Window {
			start := dayFrom(s)
			if open {
				return campaign.MustWindow(start, vietnam.Date{})
			}
			w, err := campaign.WindowOfDays(start, int(n%400+400)%400+1)
			if err != nil {
				t.Fatal(err)
			}
			return w
		}
		a, b := mk(s1, n1, open1), mk(s2, n2, open2)
		ab, okAB := a.Intersect(b)
		ba, okBA := b.Intersect(a)
		if ab != ba || okAB != okBA || a.Overlaps(b) != okAB {
			t.Fatalf("Intersect(%v, %v) not symmetric: %v %v / %v %v", a, b, ab, okAB, ba, okBA)
		}
		// The intersection holds exactly the days of both: check the days
		// around each bound.
		for _, d := range []vietnam.Date{a.Start(), b.Start(), a.End(), b.End()} {
			for _, e := range []vietnam.Date{d.AddDays(-1), d, d.AddDays(1)} {
				if e.IsZero() {
					continue
				}
				if ab.ContainsDate(e) != (a.ContainsDate(e) && b.ContainsDate(e)) {
					t.Fatalf("%v ∩ %v = %v disagrees on %v", a, b, ab, e)
				}
			}
		}
		if a.Covers(b) != (okAB && ab == b) {
			t.Fatalf("%v.Covers(%v) = %v but the intersection is %v", a, b, a.Covers(b), ab)
		}
		// Instants: the window is [StartTime, EndTime).
		if !a.Contains(a.StartTime()) || a.Contains(a.StartTime().Add(-time.Nanosecond)) {
			t.Fatalf("%v: start instant misplaced", a)
		}
		if a.IsOpen() {
			return
		}
		if a.Contains(a.EndTime()) || !a.Contains(a.EndTime().Add(-time.Nanosecond)) {
			t.Fatalf("%v: end instant misplaced", a)
		}
		if got := a.Elapsed(a.StartTime()); !got.IsZero() {
			t.Fatalf("%v: Elapsed at start = %v", a, got)
		}
		if got := a.Elapsed(a.EndTime()); got != (campaign.Fraction{Num: 1, Den: 1}) {
			t.Fatalf("%v: Elapsed at end = %v", a, got)
		}
		mid := a.StartTime().Add(a.EndTime().Sub(a.StartTime()) / 2)
		if got := a.Elapsed(mid); got != (campaign.Fraction{Num: 1, Den: 2}) {
			t.Fatalf("%v: Elapsed at the middle = %v", a, got)
		}
		if a.DaysThrough(a.End()) != a.Days() || a.DaysThrough(a.Start()) != 1 {
			t.Fatalf("%v: DaysThrough disagrees with Days", a)
		}
	})
}

// FuzzYearly checks At and Next against their definitions for any period
// NewYearly accepts and any day.
func FuzzYearly(f *testing.F) {
	f.Add(1, 3, 31, 3, int32(9200))    // Tháng Thanh niên
	f.Add(1, 12, 29, 2, int32(9500))   // over the year end, leap day
	f.Add(10, 10, 10, 10, int32(9410)) // one day
	f.Fuzz(func(t *testing.T, fd, fm, td, tm int, day int32) {
		y, err := campaign.NewYearly(fd, time.Month(fm), td, time.Month(tm))
		if err != nil {
			if !errors.Is(err, campaign.ErrYearly) {
				t.Fatalf("NewYearly: %v", err)
			}
			return
		}
		d := dayFrom(day)
		w, ok := y.At(d)
		if ok != w.ContainsDate(d) || ok != !w.IsZero() {
			t.Fatalf("%v.At(%v) = %v, %v", y, d, w, ok)
		}
		next := y.Next(d)
		if next.IsZero() || (!next.ContainsDate(d) && !next.Start().After(d)) {
			t.Fatalf("%v.Next(%v) = %v", y, d, next)
		}
		if ok && next != w {
			t.Fatalf("%v.Next(%v) = %v, want the occurrence %v", y, d, next, w)
		}
		// No occurrence starts between d and the next one.
		if prev := y.In(next.Start().Year() - 1); !ok && prev.ContainsDate(d) {
			t.Fatalf("%v: %v contains %v but At missed it", y, prev, d)
		}
		if in := y.In(d.Year()); in.Days() < 1 || in.Days() > 366 {
			t.Fatalf("%v.In(%d) = %v", y, d.Year(), in)
		}
	})
}

// FuzzParseYearly checks that ParseYearly never panics, that its errors
// are *WindowError values inside the input, and that what it reads prints
// back to itself.
func FuzzParseYearly(f *testing.F) {
	for _, s := range []string{"01/03–31/03", "tháng 3", "từ ngày 1/12 đến hết ngày 29/2", "10/10", "1/3/2025–31/3/2025", "31/4–1/5", "từ 1/3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := campaign.ParseYearly(s)
		if err != nil {
			var we *campaign.WindowError
			if !errors.As(err, &we) || we.Pos < -1 || we.Pos > len(s) {
				t.Fatalf("ParseYearly(%q): bad error %v", s, err)
			}
			return
		}
		if y.IsZero() || y.String() == "" {
			t.Fatalf("ParseYearly(%q) = %d without error", s, y)
		}
		back, err := campaign.ParseYearly(y.String())
		if err != nil || back != y {
			t.Fatalf("ParseYearly(%q) = %v; ParseYearly(%q) = %v, %v", s, y, y.String(), back, err)
		}
		if w := y.In(2025); w.Days() < 1 || w.Days() > 366 {
			t.Fatalf("ParseYearly(%q) = %v: In(2025) = %v", s, y, w)
		}
	})
}
