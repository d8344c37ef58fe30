package campaign_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/calendar"
)

// The calendar of vietnam/calendar is a campaign.Calendar.
var _ campaign.Calendar = (*calendar.Calendar)(nil)

// dayByDay hides the calendar's range count, so that the campaign's own
// day-by-day count runs.
type dayByDay struct{ cal *calendar.Calendar }

func (c dayByDay) IsWorkingDay(d vietnam.Date) bool { return c.cal.IsWorkingDay(d) }

func TestWorkingDaysVietnamCalendar(t *testing.T) {
	cal := calendar.New()
	tests := []struct {
		name string
		w    campaign.Window
		want int
	}{
		// No holiday between 29/5 and 15/8: the 57 weekdays.
		{"Bình Dương summer 2025", win("29/5/2025", "15/8/2025"), 57},
		// The Tết 2026 break ran Saturday 14/2 to Sunday 22/2 (the Ministry
		// of Home Affairs' schedule for civil servants, as congan.com.vn
		// reported it): of the three weeks from 9/2 only the first and the
		// last work.
		{"around Tết 2026", win("9/2/2026", "27/2/2026"), 10},
		// Giỗ Tổ 2026 fell on Sunday 26/4, so Monday 27/4 was off; 30/4 and
		// 1/5 are holidays.
		{"late April 2026", win("20/4/2026", "1/5/2026"), 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.w.WorkingDays(cal))
			assert.Equal(t, tt.want, tt.w.WorkingDays(dayByDay{cal}))
		})
	}
}

func TestElapsedWorkingVietnamCalendar(t *testing.T) {
	cal := calendar.New()
	w := win("9/2/2026", "27/2/2026")
	for at := vn(2026, time.February, 8, 0, 0); at.Before(vn(2026, time.March, 1, 0, 0)); at = at.Add(5 * time.Hour) {
		// The calendar's range count and the day-by-day count agree.
		assert.Equal(t, w.ElapsedWorking(at, dayByDay{cal}), w.ElapsedWorking(at, cal), at)
	}
	// During the Tết break the share does not move: five working days of ten.
	assert.Equal(t, campaign.Fraction{Num: 1, Den: 2}, w.ElapsedWorking(vn(2026, time.February, 17, 10, 0), cal))
	assert.Equal(t, campaign.Fraction{Num: 1, Den: 2}, w.ElapsedWorking(vn(2026, time.February, 23, 0, 0), cal))
	assert.Equal(t, campaign.Fraction{Num: 11, Den: 20}, w.ElapsedWorking(vn(2026, time.February, 23, 12, 0), cal))
	assert.Equal(t, 5, w.WorkingDaysThrough(date("22/2/2026"), cal))
}
