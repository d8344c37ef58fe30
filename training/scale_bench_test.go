package training_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/hocvuso/hocvuso/internal/cputime"
	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/dedupe"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// scaleSizes are the sizes the scaling benchmarks run at; 1.600.000 rows
// only without -short.
func scaleSizes(b *testing.B) []int {
	if testing.Short() {
		return []int{100_000, 400_000}
	}
	return []int{100_000, 400_000, 1_600_000}
}

// scaleRows makes n learners as rosters hold them, 10% of them a second
// row of an earlier person (half with another phone): names from common
// family, middle and given names, a CCCD on 60%, a phone on 90%, a birth
// date and a commune of Bình Dương's successors.
func scaleRows(n int) ([]dedupe.Ref, []training.Learner) {
	rng := rand.New(rand.NewPCG(7, 1))
	var communes []admin.Code
	for u := range admin.Current().Communes() {
		if u.Province().String() == "79" {
			communes = append(communes, u.Code())
		}
	}
	fam := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	mid := []string{"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu", "Quốc", "Thị Thu", "Văn Minh", "Hoàng"}
	giv := []string{"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Linh", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Trang", "Uyên", "Yến", "Hùng", "Lan", "Tuấn", "Hương"}
	refs := make([]dedupe.Ref, n)
	ls := make([]training.Learner, n)
	day0 := vietnam.MustParseDate("1/1/1950")
	people := 0
	for i := range n {
		refs[i] = dedupe.Ref{Source: fmt.Sprintf("roster-%d", i%8), Row: 2 + i/8}
		if i > 0 && rng.IntN(10) == 0 {
			ls[i] = ls[rng.IntN(i)]
			if rng.IntN(2) == 0 {
				ls[i].Phone = person.MustParsePhone(fmt.Sprintf("091%07d", rng.IntN(1e7)))
			}
			continue
		}
		people++
		l := training.Learner{Name: person.ParseName(fam[rng.IntN(len(fam))] + " " + mid[rng.IntN(len(mid))] + " " + giv[rng.IntN(len(giv))])}
		l.BirthDate = day0.AddDays(rng.IntN(20000))
		l.BirthYear = l.BirthDate.Year()
		l.Commune = communes[rng.IntN(len(communes))]
		l.Address = "Tổ " + fmt.Sprint(1+rng.IntN(30)) + ", Khu phố " + fmt.Sprint(1+rng.IntN(9)) + ", Phường Lái Thiêu, Thành phố Hồ Chí Minh"
		if rng.IntN(10) < 6 {
			c := fmt.Sprintf("074%d%02d%06d", (l.BirthYear/100-19)*2+rng.IntN(2), l.BirthYear%100, people%1_000_000)
			l.CCCD = person.MustParseCCCD(c)
			l.ID = training.LearnerID(c)
		} else {
			l.ID = training.LearnerID(refs[i].String())
		}
		if rng.IntN(10) < 9 {
			l.Phone = person.MustParsePhone(fmt.Sprintf("091%07d", rng.IntN(1e7)))
		}
		l.Group, l.Unit = "nguoi_dan", "doan-phuong-lai-thieu"
		ls[i] = l
	}
	return refs, ls
}

// residentDelta returns the bytes the heap holds more after f than
// before, collected both times.
func residentDelta(f func() any) (uint64, any) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep := f()
	runtime.GC()
	runtime.ReadMemStats(&after)
	return after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc), keep
}

// benchDedupe calls run once per iteration on the rows of each size and
// reports per row the wall and CPU time and what run keeps resident
// once all rows are added, and the people it found (none when it returns
// a negative count).
func benchDedupe(b *testing.B, run func(refs []dedupe.Ref, ls []training.Learner) (resident uint64, people int, err error)) {
	for _, n := range scaleSizes(b) {
		refs, ls := scaleRows(n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var resident uint64
			var people int
			cpu0 := cputime.Used()
			for b.Loop() {
				var err error
				if resident, people, err = run(refs, ls); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
			b.ReportMetric(float64((cputime.Used()-cpu0).Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/row")
			b.ReportMetric(float64(resident)/float64(n), "resident-B/row")
			if people >= 0 {
				b.ReportMetric(float64(people), "people")
			}
		})
	}
}

// BenchmarkDedupeScale deduplicates 100.000, 400.000 and 1.600.000 rows in
// one run: ns/row should stay flat (linear time), and resident-B/row is
// what the Deduper keeps per row once all are added.
func BenchmarkDedupeScale(b *testing.B) {
	benchDedupe(b, func(refs []dedupe.Ref, ls []training.Learner) (uint64, int, error) {
		var d *dedupe.Deduper
		resident, _ := residentDelta(func() any {
			d = dedupe.New()
			for i := range refs {
				d.Add(refs[i], ls[i])
			}
			return d
		})
		res, err := d.Result(context.Background())
		return resident, len(res), err
	})
}

// BenchmarkDedupeScaleBaseline is what a first program does: keep every
// learner and a map from each key to the first row with it, union-find
// over the rows. Same rows, same sizes, same figures.
func BenchmarkDedupeScaleBaseline(b *testing.B) {
	benchDedupe(b, func(refs []dedupe.Ref, ls []training.Learner) (uint64, int, error) {
		resident, _ := residentDelta(func() any {
			type kept struct {
				ref dedupe.Ref
				l   training.Learner
			}
			rows := make([]kept, 0, 1024)
			first := map[string]int{}
			parent := make([]int, 0, 1024)
			find := func(i int) int {
				for parent[i] != i {
					i = parent[i]
				}
				return i
			}
			for i := range refs {
				l := ls[i]
				l.Name = person.ParseName(strings.Clone(l.Name.String()))
				rows = append(rows, kept{refs[i], l})
				parent = append(parent, i)
				keys := []string{"", "", ""}
				if !l.CCCD.IsZero() {
					keys[0] = "1" + l.CCCD.String()
				}
				if !l.Phone.IsZero() {
					keys[1] = "2" + l.Phone.E164() + "|" + l.Name.Key()
				}
				keys[2] = "3" + l.Name.Key() + "|" + l.BirthDate.ISO() + "|" + l.Commune.String()
				for _, k := range keys {
					if k == "" {
						continue
					}
					if j, ok := first[k]; ok {
						parent[find(i)] = find(j)
					} else {
						first[k] = i
					}
				}
			}
			return []any{rows, first, parent}
		})
		return resident, -1, nil
	})
}

// BenchmarkImportScale imports, cleans and resolves synthetic Bình Dương
// rosters of 100.000, 400.000 and 1.600.000 rows in one run; cpu-ns/row
// should stay flat. BenchmarkReadCSVBaseline is its floor.
func BenchmarkImportScale(b *testing.B) {
	im := training.NewImporter(training.ImportOptions{Pivot: 2025, Source: "bd"})
	for _, n := range scaleSizes(b) {
		data := benchRoster(b, n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cputime.Used()
			for b.Loop() {
				if _, err := im.Import(context.Background(), bytes.NewReader(data), func(training.Entry) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
			cpu := float64((cputime.Used() - cpu0).Nanoseconds()) / float64(b.N) / float64(n)
			b.ReportMetric(cpu, "cpu-ns/row")
			b.ReportMetric(1e9/cpu, "rows/cpu-s")
		})
	}
}
