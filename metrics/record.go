package metrics

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Record is one observation: a value of an indicator at a unit on a day or
// over a period, optionally about one subject (a person, a household).
// Records are what training, rosters and systems such as VNeID produce;
// the rollup reads them once, as a stream.
//
// Values are whole numbers (int64): everything a program records is a count
// (people, visits, accounts, classes) or a stock (members, population), and
// rates are computed from counts, never stored, as DHIS2 advises. Whole
// numbers let ten million records add up without a decimal allocation each;
// sums are exact in 128 bits.
type Record struct {
	// ID identifies the record where it was made (a submission's UUID, a
	// roster row "lai-thieu.csv:17"), so that a record sent twice, by a
	// retried HTTP request or a re-imported file, counts once (see
	// Aggregator.Ingest). Empty means the record has no identity and every
	// copy counts.
	ID string `json:"id,omitempty"`
	// Source names the system or file the record came from ("hvs-web",
	// "vneid", "roster:lai-thieu.csv"); it is carried for audit and named
	// in errors, and is not part of the record's content.
	Source    string `json:"source,omitempty"`
	Indicator Code   `json:"indicator"`
	Unit      org.ID `json:"unit"`
	// Date is the day of the observation, or the first day of the period it
	// covers (a monthly report); End is the last day of that period, zero
	// for a single day.
	Date vietnam.Date `json:"date"`
	End  vietnam.Date `json:"end,omitzero"`
	// Value is ignored by Distinct indicators, where each record names one
	// subject.
	Value int64 `json:"value"`
	// Subject identifies who the record is about. Distinct indicators
	// require it; other indicators ignore it. It should be a pseudonym
	// (see Pseudonymizer), never a raw citizen ID.
	Subject string `json:"subject,omitempty"`
}

func (r Record) last() vietnam.Date {
	if r.End.IsZero() {
		return r.Date
	}
	return r.End
}

// Skipped counts the records an Aggregator did not count, by reason, so that
// none is dropped silently. Maps are nil when empty.
type Skipped struct {
	// UnknownUnits counts records per unit ID that is neither in the tree
	// nor mapped by Options.Successor to a unit in it.
	UnknownUnits map[org.ID]int
	// UnknownIndicators counts records per code missing from the catalog.
	UnknownIndicators map[Code]int
	Computed          int // records of a Ratio indicator, whose values are computed, not recorded
	NoSubject         int // records of a Distinct indicator without a Subject
	BadDate           int // a zero Date, or an End before the Date
	// OutOfPeriod counts records outside the aggregation period: expected
	// when a stream holds more than one period, so Err ignores it.
	OutOfPeriod int
	// Repeats counts records whose ID was counted before with the same
	// content: a retried submission, a file imported twice. Expected, so
	// Err ignores it.
	Repeats int
	// Conflicts counts records whose ID was counted before with other
	// content (see ConflictError).
	Conflicts int
	// RawSubjects counts records refused by Options.RequirePseudonyms
	// because their subject is not a pseudonym.
	RawSubjects int
}

// Total returns the number of records skipped for any reason, out of period
// included.
func (s Skipped) Total() int {
	n := s.Computed + s.NoSubject + s.BadDate + s.OutOfPeriod + s.Repeats + s.Conflicts + s.RawSubjects
	for _, c := range s.UnknownUnits {
		n += c
	}
	for _, c := range s.UnknownIndicators {
		n += c
	}
	return n
}

func (s *Skipped) merge(o Skipped) {
	for id, c := range o.UnknownUnits {
		if s.UnknownUnits == nil {
			s.UnknownUnits = make(map[org.ID]int)
		}
		s.UnknownUnits[id] += c
	}
	for code, c := range o.UnknownIndicators {
		if s.UnknownIndicators == nil {
			s.UnknownIndicators = make(map[Code]int)
		}
		s.UnknownIndicators[code] += c
	}
	s.Computed += o.Computed
	s.NoSubject += o.NoSubject
	s.BadDate += o.BadDate
	s.OutOfPeriod += o.OutOfPeriod
	s.Repeats += o.Repeats
	s.Conflicts += o.Conflicts
	s.RawSubjects += o.RawSubjects
}

// ErrSkipped is the category of a *SkippedError.
var ErrSkipped = errors.New("records skipped")

// SkippedError reports records that could not be counted.
type SkippedError struct {
	Skipped Skipped
}

func (e *SkippedError) Error() string {
	s := e.Skipped
	var parts []string
	if len(s.UnknownUnits) > 0 {
		ids := slices.Sorted(maps.Keys(s.UnknownUnits))
		n := 0
		for _, c := range s.UnknownUnits {
			n += c
		}
		list := make([]string, 0, 3)
		for _, id := range ids[:min(3, len(ids))] {
			list = append(list, fmt.Sprintf("%q", string(id)))
		}
		if len(ids) > 3 {
			list = append(list, fmt.Sprintf("and %d more", len(ids)-3))
		}
		parts = append(parts, fmt.Sprintf("%d of unknown units (%s)", n, strings.Join(list, ", ")))
	}
	if len(s.UnknownIndicators) > 0 {
		codes := slices.Sorted(maps.Keys(s.UnknownIndicators))
		n := 0
		list := make([]string, 0, len(codes))
		for _, c := range codes {
			n += s.UnknownIndicators[c]
			list = append(list, fmt.Sprintf("%q", string(c)))
		}
		parts = append(parts, fmt.Sprintf("%d of unknown indicators (%s)", n, strings.Join(list, ", ")))
	}
	for _, p := range []struct {
		n    int
		what string
	}{{s.Computed, "of ratio indicators"}, {s.NoSubject, "without a subject"}, {s.BadDate, "without a valid date"},
		{s.Conflicts, "reusing a record ID with other content"}, {s.RawSubjects, "with a subject that is not a pseudonym"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	return "metrics: records skipped: " + strings.Join(parts, "; ")
}

// Unwrap returns ErrSkipped.
func (e *SkippedError) Unwrap() error { return ErrSkipped }

// Err returns nil when every record was counted, or only fell outside the
// period or repeated an ID already counted, and a *SkippedError otherwise.
func (s Skipped) Err() error {
	if len(s.UnknownUnits) == 0 && len(s.UnknownIndicators) == 0 && s.Computed == 0 && s.NoSubject == 0 && s.BadDate == 0 &&
		s.Conflicts == 0 && s.RawSubjects == 0 {
		return nil
	}
	return &SkippedError{Skipped: s}
}
