package metrics_test

import (
	"context"
	"slices"
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var summer = metrics.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)}

// seriesRecords: An is helped at Lái Thiêu in campaign weeks 1 and 3,
// Bình at Thủ Dầu Một in week 2 and at Lái Thiêu in week 3; a monthly
// report of visits covers June; one record is outside the campaign, one
// is sent twice.
func seriesRecords() []metrics.Record {
	d := vietnam.MustParseDate
	return []metrics.Record{
		{Indicator: "people", Unit: "lt", Date: d("30/5/2025"), Subject: "an"},
		{Indicator: "visits", Unit: "lt", Date: d("30/5/2025"), Value: 1},
		{Indicator: "people", Unit: "tdm", Date: d("6/6/2025"), Subject: "binh"},
		{ID: "w2-visit", Indicator: "visits", Unit: "tdm", Date: d("6/6/2025"), Value: 2},
		{Indicator: "people", Unit: "lt", Date: d("13/6/2025"), Subject: "an"},
		{Indicator: "people", Unit: "lt", Date: d("14/6/2025"), Subject: "binh"},
		{ID: "w2-visit", Indicator: "visits", Unit: "tdm", Date: d("6/6/2025"), Value: 2}, // resent
		{Indicator: "visits", Unit: "lt", Date: d("1/6/2025"), End: d("30/6/2025"), Value: 10},
		{Indicator: "visits", Unit: "lt", Date: d("20/8/2025"), Value: 5},
	}
}

func values(s *metrics.Series, unit org.ID, code metrics.Code) (per, cum []string) {
	for p := range s.Points(unit, code) {
		per, cum = append(per, p.Value.String()), append(cum, p.Cumulative.String())
	}
	return per[:5], cum[:5]
}

func TestSeriesDistinct(t *testing.T) {
	s, err := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.CampaignWeekly,
		slices.Values(seriesRecords()), metrics.Options{Period: summer})
	require.NoError(t, err)
	assert.Equal(t, 12, s.Len())
	assert.Equal(t, "2025-05-29/2025-08-15:W3", s.Period(2).ID())

	per, cum := values(s, "lt", "people")
	assert.Equal(t, []string{"1", "", "2", "", ""}, per, "An in weeks 1 and 3 counts in each week")
	assert.Equal(t, []string{"1", "1", "2", "2", "2"}, cum, "and once cumulatively")
	per, cum = values(s, "bd", "people")
	assert.Equal(t, []string{"1", "1", "2", "", ""}, per)
	assert.Equal(t, []string{"1", "2", "2", "2", "2"}, cum, "Bình in two communes counts once at the province")

	per, cum = values(s, "bd", "visits")
	assert.Equal(t, []string{"1", "2", "", "", ""}, per, "the monthly report is in no week, the resent visit counts once")
	assert.Equal(t, []string{"1", "3", "3", "3", "13"}, cum, "the monthly report counts from the week holding 30/6")

	sk := s.Skipped()
	assert.Equal(t, 1, sk.OutOfPeriod)
	assert.Equal(t, 1, sk.Repeats)
	assert.NoError(t, sk.Err())
	assert.Equal(t, s.Period(2), s.At(2).Period())
	assert.Equal(t, metrics.Period{From: summer.From, To: s.Period(2).To}, s.Cumulative(2).Period())
}

func TestSeriesMonthlyAcrossYearEnd(t *testing.T) {
	d := vietnam.MustParseDate
	recs := []metrics.Record{
		{Indicator: "people", Unit: "lt", Date: d("31/12/2025"), Subject: "an"},
		{Indicator: "people", Unit: "lt", Date: d("1/1/2026"), Subject: "an"},
		{Indicator: "people", Unit: "tdm", Date: d("2/1/2026"), Subject: "binh"},
	}
	s, err := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.Weekly,
		slices.Values(recs), metrics.Options{Period: metrics.Period{From: d("22/12/2025"), To: d("4/1/2026")}})
	require.NoError(t, err)
	require.Equal(t, 2, s.Len())
	assert.Equal(t, "2026W1", s.Period(1).ID(), "31/12/2025 lies in week 1 of 2026")
	v, _ := s.At(1).Value("bd", "people")
	assert.Equal(t, "2", v.String())
	v, _ = s.Cumulative(1).Value("bd", "people")
	assert.Equal(t, "2", v.String())
	v, _ = s.At(0).Value("bd", "people")
	assert.True(t, v.IsMissing())
}

