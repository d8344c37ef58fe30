package metrics

import (
	"errors"
	"fmt"
	"iter"

	"github.com/hocvuso/hocvuso/org"
)

// Options configure an Aggregator.
type Options struct {
	// Period keeps the records that lie wholly inside it; the zero Period
	// keeps every record with a date.
	Period Period
	// Successor maps the ID of a unit that is not in the tree (a commune
	// merged in the 2025 reform, a closed branch) to the unit that took it
	// over, so that earlier records land there. It is followed as
	// org.Tree.Follow does, up to org.MaxHops times, for chains of
	// reorganisations. A nil Successor maps nothing.
	// The Mapping that org.Migrate returns fits as it is:
	// Options{Successor: mapping.New}.
	Successor func(old org.ID) (org.ID, bool)
	// RequirePseudonyms refuses a record of a Distinct indicator whose
	// Subject is not a subject key (see Pseudonymizer and IsPseudonym),
	// counting it in Skipped.RawSubjects, so that a raw citizen ID can
	// never be kept by an aggregation.
	RequirePseudonyms bool
}

// Aggregator reads records and keeps, per unit of the tree and per
// indicator, only what the rollup needs: a 128-bit sum, a maximum, the
// latest value and its date, or the set of subjects seen. Its memory grows
// with units × indicators and with distinct (subject, unit) pairs, never
// with the number of records.
//
// Aggregators of the same tree, catalog and options merge (Merge), in any
// grouping and any order, into the aggregator of all their records: shards
// of a large input can be read in parallel, one Aggregator per goroutine.
// An Aggregator is not safe for concurrent use by itself.
type Aggregator struct {
	tree *org.Tree
	cat  *Catalog
	opt  Options
	n    int // units

	slots []slot // per catalog indicator; nil state for ratios

	// subjects numbers subject IDs for every Distinct indicator, so a
	// person is one number however many records and indicators name them.
	subjects *interner

	skipped Skipped
	lastIdx int // catalog index of the previous record, a cheap cache

	seen map[string]seenRecord // records with an ID, for Ingest
}

// slot is the state of one recorded indicator across units.
type slot struct {
	agg  Aggregation
	sum  []i128 // Sum; Max and Latest keep their value in lo
	has  []bool
	date []int32 // Latest: days since the zero date of the latest record
	// Distinct: first[s] is the first unit index where subject s was seen,
	// -1 if none; more[s] lists the other units, rarely used.
	first []int32
	more  map[uint32][]int32
}

// NewAggregator returns an empty aggregator over the tree for the
// catalog's indicators.
func NewAggregator(tree *org.Tree, cat *Catalog, opt Options) *Aggregator {
	a := &Aggregator{tree: tree, cat: cat, opt: opt, n: tree.Len(), lastIdx: -1}
	a.slots = make([]slot, cat.Len())
	for i, ind := range cat.inds {
		s := &a.slots[i]
		s.agg = ind.Aggregation
		switch ind.Aggregation {
		case Sum, Max:
			s.sum, s.has = make([]i128, a.n), make([]bool, a.n)
		case Latest:
			s.sum, s.has, s.date = make([]i128, a.n), make([]bool, a.n), make([]int32, a.n)
		case Distinct:
			if a.subjects == nil {
				a.subjects = newInterner()
			}
		}
	}
	return a
}

// indicator finds the catalog index of code. Streams usually repeat codes,
// and a catalog is short, so a cached index and a linear scan beat hashing.
func (a *Aggregator) indicator(code Code) int {
	if a.lastIdx >= 0 && a.cat.inds[a.lastIdx].Code == code {
		return a.lastIdx
	}
	if len(a.cat.inds) <= 16 {
		for i := range a.cat.inds {
			if a.cat.inds[i].Code == code {
				a.lastIdx = i
				return i
			}
		}
		return -1
	}
	i, ok := a.cat.index[code]
	if !ok {
		return -1
	}
	a.lastIdx = i
	return i
}

// unit finds the tree index of id, following Successor for a unit that is
// not in the tree.
func (a *Aggregator) unit(id org.ID) int {
	if i, ok := a.tree.Index(id); ok {
		return i
	}
	next, ok := a.tree.Follow(id, a.opt.Successor)
	if !ok {
		return -1
	}
	i, _ := a.tree.Index(next)
	return i
}

// Add counts one record, or counts it in Skipped with the reason it cannot
// be counted. A record whose ID was given before counts once (see Ingest).
func (a *Aggregator) Add(r Record) {
	if r.ID != "" {
		_, _ = a.Ingest(r) // a conflict is counted in Skipped.Conflicts
		return
	}
	a.add(r)
}

