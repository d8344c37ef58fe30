// Package calendar is the Vietnamese calendar for scheduling: the lunar
// calendar (âm lịch) computed for Vietnam, can-chi names, the public
// holidays of the Labour Code, and working days with the days off each
// year's decrees add.
//
// # Lunar dates
//
// SolarToLunar and LunarToSolar convert between civil dates
// (vietnam.Date) and LunarDate values. A LunarDate carries its year, month,
// day and a leap flag for the leap month (tháng nhuận), which repeats the
// number of the month before it:
//
//	l := calendar.SolarToLunar(vietnam.MustParseDate("22/3/2023"))
//	l.String()                    // "1/2 nhuận/2023"
//	l.Long()                      // "mùng 1 tháng 2 nhuận năm Quý Mão"
//	d, err := calendar.LunarToSolar(calendar.LunarDate{Year: 2026, Month: 3, Day: 10})
//	// d = 26/04/2026, Giỗ Tổ Hùng Vương
//
// A lunar date that does not exist is an error, never rolled over: day 30
// of a 29-day month wraps ErrNoSuchDay and a leap month the year lacks
// wraps ErrNoLeapMonth, both in a *LunarError. ParseLunar reads what people
// write ("10/3/2026", "mùng 1 tháng Giêng năm 2026", "1/2 nhuận/2023");
// ParseLunarInYear supplies the year for "10/3 âm lịch".
//
// # How the lunar calendar is computed
//
// A lunar month starts on the civil day of a new moon; month 11 is the
// one that holds the December solstice; a year with 13 months between two
// months 11 repeats the first month that holds no major solar term (trung
// khí). New moons and the sun's longitude come from Jean Meeus's series,
// the method Hồ Ngọc Đức published for the Vietnamese calendar.
//
// Days are counted at UTC+7, the meridian 105°E that Vietnam's calendar
// uses, always, whatever the host's zone or the offset a time.Location
// gives for a past date. That is why Vietnamese and Chinese (UTC+8) dates
// sometimes differ: Tết 1985 was 21 January in Vietnam and 20 February in
// China, Tết 2030 is 2 February in Vietnam and 3 February in China.
// Historic note: from 1968 to 1975 the South kept UTC+8 (Tết 1968 was 30
// January there, 29 January in the North); this package gives the UTC+7
// calendar for every year.
//
// Lunar years 1899–2200, which cover every day of 1900–2199, sit in a
// 2.4 KB table built from the astronomy on the first conversion (about
// 5 ms, once per process); conversions then take tens of nanoseconds and
// do not allocate. Other years, back to year 1 and up to 9999, are
// computed directly with the same astronomy (some 20 µs a conversion). The tests
// check every day of 1900–2199, the table against the direct computation,
// and 300 years of Tết, leap months and month lengths against independent
// published tables.
//
// # Can-chi
//
// YearCanChi(2025) is Ất Tỵ; LunarDate.MonthCanChi and DayCanChi name
// months and days. The Vietnamese zodiac has the Cat (Mão) and the
// Buffalo (Sửu) where the Chinese has the Rabbit and the Ox.
//
// # Holidays and working days
//
// The public holidays of the Labour Code 2019, Article 112, are rules with
// validity years (LabourCodeRules): Tết Dương lịch (1/1), Tết Âm lịch
// (five days), Giỗ Tổ Hùng Vương (10/3 âm lịch), Ngày Chiến thắng (30/4),
// Quốc tế Lao động (1/5) and Quốc khánh (2/9 and, since 2021, the day
// before or after, chosen to join a weekend). Ngày Văn hóa Việt Nam
// (24/11), a paid day off in the Politburo's Resolution 80-NQ/TW of 2026
// but not yet in the Labour Code, is CultureDayRule, for the caller to
// add. Each Holiday has a Vietnamese and an English Label.
//
// When a holiday falls on a weekly rest day, the next working day is off
// (Article 111(3)): that compensatory day (DayObserved) is added
// automatically. Each year the government fixes the exact Tết days and may
// swap working days; those Decrees are data too, and a decree speaks for
// its holiday completely. The decreed schedules of 2010–2026 ship with the
// package (Decrees), each with its notice (Thông báo of the Ministry of
// Labour or of Home Affairs, Công văn of the Government Office), its date
// and where it was read; add others with WithDecrees.
//
// The rules start in 1995, when the Labour Code 1994 took effect; the
// holidays of the rules before it are not in the package. Check tells a
// caller whether a range of dates lies in years the calendar knows, with
// a *YearError wrapping ErrRulesUnknown for the first year it does not;
// IsWorkingDay, WorkingDays and AddWorkingDays answer for any year with
// what they have, the week pattern alone in an unknown year (Monday
// 1/1/1990 a working day), and IsWorkingDayChecked, WorkingDaysChecked
// and AddWorkingDaysChecked return that error instead.
//
// For a year without a decree, Tết follows the practice of the notices
// since 2014: the five days run from two days before mùng 1 to mùng 3,
// and a day that falls on a weekly rest day is made up on the next working
// day after them (Art. 111(3)). That gives the notices' days off in every
// year 2014–2027; the eve to mùng 4 with the same make-up rule matched 4
// of the 11 years 2014–2024. For 1995–2013 (Labour Code 1994) Tết is the
// eve and mùng 1–3.
//
//	c := calendar.New()                                   // Mon–Fri week
//	c.IsWorkingDay(vietnam.MustParseDate("27/4/2026"))    // false: Giỗ Tổ was a Sunday
//	c.WorkingDays(from, to)                               // both ends included
//	c.AddWorkingDays(vietnam.MustParseDate("13/2/2026"), 1) // 23/02/2026, after Tết
//	s := calendar.New(calendar.WithWeek(calendar.MonSat)) // six-day week
//
// The shipped decrees are those for public servants, whose week is Monday
// to Friday. Employers on another week usually publish their own plan:
// build their Calendar with WithoutDecrees and WithDecrees.
//
// Holiday, DayKind, Stem and Branch marshal as text, so a Day in JSON
// reads {"Kind":"holiday","Holiday":"national-day",…}; UnmarshalText also
// takes the Vietnamese and English names, with or without tones. The zero
// values are the empty text. A Week marshals as its working days, "mon tue
// wed thu fri", and reads "thứ 2, thứ 3" or "T2 T3" too.
//
// # Using it with rickar/cal
//
// This package does not depend on github.com/rickar/cal/v2, which has no
// Vietnamese calendar. To feed it, wrap a Calendar in a cal.HolidayFn
// that, for a year, returns the time.Time of each Day from Days(year)
// whose Kind is DayHoliday, DayObserved or DayOff (use Date.Start for the
// instant in Vietnam time).
//
// # Concurrency
//
// Every function in this package is safe for concurrent use. The year
// table and the decree table are built once behind sync.OnceValue and
// read-only afterwards; every Calendar shares the decree table. A
// Calendar is immutable after New; it caches each year's days on first
// use, safely, so one Calendar can serve a whole program.
package calendar
