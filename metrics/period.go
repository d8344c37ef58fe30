package metrics

import (
	"fmt"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Period is a span of inclusive civil dates in Vietnam time. A zero From
// leaves the start open and a zero To the end open, so the zero Period
// contains every date. Campaign windows convert to a Period; metrics does not
// know campaigns.
type Period struct {
	From vietnam.Date `json:"from,omitzero"`
	To   vietnam.Date `json:"to,omitzero"`
}

// PeriodOf returns the period from..to and checks that from is not after to.
func PeriodOf(from, to vietnam.Date) (Period, error) {
	p := Period{From: from, To: to}
	if err := p.check(); err != nil {
		return Period{}, err
	}
	return p, nil
}

func (p Period) check() error {
	if !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From) {
		return fmt.Errorf("metrics: period %s: %w", p, ErrPeriod)
	}
	return nil
}

// Contains reports whether d lies in the period. The zero Date lies in no
// period.
func (p Period) Contains(d vietnam.Date) bool {
	if d.IsZero() {
		return false
	}
	return (p.From.IsZero() || !d.Before(p.From)) && (p.To.IsZero() || !d.After(p.To))
}

// Covers reports whether every day from..to lies in the period. A record
// covering a month counts in a query only when the whole month is inside:
// splitting a monthly count by days would invent numbers.
func (p Period) Covers(from, to vietnam.Date) bool {
	return p.Contains(from) && p.Contains(to) && !to.Before(from)
}

// Days returns the number of days of a bounded period, both ends included
// (29/5–15/8/2025 has 79), or 0 when a bound is open.
func (p Period) Days() int {
	if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
		return 0
	}
	return p.To.DaysSince(p.From) + 1
}

// String returns "29/05/2025–15/08/2025", with "…" for an open bound.
func (p Period) String() string {
	f, t := "…", "…"
	if !p.From.IsZero() {
		f = p.From.String()
	}
	if !p.To.IsZero() {
		t = p.To.String()
	}
	return f + "–" + t
}

func dateEpoch() vietnam.Date { return vietnam.MustDate(2000, 1, 1) }
