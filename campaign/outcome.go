package campaign

import (
	"errors"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Outcome is how an ended campaign came out against its targets. A
// campaign past its window is achieved or not achieved; it is never
// "behind", since nothing can catch up any more. The zero Outcome is
// OutcomeNone: the campaign has not ended, or has no target.
type Outcome uint8

const (
	OutcomeNone        Outcome = iota
	OutcomeAchieved            // every target of the report is complete
	OutcomeNotAchieved         // at least one target ended short
)

var outcomeText = enumtext.Table{What: "campaign: outcome", Err: ErrOutcome,
	Words:  [][]string{{"none"}, {"achieved", "đạt"}, {"not_achieved", "không đạt"}},
	Labels: [][2]string{{"", ""}, {"Đạt", "Achieved"}, {"Không đạt", "Not achieved"}}}

// ErrOutcome means a text names no Outcome.
var ErrOutcome = errors.New("not a campaign outcome")

// String returns the code used in CSV and JSON: "none", "achieved",
// "not_achieved"; "Outcome(N)" out of range.
func (o Outcome) String() string { return outcomeText.String(uint8(o)) }

// Label returns "Đạt" or "Không đạt" in Vietnamese, "Achieved" or "Not
// achieved" in English, and "" for OutcomeNone.
func (o Outcome) Label(l vietnam.Lang) string { return outcomeText.Label(uint8(o), l) }

// MarshalText encodes the outcome as its code, OutcomeNone as the empty
// text.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeText.Marshal(uint8(o)) }

// UnmarshalText decodes the code or the Vietnamese label.
func (o *Outcome) UnmarshalText(b []byte) error { return enumtext.Decode(&outcomeText, o, b) }

// Outcome returns how the campaign came out: OutcomeNone while it has not
// ended or when no row of the report has a target; otherwise achieved when
// every target is complete, not achieved when any ended short.
func (r *Report) Outcome() Outcome {
	if r.Status != StatusEnded || r.Table == nil {
		return OutcomeNone
	}
	out := OutcomeNone
	for _, row := range r.Table.Rows {
		if !row.HasTarget {
			continue
		}
		if row.Progress.Status != metrics.StatusComplete {
			return OutcomeNotAchieved
		}
		out = OutcomeAchieved
	}
	return out
}

// endedLabels are the headings of an ended campaign, by outcome.
var endedLabels = [...][2]string{
	OutcomeAchieved:    {"Đã kết thúc: đạt", "Ended: achieved"},
	OutcomeNotAchieved: {"Đã kết thúc: không đạt", "Ended: not achieved"},
}

// StatusLabel returns the campaign's standing as a dashboard heads it:
// the status label ("Đang diễn ra", "Running"), and once the campaign has
// ended with targets, the outcome with it: "Đã kết thúc: đạt", "Đã kết
// thúc: không đạt"; "Ended: achieved", "Ended: not achieved".
func (r *Report) StatusLabel(l vietnam.Lang) string {
	o := r.Outcome()
	if o == OutcomeNone {
		return r.Status.Label(l)
	}
	if l == vietnam.English {
		return endedLabels[o][1]
	}
	return endedLabels[o][0]
}
