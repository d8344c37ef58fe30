package org_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// nationalUnits makes a synthetic national Youth Union tree of n units:
// Trung ương Đoàn, the 34 Tỉnh đoàn, the 3.321 Đoàn xã of the 2025 map and
// chi đoàn spread evenly over the communes, given in a shuffled order as a
// file would give them.
func nationalUnits(n int) []org.Unit {
	dir := admin.At(d("15/7/2025"))
	units := make([]org.Unit, 0, n)
	units = append(units, org.Unit{ID: "tw", Name: "Trung ương Đoàn", Kind: org.KindCentralUnion})
	var communes []org.ID
	for p := range dir.Provinces() {
		pid := org.IDFor(org.KindProvinceUnion, p.Code())
		units = append(units, org.Unit{ID: pid, Name: org.UnionName(p), Kind: org.KindProvinceUnion, Parent: "tw", Admin: p.Code()})
		for c := range dir.Children(p.Code()) {
			cid := org.IDFor(org.KindCommuneUnion, c.Code())
			units = append(units, org.Unit{ID: cid, Name: org.UnionName(c), Kind: org.KindCommuneUnion, Parent: pid, Admin: c.Code()})
			communes = append(communes, cid)
		}
	}
	for k := 0; len(units) < n; k++ {
		units = append(units, org.Unit{
			ID: org.ID(fmt.Sprintf("cd-%06d", k)), Name: fmt.Sprintf("Chi đoàn %d", k), Kind: org.KindBranch,
			Parent: communes[k%len(communes)], Members: 20 + k%30,
		})
	}
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(units), func(i, j int) { units[i], units[j] = units[j], units[i] })
	return units
}

var (
	sinkTree *org.Tree
	sinkInt  int
)

// benchTree times build, a step that gives a tree (building, mirroring,
// migrating), as a sub-benchmark of b.
func benchTree(b *testing.B, name string, build func() (*org.Tree, error)) {
	b.Run(name, func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t, err := build()
			if err != nil {
				b.Fatal(err)
			}
			sinkTree = t
		}
	})
}

func BenchmarkBuild(b *testing.B) {
	units := nationalUnits(200_000)
	benchTree(b, "org.Build", func() (*org.Tree, error) { return org.Build(units) })
	// The obvious alternative: a map from ID to unit, a map of children,
	// and a depth-first search with a visited set to find cycles.
	b.Run("baseline-maps", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkInt = naiveBuild(units)
		}
	})
}

func naiveBuild(units []org.Unit) int {
	byID := make(map[org.ID]*org.Unit, len(units))
	children := make(map[org.ID][]org.ID)
	problems := 0
	for i := range units {
		u := &units[i]
		if _, dup := byID[u.ID]; dup {
			problems++
		}
		byID[u.ID] = u
		children[u.Parent] = append(children[u.Parent], u.ID)
	}
	seen := make(map[org.ID]bool, len(units))
	var visit func(id org.ID)
	visit = func(id org.ID) {
		seen[id] = true
		for _, c := range children[id] {
			if p := byID[id]; p != nil && !byID[c].InForce(p.ValidFrom) {
				problems++
			}
			visit(c)
		}
	}
	for _, r := range children[""] {
		visit(r)
	}
	return problems + len(units) - len(seen)
}

func BenchmarkDescendants(b *testing.B) {
	units := nationalUnits(200_000)
	tree := mustBuild(b, units)
	b.Run("org.Descendants", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for u := range tree.Descendants("tw") {
				n += u.Members
			}
			sinkInt = n
		}
	})
	children := make(map[org.ID][]int)
	for i, u := range units {
		children[u.Parent] = append(children[u.Parent], i)
	}
	b.Run("baseline-recursive-map", func(b *testing.B) {
		b.ReportAllocs()
		var walk func(id org.ID) int
		walk = func(id org.ID) int {
			n := 0
			for _, c := range children[id] {
				n += units[c].Members + walk(units[c].ID)
			}
			return n
		}
		for b.Loop() {
			sinkInt = walk("tw")
		}
	})
}

// BenchmarkRollup sums members into every unit: metrics does this for each
// indicator.
func BenchmarkRollup(b *testing.B) {
	tree := mustBuild(b, nationalUnits(200_000))
	total := make([]int, tree.Len())
	b.Run("org.ParentIndex", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := tree.Len() - 1; i >= 0; i-- {
				total[i] += tree.UnitAt(i).Members
				if p := tree.ParentIndex(i); p >= 0 {
					total[p] += total[i]
				}
			}
		}
	})
	b.Run("baseline-ancestors-per-unit", func(b *testing.B) {
		b.ReportAllocs()
		sums := make(map[org.ID]int, tree.Len())
		for b.Loop() {
			for _, u := range tree.All() {
				sums[u.ID] += u.Members
				for a := range tree.Ancestors(u.ID) {
					sums[a.ID] += u.Members
				}
			}
		}
	})
}

func BenchmarkIndex(b *testing.B) {
	units := nationalUnits(200_000)
	tree := mustBuild(b, units)
	b.Run("org.Index", func(b *testing.B) {
		b.ReportAllocs()
		k := 0
		for b.Loop() {
			i, _ := tree.Index(units[k%len(units)].ID)
			sinkInt += i
			k++
		}
	})
	m := make(map[org.ID]int, len(units))
	for i, u := range units {
		m[u.ID] = i
	}
	b.Run("baseline-map", func(b *testing.B) {
		b.ReportAllocs()
		k := 0
		for b.Loop() {
			sinkInt += m[units[k%len(units)].ID]
			k++
		}
	})
}

func BenchmarkMirror(b *testing.B) {
	for _, day := range []string{"15/6/2025", "15/7/2025"} {
		dir := admin.At(d(day))
		benchTree(b, day, func() (*org.Tree, error) { return org.Mirror(dir) })
	}
}

// BenchmarkMigrate carries the whole country's pre-2025 government tree
// across the reform.
func BenchmarkMigrate(b *testing.B) {
	old, err := org.Mirror(admin.At(d("15/6/2025")))
	if err != nil {
		b.Fatal(err)
	}
	for _, settle := range []bool{false, true} {
		benchTree(b, fmt.Sprintf("SettleSplits=%v", settle), func() (*org.Tree, error) {
			t, _, err := org.Migrate(old, org.MigrateOptions{SettleSplits: settle})
			return t, err
		})
	}
}

var sinkID org.ID

// BenchmarkMappingOld sends every unit of the migrated country back to the
// old tree; the baseline folds Tree.CommonAncestor over Mapping.Sources,
// as a caller without Old would.
func BenchmarkMappingOld(b *testing.B) {
	old, err := org.MirrorUnion(admin.At(d("15/6/2025")))
	if err != nil {
		b.Fatal(err)
	}
	tree, mapping, err := org.Migrate(old, org.MigrateOptions{SettleSplits: true})
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]org.ID, 0, tree.Len())
	for _, u := range tree.All() {
		ids = append(ids, u.ID)
	}
	b.Run("Old", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, id := range ids {
				sinkID, _ = mapping.Old(id)
			}
		}
	})
	b.Run("baseline/CommonAncestor", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, id := range ids {
				src := mapping.Sources(id)
				a := src[0]
				for _, s := range src[1:] {
					u, _ := old.CommonAncestor(a, s)
					a = u.ID
				}
				sinkID = a
			}
		}
	})
}
