package calendar

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests in this file compare the days off of New() with other
// projects' expectations, stored as data in testdata (see
// testdata/SOURCES.md for the commit and licence of each). Where the
// projects disagree with this package, the dates are listed here with the
// primary source that decides.

// python-holidays has no static entry for these swaps and decreed days;
// each is in the decree table (decrees.go) with the notice that made it,
// and in TestDecreedYears' published breaks.
var pythonHolidaysLacks = struct{ off, worked []string }{
	off: []string{
		"31/01/2011", "01/02/2011", // Tết Tân Mão: swapped for 29–30/1 (Government Office letter, baolangson.vn)
		"11/04/2011",               // Giỗ Tổ 2011: swapped for Saturday 9/4
		"31/12/2012",               // New Year 2013: swapped for Saturday 5/1/2013 (Government Office, 23/11/2012)
		"28/01/2014", "05/02/2014", // Tết Giáp Ngọ: 10525/VPCP-KGVX (12/12/2013), 25/1 and 8/2 worked
		"02/05/2025", // 2/5/2025 swapped for Saturday 26/4 (Prime Minister's decision, 2025)
		"02/01/2026", // 12729/VPCP-KGVX: 2/1 swapped for Saturday 10/1
		"31/08/2026", // Quốc khánh 2026: 31/8 swapped for Saturday 22/8
	},
	worked: []string{
		"29/01/2011", "30/01/2011", "09/04/2011",
		"05/01/2013", "23/02/2013", // 2013: New Year swap; Tết Quý Tỵ's Friday 15/2 for Saturday 23/2
		"25/01/2014", "08/02/2014",
		"26/04/2025", "10/01/2026", "22/08/2026",
	},
}

// Differential test against python-holidays' Vietnam (vacanza/holidays),
// 1995–2026 (from the Labour Code 1994 on), with its observed days and
// static swaps: every Monday–Friday is off in both or worked in both, and
// the Saturdays its swaps name are worked here, except the swaps
// python-holidays does not have. Neither has a swap before 2010.
func TestAgainstPythonHolidaysDaysOff(t *testing.T) {
	rows := readTestdata(t, "python-holidays-vn-1995-2026.txt", 387)
	theirs := map[vietnam.Date]bool{}
	theirWorked := map[vietnam.Date]bool{}
	for _, r := range rows {
		d := date(r[0])
		theirs[d] = true
		// "Ngày nghỉ (thay cho ngày 27/02/2010)": a weekday off for the
		// working Saturday 27/02/2010.
		if name := strings.Join(r[1:], " "); strings.HasPrefix(name, "Ngày nghỉ (thay cho ngày ") {
			theirWorked[date(strings.TrimSuffix(strings.TrimPrefix(name, "Ngày nghỉ (thay cho ngày "), ")"))] = true
		}
	}
	require.Len(t, theirWorked, 11)

	c := New()
	var onlyOurs, onlyTheirs, workedOnlyOurs, workedOnlyTheirs []string
	agree, weekdays := 0, 0
	for d := vietnam.MustDate(1995, 1, 1); d.Year() <= 2026; d = d.AddDays(1) {
		off := !c.IsWorkingDay(d)
		if isWeekend(d) {
			switch {
			case !off && !theirWorked[d]:
				workedOnlyOurs = append(workedOnlyOurs, d.String())
			case off && theirWorked[d]:
				workedOnlyTheirs = append(workedOnlyTheirs, d.String())
			}
			continue
		}
		weekdays++
		switch {
		case off == theirs[d]:
			agree++
		case off:
			onlyOurs = append(onlyOurs, d.String())
		default:
			onlyTheirs = append(onlyTheirs, d.String())
		}
	}
	assert.Empty(t, onlyTheirs, "weekdays off in python-holidays, worked here")
	assert.Empty(t, workedOnlyTheirs, "Saturdays python-holidays works, off here")
	assert.Empty(t, cmp.Diff(pythonHolidaysLacks.off, onlyOurs), "weekdays off here only")
	assert.Empty(t, cmp.Diff(pythonHolidaysLacks.worked, workedOnlyOurs), "weekend days worked here only")
	assert.Equal(t, weekdays-len(pythonHolidaysLacks.off), agree)
	t.Logf("python-holidays 1995–2026: %d of %d weekdays agree; %d worked Saturdays agree", agree, weekdays, len(theirWorked))
}

// date-holidays lists the fixed days of the Labour Code only, as rules
// applied to every year; the Prime Minister's choice of days is not there.
// Where the statutory days here differ from its list, the notice decides:
var dateHolidaysDiffer = struct{ onlyTheirs, onlyOurs []string }{
	// Its Tết is always the eve and mùng 1–4. In these years the notice
	// (the Tết rows of decrees.go and tetBreaks, each with its Công văn or
	// Thông báo) made the five statutory days start a day earlier, and
	// gave the last of date-holidays' days in lieu of one on a weekend:
	// the date is off here too, but not a statutory day.
	onlyTheirs: []string{
		"22/02/2015", "31/01/2017", "19/02/2018", "28/01/2020",
		"15/02/2021", "25/01/2023", "13/02/2024", "01/02/2025",
	},
	onlyOurs: []string{
		"17/02/2015", // Tết Ất Mùi 17–21/2 (29 Chạp–mùng 3), 23/2 in lieu of Saturday 21/2
		"26/01/2017", // 9794/VPCP-KGVX: Tết 26–30/1, 31/1 and 1/2 in lieu
		"14/02/2018", // Government Office, 5/12/2017: Tết 14–18/2, 19 and 20/2 in lieu
		"23/01/2020", // Government Office (10/2019): "2 ngày cuối năm Kỷ Hợi và 3 ngày đầu năm Canh Tý", 23–27/1
		"10/02/2021", // 4875/TB-LĐTBXH: 10–14/2, 15 and 16/2 in lieu
		"20/01/2023", // 5034/TB-LĐTBXH: 20–24/1, 25 and 26/1 in lieu
		"08/02/2024", // 5015/TB-LĐTBXH: 8–12/2, 13 and 14/2 in lieu
		"27/01/2025", // 6150/TB-BLĐTBXH: 27–31/1
		// The day before or after 2/9 is a holiday since 1/1/2021 (Labour
		// Code 2019 Art. 112(1)(đ)); date-holidays has 2/9 alone.
		"03/09/2021", "01/09/2022", "01/09/2023", "03/09/2024", "01/09/2025", "01/09/2026",
	},
}

