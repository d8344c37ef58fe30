package metrics

import (
	"fmt"
	"iter"
	"strconv"
	"time"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Period is a span of inclusive civil dates in Vietnam time. A zero From
// leaves the start open and a zero To the end open, so the zero Period
// contains every date. Campaign windows convert to a Period; metrics does not
// know campaigns.
//
// A Period built with a literal, PeriodOf or Span is a plain range of days
// (type Range). The constructors PeriodOn, NewPeriod and CampaignWeek build
// the reporting periods of DHIS2's period types instead: a day, an ISO week
// (Monday first, as Vietnam counts), a month, a quarter, a half-year, a
// year, or week n of a campaign window. Those carry their type, so that
// they have a stable ID ("2025W23", "2025-06", "2025Q1", "2025S1") and a
// label ("Tuần 23/2025", "Quý I/2025", "6 tháng đầu năm 2025"), and
// ParsePeriod reads both back.
//
// Periods are comparable with == (a Monthly period and a Range of the same
// days are different periods) and usable as map keys.
type Period struct {
	From vietnam.Date
	To   vietnam.Date

	typ PeriodType
	// base is the first day of the campaign window of a CampaignWeekly
	// period, and limit its last day; both are zero for other types.
	base, limit vietnam.Date
}

// PeriodType is the kind of a reporting period, named as in DHIS2. The zero
// PeriodType is Range: any span of days.
type PeriodType uint8

const (
	Range          PeriodType = iota // any span of days: "2025-05-29/2025-08-15"
	Daily                            // one day: "2025-06-05"
	Weekly                           // an ISO 8601 week, Monday to Sunday: "2025W23"
	Monthly                          // "2025-06"
	Quarterly                        // "2025Q1"
	SixMonthly                       // January–June or July–December: "2025S1"
	Yearly                           // "2025"
	CampaignWeekly                   // week n of a campaign window, counted from its first day: "2025-05-29/2025-08-15:W3"
)

// periodTypeText names the period types; DHIS2's names ("SixMonthly")
// and the Vietnamese words read too.
var periodTypeText = enumtext.Table{What: "metrics: period type", Type: "PeriodType", Err: ErrSyntax, ZeroIsValue: true,
	Words: [][]string{{"range", "khoảng thời gian"}, {"daily", "ngày"}, {"weekly", "tuần"}, {"monthly", "tháng"},
		{"quarterly", "quý"}, {"six_monthly", "sixmonthly", "6 tháng"}, {"yearly", "năm"}, {"campaign_weekly", "campaignweekly", "tuần của đợt"}},
	Labels: [][2]string{{"Khoảng thời gian", "Range"}, {"Ngày", "Daily"}, {"Tuần", "Weekly"}, {"Tháng", "Monthly"},
		{"Quý", "Quarterly"}, {"6 tháng", "Six-monthly"}, {"Năm", "Yearly"}, {"Tuần của đợt", "Campaign weekly"}}}

// String returns the stable code of the type: "range", "daily", "weekly",
// "monthly", "quarterly", "six_monthly", "yearly", "campaign_weekly"; or
// "PeriodType(N)" out of range.
func (t PeriodType) String() string { return periodTypeText.String(uint8(t)) }

// Label returns the type's name in the language: "Tuần", "Quý" in
// Vietnamese; "Weekly", "Quarterly" in English.
func (t PeriodType) Label(l vietnam.Lang) string { return periodTypeText.Label(uint8(t), l) }

// ParsePeriodType reads the code String returns, DHIS2's name
// ("SixMonthly") or the Vietnamese word ("quý"), in any case.
func ParsePeriodType(s string) (PeriodType, error) {
	var t PeriodType
	if s == "" {
		return t, periodTypeText.Invalid(s)
	}
	err := enumtext.Decode(&periodTypeText, &t, []byte(s))
	return t, err
}

// MarshalText implements encoding.TextMarshaler with String's code
// (Range too: "range").
func (t PeriodType) MarshalText() ([]byte, error) {
	if t == Range {
		return []byte("range"), nil
	}
	return periodTypeText.Marshal(uint8(t))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParsePeriodType.
func (t *PeriodType) UnmarshalText(b []byte) error {
	v, err := ParsePeriodType(string(b))
	if err == nil {
		*t = v
	}
	return err
}

// PeriodOf returns the period from..to and checks that from is not after to.
func PeriodOf(from, to vietnam.Date) (Period, error) {
	p := Period{From: from, To: to}
	if err := p.check(); err != nil {
		return Period{}, err
	}
	return p, nil
}

func (p Period) check() error {
	if !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From) {
		return fmt.Errorf("metrics: period %s: %w", p, ErrPeriod)
	}
	return nil
}

// PeriodOn returns the period of type t that contains day d: PeriodOn(Weekly,
// 29/12/2025) is 2026W1, which runs 29/12/2025–4/1/2026. Range and
// CampaignWeekly need more than a day (see PeriodOf and CampaignWeekOn), so
// they are errors, as is the zero Date.
func PeriodOn(t PeriodType, d vietnam.Date) (Period, error) {
	if d.IsZero() {
		return Period{}, &PeriodError{Input: t.String() + " on no date", Reason: "no date", Err: ErrPeriodRange}
	}
	y, m := d.Year(), d.Month()
	switch t {
	case Daily:
		return Period{From: d, To: d, typ: Daily}, nil
	case Weekly:
		start := d.AddDays(-isoWeekday(d))
		return Period{From: start, To: start.AddDays(6), typ: Weekly}, nil
	case Monthly:
		return months(y, m, 1, Monthly), nil
	case Quarterly:
		return months(y, (m-1)/3*3+1, 3, Quarterly), nil
	case SixMonthly:
		return months(y, (m-1)/6*6+1, 6, SixMonthly), nil
	case Yearly:
		return months(y, time.January, 12, Yearly), nil
	}
	return Period{}, &PeriodError{Input: t.String() + " on " + d.String(), Reason: "PeriodOn takes a calendar period type", Err: ErrPeriodRange}
}

// months returns the n months from y-m as a period of type t.
func months(y int, m time.Month, n int, t PeriodType) Period {
	last := m + time.Month(n) - 1
	return Period{From: vietnam.MustDate(y, m, 1), To: vietnam.MustDate(y, last, vietnam.DaysIn(last, y)), typ: t}
}

// isoWeekday returns 0 for Monday … 6 for Sunday.
func isoWeekday(d vietnam.Date) int { return (int(d.Weekday()) + 6) % 7 }

// isoWeek returns the ISO 8601 year and week of d: the week belongs to the
// year of its Thursday.
func isoWeek(d vietnam.Date) (year, week int) {
	thu := d.AddDays(3 - isoWeekday(d))
	return thu.Year(), (thu.YearDay()-1)/7 + 1
}

// weeksIn returns the number of ISO weeks of a year, 52 or 53: 28 December
// is always in the year's last week.
func weeksIn(year int) int {
	_, w := isoWeek(vietnam.MustDate(year, time.December, 28))
	return w
}

// NewPeriod returns period n of type t in year: week n (1–52, or 53 in a
// year that has it, such as 2020 and 2026), month n (1–12), quarter n
// (1–4), half n (1–2), day n of the year (1–365 or 366); n is ignored for
// Yearly. Any other n, or a year outside 1–9999, is an error wrapping
// ErrPeriodRange.
func NewPeriod(t PeriodType, year, n int) (Period, error) {
	bad := func(reason string) (Period, error) {
		return Period{}, &PeriodError{Input: fmt.Sprintf("%s %d/%d", t, n, year), Reason: reason, Err: ErrPeriodRange}
	}
	if year < 1 || year > 9999 || (t == Weekly && year == 9999) {
		return bad("year out of range 1–9999")
	}
	limit := map[PeriodType]int{Weekly: weeksIn(year), Monthly: 12, Quarterly: 4, SixMonthly: 2, Yearly: 1 << 30,
		Daily: vietnam.MustDate(year, time.December, 31).YearDay()}[t]
	if limit == 0 {
		return bad("NewPeriod takes a calendar period type")
	}
	if t != Yearly && (n < 1 || n > limit) {
		noun := map[PeriodType]string{Daily: "day", Weekly: "week", Monthly: "month", Quarterly: "quarter", SixMonthly: "half"}[t]
		return bad(fmt.Sprintf("%s %d out of range 1–%d", noun, n, limit))
	}
	switch t {
	case Daily:
		return PeriodOn(Daily, vietnam.MustDate(year, time.January, 1).AddDays(n-1))
	case Weekly:
		jan4 := vietnam.MustDate(year, time.January, 4)
		return PeriodOn(Weekly, jan4.AddDays(7*(n-1)-isoWeekday(jan4)))
	case Monthly:
		return months(year, time.Month(n), 1, Monthly), nil
	case Quarterly:
		return months(year, time.Month(3*n-2), 3, Quarterly), nil
	case SixMonthly:
		return months(year, time.Month(6*n-5), 6, SixMonthly), nil
	}
	return months(year, time.January, 12, Yearly), nil
}

// CampaignWeek returns week n of a campaign window: seven days counted from
// the window's first day (29/5–4/6/2025 is week 1 of 29/5–15/8/2025,
// whatever weekday the campaign starts on), the last week cut at the
// window's end. The window needs both bounds; n runs from 1 to the number
// of weeks the window has started.
func CampaignWeek(window Period, n int) (Period, error) {
	if window.From.IsZero() || window.To.IsZero() || window.To.Before(window.From) {
		return Period{}, &PeriodError{Input: window.String(), Reason: "a campaign window needs a start and an end", Err: ErrPeriodRange}
	}
	weeks := (window.Days() + 6) / 7
	if n < 1 || n > weeks {
		return Period{}, &PeriodError{Input: fmt.Sprintf("%s week %d", window, n), Reason: fmt.Sprintf("week %d out of range 1–%d", n, weeks), Err: ErrPeriodRange}
	}
	from := window.From.AddDays(7 * (n - 1))
	to := from.AddDays(6)
	if to.After(window.To) {
		to = window.To
	}
	return Period{From: from, To: to, typ: CampaignWeekly, base: window.From, limit: window.To}, nil
}

// CampaignWeekOn returns the campaign week of the window that contains day
// d, and false when d is outside the window.
func CampaignWeekOn(window Period, d vietnam.Date) (Period, bool) {
	if window.From.IsZero() || window.To.IsZero() || !window.Contains(d) {
		return Period{}, false
	}
	p, err := CampaignWeek(window, d.DaysSince(window.From)/7+1)
	return p, err == nil
}

// Type returns the period's type; Range for a plain span of days.
func (p Period) Type() PeriodType { return p.typ }

// Window returns the campaign window of a CampaignWeekly period, and the
// zero Period for other types.
func (p Period) Window() Period {
	if p.typ != CampaignWeekly {
		return Period{}
	}
	return Period{From: p.base, To: p.limit}
}

// Year returns the year the period is numbered in: the ISO year for a
// week (2026 for the week of 29/12/2025), the year of From otherwise (0
// when From is open).
func (p Period) Year() int {
	if p.typ == Weekly {
		y, _ := isoWeek(p.From)
		return y
	}
	return p.From.Year()
}

// Number returns the period's number within its year: the day of the
// year, the ISO week, the month, the quarter, the half; for a campaign
// week its number in the window. It is 0 for Yearly and Range.
func (p Period) Number() int {
	switch p.typ {
	case Daily:
		return p.From.YearDay()
	case Weekly:
		_, w := isoWeek(p.From)
		return w
	case Monthly:
		return int(p.From.Month())
	case Quarterly:
		return (int(p.From.Month())-1)/3 + 1
	case SixMonthly:
		return (int(p.From.Month())-1)/6 + 1
	case CampaignWeekly:
		return p.From.DaysSince(p.base)/7 + 1
	}
	return 0
}

// Equal reports whether p and q are the same period; it lets go-cmp
// compare Periods.
func (p Period) Equal(q Period) bool { return p == q }

// Contains reports whether d lies in the period. The zero Date lies in no
// period.
func (p Period) Contains(d vietnam.Date) bool {
	if d.IsZero() {
		return false
	}
	return (p.From.IsZero() || !d.Before(p.From)) && (p.To.IsZero() || !d.After(p.To))
}

// Covers reports whether every day from..to lies in the period. A record
// covering a month counts in a query only when the whole month is inside:
// splitting a monthly count by days would invent numbers.
func (p Period) Covers(from, to vietnam.Date) bool {
	return p.Contains(from) && p.Contains(to) && !to.Before(from)
}

// Days returns the number of days of a bounded period, both ends included
// (29/5–15/8/2025 has 79), or 0 when a bound is open.
func (p Period) Days() int {
	if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
		return 0
	}
	return p.To.DaysSince(p.From) + 1
}

