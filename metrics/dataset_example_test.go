package metrics_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// weeklyExample is "every commune union weekly during 29/5–15/8/2025, by
// Friday 17:00", with three submissions for week 23 (2–8/6/2025).
func weeklyExample() (*org.Tree, metrics.DataSet, []metrics.Submission) {
	tree, err := org.Build([]org.Unit{
		{ID: "bd", Name: "Tỉnh đoàn Bình Dương", Kind: org.KindProvinceUnion},
		{ID: "lt", Name: "Đoàn phường Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "bd"},
		{ID: "ap", Name: "Đoàn phường An Phú", Kind: org.KindCommuneUnion, Parent: "bd"},
		{ID: "da", Name: "Đoàn phường Dĩ An", Kind: org.KindCommuneUnion, Parent: "bd"},
	})
	if err != nil {
		panic(err)
	}
	ds := metrics.DataSet{ID: "bdhvs-weekly", PeriodType: metrics.Weekly,
		Window: metrics.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)},
		Kinds:  []org.Kind{org.KindCommuneUnion}, Deadline: metrics.Deadline{DaysAfterEnd: -2, Hour: 17}}
	w23 := metrics.MustParsePeriod("2025W23")
	vn := vietnam.Location()
	subs := []metrics.Submission{
		{Unit: "lt", Period: w23, Received: time.Date(2025, 6, 6, 15, 20, 0, 0, vn)},
		{Unit: "ap", Period: w23, Received: time.Date(2025, 6, 7, 9, 5, 0, 0, vn)},
	}
	return tree, ds, subs
}

func ExampleDataSet_Completeness() {
	tree, ds, subs := weeklyExample()
	week := metrics.MustParsePeriod("2025W23")
	c, err := ds.Completeness(tree, slices.Values(subs), week, time.Date(2025, 6, 9, 8, 0, 0, 0, vietnam.Location()))
	if err != nil {
		panic(err)
	}
	bd, _ := c.Rate("bd")
	fmt.Printf("%s: %d/%d reports, completeness %s%%, on time %s%%\n", week.Label(vietnam.Vietnamese),
		bd.Actual(), bd.Expected, bd.Completeness().Decimal().Round(1), bd.Timeliness().Decimal().Round(1))
	for _, r := range c.Reports {
		fmt.Println(r.Unit.Name, "—", r.State.Label(vietnam.Vietnamese))
	}
	// Output:
	// Tuần 23/2025: 2/3 reports, completeness 66.7%, on time 33.3%
	// Đoàn phường Lái Thiêu — Đúng hạn
	// Đoàn phường An Phú — Nộp muộn
	// Đoàn phường Dĩ An — Quá hạn chưa nộp
}

func ExampleCompleteness_FollowUps() {
	tree, ds, subs := weeklyExample()
	c, _ := ds.Completeness(tree, slices.Values(subs), metrics.Period{From: vietnam.MustDate(2025, 5, 26), To: vietnam.MustDate(2025, 6, 8)},
		time.Date(2025, 6, 9, 8, 0, 0, 0, vietnam.Location()))
	for _, f := range c.FollowUps() {
		fmt.Println(f.Unit.Name, "overdue:", f.Overdue, "late:", f.Late)
	}
	// Output:
	// Đoàn phường Dĩ An overdue: [2025W22 2025W23] late: []
	// Đoàn phường An Phú overdue: [2025W22] late: [2025W23]
	// Đoàn phường Lái Thiêu overdue: [2025W22] late: []
}

func ExampleCompleteness_Rate() {
	tree, ds, subs := weeklyExample()
	c, _ := ds.Completeness(tree, slices.Values(subs), metrics.MustParsePeriod("2025W23"), time.Date(2025, 6, 9, 8, 0, 0, 0, vietnam.Location()))
	r, _ := c.Rate("lt")
	fmt.Println(r.Expected, r.OnTime, r.Completeness())
	// Output: 1 1 100
}

func ExampleDeadline_Due() {
	friday := metrics.Deadline{DaysAfterEnd: -2, Hour: 17}
	fifth := metrics.Deadline{DaysAfterEnd: 5}
	fmt.Println(friday.Due(metrics.MustParsePeriod("2025W23")).Format(time.DateTime))
	fmt.Println(fifth.Due(metrics.MustParsePeriod("2025-06")).Format(time.RFC3339Nano))
	// Output:
	// 2025-06-06 17:00:00
	// 2025-07-05T23:59:59.999999999+07:00
}

func ExampleDataSet_Validate() {
	ds := metrics.DataSet{ID: "quarterly", PeriodType: metrics.Quarterly, Window: metrics.MustParsePeriod("2025")}
	fmt.Println(ds.Validate())
	// Output: metrics: data set "quarterly": no unit assigned
}

func ExampleDataSet_Periods() {
	_, ds, _ := weeklyExample()
	n := 0
	var first, last metrics.Period
	for p := range ds.Periods() {
		if n == 0 {
			first = p
		}
		last, n = p, n+1
	}
	fmt.Println(n, "weeks:", first.Label(vietnam.Vietnamese), "…", last.Label(vietnam.Vietnamese))
	// Output: 12 weeks: Tuần 22/2025 … Tuần 33/2025
}

func ExampleReportingRate_Timeliness() {
	r := metrics.ReportingRate{Expected: 40, OnTime: 30, Late: 6}
	fmt.Println(r.Completeness(), r.Timeliness(), metrics.ReportingRate{}.Timeliness().IsMissing())
	// Output: 90 75 true
}

func ExampleReportState_Label() {
	fmt.Println(metrics.StateLate.Label(vietnam.Vietnamese), "/", metrics.StateLate.Label(vietnam.English), "/", metrics.StateLate)
	// Output: Nộp muộn / Late / late
}

func ExampleReportState_String() {
	for s := metrics.StatePending; s <= metrics.StateOverdue+1; s++ {
		fmt.Println(s)
	}
	// Output:
	// pending
	// on_time
	// late
	// overdue
	// ReportState(4)
}

func ExampleReportState_MarshalText() {
	b, err := metrics.StateOverdue.MarshalText()
	fmt.Println(string(b), err)
	// Output: overdue <nil>
}

func ExampleReportState_UnmarshalText() {
	for _, s := range []string{"on_time", "Nộp muộn", "qua han chua nop", "đã nộp"} {
		var st metrics.ReportState
		err := st.UnmarshalText([]byte(s))
		fmt.Println(s, "→", st, err)
	}
	// Output:
	// on_time → on_time <nil>
	// Nộp muộn → late <nil>
	// qua han chua nop → overdue <nil>
	// đã nộp → pending metrics: report state "đã nộp": want pending, on_time, late or overdue: unknown name
}
