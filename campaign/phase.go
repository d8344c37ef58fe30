package campaign

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Phase is a named stretch of a campaign: a launch stage, "15 ngày cao
// điểm" (a 15-day peak), the campaign's part of Tháng Thanh niên. Phases
// of one campaign may overlap, because a peak usually sits inside a stage.
// The zero Phase has no name and the zero Window.
type Phase struct {
	Name   string `json:"name"`
	Window Window `json:"window"`
}

// Peak returns the phase of n days that begins on start, as announcements
// write "15 ngày cao điểm từ ngày 1/7": Peak("15 ngày cao điểm", 1/7, 15)
// runs 1/7–15/7.
func Peak(name string, start vietnam.Date, n int) (Phase, error) {
	w, err := WindowOfDays(start, n)
	if err != nil {
		return Phase{}, err
	}
	return Phase{Name: name, Window: w}, nil
}

// Errors wrapped in a *PhaseError. Match them with errors.Is.
var (
	// ErrPhaseOutside means a phase has days outside its campaign's window.
	ErrPhaseOutside = errors.New("phase outside the window")
	// ErrPhaseInvalid means a phase has no name, no window, or a name used
	// by another phase.
	ErrPhaseInvalid = errors.New("invalid phase")
)

// PhaseError describes one phase that does not fit its campaign.
type PhaseError struct {
	Index  int    // position of the phase in the list given
	Name   string // the phase's name
	Reason string // what is wrong, in English
	Err    error  // ErrPhaseOutside or ErrPhaseInvalid
}

func (e *PhaseError) Error() string {
	return fmt.Sprintf("campaign: phase %d %q: %s", e.Index, e.Name, e.Reason)
}

func (e *PhaseError) Unwrap() error { return e.Err }

// CheckPhases reports every phase that does not sit inside w: a phase
// needs a name, unique among the phases (compared with vietnam.EqualFold),
// and a window that w covers; an open-ended phase fits only an open-ended
// window. The result joins one *PhaseError per problem (errors.Join), or
// is nil.
func CheckPhases(w Window, phases []Phase) error {
	var errs []error
	bad := func(i int, p Phase, err error, format string, args ...any) {
		errs = append(errs, &PhaseError{Index: i, Name: p.Name, Reason: fmt.Sprintf(format, args...), Err: err})
	}
	for i, p := range phases {
		switch {
		case strings.TrimSpace(p.Name) == "":
			bad(i, p, ErrPhaseInvalid, "no name")
		case p.Window.IsZero():
			bad(i, p, ErrPhaseInvalid, "no window")
		case !w.Covers(p.Window):
			bad(i, p, ErrPhaseOutside, "%s is not inside %s", describe(p.Window), describe(w))
		}
		for j := range i {
			if p.Name != "" && vietnam.EqualFold(phases[j].Name, p.Name) {
				bad(i, p, ErrPhaseInvalid, "same name as phase %d", j)
				break
			}
		}
	}
	return errors.Join(errs...)
}

func describe(w Window) string {
	if w.IsZero() {
		return "no window"
	}
	return w.String()
}

// PhasesAt returns the phases running at the instant t, in the order given.
func PhasesAt(phases []Phase, t time.Time) iter.Seq[Phase] {
	return func(yield func(Phase) bool) {
		for _, p := range phases {
			if p.Window.Contains(t) && !yield(p) {
				return
			}
		}
	}
}
