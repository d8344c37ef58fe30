package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

// rollupCatalog has an indicator of every aggregation the SQL partials
// handle, and a ratio over two of them.
func rollupCatalog(t testing.TB) *metrics.Catalog {
	cat, err := metrics.NewCatalog(
		metrics.Indicator{Code: "people", Unit: metrics.People, Aggregation: metrics.Distinct},
		metrics.Indicator{Code: "visits", Unit: metrics.Visits, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "members", Unit: metrics.People, Aggregation: metrics.Latest},
		metrics.Indicator{Code: "biggest", Unit: metrics.People, Aggregation: metrics.Max},
		metrics.Indicator{Code: "held", Unit: metrics.Classes, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "planned", Unit: metrics.Classes, Aggregation: metrics.Sum},
		metrics.Indicator{Code: "held_share", Unit: metrics.Percent, Aggregation: metrics.Ratio, Numerator: "held", Denominator: "planned"},
	)
	require.NoError(t, err)
	return cat
}

// genRecords makes n records over the tree's units (every level), with
// subjects shared across units and dates inside and outside the period,
// some of them covering a week.
func genRecords(tree *org.Tree, n int, seed uint64, p *metrics.Pseudonymizer) []metrics.Tagged {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	units := tree.Units()
	codes := []metrics.Code{"people", "visits", "members", "biggest", "held", "planned"}
	start := vietnam.MustParseDate("20/5/2025")
	subjects := max(n/3, 1)
	out := make([]metrics.Tagged, n)
	for i := range out {
		r := metrics.Record{
			ID:        "g" + strconv.Itoa(i),
			Source:    "gen",
			Indicator: codes[rng.IntN(len(codes))],
			Unit:      units[rng.IntN(len(units))].ID,
			Date:      start.AddDays(rng.IntN(100)),
			Value:     rng.Int64N(50),
		}
		if rng.IntN(10) == 0 {
			r.End = r.Date.AddDays(6)
		}
		if r.Indicator == "people" {
			r.Subject = p.Key(fmt.Sprintf("0792%08d", rng.IntN(subjects)))
		}
		// Tags as rosters give them, some left unsaid; a person's tags
		// may differ from record to record (an age band crossed, a group
		// written two ways), which Disaggregate settles.
		var tags []metrics.Tag
		for _, c := range genTags {
			if o := c.options[rng.IntN(len(c.options))]; o != "" {
				tags = append(tags, metrics.Tag{Category: c.by, Option: o})
			}
		}
		out[i] = metrics.Tagged{Record: r, Tags: tags}
	}
	return out
}

// genTags are the categories and options genRecords draws from, "" for
// none.
var genTags = []struct {
	by      metrics.Category
	options []string
}{
	{training.BySex, []string{"nam", "nu", "nu", ""}},
	{training.ByAge, []string{"thanh_nien", "nguoi_cao_tuoi", "khac", ""}},
	{training.ByEthnicity, []string{"01", "01", "01", "05", ""}},
}

// memoryRecords yields the records as metrics reads them.
func memoryRecords(recs []metrics.Tagged) func(func(metrics.Record) bool) {
	return func(yield func(metrics.Record) bool) {
		for _, t := range recs {
			if !yield(t.Record) {
				return
			}
		}
	}
}

// storedRecords stores n generated records (genRecords) on a fresh
// fixture.
func storedRecords(t *testing.T, n int, seed uint64) (*fixture, *metrics.Catalog, []metrics.Tagged) {
	f := newFixture(t)
	recs := genRecords(f.w.tree, n, seed, f.pseud)
	_, err := f.db.saveRecords(context.Background(), f.token("province"), f.province, recs)
	require.NoError(t, err)
	return f, rollupCatalog(t), recs
}

