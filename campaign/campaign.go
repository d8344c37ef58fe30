package campaign

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// ID identifies a campaign, such as "bdhvs-he-2025". Training records may
// carry it as a plain value; the zero ID is empty and names no campaign.
type ID string

// Campaign is a named effort of one organisation over a window, with its
// phases and its targets: Bình Dương's "Bình dân học vụ số" summer campaign,
// 29/5–15/8/2025, 52.000 union members trained.
//
// A Campaign is a plain value. Its methods never change it or the slices
// it holds, so a Campaign shared between goroutines is safe as long as
// nobody writes to its slices. It travels as JSON with the window in ISO
// form ("2025-05-29/2025-08-15"); on the way in the window may be written
// as announcements write it.
type Campaign struct {
	ID     ID      `json:"id"`
	Name   string  `json:"name"`
	Owner  org.ID  `json:"owner"` // the unit that runs the campaign; the report covers its subtree
	Window Window  `json:"window"`
	Phases []Phase `json:"phases,omitempty"`
	// Targets are metrics targets over the campaign. A target with an empty
	// Unit is the Owner's; one with a zero Window runs over the campaign's
	// Window (and any other Window is an error: a target with other dates
	// belongs to another campaign). Schedules are kept, so "60% by the end
	// of the peak" is Phase.Milestone(60%).
	Targets []metrics.Target `json:"targets,omitempty"`
}

// Status is where a campaign stands at an instant. The zero Status is
// StatusUnknown: the campaign has no window.
type Status uint8

const (
	StatusUnknown  Status = iota
	StatusUpcoming        // before the first day of the window
	StatusRunning         // on a day of the window (any day from the start, if open-ended)
	StatusEnded           // after the last day of the window
)

var statusText = enumtext.Table{What: "campaign: status", Err: ErrStatus,
	Words:  [][]string{{"unknown", "không rõ"}, {"upcoming", "sắp diễn ra"}, {"running", "đang diễn ra"}, {"ended", "đã kết thúc"}},
	Labels: [][2]string{{"Không rõ", "Unknown"}, {"Sắp diễn ra", "Upcoming"}, {"Đang diễn ra", "Running"}, {"Đã kết thúc", "Ended"}}}

// String returns the code used in CSV and JSON ("upcoming", "running",
// "ended", "unknown"), or "Status(N)" for a value out of range.
func (s Status) String() string { return statusText.String(uint8(s)) }

// Label returns the status as a report shows it: "Sắp diễn ra", "Đang
// diễn ra", "Đã kết thúc" in Vietnamese, "Upcoming", "Running", "Ended" in
// English; "Status(N)" for a value out of range.
func (s Status) Label(l vietnam.Lang) string { return statusText.Label(uint8(s), l) }

// ErrStatus means a text names no Status.
var ErrStatus = errors.New("not a campaign status")

// ParseStatus reads the code String returns, or the Vietnamese label in any
// case, with or without tones.
func ParseStatus(s string) (Status, error) {
	var st Status
	if s == "" {
		return st, fmt.Errorf("campaign: status %q: %w", s, ErrStatus)
	}
	err := enumtext.Decode(&statusText, &st, []byte(s))
	return st, err
}

// MarshalText encodes the status as its code ("unknown" for
// StatusUnknown, which is a status a campaign with no window has); a value
// with no name is an error.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusText.Words) {
		return statusText.Marshal(uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes what ParseStatus reads.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := ParseStatus(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// StatusOn returns the campaign's status on the civil date d: running on
// every day of the window, both ends included.
func (c Campaign) StatusOn(d vietnam.Date) Status {
	switch {
	case c.Window.IsZero() || d.IsZero():
		return StatusUnknown
	case d.Before(c.Window.start):
		return StatusUpcoming
	case c.Window.ContainsDate(d):
		return StatusRunning
	}
	return StatusEnded
}

// StatusAt returns the campaign's status at the instant t, read in Vietnam
// time: a campaign ending 15/8 is running at 23:59 on 15/8 in Vietnam and
// ended at 00:00 on 16/8, whatever t's location.
func (c Campaign) StatusAt(t time.Time) Status {
	d := vietnam.DateOf(t)
	if d.IsZero() && !c.Window.IsZero() {
		if t.Before(c.Window.StartTime()) {
			return StatusUpcoming
		}
		if c.Window.IsOpen() {
			return StatusRunning
		}
		return StatusEnded
	}
	return c.StatusOn(d)
}

// PhasesAt returns the campaign's phases running at the instant t.
func (c Campaign) PhasesAt(t time.Time) iter.Seq[Phase] { return PhasesAt(c.Phases, t) }

// Period returns w as a metrics.Period, the form metrics paces targets
// over. An open-ended window gives a period with an open end. The zero
// Window gives the zero Period, which metrics reads as "every date".
func (w Window) Period() metrics.Period {
	return metrics.Period{From: w.start, To: w.end}
}

// Milestone returns the point of a metrics schedule that asks for share of
// the target by the end of the phase: peak.Milestone(decimal.RequireFromString("0.6"))
// is "60% by the end of the 15-day peak".
func (p Phase) Milestone(share decimal.Decimal) metrics.Milestone {
	return metrics.Milestone{Date: p.Window.end, Share: share}
}

// ErrCampaign is the category of every *Error.
var ErrCampaign = errors.New("invalid campaign")

// Error describes one field of a campaign that cannot be used.
type Error struct {
	Campaign ID
	Field    string // "ID", "Window", "Targets[2].Unit", ...
	Reason   string
}

func (e *Error) Error() string {
	return fmt.Sprintf("campaign: %q: %s: %s", e.Campaign, e.Field, e.Reason)
}

// Unwrap returns ErrCampaign.
func (e *Error) Unwrap() error { return ErrCampaign }

// Validate reports every problem of c that needs no tree or catalog to see:
// an empty ID, name or owner, no window, a target on an open-ended window
// (pacing needs a deadline), a target with other dates than the campaign,
// and the phases' problems (CheckPhases). The result joins one error per
// problem (errors.Join), or is nil.
func (c Campaign) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &Error{Campaign: c.ID, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(string(c.ID)) == "" {
		bad("ID", "empty")
	}
	if strings.TrimSpace(c.Name) == "" {
		bad("Name", "empty")
	}
	if c.Owner == "" {
		bad("Owner", "empty")
	}
	switch {
	case c.Window.IsZero():
		bad("Window", "no window")
	case c.Window.IsOpen() && len(c.Targets) > 0:
		bad("Window", "open-ended, but targets need a deadline")
	}
	for i, t := range c.Targets {
		if t.Window != (metrics.Period{}) && t.Window != c.Window.Period() {
			bad(fmt.Sprintf("Targets[%d].Window", i), "%s differs from the campaign's %s", t.Window, c.Window)
		}
	}
	if err := CheckPhases(c.Window, c.Phases); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// MetricsTargets returns copies of the campaign's targets with the gaps
// filled: the Owner as unit, the campaign's window as period.
func (c Campaign) MetricsTargets() []metrics.Target {
	out := make([]metrics.Target, len(c.Targets))
	for i, t := range c.Targets {
		if t.Unit == "" {
			t.Unit = c.Owner
		}
		if t.Window == (metrics.Period{}) {
			t.Window = c.Window.Period()
		}
		t.Schedule = slices.Clone(t.Schedule)
		out[i] = t
	}
	return out
}
