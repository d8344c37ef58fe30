package metrics_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

func ExamplePeriod_Label() {
	for _, id := range []string{"2025-06-05", "2025W23", "2025-06", "2025Q1", "2025S1", "2025"} {
		p := metrics.MustParsePeriod(id)
		fmt.Printf("%-22s %s\n", p.Label(vietnam.Vietnamese), p.Label(vietnam.English))
	}
	// Output:
	// Ngày 05/06/2025        5 June 2025
	// Tuần 23/2025           Week 23, 2025
	// Tháng 6/2025           June 2025
	// Quý I/2025             Q1 2025
	// 6 tháng đầu năm 2025   H1 2025
	// Năm 2025               Year 2025
}

func ExamplePeriod_Number() {
	p := metrics.MustParsePeriod("2026W1")
	fmt.Println(p.Type(), p.Year(), p.Number(), p.From, "(a Monday of 2025)")
	// Output: weekly 2026 1 29/12/2025 (a Monday of 2025)
}

func ExamplePeriod_Window() {
	w := metrics.MustParsePeriod("2025-05-29/2025-08-15:W12")
	fmt.Println(w.Window(), w.From, w.To, w.Days(), "days")
	// Output: 29/05/2025–15/08/2025 14/08/2025 15/08/2025 2 days
}

func ExamplePeriod_UnmarshalJSON() {
	var t struct {
		Now, Before metrics.Period
	}
	_ = json.Unmarshal([]byte(`{"now": "quý I/2025", "before": {"from": "2025-05-29", "to": "2025-08-15"}}`), &t)
	fmt.Println(t.Now.ID(), "|", t.Before.ID())
	// Output: 2025Q1 | 2025-05-29/2025-08-15
}

func ExampleValue_UnmarshalJSON() {
	var v metrics.Value
	_ = json.Unmarshal([]byte(`{"value":"85.3","numerator":"853","denominator":"1000"}`), &v)
	num, den, ok := v.Ratio()
	fmt.Println(v, num, den, ok)
	// Output: 85.3 853 1000 true
}

func ExampleValue_Value() {
	v, _ := metrics.RatioOf(decimal.NewFromInt(853), decimal.NewFromInt(1000), decimal.NewFromInt(100)).Value()
	n, _ := metrics.Value{}.Value()
	fmt.Printf("%q %v\n", v, n)
	// Output: "85.3" <nil>
}

func ExamplePeriod_Value() {
	v, _ := metrics.MustParsePeriod("tuần 23 năm 2025").Value()
	fmt.Println(v)
	// Output: 2025W23
}

func ExampleConflictError() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	r := metrics.Record{ID: "sms-42", Source: "sms", Indicator: "visits", Unit: "lt", Date: vietnam.MustDate(2025, 6, 2), Value: 1}
	a.Add(r)
	r.Source, r.Value = "web", 2
	_, err := a.Ingest(r)
	var ce *metrics.ConflictError
	if errors.As(err, &ce) {
		fmt.Println(ce.ID, ce.FirstSource, "→", ce.Source)
	}
	// Output: sms-42 sms → web
}

func ExamplePeriodError() {
	_, err := metrics.ParsePeriod("2025W53")
	var pe *metrics.PeriodError
	fmt.Println(errors.As(err, &pe), errors.Is(err, metrics.ErrPeriodRange), pe.Reason)
	// Output: true true week 53 out of range 1–52
}

func ExamplePeriod_Contains() {
	q := metrics.MustParsePeriod("Quý II/2025")
	for _, s := range []string{"31/3/2025", "1/4/2025", "30/6/2025", "1/7/2025"} {
		fmt.Println(s, q.Contains(vietnam.MustParseDate(s)))
	}
	var open metrics.Period // every date, but the zero Date is no date
	fmt.Println(open.Contains(vietnam.Date{}))
	// Output:
	// 31/3/2025 false
	// 1/4/2025 true
	// 30/6/2025 true
	// 1/7/2025 false
	// false
}

