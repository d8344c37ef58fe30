package training_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/curriculum"
	"github.com/hocvuso/hocvuso/vietnam"
)

// vneidCourse has three lessons, taken in order.
func vneidCourse() curriculum.Course {
	return curriculum.Course{ID: "vneid-101", Lessons: []curriculum.Lesson{{ID: "l1"}, {ID: "l2"}, {ID: "l3"}}}
}

func vneidClass() training.Class {
	d := vietnam.MustParseDate
	return training.Class{
		ID: "lt-01", Course: "vneid-101", Unit: "doan-phuong-lai-thieu", Capacity: 3,
		Sessions: []training.Session{
			{Date: d("7/6/2025"), Start: 8 * time.Hour, Duration: 2 * time.Hour, Lessons: []string{"l1"}},
			{Date: d("14/6/2025"), Start: 8 * time.Hour, Duration: 2 * time.Hour, Lessons: []string{"l2"}},
			{Date: d("21/6/2025"), Start: 8 * time.Hour, Duration: 2 * time.Hour, Lessons: []string{"l3"}},
		},
	}
}

func TestGradebook(t *testing.T) {
	d := vietnam.MustParseDate
	g, err := training.NewGradebook(vneidClass(), vneidCourse(), training.Rule{MinAttendance: dec("0.6"), PassingScore: dec("5"), LessonsInOrder: true})
	require.NoError(t, err)
	for _, l := range []training.LearnerID{"an", "binh", "chi"} {
		require.NoError(t, g.Enroll(l, d("1/6/2025")))
	}
	assert.ErrorIs(t, g.Enroll("an", d("1/6/2025")), training.ErrEnrolled)
	err = g.Enroll("dung", d("2/6/2025"))
	assert.ErrorIs(t, err, training.ErrClassFull)
	assert.EqualError(t, err, `training: class "lt-01": "dung": capacity 3: class full`)

	// An attends everything; Bình misses session 2 and studies lesson 2
	// online afterwards; Chi attends once.
	for i := range 3 {
		require.NoError(t, g.Attend("an", i))
	}
	require.NoError(t, g.Attend("an", 0)) // twice is harmless
	require.NoError(t, g.Attend("binh", 0))
	require.NoError(t, g.Attend("binh", 2))
	require.NoError(t, g.CompleteLesson("binh", "l2", d("15/6/2025")))
	require.NoError(t, g.Attend("chi", 1))
	for _, l := range []training.LearnerID{"an", "binh", "chi"} {
		require.NoError(t, g.Assess(l, dec("6")))
	}
	require.NoError(t, g.Assess("chi", dec("3"))) // the best score counts

	err = g.Attend("dung", 0)
	assert.ErrorIs(t, err, training.ErrInvalidValue)
	assert.EqualError(t, err, `training: class "lt-01": "dung": not enrolled: invalid value`)
	assert.ErrorIs(t, g.Attend("an", 3), training.ErrInvalidValue)
	assert.ErrorIs(t, g.CompleteLesson("an", "l9", d("1/7/2025")), training.ErrInvalidValue)
	_, err = g.Outcome("dung", d("1/7/2025"))
	assert.ErrorIs(t, err, training.ErrInvalidValue)

	assert.Equal(t, []training.LearnerID{"an", "binh"}, slices.Collect(g.Completed(d("30/6/2025"))))

	// As of 14/6 only two sessions were held and lesson 3 is not taught yet.
	o, err := g.Outcome("an", d("14/6/2025"))
	require.NoError(t, err)
	assert.False(t, o.Complete)
	assert.Equal(t, []training.Shortfall{training.LessonMissing}, o.Shortfalls)

	o, err = g.Outcome("chi", d("30/6/2025"))
	require.NoError(t, err)
	assert.Equal(t, []training.Shortfall{training.LowAttendance, training.LessonMissing, training.LessonMissing}, o.Shortfalls)

	var order []training.LearnerID
	for l, on := range g.Learners() {
		order = append(order, l)
		assert.Equal(t, d("1/6/2025"), on)
	}
	assert.Equal(t, []training.LearnerID{"an", "binh", "chi"}, order)
}

func TestNewGradebookWrongCourse(t *testing.T) {
	c := vneidClass()
	c.Course = "other"
	_, err := training.NewGradebook(c, vneidCourse(), training.Rule{})
	require.Error(t, err)
	assert.False(t, errors.Is(err, training.ErrClassFull))
	assert.EqualError(t, err, `training: class "lt-01" is of course "other", not "vneid-101": invalid value`)
	assert.ErrorIs(t, err, training.ErrInvalidValue)
}
