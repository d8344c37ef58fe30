package training

import (
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
)

// LearnerID identifies a learner within a program. Rosters usually derive
// it from the CCCD number; see Learner.
type LearnerID string

// A Session is one meeting of a class.
type Session struct {
	Date     vietnam.Date  `json:"date"`
	Start    time.Duration `json:"start"` // time of day in Vietnam, from midnight (8h30 = 8*time.Hour+30*time.Minute)
	Duration time.Duration `json:"duration"`
	Lessons  []string      `json:"lessons,omitempty"` // lesson IDs taught
}

// A Class is a course taught by volunteers for one organisation unit: "mỗi
// cơ sở Đoàn là một lớp học số".
type Class struct {
	ID       string    `json:"id"`
	Course   string    `json:"course"`   // curriculum.Course.ID
	Unit     org.ID    `json:"unit"`     // the unit that runs it
	Capacity int       `json:"capacity"` // 0 = no limit
	Sessions []Session `json:"sessions"`
}

// Errors of the Gradebook, wrapped in messages that name the class and
// the learner. A learner, session or lesson the class does not have is
// ErrInvalidValue.
var (
	ErrClassFull = errors.New("class full")
	ErrEnrolled  = errors.New("learner already enrolled")
)

// A Gradebook keeps the enrolments, attendance, assessments and lessons of
// one class and tells who completed it under a Rule. A Gradebook is not
// safe for concurrent use; each class has its own.
type Gradebook struct {
	class   Class
	course  curriculum.Course
	rule    Rule
	order   []LearnerID // enrolment order
	entries map[LearnerID]*entry
}

type entry struct {
	enrolled vietnam.Date
	present  []bool
	progress progress
}

// NewGradebook starts the gradebook of a class of the course.
func NewGradebook(class Class, course curriculum.Course, rule Rule) (*Gradebook, error) {
	if class.Course != course.ID {
		return nil, fmt.Errorf("training: class %q is of course %q, not %q: %w", class.ID, class.Course, course.ID, ErrInvalidValue)
	}
	return &Gradebook{class: class, course: course, rule: rule, entries: map[LearnerID]*entry{}}, nil
}

// Enroll adds a learner on a date, respecting the class capacity.
func (g *Gradebook) Enroll(l LearnerID, on vietnam.Date) error {
	if _, ok := g.entries[l]; ok {
		return fmt.Errorf("training: class %q: %q: %w", g.class.ID, l, ErrEnrolled)
	}
	if g.class.Capacity > 0 && len(g.order) >= g.class.Capacity {
		return fmt.Errorf("training: class %q: %q: capacity %d: %w", g.class.ID, l, g.class.Capacity, ErrClassFull)
	}
	g.entries[l] = &entry{enrolled: on, present: make([]bool, len(g.class.Sessions))}
	g.order = append(g.order, l)
	return nil
}

func (g *Gradebook) entry(l LearnerID) (*entry, error) {
	e, ok := g.entries[l]
	if !ok {
		return nil, fmt.Errorf("training: class %q: %q: not enrolled: %w", g.class.ID, l, ErrInvalidValue)
	}
	return e, nil
}

// Attend marks a learner present at session i (0-based). Marking twice is
// harmless. Attending a session also completes the lessons it taught.
func (g *Gradebook) Attend(l LearnerID, i int) error {
	e, err := g.entry(l)
	if err != nil {
		return err
	}
	if i < 0 || i >= len(g.class.Sessions) {
		return fmt.Errorf("training: class %q: session %d of %d: no such session: %w", g.class.ID, i+1, len(g.class.Sessions), ErrInvalidValue)
	}
	if !e.present[i] {
		e.present[i] = true
		s := g.class.Sessions[i]
		for _, id := range s.Lessons {
			e.progress.lessons = append(e.progress.lessons, lessonDone{id, s.Date})
		}
	}
	return nil
}

// Assess records a score; the best score counts.
func (g *Gradebook) Assess(l LearnerID, score decimal.Decimal) error {
	e, err := g.entry(l)
	if err != nil {
		return err
	}
	if !e.progress.assessed || score.GreaterThan(e.progress.score) {
		e.progress.score = score
	}
	e.progress.assessed = true
	return nil
}

// CompleteLesson records a lesson completed outside the sessions (online,
// on the national platform).
func (g *Gradebook) CompleteLesson(l LearnerID, lesson string, on vietnam.Date) error {
	e, err := g.entry(l)
	if err != nil {
		return err
	}
	if _, ok := g.course.LessonIndex(lesson); !ok {
		return fmt.Errorf("training: course %q: lesson %q: no such lesson: %w", g.course.ID, lesson, ErrInvalidValue)
	}
	e.progress.lessons = append(e.progress.lessons, lessonDone{lesson, on})
	return nil
}

// Outcome applies the rule to a learner as of day asOf: only sessions held
// and lessons completed by then count.
func (g *Gradebook) Outcome(l LearnerID, asOf vietnam.Date) (Outcome, error) {
	e, err := g.entry(l)
	if err != nil {
		return Outcome{}, err
	}
	p := e.progress
	p.lessons = nil
	for _, l := range e.progress.lessons {
		if !l.date.After(asOf) {
			p.lessons = append(p.lessons, l)
		}
	}
	for i, s := range g.class.Sessions {
		if s.Date.After(asOf) {
			continue
		}
		p.held++
		if e.present[i] {
			p.attended++
		}
	}
	return g.rule.evaluate(g.course, p), nil
}

// Learners yields the enrolled learners in enrolment order with their
// enrolment date.
func (g *Gradebook) Learners() iter.Seq2[LearnerID, vietnam.Date] {
	return func(yield func(LearnerID, vietnam.Date) bool) {
		for _, l := range g.order {
			if !yield(l, g.entries[l].enrolled) {
				return
			}
		}
	}
}

// Completed yields the learners who completed the class as of asOf, in
// enrolment order.
func (g *Gradebook) Completed(asOf vietnam.Date) iter.Seq[LearnerID] {
	return func(yield func(LearnerID) bool) {
		for _, l := range g.order {
			if o, _ := g.Outcome(l, asOf); o.Complete && !yield(l) {
				return
			}
		}
	}
}
