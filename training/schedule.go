package training

import (
	"fmt"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/calendar"
)

// A Plan says when a class meets. Classes for workers and cadres meet on
// working days; classes for citizens often meet on weekends, when people
// are at home ("ngày thứ Bảy, Chủ nhật"). Holidays are skipped either way.
type Plan struct {
	// First is the earliest day a session may take place.
	First vietnam.Date
	// Sessions is the number of sessions to schedule.
	Sessions int
	// Weekdays, when set, are the days of the week the class meets
	// (time.Saturday, time.Sunday for weekend classes), public holidays and
	// decreed days off excluded. When empty, the class meets on the
	// calendar's working days.
	Weekdays []time.Weekday
	// Every is the gap between sessions in meeting days: 1 meets on every
	// eligible day, 2 on every other one. Zero means 1.
	Every int
	// Start and Duration are the time of day and length of each session.
	Start, Duration time.Duration
	// Lessons are spread over the sessions in order, one or more per
	// session, as evenly as the counts allow.
	Lessons []string
}

// maxScheduleDays bounds the search for meeting days: a plan that finds
// none in ten years is an error, not a hang.
const maxScheduleDays = 3660

// Schedule lays out the sessions of a plan on a calendar (nil uses
// calendar.New(): Monday–Friday, the Labour Code holidays and the decreed
// days off).
func Schedule(p Plan, cal *calendar.Calendar) ([]Session, error) {
	switch {
	case p.First.IsZero():
		return nil, fmt.Errorf("training: plan: no first day: %w", ErrInvalidValue)
	case p.Sessions <= 0:
		return nil, fmt.Errorf("training: plan: %d sessions: %w", p.Sessions, ErrInvalidValue)
	case p.Every < 0:
		return nil, fmt.Errorf("training: plan: every %d days: %w", p.Every, ErrInvalidValue)
	}
	if cal == nil {
		cal = calendar.New()
	}
	every := max(p.Every, 1)
	meets := func(d vietnam.Date) bool {
		if len(p.Weekdays) == 0 {
			return cal.IsWorkingDay(d)
		}
		if day, special := cal.Day(d); special && day.Off() {
			return false // Tết, 30/4, Quốc khánh and the days off around them
		}
		for _, w := range p.Weekdays {
			if d.Weekday() == w {
				return true
			}
		}
		return false
	}
	var out []Session
	eligible := 0
	for d, n := p.First, 0; len(out) < p.Sessions; d, n = d.AddDays(1), n+1 {
		if n > maxScheduleDays || d.IsZero() {
			return out, fmt.Errorf("training: plan: only %d of %d sessions fit in ten years from %s: %w", len(out), p.Sessions, p.First, ErrInvalidValue)
		}
		if !meets(d) {
			continue
		}
		if eligible%every == 0 {
			out = append(out, Session{Date: d, Start: p.Start, Duration: p.Duration})
		}
		eligible++
	}
	// Lessons in order: session i gets lessons [i*L/S, (i+1)*L/S).
	l, s := len(p.Lessons), len(out)
	for i := range out {
		out[i].Lessons = p.Lessons[i*l/s : (i+1)*l/s]
	}
	return out, nil
}
