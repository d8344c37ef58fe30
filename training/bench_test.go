package training_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/dedupe"
	"github.com/hocvuso/hocvuso/vietnam"
)

// benchRoster is a generated Bình Dương roster with the usual mistakes.
func benchRoster(b *testing.B, rows int) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := synth.WriteCSV(&buf, binhDuongSynth(rows)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkImport imports, cleans and resolves a roster; one op is one row.
func BenchmarkImport(b *testing.B) {
	data := benchRoster(b, 20000)
	im := training.NewImporter(training.ImportOptions{Pivot: 2025})
	b.ReportAllocs()
	b.ResetTimer()
	rows := 0
	for rows < b.N {
		rep, err := im.Import(context.Background(), bytes.NewReader(data), func(training.Entry) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
		rows += rep.Rows
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkReadCSVBaseline only reads the same roster with encoding/csv and
// folds the name: the floor under BenchmarkImport, to read the cost of
// cleaning and resolving as a ratio.
func BenchmarkReadCSVBaseline(b *testing.B) {
	data := benchRoster(b, 20000)
	b.ReportAllocs()
	b.ResetTimer()
	rows := 0
	var sink string
	for rows < b.N {
		r := csv.NewReader(bytes.NewReader(data))
		r.ReuseRecord = true
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			sink = vietnam.Fold(rec[1])
			rows++
		}
	}
	_ = sink
}

// BenchmarkDedupe finds the people of a roster with 10% duplicates; one op
// is one row.
func BenchmarkDedupe(b *testing.B) {
	rows := dedupeBenchRows(b, 5000)
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += len(rows) {
		d := dedupe.New()
		for _, r := range rows {
			d.Add(r.ref, r.l)
		}
		_, _ = d.Result(context.Background())
	}
}

// BenchmarkDedupeNaive compares every pair of rows on the same keys, as a
// spreadsheet formula or a first script would: quadratic.
func BenchmarkDedupeNaive(b *testing.B) {
	rows := dedupeBenchRows(b, 5000)
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += len(rows) {
		same := 0
		for i := range rows {
			for j := i + 1; j < len(rows); j++ {
				a, c := rows[i].l, rows[j].l
				if (!a.CCCD.IsZero() && a.CCCD == c.CCCD) ||
					(!a.Phone.IsZero() && a.Phone.Equal(c.Phone) && a.Name.Key() == c.Name.Key()) {
					same++
				}
			}
		}
		_ = same
	}
}

// row is one roster row for the dedupe benchmarks.
type row struct {
	ref dedupe.Ref
	l   training.Learner
}

func dedupeBenchRows(b *testing.B, n int) []row {
	b.Helper()
	var out []row
	_, err := training.NewImporter(training.ImportOptions{Pivot: 2025, NoResolve: true}).Import(context.Background(),
		bytes.NewReader(benchRoster(b, n)), func(e training.Entry) error {
			out = append(out, row{dedupe.Ref{Source: "bd", Row: e.Row}, e.Learner})
			return nil
		})
	if err != nil {
		b.Fatal(err)
	}
	return out
}

// BenchmarkPipeline runs the main job's pipeline on a streamed roster:
// generate, import, clean, resolve and deduplicate. Its size is
// HOCVUSO_BENCH_ROWS rows (default 100.000; the figure is
// 1.600.000), the CSV streamed through a pipe so that only the
// deduplicator's state stays in memory. It reports rows/s and the peak
// heap seen.
func BenchmarkPipeline(b *testing.B) {
	n := 100000
	if s := os.Getenv("HOCVUSO_BENCH_ROWS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	cfg := binhDuongSynth(n)
	im := training.NewImporter(training.ImportOptions{Pivot: 2025, Source: "bd"})
	b.ReportAllocs()
	var peak uint64
	var ms runtime.MemStats
	for range b.N {
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(synth.WriteCSV(pw, cfg)) }()
		d := dedupe.New()
		rep, err := im.Import(context.Background(), pr, func(e training.Entry) error {
			d.Add(dedupe.Ref{Source: "bd", Row: e.Row}, e.Learner)
			if e.Row%50000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		people, _ := d.Result(context.Background())
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
		b.ReportMetric(float64(rep.Rows), "rows")
		b.ReportMetric(float64(len(people)), "people")
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

func binhDuongSynth(rows int) synth.Config {
	return synth.Config{Seed: 7, Province: "74", Rows: rows,
		From: vietnam.MustParseDate("29/5/2025"), To: vietnam.MustParseDate("15/8/2025"),
		Errors: 0.05, Duplicates: 0.1, Legacy: 0.05, NoTones: 0.2, Services: 0.3}
}
