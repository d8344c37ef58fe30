package training_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/calendar"
)

func dates(ss []training.Session) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Date.String())
	}
	return out
}

func TestSchedule(t *testing.T) {
	d := vietnam.MustParseDate
	tests := []struct {
		name string
		plan training.Plan
		want []string
	}{
		{"working days skip the 30/4–4/5/2025 holidays",
			training.Plan{First: d("28/4/2025"), Sessions: 4},
			[]string{"28/04/2025", "29/04/2025", "05/05/2025", "06/05/2025"}},
		{"every other working day",
			training.Plan{First: d("2/6/2025"), Sessions: 3, Every: 2},
			[]string{"02/06/2025", "04/06/2025", "06/06/2025"}},
		{"weekend class for citizens",
			training.Plan{First: d("29/5/2025"), Sessions: 4, Weekdays: []time.Weekday{time.Saturday, time.Sunday}},
			[]string{"31/05/2025", "01/06/2025", "07/06/2025", "08/06/2025"}},
		{"Saturday classes skip Tết Dương lịch on Saturday 1/1/2028",
			training.Plan{First: d("1/1/2028"), Sessions: 2, Weekdays: []time.Weekday{time.Saturday}},
			[]string{"08/01/2028", "15/01/2028"}},
		{"Tuesday classes skip mùng 1 Tết 2026",
			training.Plan{First: d("10/2/2026"), Sessions: 2, Weekdays: []time.Weekday{time.Tuesday}},
			[]string{"10/02/2026", "24/02/2026"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := training.Schedule(tt.plan, nil)
			require.NoError(t, err)
			assert.Equal(t, tt.want, dates(got))
		})
	}
}

func TestScheduleLessonsAndTimes(t *testing.T) {
	got, err := training.Schedule(training.Plan{First: vietnam.MustParseDate("2/6/2025"), Sessions: 2,
		Start: 19 * time.Hour, Duration: 90 * time.Minute, Lessons: []string{"l1", "l2", "l3"}},
		calendar.New(calendar.WithWeek(calendar.NewWeek(time.Monday))))
	require.NoError(t, err)
	assert.Equal(t, []string{"02/06/2025", "09/06/2025"}, dates(got))
	assert.Equal(t, []string{"l1"}, got[0].Lessons)
	assert.Equal(t, []string{"l2", "l3"}, got[1].Lessons)
	assert.Equal(t, 19*time.Hour, got[1].Start)
	assert.Equal(t, 90*time.Minute, got[1].Duration)
}

func TestScheduleErrors(t *testing.T) {
	d := vietnam.MustParseDate("2/6/2025")
	for _, p := range []training.Plan{
		{Sessions: 1},
		{First: d},
		{First: d, Sessions: 1, Every: -1},
		{First: d, Sessions: 1, Weekdays: []time.Weekday{time.Weekday(9)}},
	} {
		_, err := training.Schedule(p, nil)
		assert.ErrorIs(t, err, training.ErrInvalidValue, "%+v", p)
	}
}
