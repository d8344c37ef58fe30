package org

import (
	"fmt"
	"iter"
	"slices"
)

// GroupSet classifies the units of one tree into named groups, at most one
// group per unit: urban and rural wards, the blocs of grassroots unions
// (khối doanh nghiệp, khối trường học), pilot and comparison communes. It is
// how DHIS2 models a classification that cuts across the hierarchy, and it
// leaves the tree itself alone: one tree can carry any number of sets.
//
// A unit outside every group may inherit the group of its nearest grouped
// ancestor (Inherited), so that a chi đoàn counts with its ward.
//
// A GroupSet is immutable and safe for concurrent use.
type GroupSet struct {
	name   string
	tree   *Tree
	names  []string // sorted
	member []int32  // per tree index: index into names, -1 for none
}

// NewGroupSet builds the set called name over t from the members of each
// group. Every problem is reported, in a *CheckError whose Problems name
// the unit (ID), the group (Value) and the category ErrGroup: an ID that t
// does not have, or a unit listed in two groups.
func NewGroupSet(t *Tree, name string, groups map[string][]ID) (*GroupSet, error) {
	g := &GroupSet{name: name, tree: t, member: make([]int32, t.Len())}
	for i := range g.member {
		g.member[i] = -1
	}
	for n := range groups {
		g.names = append(g.names, n)
	}
	slices.Sort(g.names)
	var problems []Problem
	for k, n := range g.names {
		for _, id := range groups[n] {
			i, ok := t.Index(id)
			switch {
			case !ok:
				problems = append(problems, Problem{ID: id, Field: "group", Value: n, Err: ErrGroup, Detail: "the tree has no such unit"})
			case g.member[i] >= 0 && g.member[i] != int32(k):
				problems = append(problems, Problem{ID: id, Field: "group", Value: n, Err: ErrGroup, Detail: fmt.Sprintf("already in group %q of set %q", g.names[g.member[i]], name)})
			default:
				g.member[i] = int32(k)
			}
		}
	}
	if len(problems) > 0 {
		return nil, &CheckError{Problems: problems}
	}
	return g, nil
}

// Name returns the name of the set.
func (g *GroupSet) Name() string { return g.name }

// Groups returns the names of the groups in byte order (not Vietnamese
// collation: "đô thị" sorts after "trống"); the slice is new on every call.
func (g *GroupSet) Groups() []string { return slices.Clone(g.names) }

// Of returns the group the unit itself was put in.
func (g *GroupSet) Of(id ID) (string, bool) {
	i, ok := g.tree.Index(id)
	if !ok || g.member[i] < 0 {
		return "", false
	}
	return g.names[g.member[i]], true
}

// Inherited returns the unit's own group or, failing that, the group of its
// nearest ancestor that has one.
func (g *GroupSet) Inherited(id ID) (string, bool) {
	i, ok := g.tree.Index(id)
	if !ok {
		return "", false
	}
	for p := int32(i); p >= 0; p = g.tree.parent[p] {
		if k := g.member[p]; k >= 0 {
			return g.names[k], true
		}
	}
	return "", false
}

// Members yields the units put in the group, in the tree's pre-order.
func (g *GroupSet) Members(group string) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		k, found := slices.BinarySearch(g.names, group)
		if !found {
			return
		}
		for i, m := range g.member {
			if m == int32(k) && !yield(g.tree.units[i]) {
				return
			}
		}
	}
}

// Ungrouped yields the units that neither have a group nor inherit one, in
// pre-order: the units a compulsory classification still misses.
func (g *GroupSet) Ungrouped() iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		// A unit inherits when its parent does; pre-order settles parents
		// first, so one pass over a scratch slice does it.
		has := make([]bool, len(g.member))
		for i, m := range g.member {
			p := g.tree.parent[i]
			has[i] = m >= 0 || p >= 0 && has[p]
			if !has[i] && !yield(g.tree.units[i]) {
				return
			}
		}
	}
}
