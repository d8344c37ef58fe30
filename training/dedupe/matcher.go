package dedupe

import (
	"hash/maphash"

	"github.com/hocvuso/hocvuso/training"
)

// A Matcher marks duplicates while rows stream by: each row is compared
// with the rows before it, and the first earlier row it shares a key with
// is named. It keeps only a 64-bit hash per key, about 30 bytes per key
// and at most three keys per row, so a file of millions of rows fits in
// little memory; two different keys share a hash with a probability
// around 10⁻⁶ for ten million keys. Use a Deduper instead when you need
// merged people, conflicts, and results that do not depend on row order.
// A Matcher is not safe for concurrent use.
type Matcher struct {
	seed  maphash.Seed
	first map[uint64]Ref
}

// NewMatcher returns an empty Matcher.
func NewMatcher() *Matcher {
	return &Matcher{seed: maphash.MakeSeed(), first: map[uint64]Ref{}}
}

// Match records the row and reports the earlier row it duplicates, by the
// strongest key they share, if any.
func (m *Matcher) Match(ref Ref, l training.Learner) (Merge, bool) {
	var best Merge
	for k, key := range dedupeKeys(l) {
		if key == "" {
			continue
		}
		h := maphash.String(m.seed, key)
		if first, ok := m.first[h]; ok {
			if best.Key == 0 {
				best = Merge{Row: ref, With: first, Key: Key(k + 1)}
			}
			continue
		}
		m.first[h] = ref
	}
	return best, best.Key != 0
}
