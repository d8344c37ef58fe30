package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/calendar"
)

func ExampleSolarToLunar() {
	for _, s := range []string{"29/1/2025", "17/2/2026", "26/4/2026", "22/3/2023", "21/1/1985"} {
		l := calendar.SolarToLunar(vietnam.MustParseDate(s))
		fmt.Println(s, "→", l, "·", l.Long())
	}
	// Output:
	// 29/1/2025 → 1/1/2025 · mùng 1 tháng Giêng năm Ất Tỵ
	// 17/2/2026 → 1/1/2026 · mùng 1 tháng Giêng năm Bính Ngọ
	// 26/4/2026 → 10/3/2026 · mùng 10 tháng 3 năm Bính Ngọ
	// 22/3/2023 → 1/2 nhuận/2023 · mùng 1 tháng 2 nhuận năm Quý Mão
	// 21/1/1985 → 1/1/1985 · mùng 1 tháng Giêng năm Ất Sửu
}

func ExampleLunarToSolar() {
	gioTo, _ := calendar.LunarToSolar(calendar.LunarDate{Year: 2026, Month: 3, Day: 10})
	fmt.Println("Giỗ Tổ 2026:", gioTo, gioTo.Weekday())

	// Day 30 of a 29-day month is an error, never the next month's 1st.
	_, err := calendar.LunarToSolar(calendar.LunarDate{Year: 2024, Month: 1, Day: 30})
	fmt.Println(err, errors.Is(err, calendar.ErrNoSuchDay))

	_, err = calendar.LunarToSolar(calendar.LunarDate{Year: 2026, Month: 2, Day: 1, Leap: true})
	fmt.Println(errors.Is(err, calendar.ErrNoLeapMonth))
	// Output:
	// Giỗ Tổ 2026: 26/04/2026 Sunday
	// calendar: lunar date "30/1/2024": month 1 of 2024 has 29 days true
	// true
}

func ExampleMustLunarToSolar() {
	fmt.Println(calendar.MustLunarToSolar(calendar.LunarDate{Year: 2025, Month: 8, Day: 15}))
	// Output: 06/10/2025
}

