package metrics_test

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// exampleTree is Bình Dương with two communes, as after 1/7/2025.
func exampleTree() *org.Tree {
	tree, err := org.Build([]org.Unit{
		{ID: "bd", Name: "Bình Dương", Kind: org.KindProvinceUnion},
		{ID: "tdm", Name: "Thủ Dầu Một", Kind: org.KindCommuneUnion, Parent: "bd"},
		{ID: "lt", Name: "Lái Thiêu", Kind: org.KindCommuneUnion, Parent: "bd"},
	})
	if err != nil {
		panic(err)
	}
	return tree
}

func exampleCatalog() *metrics.Catalog {
	cat, err := metrics.NewCatalog(
		metrics.Indicator{Code: "visits", NameVI: "Lượt hỗ trợ", NameEN: "Visits", Unit: metrics.Visits, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "people", NameVI: "Người được hỗ trợ", NameEN: "People helped", Unit: metrics.People, Aggregation: metrics.Distinct},
		metrics.Indicator{Code: "youth", NameVI: "Thanh niên", NameEN: "Youth", Unit: metrics.People, Aggregation: metrics.Latest},
		metrics.Indicator{Code: "share", NameVI: "Tỷ lệ được hỗ trợ", NameEN: "Share helped", Unit: metrics.Percent,
			Aggregation: metrics.Ratio, Numerator: "people", Denominator: "youth"},
	)
	if err != nil {
		panic(err)
	}
	return cat
}

func exampleRecords() []metrics.Record {
	day := vietnam.MustParseDate
	return []metrics.Record{
		{Indicator: "visits", Unit: "tdm", Date: day("2/6/2025"), Value: 2, Subject: "an"},
		{Indicator: "people", Unit: "tdm", Date: day("2/6/2025"), Subject: "an"},
		{Indicator: "visits", Unit: "lt", Date: day("9/6/2025"), Value: 1, Subject: "an"},
		{Indicator: "people", Unit: "lt", Date: day("9/6/2025"), Subject: "an"},
		{Indicator: "visits", Unit: "lt", Date: day("9/6/2025"), Value: 1, Subject: "binh"},
		{Indicator: "people", Unit: "lt", Date: day("9/6/2025"), Subject: "binh"},
		{Indicator: "youth", Unit: "tdm", Date: day("1/6/2025"), Value: 40},
		{Indicator: "youth", Unit: "lt", Date: day("1/6/2025"), Value: 60},
	}
}

func ExampleNewCatalog() {
	cat, err := metrics.NewCatalog(
		metrics.Indicator{Code: "used", NameVI: "Thanh niên dùng dịch vụ công trực tuyến", Unit: metrics.People, Aggregation: metrics.Distinct},
		metrics.Indicator{Code: "youth", NameVI: "Thanh niên", Unit: metrics.People, Aggregation: metrics.Latest},
		metrics.Indicator{Code: "share", NameVI: "Tỷ lệ thanh niên dùng DVC trực tuyến", Unit: metrics.Percent,
			Aggregation: metrics.Ratio, Numerator: "used", Denominator: "youth"},
	)
	fmt.Println(cat.Len(), err)

	_, err = metrics.NewCatalog(metrics.Indicator{Code: "share", Aggregation: metrics.Ratio, Numerator: "used", Denominator: "youth"})
	fmt.Println(err)
	// Output:
	// 3 <nil>
	// metrics: indicator 0 "share": Numerator: no indicator "used" in the catalog
}

func ExampleParseAggregation() {
	a, err := metrics.ParseAggregation("distinct")
	fmt.Println(a == metrics.Distinct, err)
	_, err = metrics.ParseAggregation("average")
	fmt.Println(err)
	// Output:
	// true <nil>
	// metrics: aggregation "average": want sum, distinct, ratio, latest or max: unknown name
}

func ExampleCountUnit_Label() {
	for _, u := range []metrics.CountUnit{metrics.People, metrics.Visits, metrics.Accounts, metrics.Classes, metrics.Percent} {
		fmt.Printf("%s / %s\n", u.Label(vietnam.Vietnamese), u.Label(vietnam.English))
	}
	// Output:
	// người / people
	// lượt / visits
	// tài khoản / accounts
	// lớp / classes
	// % / %
}

func ExamplePeriodOf() {
	p, err := metrics.PeriodOf(vietnam.MustParseDate("29/5/2025"), vietnam.MustParseDate("15/8/2025"))
	fmt.Println(p, p.Days(), err)
	fmt.Println(p.Contains(vietnam.MustParseDate("15/8/2025")), p.Contains(vietnam.MustParseDate("16/8/2025")))
	// Output:
	// 29/05/2025–15/08/2025 79 <nil>
	// true false
}

func ExampleTarget_Expected() {
	t := metrics.Target{
		Indicator: "trained", Unit: "bd", Value: decimal.NewFromInt(52000),
		Window: metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")},
	}
	// Through 1/7, day 34 of 79.
	fmt.Println(t.Expected(vietnam.MustParseDate("1/7/2025")).Round(0))
	// Output:
	// 22380
}

func ExampleTarget_ExpectedShare_phased() {
	from := vietnam.MustParseDate("29/5/2025")
	t := metrics.Target{
		Indicator: "trained", Value: decimal.NewFromInt(52000),
		Window: metrics.Period{From: from, To: vietnam.MustParseDate("15/8/2025")},
		// 60% by the end of the 15 peak days, the rest linearly after.
		Schedule: metrics.Schedule{{Date: from.AddDays(14), Share: decimal.RequireFromString("0.6")}},
	}
	for _, day := range []int{5, 15, 47, 79} {
		asOf := from.AddDays(day - 1)
		fmt.Printf("day %d (%s): %s, %s\n", day, asOf, t.ExpectedShare(asOf).StringFixed(2), t.Expected(asOf).Round(0))
	}
	// Output:
	// day 5 (02/06/2025): 0.20, 10400
	// day 15 (12/06/2025): 0.60, 31200
	// day 47 (14/07/2025): 0.80, 41600
	// day 79 (15/08/2025): 1.00, 52000
}

