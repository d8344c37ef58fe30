package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Week is the set of weekdays that are working days, as a bit set indexed
// by time.Weekday. The zero Week has no working day; WithWeek treats it
// as MonFri.
type Week uint8

// The two week patterns in use in Vietnam.
const (
	// MonFri is the week of state agencies since 1999: Saturday and Sunday
	// are weekly rest days. It is the default.
	MonFri Week = 1<<time.Monday | 1<<time.Tuesday | 1<<time.Wednesday | 1<<time.Thursday | 1<<time.Friday
	// MonSat is the six-day week of many employers: only Sunday is rest.
	MonSat = MonFri | 1<<time.Saturday
)

// NewWeek returns the week whose working days are days.
func NewWeek(days ...time.Weekday) Week {
	var w Week
	for _, d := range days {
		if d >= time.Sunday && d <= time.Saturday {
			w |= 1 << d
		}
	}
	return w
}

// Works reports whether d is a working day of the week.
func (w Week) Works(d time.Weekday) bool {
	return d >= time.Sunday && d <= time.Saturday && w&(1<<d) != 0
}

// String lists the working days: "Mon Tue Wed Thu Fri".
func (w Week) String() string {
	var b strings.Builder
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w.Works(d) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(d.String()[:3])
		}
	}
	return b.String()
}

// DayKind says why a date is special in a Calendar. The zero DayKind is
// DayUnknown.
type DayKind uint8

// Kinds of special day.
const (
	DayUnknown  DayKind = iota
	DayHoliday          // a statutory public holiday (ngày nghỉ lễ, tết)
	DayObserved         // compensatory day off for a holiday on a rest day (nghỉ bù, Labour Code 2019 Art. 111(3))
	DayOff              // a day off decreed for the year (swapped or compensatory by decree)
	DayWork             // a weekly rest day decreed a working day (làm bù)
)

var dayKindNames = [...][2]string{
	{"không rõ", "unknown"},
	{"nghỉ lễ", "holiday"},
	{"nghỉ bù", "compensatory day off"},
	{"nghỉ theo quyết định", "decreed day off"},
	{"làm bù", "make-up working day"},
}

// Label returns the kind in l ("nghỉ bù", "compensatory day off"),
// "không rõ" or "unknown" for DayUnknown, or "DayKind(N)" for a value out
// of range.
func (k DayKind) Label(l vietnam.Lang) string { return dayKindText().Label(uint8(k), l) }

// String returns the English kind; "unknown" for DayUnknown.
func (k DayKind) String() string { return k.Label(vietnam.English) }

// Day is a date that a Calendar treats specially, and why.
type Day struct {
	Date    vietnam.Date
	Kind    DayKind
	Holiday Holiday // the holiday the day belongs to; HolidayUnknown if none
	Source  string  // the rule's article or the decree's document
}

// Off reports whether the day is not worked.
func (d Day) Off() bool { return d.Kind == DayHoliday || d.Kind == DayObserved || d.Kind == DayOff }

// String returns a line for logs: "17/02/2026 Tết Âm lịch (nghỉ lễ)".
// The zero Day, no day at all, is "", as the zero Date is.
func (d Day) String() string {
	if d == (Day{}) {
		return ""
	}
	s := d.Date.String()
	if d.Holiday != HolidayUnknown {
		s += " " + d.Holiday.Label(vietnam.Vietnamese)
	}
	return s + " (" + d.Kind.Label(vietnam.Vietnamese) + ")"
}

// Calendar answers holiday and working-day questions for one week
// pattern, one set of holiday rules and one set of decrees. Build it with
// New; it is immutable and safe for concurrent use (years are worked out
// on first use and cached inside the Calendar). The zero Calendar has no
// working day and no holiday.
type Calendar struct {
	week    Week
	rules   []Rule
	decrees []Decree
	noComp  bool
	years   sync.Map // int → []Day, sorted by date, read-only once stored
}

