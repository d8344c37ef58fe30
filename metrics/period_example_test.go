package metrics_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

func ExampleParsePeriod() {
	for _, s := range []string{"quý I/2025", "Quý 1 năm 2025", "6 tháng đầu năm 2025", "tháng 06/2025", "tuan 23 nam 2025", "2026W1"} {
		p, err := metrics.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-22s %-8s %s–%s\n", s, p.ID(), p.From, p.To)
	}
	_, err := metrics.ParsePeriod("tuần 53/2025")
	fmt.Println(err)
	// Output:
	// quý I/2025             2025Q1   01/01/2025–31/03/2025
	// Quý 1 năm 2025         2025Q1   01/01/2025–31/03/2025
	// 6 tháng đầu năm 2025   2025S1   01/01/2025–30/06/2025
	// tháng 06/2025          2025-06  01/06/2025–30/06/2025
	// tuan 23 nam 2025       2025W23  02/06/2025–08/06/2025
	// 2026W1                 2026W1   29/12/2025–04/01/2026
	// metrics: period "tuần 53/2025": week 53 out of range 1–52
}

func ExampleMustParsePeriod() {
	p := metrics.MustParsePeriod("2025Q3")
	fmt.Println(p.Label(vietnam.Vietnamese), "|", p.Label(vietnam.English), "|", p.Days(), "days")
	// Output: Quý III/2025 | Q3 2025 | 92 days
}

func ExamplePeriodOn() {
	day := vietnam.MustDate(2025, 12, 29)
	for _, t := range []metrics.PeriodType{metrics.Daily, metrics.Weekly, metrics.Monthly, metrics.Quarterly, metrics.SixMonthly, metrics.Yearly} {
		p, _ := metrics.PeriodOn(t, day)
		fmt.Printf("%-11s %-10s %s\n", t, p.ID(), p.Label(vietnam.Vietnamese))
	}
	// Output:
	// daily       2025-12-29 Ngày 29/12/2025
	// weekly      2026W1     Tuần 1/2026
	// monthly     2025-12    Tháng 12/2025
	// quarterly   2025Q4     Quý IV/2025
	// six_monthly 2025S2     6 tháng cuối năm 2025
	// yearly      2025       Năm 2025
}

func ExampleNewPeriod() {
	p, _ := metrics.NewPeriod(metrics.Weekly, 2020, 53)
	fmt.Println(p.ID(), p.From, p.To)
	_, err := metrics.NewPeriod(metrics.Weekly, 2025, 53)
	fmt.Println(err)
	// Output:
	// 2020W53 28/12/2020 03/01/2021
	// metrics: period "weekly 53/2025": week 53 out of range 1–52
}

func ExampleCampaignWeek() {
	summer := metrics.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)}
	w, _ := metrics.CampaignWeek(summer, 3)
	fmt.Println(w.ID())
	fmt.Println(w.Label(vietnam.Vietnamese))
	// Output:
	// 2025-05-29/2025-08-15:W3
	// Tuần 3 (12/06–18/06/2025)
}

func ExampleCampaignWeekOn() {
	summer := metrics.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)}
	w, ok := metrics.CampaignWeekOn(summer, vietnam.MustDate(2025, 7, 1))
	fmt.Println(w.Number(), w.From, w.To, ok)
	// Output: 5 26/06/2025 02/07/2025 true
}

func ExamplePeriods() {
	summer := metrics.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)}
	for p := range metrics.Periods(metrics.Monthly, summer) {
		fmt.Println(p.ID(), p.Label(vietnam.English))
	}
	// Output:
	// 2025-05 May 2025
	// 2025-06 June 2025
	// 2025-07 July 2025
	// 2025-08 August 2025
}

func ExamplePeriod_ID() {
	fmt.Println(metrics.MustParsePeriod("6 tháng cuối năm 2025").ID())
	fmt.Println(metrics.Period{From: vietnam.MustDate(2025, 5, 29)}.ID())
	// Output:
	// 2025S2
	// 2025-05-29/..
}

func ExamplePeriodType_Label() {
	fmt.Println(metrics.SixMonthly.Label(vietnam.Vietnamese), "/", metrics.SixMonthly.Label(vietnam.English), "/", metrics.SixMonthly)
	// Output: 6 tháng / Six-monthly / six_monthly
}

func ExampleParsePeriodType() {
	t, err := metrics.ParsePeriodType("campaign_weekly")
	fmt.Println(t.Label(vietnam.English), err)
	// Output: Campaign weekly <nil>
}

func ExamplePeriod_MarshalText() {
	b, _ := json.Marshal(struct {
		Period metrics.Period `json:"period"`
	}{metrics.MustParsePeriod("Quý I/2025")})
	fmt.Println(string(b))
	// Output: {"period":"2025Q1"}
}

func ExampleValue_MarshalJSON() {
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(metrics.ValueOf(decimal.NewFromInt(52000)))
	enc.Encode(metrics.RatioOf(decimal.NewFromInt(853), decimal.NewFromInt(1000), decimal.NewFromInt(100)))
	enc.Encode(metrics.Value{})
	// Output:
	// {"value":"52000"}
	// {"value":"85.3","numerator":"853","denominator":"1000"}
	// null
}

func ExampleValue_Scan() {
	var v metrics.Value
	for _, src := range []any{[]byte("52000.5"), int64(7), nil} {
		_ = v.Scan(src) // what a driver gives for NUMERIC, INTEGER, NULL
		fmt.Printf("%q missing=%v\n", v, v.IsMissing())
	}
	// Output:
	// "52000.5" missing=false
	// "7" missing=false
	// "" missing=true
}

func ExamplePeriod_Scan() {
	var p metrics.Period
	_ = p.Scan([]byte("2025W23"))
	fmt.Println(p.Label(vietnam.Vietnamese))
	// Output: Tuần 23/2025
}