func ExampleEvaluate() {
	t := metrics.Target{
		Indicator: "trained", Unit: "bd", Value: decimal.NewFromInt(52000),
		Window: metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")},
	}
	for _, c := range []struct {
		actual metrics.Value
		asOf   string
	}{
		{metrics.ValueOf(decimal.NewFromInt(20000)), "1/7/2025"},
		{metrics.ValueOf(decimal.NewFromInt(23000)), "1/7/2025"},
		{metrics.Value{}, "1/7/2025"}, // nothing reported: not the same as zero
		{metrics.Value{}, "20/5/2025"},
		{metrics.ValueOf(decimal.NewFromInt(50000)), "16/8/2025"},
		{metrics.ValueOf(decimal.NewFromInt(52000)), "10/8/2025"},
	} {
		p, err := metrics.Evaluate(t, c.actual, vietnam.MustParseDate(c.asOf), metrics.Bands{})
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %-12s achieved %5s%%, expected %6s, pace %4s, need %5s/day, projected %s\n",
			c.asOf, p.Status.Label(vietnam.English), p.Achieved.Shift(2).StringFixed(1), p.Expected.StringFixed(0),
			p.Pace.StringFixed(2), p.RequiredDaily.StringFixed(0), p.Projection.StringFixed(0))
	}
	// Output:
	// 1/7/2025: At risk      achieved  38.5%, expected  22380, pace 0.89, need   711/day, projected 46471
	// 1/7/2025: On track     achieved  44.2%, expected  22380, pace 1.03, need   644/day, projected 53441
	// 1/7/2025: No data      achieved   0.0%, expected  22380, pace 0.00, need  1156/day, projected 0
	// 20/5/2025: Not started  achieved   0.0%, expected      0, pace 1.00, need   658/day, projected 0
	// 16/8/2025: Not achieved achieved  96.2%, expected  52000, pace 0.96, need  2000/day, projected 50000
	// 10/8/2025: Complete     achieved 100.0%, expected  48709, pace 1.07, need     0/day, projected 55514
}

func ExampleBands_Classify() {
	b := metrics.Bands{OnTrack: decimal.RequireFromString("1"), AtRisk: decimal.RequireFromString("0.8")}
	for _, pace := range []string{"1.2", "1", "0.9", "0.8", "0.5"} {
		fmt.Println(pace, b.Classify(decimal.RequireFromString(pace)).Label(vietnam.Vietnamese))
	}
	// Output:
	// 1.2 Đúng tiến độ
	// 1 Đúng tiến độ
	// 0.9 Có nguy cơ
	// 0.8 Có nguy cơ
	// 0.5 Chậm
}

func ExampleParseStatus() {
	s, err := metrics.ParseStatus("at_risk")
	fmt.Println(s.Label(vietnam.Vietnamese), s.Label(vietnam.English), err)
	// Output:
	// Có nguy cơ At risk <nil>
}

func ExampleAllocate() {
	parts, err := metrics.Allocate(52000, []metrics.Claim{{Weight: 1200}, {Weight: 950}, {Weight: 430}, {Weight: 310}, {Weight: 110}})
	fmt.Println(parts, err)

	// At least 500 accounts per commune, at most 90.000 in the city.
	parts, err = metrics.Allocate(200000, []metrics.Claim{{Weight: 9000, Cap: 90000}, {Weight: 3000}, {Weight: 10, Min: 500}})
	fmt.Println(parts, err)
	// Output:
	// [20800 16467 7453 5373 1907] <nil>
	// [90000 109500 500] <nil>
}

// The Alabama paradox: with a larger total, the third unit gets less.
func ExampleAllocate_alabama() {
	for _, total := range []int64{10, 11} {
		parts, _ := metrics.Allocate(total, []metrics.Claim{{Weight: 6}, {Weight: 6}, {Weight: 2}})
		fmt.Println(total, parts)
	}
	// Output:
	// 10 [4 4 2]
	// 11 [5 5 1]
}

func ExampleAllocateTarget() {
	w := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	claims := []metrics.Claim{{Weight: 3}, {Weight: 1}}
	accounts := metrics.Target{Indicator: "smartca", Unit: "bd", Value: decimal.NewFromInt(200000), Window: w}
	share := metrics.Target{Indicator: "cadres", Unit: "bd", Kind: metrics.Percentage, Value: decimal.NewFromInt(100), Window: w}
	for _, t := range []metrics.Target{accounts, share} {
		parts, err := metrics.AllocateTarget(t, claims)
		if err != nil {
			panic(err)
		}
		fmt.Println(t.Indicator, parts[0].Value, parts[1].Value)
	}
	// Output:
	// smartca 150000 50000
	// cadres 100 100
}

func ExampleNewTargets() {
	w := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	ts, err := metrics.NewTargets(exampleCatalog(),
		metrics.Target{Indicator: "visits", Unit: "bd", Value: decimal.NewFromInt(100), Window: w})
	if err != nil {
		panic(err)
	}
	_, atProvince := ts.For("visits", "bd")
	_, atCommune := ts.For("visits", "tdm")
	fmt.Println(atProvince, atCommune) // a parent's target is not invented for its children
	// Output:
	// true false
}

