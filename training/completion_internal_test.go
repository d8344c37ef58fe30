package training

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var vneidCourse = curriculum.Course{ID: "vneid-101", Lessons: []curriculum.Lesson{{ID: "l1"}, {ID: "l2"}, {ID: "l3"}}}

func TestRuleEvaluate(t *testing.T) {
	c := vneidCourse // lessons l1, l2, l3
	d := vietnam.MustParseDate
	strict := Rule{MinAttendance: dec("0.8"), PassingScore: dec("5"), LessonsInOrder: true}
	allLessons := []lessonDone{{"l1", d("1/6/2025")}, {"l2", d("2/6/2025")}, {"l3", d("2/6/2025")}}
	tests := []struct {
		name       string
		rule       Rule
		p          progress
		complete   bool
		attendance string
		shortfalls []Shortfall
	}{
		{"zero rule completes anyone", Rule{}, progress{}, true, "0", nil},
		{"all good", strict, progress{held: 5, attended: 4, score: dec("7.5"), assessed: true, lessons: allLessons}, true, "0.8", nil},
		{"attendance just short", strict, progress{held: 5, attended: 3, score: dec("7"), assessed: true, lessons: allLessons}, false, "0.6",
			[]Shortfall{LowAttendance}},
		{"no session held yet", strict, progress{held: 0, score: dec("9"), assessed: true, lessons: allLessons}, false, "0",
			[]Shortfall{LowAttendance}},
		{"not assessed", strict, progress{held: 2, attended: 2, lessons: allLessons}, false, "1",
			[]Shortfall{NotAssessed}},
		{"below passing", strict, progress{held: 2, attended: 2, score: dec("4.99"), assessed: true, lessons: allLessons}, false, "1",
			[]Shortfall{BelowPassing}},
		{"attended more than held is capped", Rule{MinAttendance: dec("1")}, progress{held: 2, attended: 3}, true, "1", nil},
		{"lesson missing and out of order", strict, progress{held: 1, attended: 1, score: dec("10"), assessed: true,
			lessons: []lessonDone{{"l1", d("3/6/2025")}, {"l3", d("2/6/2025")}}}, false, "1",
			[]Shortfall{LessonMissing, LessonOutOfOrder}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.rule.evaluate(c, tt.p)
			assert.Equal(t, tt.complete, o.Complete)
			assert.True(t, dec(tt.attendance).Equal(o.Attendance), "attendance %s", o.Attendance)
			if diff := cmp.Diff(tt.shortfalls, o.Shortfalls); diff != "" {
				t.Errorf("shortfalls (-want +got)\n%s", diff)
			}
			assert.Len(t, o.Detail, len(o.Shortfalls))
		})
	}
}

func TestRuleEvaluateDetail(t *testing.T) {
	r := Rule{MinAttendance: dec("0.8"), LessonsInOrder: true}
	o := r.evaluate(vneidCourse, progress{held: 5, attended: 3, lessons: []lessonDone{
		{"l2", vietnam.MustParseDate("1/6/2025")}, {"l1", vietnam.MustParseDate("2/6/2025")}}})
	want := []string{
		"attended 3 of 5 sessions, need 80%",
		`lesson 2 "l2" completed on 01/06/2025, before lesson 1`,
		`lesson 3 "l3" not completed`,
	}
	if diff := cmp.Diff(want, o.Detail); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
