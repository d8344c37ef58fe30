package metrics_test

import (
	"fmt"
	"testing"

	hm "github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

// ingestBatch is 10.000 visit records over 100 communes, each with an ID
// as a web form would give it.
func ingestBatch() []hm.Record {
	f := national()
	day := vietnam.MustDate(2025, 6, 2)
	recs := make([]hm.Record, 10_000)
	for i := range recs {
		recs[i] = hm.Record{ID: fmt.Sprintf("hvs-web:%08x", i), Source: "hvs-web", Indicator: "visits",
			Unit: f.communes[i%100], Date: day, Value: 1}
	}
	return recs
}

// feedTwice feeds the batch to a new aggregator twice per iteration.
func feedTwice(b *testing.B, recs []hm.Record) {
	f := national()
	b.ReportAllocs()
	for b.Loop() {
		a := hm.NewAggregator(f.tree, f.cat, hm.Options{})
		for range 2 {
			for _, r := range recs {
				a.Add(r)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*2*len(recs)), "ns/record")
}

// BenchmarkIngest feeds a batch with IDs twice (the retry Ingest is for);
// BenchmarkIngestBaseline feeds the same batch without IDs, the cost of
// counting alone. The difference is the price of idempotence.
func BenchmarkIngest(b *testing.B) { feedTwice(b, ingestBatch()) }

func BenchmarkIngestBaseline(b *testing.B) {
	recs := ingestBatch()
	for i := range recs {
		recs[i].ID = ""
	}
	feedTwice(b, recs)
}

// benchParse parses every text of in per iteration, which must all read.
func benchParse[T any](b *testing.B, in []string, parse func(string) (T, error)) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range in {
			if _, err := parse(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParsePeriod parses IDs and labels as a CSV import meets them;
// the baseline is vietnam.ParseDate of a date, the parse a user would
// otherwise write for a period's first day.
func BenchmarkParsePeriod(b *testing.B) {
	benchParse(b, []string{"2025W23", "2025-06", "quý I/2025", "6 tháng đầu năm 2025", "tuần 23 năm 2025", "Tháng 6/2025"}, hm.ParsePeriod)
}

func BenchmarkParsePeriodBaseline(b *testing.B) {
	benchParse(b, []string{"02/06/2025", "01/06/2025", "01/01/2025", "01/01/2025", "02/06/2025", "01/06/2025"}, vietnam.ParseDate)
}

// benchWalk times walk, which steps through the days and the weeks of
// 2025 and returns how many steps it took.
func benchWalk(b *testing.B, walk func(year hm.Period) int) {
	year := hm.MustParsePeriod("2025")
	b.ReportAllocs()
	for b.Loop() {
		if n := walk(year); n != 365+53 {
			b.Fatal(n)
		}
	}
}

// BenchmarkPeriods walks the days of 2025 as weeks and months; the
// baseline walks the same days with AddDays and groups nothing.
func BenchmarkPeriods(b *testing.B) {
	benchWalk(b, func(year hm.Period) int {
		n := 0
		for range hm.Periods(hm.Daily, year) {
			n++
		}
		for range hm.Periods(hm.Weekly, year) {
			n++
		}
		return n
	})
}

func BenchmarkPeriodsBaseline(b *testing.B) {
	benchWalk(b, func(year hm.Period) int {
		n := 0
		for d := year.From; !d.After(year.To); d = d.AddDays(1) {
			n++
		}
		for d := year.From.AddDays(-2); !d.After(year.To); d = d.AddDays(7) {
			n++
		}
		return n
	})
}
