package metrics

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
)

// ErrBreakdown is wrapped by the errors of Disaggregate.
var ErrBreakdown = errors.New("invalid breakdown")

// Category is a dimension a count is broken down by, as DHIS2's category:
// "sex", "age", "group", "ethnicity", "area". The producer of the records
// names its categories; package training names the ones of a roster.
type Category string

// A Tag gives a record's option in one category: {"sex", "nu"}. An
// option is a stable code; a record without a tag for a category has the
// empty option, "not known", which a breakdown keeps like any other so
// that nothing falls out of the total.
type Tag struct {
	Category Category `json:"category"`
	Option   string   `json:"option"`
}

// Tagged is a record with its breakdown tags.
type Tagged struct {
	Record Record
	Tags   []Tag
}

// Option returns the record's option in the category, "" when untagged.
func (t Tagged) Option(c Category) string {
	for _, g := range t.Tags {
		if g.Category == c {
			return g.Option
		}
	}
	return ""
}

// A Breakdown holds the rollup of records by one category or by a pair
// (DHIS2's category combination): for every unit of the tree, indicator
// and combination of options, the value of the unit's subtree. The
// combinations of each unit add up to the unit's total for sums and for
// distinct counts alike: a subject counted once in the total is counted
// once in one combination, the one of its earliest record (ties going to
// the smallest combination; records outside Options.Period do not count),
// however its tags vary across records (an age band crossed during the
// campaign, a group written two ways). A
// Breakdown is immutable and safe for concurrent use.
type Breakdown struct {
	by     []Category
	total  *Rollup
	combos [][]string
	parts  map[string]*Rollup
}

// Disaggregate rolls records up by the categories, one or two. It ranges
// over records twice (a slice's iterator, or a function that reads its
// source again): first to settle each distinct subject's combination,
// then to count. A record that cannot be counted (its unit neither in the
// tree nor mapped by Options.Successor, a bad date, …) is in no
// combination and not in the total, and settles no subject's
// combination; Breakdown.Skipped reports it, so that it does not vanish
// from a report unnoticed.
func Disaggregate(tree *org.Tree, cat *Catalog, records iter.Seq[Tagged], opt Options, by ...Category) (*Breakdown, error) {
	if len(by) == 0 || len(by) > 2 || (len(by) == 2 && by[0] == by[1]) {
		return nil, fmt.Errorf("metrics: breakdown by %v: %w: give one category or two different ones", by, ErrBreakdown)
	}
	key := func(t Tagged) string {
		k := t.Option(by[0])
		if len(by) == 2 {
			k += "\x1f" + t.Option(by[1])
		}
		return k
	}
	type first struct {
		key  string
		date vietnam.Date
	}
	// settled: for each distinct indicator and subject, the combination of
	// its earliest record that counts (one outside the period counts
	// nowhere, and must not place the subject).
	settled := map[[2]string]first{}
	all := NewAggregator(tree, cat, opt)
	for t := range records {
		r := t.Record
		if r.Subject == "" || r.Date.IsZero() || r.last().Before(r.Date) || !opt.Period.Covers(r.Date, r.last()) ||
			opt.RequirePseudonyms && !IsPseudonym(r.Subject) || all.unit(r.Unit) < 0 {
			continue
		}
		if ind, ok := cat.Indicator(r.Indicator); !ok || ind.Aggregation != Distinct {
			continue
		}
		id := [2]string{string(r.Indicator), r.Subject}
		f := first{key(t), r.Date}
		if old, ok := settled[id]; !ok || f.date.Before(old.date) || f.date.Equal(old.date) && f.key < old.key {
			settled[id] = f
		}
	}
	b := &Breakdown{by: slices.Clone(by), parts: map[string]*Rollup{}}
	aggs := map[string]*Aggregator{}
	for t := range records {
		r := t.Record
		all.Add(r)
		k := key(t)
		if f, ok := settled[[2]string{string(r.Indicator), r.Subject}]; ok {
			k = f.key
		}
		a := aggs[k]
		if a == nil {
			a = NewAggregator(tree, cat, opt)
			aggs[k] = a
		}
		a.Add(r)
	}
	b.total = all.Rollup()
	for k, a := range aggs {
		b.parts[k] = a.Rollup()
		b.combos = append(b.combos, strings.Split(k, "\x1f"))
	}
	slices.SortFunc(b.combos, func(x, y []string) int { return slices.Compare(x, y) })
	return b, nil
}

// By returns the categories of the breakdown.
func (b *Breakdown) By() []Category { return slices.Clone(b.by) }

// Combinations returns the combinations of options seen, sorted, each with
// one option per category of By.
func (b *Breakdown) Combinations() [][]string {
	out := make([][]string, len(b.combos))
	for i, c := range b.combos {
		out[i] = slices.Clone(c)
	}
	return out
}

// Total returns the rollup of all the records, undivided.
func (b *Breakdown) Total() *Rollup { return b.total }

// Skipped returns the records that were not counted, by reason, as
// Total().Skipped does: a record of a unit the tree does not have is in
// UnknownUnits, and Skipped().Err() is not nil.
func (b *Breakdown) Skipped() Skipped { return b.total.Skipped() }

// Value returns the value of an indicator at a unit for one combination of
// options, given in the order of By. A combination no record had is
// missing.
func (b *Breakdown) Value(unit org.ID, code Code, options ...string) (Value, bool) {
	if len(options) != len(b.by) {
		return Value{}, false
	}
	r, ok := b.parts[strings.Join(options, "\x1f")]
	if !ok {
		return Value{}, false
	}
	return r.Value(unit, code)
}

// Cell is one value of a breakdown: an indicator at a unit for one
// combination of options.
type Cell struct {
	Unit    org.ID
	Code    Code
	Options []string
	Value   Value
}

// Cells yields the values of an indicator at a unit, one per combination
// seen, in the order of Combinations, missing values left out.
func (b *Breakdown) Cells(unit org.ID, code Code) iter.Seq[Cell] {
	return func(yield func(Cell) bool) {
		for _, c := range b.combos {
			v, ok := b.Value(unit, code, c...)
			if !ok || v.IsMissing() {
				continue
			}
			if !yield(Cell{Unit: unit, Code: code, Options: slices.Clone(c), Value: v}) {
				return
			}
		}
	}
}
