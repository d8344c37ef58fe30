package metrics_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPeriodOnYearEnds checks the period containing a day around year ends,
// against the ISO 8601 calendar as printed (2026's week 1 starts on Monday
// 29/12/2025; 2020 and 2026 have a week 53).
func TestPeriodOnYearEnds(t *testing.T) {
	d := vietnam.MustParseDate
	tests := []struct {
		typ      metrics.PeriodType
		day      string
		id       string
		from, to string
		vi, en   string
	}{
		{metrics.Weekly, "29/12/2025", "2026W1", "29/12/2025", "4/1/2026", "Tuần 1/2026", "Week 1, 2026"},
		{metrics.Weekly, "28/12/2025", "2025W52", "22/12/2025", "28/12/2025", "Tuần 52/2025", "Week 52, 2025"},
		{metrics.Weekly, "1/1/2021", "2020W53", "28/12/2020", "3/1/2021", "Tuần 53/2020", "Week 53, 2020"},
		{metrics.Weekly, "4/1/2021", "2021W1", "4/1/2021", "10/1/2021", "Tuần 1/2021", "Week 1, 2021"},
		{metrics.Weekly, "1/1/2027", "2026W53", "28/12/2026", "3/1/2027", "Tuần 53/2026", "Week 53, 2026"},
		{metrics.Weekly, "5/6/2025", "2025W23", "2/6/2025", "8/6/2025", "Tuần 23/2025", "Week 23, 2025"},
		{metrics.Daily, "31/12/2025", "2025-12-31", "31/12/2025", "31/12/2025", "Ngày 31/12/2025", "31 December 2025"},
		{metrics.Daily, "29/2/2024", "2024-02-29", "29/2/2024", "29/2/2024", "Ngày 29/02/2024", "29 February 2024"},
		{metrics.Monthly, "31/12/2025", "2025-12", "1/12/2025", "31/12/2025", "Tháng 12/2025", "December 2025"},
		{metrics.Monthly, "10/2/2024", "2024-02", "1/2/2024", "29/2/2024", "Tháng 2/2024", "February 2024"},
		{metrics.Quarterly, "31/3/2025", "2025Q1", "1/1/2025", "31/3/2025", "Quý I/2025", "Q1 2025"},
		{metrics.Quarterly, "1/10/2025", "2025Q4", "1/10/2025", "31/12/2025", "Quý IV/2025", "Q4 2025"},
		{metrics.SixMonthly, "30/6/2025", "2025S1", "1/1/2025", "30/6/2025", "6 tháng đầu năm 2025", "H1 2025"},
		{metrics.SixMonthly, "1/7/2025", "2025S2", "1/7/2025", "31/12/2025", "6 tháng cuối năm 2025", "H2 2025"},
		{metrics.Yearly, "31/12/2025", "2025", "1/1/2025", "31/12/2025", "Năm 2025", "Year 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			p, err := metrics.PeriodOn(tt.typ, d(tt.day))
			require.NoError(t, err)
			assert.Equal(t, tt.typ, p.Type())
			assert.Equal(t, tt.id, p.ID())
			assert.Equal(t, tt.id, p.String())
			assert.Equal(t, d(tt.from), p.From)
			assert.Equal(t, d(tt.to), p.To)
			assert.Equal(t, tt.vi, p.Label(vietnam.Vietnamese))
			assert.Equal(t, tt.en, p.Label(vietnam.English))
			for _, s := range []string{tt.id, tt.vi, tt.en} {
				back, err := metrics.ParsePeriod(s)
				require.NoError(t, err, s)
				assert.Equal(t, p, back, s)
			}
			q, err := metrics.NewPeriod(p.Type(), p.Year(), p.Number())
			require.NoError(t, err)
			assert.Equal(t, p, q, "NewPeriod(Year, Number)")
		})
	}
}