func ExampleAggregate() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	for _, unit := range []org.ID{"bd", "tdm", "lt"} {
		visits, _ := r.Value(unit, "visits")
		people, _ := r.Value(unit, "people")
		share, _ := r.Value(unit, "share")
		num, den, _ := share.Ratio()
		fmt.Printf("%s: %s visits, %s people, %s%% (%s/%s)\n", unit, visits, people, share.Decimal().StringFixed(1), num, den)
	}
	// Output:
	// bd: 4 visits, 2 people, 2.0% (2/100)
	// tdm: 2 visits, 1 people, 2.5% (1/40)
	// lt: 2 visits, 2 people, 3.3% (2/60)
}

// Records of a commune abolished in the reform land on its successor;
// records of units nobody knows are reported.
func ExampleOptions_successor() {
	merged := map[org.ID]org.ID{"an-thanh": "lt"} // old commune → new one
	opt := metrics.Options{Successor: func(old org.ID) (org.ID, bool) { id, ok := merged[old]; return id, ok }}
	recs := []metrics.Record{
		{Indicator: "visits", Unit: "an-thanh", Date: vietnam.MustParseDate("2/6/2025"), Value: 5},
		{Indicator: "visits", Unit: "lt", Date: vietnam.MustParseDate("2/7/2025"), Value: 1},
		{Indicator: "visits", Unit: "typo", Date: vietnam.MustParseDate("2/7/2025"), Value: 9},
	}
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(recs), opt)
	v, _ := r.Value("lt", "visits")
	fmt.Println(v)
	fmt.Println(r.Skipped().Err())
	// Output:
	// 6
	// metrics: records skipped: 1 of unknown units ("typo")
}

// Shards read in parallel merge into the same result, in any order.
func ExampleAggregator_Merge() {
	tree, cat := exampleTree(), exampleCatalog()
	recs := exampleRecords()
	shards := make([]*metrics.Aggregator, 3)
	var wg sync.WaitGroup
	for k := range shards {
		shards[k] = metrics.NewAggregator(tree, cat, metrics.Options{})
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; i < len(recs); i += len(shards) {
				shards[k].Add(recs[i])
			}
		}()
	}
	wg.Wait()
	for _, s := range shards[1:] {
		if err := shards[0].Merge(s); err != nil {
			panic(err)
		}
	}
	r := shards[0].Rollup()
	people, _ := r.Value("bd", "people")
	fmt.Println(people)
	// Output:
	// 2
}

func ExampleNewAggregator() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{
		Period: metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")},
	})
	a.AddAll(slices.Values(exampleRecords()))
	a.Add(metrics.Record{Indicator: "visits", Unit: "lt", Date: vietnam.MustParseDate("1/9/2025"), Value: 3})
	a.Add(metrics.Record{Indicator: "people", Unit: "lt", Date: vietnam.MustParseDate("1/7/2025")})
	s := a.Skipped()
	fmt.Println(s.OutOfPeriod, s.NoSubject)
	err := s.Err()
	fmt.Println(errors.Is(err, metrics.ErrSkipped), err)
	// Output:
	// 1 1
	// true metrics: records skipped: 1 without a subject
}

func ExampleRatioOf() {
	fmt.Println(metrics.RatioOf(decimal.NewFromInt(853), decimal.NewFromInt(1000), decimal.NewFromInt(100)))
	v := metrics.RatioOf(decimal.NewFromInt(3), decimal.Zero, decimal.NewFromInt(100))
	fmt.Println(v.IsMissing(), v.Decimal())
	// Output:
	// 85.3
	// true 0
}

func exampleReport() *metrics.Report {
	cat := exampleCatalog()
	r := metrics.Aggregate(exampleTree(), cat, slices.Values(exampleRecords()), metrics.Options{})
	w := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	ts, err := metrics.NewTargets(cat,
		metrics.Target{Indicator: "visits", Unit: "bd", Value: decimal.NewFromInt(10), Window: w},
		metrics.Target{Indicator: "visits", Unit: "tdm", Value: decimal.NewFromInt(4), Window: w},
		metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(8), Window: w},
		metrics.Target{Indicator: "share", Unit: "bd", Kind: metrics.Percentage, Value: decimal.NewFromInt(5), Window: w},
	)
	if err != nil {
		panic(err)
	}
	rp, err := metrics.NewReport(r, ts, vietnam.MustParseDate("1/7/2025"),
		metrics.ReportOptions{Indicators: []metrics.Code{"visits", "share"}, OnlyTargets: true})
	if err != nil {
		panic(err)
	}
	return rp
}

func ExampleNewReport() {
	rp := exampleReport()
	if err := rp.WriteText(os.Stdout, vietnam.Vietnamese); err != nil {
		panic(err)
	}
	// Output:
	// Tính đến ngày 01/07/2025
	// Đơn vị         Chỉ tiêu           Thực hiện  Mục tiêu  Đạt  Kỳ vọng  Trạng thái
	// Bình Dương     Lượt hỗ trợ                4        10  40%        4  Có nguy cơ
	// Bình Dương     Tỷ lệ được hỗ trợ         2%        5%  40%     2,2%  Có nguy cơ
	//   Thủ Dầu Một  Lượt hỗ trợ                2         4  50%        2  Đúng tiến độ
	//   Lái Thiêu    Lượt hỗ trợ                2         8  25%        3  Chậm
}

func ExampleReport_WriteText_english() {
	if err := exampleReport().WriteText(os.Stdout, vietnam.English); err != nil {
		panic(err)
	}
	// Output:
	// As of 01/07/2025
	// Unit           Indicator     Actual  Target  Achieved  Expected  Status
	// Bình Dương     Visits             4      10       40%         4  At risk
	// Bình Dương     Share helped      2%      5%       40%      2.2%  At risk
	//   Thủ Dầu Một  Visits             2       4       50%         2  On track
	//   Lái Thiêu    Visits             2       8       25%         3  Behind
}