func ExamplePeriod_Covers() {
	q := metrics.MustParsePeriod("2025Q2")
	june := metrics.MustParsePeriod("2025-06")
	fmt.Println(q.Covers(june.From, june.To))
	// A commune's monthly report for July does not fall in week 27.
	july := metrics.MustParsePeriod("2025-07")
	fmt.Println(metrics.MustParsePeriod("2025W27").Covers(july.From, july.To))
	// Output:
	// true
	// false
}

func ExamplePeriod_Days() {
	for _, id := range []string{"2025W23", "2025-02", "2024-02", "2025S2", "2025-05-29/2025-08-15", "2025-05-29/.."} {
		fmt.Println(id, metrics.MustParsePeriod(id).Days())
	}
	// Output:
	// 2025W23 7
	// 2025-02 28
	// 2024-02 29
	// 2025S2 184
	// 2025-05-29/2025-08-15 79
	// 2025-05-29/.. 0
}

func ExamplePeriod_Equal() {
	june := metrics.MustParsePeriod("tháng 6/2025")
	days := metrics.Period{From: june.From, To: june.To} // a plain range of the same days
	fmt.Println(june.Equal(metrics.MustParsePeriod("2025-06")), june.Equal(days))
	// Output: true false
}

func ExamplePeriod_String() {
	fmt.Println(metrics.MustParsePeriod("quý 1 năm 2025"))
	fmt.Println(metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")})
	fmt.Println(metrics.Period{From: vietnam.MustParseDate("29/5/2025")})
	// Output:
	// 2025Q1
	// 29/05/2025–15/08/2025
	// 29/05/2025–…
}

func ExamplePeriod_Type() {
	for _, s := range []string{"Tuần 23/2025", "6 tháng cuối năm 2025", "9 tháng đầu năm 2025"} {
		fmt.Println(metrics.MustParsePeriod(s).Type())
	}
	// Output:
	// weekly
	// six_monthly
	// range
}

func ExamplePeriod_UnmarshalText() {
	var report struct {
		Unit   string         `json:"unit"`
		Period metrics.Period `json:"period"`
	}
	err := json.Unmarshal([]byte(`{"unit": "Thái Nguyên", "period": "Quý III/2025"}`), &report)
	fmt.Println(report.Period, report.Period.From, report.Period.To, err)
	// Output: 2025Q3 01/07/2025 30/09/2025 <nil>
}

func ExamplePeriod_Year() {
	for _, id := range []string{"2026W1", "2025-12", "2020W53"} {
		p := metrics.MustParsePeriod(id)
		fmt.Println(id, p.Year(), p.From)
	}
	// Output:
	// 2026W1 2026 29/12/2025
	// 2025-12 2025 01/12/2025
	// 2020W53 2020 28/12/2020
}

func ExamplePeriodType_String() {
	for t := metrics.Range; t <= metrics.CampaignWeekly+1; t++ {
		fmt.Println(t)
	}
	// Output:
	// range
	// daily
	// weekly
	// monthly
	// quarterly
	// six_monthly
	// yearly
	// campaign_weekly
	// PeriodType(8)
}

func ExamplePeriodType_MarshalText() {
	b, err := json.Marshal(map[string]metrics.PeriodType{"bao_cao_tuan": metrics.Weekly, "so_ket": metrics.SixMonthly})
	fmt.Println(string(b), err)
	// Output: {"bao_cao_tuan":"weekly","so_ket":"six_monthly"} <nil>
}

func ExamplePeriodType_UnmarshalText() {
	for _, s := range []string{"quarterly", "SixMonthly", "quý", "Tháng"} {
		var t metrics.PeriodType
		err := t.UnmarshalText([]byte(s))
		fmt.Println(s, t, err)
	}
	// Output:
	// quarterly quarterly <nil>
	// SixMonthly six_monthly <nil>
	// quý quarterly <nil>
	// Tháng monthly <nil>
}
