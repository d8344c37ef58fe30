package admin

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDerivedIndexUpToDate makes the typo index, communePreds' index and
// the cameIndex of the embedded data at run time, as for a loaded
// Dataset, and checks
// that derived_index.go is they written out, byte for byte, and that the
// compiled data is what the builders make.
func TestDerivedIndexUpToDate(t *testing.T) {
	x := buildNameIndex(&Dataset{d: &embeddedData})
	ti, preds := buildTypoIndex(x), buildCommunePreds(embeddedData.CommuneLinks)
	came := buildCameIndex(&Dataset{d: new(embeddedData)})
	require.NotNil(t, came)
	got, err := os.ReadFile("derived_index.go")
	require.NoError(t, err)
	if !bytes.Equal(emitDerivedIndex(ti, preds, came), got) {
		t.Fatal("derived_index.go is stale: run go generate in vietnam/admin")
	}
	require.NotEmpty(t, embeddedTypo.keys)
	assert.Empty(t, cmp.Diff(*ti, embeddedTypo, cmp.AllowUnexported(typoIndex{})), "embeddedTypo")
	assert.Empty(t, cmp.Diff(preds, embeddedPreds), "embeddedPreds")
	assert.Empty(t, cmp.Diff(*came, embeddedCame, cmp.AllowUnexported(cameIndex{})), "embeddedCame")
}

// TestDerivedIndexServed checks which typo index, communePreds index and
// cameIndex a dataset reads: the generated ones for the embedded data
// with its generated name index, one made on first use otherwise (a name
// index built at run time, other tables), equal when the data is.
func TestDerivedIndexServed(t *testing.T) {
	ds := &Dataset{d: &embeddedData}
	assert.Same(t, &embeddedTypo, ds.typoIndex(ds.nameIndex()), "embedded data, generated names")
	built := buildNameIndex(ds)
	other := ds.typoIndex(built)
	assert.NotSame(t, &embeddedTypo, other, "embedded data, names built at run time")
	assert.Empty(t, cmp.Diff(embeddedTypo, *other, cmp.AllowUnexported(typoIndex{})))

	assert.Same(t, &embeddedPreds[0], &ds.predsIndex()[0], "embedded data")
	loaded := &Dataset{d: new(embeddedData)}
	assert.NotSame(t, &embeddedPreds[0], &loaded.predsIndex()[0], "other tables")
	assert.Equal(t, embeddedPreds, loaded.predsIndex())
	n := embeddedData.CommuneLinks[0].New()
	require.NotEmpty(t, ds.communePreds(n))
	assert.Equal(t, ds.communePreds(n), loaded.communePreds(n))

	assert.Same(t, &embeddedCame, ds.cameFromIndex(), "embedded data")
	assert.False(t, ds.came.done.Load(), "embedded data, nothing made")
	made := loaded.cameFromIndex()
	assert.NotSame(t, &embeddedCame, made, "other tables")
	assert.Same(t, made, loaded.came.v, "other tables, made on first use")
	assert.Empty(t, cmp.Diff(embeddedCame, *made, cmp.AllowUnexported(cameIndex{})))
}

// TestFirstResolveMakesNoCameIndex resolves, on a Dataset of the
// embedded data with nothing made yet, an address that asks cameFromUnit
// (a 2025 ward under the province it had before the merger), and checks
// that the resolver read the generated cameIndex and made none; a copy of
// the tables makes one, as for a loaded Dataset.
func TestFirstResolveMakesNoCameIndex(t *testing.T) {
	const addr = "Phường Lái Thiêu, TP. Hồ Chí Minh"
	for _, tc := range []struct {
		name string
		data *tab.Data
		made bool
	}{{"embedded", &embeddedData, false}, {"copy", new(embeddedData), true}} {
		t.Run(tc.name, func(t *testing.T) {
			ds := &Dataset{d: tc.data}
			res, err := NewResolver(ds).Resolve(addr)
			require.NoError(t, err)
			require.NotEmpty(t, res.Candidates)
			assert.Equal(t, tc.made, ds.came.done.Load())
		})
	}
}

