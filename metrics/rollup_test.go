package metrics_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallTree is a country with two provinces: Bình Dương with two communes
// (Thủ Dầu Một has a hamlet team), and Hồ Chí Minh City with one.
func smallTree(t testing.TB) *org.Tree {
	t.Helper()
	tree, err := org.Build([]org.Unit{
		{ID: "vn", Name: "Việt Nam"},
		{ID: "bd", Name: "Bình Dương", Kind: org.KindProvince, Parent: "vn"},
		{ID: "tdm", Name: "Thủ Dầu Một", Kind: org.KindCommune, Parent: "bd"},
		{ID: "tdm-t1", Name: "Tổ công nghệ số khu phố 1", Kind: org.KindCommunityDigitalTeam, Parent: "tdm"},
		{ID: "lt", Name: "Lái Thiêu", Kind: org.KindCommune, Parent: "bd"},
		{ID: "hcm", Name: "Hồ Chí Minh", Kind: org.KindProvince, Parent: "vn"},
		{ID: "bn", Name: "Bến Nghé", Kind: org.KindCommune, Parent: "hcm"},
	})
	require.NoError(t, err)
	return tree
}

func smallCatalog(t testing.TB) *metrics.Catalog {
	t.Helper()
	c, err := metrics.NewCatalog(
		metrics.Indicator{Code: "visits", NameVI: "Lượt hỗ trợ", NameEN: "Visits", Unit: metrics.Visits, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "people", NameVI: "Người được hỗ trợ", NameEN: "People helped", Unit: metrics.People, Aggregation: metrics.Distinct},
		metrics.Indicator{Code: "youth", NameVI: "Thanh niên", NameEN: "Youth", Unit: metrics.People, Aggregation: metrics.Latest},
		metrics.Indicator{Code: "share", NameVI: "Tỷ lệ thanh niên được hỗ trợ", NameEN: "Share of youth helped", Unit: metrics.Percent,
			Aggregation: metrics.Ratio, Numerator: "people", Denominator: "youth"},
		metrics.Indicator{Code: "classes", NameVI: "Lớp mở cùng lúc", NameEN: "Classes at once", Unit: metrics.Classes, Aggregation: metrics.Max},
	)
	require.NoError(t, err)
	return c
}

func rec(ind metrics.Code, unit org.ID, day string, v int64, subject string) metrics.Record {
	return metrics.Record{Indicator: ind, Unit: unit, Date: d(day), Value: v, Subject: subject}
}

func smallRecords() []metrics.Record {
	return []metrics.Record{
		// visits: a person can be helped several times.
		rec("visits", "tdm", "1/6/2025", 3, ""),
		rec("visits", "tdm-t1", "2/6/2025", 2, ""),
		rec("visits", "lt", "3/6/2025", 4, ""),
		rec("visits", "bn", "3/6/2025", 0, ""),         // zero is a value, not missing
		rec("visits", "old-an-phu", "4/6/2025", 5, ""), // merged into Lái Thiêu
		// people: An is helped in two communes of Bình Dương, Bình twice in one.
		rec("people", "tdm", "1/6/2025", 1, "an"),
		rec("people", "lt", "5/6/2025", 1, "an"),
		rec("people", "tdm-t1", "2/6/2025", 1, "binh"),
		rec("people", "tdm", "9/6/2025", 1, "binh"),
		rec("people", "bn", "3/6/2025", 1, "chi"),
		rec("people", "old-an-phu", "4/6/2025", 1, "dung"),
		// youth: a stock; the latest report of each unit counts.
		rec("youth", "tdm", "1/6/2025", 80, ""),
		rec("youth", "tdm", "1/7/2025", 100, ""),
		rec("youth", "lt", "1/6/2025", 40, ""),
		rec("youth", "lt", "1/6/2025", 50, ""), // same day: the larger
		rec("youth", "bn", "1/6/2025", 0, ""),
		// classes: the largest number open at once.
		rec("classes", "tdm", "1/6/2025", 4, ""),
		rec("classes", "lt", "1/6/2025", 7, ""),
		rec("classes", "tdm", "2/6/2025", 6, ""),
		// Skipped, each for its own reason.
		rec("visits", "nowhere", "1/6/2025", 9, ""),
		rec("visits", "nowhere", "2/6/2025", 9, ""),
		rec("nope", "tdm", "1/6/2025", 9, ""),
		rec("share", "tdm", "1/6/2025", 50, ""),
		rec("people", "tdm", "1/6/2025", 1, ""),
		{Indicator: "visits", Unit: "tdm", Value: 9},
		{Indicator: "visits", Unit: "tdm", Date: d("5/6/2025"), End: d("1/6/2025"), Value: 9},
		rec("visits", "tdm", "1/9/2025", 9, ""),                                                // after the period
		{Indicator: "visits", Unit: "tdm", Date: d("1/8/2025"), End: d("31/8/2025"), Value: 9}, // a month running past it
	}
}