// String returns the ID of a typed period ("2025W23") and, for a Range,
// "29/05/2025–15/08/2025" with "…" for an open bound.
func (p Period) String() string {
	if p.typ != Range {
		return p.ID()
	}
	f, t := "…", "…"
	if !p.From.IsZero() {
		f = p.From.String()
	}
	if !p.To.IsZero() {
		t = p.To.String()
	}
	return f + "–" + t
}

// ID returns the period's stable identifier, as DHIS2 writes period IDs
// where it has one: "2025-06-05", "2025W23", "2025-06", "2025Q1",
// "2025S1", "2025"; a Range is its ISO 8601 interval "2025-05-29/2025-08-15"
// ("2025-05-29/.." and "../2025-08-15" for an open end, "" for the zero
// Period); a campaign week is its window's interval and the week,
// "2025-05-29/2025-08-15:W3". ParsePeriod reads every ID back.
func (p Period) ID() string {
	var b [32]byte
	return string(p.appendID(b[:0]))
}

func (p Period) appendID(b []byte) []byte {
	y := p.Year()
	switch p.typ {
	case Daily:
		return p.From.AppendISO(b)
	case Weekly:
		return strconv.AppendInt(append(appendYear(b, y), 'W'), int64(p.Number()), 10)
	case Monthly:
		return p.From.AppendISO(b)[:len(b)+7]
	case Quarterly:
		return append(appendYear(b, y), 'Q', byte('0'+p.Number()))
	case SixMonthly:
		return append(appendYear(b, y), 'S', byte('0'+p.Number()))
	case Yearly:
		return appendYear(b, y)
	case CampaignWeekly:
		b = appendInterval(b, p.base, p.limit)
		return strconv.AppendInt(append(b, ":W"...), int64(p.Number()), 10)
	}
	if p.From.IsZero() && p.To.IsZero() {
		return b
	}
	return appendInterval(b, p.From, p.To)
}