var dateHolidaysRule = map[string]Holiday{
	"01-01":                             NewYear,
	"1_day_before_vietnamese_1-0-1_P5D": LunarNewYear,
	"vietnamese_1-0-1":                  LunarNewYear,
	"vietnamese_3-0-10":                 HungKings,
	"04-30":                             Reunification,
	"05-01":                             LabourDay,
	"09-02":                             NationalDay,
}

// Differential test against date-holidays (commenthol/date-holidays)
// 2015–2026: every day of its public holidays is off here and is a
// statutory day of the same holiday, and every statutory day here is in
// its list, except where the law it does not follow says otherwise.
func TestAgainstDateHolidays(t *testing.T) {
	rows := readTestdata(t, "date-holidays-vn-2015-2026.txt", 84)
	c := New()
	theirs := map[vietnam.Date]Holiday{}
	for _, r := range rows {
		h, ok := dateHolidaysRule[r[2]]
		require.True(t, ok, "rule %s", r[2])
		from := date(r[0])
		for i := range atoi(t, r[1]) {
			theirs[from.AddDays(i)] = h
		}
	}
	var onlyTheirs, onlyOurs []string
	agree := 0
	for d, h := range theirs {
		assert.False(t, c.IsWorkingDay(d), "%s (%v in date-holidays) is worked here", d, h)
		if got, ok := c.Holiday(d); ok {
			assert.Equal(t, h, got, "%s", d)
			agree++
		} else {
			onlyTheirs = append(onlyTheirs, d.String())
		}
	}
	for y := 2015; y <= 2026; y++ {
		for _, day := range c.Days(y) {
			if _, ok := theirs[day.Date]; day.Kind == DayHoliday && !ok {
				onlyOurs = append(onlyOurs, day.Date.String())
			}
		}
	}
	assert.ElementsMatch(t, dateHolidaysDiffer.onlyTheirs, onlyTheirs, "date-holidays' days that are off here but not statutory")
	assert.ElementsMatch(t, dateHolidaysDiffer.onlyOurs, onlyOurs, "statutory days here that date-holidays does not have")
	t.Logf("date-holidays 2015–2026: %d of %d days are the same statutory holiday here", agree, len(theirs))
}

// Differential test of the lunar calendar against date-holidays'
// Vietnamese lunar days 2015–2029 (Tết, the Kitchen Gods, Rằm tháng
// Giêng, Giỗ Tổ, Phật đản, Đoan ngọ, Vu lan, Trung thu …), computed by its
// own astronomical code: each solar date is that day of that lunar month.
func TestAgainstDateHolidaysLunar(t *testing.T) {
	rows := readTestdata(t, "date-holidays-vn-lunar-2015-2029.txt", 135)
	for _, r := range rows {
		d := date(r[0])
		got := SolarToLunar(d)
		// 23 Chạp falls in the January or February of the next solar year.
		y := d.Year()
		if r[1] == "12" {
			y--
		}
		assert.Equal(t, LunarDate{y, atoi(t, r[1]), atoi(t, r[2]), false}, got, "%s (%s)", d, strings.Join(r[3:], " "))
	}
}

// Differential test of the lunar calendar and the can chi names against
// the Vietnamese lunar cases of dromara/carbon's test suite (its own port
// of Hồ Ngọc Đức's algorithm): lunar dates, years, months and days,
// festivals, the names of years, months and days, and leap months.
func TestAgainstCarbon(t *testing.T) {
	rows := readTestdata(t, "carbon-vi-lunar.txt", 164)
	kinds := map[string]int{}
	for _, r := range rows {
		kinds[r[0]]++
		if r[0] == "leap" {
			assert.Equal(t, atoi(t, r[2]), LeapMonth(atoi(t, r[1])), "leap month of %s", r[1])
			continue
		}
		d := date(r[1])
		l := SolarToLunar(d)
		want := strings.Join(r[2:], " ")
		var got string
		switch r[0] {
		case "date":
			got = fmt.Sprint(l.Year, l.Month, l.Day)
		case "year":
			got = fmt.Sprint(l.Year)
		case "month":
			got = fmt.Sprint(l.Month)
		case "day":
			got = fmt.Sprint(l.Day)
		case "md":
			got = fmt.Sprint(l.Month, l.Day)
		case "yname":
			got = YearCanChi(l.Year).String()
		case "mname":
			got = l.MonthCanChi().String()
		case "dname":
			got = DayCanChi(d).String()
		default:
			t.Fatalf("unknown kind %q", r[0])
		}
		assert.Equal(t, want, got, "%s %s", r[0], r[1])
	}
	assert.Equal(t, map[string]int{"date": 14, "year": 6, "month": 16, "day": 34, "md": 8, "yname": 25, "mname": 13, "dname": 31, "leap": 17}, kinds)
}
