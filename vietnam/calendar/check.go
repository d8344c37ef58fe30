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
// 1995, and the holidays of the rules before it (Tết of three days, 2 and
// 3 September) are not in this package. Check returns it wrapped in a
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
// pattern alone. A caller counting days in years it does not control
// (a roster's dates, a report's range) should Check them first rather
// than take every weekday of 1990 for a working day.
func (c *Calendar) Check(from, to vietnam.Date) error {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil
	}
	for y := from.Year(); y <= to.Year(); y++ {
		if !c.knows(y) {
			return &YearError{Year: y, Reason: unknownReason(y), Err: ErrRulesUnknown}
		}
	}
	return nil
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