// appendYear appends a year in four digits, as dates write it.
func appendYear(b []byte, y int) []byte {
	return append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
}

func appendInterval(b []byte, from, to vietnam.Date) []byte {
	if from.IsZero() {
		b = append(b, ".."...)
	} else {
		b = from.AppendISO(b)
	}
	b = append(b, '/')
	if to.IsZero() {
		return append(b, ".."...)
	}
	return to.AppendISO(b)
}

var romanQuarters = [...]string{"I", "II", "III", "IV"}

var monthNamesEN = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// Label returns the period as reports title it. In Vietnamese: "Ngày
// 05/06/2025", "Tuần 23/2025", "Tháng 6/2025", "Quý I/2025", "6 tháng đầu
// năm 2025" or "6 tháng cuối năm 2025", "Năm 2025", "Tuần 3 (12/06–18/06/2025)"
// for a campaign week. In English: "5 June 2025", "Week 23, 2025", "June
// 2025", "Q1 2025", "H1 2025", "Year 2025", "Week 3 (12/06–18/06/2025)".
// A Range is labelled "29/05/2025–15/08/2025" in both. ParsePeriod reads
// every label back except a campaign week's.
func (p Period) Label(l vietnam.Lang) string {
	en := l == vietnam.English
	y := string(appendYear(nil, p.Year()))
	n := p.Number()
	switch p.typ {
	case Daily:
		if en {
			return strconv.Itoa(p.From.Day()) + " " + monthNamesEN[p.From.Month()-1] + " " + y
		}
		return "Ngày " + p.From.String()
	case Weekly:
		if en {
			return "Week " + strconv.Itoa(n) + ", " + y
		}
		return "Tuần " + strconv.Itoa(n) + "/" + y
	case Monthly:
		if en {
			return monthNamesEN[n-1] + " " + y
		}
		return "Tháng " + strconv.Itoa(n) + "/" + y
	case Quarterly:
		if en {
			return "Q" + strconv.Itoa(n) + " " + y
		}
		return "Quý " + romanQuarters[n-1] + "/" + y
	case SixMonthly:
		switch {
		case en:
			return "H" + strconv.Itoa(n) + " " + y
		case n == 1:
			return "6 tháng đầu năm " + y
		}
		return "6 tháng cuối năm " + y
	case Yearly:
		if en {
			return "Year " + y
		}
		return "Năm " + y
	case CampaignWeekly:
		w := "Tuần "
		if en {
			w = "Week "
		}
		return w + strconv.Itoa(n) + " (" + p.From.String()[:5] + "–" + p.To.String() + ")"
	}
	return Period{From: p.From, To: p.To}.String()
}

