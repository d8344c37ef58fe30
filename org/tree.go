package org

import (
	"hash/maphash"
	"iter"
	"sync"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Tree is a checked forest of units, stored in pre-order: every unit comes
// before its descendants, and the descendants of the unit at index i are
// exactly the units at indexes i+1 up to End(i). Children keep the order in
// which they were given to Build. A Tree is immutable: it is safe for
// concurrent use by any number of goroutines, and no method returns
// anything through which it could be changed.
//
// The zero Tree and a nil *Tree are empty trees.
type Tree struct {
	units  []Unit
	parent []int32 // index of the parent, -1 for a root
	end    []int32 // the subtree of i is [i, end[i])
	depth  []int32 // 0 for a root
	ids    idIndex

	// byAdmin lists, per admin code, the indexes of the units serving it;
	// built on first use because most callers never ask.
	byAdmin func() map[admin.Code][]int32
}

// idIndex maps IDs to indexes with open addressing over one slice of at
// least twice as many slots as units. For 200.000 units it takes 4 MB with
// no pointers for the garbage collector to scan; a map[ID]int32 takes
// about 7 MB of pointer-bearing memory and makes Build a third slower,
// though its lookups are a third faster (see BenchmarkIndex). Each
// slot holds the upper half of the ID's hash beside the index, so a probe
// compares strings only when the hashes agree.
type idIndex struct {
	seed  maphash.Seed
	slots []uint64 // hash>>32 <<32 | index+1, 0 for an empty slot; len is a power of two
}

func newIDIndex(n int) idIndex {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return idIndex{seed: maphash.MakeSeed(), slots: make([]uint64, size)}
}

// insert adds index i under id unless id is there already; it returns the
// index holding id and whether i was inserted.
func (x *idIndex) insert(id ID, i int, units []Unit) (int, bool) {
	j, pos, tag := x.find(id, units)
	if j >= 0 {
		return j, false
	}
	x.slots[pos] = tag | uint64(i+1)
	return i, true
}

func (x *idIndex) lookup(id ID, units []Unit) int {
	if len(x.slots) == 0 {
		return -1
	}
	j, _, _ := x.find(id, units)
	return j
}

// find returns the index holding id, or -1 with the empty slot where id
// would go and the tag it would carry.
func (x *idIndex) find(id ID, units []Unit) (j int, pos, tag uint64) {
	h := maphash.String(x.seed, string(id))
	tag = h &^ (1<<32 - 1)
	mask := uint64(len(x.slots) - 1)
	for pos = h & mask; ; pos = (pos + 1) & mask {
		s := x.slots[pos]
		if s == 0 {
			return -1, pos, tag
		}
		if j := int(uint32(s)) - 1; s&^(1<<32-1) == tag && units[j].ID == id {
			return j, pos, tag
		}
	}
}

// Len returns the number of units.
func (t *Tree) Len() int {
	if t == nil {
		return 0
	}
	return len(t.units)
}

// Index returns the position of the unit with the given ID in pre-order.
// Indexes run from 0 to Len()-1, a parent's index is below its children's,
// and they let callers keep per-unit data in plain slices.
func (t *Tree) Index(id ID) (int, bool) {
	if t == nil {
		return -1, false
	}
	i := t.ids.lookup(id, t.units)
	return i, i >= 0
}

// Unit returns the unit with the given ID.
func (t *Tree) Unit(id ID) (Unit, bool) {
	i, ok := t.Index(id)
	if !ok {
		return Unit{}, false
	}
	return t.units[i], true
}

// Has reports whether the tree holds a unit with the given ID.
func (t *Tree) Has(id ID) bool {
	_, ok := t.Index(id)
	return ok
}

// MaxHops is how many times Follow asks a successor function at most,
// for chains of reorganisations (a commune merged in 2020, its successor
// merged again in 2025), so that a mapping with a loop cannot hang the
// caller.
const MaxHops = 16

// Follow returns the unit of the tree that id is, or that took it over:
// id itself when the tree has it, else the first unit of the tree on the
// chain id → succ(id) → succ(succ(id)) …, asked at most MaxHops times. It
// returns false when the chain ends before reaching the tree (succ says
// no, or returns its argument), is longer than MaxHops, or succ is nil.
// The Mapping that Migrate returns fits as succ: tree.Follow(id, m.New).
func (t *Tree) Follow(id ID, succ func(ID) (ID, bool)) (ID, bool) {
	if t.Has(id) {
		return id, true
	}
	if succ == nil {
		return "", false
	}
	for range MaxHops {
		next, ok := succ(id)
		if !ok || next == id {
			return "", false
		}
		if t.Has(next) {
			return next, true
		}
		id = next
	}
	return "", false
}

// UnitAt returns the unit at index i; it panics if i is out of range, like
// indexing a slice.
func (t *Tree) UnitAt(i int) Unit { return t.units[i] }

// ParentIndex returns the index of the parent of the unit at index i, or -1
// for a root. Because parents come first, a loop from Len()-1 down to 0 that
// adds each unit's value into its parent's rolls a whole tree up in one pass.
// Like UnitAt, it panics if i is out of range.
func (t *Tree) ParentIndex(i int) int { return int(t.parent[i]) }

// End returns the index just past the last descendant of the unit at index
// i: its subtree is the index range [i, End(i)). It panics if i is out of
// range.
func (t *Tree) End(i int) int { return int(t.end[i]) }

// DepthAt returns the depth of the unit at index i; roots have depth 0. It
// panics if i is out of range.
func (t *Tree) DepthAt(i int) int { return int(t.depth[i]) }

// Parent returns the parent of the unit with the given ID; ok is false for
// a root or an unknown ID.
func (t *Tree) Parent(id ID) (Unit, bool) {
	i, ok := t.Index(id)
	if !ok || t.parent[i] < 0 {
		return Unit{}, false
	}
	return t.units[t.parent[i]], true
}

// Depth returns the number of ancestors of the unit (0 for a root), or -1
// for an unknown ID.
func (t *Tree) Depth(id ID) int {
	i, ok := t.Index(id)
	if !ok {
		return -1
	}
	return int(t.depth[i])
}

// Size returns the number of units in the subtree of id, the unit
// included, or 0 for an unknown ID.
func (t *Tree) Size(id ID) int {
	i, ok := t.Index(id)
	if !ok {
		return 0
	}
	return int(t.end[i]) - i
}

// Ancestors yields the parent of the unit, then its parent, up to the root.
// It yields nothing for a root or an unknown ID.
func (t *Tree) Ancestors(id ID) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		i, ok := t.Index(id)
		if !ok {
			return
		}
		for p := t.parent[i]; p >= 0; p = t.parent[p] {
			if !yield(t.units[p]) {
				return
			}
		}
	}
}