// Option configures New.
type Option func(*Calendar)

// WithWeek sets the working days of the week (default MonFri). The zero
// Week means MonFri.
func WithWeek(w Week) Option {
	return func(c *Calendar) {
		if w == 0 {
			w = MonFri
		}
		c.week = w
	}
}

// WithRules replaces the holiday rules (default LabourCodeRules).
func WithRules(rules ...Rule) Option {
	return func(c *Calendar) { c.rules = slices.Clone(rules) }
}

// WithDecrees adds decrees to those already set (by default the shipped
// ones, see Decrees). A decree for the same year and holiday as an
// earlier one replaces it.
func WithDecrees(decrees ...Decree) Option {
	return func(c *Calendar) {
		// The shipped decrees are shared by every Calendar: copy the
		// list before changing it.
		c.decrees = slices.Clone(c.decrees)
		for _, d := range decrees {
			c.decrees = slices.DeleteFunc(c.decrees, func(e Decree) bool {
				return e.Year == d.Year && e.Holiday == d.Holiday
			})
			c.decrees = append(c.decrees, cloneDecree(d))
		}
	}
}

// WithoutDecrees drops the decrees set so far, the shipped ones included:
// the calendar then follows the rules and the compensation rule alone.
func WithoutDecrees() Option {
	return func(c *Calendar) { c.decrees = nil }
}

// WithoutCompensation turns off the automatic compensatory day for a
// holiday that falls on a weekly rest day.
func WithoutCompensation() Option {
	return func(c *Calendar) { c.noComp = true }
}

func cloneDecree(d Decree) Decree {
	d.Days = slices.Clone(d.Days)
	d.Off = slices.Clone(d.Off)
	d.Work = slices.Clone(d.Work)
	return d
}

// New returns a Calendar. Without options it has the Monday–Friday week,
// the Labour Code rules, the shipped decrees and automatic compensatory
// days.
func New(opts ...Option) *Calendar {
	c := &Calendar{week: MonFri, rules: LabourCodeRules(), decrees: shipped()}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
}

// Week returns the calendar's week pattern.
func (c *Calendar) Week() Week { return c.week }

// Days returns the special days of Gregorian year y in date order: the
// holidays, compensatory days, decreed days off and make-up working days.
// The slice is the caller's to keep.
func (c *Calendar) Days(y int) []Day { return slices.Clone(c.year(y)) }

// Day returns what is special about date d, if anything.
func (c *Calendar) Day(d vietnam.Date) (Day, bool) {
	if d.IsZero() {
		return Day{}, false
	}
	days := c.year(d.Year())
	i, ok := slices.BinarySearchFunc(days, d, func(e Day, t vietnam.Date) int { return e.Date.Compare(t) })
	if !ok {
		return Day{}, false
	}
	return days[i], true
}

// Holiday returns the public holiday that d is a statutory day of.
// Compensatory and decreed days off are not holidays themselves; see Day.
func (c *Calendar) Holiday(d vietnam.Date) (Holiday, bool) {
	if e, ok := c.Day(d); ok && e.Kind == DayHoliday {
		return e.Holiday, true
	}
	return HolidayUnknown, false
}

// IsWorkingDay reports whether d is a working day: a working day of the
// week that is not a holiday, compensatory or decreed day off, or a rest
// day decreed a working day. The zero Date is not a working day. In a
// year the calendar has no rules for (before 1995 by default) only the
// week pattern applies, so that Monday 1/1/1990 is a working day by it;
// IsWorkingDayChecked returns an error instead.
func (c *Calendar) IsWorkingDay(d vietnam.Date) bool {
	if d.IsZero() {
		return false
	}
	if e, ok := c.Day(d); ok {
		return !e.Off()
	}
	return c.week.Works(d.Weekday())
}

