package calendar

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/hocvuso/hocvuso/internal/textvalue"
	"github.com/hocvuso/hocvuso/vietnam"
)

// LunarDate is a date of the Vietnamese lunar calendar (âm lịch). Year is
// the Gregorian number of the year that starts at its Tết: 1/1/2026 âm lịch
// is Tết Bính Ngọ, 17 February 2026. Leap marks the leap month (tháng
// nhuận), which repeats the number of the month before it: in 2023, month
// 2 is followed by a leap month 2.
//
// LunarDate is a plain comparable value. The zero LunarDate stands for "no
// date"; other values are not checked until they are used: LunarToSolar
// and Valid report whether the date exists.
type LunarDate struct {
	Year  int
	Month int // 1–12
	Day   int // 1–30
	Leap  bool
}

// Errors returned, wrapped in a *LunarError, by LunarToSolar and the
// parsers. Match them with errors.Is.
var (
	// ErrNoSuchDay means the month exists but not the day: day 30 of a
	// 29-day month, or a day or month outside 1–30 and 1–12.
	ErrNoSuchDay = errors.New("no such day")
	// ErrNoLeapMonth means the date is in a leap month that its year does
	// not have.
	ErrNoLeapMonth = errors.New("no such leap month")
	// ErrOutOfRange means the date falls outside the years 1–9999 of the
	// solar calendar that vietnam.Date covers: the lunar dates from
	// 21/11/0 (1 January 1) to 2/12/9999 (31 December 9999).
	ErrOutOfRange = errors.New("out of range")
	// ErrLunarSyntax means the text does not have the shape of a lunar date.
	ErrLunarSyntax = errors.New("not a lunar date")
	// ErrLunarNoYear means the text is a day and month without a year
	// ("10/3 âm lịch"); use ParseLunarInYear.
	ErrLunarNoYear = errors.New("year missing")
)

// LunarError describes a lunar date that does not exist or could not be
// parsed.
type LunarError struct {
	Input  string // the text given, or the date in String form
	Reason string // what is wrong, in English
	Err    error  // one of the Err* values of this package
}

func (e *LunarError) Error() string {
	return fmt.Sprintf("calendar: lunar date %q: %s", e.Input, e.Reason)
}

func (e *LunarError) Unwrap() error { return e.Err }

// SolarToLunar returns the lunar date of the civil date d, computed for
// Vietnam (UTC+7). The zero Date gives the zero LunarDate.
//
// Dates in 1900–2199 are read from a table built once from the astronomy
// on first use; other dates are computed directly with the same method.
func SolarToLunar(d vietnam.Date) LunarDate {
	if d.IsZero() {
		return LunarDate{}
	}
	return toLunarIn(jdn(d.Year(), int(d.Month()), d.Day()), d.Year())
}

// LunarToSolar returns the civil date of the lunar date l. A date that
// does not exist is an error, never rolled over into the next month:
// day 30 of a 29-day month wraps ErrNoSuchDay, a leap month the year lacks
// wraps ErrNoLeapMonth.
func LunarToSolar(l LunarDate) (vietnam.Date, error) {
	j, err := l.jdn()
	if err != nil {
		return vietnam.Date{}, err
	}
	y, m, d := civil(j)
	date, derr := vietnam.NewDate(y, time.Month(m), d)
	if derr != nil {
		return vietnam.Date{}, l.err(rangeText, ErrOutOfRange)
	}
	return date, nil
}

// MustLunarToSolar is like LunarToSolar but panics if the date does not
// exist. It is meant for literals in tests and examples.
func MustLunarToSolar(l LunarDate) vietnam.Date {
	d, err := LunarToSolar(l)
	if err != nil {
		panic(err)
	}
	return d
}

// rangeText is the one statement of the supported range, used by every
// error that is about it: lunar year 0 starts in solar year 0 and lunar
// year 9999 ends in solar year 10000, so only part of each is covered.
const rangeText = "out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)"

func (l LunarDate) err(reason string, kind error) error {
	return &LunarError{Input: l.String(), Reason: reason, Err: kind}
}

