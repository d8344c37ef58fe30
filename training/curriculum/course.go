package curriculum

import (
	"fmt"
	"time"
)

// CompetenceRef names a competence of a framework at a level: what a
// course teaches or what a learner reached.
type CompetenceRef struct {
	Framework  string `json:"framework"`  // Framework.ID
	Competence string `json:"competence"` // Competence.Code
	Level      int    `json:"level"`      // Level.Rank; 0 = unspecified
}

// A Lesson is one unit of a course. The national platform
// (binhdanhocvuso.gov.vn) requires lessons to be taken in order.
type Lesson struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Duration time.Duration `json:"duration"`
}

// A Course is a module mapped to competences, with ordered lessons.
type Course struct {
	ID          string          `json:"id"`
	Title       Text            `json:"title"`
	Competences []CompetenceRef `json:"competences"`
	Lessons     []Lesson        `json:"lessons"`
}

// Duration returns the sum of the lessons' durations.
func (c Course) Duration() time.Duration {
	var d time.Duration
	for _, l := range c.Lessons {
		d += l.Duration
	}
	return d
}

// LessonIndex returns the position of a lesson in the course order.
func (c Course) LessonIndex(id string) (int, bool) {
	for i, l := range c.Lessons {
		if l.ID == id {
			return i, true
		}
	}
	return 0, false
}

// Validate checks the course against the frameworks it refers to: an ID,
// at least one lesson, unique lesson IDs, no negative durations, and every
// competence and level known to its framework. Frameworks not passed in
// are reported as unknown. Every problem is reported, joined.
func (c Course) Validate(frameworks ...Framework) error {
	bad := problems{what: fmt.Sprintf("course %q", c.ID)}
	if c.ID == "" {
		bad.add("empty ID")
	}
	if len(c.Lessons) == 0 {
		bad.add("no lessons")
	}
	seen := map[string]bool{}
	for i, l := range c.Lessons {
		switch {
		case l.ID == "":
			bad.add("lesson %d has an empty ID", i+1)
		case seen[l.ID]:
			bad.add("lesson %q appears twice", l.ID)
		}
		seen[l.ID] = true
		if l.Duration < 0 {
			bad.add("lesson %q has a negative duration", l.ID)
		}
	}
	for _, ref := range c.Competences {
		var fw *Framework
		for i := range frameworks {
			if frameworks[i].ID == ref.Framework {
				fw = &frameworks[i]
			}
		}
		if fw == nil {
			bad.add("unknown framework %q", ref.Framework)
			continue
		}
		if _, ok := fw.Competence(ref.Competence); !ok {
			bad.add("framework %q has no competence %q", ref.Framework, ref.Competence)
		}
		if ref.Level < 0 || ref.Level > len(fw.Levels) {
			bad.add("framework %q has no level %d", ref.Framework, ref.Level)
		}
	}
	return bad.err()
}
