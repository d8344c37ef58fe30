package curriculum_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training/curriculum"
)

func vneidCourse() curriculum.Course {
	return curriculum.Course{
		ID:    "vneid-101",
		Title: curriculum.Text{VI: "Kích hoạt và sử dụng VNeID mức 2", EN: "Activating and using VNeID level 2"},
		Competences: []curriculum.CompetenceRef{
			{Framework: "qd757-citizen", Competence: "0.2", Level: 1},
			{Framework: "tt02-2025", Competence: "2.6", Level: 2},
		},
		Lessons: []curriculum.Lesson{
			{ID: "l1", Title: "Cài đặt ứng dụng", Duration: 45 * time.Minute},
			{ID: "l2", Title: "Kích hoạt tài khoản", Duration: 60 * time.Minute},
			{ID: "l3", Title: "Dịch vụ công trên VNeID", Duration: 75 * time.Minute},
		},
	}
}

func TestCourse(t *testing.T) {
	c := vneidCourse()
	require.NoError(t, c.Validate(curriculum.BasicCitizen(), curriculum.TT02()))
	assert.Equal(t, 3*time.Hour, c.Duration())
	i, ok := c.LessonIndex("l3")
	assert.True(t, ok)
	assert.Equal(t, 2, i)
	_, ok = c.LessonIndex("l9")
	assert.False(t, ok)
}

func TestCourseValidate(t *testing.T) {
	c := vneidCourse()
	c.Lessons = append(c.Lessons, curriculum.Lesson{ID: "l1"}, curriculum.Lesson{Duration: -time.Minute})
	c.Competences = append(c.Competences,
		curriculum.CompetenceRef{Framework: "tt02-2025", Competence: "9.9"},
		curriculum.CompetenceRef{Framework: "tt02-2025", Competence: "1.1", Level: 9},
	)
	err := c.Validate(curriculum.TT02()) // the citizens' framework is not passed
	require.Error(t, err)
	assert.True(t, errors.Is(err, curriculum.ErrInvalid))
	want := `curriculum: course "vneid-101": lesson "l1" appears twice: invalid curriculum
curriculum: course "vneid-101": lesson 5 has an empty ID: invalid curriculum
curriculum: course "vneid-101": lesson "" has a negative duration: invalid curriculum
curriculum: course "vneid-101": unknown framework "qd757-citizen": invalid curriculum
curriculum: course "vneid-101": framework "tt02-2025" has no competence "9.9": invalid curriculum
curriculum: course "vneid-101": framework "tt02-2025" has no level 9: invalid curriculum`
	assert.Equal(t, want, err.Error())
	assert.EqualError(t, curriculum.Course{}.Validate(), `curriculum: course "": empty ID: invalid curriculum
curriculum: course "": no lessons: invalid curriculum`)
}
