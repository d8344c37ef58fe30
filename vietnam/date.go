package vietnam

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/internal/clip"
	"github.com/hocvuso/hocvuso/internal/textvalue"
)

// vnLocation is built once; a *time.Location is immutable, so sharing it is safe.
var vnLocation = time.FixedZone("ICT", 7*60*60)

// Location returns Vietnam time: UTC+07:00 all year, no daylight saving.
// It does not depend on the host's tzdata. (IANA's Asia/Ho_Chi_Minh gives
// other offsets before 1975; civil dates in this library are modern, and
// a fixed zone keeps every host in agreement.)
func Location() *time.Location { return vnLocation }

// Date is a civil date in Vietnam: a year, month and day with no clock and
// no time zone. Dates are comparable with == and usable as map keys.
//
// The zero Date is not a valid calendar date; it stands for "no date"
// (IsZero reports it). Every Date produced by this package other than the
// zero value is a real day of the proleptic Gregorian calendar in years
// 1 to 9999.
type Date struct {
	y int16
	m uint8
	d uint8
}

// Errors returned (wrapped in a *DateError) by the date constructors and
// parsers. Match them with errors.Is.
var (
	// ErrDateSyntax means the text does not have the shape of a date.
	ErrDateSyntax = errors.New("not a date")
	// ErrDateRange means the parts have the right shape but name no real
	// day (31/4, 29/2/2025, month 13, Thứ Hai for a Tuesday).
	ErrDateRange = errors.New("no such day")
	// ErrDateNoYear means the text is a day and month without a year
	// ("29/5"); use ParseDateInYear.
	ErrDateNoYear = errors.New("year missing")
)

// DateError describes a date that could not be built or parsed.
type DateError struct {
	Input  string // the text given, or the parts formatted as d/m/y
	Reason string // what is wrong, in English
	Err    error  // one of ErrDateSyntax, ErrDateRange, ErrDateNoYear
}

func (e *DateError) Error() string {
	return fmt.Sprintf("vietnam: date %q: %s", e.Input, e.Reason)
}

func (e *DateError) Unwrap() error { return e.Err }

// NewDate returns the date with the given parts. Unlike time.Date it never
// rolls over: 31 April or 29 February 2025 is an error wrapping ErrDateRange.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if err := checkParts(year, int(month), day); err != "" {
		return Date{}, &DateError{Input: fmt.Sprintf("%d/%d/%d", day, int(month), year), Reason: err, Err: ErrDateRange}
	}
	return Date{int16(year), uint8(month), uint8(day)}, nil
}

// MustDate is like NewDate but panics on an impossible date. It is meant
// for literals in tests and examples.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

func checkParts(y, m, d int) string {
	switch {
	case y < 1 || y > 9999:
		return "year " + strconv.Itoa(y) + " out of range 1–9999"
	case m < 1 || m > 12:
		return "month " + strconv.Itoa(m) + " out of range 1–12"
	case d < 1 || d > DaysIn(time.Month(m), y):
		return fmt.Sprintf("day %d out of range for %d/%d (1–%d)", d, m, y, DaysIn(time.Month(m), y))
	}
	return ""
}