// WorkingDays counts the working days from from to to, both included, so
// that a campaign window "29/5–15/8" counts its first and last day. It
// returns 0 when to is before from or either date is zero. In years the
// calendar has no rules for it counts by the week pattern alone;
// WorkingDaysChecked returns an error instead.
func (c *Calendar) WorkingDays(from, to vietnam.Date) int {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return 0
	}
	// Whole weeks by arithmetic, then the special days of each year in the
	// range, so the cost grows with years, not days.
	total := to.DaysSince(from) + 1
	perWeek := 0
	for d := time.Sunday; d <= time.Saturday; d++ {
		if c.week.Works(d) {
			perWeek++
		}
	}
	n := total / 7 * perWeek
	for i, wd := 0, from.Weekday(); i < total%7; i++ {
		if c.week.Works((wd + time.Weekday(i)) % 7) {
			n++
		}
	}
	for y := from.Year(); y <= to.Year(); y++ {
		for _, e := range c.year(y) {
			if e.Date.Before(from) || e.Date.After(to) {
				continue
			}
			switch base := c.week.Works(e.Date.Weekday()); {
			case base && e.Off():
				n--
			case !base && !e.Off():
				n++
			}
		}
	}
	return n
}

// AddWorkingDays returns the date n working days after d (before d when n
// is negative), not counting d itself: the first working day after
// Friday 13/2/2026 is Monday 23/2/2026, past the Tết break. n = 0 returns
// d. The result is the zero Date if d is zero, if the week has no working
// day, or if the count runs past the years 1–9999. In a year the
// calendar has no rules for only the week pattern applies; see
// AddWorkingDaysChecked.
func (c *Calendar) AddWorkingDays(d vietnam.Date, n int) vietnam.Date {
	out, _ := c.addWorkingDays(d, n, false)
	return out
}

// addWorkingDays is AddWorkingDays; with check it fails on the first day
// of a year c has no rules for and says why a zero Date comes back.
func (c *Calendar) addWorkingDays(d vietnam.Date, n int, check bool) (vietnam.Date, error) {
	switch {
	case d.IsZero():
		return vietnam.Date{}, errors.New("calendar: adding working days to the zero Date")
	case c.week == 0:
		return vietnam.Date{}, errors.New("calendar: the week has no working day")
	}
	from, asked := d, n // for the error, as the caller gave them
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	year := 0 // of the last day counted; each day counted is checked, d is not
	for n > 0 {
		next := d.AddDays(step)
		if next.IsZero() || next == d {
			return vietnam.Date{}, fmt.Errorf("calendar: %d working days from %v run past the years 1–9999", asked, from)
		}
		d = next
		if check && d.Year() != year {
			year = d.Year()
			if !c.knows(year) {
				return vietnam.Date{}, yearUnknown(year)
			}
		}
		if c.IsWorkingDay(d) {
			n--
		}
	}
	return d, nil
}

// year returns the special days dated in Gregorian year y, built once.
func (c *Calendar) year(y int) []Day {
	if y < 1 || y > 9999 {
		// No Date falls in such a year; returning before the cache keeps
		// Days(y) over arbitrary numbers from growing it without bound.
		return nil
	}
	if v, ok := c.years.Load(y); ok {
		return v.([]Day)
	}
	// A decree or a compensatory day can land in a neighbouring year
	// (31/12 off for the next New Year), so gather the three holiday years
	// around y and keep the days dated in y.
	var all []Day
	for hy := y - 1; hy <= y+1; hy++ {
		all = c.holidayYear(all, hy)
	}
	days := make([]Day, 0, 16)
	for _, e := range all {
		if e.Date.Year() == y {
			days = add(days, e)
		}
	}
	v, _ := c.years.LoadOrStore(y, days)
	return v.([]Day)
}