// Path returns the units from the root down to the unit itself, or nil for
// an unknown ID.
func (t *Tree) Path(id ID) []Unit {
	i, ok := t.Index(id)
	if !ok {
		return nil
	}
	path := make([]Unit, t.depth[i]+1)
	for k, p := len(path)-1, int32(i); p >= 0; k, p = k-1, t.parent[p] {
		path[k] = t.units[p]
	}
	return path
}

// Children yields the children of the unit in the order given to Build.
func (t *Tree) Children(id ID) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		i, ok := t.Index(id)
		if !ok {
			return
		}
		for c := int32(i) + 1; c < t.end[i]; c = t.end[c] {
			if !yield(t.units[c]) {
				return
			}
		}
	}
}

// Descendants yields every unit below id in pre-order (a unit before its
// children, siblings in order), not id itself.
func (t *Tree) Descendants(id ID) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		i, ok := t.Index(id)
		if !ok {
			return
		}
		for _, u := range t.units[i+1 : t.end[i]] {
			if !yield(u) {
				return
			}
		}
	}
}

// All yields every unit in pre-order with its index.
func (t *Tree) All() iter.Seq2[int, Unit] {
	return func(yield func(int, Unit) bool) {
		for i := range t.Len() {
			if !yield(i, t.units[i]) {
				return
			}
		}
	}
}

// Roots yields the units without a parent, in the order given to Build.
func (t *Tree) Roots() iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for r := 0; r < t.Len(); r = int(t.end[r]) {
			if !yield(t.units[r]) {
				return
			}
		}
	}
}

// Leaves yields the units without children, in pre-order.
func (t *Tree) Leaves() iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for i := range t.Len() {
			if int(t.end[i]) == i+1 && !yield(t.units[i]) {
				return
			}
		}
	}
}

