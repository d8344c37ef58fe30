package metrics_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

func breakdownTree(t *testing.T) *org.Tree {
	t.Helper()
	tree, err := org.Build([]org.Unit{
		{ID: "tinh", Name: "Tỉnh đoàn"},
		{ID: "p1", Name: "Đoàn phường Lái Thiêu", Parent: "tinh"},
		{ID: "p2", Name: "Đoàn phường Bình Nhâm", Parent: "tinh"},
		{ID: "x1", Name: "Đoàn xã An Sơn", Parent: "p2"},
	})
	require.NoError(t, err)
	return tree
}

func breakdownCatalog(t *testing.T) *metrics.Catalog {
	t.Helper()
	cat, err := metrics.NewCatalog(
		metrics.Indicator{Code: "nguoi", NameVI: "Người dùng", Unit: metrics.People, Aggregation: metrics.Distinct},
		metrics.Indicator{Code: "luot", NameVI: "Lượt hỗ trợ", Unit: metrics.Visits, Aggregation: metrics.Sum},
	)
	require.NoError(t, err)
	return cat
}

// TestBreakdownSumsToTotal: at every unit, for a sum and for a distinct
// count, by each category and by each pair, the combinations add up to the
// total, though one person's tags change across records (an age band
// crossed, a group written two ways) and one has no tag at all.
func TestBreakdownSumsToTotal(t *testing.T) {
	tree, cat := breakdownTree(t), breakdownCatalog(t)
	d := vietnam.MustParseDate
	type ev struct {
		subject, unit, day, sex, age, group string
	}
	events := []ev{
		{"an", "p1", "1/6/2025", "nam", "thanh_nien", "doan_vien"},
		{"an", "x1", "2/7/2025", "nam", "khac", "nguoi_dan"}, // turned 31, wrote another group, another commune
		{"binh", "p1", "3/6/2025", "nu", "nguoi_cao_tuoi", "nguoi_dan"},
		{"binh", "p1", "4/6/2025", "nu", "nguoi_cao_tuoi", "nguoi_dan"},
		{"chi", "x1", "5/6/2025", "nu", "thanh_nien", "hoc_sinh"},
		{"dung", "p2", "6/6/2025", "", "", ""},
		{"em", "p2", "6/6/2025", "nam", "thanh_nien", "doan_vien"},
		{"em", "p2", "6/6/2025", "nam", "khac", "doan_vien"}, // same day: the smaller combination wins
	}
	var recs []metrics.Tagged
	for _, e := range events {
		tags := []metrics.Tag{{Category: "sex", Option: e.sex}, {Category: "age", Option: e.age}, {Category: "group", Option: e.group}}
		for _, code := range []metrics.Code{"nguoi", "luot"} {
			recs = append(recs, metrics.Tagged{Record: metrics.Record{Indicator: code, Unit: org.ID(e.unit), Date: d(e.day), Value: 1, Subject: e.subject}, Tags: tags})
		}
	}
	cats := []metrics.Category{"sex", "age", "group"}
	var bys [][]metrics.Category
	for i, a := range cats {
		bys = append(bys, []metrics.Category{a})
		for _, b := range cats[i+1:] {
			bys = append(bys, []metrics.Category{a, b})
		}
	}
	for _, by := range bys {
		t.Run(fmt.Sprint(by), func(t *testing.T) {
			b, err := metrics.Disaggregate(tree, cat, slices.Values(recs), metrics.Options{}, by...)
			require.NoError(t, err)
			for _, u := range tree.All() {
				for _, code := range []metrics.Code{"nguoi", "luot"} {
					total, _ := b.Total().Value(u.ID, code)
					sum := decimal.Zero
					for c := range b.Cells(u.ID, code) {
						sum = sum.Add(c.Value.Decimal())
					}
					assert.True(t, total.Decimal().Equal(sum), "%s %s: total %s, combinations sum to %s", u.ID, code, total, sum)
				}
			}
		})
	}
	// The figures themselves, at the province: five people, eight visits.
	b, err := metrics.Disaggregate(tree, cat, slices.Values(recs), metrics.Options{}, "sex", "age")
	require.NoError(t, err)
	got := map[string]string{}
	for c := range b.Cells("tinh", "nguoi") {
		got[fmt.Sprint(c.Options)] = c.Value.String()
	}
	assert.Equal(t, map[string]string{"[ ]": "1", "[nam khac]": "1", "[nam thanh_nien]": "1", "[nu nguoi_cao_tuoi]": "1", "[nu thanh_nien]": "1"}, got,
		"an counts as a youth, by his first record; em as khac, the smaller of two on one day")
	v, ok := b.Value("x1", "nguoi", "nam", "thanh_nien")
	require.True(t, ok)
	assert.Equal(t, "1", v.String(), "an's record at x1 counts him there, in his settled combination")
	v, _ = b.Value("x1", "luot", "nam", "khac")
	assert.Equal(t, "1", v.String(), "a sum counts each record in its own combination")
	assert.Equal(t, []metrics.Category{"sex", "age"}, b.By())
	assert.Len(t, b.Combinations(), 5)
}