// TestCommunePreds holds communePreds, a binary search written out, to
// the links of each 2025 commune found by reading every link, in the
// index's order, for every commune number the links name and the numbers
// beside them, none and past the last.
func TestCommunePreds(t *testing.T) {
	ds := &Dataset{d: &embeddedData}
	links, idx := embeddedData.CommuneLinks, ds.predsIndex()
	want := map[uint32][]int32{}
	for _, i := range idx {
		want[links[i].New()] = append(want[links[i].New()], i)
	}
	asked := 0
	for n := range want {
		for _, m := range []uint32{n - 1, n, n + 1} {
			if got := ds.communePreds(m); len(want[m]) == 0 {
				require.Empty(t, got, "commune %d", m)
			} else {
				require.Equal(t, want[m], got, "commune %d", m)
			}
			asked++
		}
	}
	assert.Empty(t, ds.communePreds(0))
	assert.Empty(t, ds.communePreds(1<<20))
	assert.Greater(t, asked, 3000)
}

// cameFromRef is cameFrom through the Directory before the reform, as it
// was written first: the old units built whole.
func cameFromRef(ds *Dataset, n uint32, prov uint32) bool {
	before := ds.beforeReform()
	for _, i := range ds.communePreds(n) {
		if c, ok := before.Unit(Code{n: ds.d.CommuneLinks[i].Old(), era: EraPre2025, level: LevelCommune}); ok && c.province.n == prov {
			return true
		}
	}
	for _, l := range ds.d.DistrictLinks {
		if l.New() == n {
			if d, ok := before.Unit(Code{n: l.Old(), era: EraPre2025, level: LevelDistrict}); ok && d.province.n == prov {
				return true
			}
		}
	}
	return false
}

// TestCameFrom holds cameFrom, which reads the old units' provinces
// from their tables' rows, to cameFromRef for every 2025 commune and
// every province before the reform, and one number past them.
func TestCameFrom(t *testing.T) {
	ds := &Dataset{d: &embeddedData}
	came := 0
	for _, c := range embeddedData.Communes2025.Units {
		for _, p := range embeddedData.ProvincesPre.Units {
			for _, prov := range []uint32{p.Code(), p.Code() + 1} {
				want := cameFromRef(ds, c.Code(), prov)
				require.Equal(t, want, ds.cameFrom(c.Code(), prov), "commune %d, province %d", c.Code(), prov)
				if want {
					came++
				}
			}
		}
	}
	assert.Greater(t, came, len(embeddedData.Communes2025.Units))
}

// TestCameFromUnit holds cameFromUnit, read from the cameIndex, to
// cameFrom for every unit of the name index (2025 communes, and the
// others it hands to cameFrom) and every province before the reform,
// one number past each and one past any byte: for the embedded data,
// which reads the generated one, for a copy of its tables, which makes
// one on first use, and with no cameIndex, as for data with more than 64
// provinces handing communes on.
func TestCameFromUnit(t *testing.T) {
	provs := []uint32{0, 300}
	for _, p := range embeddedData.ProvincesPre.Units {
		provs = append(provs, p.Code(), p.Code()+1)
	}
	for _, tc := range []struct {
		name            string
		generated, made bool
	}{{"generated", true, false}, {"made", false, true}, {"no index", false, false}} {
		t.Run(tc.name, func(t *testing.T) {
			ds := &Dataset{d: &embeddedData}
			if !tc.generated {
				ds.d = new(embeddedData)
			}
			if !tc.generated && !tc.made {
				ds.came.get(func() *cameIndex { return nil })
			}
			x := ds.nameIndex()
			came := 0
			for i := range x.units {
				n := ds.code(x, int32(i)).n
				for _, prov := range provs {
					want := ds.cameFrom(n, prov)
					require.Equal(t, want, ds.cameFromUnit(x, int32(i), prov), "unit %d, province %d", i, prov)
					if want {
						came++
					}
				}
			}
			assert.Greater(t, came, len(embeddedData.Communes2025.Units))
			assert.Equal(t, tc.made, ds.came.v != nil)
			assert.Equal(t, tc.generated, ds.cameFromIndex() == &embeddedCame)
		})
	}
}
