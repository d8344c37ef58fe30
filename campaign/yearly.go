package campaign

import (
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/hocvuso/hocvuso/internal/textvalue"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Yearly is a period that comes back every year on the same days of the
// calendar, such as Tháng Thanh niên (March). It may span the year end
// (1/12–28/2): an occurrence then starts in one year and ends in the next.
//
// A Yearly is a small integer, so the periods below are constants. The
// zero Yearly is "no period": every occurrence of it is the zero Window.
//
// A period that starts or ends on 29 February uses 28 February in common
// years, so "until the end of February" stays the end of February.
type Yearly uint32

// Periods of the movement calendar. The summer and winter–spring spans are
// the usual ones; each year's plan sets the actual dates, which a caller
// reads with ParseWindow (2025's summer campaign ran from April to August).
const (
	// YouthMonth is Tháng Thanh niên, March, around the founding day of the
	// Youth Union (26/3/1931).
	YouthMonth Yearly = 3<<24 | 1<<16 | 3<<8 | 31
	// SummerVolunteer is Chiến dịch Thanh niên tình nguyện hè, May to August.
	SummerVolunteer Yearly = 5<<24 | 1<<16 | 8<<8 | 31
	// WinterSpringVolunteer is Tình nguyện mùa đông – Xuân tình nguyện,
	// December to the end of February of the next year, before Tết.
	WinterSpringVolunteer Yearly = 12<<24 | 1<<16 | 2<<8 | 29
	// DigitalTransformationDay is Ngày Chuyển đổi số quốc gia, 10 October.
	DigitalTransformationDay Yearly = 10<<24 | 10<<16 | 10<<8 | 10
)

// ErrYearly means the days given do not make a yearly period.
var ErrYearly = errors.New("not a yearly period")

// NewYearly returns the period from fromDay/fromMonth to toDay/toMonth,
// both inclusive, every year. When the end comes before the start in the
// calendar the period spans the year end. Day 29 of February is allowed
// (see Yearly); 31/4 is not.
func NewYearly(fromDay int, fromMonth time.Month, toDay int, toMonth time.Month) (Yearly, error) {
	if reason := checkYearly(fromDay, fromMonth, toDay, toMonth); reason != "" {
		in := fmt.Sprintf("%d/%d–%d/%d", fromDay, int(fromMonth), toDay, int(toMonth))
		return 0, &WindowError{Input: in, Pos: -1, Reason: reason, Err: ErrYearly}
	}
	return Yearly(uint32(fromMonth)<<24 | uint32(fromDay)<<16 | uint32(toMonth)<<8 | uint32(toDay)), nil
}

// checkYearly returns why the days make no yearly period, or "".
func checkYearly(fromDay int, fromMonth time.Month, toDay int, toMonth time.Month) string {
	for _, p := range [2]struct {
		d int
		m time.Month
	}{{fromDay, fromMonth}, {toDay, toMonth}} {
		// 2000 is a leap year, so 29/2 passes and 30/2 does not.
		if p.m < time.January || p.m > time.December || p.d < 1 || p.d > vietnam.DaysIn(p.m, 2000) {
			return fmt.Sprintf("no day %d/%d in any year", p.d, int(p.m))
		}
	}
	return ""
}

// ParseYearly reads a yearly period written without years, as plans write
// recurring periods and as String writes them:
//
//	01/03–31/03       từ ngày 1/12 đến hết ngày 29/2     tháng 3
//	10/10             từ tháng 5 đến hết tháng 8
//
// An end before the start spans the year end. A whole February ends on 29
// February, which becomes 28 in common years. Errors are *WindowError
// values; a text with a year, without an end, or with a day no year has
// (31/4) wraps ErrYearly.
func ParseYearly(s string) (Yearly, error) {
	if len(s) > maxWindowText {
		return 0, tooLong(s)
	}
	var buf [24]token
	toks, err := tokenize(s, buf[:0])
	if err != nil {
		return 0, err
	}
	ps := parser{in: s}
	from, to, open, err := ps.parts(toks)
	switch {
	case err != nil:
		return 0, err
	case open:
		return 0, &WindowError{Input: s, Pos: -1, Reason: "a yearly period needs an end", Err: ErrYearly}
	case from.y != 0:
		return 0, &WindowError{Input: s, Pos: from.pos, Reason: "a yearly period has no year", Err: ErrYearly}
	case to.y != 0:
		return 0, &WindowError{Input: s, Pos: to.pos, Reason: "a yearly period has no year", Err: ErrYearly}
	}
	if from.month {
		from.d = 1
	}
	if to.month {
		to.d = vietnam.DaysIn(time.Month(to.m), 2000)
	}
	for _, p := range [2]datePart{from, to} {
		if reason := checkYearly(p.d, time.Month(p.m), p.d, time.Month(p.m)); reason != "" {
			return 0, &WindowError{Input: s, Pos: p.pos, Reason: reason, Err: ErrYearly}
		}
	}
	return NewYearly(from.d, time.Month(from.m), to.d, time.Month(to.m))
}

// MarshalText encodes y as String does; the zero Yearly encodes as empty
// text.
func (y Yearly) MarshalText() ([]byte, error) { return []byte(y.String()), nil }

// UnmarshalText decodes what ParseYearly reads; empty text gives the zero
// Yearly.
func (y *Yearly) UnmarshalText(b []byte) error { return textvalue.Unmarshal(y, b, ParseYearly) }

// MustYearly is like NewYearly but panics on error. It is meant for
// literals in tests and examples.
func MustYearly(fromDay int, fromMonth time.Month, toDay int, toMonth time.Month) Yearly {
	y, err := NewYearly(fromDay, fromMonth, toDay, toMonth)
	if err != nil {
		panic(err)
	}
	return y
}

func (y Yearly) parts() (fm time.Month, fd int, tm time.Month, td int) {
	return time.Month(y >> 24 & 0xff), int(y >> 16 & 0xff), time.Month(y >> 8 & 0xff), int(y & 0xff)
}

// valid reports whether y is what NewYearly could return; a Yearly made by
// conversion from any integer must not produce impossible dates.
func (y Yearly) valid() bool {
	fm, fd, tm, td := y.parts()
	return fm >= 1 && fm <= 12 && tm >= 1 && tm <= 12 &&
		fd >= 1 && fd <= vietnam.DaysIn(fm, 2000) && td >= 1 && td <= vietnam.DaysIn(tm, 2000)
}

// IsZero reports whether y is the zero Yearly ("no period").
func (y Yearly) IsZero() bool { return y == 0 }

// SpansYearEnd reports whether each occurrence ends in the year after it
// starts.
func (y Yearly) SpansYearEnd() bool {
	fm, fd, tm, td := y.parts()
	return y.valid() && (tm < fm || tm == fm && td < fd)
}

func clampDay(year int, m time.Month, d int) (vietnam.Date, bool) {
	if n := vietnam.DaysIn(m, year); d > n {
		d = n
	}
	date, err := vietnam.NewDate(year, m, d)
	return date, err == nil
}

// In returns the occurrence that starts in year: YouthMonth.In(2026) is
// 01/03/2026–31/03/2026, WinterSpringVolunteer.In(2025) is
// 01/12/2025–28/02/2026. It is the zero Window for the zero or an invalid
// Yearly, and when the occurrence would fall outside years 1–9999.
func (y Yearly) In(year int) Window {
	if !y.valid() {
		return Window{}
	}
	fm, fd, tm, td := y.parts()
	start, ok1 := clampDay(year, fm, fd)
	endYear := year
	if y.SpansYearEnd() {
		endYear++
	}
	end, ok2 := clampDay(endYear, tm, td)
	if !ok1 || !ok2 {
		return Window{}
	}
	return Window{start, end}
}

// At returns the occurrence that contains d, and false when d falls
// between occurrences.
func (y Yearly) At(d vietnam.Date) (Window, bool) {
	if d.IsZero() {
		return Window{}, false
	}
	// Only an occurrence that started this year or, over the year end,
	// last year can contain d.
	for _, year := range [2]int{d.Year(), d.Year() - 1} {
		if w := y.In(year); w.ContainsDate(d) {
			return w, true
		}
	}
	return Window{}, false
}

// Next returns the occurrence that contains d or, when none does, the
// first one that starts after d: on 15/4/2026 the next YouthMonth is
// March 2027. It is the zero Window when there is none before year 10000.
func (y Yearly) Next(d vietnam.Date) Window {
	if w, ok := y.At(d); ok || d.IsZero() {
		return w
	}
	if w := y.In(d.Year()); !w.IsZero() && w.start.After(d) {
		return w
	}
	return y.In(d.Year() + 1)
}

// Occurrences returns the occurrences from the one Next(d) gives onwards,
// one a year, until the caller stops or year 9999 ends.
func (y Yearly) Occurrences(d vietnam.Date) iter.Seq[Window] {
	return func(yield func(Window) bool) {
		w := y.Next(d)
		for !w.IsZero() {
			if !yield(w) {
				return
			}
			w = y.In(w.start.Year() + 1)
		}
	}
}

// String returns the days of the period, "01/03–31/03", or the one day
// "10/10", in a form ParseYearly reads back; "" for the zero or an invalid
// Yearly.
func (y Yearly) String() string {
	if !y.valid() {
		return ""
	}
	fm, fd, tm, td := y.parts()
	if fm == tm && fd == td {
		return fmt.Sprintf("%02d/%02d", fd, int(fm))
	}
	return fmt.Sprintf("%02d/%02d–%02d/%02d", fd, int(fm), td, int(tm))
}