func ExampleParseLunar() {
	for _, s := range []string{"10/3/2026", "mùng 1 tháng Giêng năm 2026", "1/2 nhuận/2023", "rằm tháng 8 năm 2025", "rằm tháng Bảy năm 2025", "30/1/2024"} {
		l, err := calendar.ParseLunar(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(l, "=", calendar.MustLunarToSolar(l))
	}
	// Output:
	// 10/3/2026 = 26/04/2026
	// 1/1/2026 = 17/02/2026
	// 1/2 nhuận/2023 = 22/03/2023
	// 15/8/2025 = 06/10/2025
	// 15/7/2025 = 06/09/2025
	// calendar: lunar date "30/1/2024": month 1 of 2024 has 29 days
}

func ExampleParseLunarInYear() {
	l, _ := calendar.ParseLunarInYear("10/3 âm lịch", 2027)
	fmt.Println(l, calendar.MustLunarToSolar(l))
	// Output: 10/3/2027 16/04/2027
}

func ExampleMustParseLunar() {
	fmt.Println(calendar.MustParseLunar("ngày 27 tháng Chạp năm 2025").Long())
	// Output: ngày 27 tháng Chạp năm Ất Tỵ
}

func ExampleTet() {
	for _, y := range []int{2025, 2026, 2027, 2030} {
		fmt.Println(y, calendar.Tet(y), calendar.YearCanChi(y))
	}
	// Output:
	// 2025 29/01/2025 Ất Tỵ
	// 2026 17/02/2026 Bính Ngọ
	// 2027 06/02/2027 Đinh Mùi
	// 2030 02/02/2030 Canh Tuất
}

func ExampleLeapMonth() {
	for _, y := range []int{2023, 2025, 2026, 2033} {
		fmt.Println(y, calendar.LeapMonth(y))
	}
	// Output:
	// 2023 2
	// 2025 6
	// 2026 0
	// 2033 11
}

func ExampleMonthDays() {
	fmt.Println(calendar.MonthDays(2024, 1, false), calendar.MonthDays(2023, 2, true), calendar.MonthDays(2026, 2, true))
	// Output: 29 29 0
}

func ExampleLunarDate_Valid() {
	fmt.Println(calendar.LunarDate{Year: 2025, Month: 6, Day: 1, Leap: true}.Valid())
	fmt.Println(calendar.LunarDate{Year: 2025, Month: 7, Day: 1, Leap: true}.Valid())
	// Output:
	// true
	// false
}

func ExampleLunarDate_Compare() {
	a := calendar.LunarDate{Year: 2023, Month: 2, Day: 29}
	b := calendar.LunarDate{Year: 2023, Month: 2, Day: 1, Leap: true}
	fmt.Println(a.Compare(b))
	// Output: -1
}

func ExampleYearCanChi() {
	c := calendar.YearCanChi(2023)
	fmt.Println(c, "·", c.Stem, "·", c.Branch, "·", c.Branch.Animal())
	// Output: Quý Mão · Quý · Mão · Cat
}

func ExampleLunarDate_MonthCanChi() {
	fmt.Println(calendar.LunarDate{Year: 2025, Month: 1, Day: 1}.MonthCanChi())
	// Output: Mậu Dần
}

func ExampleDayCanChi() {
	fmt.Println(calendar.DayCanChi(vietnam.MustParseDate("1/1/2000")))
	// Output: Mậu Ngọ
}

func ExampleNew() {
	c := calendar.New() // Mon–Fri, Labour Code rules, shipped decrees, compensation
	for _, s := range []string{"13/2/2026", "17/2/2026", "27/4/2026", "10/1/2026"} {
		d := vietnam.MustParseDate(s)
		kind := "" // an ordinary day is no Day of the calendar
		if day, ok := c.Day(d); ok {
			kind = day.Kind.Label(vietnam.Vietnamese)
		}
		fmt.Printf("%s %v [%s]\n", s, c.IsWorkingDay(d), kind)
	}
	// Output:
	// 13/2/2026 true []
	// 17/2/2026 false [nghỉ lễ]
	// 27/4/2026 false [nghỉ bù]
	// 10/1/2026 true [làm bù]
}

func ExampleCalendar_WorkingDays() {
	c := calendar.New()
	from, to := vietnam.MustParseDate("29/5/2025"), vietnam.MustParseDate("15/8/2025")
	fmt.Println(c.WorkingDays(from, to), "working days in", to.DaysSince(from)+1, "days")
	// Output: 57 working days in 79 days
}

func ExampleCalendar_AddWorkingDays() {
	c := calendar.New()
	fmt.Println(c.AddWorkingDays(vietnam.MustParseDate("13/2/2026"), 1))
	fmt.Println(c.AddWorkingDays(vietnam.MustParseDate("13/2/2026"), 10))
	fmt.Println(c.AddWorkingDays(vietnam.MustParseDate("23/2/2026"), -1))
	// Output:
	// 23/02/2026
	// 06/03/2026
	// 13/02/2026
}

func ExampleCalendar_IsWorkingDay() {
	mf := calendar.New()
	ms := calendar.New(calendar.WithWeek(calendar.MonSat))
	sat := vietnam.MustParseDate("7/3/2026")
	fmt.Println(mf.IsWorkingDay(sat), ms.IsWorkingDay(sat))
	// Output: false true
}

func ExampleCalendar_Days() {
	for _, d := range calendar.New().Days(2025) {
		fmt.Println(d.Date, d.Kind.Label(vietnam.English), "·", d.Holiday.Label(vietnam.English))
	}
	// Output:
	// 01/01/2025 holiday · New Year's Day
	// 27/01/2025 holiday · Lunar New Year (Tết)
	// 28/01/2025 holiday · Lunar New Year (Tết)
	// 29/01/2025 holiday · Lunar New Year (Tết)
	// 30/01/2025 holiday · Lunar New Year (Tết)
	// 31/01/2025 holiday · Lunar New Year (Tết)
	// 07/04/2025 holiday · Hùng Kings' Commemoration Day
	// 26/04/2025 make-up working day · International Labour Day
	// 30/04/2025 holiday · Reunification Day
	// 01/05/2025 holiday · International Labour Day
	// 02/05/2025 decreed day off · International Labour Day
	// 01/09/2025 holiday · National Day
	// 02/09/2025 holiday · National Day
}

func ExampleCalendar_Holiday() {
	h, ok := calendar.New().Holiday(vietnam.MustParseDate("2/9/2026"))
	fmt.Println(ok, h.Label(vietnam.Vietnamese), "/", h.Label(vietnam.English))
	// Output: true Quốc khánh / National Day
}

func ExampleCalendar_Day() {
	d, _ := calendar.New().Day(vietnam.MustParseDate("31/8/2026"))
	fmt.Println(d)
	// Output: 31/08/2026 Quốc khánh (nghỉ theo quyết định)
}

func ExampleWithDecrees() {
	// A company that gives one extra day before Tết 2027.
	tet := calendar.Decree{
		Year: 2027, Holiday: calendar.LunarNewYear,
		Off:    []vietnam.Date{vietnam.MustParseDate("4/2/2027")},
		Source: "company notice 12/2026",
	}
	c := calendar.New(calendar.WithDecrees(tet))
	fmt.Println(c.IsWorkingDay(vietnam.MustParseDate("4/2/2027")))
	// Output: false
}

func ExampleWithRules() {
	// An employer that gives Ngày Văn hóa Việt Nam (24/11) before the
	// Labour Code names it adds the rule to the statutory ones.
	c := calendar.New(calendar.WithRules(append(calendar.LabourCodeRules(), calendar.CultureDayRule())...))
	fmt.Println(c.IsWorkingDay(vietnam.MustParseDate("24/11/2026")), calendar.New().IsWorkingDay(vietnam.MustParseDate("24/11/2026")))
	// Output: false true
}

func ExampleCalendar_Check() {
	// The default rules start with the Labour Code 1994 (in force
	// 1/1/1995): earlier years are unknown, not years without holidays.
	c := calendar.New()
	err := c.Check(vietnam.MustParseDate("1/6/1994"), vietnam.MustParseDate("31/5/1995"))
	fmt.Println(errors.Is(err, calendar.ErrRulesUnknown))
	fmt.Println(err)
	fmt.Println(c.Check(vietnam.MustParseDate("1/1/1995"), vietnam.MustParseDate("31/12/2026")))
	// Output:
	// true
	// calendar: year 1994: holiday rules unknown: no rule in force and no decree (the default rules start in 1995, when the Labour Code 1994 took effect)
	// <nil>
}

func ExampleCalendar_IsWorkingDayChecked() {
	// New Year's Day 1990 was a Monday: IsWorkingDay knows no rules for
	// 1990 and answers by the week; the checked form says so.
	c := calendar.New()
	d := vietnam.MustParseDate("1/1/1990")
	fmt.Println(c.IsWorkingDay(d))
	_, err := c.IsWorkingDayChecked(d)
	fmt.Println(errors.Is(err, calendar.ErrRulesUnknown))
	fmt.Println(c.IsWorkingDayChecked(vietnam.MustParseDate("1/1/2026")))
	// Output:
	// true
	// true
	// false <nil>
}

func ExampleCalendar_WorkingDaysChecked() {
	c := calendar.New()
	fmt.Println(c.WorkingDaysChecked(vietnam.MustParseDate("1/2/2026"), vietnam.MustParseDate("28/2/2026")))
	_, err := c.WorkingDaysChecked(vietnam.MustParseDate("1/12/1994"), vietnam.MustParseDate("31/1/1995"))
	fmt.Println(err)
	// Output:
	// 15 <nil>
	// calendar: year 1994: holiday rules unknown: no rule in force and no decree (the default rules start in 1995, when the Labour Code 1994 took effect)
}

func ExampleCalendar_AddWorkingDaysChecked() {
	c := calendar.New()
	// Ten working days after a form was filed on Friday 13/2/2026, the
	// last day before Tết Bính Ngọ.
	fmt.Println(c.AddWorkingDaysChecked(vietnam.MustParseDate("13/2/2026"), 10))
	// Counting back from 3/1/1995 reaches 1994, whose holidays are unknown.
	_, err := c.AddWorkingDaysChecked(vietnam.MustParseDate("3/1/1995"), -5)
	fmt.Println(errors.Is(err, calendar.ErrRulesUnknown))
	// Output:
	// 06/03/2026 <nil>
	// true
}

func ExampleWithoutDecrees() {
	// Without decrees, Tết follows the default rule: five days from two
	// days before mùng 1, and a day in lieu of each weekend day among them
	// on the next working days. For 2023 that is Friday 20/1 to Thursday
	// 26/1, the days Thông báo 5034/TB-LĐTBXH gave.
	c := calendar.New(calendar.WithoutDecrees())
	for _, d := range []string{"19/1/2023", "20/1/2023", "26/1/2023", "27/1/2023"} {
		fmt.Println(d, c.IsWorkingDay(vietnam.MustParseDate(d)))
	}
	// Output:
	// 19/1/2023 true
	// 20/1/2023 false
	// 26/1/2023 false
	// 27/1/2023 true
}

func ExampleWithoutCompensation() {
	c := calendar.New(calendar.WithoutCompensation())
	fmt.Println(c.IsWorkingDay(vietnam.MustParseDate("27/4/2026")))
	// Output: true
}

func ExampleLabourCodeRules() {
	for _, r := range calendar.LabourCodeRules() {
		if r.To == 0 {
			fmt.Printf("%s: from %d, %d day(s)\n", r.Holiday.Label(vietnam.English), r.From, max(r.Days, 1))
		}
	}
	// Output:
	// New Year's Day: from 1995, 1 day(s)
	// Lunar New Year (Tết): from 2014, 5 day(s)
	// Hùng Kings' Commemoration Day: from 2007, 1 day(s)
	// Reunification Day: from 1995, 1 day(s)
	// International Labour Day: from 1995, 1 day(s)
	// National Day: from 1995, 1 day(s)
	// National Day: from 2021, 1 day(s)
}

func ExampleDecrees() {
	// The shipped schedules run from 2010 to 2026; those of 2024, with
	// the notice each comes from.
	years := map[int]bool{}
	for _, d := range calendar.Decrees() {
		years[d.Year] = true
		if d.Year == 2024 {
			fmt.Println(d.Holiday.Label(vietnam.Vietnamese), d.Notice, d.Issued, d.Days, d.Off, d.Work)
		}
	}
	fmt.Println(len(years), "years")
	// Output:
	// Tết Âm lịch 5015/TB-LĐTBXH 22/11/2023 [08/02/2024 09/02/2024 10/02/2024 11/02/2024 12/02/2024] [13/02/2024 14/02/2024] []
	// Ngày Chiến thắng 2450/VPCP-KGVX 12/04/2024 [] [29/04/2024] [04/05/2024]
	// Quốc khánh 5015/TB-LĐTBXH 22/11/2023 [02/09/2024 03/09/2024] [] []
	// 17 years
}

func ExampleNewWeek() {
	w := calendar.NewWeek(1, 2, 3, 4, 5, 6) // Monday to Saturday
	fmt.Println(w == calendar.MonSat, w)
	// Output: true Mon Tue Wed Thu Fri Sat
}

func ExampleLunarDate_MarshalText() {
	b, _ := json.Marshal(map[string]calendar.LunarDate{"gio_to": {Year: 2026, Month: 3, Day: 10}})
	fmt.Println(string(b))
	var back map[string]calendar.LunarDate
	_ = json.Unmarshal(b, &back)
	fmt.Println(back["gio_to"].Long())
	// Output:
	// {"gio_to":"10/3/2026"}
	// mùng 10 tháng 3 năm Bính Ngọ
}

func ExampleWithWeek() {
	// A unit that works Saturdays: Saturday 25/4/2026 is a working day for
	// it, and Giỗ Tổ on Sunday 26/4 is still compensated on Monday 27/4.
	c := calendar.New(calendar.WithWeek(calendar.MonSat))
	fmt.Println(c.Week(), c.Week().Works(time.Saturday), c.Week().Works(time.Sunday))
	fmt.Println(c.IsWorkingDay(vietnam.MustParseDate("25/4/2026")), c.IsWorkingDay(vietnam.MustParseDate("27/4/2026")))
	// Output:
	// Mon Tue Wed Thu Fri Sat true false
	// true false
}

func ExampleDay_Off() {
	// The days of 2026 that are not a plain working day, and why.
	for _, d := range calendar.New().Days(2026) {
		if d.Holiday == calendar.NationalDay || d.Holiday == calendar.NewYear {
			fmt.Printf("%s off=%v %s / %s\n", d.Date, d.Off(), d.Kind.Label(vietnam.Vietnamese), d.Kind.Label(vietnam.English))
		}
	}
	// Output:
	// 01/01/2026 off=true nghỉ lễ / holiday
	// 02/01/2026 off=true nghỉ theo quyết định / decreed day off
	// 10/01/2026 off=false làm bù / make-up working day
	// 22/08/2026 off=false làm bù / make-up working day
	// 31/08/2026 off=true nghỉ theo quyết định / decreed day off
	// 01/09/2026 off=true nghỉ lễ / holiday
	// 02/09/2026 off=true nghỉ lễ / holiday
}

// Tết Bính Ngọ (2026) has no "30 Tết": tháng Chạp of 2025 has 29 days.
func ExampleLunarError() {
	_, err := calendar.ParseLunar("30/12/2025")
	var le *calendar.LunarError
	if errors.As(err, &le) {
		fmt.Printf("%q: %s\n", le.Input, le.Reason)
	}
	fmt.Println(errors.Is(err, calendar.ErrNoSuchDay))
	// Output:
	// "30/12/2025": month 12 of 2025 has 29 days
	// true
}

func ExampleHoliday_MarshalText() {
	// A Day in JSON carries words for its kind and holiday.
	d, _ := calendar.New().Day(vietnam.MustParseDate("2/9/2026"))
	b, _ := json.Marshal(struct {
		Kind    calendar.DayKind
		Holiday calendar.Holiday
	}{d.Kind, d.Holiday})
	fmt.Println(string(b))
	// Names are read in Vietnamese or English, with or without tones.
	var h calendar.Holiday
	for _, s := range []string{"Tết", "gio to hung vuong", "Labour Day", "Christmas"} {
		err := h.UnmarshalText([]byte(s))
		fmt.Println(h, err)
	}
	var y calendar.Branch
	_ = y.UnmarshalText([]byte("Tỵ"))
	code, _ := y.MarshalText()
	fmt.Println(string(code), y.Animal())
	// Output:
	// {"Kind":"holiday","Holiday":"national-day"}
	// Tết Âm lịch <nil>
	// Giỗ Tổ Hùng Vương <nil>
	// Ngày Quốc tế Lao động <nil>
	// Ngày Quốc tế Lao động calendar: holiday "Christmas": want new-year, lunar-new-year, hung-kings, reunification, labour-day, national-day or culture-day: unknown name
	// ti Snake
}

func ExampleCultureDayRule() {
	// The rule is data: a caller that grants the day reads when it starts
	// and that it brings no day in lieu, unlike Art. 112(1)'s holidays.
	r := calendar.CultureDayRule()
	fmt.Printf("%s %d/%d from %d, day in lieu: %v\n", r.Holiday.Label(vietnam.Vietnamese), r.Day, r.Month, r.From, !r.NoCompensation)
	c := calendar.New(calendar.WithRules(append(calendar.LabourCodeRules(), r)...))
	for _, s := range []string{"24/11/2025", "24/11/2027", "26/11/2029"} {
		d := vietnam.MustParseDate(s)
		fmt.Println(s, d.Weekday(), c.IsWorkingDay(d))
	}
	// Output:
	// Ngày Văn hóa Việt Nam 24/11 from 2026, day in lieu: false
	// 24/11/2025 Monday true
	// 24/11/2027 Wednesday false
	// 26/11/2029 Monday true
}

func ExampleCalendar_Week() {
	fmt.Println(calendar.New().Week())
	fmt.Println(calendar.New(calendar.WithWeek(calendar.MonSat)).Week())
	// Output:
	// Mon Tue Wed Thu Fri
	// Mon Tue Wed Thu Fri Sat
}

func ExampleWeek_Works() {
	w := calendar.MonSat // a Thái Nguyên factory's six-day week
	for _, d := range []time.Weekday{time.Friday, time.Saturday, time.Sunday} {
		fmt.Println(d, w.Works(d), calendar.MonFri.Works(d))
	}
	// Output:
	// Friday true true
	// Saturday true false
	// Sunday false false
}

func ExampleWeek_String() {
	fmt.Println(calendar.MonFri)
	fmt.Println(calendar.NewWeek(time.Monday, time.Wednesday, time.Friday))
	fmt.Printf("%q\n", calendar.Week(0).String())
	// Output:
	// Mon Tue Wed Thu Fri
	// Mon Wed Fri
	// ""
}

func ExampleWeek_MarshalText() {
	b, err := json.Marshal(map[string]calendar.Week{"ubnd_xa": calendar.MonFri, "buu_dien": calendar.MonSat})
	fmt.Println(string(b), err)
	// Output: {"buu_dien":"mon tue wed thu fri sat","ubnd_xa":"mon tue wed thu fri"} <nil>
}

func ExampleWeek_UnmarshalText() {
	for _, s := range []string{"thứ 2, thứ 3, thứ 4, thứ 5, thứ 6, thứ 7", "T2 T4 T6", "Monday tuesday", "thứ 8"} {
		var w calendar.Week
		err := w.UnmarshalText([]byte(s))
		fmt.Printf("%q: %v %v\n", s, w, err)
	}
	// Output:
	// "thứ 2, thứ 3, thứ 4, thứ 5, thứ 6, thứ 7": Mon Tue Wed Thu Fri Sat <nil>
	// "T2 T4 T6": Mon Wed Fri <nil>
	// "Monday tuesday": Mon Tue <nil>
	// "thứ 8":  calendar: week "thứ 8": "8" is not a weekday (want mon, tue, wed, thu, fri, sat, sun): unknown name
}

func ExampleDay_String() {
	c := calendar.New()
	for _, s := range []string{"17/2/2026", "10/1/2026", "30/4/2026"} {
		d, _ := c.Day(vietnam.MustParseDate(s))
		fmt.Println(d)
	}
	// Output:
	// 17/02/2026 Tết Âm lịch (nghỉ lễ)
	// 10/01/2026 Tết Dương lịch (làm bù)
	// 30/04/2026 Ngày Chiến thắng (nghỉ lễ)
}

func ExampleDayKind_String() {
	for k := calendar.DayUnknown; k <= calendar.DayWork+1; k++ {
		fmt.Printf("%q\n", k.String())
	}
	// Output:
	// "unknown"
	// "holiday"
	// "compensatory day off"
	// "decreed day off"
	// "make-up working day"
	// "DayKind(5)"
}

func ExampleDayKind_Label() {
	for k := calendar.DayHoliday; k <= calendar.DayWork; k++ {
		fmt.Printf("%s / %s\n", k.Label(vietnam.Vietnamese), k.Label(vietnam.English))
	}
	// Output:
	// nghỉ lễ / holiday
	// nghỉ bù / compensatory day off
	// nghỉ theo quyết định / decreed day off
	// làm bù / make-up working day
}

func ExampleDayKind_MarshalText() {
	b, err := calendar.DayObserved.MarshalText()
	fmt.Println(string(b), err)
	// Output: observed <nil>
}

func ExampleDayKind_UnmarshalText() {
	for _, s := range []string{"làm bù", "nghi bu", "work", "nghỉ phép"} {
		var k calendar.DayKind
		err := k.UnmarshalText([]byte(s))
		fmt.Println(s, "→", k, err)
	}
	// Output:
	// làm bù → make-up working day <nil>
	// nghi bu → compensatory day off <nil>
	// work → make-up working day <nil>
	// nghỉ phép → unknown calendar: day kind "nghỉ phép": want holiday, observed, off or work: unknown name
}

func ExampleHoliday_String() {
	for h := calendar.HolidayUnknown; h <= calendar.CultureDay+1; h++ {
		fmt.Printf("%q\n", h.String())
	}
	// Output:
	// "unknown"
	// "Tết Dương lịch"
	// "Tết Âm lịch"
	// "Giỗ Tổ Hùng Vương"
	// "Ngày Chiến thắng"
	// "Ngày Quốc tế Lao động"
	// "Quốc khánh"
	// "Ngày Văn hóa Việt Nam"
	// "Holiday(8)"
}

func ExampleHoliday_Label() {
	for h := calendar.NewYear; h <= calendar.CultureDay; h++ {
		fmt.Printf("%s / %s\n", h.Label(vietnam.Vietnamese), h.Label(vietnam.English))
	}
	// Output:
	// Tết Dương lịch / New Year's Day
	// Tết Âm lịch / Lunar New Year (Tết)
	// Giỗ Tổ Hùng Vương / Hùng Kings' Commemoration Day
	// Ngày Chiến thắng / Reunification Day
	// Ngày Quốc tế Lao động / International Labour Day
	// Quốc khánh / National Day
	// Ngày Văn hóa Việt Nam / Vietnamese Culture Day
}

func ExampleHoliday_UnmarshalText() {
	for _, s := range []string{"Quốc khánh", "tet nguyen dan", "Reunification Day", "Trung thu"} {
		var h calendar.Holiday
		err := h.UnmarshalText([]byte(s))
		fmt.Println(s, "→", h, err)
	}
	// Output:
	// Quốc khánh → Quốc khánh <nil>
	// tet nguyen dan → Tết Âm lịch <nil>
	// Reunification Day → Ngày Chiến thắng <nil>
	// Trung thu → unknown calendar: holiday "Trung thu": want new-year, lunar-new-year, hung-kings, reunification, labour-day, national-day or culture-day: unknown name
}

func ExampleBranch_Animal() {
	for _, y := range []int{2025, 2026, 2023} {
		cc := calendar.YearCanChi(y)
		fmt.Println(y, cc, cc.Branch.Animal())
	}
	// Output:
	// 2025 Ất Tỵ Snake
	// 2026 Bính Ngọ Horse
	// 2023 Quý Mão Cat
}

func ExampleBranch_String() {
	for b := calendar.BranchTy; b <= calendar.BranchHoi; b++ {
		fmt.Print(b, " ")
	}
	fmt.Printf("%q\n", calendar.BranchUnknown.String())
	// Output: Tý Sửu Dần Mão Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi "unknown"
}

func ExampleBranch_MarshalText() {
	b, err := calendar.BranchNgo.MarshalText()
	fmt.Println(string(b), err)
	// Output: ngo <nil>
}

func ExampleBranch_UnmarshalText() {
	for _, s := range []string{"Tỵ", "ti", "MÃO", "Mẹo"} {
		var b calendar.Branch
		err := b.UnmarshalText([]byte(s))
		fmt.Println(s, "→", b, err)
	}
	// Output:
	// Tỵ → Tỵ <nil>
	// ti → Tỵ <nil>
	// MÃO → Mão <nil>
	// Mẹo → unknown calendar: branch "Mẹo": want ty, suu, dan, mao, thin, ti, ngo, mui, than, dau, tuat or hoi: unknown name
}

func ExampleStem_String() {
	for s := calendar.StemGiap; s <= calendar.StemQuy; s++ {
		fmt.Print(s, " ")
	}
	fmt.Printf("%q\n", calendar.StemUnknown.String())
	// Output: Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý "unknown"
}

func ExampleStem_MarshalText() {
	b, err := calendar.YearCanChi(2026).Stem.MarshalText()
	fmt.Println(string(b), err)
	// Output: binh <nil>
}

func ExampleStem_UnmarshalText() {
	var s calendar.Stem
	fmt.Println(s.UnmarshalText([]byte("Bính")), s)
	fmt.Println(s.UnmarshalText([]byte("binh")), s)
	fmt.Println(s.UnmarshalText([]byte("Ngọ")))
	// Output:
	// <nil> Bính
	// <nil> Bính
	// calendar: stem "Ngọ": want giap, at, binh, dinh, mau, ky, canh, tan, nham or quy: unknown name
}

func ExampleCanChi_String() {
	fmt.Println(calendar.YearCanChi(2026), "|", calendar.DayCanChi(vietnam.MustParseDate("17/2/2026")))
	fmt.Printf("%q\n", calendar.CanChi{}.String())
	// Output:
	// Bính Ngọ | Nhâm Tuất
	// ""
}

func ExampleLunarDate_String() {
	fmt.Println(calendar.SolarToLunar(vietnam.MustParseDate("26/4/2026")))
	fmt.Println(calendar.LunarDate{Year: 2023, Month: 2, Day: 1, Leap: true})
	// Output:
	// 10/3/2026
	// 1/2 nhuận/2023
}

func ExampleLunarDate_Long() {
	for _, l := range []calendar.LunarDate{
		{Year: 2026, Month: 1, Day: 1},
		{Year: 2026, Month: 3, Day: 10},
		{Year: 2025, Month: 8, Day: 15},
		{Year: 2023, Month: 2, Day: 21, Leap: true},
	} {
		fmt.Println(l.Long())
	}
	// Output:
	// mùng 1 tháng Giêng năm Bính Ngọ
	// mùng 10 tháng 3 năm Bính Ngọ
	// ngày 15 tháng 8 năm Ất Tỵ
	// ngày 21 tháng 2 nhuận năm Quý Mão
}

func ExampleLunarDate_YearCanChi() {
	// Ngày 29/1/2025 is mùng 1 Tết of Ất Tỵ; the day before is still Giáp Thìn.
	for _, s := range []string{"28/1/2025", "29/1/2025"} {
		l := calendar.SolarToLunar(vietnam.MustParseDate(s))
		fmt.Println(s, l, l.YearCanChi())
	}
	// Output:
	// 28/1/2025 29/12/2024 Giáp Thìn
	// 29/1/2025 1/1/2025 Ất Tỵ
}

func ExampleLunarDate_IsZero() {
	var l calendar.LunarDate
	fmt.Println(l.IsZero(), calendar.MustParseLunar("10/3/2026").IsZero())
	// Output: true false
}

func ExampleLunarDate_UnmarshalText() {
	var l calendar.LunarDate
	fmt.Println(l.UnmarshalText([]byte("rằm tháng 8 năm 2025")), l)
	fmt.Println(l.UnmarshalText([]byte("31/8/2025")))
	// Output:
	// <nil> 15/8/2025
	// calendar: lunar date "31/8/2025": day 31 out of range 1–30
}

func ExampleLunarError_Error() {
	for _, s := range []string{"1/2 nhuận/2025", "10/13/2026", "mười tháng ba"} {
		_, err := calendar.ParseLunar(s)
		fmt.Println(err)
	}
	// Output:
	// calendar: lunar date "1/2 nhuận/2025": the leap month of 2025 follows month 6, not 2
	// calendar: lunar date "10/13/2026": month 13 out of range 1–12
	// calendar: lunar date "mười tháng ba": unexpected word "mười" at byte 0
}

func ExampleLunarError_Unwrap() {
	_, err := calendar.ParseLunar("30/12/2025")
	fmt.Println(errors.Is(err, calendar.ErrNoSuchDay))
	// Output: true
}

func ExampleYearError_Error() {
	err := calendar.New().Check(vietnam.MustParseDate("1/1/1990"), vietnam.MustParseDate("31/12/1990"))
	var ye *calendar.YearError
	if errors.As(err, &ye) {
		fmt.Println(ye.Year)
		fmt.Println(ye.Error())
	}
	// Output:
	// 1990
	// calendar: year 1990: holiday rules unknown: no rule in force and no decree (the default rules start in 1995, when the Labour Code 1994 took effect)
}

func ExampleYearError_Unwrap() {
	err := calendar.New(calendar.WithoutDecrees()).Check(vietnam.MustParseDate("1/1/1994"), vietnam.MustParseDate("1/1/1994"))
	fmt.Println(errors.Is(err, calendar.ErrRulesUnknown))
	// Output: true
}

// The checked calls say which year they cannot answer for, and why.
func ExampleYearError() {
	_, err := calendar.New().IsWorkingDayChecked(vietnam.MustParseDate("1/5/1990"))
	var ye *calendar.YearError
	if errors.As(err, &ye) {
		fmt.Println(ye.Year, errors.Is(err, calendar.ErrRulesUnknown))
	}
	// Output: 1990 true
}
