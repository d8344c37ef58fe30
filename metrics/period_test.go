package metrics_test

import (
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeriod(t *testing.T) {
	d := vietnam.MustParseDate
	p, err := metrics.PeriodOf(d("29/5/2025"), d("15/8/2025"))
	require.NoError(t, err)
	assert.Equal(t, 79, p.Days())
	assert.Equal(t, 93, metrics.Period{From: d("1/3/2025"), To: d("1/6/2025")}.Days())
	assert.Equal(t, "29/05/2025–15/08/2025", p.String())
	assert.Equal(t, "…–15/08/2025", metrics.Period{To: d("15/8/2025")}.String())
	assert.Equal(t, 0, metrics.Period{To: d("15/8/2025")}.Days())

	for _, tt := range []struct {
		day  string
		want bool
	}{{"28/5/2025", false}, {"29/5/2025", true}, {"15/8/2025", true}, {"16/8/2025", false}} {
		assert.Equal(t, tt.want, p.Contains(d(tt.day)), tt.day)
	}
	assert.False(t, p.Contains(vietnam.Date{}))
	assert.True(t, metrics.Period{}.Contains(d("1/1/1990")), "the zero period holds every date")
	assert.True(t, p.Covers(d("1/7/2025"), d("31/7/2025")))
	assert.False(t, p.Covers(d("1/8/2025"), d("31/8/2025")), "a month that runs past the end")
	assert.False(t, p.Covers(d("2/7/2025"), d("1/7/2025")))

	_, err = metrics.PeriodOf(d("15/8/2025"), d("29/5/2025"))
	assert.EqualError(t, err, "metrics: period 15/08/2025–29/05/2025: end before start")
	assert.ErrorIs(t, err, metrics.ErrPeriod)
}
