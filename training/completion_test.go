package training_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestRuleEvaluate(t *testing.T) {
	c := vneidCourse() // lessons l1, l2, l3
	d := vietnam.MustParseDate
	strict := training.Rule{MinAttendance: dec("0.8"), PassingScore: dec("5"), LessonsInOrder: true}
	allLessons := []training.LessonDone{{"l1", d("1/6/2025")}, {"l2", d("2/6/2025")}, {"l3", d("2/6/2025")}}
	tests := []struct {
		name       string
		rule       training.Rule
		p          training.Progress
		complete   bool
		attendance string
		shortfalls []training.Shortfall
	}{
		{"zero rule completes anyone", training.Rule{}, training.Progress{}, true, "0", nil},
		{"all good", strict, training.Progress{Held: 5, Attended: 4, Score: dec("7.5"), Assessed: true, Lessons: allLessons}, true, "0.8", nil},
		{"attendance just short", strict, training.Progress{Held: 5, Attended: 3, Score: dec("7"), Assessed: true, Lessons: allLessons}, false, "0.6",
			[]training.Shortfall{training.LowAttendance}},
		{"no session held yet", strict, training.Progress{Held: 0, Score: dec("9"), Assessed: true, Lessons: allLessons}, false, "0",
			[]training.Shortfall{training.LowAttendance}},
		{"not assessed", strict, training.Progress{Held: 2, Attended: 2, Lessons: allLessons}, false, "1",
			[]training.Shortfall{training.NotAssessed}},
		{"below passing", strict, training.Progress{Held: 2, Attended: 2, Score: dec("4.99"), Assessed: true, Lessons: allLessons}, false, "1",
			[]training.Shortfall{training.BelowPassing}},
		{"attended more than held is capped", training.Rule{MinAttendance: dec("1")}, training.Progress{Held: 2, Attended: 3}, true, "1", nil},
		{"lesson missing and out of order", strict, training.Progress{Held: 1, Attended: 1, Score: dec("10"), Assessed: true,
			Lessons: []training.LessonDone{{"l1", d("3/6/2025")}, {"l3", d("2/6/2025")}}}, false, "1",
			[]training.Shortfall{training.LessonMissing, training.LessonOutOfOrder}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.rule.Evaluate(c, tt.p)
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
	r := training.Rule{MinAttendance: dec("0.8"), LessonsInOrder: true}
	o := r.Evaluate(vneidCourse(), training.Progress{Held: 5, Attended: 3, Lessons: []training.LessonDone{
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

func TestShortfallString(t *testing.T) {
	assert.Equal(t, "attendance too low", training.LowAttendance.String())
	assert.Equal(t, "chưa đủ số buổi", training.LowAttendance.Label(vietnam.Vietnamese))
	assert.Equal(t, "Shortfall(0)", training.Shortfall(0).String())
	assert.Equal(t, "Shortfall(99)", training.Shortfall(99).Label(vietnam.Vietnamese))
}

func TestModeString(t *testing.T) {
	assert.Equal(t, "in_person", training.Mode(0).String())
	assert.Equal(t, "online", training.Online.String())
	assert.Equal(t, "blended", training.Blended.String())
	assert.Equal(t, "Mode(9)", training.Mode(9).String())
}
