package metrics_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// fuzzCatalog has one indicator of each aggregation; "r" is a/b × 100.
func fuzzCatalog(t testing.TB) *metrics.Catalog {
	c, err := metrics.NewCatalog(
		metrics.Indicator{Code: "a", Aggregation: metrics.Sum},
		metrics.Indicator{Code: "b", Aggregation: metrics.Sum},
		metrics.Indicator{Code: "p", Aggregation: metrics.Distinct},
		metrics.Indicator{Code: "l", Aggregation: metrics.Latest},
		metrics.Indicator{Code: "m", Aggregation: metrics.Max},
		metrics.Indicator{Code: "r", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: "a", Denominator: "b"},
	)
	require.NoError(t, err)
	return c
}

// fuzzInput builds a one-root tree and records from bytes: the first byte
// sets the number of units, one byte per unit picks its parent among the
// earlier units, and every 5 following bytes make a record (indicator, unit
// or an unknown ID, day, value, subject).
func fuzzInput(t testing.TB, data []byte) (*org.Tree, []metrics.Record) {
	if len(data) == 0 {
		data = []byte{0}
	}
	n := 1 + int(data[0])%40
	data = data[1:]
	units := []org.Unit{{ID: "u0", Name: "Gốc"}}
	for i := 1; i < n; i++ {
		var b byte
		if i-1 < len(data) {
			b = data[i-1]
		}
		units = append(units, org.Unit{ID: org.ID(fmt.Sprintf("u%d", i)), Name: fmt.Sprintf("Đơn vị %d", i),
			Parent: org.ID(fmt.Sprintf("u%d", int(b)%i))})
	}
	tree, err := org.Build(units)
	require.NoError(t, err)
	data = data[min(len(data), n-1):]
	codes := []metrics.Code{"a", "b", "p", "l", "m", "r", "zz"}
	start := vietnam.MustDate(2025, 5, 29)
	var recs []metrics.Record
	// At most 256 records: enough for every property, and short executions
	// keep the fuzzer responsive on a loaded machine.
	for ; len(data) >= 5 && len(recs) < 256; data = data[5:] {
		r := metrics.Record{
			Indicator: codes[int(data[0])%len(codes)],
			Unit:      org.ID(fmt.Sprintf("u%d", int(data[1])%(n+3))), // some unknown
			Date:      start.AddDays(int(data[2]) % 100),
			Value:     int64(int8(data[3])),
		}
		if data[4]%8 != 0 {
			r.Subject = fmt.Sprintf("s%d", data[4]%23)
		}
		if data[2] >= 250 {
			r.Date = vietnam.Date{}
		}
		recs = append(recs, r)
	}
	return tree, recs
}

// sameTable compares two tables without reflection, which would dominate
// the fuzzer's time.
func sameTable(a, b map[org.ID]map[metrics.Code]metrics.Value) bool {
	if len(a) != len(b) {
		return false
	}
	for id, row := range a {
		other, ok := b[id]
		if !ok || len(row) != len(other) {
			return false
		}
		for code, v := range row {
			if !v.Equal(other[code]) {
				return false
			}
		}
	}
	return true
}

func rollupTable(r *metrics.Rollup) map[org.ID]map[metrics.Code]metrics.Value {
	out := map[org.ID]map[metrics.Code]metrics.Value{}
	for _, u := range r.Tree().All() {
		row := map[metrics.Code]metrics.Value{}
		for ind := range r.Catalog().All() {
			row[ind.Code], _ = r.Value(u.ID, ind.Code)
		}
		out[u.ID] = row
	}
	return out
}

// FuzzRollup checks the rollup of random trees and records against the
// properties the package promises: the root's sum is the sum of the counted
// records, the root's ratio is Σnum/Σden, the root's distinct count is the
// number of distinct subjects, every unit agrees with the map-of-maps
// reference, and shards merged in any order give the same result.
func FuzzRollup(f *testing.F) {
	f.Add([]byte{})                                                  // one unit, no record
	f.Add([]byte{5, 0, 0, 1, 2, 0, 1, 10, 5, 1, 2, 3, 20, 7, 9})     // a small tree and a few records
	f.Add([]byte{3, 0, 1, 2, 2, 1, 0, 1, 3, 2, 2, 5, 2, 3, 2, 1, 9}) // distinct subjects in two branches
	f.Add(bytes.Repeat([]byte{39, 1, 2, 3, 250, 128, 127}, 30))      // wide tree, bad dates, extreme values
	f.Fuzz(checkRollup)
}

