package metrics_test

import (
	"slices"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reportingTree is a province union with two district unions and three
// ward unions, as before the 1/7/2025 reform.
func reportingTree(t *testing.T) *org.Tree {
	tree, err := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd"},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "ta"},
		{ID: "ad", Name: "Đoàn phường An Phú", Kind: org.KindCommuneUnion, Parent: "ta"},
		{ID: "dn", Name: "Thành đoàn Dĩ An", Kind: org.KindDistrictUnion, Parent: "bd"},
		{ID: "da", Name: "Đoàn phường Dĩ An", Kind: org.KindCommuneUnion, Parent: "dn"},
	})
	require.NoError(t, err)
	return tree
}

// at returns an instant in Vietnam time.
func at(day string, hour, minute int) time.Time {
	return vietnam.MustParseDate(day).Start().Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)
}

func weeklyDataSet() metrics.DataSet {
	d := vietnam.MustParseDate
	return metrics.DataSet{ID: "bdhvs-weekly", Name: "Báo cáo tuần Bình dân học vụ số", PeriodType: metrics.Weekly,
		Window: metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}, Indicators: []metrics.Code{"visits", "people"},
		Kinds: []org.Kind{org.KindCommuneUnion}, Deadline: metrics.Deadline{DaysAfterEnd: -2, Hour: 17}}
}

// TestCompletenessWeekly: commune unions report weekly by Friday 17:00.
// On Thursday 12/6/2025 weeks 22 and 23 are due, week 24 is not.
func TestCompletenessWeekly(t *testing.T) {
	tree, ds := reportingTree(t), weeklyDataSet()
	w := metrics.MustParsePeriod
	subs := []metrics.Submission{
		{Unit: "lt", Period: w("2025W22"), Received: at("30/5/2025", 16, 0)},
		{Unit: "lt", Period: w("2025W23"), Received: at("6/6/2025", 17, 0)}, // on the stroke of the deadline
		{Unit: "lt", Period: w("2025W24"), Received: at("11/6/2025", 9, 30)},
		{Unit: "ad", Period: w("2025W22"), Received: at("2/6/2025", 8, 0)},  // a copy, later
		{Unit: "ad", Period: w("2025W22"), Received: at("31/5/2025", 8, 0)}, // late: Saturday
		{Unit: "ta", Period: w("2025W22"), Received: at("30/5/2025", 8, 0)}, // a district: not assigned
		{Unit: "zz", Period: w("2025W22"), Received: at("30/5/2025", 8, 0)}, // unknown unit
		{Unit: "lt", Period: w("2025W30"), Received: at("10/6/2025", 8, 0)}, // outside the span
		{Unit: "lt", Period: w("2025-06"), Received: at("10/6/2025", 8, 0)}, // not a period of the data set
		{DataSet: "other", Unit: "da", Period: w("2025W22"), Received: at("30/5/2025", 8, 0)},
		{Unit: "da", Period: w("2025W23"), Received: at("12/6/2025", 9, 1)}, // after asOf: not arrived yet
	}
	span := metrics.Period{From: vietnam.MustParseDate("26/5/2025"), To: vietnam.MustParseDate("15/6/2025")}
	c, err := ds.Completeness(tree, slices.Values(subs), span, at("12/6/2025", 9, 0))
	require.NoError(t, err)
	assert.Equal(t, []metrics.Period{w("2025W22"), w("2025W23"), w("2025W24")}, c.Periods)
	assert.Equal(t, 5, c.Unexpected)

	type counts struct{ expected, onTime, late, overdue, pending int }
	want := map[org.ID]counts{
		"lt": {3, 3, 0, 0, 0},
		"ad": {3, 0, 1, 1, 1},
		"da": {3, 0, 0, 2, 1},
		"ta": {6, 3, 1, 1, 1},
		"dn": {3, 0, 0, 2, 1},
		"bd": {9, 3, 1, 3, 2},
	}
	for id, wc := range want {
		r, ok := c.Rate(id)
		require.True(t, ok, id)
		assert.Equal(t, wc, counts{r.Expected, r.OnTime, r.Late, r.Overdue, r.Pending}, id)
	}
	bd, _ := c.Rate("bd")
	assert.Equal(t, "44.4444444444", bd.Completeness().String(), "4 of 9 received")
	assert.Equal(t, "33.3333333333", bd.Timeliness().String(), "3 of 9 on time")
	assert.Equal(t, 4, bd.Actual())
	_, ok := c.Rate("zz")
	assert.False(t, ok)

	var ids []org.ID
	for _, r := range c.Rates {
		ids = append(ids, r.Unit.ID)
	}
	assert.Equal(t, []org.ID{"bd", "ta", "lt", "ad", "dn", "da"}, ids, "tree order")

	ad := c.Reports[3]
	assert.Equal(t, org.ID("ad"), ad.Unit.ID)
	assert.Equal(t, at("31/5/2025", 8, 0), ad.Received, "the earliest copy decides")
	assert.Equal(t, at("30/5/2025", 17, 0), ad.Due)

	fu := c.FollowUps()
	require.Len(t, fu, 2)
	assert.Equal(t, org.ID("da"), fu[0].Unit.ID, "two overdue first")
	assert.Equal(t, []metrics.Period{w("2025W22"), w("2025W23")}, fu[0].Overdue)
	assert.Equal(t, org.ID("ad"), fu[1].Unit.ID)
	assert.Equal(t, []metrics.Period{w("2025W23")}, fu[1].Overdue)
	assert.Equal(t, []metrics.Period{w("2025W22")}, fu[1].Late)
}

