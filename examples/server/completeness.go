package main

import (
	"slices"
	"time"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// unitReport is one expected report in an answer.
type unitReport struct {
	ID         org.ID              `json:"unit"`
	Name       string              `json:"name"`
	State      metrics.ReportState `json:"state"`
	Label      string              `json:"label"`
	ReceivedAt *time.Time          `json:"received_at,omitempty"`
}

// completeness is a subtree's reporting for one period of the weekly data
// set, as the API and the dashboard show it: metrics.DataSet.Completeness
// restricted to the subtree.
type completeness struct {
	Period   string    `json:"period"` // the period's ID, "2025W28"
	Label    string    `json:"label"`  // "Tuần 28/2025"
	Deadline time.Time `json:"deadline"`
	Expected int       `json:"expected"`
	Received int       `json:"received"`
	OnTime   int       `json:"on_time"`
	// Completeness and Timeliness are percentages of Expected (0 when
	// nothing is expected).
	Completeness float64 `json:"completeness"`
	Timeliness   float64 `json:"timeliness"`
	// Missing (not received: overdue, or not yet due) and Late list the
	// units to call, in tree order, so that a district's communes come
	// together for its union to chase.
	Missing []unitReport `json:"missing"`
	Late    []unitReport `json:"late"`
}

// assigned reports whether the data set expects reports from the unit.
func (w *world) assigned(u org.Unit) bool {
	return slices.Contains(w.reports.Units, u.ID) || slices.Contains(w.reports.Kinds, u.Kind)
}

// weekOf returns the data set's period that holds a day.
func (w *world) weekOf(d vietnam.Date) metrics.Period {
	p, _ := metrics.PeriodOn(w.reports.PeriodType, d)
	return p
}

// completenessOf sums the reports of root's subtree for period p at now.
func (w *world) completenessOf(root org.ID, p metrics.Period, subs []metrics.Submission, now time.Time, l vietnam.Lang) (completeness, error) {
	c := completeness{Period: p.ID(), Label: p.Label(l), Deadline: w.reports.Deadline.Due(p),
		Missing: []unitReport{}, Late: []unitReport{}}
	all, err := w.reports.Completeness(w.reporting, slices.Values(subs), p, now)
	if err != nil {
		return c, err
	}
	if r, ok := all.Rate(root); ok {
		c.Expected, c.Received, c.OnTime = r.Expected, r.Actual(), r.OnTime
		c.Completeness = r.Completeness().Decimal().InexactFloat64()
		c.Timeliness = r.Timeliness().Decimal().InexactFloat64()
	}
	for _, er := range all.Reports {
		if !w.within(root, er.Unit.ID) {
			continue
		}
		ur := unitReport{ID: er.Unit.ID, Name: er.Unit.Name, State: er.State, Label: er.State.Label(l)}
		if !er.Received.IsZero() {
			at := er.Received
			ur.ReceivedAt = &at
		}
		switch er.State {
		case metrics.StatePending, metrics.StateOverdue:
			c.Missing = append(c.Missing, ur)
		case metrics.StateLate:
			c.Late = append(c.Late, ur)
		}
	}
	return c, nil
}
