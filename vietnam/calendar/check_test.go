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
