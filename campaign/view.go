package campaign

import (
	"iter"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/org"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// View is the units a campaign report is seen through: the units of Data.Tree
// in force on which day, and how a unit that is not (an abolished district's
// union, a merged commune) reaches one that is. A campaign that crosses a
// reorganisation can be seen from either side, and the caller says which:
// nothing is guessed from the tree or the dates.
//
// The zero View is the units in force on the report date, with no
// successors: the view of a campaign whose units did not change.
type View struct {
	on   vietnam.Date                // the day whose units: zero for the report date
	eve  bool                        // the eve of the reform, or the report date when earlier
	next func(org.ID) (org.ID, bool) // the unit that took over one not in force
	m    *org.Mapping                // retires the targets of the units it closed
	back bool                        // records dated from the reform go back through m.Old
}

// Following returns the view on the units in force on the report date in
// which the records, the targets and the owner of a unit no longer in force
// reach the unit that took it over through next, as org.Tree.Follow follows
// it. A nil next follows nothing.
func Following(next func(old org.ID) (org.ID, bool)) View { return View{next: next} }

// AfterReform returns the view on the units in force on the report date,
// across the reorganisation m describes (what org.Migrate returned): the
// records, the targets and the owner of the old units follow m.New, and the
// targets of the units m did not carry on (Closed: a district union's share;
// Pending: a split commune not yet assigned; Ended) are retired, listed in
// Report.Retired, since no unit carries that share on. Targets of merged
// units that land on one unit add up. A nil m follows nothing.
func AfterReform(m *org.Mapping) View {
	if m == nil {
		return View{}
	}
	return View{next: m.New, m: m}
}

// BeforeReform returns the view on the units in force on 30/6/2025, the
// last day before the reform of 1/7/2025, or on the report date when it
// comes earlier: a province keeps following its districts to the end of a
// campaign. Only the units stay old; records still count up to the report
// date. Records dated from the reform name units of the new tree, and go back
// through m.Old to the lowest old union that holds all they came from, a
// ward formed within one district to that district's union. This holds even
// for a ward whose ID carried over: its July records are the enlarged ward's
// and count where all its parts lie. With a nil m the records must name
// pre-reform units already.
func BeforeReform(m *org.Mapping) View {
	if m == nil {
		return View{eve: true}
	}
	return View{eve: true, next: m.Old, m: m, back: true}
}

// UnitsOn returns the view on the units in force on day, whatever the report
// date, with no successors: a report of 15/7/2025 on the units of 30/6/2025
// whose records name those units already.
func UnitsOn(day vietnam.Date) View { return View{on: day} }

// seen is a View resolved for one report: the tree of its day, and how units
// not in it reach it. Every step of Report reads units through it.
type seen struct {
	tree *org.Tree
	day  vietnam.Date
	View
}

// resolve returns the view of tree for a report at the end of asOf.
func (v View) resolve(tree *org.Tree, asOf vietnam.Date) seen {
	day := asOf
	switch {
	case v.eve:
		if eve := admin.Era2025.Start().AddDays(-1); eve.Before(asOf) {
			day = eve
		}
	case !v.on.IsZero():
		day = v.on
	}
	return seen{tree: tree.At(day), day: day, View: v}
}

// follow returns the unit in force that id is, or that took it over.
func (s seen) follow(id org.ID) (org.ID, bool) { return s.tree.Follow(id, s.next) }

// retired tells whether a target of id is retired: its unit is not in force
// and the reorganisation did not carry it on.
func (s seen) retired(id org.ID) bool {
	if s.m == nil || s.tree.Has(id) {
		return false
	}
	mv, ok := s.m.Move(id)
	return ok && mv.Outcome != org.Kept && mv.Outcome != org.Merged
}

// records returns the records as the view's units hold them: from the reform
// on, back to the old units in the BeforeReform view. A Kept unit keeps its
// ID across the reform, so the ID alone cannot tell a July record of the
// enlarged ward from a June one of the old ward; the date can.
func (s seen) records(records iter.Seq[metrics.Record]) iter.Seq[metrics.Record] {
	if !s.back {
		return records
	}
	return func(yield func(metrics.Record) bool) {
		for r := range records {
			if admin.EraOf(r.Date) == admin.Era2025 {
				if id, ok := s.m.Old(r.Unit); ok {
					r.Unit = id
				}
			}
			if !yield(r) {
				return
			}
		}
	}
}
