package calendar

import (
	"errors"
	"strconv"
	"testing"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Years before the Labour Code 1994 took effect (1/1/1995) are not taken
// for years without holidays: Check says the rules are unknown.
func TestCheckYearsBefore1995(t *testing.T) {
	c := New()
	tests := []struct {
		from, to string
		year     int // the year reported; 0 for nil
	}{
		{"1/1/1995", "31/12/2026", 0},
		{"31/12/1994", "1/1/1995", 1994},
		{"2/9/1990", "2/9/1990", 1990},
		{"1/1/1975", "30/4/2026", 1975},
		{"1/1/1990", "1/1/1980", 0}, // reversed: no day to check
	}
	for _, tt := range tests {
		err := c.Check(date(tt.from), date(tt.to))
		if tt.year == 0 {
			assert.NoError(t, err, "%s–%s", tt.from, tt.to)
			continue
		}
		require.Error(t, err, "%s–%s", tt.from, tt.to)
		assert.ErrorIs(t, err, ErrRulesUnknown)
		var ye *YearError
		require.True(t, errors.As(err, &ye))
		assert.Equal(t, tt.year, ye.Year)
		assert.Equal(t, "calendar: year "+strconv.Itoa(tt.year)+": holiday rules unknown: no rule in force and no decree (the default rules start in 1995, when the Labour Code 1994 took effect)", err.Error())
	}
	assert.NoError(t, c.Check(vietnam.Date{}, date("1/1/1990")))

	// A caller's rules that reach back make those years known; a calendar
	// without rules knows no year, and a decree makes its year known.
	old := Rule{Holiday: NewYear, Month: 1, Day: 1, Source: "caller"}
	assert.NoError(t, New(WithRules(old)).Check(date("1/1/1980"), date("1/1/1990")))
	var zero Calendar
	assert.ErrorIs(t, zero.Check(date("1/1/2026"), date("1/1/2026")), ErrRulesUnknown)
	bare := New(WithRules(), WithoutDecrees(), WithDecrees(Decree{Year: 2030, Holiday: NewYear, Source: "test"}))
	assert.NoError(t, bare.Check(date("1/1/2030"), date("31/12/2030")))
	err := bare.Check(date("1/1/2031"), date("1/1/2031"))
	assert.ErrorIs(t, err, ErrRulesUnknown)
	assert.Equal(t, "calendar: year 2031: holiday rules unknown: no rule in force and no decree", err.Error())
}

// The checked forms of the working-day questions refuse the years Check
// rejects instead of answering by the week pattern: New Year's Day 1990
// was a holiday, not the working Monday IsWorkingDay makes of it.
func TestCheckedWorkingDays(t *testing.T) {
	c := New()
	assertUnknown := func(err error, year int, what string) {
		t.Helper()
		require.ErrorIs(t, err, ErrRulesUnknown, what)
		var ye *YearError
		require.ErrorAs(t, err, &ye, what)
		assert.Equal(t, year, ye.Year, what)
	}
	_, err := c.IsWorkingDayChecked(date("1/1/1990"))
	assertUnknown(err, 1990, "IsWorkingDayChecked 1/1/1990")
	_, err = c.WorkingDaysChecked(date("1/12/1994"), date("31/1/1995"))
	assertUnknown(err, 1994, "WorkingDaysChecked 1/12/1994–31/1/1995")
	_, err = c.AddWorkingDaysChecked(date("3/1/1995"), -5) // back past 1/1/1995
	assertUnknown(err, 1994, "AddWorkingDaysChecked 3/1/1995 −5")

	// In known years they answer as the unchecked forms.
	for _, d := range []string{"1/1/1995", "17/2/2026", "21/2/2026", "2/1/2026"} {
		ok, err := c.IsWorkingDayChecked(date(d))
		require.NoError(t, err, d)
		assert.Equal(t, c.IsWorkingDay(date(d)), ok, d)
	}
	n, err := c.WorkingDaysChecked(date("1/1/2026"), date("31/12/2026"))
	require.NoError(t, err)
	assert.Equal(t, c.WorkingDays(date("1/1/2026"), date("31/12/2026")), n)
	for _, tt := range []struct {
		from string
		n    int
	}{{"13/2/2026", 1}, {"23/2/2026", -1}, {"31/12/1994", 3}, {"20/12/2026", 0}} {
		got, err := c.AddWorkingDaysChecked(date(tt.from), tt.n)
		require.NoError(t, err, tt.from)
		assert.Equal(t, c.AddWorkingDays(date(tt.from), tt.n), got, tt.from)
	}

	// Where AddWorkingDays gives the zero Date, the checked form says why,
	// quoting the date and count it was given.
	for _, tt := range []struct {
		c    *Calendar
		from vietnam.Date
		n    int
		want string
	}{
		{c, vietnam.Date{}, 1, "calendar: adding working days to the zero Date"},
		{&Calendar{}, date("1/1/2026"), 1, "calendar: the week has no working day"},
		{New(WithRules(Rule{Holiday: NewYear, Month: 1, Day: 1, Source: "caller"})), date("30/12/9999"), 5, "calendar: 5 working days from 30/12/9999 run past the years 1–9999"},
		{New(WithRules(Rule{Holiday: NewYear, Month: 1, Day: 1, Source: "caller"})), date("3/1/0001"), -3, "calendar: -3 working days from 03/01/0001 run past the years 1–9999"},
	} {
		got, err := tt.c.AddWorkingDaysChecked(tt.from, tt.n)
		assert.EqualError(t, err, tt.want)
		assert.True(t, got.IsZero())
		assert.True(t, tt.c.AddWorkingDays(tt.from, tt.n).IsZero())
	}
}
