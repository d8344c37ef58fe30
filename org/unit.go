package org

import (
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
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

	// Admin is the administrative unit the unit serves or is: the ward of
	// an Đoàn phường, the province of a Tỉnh đoàn. It is era-qualified, so
	// a pre-2025 commune code cannot be mistaken for a 2025 one; zero
	// means none (a chi đoàn of a hamlet, a team).
	Admin admin.Code `json:"admin_code,omitzero"`

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
func reformDay() vietnam.Date { return admin.Era2025.Start() }

// eraOverlaps reports whether the validity of u has at least one day in era e.
func (u Unit) eraOverlaps(e admin.Era) bool {
	switch e {
	case admin.EraPre2025:
		return u.ValidFrom.IsZero() || u.ValidFrom.Before(reformDay())
	case admin.Era2025:
		return u.ValidTo.IsZero() || !u.ValidTo.Before(reformDay())
	}
	return false
}

// Equal reports whether u and v are the same in every field. Units are
// comparable with ==; Equal exists so that go-cmp compares them too.
func (u Unit) Equal(v Unit) bool { return u == v }
