package training

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
)

// A Rule says when a learner has completed a class. The zero Rule counts
// every enrolled learner as complete; set the parts a program requires.
type Rule struct {
	// MinAttendance is the share of held sessions a learner must attend,
	// from 0 to 1 (0.8 = 80%). Zero requires nothing.
	MinAttendance decimal.Decimal
	// PassingScore is the lowest passing assessment score. Zero requires
	// no assessment.
	PassingScore decimal.Decimal
	// LessonsInOrder requires every lesson of the course, each completed
	// on or after the day of the one before it, as the national platform
	// unlocks lessons one at a time.
	LessonsInOrder bool
}

// progress is what is known of one learner in one class.
type progress struct {
	held     int             // sessions held so far
	attended int             // of those, sessions the learner attended
	score    decimal.Decimal // best assessment score, if assessed
	assessed bool
	lessons  []lessonDone // lessons the learner completed, in any order
}

// lessonDone records that a learner completed a lesson on a date.
type lessonDone struct {
	lesson string
	date   vietnam.Date
}

// Shortfall is a reason a learner has not completed. The zero value is
// not a shortfall.
type Shortfall uint8

// The shortfalls a Rule finds (see Gradebook.Outcome).
const (
	_                Shortfall = iota
	LowAttendance              // attended share below MinAttendance
	NotAssessed                // a passing score is required and no score exists
	BelowPassing               // the score is below PassingScore
	LessonMissing              // a lesson of the course was not completed
	LessonOutOfOrder           // a lesson was completed before the one it follows
)

var shortfallText = enumtext.Table{What: "training: shortfall", Type: "Shortfall",
	Words: [][]string{nil, {"attendance too low"}, {"not assessed"}, {"score below passing"}, {"lesson missing"}, {"lesson out of order"}},
	Labels: [][2]string{
		{},
		LowAttendance:    {"chưa đủ số buổi", "attendance too low"},
		NotAssessed:      {"chưa kiểm tra", "not assessed"},
		BelowPassing:     {"chưa đạt điểm", "score below passing"},
		LessonMissing:    {"thiếu bài học", "lesson missing"},
		LessonOutOfOrder: {"học sai thứ tự", "lesson out of order"},
	}}

// String returns the English name of the shortfall, or "Shortfall(N)"
// for a value that is not a shortfall.
func (s Shortfall) String() string { return shortfallText.String(uint8(s)) }

// Label returns the name of the shortfall in l ("chưa đủ số buổi",
// "attendance too low"), or "Shortfall(N)" for a value that is not a
// shortfall.
func (s Shortfall) Label(l vietnam.Lang) string { return shortfallText.Label(uint8(s), l) }

// Outcome is the verdict of a Rule for one learner.
type Outcome struct {
	Complete   bool
	Attendance decimal.Decimal // attended share of held sessions; 0 when none was held
	Shortfalls []Shortfall     // empty when Complete
	Detail     []string        // one line per shortfall, naming the lesson or the numbers
}

// evaluate applies the rule to a learner's progress in a class of the
// course. It never divides by zero: with no session held the attendance
// share is 0, which fails any positive MinAttendance.
func (r Rule) evaluate(c curriculum.Course, p progress) Outcome {
	var o Outcome
	if p.held > 0 {
		o.Attendance = decimal.NewFromInt(int64(min(p.attended, p.held))).Div(decimal.NewFromInt(int64(p.held)))
	}
	add := func(s Shortfall, format string, args ...any) {
		o.Shortfalls = append(o.Shortfalls, s)
		o.Detail = append(o.Detail, fmt.Sprintf(format, args...))
	}
	if r.MinAttendance.IsPositive() && o.Attendance.LessThan(r.MinAttendance) {
		add(LowAttendance, "attended %d of %d sessions, need %s%%", p.attended, p.held, r.MinAttendance.Shift(2).String())
	}
	if r.PassingScore.IsPositive() {
		switch {
		case !p.assessed:
			add(NotAssessed, "no assessment score")
		case p.score.LessThan(r.PassingScore):
			add(BelowPassing, "score %s below %s", p.score, r.PassingScore)
		}
	}
	if r.LessonsInOrder {
		done := make(map[string]vietnam.Date, len(p.lessons))
		for _, l := range p.lessons {
			if d, ok := done[l.lesson]; !ok || l.date.Before(d) {
				done[l.lesson] = l.date
			}
		}
		var prev vietnam.Date
		for i, l := range c.Lessons {
			d, ok := done[l.ID]
			if !ok {
				add(LessonMissing, "lesson %d %q not completed", i+1, l.ID)
				continue
			}
			if d.Before(prev) {
				add(LessonOutOfOrder, "lesson %d %q completed on %s, before lesson %d", i+1, l.ID, d, i)
			}
			if d.After(prev) {
				prev = d
			}
		}
	}
	o.Complete = len(o.Shortfalls) == 0
	return o
}
