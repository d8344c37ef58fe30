package training_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
)

func vneidCourse() training.Course {
	return training.Course{
		ID:    "vneid-101",
		Title: training.Text{VI: "Kích hoạt và sử dụng VNeID mức 2", EN: "Activating and using VNeID level 2"},
		Competences: []training.CompetenceRef{
			{Framework: "qd757-citizen", Competence: "0.2", Level: 1},
			{Framework: "tt02-2025", Competence: "2.6", Level: 2},
		},
		Lessons: []training.Lesson{
			{ID: "l1", Title: "Cài đặt ứng dụng", Duration: 45 * time.Minute},
			{ID: "l2", Title: "Kích hoạt tài khoản", Duration: 60 * time.Minute},
			{ID: "l3", Title: "Dịch vụ công trên VNeID", Duration: 75 * time.Minute},
		},
	}
}

func TestCourse(t *testing.T) {
	c := vneidCourse()
	require.NoError(t, c.Validate(training.BasicCitizen(), training.TT02()))
	assert.Equal(t, 3*time.Hour, c.Duration())
	i, ok := c.LessonIndex("l3")
	assert.True(t, ok)
	assert.Equal(t, 2, i)
	_, ok = c.LessonIndex("l9")
	assert.False(t, ok)
}

func TestCourseValidate(t *testing.T) {
	c := vneidCourse()
	c.Lessons = append(c.Lessons, training.Lesson{ID: "l1"}, training.Lesson{Duration: -time.Minute})
	c.Competences = append(c.Competences,
		training.CompetenceRef{Framework: "tt02-2025", Competence: "9.9"},
		training.CompetenceRef{Framework: "tt02-2025", Competence: "1.1", Level: 9},
	)
	err := c.Validate(training.TT02()) // the citizens' framework is not passed
	require.Error(t, err)
	assert.True(t, errors.Is(err, training.ErrCourse))
	want := `training: course "vneid-101": lesson "l1" appears twice: invalid course
training: course "vneid-101": lesson 5 has an empty ID: invalid course
training: course "vneid-101": lesson "" has a negative duration: invalid course
training: course "vneid-101": unknown framework "qd757-citizen": invalid course
training: course "vneid-101": framework "tt02-2025" has no competence "9.9": invalid course
training: course "vneid-101": framework "tt02-2025" has no level 9: invalid course`
	assert.Equal(t, want, err.Error())
}