// next returns the period of the same type right after p, and false when
// there is none (past a campaign window, past year 9999, or an unbounded
// Range).
func (p Period) next() (Period, bool) {
	day := p.To.AddDays(1)
	if p.To.IsZero() || day.IsZero() {
		return Period{}, false
	}
	switch p.typ {
	case Range:
		if p.From.IsZero() {
			return Period{}, false
		}
		end := day.AddDays(p.Days() - 1)
		return Period{From: day, To: end}, !end.IsZero()
	case CampaignWeekly:
		return CampaignWeekOn(p.Window(), day)
	}
	q, err := PeriodOn(p.typ, day)
	return q, err == nil
}

// Periods yields, in order, the periods of type t that overlap span: the
// weeks of a quarter, the months of a campaign (May to August for
// 29/5–15/8/2025, the first and last only partly inside). For
// CampaignWeekly it yields the weeks of span taken as the campaign window;
// for Range, span itself. An open-ended span yields nothing.
func Periods(t PeriodType, span Period) iter.Seq[Period] {
	return func(yield func(Period) bool) {
		if span.From.IsZero() || span.To.IsZero() || span.To.Before(span.From) {
			return
		}
		var p Period
		var ok bool
		switch t {
		case Range:
			yield(Period{From: span.From, To: span.To})
			return
		case CampaignWeekly:
			p, ok = CampaignWeekOn(Period{From: span.From, To: span.To}, span.From)
		default:
			var err error
			p, err = PeriodOn(t, span.From)
			ok = err == nil
		}
		for ok && !p.From.After(span.To) {
			if !yield(p) {
				return
			}
			p, ok = p.next()
		}
	}
}

func dateEpoch() vietnam.Date { return vietnam.MustDate(2000, 1, 1) }
