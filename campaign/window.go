package campaign

import (
	"fmt"
	"iter"
	"time"

	"github.com/hocvuso/hocvuso/internal/textvalue"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Window is a span of whole civil days in Vietnam time, both ends
// inclusive: 29/5–15/8/2025 runs from 00:00 on 29 May to the end of
// 15 August in UTC+07:00, 79 days. Windows are comparable with == and
// usable as map keys.
//
// The zero Window is "no window": it contains no day and no instant and
// prints as "". A Window with a start and no end is open-ended ("từ ngày
// 22/4"): it contains every day from its start on, and has no length.
// Every other Window has an end on or after its start.
type Window struct {
	start, end vietnam.Date
}

// NewWindow returns the window from start to end, both inclusive. A zero
// end makes an open-ended window. A zero start, or an end before the start,
// is an error (wrapping ErrWindowSyntax or ErrWindowOrder).
func NewWindow(start, end vietnam.Date) (Window, error) {
	in := start.String() + "–" + end.String()
	switch {
	case start.IsZero():
		return Window{}, &WindowError{Input: in, Pos: -1, Reason: "no start date", Err: ErrWindowSyntax}
	case !end.IsZero() && end.Before(start):
		return Window{}, &WindowError{Input: in, Pos: -1, Reason: "ends before it starts", Err: ErrWindowOrder}
	}
	return Window{start, end}, nil
}

// MustWindow is like NewWindow but panics on error. It is meant for
// literals in tests and examples.
func MustWindow(start, end vietnam.Date) Window {
	w, err := NewWindow(start, end)
	if err != nil {
		panic(err)
	}
	return w
}

// WindowOfDays returns the window of n days that begins on start, as in
// "15 ngày cao điểm từ ngày 1/7": WindowOfDays(1/7, 15) is 1/7–15/7.
// n must be at least 1.
func WindowOfDays(start vietnam.Date, n int) (Window, error) {
	if n < 1 || n > 3_660_000 {
		return Window{}, &WindowError{Input: fmt.Sprintf("%s + %d days", start, n), Pos: -1, Reason: "a window has at least one day", Err: ErrWindowSyntax}
	}
	end := start.AddDays(n - 1)
	if end.IsZero() {
		return Window{}, &WindowError{Input: fmt.Sprintf("%s + %d days", start, n), Pos: -1, Reason: "no start date or end past year 9999", Err: ErrWindowSyntax}
	}
	return NewWindow(start, end)
}

// Start returns the first day of the window, or the zero Date for the zero
// Window.
func (w Window) Start() vietnam.Date { return w.start }

// End returns the last day of the window (inclusive), or the zero Date for
// an open-ended or zero Window.
func (w Window) End() vietnam.Date { return w.end }

// IsZero reports whether w is the zero Window ("no window").
func (w Window) IsZero() bool { return w == Window{} }

// IsOpen reports whether w has a start but no end.
func (w Window) IsOpen() bool { return !w.start.IsZero() && w.end.IsZero() }

// Equal reports whether w and v are the same window. It lets go-cmp
// compare Windows without looking at unexported fields.
func (w Window) Equal(v Window) bool { return w == v }

// Days returns the number of days in w, both ends counted: 79 for
// 29/5–15/8/2025, 1 for a one-day window. It is 0 for the zero Window and
// for an open-ended one, which has no length (IsOpen tells them apart).
func (w Window) Days() int {
	if w.start.IsZero() || w.end.IsZero() {
		return 0
	}
	return w.end.DaysSince(w.start) + 1
}

// DaysThrough returns how many days of w fall on or before d: 0 when d is
// before the window, Days when d is on or after its last day. Pacing
// reports count this way: 1/7/2025 is day 34 of 29/5–15/8/2025.
func (w Window) DaysThrough(d vietnam.Date) int {
	if w.start.IsZero() || d.IsZero() || d.Before(w.start) {
		return 0
	}
	if !w.end.IsZero() && d.After(w.end) {
		d = w.end
	}
	return d.DaysSince(w.start) + 1
}

// ContainsDate reports whether the civil date d is one of the days of w.
func (w Window) ContainsDate(d vietnam.Date) bool {
	return !w.start.IsZero() && !d.IsZero() && !d.Before(w.start) && (w.end.IsZero() || !d.After(w.end))
}

// Contains reports whether the instant t falls inside w in Vietnam time,
// whatever t's own location: for 29/5–15/8/2025, 23:59 on 15/8 in Vietnam
// is inside and 00:00 on 16/8 is not, and 16:59 UTC on 15/8 is inside
// while 17:00 UTC is not. Instants outside years 1–9999 in Vietnam fall in
// no window. It does not allocate.
func (w Window) Contains(t time.Time) bool {
	return w.ContainsDate(vietnam.DateOf(t))
}

// StartTime returns the instant w begins: 00:00 on its first day in
// Vietnam. It is the zero time.Time for the zero Window.
func (w Window) StartTime() time.Time {
	if w.start.IsZero() {
		return time.Time{}
	}
	return w.start.Start()
}

// EndTime returns the instant w ends, exclusive: 00:00 in Vietnam on the
// day after its last day, so that w covers [StartTime, EndTime). It is the
// zero time.Time for a zero or open-ended Window.
func (w Window) EndTime() time.Time {
	if w.end.IsZero() {
		return time.Time{}
	}
	return w.end.End()
}

// Elapsed returns the share of w that has passed at the instant t: 0 at
// or before its start, 1 at or after its end, and in between the exact
// ratio of time passed to the window's length, to the nanosecond
// (to the second for windows longer than 250 years). The result is a
// Fraction, not a float, so that 34 days of 79 is exactly 34/79 and
// pacing computed from it in decimal does not drift.
//
// A zero or open-ended window has no length; Elapsed returns 0 for it.
func (w Window) Elapsed(t time.Time) Fraction {
	return w.elapsed(t, nil)
}

// ElapsedWorking is like Elapsed but counts only the working days of cal
// (every day when cal is nil): a day off adds nothing, so the share stands
// still over Tết, and time passes through a working day as through any
// day. At 00:00 on 1/7/2025 of 29/5–15/8/2025 it is the working days from
// 29/5 to 30/6 over the working days of the whole window. A window with no
// working day gives 0 before its end and 1 after.
func (w Window) ElapsedWorking(t time.Time, cal Calendar) Fraction {
	return w.elapsed(t, cal)
}

// longWindow bounds the windows whose Elapsed counts nanoseconds: 250
// years of nanoseconds fit in an int64 with room to spare.
const longWindow = 250 * 366

func (w Window) elapsed(t time.Time, cal Calendar) Fraction {
	days := w.Days()
	if days == 0 {
		return Fraction{0, 1}
	}
	today := vietnam.DateOf(t)
	if today.IsZero() { // outside years 1–9999
		if t.Before(w.start.Start()) {
			return Fraction{0, 1}
		}
		return Fraction{1, 1}
	}
	day := int64(today.DaysSince(w.start)) // index of the current day
	if day < 0 {
		return Fraction{0, 1}
	}
	if day >= int64(days) {
		return Fraction{1, 1}
	}
	// Vietnam has no daylight saving, so every day is 86.400 s long and the
	// time into it is the offset from its start.
	into := int64(t.Sub(today.Start())) // nanoseconds into the current day
	unit := int64(86400 * 1e9)
	if days > longWindow {
		into /= 1e9
		unit = 86400
	}
	done, total := day, int64(days)
	current := true
	if cal != nil {
		total = int64(countWorking(cal, w.start, w.end))
		if total == 0 {
			return Fraction{0, 1}
		}
		done = 0
		if day > 0 {
			done = int64(countWorking(cal, w.start, today.AddDays(-1)))
		}
		current = cal.IsWorkingDay(today)
	}
	num := done * unit
	if current {
		num += into
	}
	return makeFraction(num, total*unit)
}

// Overlaps reports whether w and v have at least one day in common.
func (w Window) Overlaps(v Window) bool {
	_, ok := w.Intersect(v)
	return ok
}

// Intersect returns the days w and v have in common, and false (with the
// zero Window) when they have none. The intersection of two open-ended
// windows is open-ended.
func (w Window) Intersect(v Window) (Window, bool) {
	if w.start.IsZero() || v.start.IsZero() {
		return Window{}, false
	}
	start := w.start
	if v.start.After(start) {
		start = v.start
	}
	end := w.end
	if end.IsZero() || (!v.end.IsZero() && v.end.Before(end)) {
		end = v.end
	}
	if !end.IsZero() && end.Before(start) {
		return Window{}, false
	}
	return Window{start, end}, true
}

// Covers reports whether every day of v is a day of w, as a phase must be
// of its campaign. No window covers the zero Window.
func (w Window) Covers(v Window) bool {
	if v.start.IsZero() || !w.ContainsDate(v.start) {
		return false
	}
	if v.end.IsZero() {
		return w.end.IsZero()
	}
	return w.ContainsDate(v.end)
}

// Dates returns the days of w in order. For an open-ended window the
// sequence runs to the end of year 9999 unless the caller stops.
func (w Window) Dates() iter.Seq[vietnam.Date] {
	return func(yield func(vietnam.Date) bool) {
		if w.start.IsZero() {
			return
		}
		for d := w.start; !d.IsZero() && (w.end.IsZero() || !d.After(w.end)); d = d.AddDays(1) {
			if !yield(d) {
				return
			}
		}
	}
}

// String returns w as announcements write it, in a form ParseWindow reads
// back: "29/05/2025–15/08/2025" (en dash), "10/10/2025" for one day,
// "từ 22/04/2025" when open-ended, and "" for the zero Window.
func (w Window) String() string {
	var b [48]byte
	return string(appendShort(b[:0], w))
}

// Long returns the administrative wording: "từ ngày 29/05/2025 đến hết
// ngày 15/08/2025", "ngày 10/10/2025", "từ ngày 22/04/2025". ParseWindow
// reads it back.
func (w Window) Long() string {
	switch {
	case w.start.IsZero():
		return ""
	case w.end.IsZero():
		return "từ ngày " + w.start.String()
	case w.end == w.start:
		return "ngày " + w.start.String()
	}
	return "từ ngày " + w.start.String() + " đến hết ngày " + w.end.String()
}

// AppendText appends the ISO 8601 interval of w to b, as MarshalText.
func (w Window) AppendText(b []byte) ([]byte, error) {
	if w.start.IsZero() {
		return b, nil
	}
	b = w.start.AppendISO(b)
	b = append(b, '/')
	if w.end.IsZero() {
		return append(b, ".."...), nil
	}
	return w.end.AppendISO(b), nil
}

// MarshalText encodes w as an ISO 8601 interval of dates,
// "2025-05-29/2025-08-15", with ".." for the missing end of an open-ended
// window ("2025-04-22/..", as ISO 8601-2 writes it). The zero Window
// encodes as empty text.
func (w Window) MarshalText() ([]byte, error) { return w.AppendText(nil) }

// UnmarshalText decodes any form ParseWindow accepts; empty text gives the
// zero Window.
func (w *Window) UnmarshalText(b []byte) error { return textvalue.Unmarshal(w, b, ParseWindow) }

// Calendar tells working days from days off. *calendar.Calendar from
// package vietnam/calendar satisfies it, with the public holidays, Tết and
// the decreed days off of each year; a caller can pass any other (a
// province's own days off, a seven-day volunteer week). When the calendar
// also has a WorkingDays(from, to vietnam.Date) int method, as
// *calendar.Calendar does, counts use it instead of asking day by day.
type Calendar interface {
	IsWorkingDay(d vietnam.Date) bool
}

// WorkingDays returns the number of days of w that cal counts as working
// days. It is 0 for a zero or open-ended window.
func (w Window) WorkingDays(cal Calendar) int {
	return w.WorkingDaysThrough(w.end, cal)
}

// WorkingDaysThrough returns the number of working days of w that fall on
// or before d. A nil cal counts every day.
func (w Window) WorkingDaysThrough(d vietnam.Date, cal Calendar) int {
	n := w.DaysThrough(d)
	if cal == nil || n == 0 {
		return n
	}
	return countWorking(cal, w.start, w.start.AddDays(n-1))
}

// rangeCounter is the counting method *calendar.Calendar has, which knows
// its holidays by year and need not ask day by day.
type rangeCounter interface {
	WorkingDays(from, to vietnam.Date) int
}

// countWorking returns the working days from..to, both included.
func countWorking(cal Calendar, from, to vietnam.Date) int {
	if rc, ok := cal.(rangeCounter); ok {
		return rc.WorkingDays(from, to)
	}
	count := 0
	for d := from; !d.IsZero() && !d.After(to); d = d.AddDays(1) {
		if cal.IsWorkingDay(d) {
			count++
		}
	}
	return count
}
