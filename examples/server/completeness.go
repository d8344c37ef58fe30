package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// This file holds the weekly reporting rhythm in the least the server needs:
// ISO weeks named "2025W23", a deadline per week, and who reported on time,
// late or not at all. Package metrics is gaining periods and data sets of
// every kind (day to year, campaign weeks) with their labels; the server
// moves onto them when they land.

// week is an ISO week: Monday first, week 1 holding the year's first
// Thursday, so week 1 of 2026 begins on Monday 29/12/2025.
type week struct {
	Year, Week int
}

// errPeriod is a period ID the server cannot read.
var errPeriod = errors.New("invalid period")

// weekOf returns the ISO week of a day.
func weekOf(d vietnam.Date) week {
	y, w := d.Start().ISOWeek()
	return week{y, w}
}

// parseWeek reads "2025W23" (also "2025-W23").
func parseWeek(s string) (week, error) {
	var y, n int
	var err error
	switch {
	case len(s) == 7 && s[4] == 'W':
		y, err = strconv.Atoi(s[:4])
		if err == nil {
			n, err = strconv.Atoi(s[5:])
		}
	case len(s) == 8 && s[4] == '-' && s[5] == 'W':
		y, err = strconv.Atoi(s[:4])
		if err == nil {
			n, err = strconv.Atoi(s[6:])
		}
	default:
		return week{}, fmt.Errorf("%w: %q: want an ISO week such as 2025W23", errPeriod, s)
	}
	wk := week{y, n}
	if err != nil || y < 1 || n < 1 || n > 53 || weekOf(wk.Monday()) != wk {
		return week{}, fmt.Errorf("%w: %q: no such ISO week", errPeriod, s)
	}
	return wk, nil
}

// Monday returns the first day of the week.
func (w week) Monday() vietnam.Date {
	// 4 January is always in week 1.
	jan4 := vietnam.MustDate(w.Year, time.January, 4)
	back := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDays(-back + 7*(w.Week-1))
}

// Sunday returns the last day of the week.
func (w week) Sunday() vietnam.Date { return w.Monday().AddDays(6) }

// String returns the stable ID "2025W23".
func (w week) String() string { return fmt.Sprintf("%04dW%02d", w.Year, w.Week) }

// Label returns "Tuần 23/2025" or "Week 23 of 2025".
func (w week) Label(l vietnam.Lang) string {
	if l == vietnam.English {
		return fmt.Sprintf("Week %d of %d", w.Week, w.Year)
	}
	return fmt.Sprintf("Tuần %d/%d", w.Week, w.Year)
}

// deadline returns the last instant a report of the week is on time.
func (r reportRule) deadline(w week) time.Time {
	return w.Monday().AddDays(r.DeadlineWeekday - 1).Start().Add(time.Duration(r.DeadlineHour) * time.Hour)
}

// Standing is where one unit's report for a period stands.
type standing uint8

const (
	missing standing = iota
	late
	onTime
)

func (s standing) String() string { return [...]string{"missing", "late", "on_time"}[s] }

func (s standing) Label(l vietnam.Lang) string {
	if l == vietnam.English {
		return [...]string{"Not reported", "Late", "On time"}[s]
	}
	return [...]string{"Chưa báo cáo", "Trễ hạn", "Đúng hạn"}[s]
}

func (s standing) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *standing) UnmarshalText(b []byte) error {
	for v := range onTime + 1 {
		if v.String() == string(b) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("%w: standing %q", errPeriod, b)
}

// unitStanding is one reporter's line.
type unitStanding struct {
	Unit       org.Unit   `json:"-"`
	ID         org.ID     `json:"unit"`
	Name       string     `json:"name"`
	Standing   standing   `json:"standing"`
	ReceivedAt *time.Time `json:"received_at,omitempty"`
}

// completeness is a subtree's reporting for one week.
type completeness struct {
	Period   string    `json:"period"`
	Label    string    `json:"label"`
	Deadline time.Time `json:"deadline"`
	Expected int       `json:"expected"`
	Received int       `json:"received"`
	OnTime   int       `json:"on_time"`
	// Completeness and Timeliness are percentages of Expected (0 when
	// nothing is expected).
	Completeness float64 `json:"completeness"`
	Timeliness   float64 `json:"timeliness"`
	// Missing and Late list the units to call, in tree order, so that
	// a district's communes come together for its union to chase.
	Missing []unitStanding `json:"missing"`
	Late    []unitStanding `json:"late"`
}

// completenessOf sums the reporters of root's subtree for the week.
func (w *world) completenessOf(root org.ID, wk week, got map[org.ID]time.Time, l vietnam.Lang) completeness {
	dl := weeklyReport.deadline(wk)
	c := completeness{Period: wk.String(), Label: wk.Label(l), Deadline: dl, Missing: []unitStanding{}, Late: []unitStanding{}}
	inWindow := w.window.ContainsDate(wk.Monday()) || w.window.ContainsDate(wk.Sunday())
	if !inWindow {
		return c
	}
	for _, u := range w.reporters {
		if !w.within(root, u.ID) {
			continue
		}
		c.Expected++
		us := unitStanding{Unit: u, ID: u.ID, Name: u.Name}
		if at, ok := got[u.ID]; ok {
			c.Received++
			at := at
			us.ReceivedAt = &at
			if !at.After(dl) {
				c.OnTime++
				continue
			}
			us.Standing = late
			c.Late = append(c.Late, us)
			continue
		}
		c.Missing = append(c.Missing, us)
	}
	if c.Expected > 0 {
		c.Completeness = 100 * float64(c.Received) / float64(c.Expected)
		c.Timeliness = 100 * float64(c.OnTime) / float64(c.Expected)
	}
	return c
}