func successor(old org.ID) (org.ID, bool) {
	if old == "old-an-phu" {
		return "lt", true
	}
	return "", false
}

func smallOptions() metrics.Options {
	return metrics.Options{Period: metrics.Period{From: d("29/5/2025"), To: d("15/8/2025")}, Successor: successor}
}

// table renders a rollup as unit → indicator → value text, "" for missing.
func table(r *metrics.Rollup) map[org.ID]map[metrics.Code]string {
	out := map[org.ID]map[metrics.Code]string{}
	for _, u := range r.Tree().All() {
		row := map[metrics.Code]string{}
		for ind := range r.Catalog().All() {
			v, ok := r.Value(u.ID, ind.Code)
			if !ok {
				panic("unit or indicator lost")
			}
			row[ind.Code] = v.String()
		}
		out[u.ID] = row
	}
	return out
}

func TestRollup(t *testing.T) {
	r := metrics.Aggregate(smallTree(t), smallCatalog(t), slices.Values(smallRecords()), smallOptions())
	want := map[org.ID]map[metrics.Code]string{
		//                 visits: sums          people: distinct      youth: latest, summed  share = people/youth×100        classes: max
		"vn":     {"visits": "14", "people": "4", "youth": "150", "share": "2.6666666667", "classes": "7"},
		"bd":     {"visits": "14", "people": "3", "youth": "150", "share": "2", "classes": "7"},
		"tdm":    {"visits": "5", "people": "2", "youth": "100", "share": "2", "classes": "6"},
		"tdm-t1": {"visits": "2", "people": "1", "youth": "", "share": "", "classes": ""},
		"lt":     {"visits": "9", "people": "2", "youth": "50", "share": "4", "classes": "7"},
		"hcm":    {"visits": "0", "people": "1", "youth": "0", "share": "", "classes": ""},
		"bn":     {"visits": "0", "people": "1", "youth": "0", "share": "", "classes": ""},
	}
	if d := cmp.Diff(want, table(r)); d != "" {
		t.Errorf("rollup (-want +got):\n%s", d)
	}
	// tdm-t1's share: 1 person over no youth figure — the ratio has a
	// numerator but no denominator, so it is missing, and its parts say why.
	v, _ := r.Value("tdm-t1", "share")
	num, den, ok := v.Ratio()
	require.True(t, ok)
	assert.Equal(t, "1/0", num.String()+"/"+den.String())
	// hcm's share: 1 person over a youth figure of 0: missing, not infinite.
	v, _ = r.Value("hcm", "share")
	assert.True(t, v.IsMissing())
	// vn: a percentage recomputed from the sums 4/150, not the mean of 2%, 0%.
	v, _ = r.Value("vn", "share")
	num, den, _ = v.Ratio()
	assert.Equal(t, "4/150", num.String()+"/"+den.String())

	want2 := metrics.Skipped{
		UnknownUnits:      map[org.ID]int{"nowhere": 2},
		UnknownIndicators: map[metrics.Code]int{"nope": 1},
		Computed:          1, NoSubject: 1, BadDate: 2, OutOfPeriod: 2,
	}
	if d := cmp.Diff(want2, r.Skipped()); d != "" {
		t.Errorf("Skipped (-want +got):\n%s", d)
	}
	assert.Equal(t, 9, r.Skipped().Total())
	err := r.Skipped().Err()
	require.ErrorIs(t, err, metrics.ErrSkipped)
	assert.EqualError(t, err, `metrics: records skipped: 2 of unknown units ("nowhere"); 1 of unknown indicators ("nope"); 1 of ratio indicators; 1 without a subject; 2 without a valid date`)
	assert.NoError(t, metrics.Skipped{OutOfPeriod: 3}.Err(), "out of period is not an error")

	_, ok = r.Value("nowhere", "visits")
	assert.False(t, ok)
	_, ok = r.Value("vn", "nope")
	assert.False(t, ok)
	assert.Equal(t, smallOptions().Period, r.Period())
	i, _ := r.Tree().Index("bd")
	assert.Equal(t, "14", r.ValueAt(i, 0).String())
}