// TestParsePeriodLabels reads labels as officers write them in reports and
// spreadsheets: tones or none, Arabic or Roman quarters, "năm" or a slash.
func TestParsePeriodLabels(t *testing.T) {
	tests := []struct{ in, id string }{
		{"quý I/2025", "2025Q1"},
		{"Quý 1 năm 2025", "2025Q1"},
		{"Báo cáo quý III năm 2025", "2025Q3"},
		{"QUY IV/2025", "2025Q4"},
		{"quy II-2025", "2025Q2"},
		{"6 tháng đầu năm 2025", "2025S1"},
		{"6 thang cuoi nam 2025", "2025S2"},
		{"sáu tháng cuối năm 2024", "2024S2"},
		{"Báo cáo kết quả 6 tháng đầu năm 2025", ""}, // extra words: not a period
		{"tháng 06/2025", "2025-06"},
		{"Tháng 6 năm 2025", "2025-06"},
		{"thang 12/2025", "2025-12"},
		{"T6/2025", "2025-06"},
		{"06/2025", "2025-06"},
		{"Báo cáo tháng 6/2025", "2025-06"},
		{"tuần 23 năm 2025", "2025W23"},
		{"Tuan 1/2026", "2026W1"},
		{"Week 53, 2020", "2020W53"},
		{"năm 2025", "2025"},
		{"ngày 05/06/2025", "2025-06-05"},
		{"ngày 5 tháng 6 năm 2025", "2025-06-05"},
		{"05/06/2025", "2025-06-05"},
		{"5 June 2025", "2025-06-05"},
		{"Sep 2025", "2025-09"},
		{"2025-W23", "2025W23"},
		{"2025w01", "2025W1"},
		{"20250605", "2025-06-05"},
		{"202506", "2025-06"},
		{"2025H1", "2025S1"},
		{"2025-05-29/2025-08-15", "2025-05-29/2025-08-15"},
		{"2025-05-29/..", "2025-05-29/.."},
		{"../2025-08-15", "../2025-08-15"},
		{"2025-05-29/2025-08-15:W12", "2025-05-29/2025-08-15:W12"},
		{"9 tháng đầu năm 2025", "2025-01-01/2025-09-30"},
		{"3 tháng cuối năm 2025", "2025-10-01/2025-12-31"},
		{"12 tháng đầu năm 2025", "2025"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := metrics.ParsePeriod(tt.in)
			if tt.id == "" {
				require.ErrorIs(t, err, metrics.ErrPeriodSyntax)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.id, p.ID())
		})
	}
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct {
		in   string
		cat  error
		text string
	}{
		{"2025W53", metrics.ErrPeriodRange, `metrics: period "2025W53": week 53 out of range 1–52`},
		{"tuần 53/2025", metrics.ErrPeriodRange, `metrics: period "tuần 53/2025": week 53 out of range 1–52`},
		{"2025-13", metrics.ErrPeriodRange, `metrics: period "2025-13": month 13 out of range 1–12`},
		{"quý V/2025", metrics.ErrPeriodSyntax, `metrics: period "quý V/2025": expected a number and a four-digit year`},
		{"quý 5/2025", metrics.ErrPeriodRange, `metrics: period "quý 5/2025": quarter 5 out of range 1–4`},
		{"2025S3", metrics.ErrPeriodRange, `metrics: period "2025S3": half 3 out of range 1–2`},
		{"tháng 6/25", metrics.ErrPeriodSyntax, `metrics: period "tháng 6/25": expected a number and a four-digit year`},
		{"2025-08-15/2025-05-29", metrics.ErrPeriod, `metrics: period "2025-08-15/2025-05-29": ends before it starts`},
		{"2025-05-29/2025-08-15:W13", metrics.ErrPeriodRange, `metrics: period "2025-05-29/2025-08-15:W13": week 13 out of range 1–12`},
		{"2025-02-30", metrics.ErrPeriodRange, `metrics: period "2025-02-30": no such day`},
		{"", metrics.ErrPeriodSyntax, `metrics: period "": empty`},
		{"hôm qua", metrics.ErrPeriodSyntax, `metrics: period "hôm qua": not a period ID or label`},
		// A long text is quoted up to 64 bytes, cut before the "à" that byte 64 falls in.
		{"Báo cáo tháng 6/2025 của Đoàn phường An Phú gửi Thành đoàn Thuận An", metrics.ErrPeriodSyntax,
			`metrics: period "Báo cáo tháng 6/2025 của Đoàn phường An Phú gửi Th…": expected a number and a year after monthly`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := metrics.ParsePeriod(tt.in)
			require.ErrorIs(t, err, tt.cat)
			assert.EqualError(t, err, tt.text)
			var pe *metrics.PeriodError
			assert.True(t, errors.As(err, &pe))
		})
	}
}

