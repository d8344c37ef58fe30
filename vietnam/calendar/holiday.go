package calendar

import (
	"slices"
	"sync"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Holiday names a public holiday of the Labour Code. The zero Holiday is
// HolidayUnknown.
type Holiday uint8

// The public holidays of the Labour Code 2019, Article 112(1).
const (
	HolidayUnknown Holiday = iota
	NewYear                // Tết Dương lịch, 1 January
	LunarNewYear           // Tết Âm lịch (Tết Nguyên Đán), five days
	HungKings              // Giỗ Tổ Hùng Vương, 10/3 âm lịch
	Reunification          // Ngày Chiến thắng, 30 April
	LabourDay              // Ngày Quốc tế Lao động, 1 May
	NationalDay            // Quốc khánh, 2 September and the day before or after
	// CultureDay is Ngày Văn hóa Việt Nam, 24 November, chosen by the
	// Politburo's Resolution 80-NQ/TW (7/1/2026) as a day off with full
	// pay. Government Resolution 30/NQ-CP (2026) tasks amending Art.
	// 112(1) of the Labour Code to make it one; no amendment in force was
	// found, so it is not in LabourCodeRules: CultureDayRule gives it to
	// an employer that grants it.
	CultureDay
)

var holidayNames = [...][2]string{
	{"không rõ", "unknown"},
	{"Tết Dương lịch", "New Year's Day"},
	{"Tết Âm lịch", "Lunar New Year (Tết)"},
	{"Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"},
	{"Ngày Chiến thắng", "Reunification Day"},
	{"Ngày Quốc tế Lao động", "International Labour Day"},
	{"Quốc khánh", "National Day"},
	{"Ngày Văn hóa Việt Nam", "Vietnamese Culture Day"},
}

// Label returns the name in l: in Vietnamese as the Labour Code writes
// it, or in English; "không rõ" or "unknown" for HolidayUnknown and
// "Holiday(N)" for a value out of range.
func (h Holiday) Label(l vietnam.Lang) string { return holidayText().Label(uint8(h), l) }

// String returns the Vietnamese name; "unknown" for HolidayUnknown, as
// the module's other enums print their zero, and "Holiday(N)" for a
// value out of range.
func (h Holiday) String() string {
	if h == HolidayUnknown {
		return "unknown"
	}
	return h.Label(vietnam.Vietnamese)
}

// Rule generates the days of one public holiday in the years it is in
// force. Rules are data: the law's history is a list of rules with
// validity years, not branches in code, and callers can pass their own
// with WithRules.
//
// The first day of the holiday in year Y is the anchor date (Month/Day of
// Y, in the lunar calendar when Lunar is set), moved by Offset days and
// then by ByWeekday[weekday of the anchor]; the holiday lasts Days days
// (1 when Days is 0 or negative, 366 at most).
type Rule struct {
	Holiday    Holiday
	Lunar      bool // Month and Day are a date of the lunar year that starts in Y
	Month, Day int
	Offset     int     // days from the anchor to the first day: Tết −2 (since 2014), −1 (the eve, 1995–2013)
	ByWeekday  [7]int8 // indexed by time.Weekday; for "the day before or after" that the government picks
	Days       int
	From, To   int // years in force, inclusive; 0 leaves that end open
	// NoCompensation: no day in lieu when the holiday falls on a weekly
	// rest day (Art. 111(3) covers only the holidays of Art. 112(1)).
	NoCompensation bool
	Source         string // the article of law
}

// maxRuleDays is the most days one Rule gives in a year.
const maxRuleDays = 366

// inForce reports whether r applies in year y.
func (r Rule) inForce(y int) bool {
	return (r.From == 0 || y >= r.From) && (r.To == 0 || y <= r.To)
}

// dates appends the days r gives in year y.
func (r Rule) dates(dst []vietnam.Date, y int) []vietnam.Date {
	var anchor vietnam.Date
	if r.Lunar {
		d, err := LunarToSolar(LunarDate{Year: y, Month: r.Month, Day: r.Day})
		if err != nil {
			return dst
		}
		anchor = d
	} else {
		d, err := vietnam.NewDate(y, time.Month(r.Month), r.Day)
		if err != nil {
			return dst
		}
		anchor = d
	}
	first := anchor.AddDays(r.Offset + int(r.ByWeekday[anchor.Weekday()]))
	// No holiday lasts a year; the cap keeps a mistyped Days (100000)
	// from making every compensatory day scan a century of taken days.
	n := min(max(r.Days, 1), maxRuleDays)
	for i := 0; i < n; i++ {
		dst = append(dst, first.AddDays(i))
	}
	return dst
}

const (
	srcLC1994 = "Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73"
	srcLC2012 = "Bộ luật Lao động 2012, Điều 115"
	srcLC2019 = "Bộ luật Lao động 2019, Điều 112"

	srcCompensation = "Bộ luật Lao động 2019, Điều 111(3)"
	srcCulture      = "Nghị quyết 80-NQ/TW of the Politburo, 7/1/2026 (policy; Labour Code Art. 112(1) not yet amended)"
)

// nationalDayPick is the adjacent day the government has chosen for the
// second Quốc khánh day since 2021, by the weekday of 2 September: the one
// that joins a weekend (2021 Thu→3/9, 2022 Fri→1/9, 2023 Sat→1/9,
// 2024 Mon→3/9, 2025 Tue→1/9, 2026 Wed→1/9). Same table as python-holidays.
var nationalDayPick = [7]int8{
	time.Sunday: +1, time.Monday: +1, time.Tuesday: -1, time.Wednesday: -1,
	time.Thursday: +1, time.Friday: -1, time.Saturday: -1,
}

// lawRules is the Labour Code as data. Before 1995 no rules are given.
// Tết has five days from 2014, the first Tết under the Labour Code 2012
// (in force 1 May 2013); the second Quốc khánh day comes with the Labour
// Code 2019 (in force 1 January 2021).
//
// Which five days are Tết the Prime Minister decides each year (Art.
// 112(3)); the default is the practice of the notices since 2014: two
// days before mùng 1 and mùng 1–3 ("2 ngày trước Tết và 3 ngày sau Tết"),
// with a day in lieu of each that falls on a weekly rest day on the next
// working days (Art. 111(3)). It gives the notices' days off in every
// year 2014–2027 (tetBreaks in the tests); the eve and mùng 1–4 with the
// days in lieu after them matched 4 of the 11 years 2014–2024. Under the
// Labour Code 1994 Tết was the eve and mùng 1–3, as the notices of
// 2010–2013 give it.
var lawRules = [...]Rule{
	{Holiday: NewYear, Month: 1, Day: 1, From: 1995, Source: srcLC2019 + "(1)(a)"},
	{Holiday: LunarNewYear, Lunar: true, Month: 1, Day: 1, Offset: -1, Days: 4, From: 1995, To: 2013, Source: srcLC1994},
	{Holiday: LunarNewYear, Lunar: true, Month: 1, Day: 1, Offset: -2, Days: 5, From: 2014, Source: srcLC2019 + "(1)(b); " + srcLC2012},
	{Holiday: HungKings, Lunar: true, Month: 3, Day: 10, From: 2007, Source: srcLC2019 + "(1)(đ)"},
	{Holiday: Reunification, Month: 4, Day: 30, From: 1995, Source: srcLC2019 + "(1)(c)"},
	{Holiday: LabourDay, Month: 5, Day: 1, From: 1995, Source: srcLC2019 + "(1)(d)"},
	{Holiday: NationalDay, Month: 9, Day: 2, From: 1995, Source: srcLC2019 + "(1)(đ)"},
	{Holiday: NationalDay, Month: 9, Day: 2, ByWeekday: nationalDayPick, From: 2021, Source: srcLC2019 + "(1)(đ)"},
}

// LabourCodeRules returns the default rules: the public holidays of the
// Labour Code 2019, Article 112, with the earlier codes' versions for
// 1995–2020. The slice is a fresh copy.
func LabourCodeRules() []Rule {
	r := lawRules
	return r[:]
}

// CultureDayRule returns Ngày Văn hóa Việt Nam (24/11) from 2026 as a
// rule, for employers that give it: the Politburo chose it as a paid day
// off (Resolution 80-NQ/TW, 7/1/2026) and the Government asked for the
// Labour Code to be amended (Resolution 30/NQ-CP), but until Art. 112(1)
// names it, it is no public holiday. Not being one of Art. 112(1)'s
// holidays, it gets no day in lieu when it falls on a weekly rest day.
func CultureDayRule() Rule {
	return Rule{Holiday: CultureDay, Month: 11, Day: 24, From: 2026, NoCompensation: true, Source: srcCulture}
}

// Decree is what the government announced for one holiday in one year
// (for cadres, civil servants and public employees; most employers
// follow): the statutory days it fixed, the days off it added, and the
// weekly rest days it made working days in exchange. A decree speaks for
// its holiday completely: no automatic compensatory day is added for a
// holiday a decree covers in that year.
type Decree struct {
	Year    int
	Holiday Holiday
	Days    []vietnam.Date // the statutory days, replacing the rule's; nil keeps the rule's
	Off     []vietnam.Date // further days off: swapped or compensatory days
	Work    []vietnam.Date // weekly rest days worked in exchange (làm bù)
	// Notice is the number of the official notice ("4659/TB-LĐTBXH",
	// "9859/VPCP-KGVX"), and Issued its date; either is empty when the
	// sources read did not give it, and Source then says so.
	Notice string
	Issued vietnam.Date
	Source string // the official document, and where it was read
}

// Decrees returns the decrees shipped with the package, 2010–2026, each
// with its notice and source, in year order. The slice and the dates in
// it are a fresh copy.
func Decrees() []Decree {
	out := slices.Clone(shipped())
	for i := range out {
		out[i] = cloneDecree(out[i])
	}
	return out
}

// shipped is the package's decree table, built on first use and read-only
// afterwards; every Calendar from New shares it.
var shipped = sync.OnceValue(shippedDecrees)
