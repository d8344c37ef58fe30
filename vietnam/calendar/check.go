package calendar

import (
	"errors"
	"fmt"

	"github.com/hocvuso/hocvuso/vietnam"
)

// ErrRulesUnknown means a Calendar has no holiday rule in force and no
// decree for a year, so it cannot say which days were off. With the
// default rules that is every year before 1995: the Labour Code 1994,
// whose Article 73 the earliest rules carry, took effect on 1 January
// 1995, and the holidays of the rules before it are not in this package
// (no official text of them could be cited). Check returns it wrapped in a
// *YearError; match it with errors.Is.
var ErrRulesUnknown = errors.New("holiday rules unknown")

// YearError describes a year a Calendar cannot answer for.
type YearError struct {
	Year   int
	Reason string // what is wrong, in English
	Err    error  // ErrRulesUnknown
}

func (e *YearError) Error() string {
	return fmt.Sprintf("calendar: year %d: %s", e.Year, e.Reason)
}

func (e *YearError) Unwrap() error { return e.Err }

// Check reports whether c knows the holidays of every year from from to
// to, both included: it returns a *YearError wrapping ErrRulesUnknown for
// the first year in which no rule is in force and no decree applies, and
// nil otherwise (also for a zero or reversed range, which has no day).
//
// IsWorkingDay, WorkingDays, AddWorkingDays and Days answer for any year
// with what the calendar has: in a year Check rejects, that is the week
// pattern alone, so that Monday 1/1/1990 comes out a working day. A
// caller counting days in years it does not control (a roster's dates, a
// report's range) should use IsWorkingDayChecked, WorkingDaysChecked and
// AddWorkingDaysChecked, which return Check's error instead of that
// answer.
func (c *Calendar) Check(from, to vietnam.Date) error {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil
	}
	for y := from.Year(); y <= to.Year(); y++ {
		if !c.knows(y) {
			return yearUnknown(y)
		}
	}
	return nil
}

// yearUnknown is Check's error for year y.
func yearUnknown(y int) error {
	return &YearError{Year: y, Reason: unknownReason(y), Err: ErrRulesUnknown}
}

// IsWorkingDayChecked is IsWorkingDay for a date whose year the calendar
// may have no rules for: it returns Check's *YearError (wrapping
// ErrRulesUnknown) for such a year, where IsWorkingDay would answer by
// the week pattern alone.
func (c *Calendar) IsWorkingDayChecked(d vietnam.Date) (bool, error) {
	if err := c.Check(d, d); err != nil {
		return false, err
	}
	return c.IsWorkingDay(d), nil
}

// WorkingDaysChecked is WorkingDays for a range that may reach years the
// calendar has no rules for: it returns Check's *YearError for the first
// such year instead of a count.
func (c *Calendar) WorkingDaysChecked(from, to vietnam.Date) (int, error) {
	if err := c.Check(from, to); err != nil {
		return 0, err
	}
	return c.WorkingDays(from, to), nil
}

// AddWorkingDaysChecked is AddWorkingDays that stops with Check's
// *YearError when a day it steps over or onto is in a year the calendar
// has no rules for (d itself is not counted, so 31/12/1994 plus one
// working day is 2/1/1995), and with an error where AddWorkingDays
// returns the zero Date.
func (c *Calendar) AddWorkingDaysChecked(d vietnam.Date, n int) (vietnam.Date, error) {
	return c.addWorkingDays(d, n, true)
}

// knows reports whether a rule is in force in y or a decree is for y.
func (c *Calendar) knows(y int) bool {
	for _, r := range c.rules {
		if r.inForce(y) {
			return true
		}
	}
	for _, d := range c.decrees {
		if d.Year == y {
			return true
		}
	}
	return false
}

// unknownReason says why year y is unknown.
func unknownReason(y int) string {
	const reason = "holiday rules unknown: no rule in force and no decree"
	if y < firstLabourCodeYear {
		return reason + " (the default rules start in 1995, when the Labour Code 1994 took effect)"
	}
	return reason
}

// firstLabourCodeYear is the first year of the default rules.
const firstLabourCodeYear = 1995
