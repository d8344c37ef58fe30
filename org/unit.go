package org

import (
	"github.com/hocvuso/hocvuso/vietnam"
)

// ID identifies a unit within a tree. It is opaque and should be stable
// across the life of the unit, because records refer to units by ID: a
// government code, a union's own register number or a UUID all do. The empty
// ID is not a valid unit ID; as a Parent it means "no parent".
type ID string

// Unit is one node of a tree: a Youth Union organisation, a volunteer team,
// or an administrative unit. Units are plain values; Build copies them.
//
// Validity is inclusive on both ends, in civil dates: a Huyện đoàn that
// closed with the reform has ValidTo 30/6/2025. A zero ValidFrom means "in
// force since before anything we know of" and a zero ValidTo means "still in
// force".
//
// The attribute fields are counts that rollups weigh targets by; zero means
// "not known", not "none". Attributes that do not fit a field belong in the
// caller's own slice indexed by Tree.Index.
type Unit struct {
	ID     ID     `json:"id"`
	Name   string `json:"name"`
	Kind   Kind   `json:"kind,omitempty"`
	Parent ID     `json:"parent_id,omitempty"`

	ValidFrom vietnam.Date `json:"valid_from,omitzero"`
	ValidTo   vietnam.Date `json:"valid_to,omitzero"`

	Population int `json:"population,omitempty"` // people living in the area served
	Households int `json:"households,omitempty"` // households in the area served
	Members    int `json:"members,omitempty"`    // union members, or a team's members
}

// InForce reports whether the unit exists on day d. A zero d is the
// "whenever" date: every unit is in force on it.
func (u Unit) InForce(d vietnam.Date) bool {
	if d.IsZero() {
		return true
	}
	return (u.ValidFrom.IsZero() || !d.Before(u.ValidFrom)) &&
		(u.ValidTo.IsZero() || !d.After(u.ValidTo))
}

// IsRoot reports whether the unit has no parent.
func (u Unit) IsRoot() bool { return u.Parent == "" }

// within reports whether the validity of u lies inside that of p.
func (u Unit) within(p Unit) bool {
	if !p.ValidFrom.IsZero() && (u.ValidFrom.IsZero() || u.ValidFrom.Before(p.ValidFrom)) {
		return false
	}
	if !p.ValidTo.IsZero() && (u.ValidTo.IsZero() || u.ValidTo.After(p.ValidTo)) {
		return false
	}
	return true
}

// reformDay is the first day of two-level local government: district-level
// units and their Youth Union committees ended the day before.
var reformDay = vietnam.MustDate(2025, 7, 1)