// jdn returns the Julian day number of l, or an error if l does not exist.
func (l LunarDate) jdn() (int, error) {
	switch {
	case l.Year < 0 || l.Year > 9999:
		return 0, l.err("year "+strconv.Itoa(l.Year)+" "+rangeText, ErrOutOfRange)
	case l.Month < 1 || l.Month > 12:
		return 0, l.err("month "+strconv.Itoa(l.Month)+" out of range 1–12", ErrNoSuchDay)
	case l.Day < 1 || l.Day > 30:
		return 0, l.err("day "+strconv.Itoa(l.Day)+" out of range 1–30", ErrNoSuchDay)
	}
	info := lunarYear(l.Year)
	i := info.index(l.Month, l.Leap)
	if i < 0 {
		reason := fmt.Sprintf("year %d has no leap month", l.Year)
		if info.leap != 0 {
			reason = fmt.Sprintf("the leap month of %d follows month %d, not %d", l.Year, info.leap, l.Month)
		}
		return 0, l.err(reason, ErrNoLeapMonth)
	}
	if n := info.length(i); l.Day > n {
		return 0, l.err(fmt.Sprintf("month %s of %d has %d days", monthLabel(l.Month, l.Leap), l.Year, n), ErrNoSuchDay)
	}
	j := int(info.tet)
	for k := 0; k < i; k++ {
		j += info.length(k)
	}
	return j + l.Day - 1, nil
}

// Valid reports whether l is a date that exists, within the solar years
// 1–9999: whether LunarToSolar accepts it.
func (l LunarDate) Valid() bool {
	_, err := LunarToSolar(l)
	return err == nil
}

// IsZero reports whether l is the zero LunarDate.
func (l LunarDate) IsZero() bool { return l == LunarDate{} }

// Compare returns -1, 0 or +1 as l is before, equal to or after m in
// time; a leap month comes after the regular month of the same number.
func (l LunarDate) Compare(m LunarDate) int {
	a := [4]int{l.Year, l.Month, b2i(l.Leap), l.Day}
	b := [4]int{m.Year, m.Month, b2i(m.Leap), m.Day}
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// String returns l as day/month/year, with " nhuận" after the month of a
// leap month: "10/3/2026", "1/2 nhuận/2023". ParseLunar reads it back.
// The zero LunarDate gives "".
func (l LunarDate) String() string {
	if l.IsZero() {
		return ""
	}
	b := make([]byte, 0, 24)
	b = strconv.AppendInt(b, int64(l.Day), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(l.Month), 10)
	if l.Leap {
		b = append(b, " nhuận"...)
	}
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(l.Year), 10)
	return string(b)
}

// Long returns l as written in Vietnamese prose, with the can-chi name of
// the year. Days 1 to 10 take "mùng", as people say them, later days
// "ngày": "mùng 10 tháng 3 năm Bính Ngọ" (Giỗ Tổ), "ngày 15 tháng 8 năm Ất
// Tỵ", "mùng 1 tháng Giêng năm Bính Ngọ", "mùng 1 tháng 2 nhuận năm Quý
// Mão". The can-chi name repeats every 60 years, so Long is for display,
// not storage.
func (l LunarDate) Long() string {
	if l.IsZero() {
		return ""
	}
	day := "ngày "
	if l.Day <= 10 {
		day = "mùng "
	}
	return day + strconv.Itoa(l.Day) + " tháng " + monthName(l.Month, l.Leap) + " năm " + YearCanChi(l.Year).String()
}

func monthLabel(m int, leap bool) string {
	if leap {
		return strconv.Itoa(m) + " nhuận"
	}
	return strconv.Itoa(m)
}

// monthName is the traditional name: Giêng for 1, Chạp for 12.
func monthName(m int, leap bool) string {
	var s string
	switch m {
	case 1:
		s = "Giêng"
	case 12:
		s = "Chạp"
	default:
		s = strconv.Itoa(m)
	}
	if leap {
		s += " nhuận"
	}
	return s
}

// Tet returns the civil date of Tết Nguyên Đán (1/1 âm lịch) of year y,
// or the zero Date for a year outside 1–9999.
func Tet(y int) vietnam.Date {
	d, err := LunarToSolar(LunarDate{Year: y, Month: 1, Day: 1})
	if err != nil {
		return vietnam.Date{}
	}
	return d
}

// LeapMonth returns the number of the month that lunar year y repeats as a
// leap month (2023: 2, the leap month follows month 2), or 0 if the year
// has twelve months.
func LeapMonth(y int) int {
	if y < 0 || y > 9999 {
		return 0
	}
	return int(lunarYear(y).leap)
}

// MonthDays returns the length (29 or 30) of a month of lunar year y, or
// 0 if the year has no such month.
func MonthDays(y, month int, leap bool) int {
	if y < 0 || y > 9999 {
		return 0
	}
	info := lunarYear(y)
	i := info.index(month, leap)
	if i < 0 {
		return 0
	}
	return info.length(i)
}

// MarshalText gives the String form, so a LunarDate reads well in JSON
// ("10/3/2026", "1/2 nhuận/2023"); the zero LunarDate gives "".
func (l LunarDate) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText reads what ParseLunar reads; "" gives the zero LunarDate.
func (l *LunarDate) UnmarshalText(b []byte) error { return textvalue.Unmarshal(l, b, ParseLunar) }
