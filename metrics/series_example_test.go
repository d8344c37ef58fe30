package metrics_test

import (
	"context"
	"fmt"
	"slices"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

func ExampleNewSeries() {
	d := vietnam.MustParseDate
	records := []metrics.Record{ // An is helped in weeks 1 and 3, Bình in week 2
		{Indicator: "people", Unit: "lt", Date: d("30/5/2025"), Subject: "an"},
		{Indicator: "people", Unit: "tdm", Date: d("6/6/2025"), Subject: "binh"},
		{Indicator: "people", Unit: "lt", Date: d("13/6/2025"), Subject: "an"},
	}
	summer := metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}
	s, err := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.CampaignWeekly,
		slices.Values(records), metrics.Options{Period: summer})
	if err != nil {
		panic(err)
	}
	for i := range 3 {
		week, _ := s.At(i).Value("bd", "people")
		total, _ := s.Cumulative(i).Value("bd", "people")
		fmt.Printf("%s: %s this week, %s so far\n", s.Period(i).Label(vietnam.Vietnamese), week, total)
	}
	// Output:
	// Tuần 1 (29/05–04/06/2025): 1 this week, 1 so far
	// Tuần 2 (05/06–11/06/2025): 1 this week, 2 so far
	// Tuần 3 (12/06–18/06/2025): 1 this week, 2 so far
}

func ExampleSeries_Points() {
	d := vietnam.MustParseDate
	records := []metrics.Record{
		{Indicator: "visits", Unit: "lt", Date: d("3/6/2025"), Value: 4},
		{Indicator: "visits", Unit: "lt", Date: d("17/6/2025"), Value: 6},
	}
	s, _ := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.Weekly,
		slices.Values(records), metrics.Options{Period: metrics.MustParsePeriod("2025-06")})
	for p := range s.Points("bd", "visits") {
		fmt.Printf("%s %q %q\n", p.Period, p.Value, p.Cumulative)
	}
	// Output:
	// 2025W22 "" ""
	// 2025W23 "4" "4"
	// 2025W24 "" "4"
	// 2025W25 "6" "10"
	// 2025W26 "" "10"
	// 2025W27 "" "10"
}

func ExampleSeries_Forecast() {
	d := vietnam.MustParseDate
	summer := metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}
	var records []metrics.Record
	for i := range 5 { // 70 visits a week, then 140 in week 5
		v := int64(70)
		if i == 4 {
			v = 140
		}
		records = append(records, metrics.Record{Indicator: "visits", Unit: "lt", Date: summer.From.AddDays(7 * i), Value: v})
	}
	s, _ := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.CampaignWeekly,
		slices.Values(records), metrics.Options{Period: summer})
	t := metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(1500), Window: summer}
	f, _ := s.Forecast(t, d("2/7/2025"), 1)
	fmt.Println(f.AsOf, f.Actual, f.DailyRate, f.Projection, f.Reaches)
	// Output: 02/07/2025 420 20 1300 false
}

func ExampleSeries_Progress() {
	d := vietnam.MustParseDate
	summer := metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}
	records := []metrics.Record{{Indicator: "visits", Unit: "lt", Date: d("1/6/2025"), Value: 100}}
	s, _ := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.Monthly,
		slices.Values(records), metrics.Options{Period: summer})
	ps, _ := s.Progress(metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(400), Window: summer}, metrics.Bands{})
	for _, p := range ps {
		fmt.Println(p.AsOf, p.Status, p.Pace.Round(2))
	}
	// Output:
	// 31/05/2025 no_data 0
	// 30/06/2025 behind 0.6
	// 31/07/2025 behind 0.31
	// 31/08/2025 not_achieved 0.25
}

// exampleSeries is the people helped in Bình Dương, campaign week by week,
// over the first three weeks of the summer campaign.
func exampleSeries() *metrics.Series {
	d := vietnam.MustParseDate
	records := []metrics.Record{
		{Indicator: "people", Unit: "lt", Date: d("30/5/2025"), Subject: "an"},
		{Indicator: "people", Unit: "tdm", Date: d("6/6/2025"), Subject: "binh"},
		{Indicator: "people", Unit: "lt", Date: d("13/6/2025"), Subject: "an"},
		{Indicator: "people", Unit: "lt", Date: d("20/8/2025"), Subject: "cuc"}, // after the campaign
	}
	s, err := metrics.NewSeries(context.Background(), exampleTree(), exampleCatalog(), metrics.CampaignWeekly,
		slices.Values(records), metrics.Options{Period: metrics.Period{From: d("29/5/2025"), To: d("18/6/2025")}})
	if err != nil {
		panic(err)
	}
	return s
}

func ExampleSeries_At() {
	s := exampleSeries()
	for i := range s.Len() {
		v, _ := s.At(i).Value("lt", "people")
		fmt.Printf("week %d: %q\n", i+1, v)
	}
	// Output:
	// week 1: "1"
	// week 2: ""
	// week 3: "1"
}

func ExampleSeries_Cumulative() {
	s := exampleSeries()
	for i := range s.Len() {
		v, _ := s.Cumulative(i).Value("bd", "people")
		fmt.Printf("through %s: %s\n", s.Period(i).To, v)
	}
	// Output:
	// through 04/06/2025: 1
	// through 11/06/2025: 2
	// through 18/06/2025: 2
}

func ExampleSeries_Len() {
	fmt.Println(exampleSeries().Len())
	// Output: 3
}

func ExampleSeries_Period() {
	s := exampleSeries()
	for i := range s.Len() {
		fmt.Println(s.Period(i).Label(vietnam.English))
	}
	// Output:
	// Week 1 (29/05–04/06/2025)
	// Week 2 (05/06–11/06/2025)
	// Week 3 (12/06–18/06/2025)
}

func ExampleSeries_Skipped() {
	fmt.Println(exampleSeries().Skipped().OutOfPeriod)
	// Output: 1
}

func ExampleSeries_Type() {
	fmt.Println(exampleSeries().Type())
	// Output: campaign_weekly
}

func ExampleSeries_Window() {
	fmt.Println(exampleSeries().Window())
	// Output: 29/05/2025–18/06/2025
}
