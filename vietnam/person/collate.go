package person

import (
	"bytes"
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
type Collator struct {
	c *collate.Collator
}

// NewCollator returns a Collator for Vietnamese.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Compare returns -1, 0 or +1 as a sorts before, with or after b.
func (c *Collator) Compare(a, b Name) int {
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
// It computes each name's collation keys once (three per element) and sorts
// by bytes, which is several times faster than comparing with a Collator.
func SortBy[E any](s []E, name func(E) Name) {
	if len(s) < 2 {
		return
	}
	type keyed struct {
		given, middle, family []byte
		i                     int
	}
	c := collate.New(language.Vietnamese)
	var buf collate.Buffer
	keys := make([]keyed, len(s))
	for i, e := range s {
		n := name(e)
		keys[i] = keyed{
			given:  c.KeyFromString(&buf, n.Given),
			middle: c.KeyFromString(&buf, n.Middle),
			family: c.KeyFromString(&buf, n.Family),
			i:      i,
		}
	}
	slices.SortFunc(keys, func(a, b keyed) int {
		if r := bytes.Compare(a.given, b.given); r != 0 {
			return r
		}
		if r := bytes.Compare(a.middle, b.middle); r != 0 {
			return r
		}
		if r := bytes.Compare(a.family, b.family); r != 0 {
			return r
		}
		return a.i - b.i
	})
	sorted := make([]E, len(s))
	for j, k := range keys {
		sorted[j] = s[k.i]
	}
	copy(s, sorted)
}
