package admin

import (
	"cmp"
	"slices"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// An Origin says that a district of the 1/3/2025 list was formed, in
// whole or in part, from the communes of an earlier district, its
// parent, by a decree of 1997 or later: Quận Tân Phú from Quận Tân Bình
// (Nghị định 130/2003/NĐ-CP), Quận Bắc Từ Liêm from Huyện Từ Liêm. An
// address of before the decree names the parent ("Tây Thạnh, Tân Bình"),
// and people keep writing it so.
//
// The origins are a supplement written from the decrees
// (internal/data/supplement/SOURCES.md): only the districts listed there,
// not every change since 1997.
type Origin struct {
	// District is the district formed, as the 1/3/2025 list has it.
	District Unit
	// Parent is the district it was formed from, as the 1/3/2025 list
	// has it (without the communes it gave); zero when that district is
	// in no list of the data (Huyện Từ Liêm, abolished by the decree),
	// and ParentName names it.
	Parent     Unit
	ParentName string
	// Signed is the day the decree was signed; Effective the day the
	// district began, zero when the sources read give none.
	Signed, Effective vietnam.Date
	// Basis is the decree ("130/2003/NĐ-CP").
	Basis string
}

// InForce returns the period in which District stood as formed: from
// Effective, or from Signed when that is unknown (exact false: a decree
// takes effect some days after it is signed), to 30/6/2025, the last day
// of the districts.
func (o Origin) InForce() (from, to vietnam.Date, exact bool) {
	to = reformDate.AddDays(-1)
	if !o.Effective.IsZero() {
		return o.Effective, to, true
	}
	return o.Signed, to, false
}

// Origins returns the origins of district c in the embedded data; see
// Dataset.Origins.
func Origins(c Code) []Origin { return embedded.Origins(c) }

// SplitFrom returns the origins of the districts formed from district c
// in the embedded data; see Dataset.SplitFrom.
func SplitFrom(c Code) []Origin { return embedded.SplitFrom(c) }

// Origins returns the earlier districts that district c (of the 1/3/2025
// list) was formed from since 1997, oldest decree first; nil when the
// data records none.
func (ds *Dataset) Origins(c Code) []Origin {
	if c.era != EraPre2025 || c.level != LevelDistrict {
		return nil
	}
	var out []Origin
	for i := range ds.d.Origins {
		if ds.d.Origins[i].District == c.n {
			out = append(out, ds.origin(i))
		}
	}
	slices.SortStableFunc(out, func(a, b Origin) int { return a.Signed.Compare(b.Signed) })
	return out
}

// SplitFrom returns the origins of the districts formed from district c
// (of the 1/3/2025 list) since 1997, by the code of the district formed;
// nil when the data records none.
func (ds *Dataset) SplitFrom(c Code) []Origin {
	if c.era != EraPre2025 || c.level != LevelDistrict {
		return nil
	}
	var out []Origin
	i, j := ds.splitRun(c.n)
	for ; i < j; i++ {
		out = append(out, ds.origin(i))
	}
	return out
}

// splitRun returns the run [i, j) of ds.d.Origins of the districts
// formed from district n, which are together (the origins are sorted by
// parent): the resolver asks it of a district read without a commune of
// its own.
func (ds *Dataset) splitRun(n uint32) (i, j int) {
	all := ds.d.Origins
	if n == 0 {
		return 0, 0
	}
	i, _ = slices.BinarySearchFunc(all, n, func(o tab.Origin, n uint32) int { return cmp.Compare(o.Parent, n) })
	for j = i; j < len(all) && all[j].Parent == n; j++ {
	}
	return i, j
}

// origin returns the public form of ds.d.Origins[i].
func (ds *Dataset) origin(i int) Origin {
	o := &ds.d.Origins[i]
	before := ds.beforeReform()
	out := Origin{ParentName: o.ParentFull, Signed: dateOf(o.Signed), Effective: dateOf(o.Effective), Basis: o.Basis}
	out.District, _ = before.Unit(Code{n: o.District, era: EraPre2025, level: LevelDistrict})
	if o.Parent != 0 {
		out.Parent, _ = before.Unit(Code{n: o.Parent, era: EraPre2025, level: LevelDistrict})
	}
	return out
}