// TestCompletenessMonthly: district unions report monthly by the 5th of
// the next month, and stop with the reform.
func TestCompletenessMonthly(t *testing.T) {
	d := vietnam.MustParseDate
	tree, err := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion},
		{ID: "ta", Name: "Thành đoàn Thuận An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: d("30/6/2025")},
		{ID: "dn", Name: "Thành đoàn Dĩ An", Kind: org.KindDistrictUnion, Parent: "bd", ValidTo: d("30/6/2025")},
	})
	require.NoError(t, err)
	ds := metrics.DataSet{ID: "district-monthly", PeriodType: metrics.Monthly,
		Window: metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")},
		Units:  []org.ID{"ta", "dn"}, Deadline: metrics.Deadline{DaysAfterEnd: 5}}
	subs := []metrics.Submission{
		{Unit: "ta", Period: metrics.MustParsePeriod("2025-06"), Received: at("5/7/2025", 23, 59)},
		{Unit: "dn", Period: metrics.MustParsePeriod("tháng 6/2025"), Received: at("6/7/2025", 0, 30)},
		{Unit: "dn", Period: metrics.MustParsePeriod("2025-07"), Received: at("5/8/2025", 0, 30)}, // closed by then
	}
	c, err := ds.Completeness(tree, slices.Values(subs), metrics.Period{}, at("10/8/2025", 12, 0))
	require.NoError(t, err)
	assert.Len(t, c.Periods, 4, "May to August")
	assert.Equal(t, 1, c.Unexpected)
	states := map[string]metrics.ReportState{}
	for _, r := range c.Reports {
		states[string(r.Unit.ID)+" "+r.Period.ID()] = r.State
	}
	assert.Equal(t, map[string]metrics.ReportState{
		"ta 2025-05": metrics.StateOverdue, "ta 2025-06": metrics.StateOnTime,
		"dn 2025-05": metrics.StateOverdue, "dn 2025-06": metrics.StateLate,
	}, states)
	assert.Equal(t, at("6/7/2025", 0, 0).Add(-time.Nanosecond), ds.Deadline.Due(metrics.MustParsePeriod("2025-06")), "the end of the 5th")
}

func TestDataSetValidate(t *testing.T) {
	good := weeklyDataSet()
	tests := []struct {
		name string
		edit func(*metrics.DataSet)
		text string
	}{
		{"range", func(ds *metrics.DataSet) { ds.PeriodType = metrics.Range }, `period type range is not a reporting rhythm`},
		{"open window", func(ds *metrics.DataSet) { ds.Window.To = vietnam.Date{} }, `window 29/05/2025–… needs a start and an end in order`},
		{"hour", func(ds *metrics.DataSet) { ds.Deadline.Hour = 24 }, `deadline time 24:00 out of range`},
		{"days", func(ds *metrics.DataSet) { ds.Deadline.DaysAfterEnd = 400 }, `deadline 400 days after the period out of range`},
		{"units", func(ds *metrics.DataSet) { ds.Kinds = nil }, `no unit assigned`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := good
			tt.edit(&ds)
			err := ds.Validate()
			require.ErrorIs(t, err, metrics.ErrDataSet)
			assert.EqualError(t, err, `metrics: data set "bdhvs-weekly": `+tt.text)
			_, err = ds.Completeness(reportingTree(t), slices.Values([]metrics.Submission(nil)), metrics.Period{}, time.Now())
			assert.ErrorIs(t, err, metrics.ErrDataSet)
		})
	}
	require.NoError(t, good.Validate())
}

func TestReportState(t *testing.T) {
	enumtexttest.Cases[metrics.ReportState]{
		Err: metrics.ErrSyntax,
		Codes: map[metrics.ReportState]string{metrics.StatePending: "pending", metrics.StateOnTime: "on_time",
			metrics.StateLate: "late", metrics.StateOverdue: "overdue"},
		Aliases: map[string]metrics.ReportState{"Quá hạn chưa nộp": metrics.StateOverdue, "nop muon": metrics.StateLate, "ON TIME": metrics.StateOnTime},
		Bad: map[string]string{"missing": `metrics: report state "missing": want pending, on_time, late or overdue: unknown name`,
			"": `metrics: report state "": want pending, on_time, late or overdue: unknown name`},
	}.Run(t, (*metrics.ReportState).UnmarshalText)
	assert.Equal(t, "Quá hạn chưa nộp", metrics.StateOverdue.Label(vietnam.Vietnamese))
	assert.Equal(t, "Late", metrics.StateLate.Label(vietnam.English))
	assert.Equal(t, "ReportState(7)", metrics.ReportState(7).String())
}