func TestRollupWithoutSuccessor(t *testing.T) {
	opt := smallOptions()
	opt.Successor = nil
	r := metrics.Aggregate(smallTree(t), smallCatalog(t), slices.Values(smallRecords()), opt)
	assert.Equal(t, map[org.ID]int{"nowhere": 2, "old-an-phu": 2}, r.Skipped().UnknownUnits,
		"records of a migrated unit are reported when no mapping is given")
	v, _ := r.Value("lt", "visits")
	assert.Equal(t, "4", v.String())
}

func TestSuccessorChainAndLoop(t *testing.T) {
	chain := map[org.ID]org.ID{"a": "b", "b": "lt", "x": "y", "y": "x", "self": "self"}
	opt := metrics.Options{Successor: func(id org.ID) (org.ID, bool) { n, ok := chain[id]; return n, ok }}
	recs := []metrics.Record{rec("visits", "a", "1/6/2025", 1, ""), rec("visits", "x", "1/6/2025", 1, ""), rec("visits", "self", "1/6/2025", 1, "")}
	r := metrics.Aggregate(smallTree(t), smallCatalog(t), slices.Values(recs), opt)
	v, _ := r.Value("lt", "visits")
	assert.Equal(t, "1", v.String(), "a → b → lt")
	assert.Equal(t, map[org.ID]int{"x": 1, "self": 1}, r.Skipped().UnknownUnits, "loops end, reported")
}

func TestRollupLarge(t *testing.T) {
	// Sums beyond int64 stay exact.
	recs := []metrics.Record{
		rec("visits", "tdm", "1/6/2025", 1<<62, ""), rec("visits", "lt", "1/6/2025", 1<<62, ""),
		rec("visits", "bn", "1/6/2025", 1<<62, ""), rec("visits", "bn", "2/6/2025", -5, ""),
		rec("classes", "tdm", "1/6/2025", -3, ""), rec("classes", "lt", "1/6/2025", -7, ""),
	}
	r := metrics.Aggregate(smallTree(t), smallCatalog(t), slices.Values(recs), metrics.Options{})
	v, _ := r.Value("vn", "visits")
	want := decimal.NewFromInt(1 << 62).Mul(decimal.NewFromInt(3)).Sub(decimal.NewFromInt(5))
	assert.True(t, want.Equal(v.Decimal()), "got %s", v)
	v, _ = r.Value("bd", "classes")
	assert.Equal(t, "-3", v.String(), "max of negatives")
}

func TestMerge(t *testing.T) {
	tree, cat, opt := smallTree(t), smallCatalog(t), smallOptions()
	recs := smallRecords()
	whole := metrics.Aggregate(tree, cat, slices.Values(recs), opt)

	// Three shards, merged in every order and grouping.
	shard := func(i int) *metrics.Aggregator {
		a := metrics.NewAggregator(tree, cat, opt)
		for j, r := range recs {
			if j%3 == i {
				a.Add(r)
			}
		}
		return a
	}
	for _, order := range [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		left := shard(order[0]) // (a ⊕ b) ⊕ c
		require.NoError(t, left.Merge(shard(order[1])))
		require.NoError(t, left.Merge(shard(order[2])))
		bc := shard(order[1]) // a ⊕ (b ⊕ c)
		require.NoError(t, bc.Merge(shard(order[2])))
		right := shard(order[0])
		require.NoError(t, right.Merge(bc))
		for _, a := range []*metrics.Aggregator{left, right} {
			got := a.Rollup()
			if d := cmp.Diff(table(whole), table(got)); d != "" {
				t.Errorf("order %v (-whole +merged):\n%s", order, d)
			}
			if d := cmp.Diff(whole.Skipped(), got.Skipped()); d != "" {
				t.Errorf("order %v skipped (-whole +merged):\n%s", order, d)
			}
		}
	}

	b := shard(1)
	before := table(b.Rollup())
	a := shard(0)
	require.NoError(t, a.Merge(b))
	assert.Equal(t, before, table(b.Rollup()), "Merge leaves its argument unchanged")

	other := metrics.NewAggregator(tree, cat, metrics.Options{})
	assert.ErrorIs(t, a.Merge(other), metrics.ErrMismatch)
	assert.EqualError(t, a.Merge(other), "metrics: merge: aggregators of different trees, catalogs or periods")
	assert.ErrorIs(t, a.Merge(metrics.NewAggregator(smallTree(t), cat, opt)), metrics.ErrMismatch)
	err := a.Merge(a)
	assert.EqualError(t, err, "metrics: merge: an aggregator with itself: both aggregators counted the same record ID")
	assert.ErrorIs(t, err, metrics.ErrOverlap)
}