func checkRollup(t *testing.T, data []byte) {
	{
		tree, recs := fuzzInput(t, data)
		cat := fuzzCatalog(t)
		opt := metrics.Options{Period: metrics.Period{From: vietnam.MustDate(2025, 6, 1), To: vietnam.MustDate(2025, 8, 15)}}
		whole := metrics.Aggregate(tree, cat, slices.Values(recs), opt)

		var sumA, sumB int64
		var hasA, hasB bool
		subjects := map[string]bool{}
		for _, r := range recs {
			if !tree.Has(r.Unit) || !opt.Period.Contains(r.Date) {
				continue
			}
			switch r.Indicator {
			case "a":
				sumA, hasA = sumA+r.Value, true
			case "b":
				sumB, hasB = sumB+r.Value, true
			case "p":
				if r.Subject != "" {
					subjects[r.Subject] = true
				}
			}
		}
		rootA, _ := whole.Value("u0", "a")
		if hasA != !rootA.IsMissing() || !rootA.Decimal().Equal(decimal.NewFromInt(sumA)) {
			t.Fatalf("root sum %v, records sum to %d (any: %v)", rootA, sumA, hasA)
		}
		rootP, _ := whole.Value("u0", "p")
		if !rootP.Decimal().Equal(decimal.NewFromInt(int64(len(subjects)))) {
			t.Fatalf("root distinct %v, want %d", rootP, len(subjects))
		}
		rootR, _ := whole.Value("u0", "r")
		if hasA || hasB {
			want := metrics.RatioOf(decimal.NewFromInt(sumA), decimal.NewFromInt(sumB), decimal.NewFromInt(100))
			if !want.Equal(rootR) {
				t.Fatalf("root ratio %v, want Σnum/Σden = %d/%d", rootR, sumA, sumB)
			}
		} else if !rootR.IsMissing() {
			t.Fatalf("root ratio %v without any record", rootR)
		}

		ref := newNaive(tree, cat, opt)
		ref.addAll(slices.Values(recs))
		got := rollupTable(whole)
		for id, row := range got {
			for code, v := range row {
				if w := ref.value(id, code); !w.Equal(v) {
					t.Fatalf("%s %s: rollup %v, reference %v", id, code, v, w)
				}
			}
		}

		shards := make([]*metrics.Aggregator, 3)
		for i := range shards {
			shards[i] = metrics.NewAggregator(tree, cat, opt)
		}
		for i, r := range recs {
			shards[(i*7+len(r.Subject))%3].Add(r)
		}
		for _, order := range [][3]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
			acc := metrics.NewAggregator(tree, cat, opt)
			for _, i := range order {
				require.NoError(t, acc.Merge(shards[i]))
			}
			merged := acc.Rollup()
			if !sameTable(got, rollupTable(merged)) {
				t.Fatalf("shards merged in order %v (-whole +merged):\n%s", order, cmp.Diff(got, rollupTable(merged)))
			}
			if d := cmp.Diff(whole.Skipped(), merged.Skipped()); d != "" {
				t.Fatalf("skipped, order %v (-whole +merged):\n%s", order, d)
			}
		}
	}
}

// FuzzReport renders reports of units with arbitrary names and values and
// checks that every format succeeds, that CSV reads back to the same cells,
// that JSON is valid, and that text has one line per row.
func FuzzReport(f *testing.F) {
	f.Add("Bình Dương", "Thủ Dầu Một", int64(20000), int64(52000), uint8(34), false)
	f.Add("a,\"b\"\nc", "\x00\t\u0301", int64(-5), int64(0), uint8(0), true)
	f.Add("", "x", int64(1<<62), int64(1), uint8(200), false)
	f.Add("\xff\xfe", "Ðà Nẵng", int64(0), int64(7), uint8(79), true)
	f.Fuzz(func(t *testing.T, name1, name2 string, actual, target int64, day uint8, english bool) {
		tree, err := org.Build([]org.Unit{{ID: "p", Name: name1}, {ID: "c", Name: name2, Parent: "p"}})
		if err != nil {
			t.Skip() // org rejects the names; nothing to render
		}
		cat := fuzzCatalog(t)
		recs := []metrics.Record{
			{Indicator: "a", Unit: "c", Date: vietnam.MustDate(2025, 6, 1), Value: actual},
			{Indicator: "b", Unit: "c", Date: vietnam.MustDate(2025, 6, 1), Value: target},
		}
		r := metrics.Aggregate(tree, cat, slices.Values(recs), metrics.Options{})
		w := metrics.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)}
		tv := target
		if tv < 0 {
			tv = -tv
		}
		ts, err := metrics.NewTargets(cat,
			metrics.Target{Indicator: "a", Unit: "c", Value: decimal.NewFromInt(tv), Window: w},
			metrics.Target{Indicator: "r", Unit: "p", Kind: metrics.Percentage, Value: decimal.New(tv, -2), Window: w})
		require.NoError(t, err)
		rp, err := metrics.NewReport(r, ts, w.From.AddDays(int(day)-1), metrics.ReportOptions{})
		require.NoError(t, err)
		lang := vietnam.Vietnamese
		if english {
			lang = vietnam.English
		}
		for _, col := range []metrics.Column{metrics.ByTree, metrics.ByUnit, metrics.ByActual, metrics.ByStatus} {
			rp = rp.Sorted(col, english)
		}

		var text bytes.Buffer
		require.NoError(t, rp.WriteText(&text, lang))
		lines := strings.Split(strings.TrimSuffix(text.String(), "\n"), "\n")
		require.Len(t, lines, len(rp.Rows)+2, "title, header, one line per row")

		var c bytes.Buffer
		require.NoError(t, rp.WriteCSV(&c, lang))
		cells, err := csv.NewReader(&c).ReadAll()
		require.NoError(t, err)
		require.Len(t, cells, len(rp.Rows)+1)
		for i, row := range rp.Rows {
			require.Equal(t, string(row.Unit.ID), cells[i+1][0])
			name := row.Unit.Name
			if name == "" {
				name = string(row.Unit.ID) // a unit without a name shows its ID
			}
			if !strings.Contains(name, "\r") { // encoding/csv reads \r\n in a field as \n
				require.Equal(t, name, cells[i+1][1])
			}
			if !row.Actual.IsMissing() {
				got, err := decimal.NewFromString(cells[i+1][4])
				require.NoError(t, err)
				require.True(t, row.Actual.Decimal().Round(4).Equal(got))
			}
		}

		var j bytes.Buffer
		require.NoError(t, rp.WriteJSON(&j, lang))
		var back struct {
			Rows []struct {
				UnitID string       `json:"unit_id"`
				Actual *json.Number `json:"actual"`
			} `json:"rows"`
		}
		require.NoError(t, json.Unmarshal(j.Bytes(), &back))
		require.Len(t, back.Rows, len(rp.Rows))
		for i, row := range rp.Rows {
			require.Equal(t, string(row.Unit.ID), back.Rows[i].UnitID)
			require.Equal(t, row.Actual.IsMissing(), back.Rows[i].Actual == nil)
		}
	})
}