func ExampleReport_Sorted() {
	rp := exampleReport().Sorted(metrics.ByStatus, false) // worst first
	for _, row := range rp.Rows {
		fmt.Println(row.Unit.Name, row.Indicator.Code, row.Progress.Status)
	}
	// Output:
	// Lái Thiêu visits behind
	// Bình Dương visits at_risk
	// Bình Dương share at_risk
	// Thủ Dầu Một visits on_track
}

func ExampleReport_WriteCSV() {
	if err := exampleReport().WriteCSV(os.Stdout, vietnam.Vietnamese); err != nil {
		panic(err)
	}
	// Output:
	// Mã đơn vị,Đơn vị,Mã chỉ tiêu,Chỉ tiêu,Thực hiện,Mục tiêu,Đạt,Kỳ vọng,Mã trạng thái,Trạng thái
	// bd,Bình Dương,visits,Lượt hỗ trợ,4,10,40,4.3,at_risk,Có nguy cơ
	// bd,Bình Dương,share,Tỷ lệ được hỗ trợ,2,5,40,2.2,at_risk,Có nguy cơ
	// tdm,Thủ Dầu Một,visits,Lượt hỗ trợ,2,4,50,1.7,on_track,Đúng tiến độ
	// lt,Lái Thiêu,visits,Lượt hỗ trợ,2,8,25,3.4,behind,Chậm
}

func ExampleReport_WriteJSON() {
	rp := exampleReport()
	rp.Rows = rp.Rows[:1]
	if err := rp.WriteJSON(os.Stdout, vietnam.English); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "as_of": "2025-07-01",
	//   "lang": "en",
	//   "rows": [
	//     {
	//       "unit_id": "bd",
	//       "unit": "Bình Dương",
	//       "depth": 0,
	//       "indicator": "visits",
	//       "indicator_name": "Visits",
	//       "count_unit": "visits",
	//       "actual": 4,
	//       "target": 10,
	//       "target_kind": "absolute",
	//       "achieved": 0.4,
	//       "expected": 4.3037974684,
	//       "pace": 0.9294117647,
	//       "status": "at_risk",
	//       "status_label": "At risk"
	//     }
	//   ]
	// }
}

func ExampleIndicator_Label() {
	ind := metrics.Indicator{Code: "smartca", NameVI: "Tài khoản SmartCA được cài đặt", Unit: metrics.Accounts, Aggregation: metrics.Sum}
	fmt.Println(ind.Label(vietnam.Vietnamese))
	fmt.Println(ind.Label(vietnam.English)) // no English name: falls back to Vietnamese
	// Output:
	// Tài khoản SmartCA được cài đặt
	// Tài khoản SmartCA được cài đặt
}

// Loop over every unit by index, as a custom exporter would.
func ExampleRollup_ValueAt() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	k := 0 // "visits", the first indicator of the catalog
	for i, u := range r.Tree().All() {
		fmt.Printf("%s%s: %s\n", strings.Repeat("  ", r.Tree().DepthAt(i)), u.Name, r.ValueAt(i, k))
	}
	// Output:
	// Bình Dương: 4
	//   Thủ Dầu Một: 2
	//   Lái Thiêu: 2
}

func ExampleDefaultBands() {
	// Phường Lái Thiêu's union has trained 820 people against the 1 000
	// its plan expects by now (pace 0.82); Phường An Phú, 700 (pace 0.70).
	b := metrics.DefaultBands()
	fmt.Println("on track from", b.OnTrack, "at risk from", b.AtRisk)
	for _, u := range []struct {
		name string
		pace string
	}{{"Phường Lái Thiêu", "0.82"}, {"Phường An Phú", "0.70"}, {"Phường Thuận Giao", "0.95"}} {
		fmt.Println(u.name, b.Classify(decimal.RequireFromString(u.pace)).Label(vietnam.Vietnamese))
	}
	// Output:
	// on track from 0.95 at risk from 0.75
	// Phường Lái Thiêu Có nguy cơ
	// Phường An Phú Chậm
	// Phường Thuận Giao Đúng tiến độ
}

func ExampleValueOf() {
	// The commune union of Phường Lái Thiêu reports 1 250 learners on paper,
	// an actual that did not come from a rollup of records.
	v := metrics.ValueOf(decimal.NewFromInt(1250))
	_, _, ratio := v.Ratio()
	fmt.Println(v, v.IsMissing(), ratio)
	var none metrics.Value
	fmt.Printf("%q %v\n", none, none.IsMissing())
	// Output:
	// 1250 false false
	// "" true
}

func ExampleAggregator_Add() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	day := vietnam.MustParseDate("3/6/2025")
	// A volunteer of Phường Lái Thiêu helps Bà Tư install VNeID, then her son.
	a.Add(metrics.Record{Indicator: "visits", Unit: "lt", Date: day, Value: 2})
	a.Add(metrics.Record{Indicator: "people", Unit: "lt", Date: day, Subject: "ba-tu"})
	a.Add(metrics.Record{Indicator: "people", Unit: "lt", Date: day, Subject: "con-ba-tu"})
	a.Add(metrics.Record{Indicator: "people", Unit: "lt", Date: day, Subject: "ba-tu"}) // seen again: once
	visits, _ := a.Rollup().Value("bd", "visits")
	people, _ := a.Rollup().Value("bd", "people")
	fmt.Println(visits, people)
	// Output: 2 2
}