func TestSeriesErrors(t *testing.T) {
	_, err := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.Weekly,
		slices.Values(seriesRecords()), metrics.Options{})
	assert.ErrorIs(t, err, metrics.ErrPeriodRange, "a window is needed")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = metrics.NewSeries(ctx, exampleTree(), exampleCatalog(), metrics.Weekly,
		slices.Values(seriesRecords()), metrics.Options{Period: summer})
	assert.ErrorIs(t, err, context.Canceled)

	ctx, cancel = context.WithCancel(context.Background())
	n := 0
	stream := func(yield func(metrics.Record) bool) {
		for {
			if n++; n == 3000 {
				cancel()
			}
			if !yield(metrics.Record{Indicator: "visits", Unit: "lt", Date: summer.From, Value: 1}) {
				return
			}
		}
	}
	_, err = metrics.NewSeries(ctx, exampleTree(), exampleCatalog(), metrics.Weekly, stream, metrics.Options{Period: summer})
	assert.ErrorIs(t, err, context.Canceled)
	assert.LessOrEqual(t, n, 3000+1024, "stops mid-way within one check interval")
}

// TestSeriesPaceAndForecast: a percentage target projects to at most
// 100%, and a campaign past its window is complete or not achieved, never
// behind.
func TestSeriesPaceAndForecast(t *testing.T) {
	d := vietnam.MustParseDate
	recs := []metrics.Record{{Indicator: "youth", Unit: "lt", Date: d("29/5/2025"), Value: 4}}
	for i, who := range []string{"an", "binh", "chi"} { // one person a week
		recs = append(recs, metrics.Record{Indicator: "people", Unit: "lt", Date: d("30/5/2025").AddDays(7 * i), Subject: who})
	}
	s, err := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.CampaignWeekly,
		slices.Values(recs), metrics.Options{Period: summer})
	require.NoError(t, err)

	share := metrics.Target{Indicator: "share", Unit: "lt", Kind: metrics.Percentage, Value: decimal.NewFromInt(80), Window: summer}
	f, err := s.Forecast(share, d("18/6/2025"), 2)
	require.NoError(t, err)
	assert.Equal(t, "75", f.Actual.String(), "3 of 4 youth")
	assert.Equal(t, "3.5714285714", f.DailyRate.String(), "50 points over the last two weeks: 50/14")
	assert.Equal(t, "100", f.Projection.String(), "a share never projects past 100%")
	assert.True(t, f.Reaches)

	pr, err := s.Progress(share, metrics.Bands{})
	require.NoError(t, err)
	require.Len(t, pr, 12)
	assert.Equal(t, "100", pr[2].Projection.String(), "Evaluate clamps a percentage's projection too")
	assert.Equal(t, metrics.StatusAtRisk, pr[11].Status, "on the deadline day the pace still decides")
	last, _ := s.Cumulative(11).Value("lt", "share")
	ended, err := metrics.Evaluate(share, last, d("16/8/2025"), metrics.Bands{})
	require.NoError(t, err)
	assert.Equal(t, metrics.StatusNotAchieved, ended.Status, "75% < 80% once the window has ended")
	for _, p := range pr {
		assert.NotEqual(t, metrics.StatusBehind, p.Status, "never behind: it starts ahead")
	}

	visits := metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(10), Window: summer}
	f, err = s.Forecast(visits, d("18/6/2025"), 1)
	require.NoError(t, err)
	assert.Equal(t, "0", f.Projection.String(), "no visits, no projection")
	assert.False(t, f.Reaches)

	neg := []metrics.Record{{Indicator: "visits", Unit: "lt", Date: d("30/5/2025"), Value: 5}, {Indicator: "visits", Unit: "lt", Date: d("6/6/2025"), Value: -4}}
	s2, err := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.CampaignWeekly, slices.Values(neg), metrics.Options{Period: summer})
	require.NoError(t, err)
	f, err = s2.Forecast(visits, d("11/6/2025"), 1)
	require.NoError(t, err)
	assert.Equal(t, "1", f.Actual.String())
	assert.Equal(t, "0", f.Projection.String(), "a correction never projects below 0")

	after, err := s2.Forecast(visits, d("1/9/2025"), 1)
	require.NoError(t, err)
	assert.Equal(t, after.Actual, after.Projection, "after the deadline the projection is the actual")

	_, err = s.Forecast(visits, d("18/6/2025"), 0)
	assert.ErrorIs(t, err, metrics.ErrTarget)
	_, err = s.Progress(metrics.Target{Indicator: "visits", Unit: "zz", Value: decimal.NewFromInt(1), Window: summer}, metrics.Bands{})
	assert.ErrorIs(t, err, metrics.ErrTarget)
}