// TestBreakdownSettlesInPeriod: a person's option is that of their
// earliest record the breakdown counts. A record before the period, which
// counts nowhere, does not put the person under its option: the options
// would then hold a person none of whose counted records say so.
func TestBreakdownSettlesInPeriod(t *testing.T) {
	tree, cat := breakdownTree(t), breakdownCatalog(t)
	d := vietnam.MustParseDate
	rec := func(day, age string) metrics.Tagged {
		return metrics.Tagged{Record: metrics.Record{Indicator: "nguoi", Unit: "p1", Date: d(day), Subject: "an"},
			Tags: []metrics.Tag{{Category: "age", Option: age}}}
	}
	// An turned 31 on 20/5: a class before the campaign as a youth, one
	// in it as an adult of another band.
	recs := []metrics.Tagged{rec("10/5/2025", "thanh_nien"), rec("2/6/2025", "khac")}
	campaign := metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}
	b, err := metrics.Disaggregate(tree, cat, slices.Values(recs), metrics.Options{Period: campaign}, "age")
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"khac"}}, b.Combinations())
	v, _ := b.Value("tinh", "nguoi", "khac")
	assert.Equal(t, "1", v.String())
	// Over the whole year, the earlier record counts and settles.
	b, err = metrics.Disaggregate(tree, cat, slices.Values(recs), metrics.Options{}, "age")
	require.NoError(t, err)
	v, _ = b.Value("tinh", "nguoi", "thanh_nien")
	assert.Equal(t, "1", v.String())
}

// TestBreakdownUnknownUnits: records of a unit the tree does not have (a
// commune closed before the tree was drawn) count nowhere, and the
// breakdown says so; the person whose first record was there is placed
// by their first record that counts. Mapped to its successor, the unit's
// records count there.
func TestBreakdownUnknownUnits(t *testing.T) {
	tree, cat := breakdownTree(t), breakdownCatalog(t)
	d := vietnam.MustParseDate
	rec := func(ind metrics.Code, unit org.ID, day, subject, sex string, v int64) metrics.Tagged {
		return metrics.Tagged{Record: metrics.Record{Indicator: ind, Unit: unit, Date: d(day), Subject: subject, Value: v},
			Tags: []metrics.Tag{{Category: "sex", Option: sex}}}
	}
	recs := []metrics.Tagged{
		rec("nguoi", "xa_cu", "1/6/2025", "an", "nu", 0), // written "nu" by mistake at a closed commune
		rec("nguoi", "p1", "2/6/2025", "an", "nam", 0),
		rec("luot", "xa_cu", "2/6/2025", "", "nam", 3),
		rec("luot", "p1", "2/6/2025", "", "nam", 2),
	}
	tests := []struct {
		name      string
		opt       metrics.Options
		unknown   map[org.ID]int
		an        string // an's option at the province
		visits    string // the province's visits, all options
		anCounted org.ID // where an's first counted record is
	}{
		{"not in the tree", metrics.Options{}, map[org.ID]int{"xa_cu": 2}, "nam", "2", "p1"},
		{"mapped to its successor", metrics.Options{Successor: func(id org.ID) (org.ID, bool) { return "x1", id == "xa_cu" }}, nil, "nu", "5", "x1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := metrics.Disaggregate(tree, cat, slices.Values(recs), tc.opt, "sex")
			require.NoError(t, err)
			assert.Equal(t, tc.unknown, b.Skipped().UnknownUnits)
			var se *metrics.SkippedError
			assert.Equal(t, tc.unknown != nil, errors.As(b.Skipped().Err(), &se), "Err says when records were not counted")
			people := map[string]string{}
			for c := range b.Cells("tinh", "nguoi") {
				people[c.Options[0]] = c.Value.String()
			}
			assert.Equal(t, map[string]string{tc.an: "1"}, people)
			v, _ := b.Value(tc.anCounted, "nguoi", tc.an)
			assert.Equal(t, "1", v.String())
			v, _ = b.Total().Value("tinh", "luot")
			assert.Equal(t, tc.visits, v.String())
			v, _ = b.Value("tinh", "luot", "nam")
			assert.Equal(t, tc.visits, v.String(), "the options add up to the total")
		})
	}
}