// IsAncestor reports whether anc is a proper ancestor of id. It takes
// constant time: pre-order makes a subtree an index range.
func (t *Tree) IsAncestor(anc, id ID) bool {
	a, ok1 := t.Index(anc)
	i, ok2 := t.Index(id)
	return ok1 && ok2 && a < i && i < int(t.end[a])
}

// CommonAncestor returns the lowest unit whose subtree holds both a and b
// (a itself when a is an ancestor of b, or when a == b). ok is false when
// either ID is unknown or the two sit under different roots.
func (t *Tree) CommonAncestor(a, b ID) (Unit, bool) {
	i, ok1 := t.Index(a)
	j, ok2 := t.Index(b)
	if !ok1 || !ok2 {
		return Unit{}, false
	}
	for p := int32(i); p >= 0; p = t.parent[p] {
		if int(p) <= j && j < int(t.end[p]) {
			return t.units[p], true
		}
	}
	return Unit{}, false
}

// At returns the tree of the units in force on day d. Because Build
// guarantees that a child is never valid outside its parent, the units in
// force always form a tree of their own. A zero d returns t.
func (t *Tree) At(d vietnam.Date) *Tree {
	if d.IsZero() || t == nil {
		return t
	}
	keep := make([]bool, len(t.units))
	for i, u := range t.units {
		keep[i] = u.InForce(d)
	}
	return t.subset(keep)
}

// Subtree returns the tree made of id and its descendants, with id as the
// only root (its Parent cleared); ok is false for an unknown ID.
func (t *Tree) Subtree(id ID) (*Tree, bool) {
	i, ok := t.Index(id)
	if !ok {
		return nil, false
	}
	units := make([]Unit, t.end[i]-int32(i))
	copy(units, t.units[i:t.end[i]])
	units[0].Parent = ""
	return fromPreorder(units), true
}

// ForAdmin yields the units whose Admin is c, in pre-order: the Đoàn xã
// of a commune, its Hội LHTN, the commune itself in a mirrored tree. It is
// how a record that carries an address, resolved to a commune code, finds
// the units it counts for. The first call builds an index of the codes;
// later calls take constant time.
func (t *Tree) ForAdmin(c admin.Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if t == nil || t.byAdmin == nil || c.IsZero() {
			return
		}
		for _, i := range t.byAdmin()[c] {
			if !yield(t.units[i]) {
				return
			}
		}
	}
}

// indexAdmin sets up the lazy index behind ForAdmin.
func (t *Tree) indexAdmin() {
	t.byAdmin = sync.OnceValue(func() map[admin.Code][]int32 {
		m := map[admin.Code][]int32{}
		for i, u := range t.units {
			if !u.Admin.IsZero() {
				m[u.Admin] = append(m[u.Admin], int32(i))
			}
		}
		return m
	})
}

// Units returns a copy of the units in pre-order; Build of the result gives
// an equal tree.
func (t *Tree) Units() []Unit {
	if t == nil {
		return nil
	}
	return append([]Unit(nil), t.units...)
}

// subset keeps the units marked, all of whose ancestors are kept too.
func (t *Tree) subset(keep []bool) *Tree {
	units := make([]Unit, 0, len(t.units))
	for i, u := range t.units {
		if keep[i] {
			units = append(units, u)
		}
	}
	return fromPreorder(units)
}

// fromPreorder builds the indexes of units already known to be a valid
// forest in pre-order with parents inside the slice.
func fromPreorder(units []Unit) *Tree {
	n := len(units)
	t := &Tree{
		units:  units,
		parent: make([]int32, n),
		end:    make([]int32, n),
		depth:  make([]int32, n),
		ids:    newIDIndex(n),
	}
	for i := range units {
		t.ids.insert(units[i].ID, i, units)
	}
	for i := range units {
		t.parent[i] = int32(t.ids.lookup(units[i].Parent, units))
		if p := t.parent[i]; p >= 0 {
			t.depth[i] = t.depth[p] + 1
		}
	}
	t.fillEnds()
	t.indexAdmin()
	return t
}

// fillEnds sets the end of every subtree from the parents, which come
// before their children.
func (t *Tree) fillEnds() {
	for i := range t.end {
		t.end[i] = int32(i + 1)
	}
	for i := len(t.end) - 1; i >= 0; i-- {
		if p := t.parent[i]; p >= 0 && t.end[i] > t.end[p] {
			t.end[p] = t.end[i]
		}
	}
}