func TestAggregatorIncremental(t *testing.T) {
	tree, cat, opt := smallTree(t), smallCatalog(t), smallOptions()
	a := metrics.NewAggregator(tree, cat, opt)
	a.Add(rec("visits", "tdm", "1/6/2025", 2, ""))
	first := a.Rollup()
	a.Add(rec("visits", "lt", "1/6/2025", 3, ""))
	v, _ := first.Value("bd", "visits")
	assert.Equal(t, "2", v.String(), "an earlier rollup does not change")
	v, _ = a.Rollup().Value("bd", "visits")
	assert.Equal(t, "5", v.String())
	s := a.Skipped()
	s.UnknownUnits = map[org.ID]int{"x": 1}
	assert.Empty(t, a.Skipped().UnknownUnits, "Skipped returns a copy")
	assert.Empty(t, slices.Collect(maps.Keys(a.Rollup().Skipped().UnknownUnits)))
}

func TestRecordPeriods(t *testing.T) {
	july := metrics.Period{From: d("1/7/2025"), To: d("31/7/2025")}
	recs := []metrics.Record{
		// A monthly report counts when its whole month is in the period.
		{Indicator: "visits", Unit: "tdm", Date: d("1/7/2025"), End: d("31/7/2025"), Value: 30},
		{Indicator: "visits", Unit: "tdm", Date: d("15/6/2025"), End: d("14/7/2025"), Value: 99},
		// Latest compares the last day a record covers: the monthly figure
		// (as of 31/7) is later than the daily one of 20/7.
		{Indicator: "youth", Unit: "lt", Date: d("1/7/2025"), End: d("31/7/2025"), Value: 70},
		{Indicator: "youth", Unit: "lt", Date: d("20/7/2025"), Value: 65},
	}
	r := metrics.Aggregate(smallTree(t), smallCatalog(t), slices.Values(recs), metrics.Options{Period: july})
	v, _ := r.Value("tdm", "visits")
	assert.Equal(t, "30", v.String())
	v, _ = r.Value("lt", "youth")
	assert.Equal(t, "70", v.String())
	assert.Equal(t, 1, r.Skipped().OutOfPeriod)
}

// TestAddNoAllocs pins the hot path: a record of a unit and a subject
// already seen costs no allocation, whatever its aggregation.
func TestAddNoAllocs(t *testing.T) {
	a := metrics.NewAggregator(smallTree(t), smallCatalog(t), smallOptions())
	recs := []metrics.Record{
		rec("visits", "tdm", "1/6/2025", 3, ""),
		rec("people", "lt", "1/6/2025", 1, "an"),
		rec("youth", "bn", "1/6/2025", 7, ""),
		rec("classes", "tdm-t1", "1/6/2025", 2, ""),
		rec("visits", "old-an-phu", "1/6/2025", 1, ""), // through the successor
	}
	for _, r := range recs {
		a.Add(r) // first sight may allocate
	}
	for _, r := range recs {
		allocs := testing.AllocsPerRun(100, func() { a.Add(r) })
		assert.Zero(t, allocs, "%s at %s", r.Indicator, r.Unit)
	}
}

// TestRollupConcurrentReads reads one rollup from several goroutines; run
// with -race.
func TestRollupConcurrentReads(t *testing.T) {
	r := metrics.Aggregate(smallTree(t), smallCatalog(t), slices.Values(smallRecords()), smallOptions())
	want := table(r)
	done := make(chan map[org.ID]map[metrics.Code]string)
	for range 4 {
		go func() { done <- table(r) }()
	}
	for range 4 {
		assert.Equal(t, want, <-done)
	}
}
