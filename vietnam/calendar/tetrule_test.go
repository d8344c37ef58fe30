package calendar

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
)

// tetBreak is one year's Tết for the civil service (Monday–Friday week) as
// the notice announced it: the weekdays off, and the weekend days worked
// in exchange for some of them.
type tetBreak struct {
	year   int
	off    string // weekdays off, "d/m" in the year
	worked string // weekend days worked (làm bù), "d/m/yyyy"
	source string
}

// The Tết breaks of 2014–2027, copied from the notices and the press
// reports of them (not from this package).
var tetBreaks = []tetBreak{
	{2014, "28/1 29/1 30/1 31/1 3/2 4/2 5/2", "25/1/2014 8/2/2014", "laodong.com.vn: 28/1–5/2, worked Saturdays 25/1 and 8/2"},
	{2015, "16/2 17/2 18/2 19/2 20/2 23/2", "14/2/2015", "xahoi.com.vn: Tết 17/2–21/2, 23/2 for Saturday 21/2; 16/2 swapped for 14/2"},
	{2016, "8/2 9/2 10/2 11/2 12/2", "", "Thông báo 4659/TB-LĐTBXH, 13/11/2015: 6/2–14/2, no swap"},
	{2017, "26/1 27/1 30/1 31/1 1/2", "", "camau.gov.vn: 26/1–1/2, mùng 4 and 5 in lieu of the weekend, no swap"},
	{2018, "14/2 15/2 16/2 19/2 20/2", "", "Government Office, 5/12/2017: 14/2–20/2"},
	{2019, "4/2 5/2 6/2 7/2 8/2", "", "Công văn 6519/VPCP-KGVX: 2/2–10/2"},
	{2020, "23/1 24/1 27/1 28/1 29/1", "", "daklak.gov.vn: 23/1–29/1"},
	{2021, "10/2 11/2 12/2 15/2 16/2", "", "Thông báo 4875/TB-LĐTBXH: 10/2–14/2, 15 and 16/2 in lieu"},
	{2022, "31/1 1/2 2/2 3/2 4/2", "", "Thông báo 119/TB-LĐTBXH: 31/1–4/2"},
	{2023, "20/1 23/1 24/1 25/1 26/1", "", "Thông báo 5034/TB-LĐTBXH: 20/1–24/1, 25 and 26/1 in lieu"},
	{2024, "8/2 9/2 12/2 13/2 14/2", "", "Thông báo 5015/TB-LĐTBXH: 8/2–12/2, 13 and 14/2 in lieu"},
	{2025, "27/1 28/1 29/1 30/1 31/1", "", "Thông báo 6150/TB-BLĐTBXH: 27/1–31/1"},
	{2026, "16/2 17/2 18/2 19/2 20/2", "", "Thông báo 9441/TB-BNV: 16/2–20/2"},
	{2027, "4/2 5/2 8/2 9/2 10/2", "", "Công văn 10065/VPCP-KGVX, 2/10/2026: 4/2–10/2"},
}

// tetDaysOff returns the weekdays off that c gives Tết in year y.
func tetDaysOff(c *Calendar, y int) []vietnam.Date {
	var out []vietnam.Date
	for _, d := range c.Days(y) {
		wd := d.Date.Weekday()
		if d.Holiday == LunarNewYear && d.Off() && wd != time.Saturday && wd != time.Sunday {
			out = append(out, d.Date)
		}
	}
	return out
}

// defaultMatches reports whether the default rule's Tết days off for a
// year are those of the notice: the notice's weekdays off less as many
// as it had worked on weekends (a swap moves a day, it adds none), every
// one of them among the notice's.
func defaultMatches(c *Calendar, b tetBreak) bool {
	want := datesIn(b.off, b.year)
	got := tetDaysOff(c, b.year)
	if len(got) != len(want)-len(splitFields(b.worked)) {
		return false
	}
	for _, d := range got {
		if !slices.Contains(want, d) {
			return false
		}
	}
	return true
}

func datesIn(s string, y int) []vietnam.Date {
	var out []vietnam.Date
	for _, f := range splitFields(s) {
		out = append(out, vietnam.MustParseDate(f+"/"+strconv.Itoa(y)))
	}
	return out
}

// TestTetDefaultFollowsTheNotices: without a decree, the default Tết rule
// gives each year of 2014–2027 the days the notice gave: five days from
// two days before mùng 1, a day in lieu of each that falls on a weekly
// rest day on the next working days (Labour Code 2019 Art. 111(3)).
func TestTetDefaultFollowsTheNotices(t *testing.T) {
	plain := New(WithoutDecrees())
	matched := 0
	for _, b := range tetBreaks {
		if assert.True(t, defaultMatches(plain, b), "%d: default gives %v; notice: %s", b.year, tetDaysOff(plain, b.year), b.source) {
			matched++
		}
	}
	t.Logf("default Tết rule matches %d of %d notices", matched, len(tetBreaks))
}