func ExampleAggregator_AddAll() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	a.AddAll(slices.Values(exampleRecords()))
	v, _ := a.Rollup().Value("lt", "people")
	fmt.Println(v)
	// Output: 2
}

func ExampleAggregator_Rollup() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	a.AddAll(slices.Values(exampleRecords()))
	before := a.Rollup()
	// The aggregator stays usable: a late record from Thủ Dầu Một.
	a.Add(metrics.Record{Indicator: "visits", Unit: "tdm", Date: vietnam.MustParseDate("4/6/2025"), Value: 3})
	after := a.Rollup()
	v1, _ := before.Value("bd", "visits")
	v2, _ := after.Value("bd", "visits")
	fmt.Println(v1, v2)
	// Output: 4 7
}

func ExampleAggregator_Skipped() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	day := vietnam.MustParseDate("3/6/2025")
	a.Add(metrics.Record{Indicator: "visits", Unit: "phu-loi", Date: day, Value: 4}) // not in the tree
	a.Add(metrics.Record{Indicator: "vneid", Unit: "lt", Date: day, Value: 1})       // not in the catalog
	a.Add(metrics.Record{Indicator: "share", Unit: "lt", Date: day, Value: 50})      // a ratio is computed
	a.Add(metrics.Record{Indicator: "visits", Unit: "lt", Value: 1})                 // no date
	s := a.Skipped()
	fmt.Println(s.UnknownUnits, s.UnknownIndicators, s.Computed, s.BadDate, s.Total())
	// Output: map[phu-loi:1] map[vneid:1] 1 1 4
}

func ExampleRollup_Value() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	v, ok := r.Value("bd", "youth") // latest headcount of each commune, added up
	fmt.Println(v, ok)
	v, ok = r.Value("bd", "smartca") // not in the catalog
	fmt.Printf("%q %v\n", v, ok)
	// Output:
	// 100 true
	// "" false
}

func ExampleRollup_Skipped() {
	recs := append(exampleRecords(), metrics.Record{Indicator: "visits", Unit: "tan-dong-hiep", Date: vietnam.MustParseDate("2/6/2025"), Value: 7})
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(recs), metrics.Options{})
	fmt.Println(r.Skipped().UnknownUnits)
	// Output: map[tan-dong-hiep:1]
}

func ExampleRollup_Period() {
	june := metrics.MustParsePeriod("2025-06")
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{Period: june})
	fmt.Println(r.Period(), r.Period().Label(vietnam.Vietnamese))
	// Output: 2025-06 Tháng 6/2025
}

func ExampleRollup_Tree() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	for _, u := range r.Tree().All() {
		v, _ := r.Value(u.ID, "people")
		fmt.Println(u.Name, v)
	}
	// Output:
	// Bình Dương 2
	// Thủ Dầu Một 1
	// Lái Thiêu 2
}

func ExampleRollup_Catalog() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	for ind := range r.Catalog().All() {
		v, _ := r.Value("bd", ind.Code)
		fmt.Printf("%s: %s %s\n", ind.Label(vietnam.Vietnamese), v, ind.Unit.Label(vietnam.Vietnamese))
	}
	// Output:
	// Lượt hỗ trợ: 4 lượt
	// Người được hỗ trợ: 2 người
	// Thanh niên: 100 người
	// Tỷ lệ được hỗ trợ: 2 %
}

func ExampleCatalog_Indicator() {
	cat := exampleCatalog()
	ind, ok := cat.Indicator("share")
	fmt.Println(ind.NameVI, ind.Numerator, ind.Denominator, ok)
	_, ok = cat.Indicator("Share") // codes are case sensitive
	fmt.Println(ok)
	// Output:
	// Tỷ lệ được hỗ trợ people youth true
	// false
}

func ExampleCatalog_All() {
	for ind := range exampleCatalog().All() {
		fmt.Println(ind.Code, ind.Aggregation)
	}
	// Output:
	// visits sum
	// people distinct
	// youth latest
	// share ratio
}

func ExampleCatalog_Len() {
	fmt.Println(exampleCatalog().Len())
	// Output: 4
}

func ExampleTargets_For() {
	w := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	ts, err := metrics.NewTargets(exampleCatalog(),
		metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(800), Window: w},
		metrics.Target{Indicator: "share", Unit: "lt", Kind: metrics.Percentage, Value: decimal.NewFromInt(80), Window: w})
	if err != nil {
		panic(err)
	}
	t, ok := ts.For("share", "lt")
	fmt.Println(t.Kind, t.Value, ok)
	_, ok = ts.For("share", "bd") // nothing was set at the province
	fmt.Println(ok)
	// Output:
	// percentage 80 true
	// false
}

func ExampleTargets_All() {
	w := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	ts, err := metrics.NewTargets(exampleCatalog(),
		metrics.Target{Indicator: "visits", Unit: "tdm", Value: decimal.NewFromInt(1200), Window: w},
		metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(800), Window: w})
	if err != nil {
		panic(err)
	}
	for t := range ts.All() {
		fmt.Println(t.Unit, t.Indicator, t.Value)
	}
	fmt.Println(ts.Len())
	// Output:
	// tdm visits 1200
	// lt visits 800
	// 2
}

func ExampleTargets_Len() {
	w := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	_, err := metrics.NewTargets(exampleCatalog(),
		metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(800), Window: w},
		metrics.Target{Indicator: "visits", Unit: "lt", Value: decimal.NewFromInt(900), Window: w})
	fmt.Println(err)
	ts, _ := metrics.NewTargets(exampleCatalog())
	fmt.Println(ts.Len())
	// Output:
	// metrics: target "visits" at "lt": Unit: second target for this indicator and unit (first is target 0)
	// 0
}

