package metrics_test

import (
	"fmt"
	"io"
	"iter"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/internal/cputime"
	hm "github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// The national fixture: a root, 34 provinces and 3.321 communes (the tree
// in force since 1/7/2025), and 1,6 million subject IDs shaped like CCCD
// numbers. Built once, on first use by a benchmark, never by plain tests.
const (
	nProvinces = 34
	nCommunes  = 3321
	nSubjects  = 1_600_000
)

type nationalFixture struct {
	tree     *org.Tree
	communes []org.ID
	subjects []string
	cat      *hm.Catalog
}

var national = sync.OnceValue(func() nationalFixture {
	units := []org.Unit{{ID: "vn", Name: "Việt Nam"}}
	for p := range nProvinces {
		units = append(units, org.Unit{ID: org.ID(fmt.Sprintf("p%02d", p+1)), Name: fmt.Sprintf("Tỉnh %d", p+1), Kind: org.KindProvince, Parent: "vn"})
	}
	var f nationalFixture
	for c := range nCommunes {
		id := org.ID(fmt.Sprintf("x%05d", c+1))
		f.communes = append(f.communes, id)
		units = append(units, org.Unit{ID: id, Name: fmt.Sprintf("Xã %d", c+1), Kind: org.KindCommune, Parent: units[1+c%nProvinces].ID})
	}
	tree, err := org.Build(units)
	if err != nil {
		panic(err)
	}
	f.tree = tree
	f.subjects = make([]string, nSubjects)
	for i := range f.subjects {
		f.subjects[i] = fmt.Sprintf("0%02d%09d", 1+i%96, i) // 12 digits, like a CCCD
	}
	f.cat, err = hm.NewCatalog(
		hm.Indicator{Code: "people", Unit: hm.People, Aggregation: hm.Distinct},
		hm.Indicator{Code: "visits", Unit: hm.Visits, Aggregation: hm.Sum},
		hm.Indicator{Code: "accounts", Unit: hm.Accounts, Aggregation: hm.Sum},
		hm.Indicator{Code: "youth", Unit: hm.People, Aggregation: hm.Latest},
		hm.Indicator{Code: "share", Unit: hm.Percent, Aggregation: hm.Ratio, Numerator: "people", Denominator: "youth"},
	)
	if err != nil {
		panic(err)
	}
	return f
})

// records yields n records over the national tree. The first 1,6 million
// name every subject once, so the stream holds exactly that many distinct
// people; later records repeat subjects, mostly in their home commune and
// one in twenty elsewhere, over the 79 days of the summer campaign.
func (f nationalFixture) records(n int) iter.Seq[hm.Record] {
	codes := [10]hm.Code{"people", "people", "people", "people", "visits", "visits", "visits", "visits", "accounts", "youth"}
	start := vietnam.MustDate(2025, 5, 29)
	days := make([]vietnam.Date, 79)
	for i := range days {
		days[i] = start.AddDays(i)
	}
	return func(yield func(hm.Record) bool) {
		for i := range n {
			s := int(uint64(i) * 104729 % nSubjects)
			c := int(uint64(s) * 2654435761 % nCommunes)
			if i%20 == 0 {
				c = (c + i) % nCommunes
			}
			r := hm.Record{Indicator: codes[i%10], Unit: f.communes[c], Date: days[i%79], Value: 1, Subject: f.subjects[s]}
			if i < nSubjects {
				r.Indicator = "people"
			}
			if r.Indicator == "youth" {
				r.Value = int64(1000 + s%500)
			}
			if !yield(r) {
				return
			}
		}
	}
}

// peakHeap samples the live heap every few milliseconds until stopped and
// returns the largest value seen, in bytes.
func peakHeap() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak
	}
}

var sink any