func (a *Aggregator) add(r Record) {
	k := a.indicator(r.Indicator)
	if k < 0 {
		if a.skipped.UnknownIndicators == nil {
			a.skipped.UnknownIndicators = make(map[Code]int)
		}
		a.skipped.UnknownIndicators[r.Indicator]++
		return
	}
	s := &a.slots[k]
	last := r.last()
	switch {
	case s.agg == Ratio:
		a.skipped.Computed++
		return
	case r.Date.IsZero() || last.Before(r.Date):
		a.skipped.BadDate++
		return
	case !a.opt.Period.Covers(r.Date, last):
		a.skipped.OutOfPeriod++
		return
	case s.agg == Distinct && r.Subject == "":
		a.skipped.NoSubject++
		return
	case s.agg == Distinct && a.opt.RequirePseudonyms && !IsPseudonym(r.Subject):
		a.skipped.RawSubjects++
		return
	}
	u := a.unit(r.Unit)
	if u < 0 {
		if a.skipped.UnknownUnits == nil {
			a.skipped.UnknownUnits = make(map[org.ID]int)
		}
		a.skipped.UnknownUnits[r.Unit]++
		return
	}
	switch s.agg {
	case Sum:
		s.sum[u].add(r.Value)
		s.has[u] = true
	case Max:
		s.max(u, r.Value)
	case Latest:
		s.latest(u, int32(last.DaysSince(epoch)), r.Value)
	case Distinct:
		s.see(a.subjects.intern(r.Subject), int32(u))
	}
}

// epoch is the day Latest dates are counted from; any fixed day works.
var epoch = dateEpoch()

func (s *slot) max(u int, v int64) {
	if !s.has[u] || v > int64(s.sum[u].lo) {
		s.sum[u] = i128{hi: v >> 63, lo: uint64(v)}
		s.has[u] = true
	}
}

// latest keeps the later record, and of two on the same day the larger
// value, so that the result does not depend on the order of records.
func (s *slot) latest(u int, day int32, v int64) {
	if !s.has[u] || day > s.date[u] || (day == s.date[u] && v > int64(s.sum[u].lo)) {
		s.sum[u] = i128{hi: v >> 63, lo: uint64(v)}
		s.date[u] = day
		s.has[u] = true
	}
}

// see records that subject n was seen at unit u.
func (s *slot) see(n uint32, u int32) {
	for uint32(len(s.first)) <= n {
		s.first = append(s.first, -1)
	}
	switch f := s.first[n]; {
	case f < 0:
		s.first[n] = u
	case f == u:
	default:
		for _, m := range s.more[n] {
			if m == u {
				return
			}
		}
		if s.more == nil {
			s.more = make(map[uint32][]int32)
		}
		s.more[n] = append(s.more[n], u)
	}
}

// AddAll counts every record of the sequence.
func (a *Aggregator) AddAll(records iter.Seq[Record]) {
	for r := range records {
		a.Add(r)
	}
}

// Skipped returns the records not counted so far, by reason. The maps are
// copies.
func (a *Aggregator) Skipped() Skipped {
	var s Skipped
	s.merge(a.skipped)
	return s
}

// ErrMismatch is returned by Merge for aggregators of different trees,
// catalogs or periods.
var ErrMismatch = errors.New("aggregators of different trees, catalogs or periods")

// Merge adds everything b has counted into a, as if a had read b's records
// too; b is left unchanged. If both counted a record with the same ID,
// Merge changes nothing and returns an error wrapping ErrOverlap. Merging is associative and commutative: shards
// merged in any grouping and order give the same aggregator. Both must have
// been made with the same *org.Tree, the same *Catalog and the same Period.
func (a *Aggregator) Merge(b *Aggregator) error {
	if a.tree != b.tree || a.cat != b.cat || a.opt.Period != b.opt.Period || a.opt.RequirePseudonyms != b.opt.RequirePseudonyms {
		return fmt.Errorf("metrics: merge: %w", ErrMismatch)
	}
	if a == b {
		return fmt.Errorf("metrics: merge: an aggregator with itself: %w", ErrOverlap)
	}
	if err := a.mergeSeen(b); err != nil {
		return err
	}
	// Renumber b's subjects into a's numbering.
	var remap []uint32
	if b.subjects != nil {
		remap = make([]uint32, len(b.subjects.names))
		for i, name := range b.subjects.names {
			remap[i] = a.subjects.intern(name)
		}
	}
	for k := range a.slots {
		s, o := &a.slots[k], &b.slots[k]
		switch s.agg {
		case Sum:
			for u := range o.has {
				if o.has[u] {
					s.sum[u].addWide(o.sum[u])
					s.has[u] = true
				}
			}
		case Max:
			for u := range o.has {
				if o.has[u] {
					s.max(u, int64(o.sum[u].lo))
				}
			}
		case Latest:
			for u := range o.has {
				if o.has[u] {
					s.latest(u, o.date[u], int64(o.sum[u].lo))
				}
			}
		case Distinct:
			for n, u := range o.first {
				if u >= 0 {
					s.see(remap[n], u)
				}
			}
			for n, us := range o.more {
				for _, u := range us {
					s.see(remap[n], u)
				}
			}
		}
	}
	a.skipped.merge(b.skipped)
	return nil
}