// DaysIn returns the number of days in the month of the given year, or 0
// for a month outside 1–12.
func DaysIn(month time.Month, year int) int {
	switch month {
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return 0
}

// DateOf returns the civil date in Vietnam of the instant t, whatever t's
// own location: 23:30 UTC on 14/8 is 06:30 on 15/8 in Vietnam.
func DateOf(t time.Time) Date {
	y, m, d := t.In(vnLocation).Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{int16(y), uint8(m), uint8(d)}
}

// Today returns the civil date in Vietnam at the instant now. The caller
// passes the clock reading so that code stays testable.
func Today(now time.Time) Date { return DateOf(now) }

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { return int(d.y) }

// Month returns the month, or 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.m) }

// Day returns the day of the month, or 0 for the zero Date.
func (d Date) Day() int { return int(d.d) }

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// Equal reports whether d and e are the same day. It exists so that
// go-cmp compares Dates without looking at unexported fields.
func (d Date) Equal(e Date) bool { return d == e }

// Compare returns -1, 0 or +1 as d is before, the same as, or after e.
// The zero Date sorts before every other date.
func (d Date) Compare(e Date) int {
	a, b := d.key(), e.key()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (d Date) key() int32 { return int32(d.y)<<9 | int32(d.m)<<5 | int32(d.d) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.key() < e.key() }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.key() > e.key() }

// days returns the number of days since 1 January 1970 (the Unix epoch
// day), using the proleptic Gregorian calendar and a March-based year so
// that the leap day falls at the end.
func (d Date) days() int {
	y, m := int(d.y), int(d.m)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + int(d.d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func fromDays(z int) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := (mp+2)%12 + 1
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{int16(y), uint8(m), uint8(day)}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// AddDays returns the date n days after d (before, for negative n). The
// zero Date stays zero; a result outside years 1–9999 is the zero Date.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return fromDays(d.days() + n)
}

// DaysSince returns the number of days from e to d: positive when d is
// after e. From 29/5/2025 to 15/8/2025 is 78 days; the inclusive window
// 29/5–15/8 therefore has 79 days. The zero Date is no day, so the count
// means nothing when d or e is zero: check IsZero first.
func (d Date) DaysSince(e Date) int { return d.days() - e.days() }

// Weekday returns the day of the week; time.Sunday for the zero Date,
// which is no day.
func (d Date) Weekday() time.Weekday {
	if d.IsZero() {
		return time.Sunday
	}
	// 1 January 1970 was a Thursday.
	return time.Weekday((d.days()%7 + 11) % 7)
}

// YearDay returns the day of the year, 1 to 366, or 0 for the zero Date.
func (d Date) YearDay() int {
	if d.IsZero() {
		return 0
	}
	return d.days() - Date{d.y, 1, 1}.days() + 1
}

// Start returns the instant the day begins in Vietnam (00:00 UTC+7). The
// zero Date is no day and gives the zero time.Time.
func (d Date) Start() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(int(d.y), time.Month(d.m), int(d.d), 0, 0, 0, 0, vnLocation)
}

// End returns the instant the day ends in Vietnam, which is the start of
// the next day: the day covers [Start, End). 15/8 23:59:59 is inside 15/8,
// 16/8 00:00 is not. The zero Date gives the zero time.Time.
func (d Date) End() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return d.Start().AddDate(0, 0, 1)
}

// Contains reports whether the instant t falls on d in Vietnam time. The
// zero Date contains no instant.
func (d Date) Contains(t time.Time) bool { return !d.IsZero() && DateOf(t) == d }

// String returns the date as Vietnamese write it: day first, two-digit day
// and month, "29/05/2025". The zero Date prints as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(d.appendDMY(b[:0]))
}

func (d Date) appendDMY(b []byte) []byte {
	b = append2(b, int(d.d))
	b = append(b, '/')
	b = append2(b, int(d.m))
	b = append(b, '/')
	return append4(b, int(d.y))
}

// ISO returns the date as "2025-05-29", or "" for the zero Date.
func (d Date) ISO() string {
	var b [10]byte // AppendISO appends nothing for the zero Date
	return string(d.AppendISO(b[:0]))
}

// AppendISO appends the ISO form of d to b.
func (d Date) AppendISO(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	b = append4(b, int(d.y))
	b = append(b, '-')
	b = append2(b, int(d.m))
	b = append(b, '-')
	return append2(b, int(d.d))
}

// Long returns the administrative style "ngày 29 tháng 5 năm 2025".
// Years before 1000 keep four digits ("năm 0938") so that ParseDate,
// which wants four-digit years, reads every Long form back.
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("ngày %d tháng %d năm %04d", d.d, d.m, d.y)
}

func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

func append4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

// MarshalText encodes d in ISO form; the zero Date encodes as empty text.
func (d Date) MarshalText() ([]byte, error) { return d.AppendISO(nil), nil }

// UnmarshalText decodes any form ParseDate accepts; empty text gives the
// zero Date.
func (d *Date) UnmarshalText(b []byte) error { return textvalue.Unmarshal(d, b, ParseDate) }

// ParseDate reads a date in the day-first forms people type in Vietnam:
//
//	29/5/2025   29/05/2025   29-5-2025   29.5.2025
//	ngày 29 tháng 5 năm 2025   29 tháng 5, 2025   2025-05-29 (ISO)
//
// and the long, medium and full forms of CLDR's Vietnamese locale, which
// browsers and spreadsheets print ("29 tháng 5, 2025", "29 thg 5, 2025",
// "Thứ Năm, 29 tháng 5, 2025"). A day of the week may come before any
// form, in full ("Thứ Năm", "Chủ Nhật"), in digits ("Thứ 5") or short
// ("T5", "CN"), then a comma or a space; it must be the date's, or the
// error wraps ErrDateRange. So glibc's vi_VN date_fmt is read too
// ("Thứ năm, 29 Tháng 5 năm 2025").
// Tones and case in the words are optional ("ngay 29 thang 5 nam 2025").
// A form without a year ("29/5") is an error wrapping ErrDateNoYear; see
// ParseDateInYear. Two-digit years are rejected as ambiguous; see
// ParseDatePivot. Impossible dates are errors, never rolled over.
func ParseDate(s string) (Date, error) { return parseDate(s, 0, -1) }

