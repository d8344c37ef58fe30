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