// BenchmarkRollup rolls up streams of records over the national tree with
// the Aggregator and with the map-of-maps baseline, from the same
// generator. Besides time and allocations it reports peak-MB (largest live
// heap while aggregating, above the fixture), live-MB (what the result
// keeps) and cpu-ns/record (process CPU time, garbage collection included,
// which a busy machine disturbs less than wall time). Run the 10M cases alone with:
//
//	go test ./metrics -run '^$' -bench 'Rollup/.*/10M' -benchtime 1x
func BenchmarkRollup(b *testing.B) {
	opt := hm.Options{Period: hm.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)}}
	impls := []struct {
		name string
		run  func(f nationalFixture, recs iter.Seq[hm.Record]) any
	}{
		{"aggregator", func(f nationalFixture, recs iter.Seq[hm.Record]) any {
			return hm.Aggregate(f.tree, f.cat, recs, opt)
		}},
		{"shards2", func(f nationalFixture, recs iter.Seq[hm.Record]) any {
			// Two goroutines each read every other record, then merge.
			aggs := [2]*hm.Aggregator{hm.NewAggregator(f.tree, f.cat, opt), hm.NewAggregator(f.tree, f.cat, opt)}
			var wg sync.WaitGroup
			for k := range aggs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					i := 0
					for r := range recs {
						if i%2 == k {
							aggs[k].Add(r)
						}
						i++
					}
				}()
			}
			wg.Wait()
			if err := aggs[0].Merge(aggs[1]); err != nil {
				panic(err)
			}
			return aggs[0].Rollup()
		}},
		{"map-of-maps", func(f nationalFixture, recs iter.Seq[hm.Record]) any {
			n := newNaive(f.tree, f.cat, opt)
			n.addAll(recs)
			return n
		}},
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"1M", 1_000_000}, {"10M", 10_000_000}} {
		for _, impl := range impls {
			b.Run(impl.name+"/"+size.name, func(b *testing.B) {
				f := national()
				recs := f.records(size.n)
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				b.ReportAllocs()
				b.ResetTimer()
				var peak, live uint64
				var cpu time.Duration
				for range b.N {
					stop := peakHeap()
					c0 := cputime.Used()
					sink = impl.run(f, recs)
					cpu += cputime.Used() - c0
					peak = stop()
					b.StopTimer()
					runtime.GC()
					var after runtime.MemStats
					runtime.ReadMemStats(&after)
					live = after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
					sink = nil
					runtime.GC()
					b.StartTimer()
				}
				b.ReportMetric(float64(peak-min(peak, before.HeapAlloc))/(1<<20), "peak-MB")
				b.ReportMetric(float64(live)/(1<<20), "live-MB")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(size.n), "ns/record")
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(size.n), "cpu-ns/record")
			})
		}
	}
}

// BenchmarkAllocate splits 200.000 SmartCA accounts over the 3.321 communes
// by weight, plain and with a minimum of 10 each (which needs the search for
// λ).
func BenchmarkAllocate(b *testing.B) {
	for _, min := range []int64{0, 10} {
		b.Run(fmt.Sprintf("min=%d", min), func(b *testing.B) {
			claims := make([]hm.Claim, nCommunes)
			for i := range claims {
				claims[i] = hm.Claim{Weight: int64(2000 + i*7919%30000), Min: min}
			}
			b.ReportAllocs()
			for b.Loop() {
				parts, err := hm.Allocate(200000, claims)
				if err != nil {
					b.Fatal(err)
				}
				sink = parts
			}
		})
	}
}

// BenchmarkReport builds and renders the national report: 3.356 units ×
// 4 indicators, a target at every commune.
func BenchmarkReport(b *testing.B) {
	f := national()
	r := hm.Aggregate(f.tree, f.cat, f.records(200_000), hm.Options{})
	w := hm.Period{From: vietnam.MustDate(2025, 5, 29), To: vietnam.MustDate(2025, 8, 15)}
	targets := make([]hm.Target, 0, nCommunes)
	for _, id := range f.communes {
		targets = append(targets, hm.Target{Indicator: "visits", Unit: id, Value: decimal.NewFromInt(50), Window: w})
	}
	ts, err := hm.NewTargets(f.cat, targets...)
	if err != nil {
		b.Fatal(err)
	}
	asOf := vietnam.MustDate(2025, 7, 1)
	opt := hm.ReportOptions{Indicators: []hm.Code{"people", "visits", "accounts", "share"}}
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			rp, err := hm.NewReport(r, ts, asOf, opt)
			if err != nil {
				b.Fatal(err)
			}
			sink = rp
		}
	})
	rp, err := hm.NewReport(r, ts, asOf, opt)
	if err != nil {
		b.Fatal(err)
	}
	for _, format := range []struct {
		name  string
		write func(io.Writer, vietnam.Lang) error
	}{{"text", rp.WriteText}, {"csv", rp.WriteCSV}, {"json", rp.WriteJSON}} {
		b.Run(format.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := format.write(io.Discard, vietnam.Vietnamese); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("sorted-by-status", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink = rp.Sorted(hm.ByStatus, false)
		}
	})
}