// ParseDateInYear is like ParseDate but uses year when the text has none,
// as in campaign announcements ("từ ngày 29/5").
func ParseDateInYear(s string, year int) (Date, error) { return parseDate(s, year, -1) }

// ParseDatePivot is like ParseDate but also accepts two-digit years, as
// volunteers type birth dates ("29/5/85"): a two-digit year yy means the
// latest year ending in yy that is not after pivot. With pivot 2025, "25"
// is 2025 and "26" is 1926.
func ParseDatePivot(s string, pivot int) (Date, error) { return parseDate(s, 0, pivot) }

// MustParseDate is like ParseDate but panics on error. It is meant for
// literals in tests and examples.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func dateErr(s, reason string, err error) error {
	return &DateError{Input: s, Reason: reason, Err: err}
}

func parseDate(s string, defYear, pivot int) (Date, error) {
	d, wd, err := parseDateWeekday(s, defYear, pivot)
	if err == nil && wd >= 0 && d.Weekday() != wd {
		return Date{}, dateErr(s, fmt.Sprintf("%s is a %s (%s), not %s", d, d.Weekday(), weekdayNames[d.Weekday()], weekdayNames[wd]), ErrDateRange)
	}
	return d, err
}

// weekdayNames are the days of the week as CLDR's Vietnamese writes them
// in full, by time.Weekday.
var weekdayNames = [7]string{"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// thuWords are the words after "thứ" that name a weekday, folded, by
// time.Weekday: thứ hai (thứ 2) is Monday … thứ bảy (thứ 7) Saturday.
var thuWords = [7]string{time.Monday: "hai", time.Tuesday: "ba", time.Wednesday: "tu",
	time.Thursday: "nam", time.Friday: "sau", time.Saturday: "bay"}

// cutWeekday removes a leading day of the week, as Vietnamese writes it
// before a date in full ("Thứ Sáu", "Chủ Nhật"), in digits ("Thứ 6") or
// short ("CN", "T6"), with or without tones, followed by a comma or a space. It
// returns the rest of s (a suffix of it) and the weekday, or s and -1.
func cutWeekday(s string) (string, time.Weekday) {
	w1, r1 := nextDateWord(s)
	var wd time.Weekday
	rest := r1
	f1 := Fold(w1)
	switch f1 {
	case "cn":
		wd = time.Sunday
	case "t2", "t3", "t4", "t5", "t6", "t7": // glibc's short weekdays
		wd = time.Weekday(f1[1] - '1')
	case "chu":
		w2, r2 := nextDateWord(r1)
		if Fold(w2) != "nhat" {
			return s, -1
		}
		wd, rest = time.Sunday, r2
	case "thu":
		w2, r2 := nextDateWord(r1)
		f2 := Fold(w2)
		wd = -1
		for d := time.Monday; d <= time.Saturday; d++ {
			if f2 == thuWords[d] || len(f2) == 1 && f2[0] == byte('1'+d) {
				wd = d
			}
		}
		if wd < 0 {
			return s, -1
		}
		rest = r2
	default:
		return s, -1
	}
	// The weekday ends at a comma or a space, and a date follows.
	t := strings.TrimLeft(rest, " \t\r\n\u00a0")
	if c := strings.TrimPrefix(t, ","); c != t {
		t = c
	} else if t == rest {
		return s, -1
	}
	if strings.TrimSpace(t) == "" {
		return s, -1
	}
	return t, wd
}

// nextDateWord returns the first word of s after any spaces, ended by a
// space or a comma, and what follows it.
func nextDateWord(s string) (word, rest string) {
	s = strings.TrimLeft(s, " \t\r\n\u00a0")
	i := strings.IndexAny(s, " \t\r\n,\u00a0")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// parseDateWeekday reads the date, and the weekday written before it (-1
// when there is none).
func parseDateWeekday(s string, defYear, pivot int) (Date, time.Weekday, error) {
	in := s
	if len(s) > 64 {
		return Date{}, -1, dateErr(truncate(in, 64), "too long to be a date", ErrDateSyntax)
	}
	// A day of the week before the date ("Thứ Sáu, 4 tháng 12, 2026", as
	// CLDR writes a full date), checked by parseDate against the date.
	s, wd := cutWeekday(s)
	d, err := parseDateText(in, s, defYear, pivot)
	return d, wd, err
}

// parseDateText reads s, which is the end of in, the text given.
func parseDateText(in, s string, defYear, pivot int) (Date, error) {
	// Offsets in messages count bytes of the input as given.
	lead := len(in) - len(strings.TrimLeft(s, " \t\r\n"))
	f := strings.TrimSpace(s)
	words := false
	// Words: "ngay 29 thang 5 nam 2025", "29 thang 5, 2025", and CLDR's
	// medium form "29 thg 5, 2025". Tones and case are optional, so the
	// words are matched on the folded text; a character that folding would
	// drop (an emoji, a CJK letter) must not vanish silently.
	if k := Fold(s); strings.Contains(k, "thang") || strings.Contains(k, " thg ") {
		for i, r := range s {
			if r >= utf8.RuneSelf && !isSpaceRune(r) && !foldsToASCII(r) && !isCombining(r) && !isInvisible(r) {
				return Date{}, dateErr(in, fmt.Sprintf("unexpected character %q at byte %d", r, len(in)-len(s)+i), ErrDateSyntax)
			}
		}
		words = true
		f = strings.TrimPrefix(k, "ngay ")
		f = strings.ReplaceAll(f, " thang ", "/")
		f = strings.ReplaceAll(f, " thg ", "/")
		f = strings.ReplaceAll(f, " nam ", "/")
		f = strings.ReplaceAll(f, ", ", "/")
		f = strings.ReplaceAll(f, ",", "/")
		f = strings.TrimSpace(f)
		if strings.ContainsAny(f, " ") {
			return Date{}, dateErr(in, "unexpected words", ErrDateSyntax)
		}
	}
	var nums [3]string
	n := 0
	var sep byte
	start := 0
	for i := 0; i <= len(f); i++ {
		if i < len(f) && f[i] >= '0' && f[i] <= '9' {
			continue
		}
		if i < len(f) {
			c := f[i]
			if c != '/' && c != '-' && c != '.' {
				r, _ := utf8.DecodeRuneInString(f[i:])
				if words {
					// Offsets in the folded text mean nothing to the caller.
					return Date{}, dateErr(in, fmt.Sprintf("unexpected character %q", r), ErrDateSyntax)
				}
				return Date{}, dateErr(in, fmt.Sprintf("unexpected character %q at byte %d", r, lead+i), ErrDateSyntax)
			}
			if sep == 0 {
				sep = c
			} else if c != sep {
				return Date{}, dateErr(in, "mixed separators", ErrDateSyntax)
			}
		}
		if i == start || n == 3 {
			return Date{}, dateErr(in, "expected day/month/year", ErrDateSyntax)
		}
		nums[n] = f[start:i]
		n++
		start = i + 1
	}
	if n < 2 {
		return Date{}, dateErr(in, "expected day/month/year", ErrDateSyntax)
	}
	var dd, mm, yy int
	var yText string
	if n == 3 && len(nums[0]) == 4 && sep == '-' {
		// ISO: 2025-05-29.
		yText, mm, dd = nums[0], int(asciinum.Value(nums[1])), int(asciinum.Value(nums[2]))
		if len(nums[1]) > 2 || len(nums[2]) > 2 {
			return Date{}, dateErr(in, "expected YYYY-MM-DD", ErrDateSyntax)
		}
	} else {
		if len(nums[0]) > 2 || len(nums[1]) > 2 {
			return Date{}, dateErr(in, "day and month have one or two digits", ErrDateSyntax)
		}
		dd, mm = int(asciinum.Value(nums[0])), int(asciinum.Value(nums[1]))
		if n == 3 {
			yText = nums[2]
		}
	}
	switch {
	case yText == "":
		if defYear == 0 {
			return Date{}, dateErr(in, "no year given", ErrDateNoYear)
		}
		yy = defYear
	case len(yText) == 4:
		yy = int(asciinum.Value(yText))
	case len(yText) == 2 && pivot > 0:
		yy = pivot - (pivot%100-int(asciinum.Value(yText))+100)%100
	case len(yText) == 2:
		return Date{}, dateErr(in, "two-digit year is ambiguous", ErrDateSyntax)
	default:
		return Date{}, dateErr(in, "year must have four digits", ErrDateSyntax)
	}
	if reason := checkParts(yy, mm, dd); reason != "" {
		return Date{}, dateErr(in, reason, ErrDateRange)
	}
	return Date{int16(yy), uint8(mm), uint8(dd)}, nil
}

// truncate keeps quoted input short in errors (legacy.go and number.go
// use it too).
func truncate(s string, n int) string { return clip.To(s, n) }