func ExampleTarget_Validate() {
	t := metrics.Target{
		Indicator: "smartca", Unit: "bd", Value: decimal.NewFromInt(200000),
		Window: metrics.Period{From: vietnam.MustParseDate("15/8/2025"), To: vietnam.MustParseDate("29/5/2025")},
	}
	fmt.Println(t.Validate())
	t.Window.From, t.Window.To = t.Window.To, t.Window.From
	fmt.Println(t.Validate())
	// Output:
	// metrics: target "smartca" at "bd": Window: window 15/08/2025–29/05/2025 ends before it starts
	// <nil>
}

func ExampleBands_Validate() {
	fmt.Println(metrics.Bands{}.Validate()) // the default bands
	fmt.Println(metrics.Bands{OnTrack: decimal.RequireFromString("0.7"), AtRisk: decimal.RequireFromString("0.9")}.Validate())
	// Output:
	// <nil>
	// metrics: bands need 0 < AtRisk ≤ OnTrack: AtRisk 0.9, OnTrack 0.7
}

func ExampleValue_Decimal() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	share, _ := r.Value("lt", "share")
	fmt.Println(share.Decimal().StringFixed(2))
	fmt.Println(metrics.Value{}.Decimal()) // missing reads as 0: check IsMissing first
	// Output:
	// 3.33
	// 0
}

func ExampleValue_Ratio() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values(exampleRecords()), metrics.Options{})
	share, _ := r.Value("bd", "share")
	num, den, ok := share.Ratio()
	fmt.Println(num, den, ok)
	visits, _ := r.Value("bd", "visits")
	_, _, ok = visits.Ratio()
	fmt.Println(ok)
	// Output:
	// 2 100 true
	// false
}

func ExampleValue_IsMissing() {
	zero := metrics.ValueOf(decimal.Zero) // reported: nobody came
	var none metrics.Value                // not reported at all
	fmt.Println(zero.IsMissing(), none.IsMissing())
	// Output: false true
}

func ExampleValue_Equal() {
	a := metrics.RatioOf(decimal.NewFromInt(1), decimal.NewFromInt(2), decimal.NewFromInt(100))
	b := metrics.RatioOf(decimal.NewFromInt(50), decimal.NewFromInt(100), decimal.NewFromInt(100))
	fmt.Println(a, b, a.Equal(b)) // the same 50%, not the same parts
	fmt.Println(metrics.ValueOf(decimal.RequireFromString("50.0")).Equal(metrics.ValueOf(decimal.NewFromInt(50))))
	// Output:
	// 50 50 false
	// true
}

func ExampleValue_String() {
	fmt.Printf("%q\n", metrics.ValueOf(decimal.NewFromInt(52000)).String())
	fmt.Printf("%q\n", metrics.RatioOf(decimal.NewFromInt(2), decimal.NewFromInt(3), decimal.NewFromInt(100)).String())
	fmt.Printf("%q\n", metrics.Value{}.String())
	// Output:
	// "52000"
	// "66.6666666667"
	// ""
}

func ExampleSkipped_Err() {
	s := metrics.Skipped{OutOfPeriod: 12, Repeats: 3} // expected: not an error
	fmt.Println(s.Err())
	s.UnknownUnits = map[org.ID]int{"xa-an-son": 4}
	fmt.Println(s.Err())
	// Output:
	// <nil>
	// metrics: records skipped: 4 of unknown units ("xa-an-son")
}

func ExampleSkipped_Total() {
	s := metrics.Skipped{OutOfPeriod: 12, Repeats: 3, NoSubject: 1, UnknownUnits: map[org.ID]int{"xa-an-son": 4}}
	fmt.Println(s.Total())
	// Output: 20
}

func ExampleSkippedError_Error() {
	r := metrics.Aggregate(exampleTree(), exampleCatalog(), slices.Values([]metrics.Record{
		{Indicator: "visits", Unit: "an-son", Date: vietnam.MustParseDate("2/6/2025"), Value: 1},
		{Indicator: "people", Unit: "lt", Date: vietnam.MustParseDate("2/6/2025")},
	}), metrics.Options{})
	var se *metrics.SkippedError
	if errors.As(r.Skipped().Err(), &se) {
		fmt.Println(se.Error())
		fmt.Println(se.Skipped.NoSubject)
	}
	// Output:
	// metrics: records skipped: 1 of unknown units ("an-son"); 1 without a subject
	// 1
}

func ExampleSkippedError_Unwrap() {
	err := metrics.Skipped{BadDate: 2}.Err()
	fmt.Println(errors.Is(err, metrics.ErrSkipped))
	// Output: true
}

func ExampleTagged_Option() {
	t := metrics.Tagged{
		Record: metrics.Record{Indicator: "people", Unit: "lt", Date: vietnam.MustParseDate("2/6/2025"), Subject: "an"},
		Tags:   []metrics.Tag{{Category: "sex", Option: "nu"}, {Category: "ethnicity", Option: "kinh"}},
	}
	fmt.Printf("%q %q %q\n", t.Option("sex"), t.Option("ethnicity"), t.Option("age"))
	// Output: "nu" "kinh" ""
}

