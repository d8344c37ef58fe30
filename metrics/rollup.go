package metrics

import (
	"iter"

	"github.com/hocvuso/hocvuso/org"
)

// Rollup holds, for every unit of a tree and every indicator of a catalog,
// the value of the unit's whole subtree over the period. It is immutable and
// safe for concurrent use.
type Rollup struct {
	tree    *org.Tree
	cat     *Catalog
	period  Period
	rolled  []rolled // per catalog indicator; ratios have none
	skipped Skipped
}

// rolled is one non-ratio indicator's subtree values.
type rolled struct {
	val []i128
	has []bool
}

// Rollup computes the subtree values of everything added so far. The
// aggregator stays usable: more records or merges can follow and a later
// Rollup includes them.
//
// Sums, maxima and latest values climb the tree in one pass from the last
// unit to the first (pre-order puts parents first). Distinct counts walk,
// for each subject, up from each unit where it was seen and stop at the
// first ancestor already counted for that subject, so a person seen in two
// communes of a province counts once there.
func (a *Aggregator) Rollup() *Rollup {
	r := &Rollup{tree: a.tree, cat: a.cat, period: a.opt.Period, rolled: make([]rolled, len(a.slots)), skipped: a.Skipped()}
	parent := make([]int32, a.n)
	for i := range parent {
		parent[i] = int32(a.tree.ParentIndex(i))
	}
	var stamp []uint32 // for Distinct: the subject+1 last counted at each unit
	for k := range a.slots {
		s := &a.slots[k]
		if s.agg == Ratio {
			continue
		}
		out := rolled{val: make([]i128, a.n), has: make([]bool, a.n)}
		if s.agg == Distinct {
			if stamp == nil {
				stamp = make([]uint32, a.n)
			} else {
				clear(stamp)
			}
			climb := func(n uint32, u int32) {
				mark := n + 1
				for x := u; x >= 0 && stamp[x] != mark; x = parent[x] {
					stamp[x] = mark
					out.val[x].add(1)
					out.has[x] = true
				}
			}
			for n, u := range s.first {
				if u < 0 {
					continue
				}
				climb(uint32(n), u)
				for _, m := range s.more[uint32(n)] {
					climb(uint32(n), m)
				}
			}
			r.rolled[k] = out
			continue
		}
		copy(out.val, s.sum)
		copy(out.has, s.has)
		for i := a.n - 1; i >= 0; i-- {
			p := parent[i]
			if p < 0 || !out.has[i] {
				continue
			}
			if s.agg == Max {
				if !out.has[p] || int64(out.val[i].lo) > int64(out.val[p].lo) {
					out.val[p] = out.val[i]
				}
			} else { // Sum, and Latest: each unit's latest value, added up
				out.val[p].addWide(out.val[i])
			}
			out.has[p] = true
		}
		r.rolled[k] = out
	}
	return r
}

// Aggregate reads records into a new Aggregator and returns its rollup. Its
// Skipped reports the records it could not count.
func Aggregate(tree *org.Tree, cat *Catalog, records iter.Seq[Record], opt Options) *Rollup {
	a := NewAggregator(tree, cat, opt)
	a.AddAll(records)
	return a.Rollup()
}

// Tree returns the tree the rollup was computed over.
func (r *Rollup) Tree() *org.Tree { return r.tree }

// Catalog returns the catalog of the rollup's indicators.
func (r *Rollup) Catalog() *Catalog { return r.cat }

// Period returns the period of the records counted.
func (r *Rollup) Period() Period { return r.period }

// Skipped returns the records that were not counted, by reason.
func (r *Rollup) Skipped() Skipped {
	var s Skipped
	s.merge(r.skipped)
	return s
}

// Value returns the value of the indicator for the subtree of the unit: a
// missing Value when no record counted there (or a ratio's denominator is
// zero), and false when the unit or the indicator is unknown.
func (r *Rollup) Value(unit org.ID, code Code) (Value, bool) {
	i, ok := r.tree.Index(unit)
	if !ok {
		return Value{}, false
	}
	k, ok := r.cat.index[code]
	if !ok {
		return Value{}, false
	}
	return r.valueAt(i, k), true
}

// ValueAt is Value by tree index (org.Tree.Index) and catalog position, for
// loops over every unit. It panics on indexes out of range, like a slice.
func (r *Rollup) ValueAt(unit, indicator int) Value { return r.valueAt(unit, indicator) }

func (r *Rollup) valueAt(i, k int) Value {
	if r.cat.inds[k].Aggregation != Ratio {
		v := r.rolled[k]
		if !v.has[i] {
			return Value{}
		}
		return ValueOf(v.val[i].decimal())
	}
	num, den := r.rolled[r.cat.num[k]], r.rolled[r.cat.den[k]]
	if !num.has[i] && !den.has[i] {
		return Value{}
	}
	return RatioOf(num.val[i].decimal(), den.val[i].decimal(), r.cat.inds[k].factor())
}
