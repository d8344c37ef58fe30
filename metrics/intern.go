package metrics

import "hash/maphash"

// interner numbers distinct strings 0, 1, 2... in order of first sight.
// It is an open-addressing table over a slice of indexes, with each
// string's hash kept beside it so that growing never hashes a string
// again: interning 1,6 million subject IDs costs about 24 bytes each besides
// the strings themselves, against about 40 for a map[string]uint32 plus
// the slice of names Merge needs anyway.
type interner struct {
	seed   maphash.Seed
	names  []string
	hashes []uint32 // hashes[i] is the hash of names[i]
	slots  []uint32 // index+1 of a name, 0 for empty; len is a power of two
}

func newInterner() *interner {
	return &interner{seed: maphash.MakeSeed(), slots: make([]uint32, 1024)}
}

// intern returns the number of s, giving it the next one if s is new.
func (t *interner) intern(s string) uint32 {
	if 2*len(t.names) >= len(t.slots) { // keep the load at most one half
		t.grow()
	}
	h := uint32(maphash.String(t.seed, s))
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			n := uint32(len(t.names))
			t.names = append(t.names, s)
			t.hashes = append(t.hashes, h)
			t.slots[i] = n + 1
			return n
		}
		if t.hashes[v-1] == h && t.names[v-1] == s {
			return v - 1
		}
	}
}

func (t *interner) grow() {
	slots := make([]uint32, 2*len(t.slots))
	mask := uint32(len(slots) - 1)
	for n, h := range t.hashes {
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = uint32(n) + 1
	}
	t.slots = slots
}