// add inserts e in date order; if the date is taken, the stronger kind
// stays (a holiday over a decreed day over a compensatory day over a
// make-up day).
func add(days []Day, e Day) []Day {
	i, found := slices.BinarySearchFunc(days, e.Date, func(x Day, t vietnam.Date) int { return x.Date.Compare(t) })
	if found {
		if rank(e.Kind) > rank(days[i].Kind) {
			days[i] = e
		}
		return days
	}
	return slices.Insert(days, i, e)
}

func rank(k DayKind) int {
	switch k {
	case DayHoliday:
		return 4
	case DayOff:
		return 3
	case DayObserved:
		return 2
	case DayWork:
		return 1
	}
	return 0
}

// holidayYear appends the days that the rules and decrees of year y give,
// with compensatory days for holidays that no decree covers.
func (c *Calendar) holidayYear(dst []Day, y int) []Day {
	if y < 1 || y > 9999 {
		return dst
	}
	// The year's decrees, found once: the shipped list spans many years.
	var buf8 [8]*Decree
	own := buf8[:0]
	for i := range c.decrees {
		if c.decrees[i].Year == y {
			own = append(own, &c.decrees[i])
		}
	}
	var decreed [CultureDay + 1]bool
	for _, d := range own {
		if int(d.Holiday) < len(decreed) {
			decreed[d.Holiday] = true
		}
	}
	// Statutory days, from the decree when it names them, else the rules.
	var days []Day
	var buf []vietnam.Date
	var noComp [CultureDay + 1]bool
	for _, r := range c.rules {
		if !r.inForce(y) || decreedDays(own, r.Holiday) {
			continue
		}
		if r.NoCompensation && int(r.Holiday) < len(noComp) {
			noComp[r.Holiday] = true
		}
		buf = r.dates(buf[:0], y)
		for _, d := range buf {
			days = append(days, Day{Date: d, Kind: DayHoliday, Holiday: r.Holiday, Source: r.Source})
		}
	}
	for _, dc := range own {
		for _, d := range dc.Days {
			days = append(days, Day{Date: d, Kind: DayHoliday, Holiday: dc.Holiday, Source: dc.Source})
		}
	}
	slices.SortStableFunc(days, func(a, b Day) int { return a.Date.Compare(b.Date) })
	// Compensation (Labour Code 2019 Art. 111(3)): a holiday on a weekly
	// rest day, or on a day already off for another holiday, moves to the
	// next working day that is free.
	taken := make(map[vietnam.Date]bool, len(days))
	var comp []Day
	for _, e := range days {
		if e.Date.IsZero() {
			continue
		}
		clash := taken[e.Date]
		taken[e.Date] = true
		if c.noComp || c.week == 0 || (int(e.Holiday) < len(decreed) && (decreed[e.Holiday] || noComp[e.Holiday])) {
			continue
		}
		if clash || !c.week.Works(e.Date.Weekday()) {
			comp = append(comp, Day{Holiday: e.Holiday, Kind: DayObserved, Date: e.Date, Source: srcCompensation})
		}
	}
	for i := range comp {
		d := comp[i].Date.AddDays(1)
		for !d.IsZero() && (taken[d] || !c.week.Works(d.Weekday())) {
			d = d.AddDays(1)
		}
		comp[i].Date = d
		taken[d] = true
	}
	dst = append(dst, days...)
	for _, e := range comp {
		if !e.Date.IsZero() {
			dst = append(dst, e)
		}
	}
	for _, dc := range own {
		for _, d := range dc.Off {
			dst = append(dst, Day{Date: d, Kind: DayOff, Holiday: dc.Holiday, Source: dc.Source})
		}
		for _, d := range dc.Work {
			dst = append(dst, Day{Date: d, Kind: DayWork, Holiday: dc.Holiday, Source: dc.Source})
		}
	}
	return dst
}

// decreedDays reports whether one of a year's decrees fixes the
// statutory days of h.
func decreedDays(own []*Decree, h Holiday) bool {
	for _, d := range own {
		if d.Holiday == h && d.Days != nil {
			return true
		}
	}
	return false
}