// TestRollupSQLEqualsMemory: the partials computed by PostgreSQL with
// GROUP BY and merged up the tree by metrics give, for every unit and every
// indicator, exactly the in-memory rollup of the same records.
func TestRollupSQLEqualsMemory(t *testing.T) {
	t.Parallel()
	f, cat, recs := storedRecords(t, 20_000, 1)

	for _, p := range []metrics.Period{
		{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")},
		{From: vietnam.MustParseDate("1/6/2025"), To: vietnam.MustParseDate("7/6/2025")},
		{From: vietnam.MustParseDate("1/1/2025"), To: vietnam.MustParseDate("31/12/2025")},
	} {
		t.Run(p.String(), func(t *testing.T) {
			sql, err := f.db.rollup(context.Background(), f.w.tree, cat, p)
			require.NoError(t, err)
			mem := metrics.Aggregate(f.w.tree, cat, memoryRecords(recs), metrics.Options{Period: p})
			require.NoError(t, sql.Skipped().Err())
			nonEmpty := 0
			for i := range f.w.tree.Len() {
				for k := range cat.Len() {
					a, b := sql.ValueAt(i, k), mem.ValueAt(i, k)
					if !a.Equal(b) {
						t.Fatalf("unit %s indicator %d: SQL %s, memory %s", f.w.tree.UnitAt(i).ID, k, a, b)
					}
					if !a.IsMissing() {
						nonEmpty++
					}
				}
			}
			assert.Greater(t, nonEmpty, f.w.tree.Len(), "the comparison saw values")
			people, _ := mem.Value(f.province, "people")
			var direct int
			require.NoError(t, f.db.pool.QueryRow(context.Background(),
				`SELECT count(DISTINCT subject) FROM records WHERE indicator = 'people' AND day >= $1 AND coalesce(end_day, day) <= $2`,
				dateTime(p.From), dateTime(p.To)).Scan(&direct))
			assert.Equal(t, strconv.Itoa(direct), people.String(), "the province counts each person once")
		})
	}
}

// TestBreakdownSQLEqualsMemory: the breakdowns made from the SQL partials
// grouped by tags equal metrics.Disaggregate of the records themselves,
// for every category, unit, indicator and option; and the options of a
// distinct count add up to its total.
func TestBreakdownSQLEqualsMemory(t *testing.T) {
	t.Parallel()
	f, cat, recs := storedRecords(t, 10_000, 2)
	p := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	var by []metrics.Category
	for _, c := range genTags {
		by = append(by, c.by)
	}
	got, err := f.db.breakdowns(context.Background(), f.w.tree, cat, p, by)
	require.NoError(t, err)
	require.Len(t, got, len(by))
	for i, c := range by {
		want, err := metrics.Disaggregate(f.w.tree, cat, slices.Values(recs), metrics.Options{Period: p}, c)
		require.NoError(t, err)
		require.Equal(t, want.Combinations(), got[i].Combinations(), "%s", c)
		for _, u := range f.w.tree.All() {
			for ind := range cat.All() {
				total := decimal.Zero
				for _, combo := range want.Combinations() {
					a, _ := got[i].Value(u.ID, ind.Code, combo...)
					b, _ := want.Value(u.ID, ind.Code, combo...)
					require.True(t, a.Equal(b), "%s %s %s %v: SQL %s, memory %s", c, u.ID, ind.Code, combo, a, b)
					total = total.Add(a.Decimal())
				}
				if ind.Aggregation == metrics.Distinct {
					whole, _ := got[i].Total().Value(u.ID, ind.Code)
					assert.True(t, total.Equal(whole.Decimal()), "%s %s: options add up to %s, total %s", c, u.ID, total, whole)
				}
			}
		}
	}
	people, _ := got[0].Total().Value(f.province, "people")
	assert.Greater(t, people.Decimal().IntPart(), int64(1000), "the comparison saw people")
}

// TestRollup10M measures the SQL partials against the in-memory rollup on
// ten million records. It is slow (minutes) and runs only when asked:
//
//	HOCVUSO_ROLLUP_RECORDS=10000000 go test ./examples/server -run Rollup10M -v
func TestRollup10M(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("HOCVUSO_ROLLUP_RECORDS"))
	if n <= 0 {
		t.Skip("set HOCVUSO_ROLLUP_RECORDS=10000000 to measure the rollup on that many records")
	}
	f := newFixture(t)
	cat := rollupCatalog(t)
	ctx := context.Background()
	start := time.Now()
	// Generated in the database: sending ten million rows from the test
	// would measure the network, not the rollup.
	_, err := f.db.pool.Exec(ctx, `
		INSERT INTO records (id, indicator, unit, day, end_day, value, subject, source, token_id)
		SELECT 'g' || i,
		       (ARRAY['people','visits','members','biggest','held','planned'])[1 + ((i * 7919) % 6)::int],
		       ($2::text[])[1 + ((i * 104729) % cardinality($2::text[]))::int],
		       DATE '2025-05-20' + ((i * 31) % 100)::int, NULL, (i * 13) % 50,
		       CASE WHEN (i * 7919) % 6 = 0 THEN 's1:p' || (i * 48271) % ($1 / 3) END,
		       'gen', $3
		FROM generate_series(1::bigint, $1::bigint) AS i`, n, unitIDs(f.w.tree), f.token("province").ID)
	require.NoError(t, err)
	_, err = f.db.pool.Exec(ctx, `ANALYZE records`)
	require.NoError(t, err)
	t.Logf("generated %d records in %v", n, time.Since(start).Round(time.Millisecond))

	p := metrics.Period{From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025")}
	start = time.Now()
	sql, err := f.db.rollup(ctx, f.w.tree, cat, p)
	require.NoError(t, err)
	sqlTime := time.Since(start)

	// The in-memory rollup reads the same records, streamed from the
	// database; reading and aggregating are timed apart.
	start = time.Now()
	var recs []metrics.Tagged
	rows, err := f.db.pool.Query(ctx, `SELECT indicator, unit, day, value, coalesce(subject, '') FROM records`)
	require.NoError(t, err)
	for rows.Next() {
		var r metrics.Record
		var ind, unit string
		var day time.Time
		require.NoError(t, rows.Scan(&ind, &unit, &day, &r.Value, &r.Subject))
		r.Indicator, r.Unit, r.Date = metrics.Code(ind), org.ID(unit), dateOf(day)
		recs = append(recs, metrics.Tagged{Record: r})
	}
	require.NoError(t, rows.Err())
	readTime := time.Since(start)
	start = time.Now()
	mem := metrics.Aggregate(f.w.tree, cat, memoryRecords(recs), metrics.Options{Period: p})
	memTime := time.Since(start)
	for i := range f.w.tree.Len() {
		for k := range cat.Len() {
			require.True(t, sql.ValueAt(i, k).Equal(mem.ValueAt(i, k)), "unit %d indicator %d", i, k)
		}
	}
	people, _ := sql.Value(f.province, "people")
	t.Logf("%d records, %d units: SQL partials + metrics merge %v; in memory: reading the records %v, metrics.Aggregate %v; province people %s",
		n, f.w.tree.Len(), sqlTime.Round(time.Millisecond), readTime.Round(time.Millisecond), memTime.Round(time.Millisecond), people)
}

func unitIDs(tree *org.Tree) []string {
	var ids []string
	for _, u := range tree.All() {
		ids = append(ids, string(u.ID))
	}
	return slices.Clip(ids)
}