func TestPeriods(t *testing.T) {
	d := vietnam.MustParseDate
	summer := metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}
	ids := func(t metrics.PeriodType, span metrics.Period) []string {
		var out []string
		for p := range metrics.Periods(t, span) {
			out = append(out, p.ID())
		}
		return out
	}
	assert.Equal(t, []string{"2025-05", "2025-06", "2025-07", "2025-08"}, ids(metrics.Monthly, summer))
	assert.Equal(t, []string{"2025Q2", "2025Q3"}, ids(metrics.Quarterly, summer))
	// Across the year end: the last weeks of 2025 and the first of 2026.
	assert.Equal(t, []string{"2025W52", "2026W1", "2026W2"}, ids(metrics.Weekly, metrics.Period{From: d("24/12/2025"), To: d("5/1/2026")}))
	assert.Equal(t, []string{"2020W52", "2020W53", "2021W1"}, ids(metrics.Weekly, metrics.Period{From: d("25/12/2020"), To: d("4/1/2021")}))
	assert.Equal(t, []string{"2025-12-31", "2026-01-01"}, ids(metrics.Daily, metrics.Period{From: d("31/12/2025"), To: d("1/1/2026")}))
	assert.Equal(t, []string{"2025S2", "2026S1"}, ids(metrics.SixMonthly, metrics.Period{From: d("1/12/2025"), To: d("1/1/2026")}))
	assert.Equal(t, []string{"2025-05-29/2025-08-15"}, ids(metrics.Range, summer))
	assert.Empty(t, ids(metrics.Monthly, metrics.Period{From: d("1/1/2025")}), "an open span")

	weeks := slices.Collect(metrics.Periods(metrics.CampaignWeekly, summer))
	require.Len(t, weeks, 12, "79 days make 11 weeks and 2 days")
	assert.Equal(t, "2025-05-29/2025-08-15:W1", weeks[0].ID())
	assert.Equal(t, d("4/6/2025"), weeks[0].To)
	assert.Equal(t, metrics.Period{From: d("14/8/2025"), To: d("15/8/2025")}, metrics.Period{From: weeks[11].From, To: weeks[11].To}, "the last week is cut at the window's end")
	assert.Equal(t, "Tuần 12 (14/08–15/08/2025)", weeks[11].Label(vietnam.Vietnamese))
	assert.Equal(t, summer, weeks[11].Window())
	assert.Equal(t, 12, weeks[11].Number())
	w, ok := metrics.CampaignWeekOn(summer, d("1/7/2025"))
	require.True(t, ok)
	assert.Equal(t, 5, w.Number())
	_, ok = metrics.CampaignWeekOn(summer, d("16/8/2025"))
	assert.False(t, ok)

	n := 0
	for range metrics.Periods(metrics.Daily, summer) {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n, "the iterator stops when the loop breaks")

	_, err := metrics.PeriodOn(metrics.Range, d("1/1/2025"))
	assert.ErrorIs(t, err, metrics.ErrPeriodRange)
	_, err = metrics.PeriodOn(metrics.Weekly, vietnam.Date{})
	assert.ErrorIs(t, err, metrics.ErrPeriodRange)
	_, err = metrics.CampaignWeek(metrics.Period{From: d("29/5/2025")}, 1)
	assert.ErrorIs(t, err, metrics.ErrPeriodRange)
}

func TestPeriodType(t *testing.T) {
	enumtexttest.Cases[metrics.PeriodType]{
		Err: metrics.ErrSyntax,
		Codes: map[metrics.PeriodType]string{metrics.Range: "range", metrics.Daily: "daily", metrics.Weekly: "weekly",
			metrics.Monthly: "monthly", metrics.Quarterly: "quarterly", metrics.SixMonthly: "six_monthly",
			metrics.Yearly: "yearly", metrics.CampaignWeekly: "campaign_weekly"},
		Aliases: map[string]metrics.PeriodType{"SixMonthly": metrics.SixMonthly, "Quarterly": metrics.Quarterly, "quý": metrics.Quarterly,
			"6 tháng": metrics.SixMonthly, "Tuan": metrics.Weekly},
		Bad: map[string]string{"fortnightly": `metrics: period type "fortnightly": want range, daily, weekly, monthly, quarterly, six_monthly, yearly or campaign_weekly: unknown name`,
			"": `metrics: period type "": want range, daily, weekly, monthly, quarterly, six_monthly, yearly or campaign_weekly: unknown name`},
	}.Run(t, (*metrics.PeriodType).UnmarshalText)
	assert.Equal(t, "Quý", metrics.Quarterly.Label(vietnam.Vietnamese))
	assert.Equal(t, "Quarterly", metrics.Quarterly.Label(vietnam.English))
	assert.Equal(t, "PeriodType(9)", metrics.PeriodType(9).String())
	_, err := metrics.ParsePeriodType("fortnightly")
	assert.ErrorIs(t, err, metrics.ErrSyntax)
}
