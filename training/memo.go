package training

import "strings"

// memo remembers the results of a pure function of a cell's text during
// one import: rosters repeat the same commune, hamlet, group and service
// on many rows. It holds at most 2×max entries in two generations: when
// the newer is full it becomes the older and the older is dropped, so
// memory stays bounded on huge files while the values still in use
// survive (they move to the newer generation when read).
type memo[V any] struct {
	cur, old map[string]V
	max      int
}

func newMemo[V any](max int) memo[V] { return memo[V]{max: max} }

func (m *memo[V]) get(k string) (V, bool) {
	if v, ok := m.cur[k]; ok {
		return v, true
	}
	v, ok := m.old[k]
	if ok {
		m.put(k, v)
	}
	return v, ok
}

// put stores a copy of k: a cell is a slice of its whole row's text.
func (m *memo[V]) put(k string, v V) {
	if m.cur == nil || len(m.cur) >= m.max {
		m.old, m.cur = m.cur, make(map[string]V, min(m.max, 256))
	}
	m.cur[strings.Clone(k)] = v
}
