package person

import (
	"bytes"
	"cmp"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Collator orders names the way Vietnamese school and commune rosters are
// ordered: by given name, then middle name, then family name, each compared
// with Vietnamese collation (a ă â b c d đ e ê … i o ô ơ … u ư …, then tones
// in the order ngang, huyền, hỏi, ngã, sắc, nặng; then case).
//
// A Collator is not safe for concurrent use: it wraps an x/text collator,
// which keeps scratch buffers. Give each goroutine its own, or use Sort and
// SortBy, which build one per call.
//
// The zero Collator is ready to use: it builds its x/text collator on the
// first Compare. NewCollator builds it at once.
type Collator struct {
	c *collate.Collator
}

// NewCollator returns a Collator for Vietnamese.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Compare returns -1, 0 or +1 as a sorts before, with or after b.
func (c *Collator) Compare(a, b Name) int {
	if c.c == nil {
		// A zero Collator (var c person.Collator) is a natural thing to
		// write; a nil pointer panic would be a poor answer to it.
		c.c = collate.New(language.Vietnamese)
	}
	if r := c.c.CompareString(a.Given, b.Given); r != 0 {
		return r
	}
	if r := c.c.CompareString(a.Middle, b.Middle); r != 0 {
		return r
	}
	return c.c.CompareString(a.Family, b.Family)
}

// Compare orders two names as Collator.Compare does. It builds a collator
// for every call; to compare many names, use a Collator or Sort.
func Compare(a, b Name) int { return NewCollator().Compare(a, b) }

// Sort sorts names into roster order (see Collator). The sort is stable:
// names that collate equal keep their input order. It is safe to call from
// many goroutines on different slices.
func Sort(names []Name) {
	SortBy(names, func(n Name) Name { return n })
}

// SortBy sorts a roster of any element type by the names that name extracts,
// in the order of Collator, stably:
//
//	person.SortBy(learners, func(l Learner) person.Name { return l.Name })
//
// Rosters repeat a few hundred family, middle and given names, so SortBy
// collates each distinct name part once, ranks the distinct parts, and then
// sorts the roster by integer ranks. That is many times faster than
// comparing with a Collator, and as fast as a naive sort by bytes.
func SortBy[E any](s []E, name func(E) Name) {
	if len(s) < 2 {
		return
	}
	// Collect the distinct parts.
	index := make(map[string]uint32)
	var parts []string
	id := func(p string) uint32 {
		i, ok := index[p]
		if !ok {
			i = uint32(len(parts))
			index[p] = i
			parts = append(parts, p)
		}
		return i
	}
	type keyed struct{ given, middle, family, i uint32 }
	keys := make([]keyed, len(s))
	for i, e := range s {
		n := name(e)
		keys[i] = keyed{given: id(n.Given), middle: id(n.Middle), family: id(n.Family), i: uint32(i)}
	}

	// Rank them by collation key; parts that collate equal share a rank.
	c := collate.New(language.Vietnamese)
	var buf collate.Buffer
	ckeys := make([][]byte, len(parts))
	for i, p := range parts {
		ckeys[i] = c.KeyFromString(&buf, p)
	}
	order := make([]uint32, len(parts))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return bytes.Compare(ckeys[a], ckeys[b]) })
	rank := make([]uint32, len(parts))
	for j, p := range order {
		if j > 0 && bytes.Equal(ckeys[p], ckeys[order[j-1]]) {
			rank[p] = rank[order[j-1]]
		} else {
			rank[p] = uint32(j)
		}
	}
	for i := range keys {
		k := &keys[i]
		k.given, k.middle, k.family = rank[k.given], rank[k.middle], rank[k.family]
	}

	slices.SortFunc(keys, func(a, b keyed) int {
		switch {
		case a.given != b.given:
			return cmp.Compare(a.given, b.given)
		case a.middle != b.middle:
			return cmp.Compare(a.middle, b.middle)
		case a.family != b.family:
			return cmp.Compare(a.family, b.family)
		}
		return cmp.Compare(a.i, b.i)
	})
	sorted := make([]E, len(s))
	for j, k := range keys {
		sorted[j] = s[k.i]
	}
	copy(s, sorted)
}