func exampleBreakdown() *metrics.Breakdown {
	rec := func(day string, unit org.ID, subject, sex, area string) metrics.Tagged {
		return metrics.Tagged{Record: metrics.Record{Indicator: "people", Unit: unit, Date: vietnam.MustParseDate(day), Subject: subject},
			Tags: []metrics.Tag{{Category: "sex", Option: sex}, {Category: "area", Option: area}}}
	}
	recs := []metrics.Tagged{
		rec("2/6/2025", "tdm", "an", "nam", "thanh_thi"),
		rec("2/6/2025", "tdm", "binh", "nu", "thanh_thi"),
		rec("3/6/2025", "lt", "cuc", "nu", "nong_thon"),
		rec("9/6/2025", "lt", "an", "nam", "thanh_thi"), // An again: once at Bình Dương
	}
	b, err := metrics.Disaggregate(exampleTree(), exampleCatalog(), slices.Values(recs), metrics.Options{}, "sex", "area")
	if err != nil {
		panic(err)
	}
	return b
}

func ExampleBreakdown_By() {
	fmt.Println(exampleBreakdown().By())
	// Output: [sex area]
}

func ExampleBreakdown_Combinations() {
	for _, c := range exampleBreakdown().Combinations() {
		fmt.Println(c)
	}
	// Output:
	// [nam thanh_thi]
	// [nu nong_thon]
	// [nu thanh_thi]
}

func ExampleBreakdown_Cells() {
	for c := range exampleBreakdown().Cells("bd", "people") {
		fmt.Println(c.Options, c.Value)
	}
	// Output:
	// [nam thanh_thi] 1
	// [nu nong_thon] 1
	// [nu thanh_thi] 1
}

func ExampleBreakdown_Value() {
	b := exampleBreakdown()
	v, ok := b.Value("lt", "people", "nam", "thanh_thi")
	fmt.Println(v, ok)
	v, ok = b.Value("tdm", "people", "nu", "nong_thon") // no such record
	fmt.Printf("%q %v\n", v, ok)
	// Output:
	// 1 true
	// "" true
}

func ExampleBreakdown_Total() {
	b := exampleBreakdown()
	bd, _ := b.Total().Value("bd", "people")
	lt, _ := b.Total().Value("lt", "people")
	fmt.Println(bd, lt)
	// Output: 3 2
}

func ExampleAggregation_String() {
	for a := metrics.AggregationUnknown; a <= metrics.Max+1; a++ {
		fmt.Printf("%q\n", a.String())
	}
	// Output:
	// "unknown"
	// "sum"
	// "distinct"
	// "ratio"
	// "latest"
	// "max"
	// "Aggregation(6)"
}

func ExampleAggregation_MarshalText() {
	b, err := metrics.Distinct.MarshalText()
	fmt.Println(string(b), err)
	_, err = metrics.Aggregation(9).MarshalText()
	fmt.Println(err)
	// Output:
	// distinct <nil>
	// metrics: aggregation 9 has no text form: unknown name
}

func ExampleAggregation_UnmarshalText() {
	var a metrics.Aggregation
	fmt.Println(a.UnmarshalText([]byte("Latest")), a)
	fmt.Println(a.UnmarshalText([]byte("trung bình")))
	// Output:
	// <nil> latest
	// metrics: aggregation "trung bình": want sum, distinct, ratio, latest or max: unknown name
}

func ExampleCountUnit_String() {
	for u := metrics.CountUnknown; u <= metrics.Percent+1; u++ {
		fmt.Printf("%q\n", u.String())
	}
	// Output:
	// "unknown"
	// "people"
	// "visits"
	// "accounts"
	// "classes"
	// "households"
	// "%"
	// "CountUnit(7)"
}

func ExampleCountUnit_MarshalText() {
	b, err := metrics.Households.MarshalText()
	fmt.Println(string(b), err)
	// Output: households <nil>
}

func ExampleCountUnit_UnmarshalText() {
	for _, s := range []string{"tài khoản", "Hộ", "visits", "suất"} {
		var u metrics.CountUnit
		err := u.UnmarshalText([]byte(s))
		fmt.Println(s, u, err)
	}
	// Output:
	// tài khoản accounts <nil>
	// Hộ households <nil>
	// visits visits <nil>
	// suất unknown metrics: count unit "suất": want people, visits, accounts, classes, households or %: unknown name
}

func ExampleStatus_String() {
	for s := metrics.StatusUnknown; s <= metrics.StatusNotAchieved+1; s++ {
		fmt.Printf("%q\n", s.String())
	}
	// Output:
	// "unknown"
	// "not_started"
	// "no_data"
	// "on_track"
	// "at_risk"
	// "behind"
	// "complete"
	// "not_achieved"
	// "Status(8)"
}

func ExampleStatus_Label() {
	for s := metrics.StatusNotStarted; s <= metrics.StatusNotAchieved; s++ {
		fmt.Printf("%-16s %s\n", s.Label(vietnam.Vietnamese), s.Label(vietnam.English))
	}
	// Output:
	// Chưa bắt đầu     Not started
	// Chưa có số liệu  No data
	// Đúng tiến độ     On track
	// Có nguy cơ       At risk
	// Chậm             Behind
	// Hoàn thành       Complete
	// Không đạt        Not achieved
}

func ExampleStatus_MarshalText() {
	b, err := metrics.StatusBehind.MarshalText()
	fmt.Printf("%s %v\n", b, err)
	b, err = metrics.StatusUnknown.MarshalText()
	fmt.Printf("%q %v\n", b, err)
	// Output:
	// behind <nil>
	// "" <nil>
}

func ExampleStatus_UnmarshalText() {
	for _, s := range []string{"on_track", "Not Started", "not-achieved", "chậm"} {
		var st metrics.Status
		err := st.UnmarshalText([]byte(s))
		fmt.Println(s, st, err)
	}
	// Output:
	// on_track on_track <nil>
	// Not Started not_started <nil>
	// not-achieved not_achieved <nil>
	// chậm unknown metrics: status "chậm": want not_started, no_data, on_track, at_risk, behind, complete or not_achieved: unknown name
}