// FuzzEvaluate paces random targets and checks that nothing panics and the
// documented invariants hold.
func FuzzEvaluate(f *testing.F) {
	f.Add(int64(52000), int64(20000), uint16(79), int16(34), uint16(15), uint8(60), false)
	f.Add(int64(0), int64(0), uint16(1), int16(-3), uint16(0), uint8(0), true)
	f.Add(int64(1), int64(-10), uint16(400), int16(900), uint16(399), uint8(100), false)
	f.Fuzz(func(t *testing.T, value, actual int64, days uint16, day int16, peak uint16, share uint8, missing bool) {
		from := vietnam.MustDate(2025, 5, 29)
		tg := metrics.Target{Indicator: "x", Value: decimal.NewFromInt(value),
			Window: metrics.Period{From: from, To: from.AddDays(int(days))}}
		if peak > 0 && int(peak) < int(days) {
			tg.Schedule = metrics.Schedule{{Date: from.AddDays(int(peak) - 1), Share: decimal.New(int64(share%101), -2)}}
		}
		act := metrics.ValueOf(decimal.NewFromInt(actual))
		if missing {
			act = metrics.Value{}
		}
		p, err := metrics.Evaluate(tg, act, from.AddDays(int(day)), metrics.Bands{})
		if tg.Validate() != nil {
			require.Error(t, err)
			return
		}
		require.NoError(t, err)
		require.NotEqual(t, metrics.StatusUnknown, p.Status)
		require.False(t, p.Remaining.IsNegative())
		require.False(t, p.ExpectedShare.IsNegative())
		require.True(t, p.ExpectedShare.LessThanOrEqual(decimal.NewFromInt(1)))
		require.Equal(t, p.TotalDays, p.ElapsedDays+p.DaysLeft, "days add up")
		if p.Status == metrics.StatusComplete && value != 0 {
			require.True(t, decimal.NewFromInt(actual).GreaterThanOrEqual(tg.Value))
		}
	})
}

// FuzzAllocate splits random totals and checks the sum and the bounds.
func FuzzAllocate(f *testing.F) {
	f.Add(int64(52000), []byte{120, 95, 43, 31, 11})
	f.Add(int64(11), []byte{6, 6, 2})
	f.Add(int64(0), []byte{})
	f.Add(int64(-1), []byte{0, 0})
	f.Fuzz(func(t *testing.T, total int64, ws []byte) {
		claims := make([]metrics.Claim, 0, len(ws)/2)
		for i := 0; i+1 < len(ws); i += 2 {
			c := metrics.Claim{Weight: int64(ws[i]) * 1000003}
			switch ws[i+1] % 4 {
			case 1:
				c.Min = int64(ws[i+1])
			case 2:
				c.Cap = int64(ws[i+1]) * 7
			}
			claims = append(claims, c)
		}
		parts, err := metrics.Allocate(total, claims)
		if err != nil {
			require.ErrorIs(t, err, metrics.ErrAllocation)
			return
		}
		requireBounded(t, total, claims, parts)
	})
}
