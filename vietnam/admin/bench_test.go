package admin

import (
	"os"
	"testing"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Package-level sinks keep the compiler from dropping benchmarked work.
var (
	sinkUnit    Unit
	sinkOK      bool
	sinkMatches []Match
	sinkSucc    []Succession
)

// BenchmarkFirstUse measures what the first call of each kind pays to
// build its index, on a fresh copy of the embedded dataset each time.
func BenchmarkFirstUse(b *testing.B) {
	b.Run("Lookup", func(b *testing.B) { // no index: binary search in the tables
		b.ReportAllocs()
		for b.Loop() {
			ds := &Dataset{d: &embeddedData}
			sinkUnit, sinkOK = ds.Current().Lookup(LevelCommune, "25966")
		}
	})
	b.Run("Find/2025", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ds := &Dataset{d: &embeddedData}
			sinkMatches = ds.Current().Find("Lái Thiêu")
		}
	})
	b.Run("Find/pre-2025", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ds := &Dataset{d: &embeddedData}
			sinkMatches = ds.beforeReform().Find("Lái Thiêu")
		}
	})
	b.Run("Children", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ds := &Dataset{d: &embeddedData}
			for u := range ds.Current().Children(Code{n: 79, era: Era2025, level: LevelProvince}) {
				sinkUnit = u
			}
		}
	})
	b.Run("Predecessors", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ds := &Dataset{d: &embeddedData}
			sinkSucc = ds.Predecessors(Code{n: 25966, era: Era2025, level: LevelCommune})
		}
	})
	// The alternative to embedding: parse the CSV files at run time.
	b.Run("LoadDataset", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ds, err := LoadDataset(os.DirFS(dataDir))
			if err != nil {
				b.Fatal(err)
			}
			sinkUnit, sinkOK = ds.Current().Lookup(LevelCommune, "25966")
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	d := Current()
	b.Run("Lookup", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkUnit, sinkOK = d.Lookup(LevelCommune, "25966")
		}
	})
	// Baseline: what a caller without an index writes, a walk comparing codes.
	b.Run("baseline/walk", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for u := range d.Communes() {
				if u.Code().String() == "25966" {
					sinkUnit = u
					break
				}
			}
		}
	})
}

// findInputs are named inputs for BenchmarkFind.
var findInputs = []struct{ name, in string }{
	{"exact", "Phường Lái Thiêu"},
	{"folded", "phuong lai thieu"},
	{"abbreviated", "TP. Thủ Dầu Một"},
	{"numbered/33", "P.1"},
	{"miss", "Không Có Đâu"},
}

func BenchmarkFind(b *testing.B) {
	d := beforeReformEmbedded()
	d.Find("warm up the index")
	for _, tt := range findInputs {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMatches = d.Find(tt.in)
			}
		})
	}
	// Baseline: the obvious loop a caller writes, folding every unit name
	// and comparing it with the folded input stripped of its type word.
	// It knows no abbreviations, numbers or tones, and is shown for speed.
	b.Run("baseline/fold-scan", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			want := vietnam.Fold("lai thieu")
			var out []Match
			for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
				for u := range d.all(level) {
					if vietnam.Fold(u.Name()) == want {
						out = append(out, Match{Unit: u, Quality: QualityFolded})
					}
				}
			}
			sinkMatches = out
		}
	})
}

func beforeReformEmbedded() *Directory { return embedded.beforeReform() }

func BenchmarkSuccessors(b *testing.B) {
	split := Code{n: 25990, era: EraPre2025, level: LevelCommune} // Phường Vĩnh Phú, split in two
	district := Code{n: 725, era: EraPre2025, level: LevelDistrict}
	b.Run("commune", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkSucc = Successors(split)
		}
	})
	b.Run("district", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkSucc = Successors(district)
		}
	})
	b.Run("Predecessors", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkSucc = Predecessors(Code{n: 25966, era: Era2025, level: LevelCommune})
		}
	})
}

// TestNoAllocs pins the paths promised not to allocate.
func TestNoAllocs(t *testing.T) {
	d := Current()
	c := Code{n: 25966, era: Era2025, level: LevelCommune}
	for name, f := range map[string]func(){
		"Lookup":    func() { sinkUnit, sinkOK = d.Lookup(LevelCommune, "25966") },
		"Unit":      func() { sinkUnit, sinkOK = d.Unit(c) },
		"Current":   func() { sinkOK = Current() == d },
		"ParseCode": func() { _, err := ParseCode(Era2025, LevelCommune, "25966"); sinkOK = err == nil },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
}