func ExampleTargetKind_String() {
	fmt.Println(metrics.Absolute, metrics.Percentage, metrics.TargetKind(2))
	// Output: absolute percentage TargetKind(2)
}

func ExampleTargetKind_MarshalText() {
	b, err := metrics.Absolute.MarshalText() // the zero kind is written out
	fmt.Println(string(b), err)
	// Output: absolute <nil>
}

func ExampleTargetKind_UnmarshalText() {
	for _, s := range []string{"PERCENTAGE", "", "tỷ lệ"} {
		k := metrics.Percentage
		err := k.UnmarshalText([]byte(s))
		fmt.Printf("%q %v %v\n", s, k, err)
	}
	// Output:
	// "PERCENTAGE" percentage <nil>
	// "" absolute <nil>
	// "tỷ lệ" percentage metrics: target kind "tỷ lệ": want absolute or percentage: unknown name
}

func ExampleReportingRate_Actual() {
	// Week 23 in Thái Nguyên: 40 commune unions owe a report.
	r := metrics.ReportingRate{Expected: 40, OnTime: 30, Late: 6, Overdue: 4}
	fmt.Println(r.Actual())
	// Output: 36
}

func ExampleReportingRate_Completeness() {
	r := metrics.ReportingRate{Expected: 40, OnTime: 30, Late: 6, Overdue: 4}
	fmt.Println(r.Completeness().Decimal().StringFixed(1))
	fmt.Println(metrics.ReportingRate{}.Completeness().IsMissing()) // nothing was expected
	// Output:
	// 90.0
	// true
}

func ExampleAllocationError_Error() {
	_, err := metrics.Allocate(1000, []metrics.Claim{{Weight: 5, Min: 600}, {Weight: 5, Min: 600}})
	fmt.Println(err)
	_, err = metrics.Allocate(1000, []metrics.Claim{{Weight: 5}, {Weight: -1}})
	fmt.Println(err)
	// Output:
	// metrics: allocate: minimums sum to 1200, above the total 1000
	// metrics: allocate: claim 1: negative weight -1
}

func ExampleAllocationError_Unwrap() {
	_, err := metrics.Allocate(1000, []metrics.Claim{{Weight: 5, Cap: 300}, {Weight: 5, Cap: 300}})
	var ae *metrics.AllocationError
	fmt.Println(errors.Is(err, metrics.ErrAllocation), errors.As(err, &ae), ae.Index)
	// Output: true true -1
}

func ExampleConflictError_Error() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	r := metrics.Record{ID: "lt-0602-1", Source: "roster:lai-thieu.csv", Indicator: "visits", Unit: "lt", Date: vietnam.MustParseDate("2/6/2025"), Value: 3}
	a.Add(r)
	r.Source, r.Value = "hvs-web", 4
	_, err := a.Ingest(r)
	fmt.Println(err)
	// Output: metrics: record "lt-0602-1" from "hvs-web" (visits at lt on 2025-06-02, value 4) differs from the record with the same ID from "roster:lai-thieu.csv"
}

func ExampleConflictError_Unwrap() {
	a := metrics.NewAggregator(exampleTree(), exampleCatalog(), metrics.Options{})
	r := metrics.Record{ID: "lt-0602-1", Indicator: "visits", Unit: "lt", Date: vietnam.MustParseDate("2/6/2025"), Value: 3}
	a.Add(r)
	r.Unit = "tdm"
	_, err := a.Ingest(r)
	fmt.Println(errors.Is(err, metrics.ErrConflict))
	// Output: true
}

func ExampleIndicatorError_Error() {
	_, err := metrics.NewCatalog(
		metrics.Indicator{Code: "smartca", Aggregation: metrics.Sum},
		metrics.Indicator{Code: "smartca", Aggregation: metrics.Sum},
	)
	fmt.Println(err)
	// Output: metrics: indicator 1 "smartca": Code: duplicate code
}

func ExampleIndicatorError_Unwrap() {
	_, err := metrics.NewCatalog(metrics.Indicator{Code: "vneid muc 2", Aggregation: metrics.Sum})
	var ie *metrics.IndicatorError
	fmt.Println(errors.Is(err, metrics.ErrIndicator), errors.As(err, &ie), ie.Field)
	// Output: true true Code
}

func ExamplePeriodError_Error() {
	for _, s := range []string{"tháng 13/2025", "quý 5 năm 2025", "mùa hè xanh 2025"} {
		_, err := metrics.ParsePeriod(s)
		fmt.Println(err)
	}
	// Output:
	// metrics: period "tháng 13/2025": month 13 out of range 1–12
	// metrics: period "quý 5 năm 2025": quarter 5 out of range 1–4
	// metrics: period "mùa hè xanh 2025": not a period ID or label
}

func ExamplePeriodError_Unwrap() {
	_, err := metrics.ParsePeriod("mùa hè xanh 2025")
	fmt.Println(errors.Is(err, metrics.ErrPeriodSyntax), errors.Is(err, metrics.ErrPeriodRange))
	// Output: true false
}

func ExampleTargetError_Error() {
	t := metrics.Target{Indicator: "smartca", Value: decimal.NewFromInt(-5),
		Window: metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}}
	fmt.Println(t.Validate())
	// Output: metrics: target "smartca": Value: negative value -5
}

func ExampleTargetError_Unwrap() {
	t := metrics.Target{Indicator: "smartca", Unit: "bd", Value: decimal.NewFromInt(200000)} // no window
	err := t.Validate()
	var te *metrics.TargetError
	fmt.Println(errors.Is(err, metrics.ErrTarget), errors.As(err, &te), te.Field)
	// Output: true true Window
}
