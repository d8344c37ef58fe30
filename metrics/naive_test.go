package metrics_test

import (
	"iter"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/shopspring/decimal"
)

// naive is the rollup a user would write first: maps of maps keyed by unit
// ID and indicator code, every record added to its unit and to each of its
// ancestors, and a set of subject IDs per unit for distinct counts. It is
// the baseline of the benchmarks and the reference of the fuzz tests.
type naive struct {
	tree   *org.Tree
	cat    *metrics.Catalog
	opt    metrics.Options
	sums   map[org.ID]map[metrics.Code]int64
	maxes  map[org.ID]map[metrics.Code]int64
	sets   map[org.ID]map[metrics.Code]map[string]struct{}
	latest map[org.ID]map[metrics.Code]latestEntry // the unit's own latest record
}

type latestEntry struct {
	day vietnam.Date
	v   int64
}

func newNaive(tree *org.Tree, cat *metrics.Catalog, opt metrics.Options) *naive {
	return &naive{tree: tree, cat: cat, opt: opt,
		sums:   map[org.ID]map[metrics.Code]int64{},
		maxes:  map[org.ID]map[metrics.Code]int64{},
		sets:   map[org.ID]map[metrics.Code]map[string]struct{}{},
		latest: map[org.ID]map[metrics.Code]latestEntry{},
	}
}

func inner[V any](m map[org.ID]map[metrics.Code]V, id org.ID) map[metrics.Code]V {
	in, ok := m[id]
	if !ok {
		in = map[metrics.Code]V{}
		m[id] = in
	}
	return in
}

func (n *naive) addAll(records iter.Seq[metrics.Record]) {
	for r := range records {
		ind, ok := n.cat.Indicator(r.Indicator)
		if !ok || ind.Aggregation == metrics.Ratio || r.Date.IsZero() {
			continue
		}
		end := r.End
		if end.IsZero() {
			end = r.Date
		}
		if end.Before(r.Date) || !n.opt.Period.Covers(r.Date, end) || (ind.Aggregation == metrics.Distinct && r.Subject == "") {
			continue
		}
		id := r.Unit
		for hops := 0; !n.tree.Has(id) && hops <= 16; hops++ {
			if n.opt.Successor == nil {
				break
			}
			next, ok := n.opt.Successor(id)
			if !ok {
				break
			}
			id = next
		}
		if !n.tree.Has(id) {
			continue
		}
		if ind.Aggregation == metrics.Latest {
			own := inner(n.latest, id)
			e, seen := own[r.Indicator]
			if !seen || end.After(e.day) || (end == e.day && r.Value > e.v) {
				own[r.Indicator] = latestEntry{end, r.Value}
			}
			continue
		}
		path := []org.ID{id}
		for a := range n.tree.Ancestors(id) {
			path = append(path, a.ID)
		}
		for _, u := range path {
			switch ind.Aggregation {
			case metrics.Sum:
				inner(n.sums, u)[r.Indicator] += r.Value
			case metrics.Max:
				m := inner(n.maxes, u)
				if v, seen := m[r.Indicator]; !seen || r.Value > v {
					m[r.Indicator] = r.Value
				}
			case metrics.Distinct:
				s := inner(n.sets, u)
				set, ok := s[r.Indicator]
				if !ok {
					set = map[string]struct{}{}
					s[r.Indicator] = set
				}
				set[r.Subject] = struct{}{}
			}
		}
	}
}

// value returns the subtree value of a unit, with the library's semantics.
func (n *naive) value(id org.ID, code metrics.Code) metrics.Value {
	ind, _ := n.cat.Indicator(code)
	raw := func(ind metrics.Indicator) (int64, bool) {
		switch ind.Aggregation {
		case metrics.Sum:
			v, ok := n.sums[id][ind.Code]
			return v, ok
		case metrics.Max:
			v, ok := n.maxes[id][ind.Code]
			return v, ok
		case metrics.Distinct:
			set, ok := n.sets[id][ind.Code]
			return int64(len(set)), ok
		case metrics.Latest:
			var sum int64
			found := false
			units := []org.ID{id}
			for u := range n.tree.Descendants(id) {
				units = append(units, u.ID)
			}
			for _, u := range units {
				if e, ok := n.latest[u][ind.Code]; ok {
					sum += e.v
					found = true
				}
			}
			return sum, found
		}
		return 0, false
	}
	if ind.Aggregation != metrics.Ratio {
		v, ok := raw(ind)
		if !ok {
			return metrics.Value{}
		}
		return metrics.ValueOf(decimal.NewFromInt(v))
	}
	numInd, _ := n.cat.Indicator(ind.Numerator)
	denInd, _ := n.cat.Indicator(ind.Denominator)
	num, okn := raw(numInd)
	den, okd := raw(denInd)
	if !okn && !okd {
		return metrics.Value{}
	}
	factor := ind.Factor
	if factor.IsZero() {
		factor = decimal.NewFromInt(1)
		if ind.Unit == metrics.Percent {
			factor = decimal.NewFromInt(100)
		}
	}
	return metrics.RatioOf(decimal.NewFromInt(num), decimal.NewFromInt(den), factor)
}