func TestDisaggregateErrors(t *testing.T) {
	tree, cat := breakdownTree(t), breakdownCatalog(t)
	for _, by := range [][]metrics.Category{nil, {"sex", "sex"}, {"a", "b", "c"}} {
		_, err := metrics.Disaggregate(tree, cat, nil, metrics.Options{}, by...)
		assert.ErrorIs(t, err, metrics.ErrBreakdown, "%v", by)
	}
}

func ExampleDisaggregate() {
	tree, _ := org.Build([]org.Unit{{ID: "tinh", Name: "Tỉnh đoàn"}, {ID: "xa", Name: "Đoàn xã", Parent: "tinh"}})
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "nd_smartca", NameVI: "Người dùng SmartCA", Unit: metrics.People, Aggregation: metrics.Distinct})
	d := vietnam.MustParseDate("2/6/2025")
	rec := func(subject, kind string) metrics.Tagged {
		return metrics.Tagged{Record: metrics.Record{Indicator: "nd_smartca", Unit: "xa", Date: d, Subject: subject},
			Tags: []metrics.Tag{{Category: "subject", Option: kind}}}
	}
	recs := []metrics.Tagged{rec("074085001234", "ca_nhan"), rec("0100109106", "to_chuc"), rec("079190004321", "ca_nhan")}
	b, _ := metrics.Disaggregate(tree, cat, slices.Values(recs), metrics.Options{}, "subject")
	total, _ := b.Total().Value("tinh", "nd_smartca")
	fmt.Println("together:", total)
	for c := range b.Cells("tinh", "nd_smartca") {
		fmt.Println(c.Options[0]+":", c.Value)
	}
	// Output:
	// together: 3
	// ca_nhan: 2
	// to_chuc: 1
}

// A record of a unit the tree does not have counts nowhere; the breakdown
// says so rather than dropping it unnoticed.
func ExampleBreakdown_Skipped() {
	tree, _ := org.Build([]org.Unit{{ID: "tinh", Name: "Tỉnh đoàn"}, {ID: "xa", Name: "Đoàn xã", Parent: "tinh"}})
	cat, _ := metrics.NewCatalog(metrics.Indicator{Code: "hoc_vien", NameVI: "Học viên", Unit: metrics.People, Aggregation: metrics.Distinct})
	d := vietnam.MustParseDate("2/6/2025")
	recs := []metrics.Tagged{
		{Record: metrics.Record{Indicator: "hoc_vien", Unit: "xa", Date: d, Subject: "an"}, Tags: []metrics.Tag{{Category: "sex", Option: "nam"}}},
		{Record: metrics.Record{Indicator: "hoc_vien", Unit: "xa_da_sap_nhap", Date: d, Subject: "binh"}, Tags: []metrics.Tag{{Category: "sex", Option: "nu"}}},
	}
	b, _ := metrics.Disaggregate(tree, cat, slices.Values(recs), metrics.Options{}, "sex")
	total, _ := b.Total().Value("tinh", "hoc_vien")
	fmt.Println("counted:", total)
	for c := range b.Cells("tinh", "hoc_vien") {
		fmt.Println(c.Options[0]+":", c.Value)
	}
	fmt.Println(b.Skipped().Err())
	// Output:
	// counted: 1
	// nam: 1
	// metrics: records skipped: 1 of unknown units ("xa_da_sap_nhap")
}
