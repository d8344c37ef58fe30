package admin

import (
	"iter"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// Change is the set of ways a unit changed between 2019 and 1/3/2025, as
// the history file records them; a row may join several
// ("type_changed|renamed").
//
// The zero Change is no change.
type Change uint16

const (
	// ChangeMerged: the unit was merged into its Successor (a commune into
	// another, a district into another).
	ChangeMerged Change = tab.HistMerged
	// ChangeSplit: a district was dissolved among several; Successor is
	// the one that took most of its communes. Or a commune was divided
	// among several (Xã Suối Trầu, 2019, by the supplement of
	// successors): the state is then a Former once for each part, with
	// that part as Successor.
	ChangeSplit Change = tab.HistSplit
	// ChangeRecoded: the same name reappeared under a new code.
	ChangeRecoded Change = tab.HistRecoded
	// ChangeAbolished: the unit disappeared and no source gives where it
	// went; the Former has no Successor.
	ChangeAbolished Change = tab.HistAbolished
	// ChangeRenamed, ChangeRetyped, ChangeMoved, ChangeRespelled: the code
	// was kept and the name, the type, the district or the spelling
	// changed.
	ChangeRenamed   Change = tab.HistRenamed
	ChangeRetyped   Change = tab.HistRetyped
	ChangeMoved     Change = tab.HistMoved
	ChangeRespelled Change = tab.HistRespelled
)

var changeWords = [...]string{"merged", "split", "recoded", "abolished", "renamed", "retyped", "moved", "respelled"}

// Has reports whether c includes every change of o. An empty o names
// no change, so Has(0) is false.
func (c Change) Has(o Change) bool { return c&o == o && o != 0 }

// String returns the changes joined by "|" ("retyped|renamed" is written
// "renamed|retyped", in the order of the constants), "" for none.
func (c Change) String() string { return bitWords(uint16(c), changeWords[:]) }

// bitWords returns words[i] for each bit i set in v, in bit order, joined
// by "|": the text of a set of flags (Change, Flags).
func bitWords(v uint16, words []string) string {
	var b strings.Builder
	for i, w := range words {
		if v&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

// A Former is an earlier state of a pre-2025 unit: a commune, district or
// province as the statistics office listed it at some time between
// 1/1/2019 and 1/3/2025, in a state that is not the one of the 1/3/2025
// list (the state At gives for every date before the reform), or, for 84
// of them (internal/data/supplement/earlier_states.csv), as its list of
// 2017 shows it: 64 communes in force on 1/1/2019 and merged in 2019–2020,
// and 20 units renamed before 2019 (LastSeen is then 15/10/2017). Its Unit
// carries the code, full name, type, district (for a commune, possibly a
// former district) and province it had then; Successor is the unit of
// the 1/3/2025 list that continues it (a commune divided among several
// is a Former for each: see ChangeSplit).
//
// The history comes from successive snapshots of the office's list (see
// internal/data/history/SOURCES.md): when the snapshots bracket a change,
// the date it took effect is known only when a single decree explains it
// (324 of 2,444 states: 53 of them by the supplement of successors, and
// 143 whose basis names a resolution of the supplement of resolutions,
// of their province, that took effect between LastSeen and GoneBy; see
// internal/data/supplement/SOURCES.md). Otherwise LastSeen and GoneBy
// bound it: the state was in the snapshot of LastSeen and not in that of
// GoneBy. These are the dates of the snapshots, not of the decrees, so a
// change may have taken effect a little before LastSeen's date. When a
// state began is not recorded: a Former says when a name stopped, not
// when it started.
type Former struct {
	Unit      Unit
	Change    Change
	Successor Code // EraPre2025, same level; zero when Change has ChangeAbolished
	// Effective is the day the change took effect, when the sources give
	// it; zero otherwise.
	Effective vietnam.Date
	// LastSeen and GoneBy are the dates of the last snapshot with this
	// state and the first without it.
	LastSeen, GoneBy vietnam.Date
	// Basis is the legal basis as the source cites it ("1314/NQ-UBTVQH15"),
	// "" when none.
	Basis string
}

// Ended returns the interval in which the state ended: [Effective,
// Effective] when the date is known, else [LastSeen, GoneBy] (the change
// took effect after LastSeen's snapshot, up to GoneBy's). exact reports
// which.
func (f Former) Ended() (from, to vietnam.Date, exact bool) {
	if !f.Effective.IsZero() {
		return f.Effective, f.Effective, true
	}
	return f.LastSeen, f.GoneBy, false
}

// Formers yields every earlier state of the embedded data; see
// Dataset.Formers.
func Formers() iter.Seq[Former] { return embedded.Formers() }

// History returns the earlier states that continue in unit c of the
// embedded data; see Dataset.History.
func History(c Code) []Former { return embedded.History(c) }

// Formers yields every earlier state the dataset records, by level, then
// code, then time. A dataset loaded without the history file has none.
func (ds *Dataset) Formers() iter.Seq[Former] {
	return func(yield func(Former) bool) {
		for i := range ds.d.Formers {
			if !yield(ds.former(i)) {
				return
			}
		}
	}
}

// former returns the public form of ds.d.Formers[i].
func (ds *Dataset) former(i int) Former {
	f := &ds.d.Formers[i]
	out := Former{Unit: ds.formerUnit(i), Change: Change(f.Kinds), Effective: dateOf(f.Effective),
		LastSeen: dateOf(f.LastSeen), GoneBy: dateOf(f.GoneBy), Basis: f.Basis}
	if f.New != 0 {
		out.Successor = Code{n: f.New, era: EraPre2025, level: Level(f.Level)}
	}
	return out
}

// formerUnit returns the unit of ds.d.Formers[i], without its dates (the
// resolver's answers need no more).
func (ds *Dataset) formerUnit(i int) Unit {
	f := &ds.d.Formers[i]
	level := Level(f.Level)
	u := Unit{
		code:     Code{n: f.Code, era: EraPre2025, level: level},
		province: Code{n: uint32(f.Province), era: EraPre2025, level: LevelProvince},
		full:     f.Full,
		nameAt:   f.NameAt,
		typ:      Type(f.Type),
	}
	switch level {
	case LevelDistrict:
		u.parent = u.province
	case LevelCommune:
		u.parent = Code{n: f.District, era: EraPre2025, level: LevelDistrict}
	}
	return u
}

// History returns the earlier states that continue in unit c, oldest
// first within each code: for a unit of the 1/3/2025 list, its own earlier
// names, types and districts (same code) and the units merged into it or
// recoded as it (other codes); for a 2025 unit, the history of each of
// its predecessors in turn. It returns nil when there is none.
func (ds *Dataset) History(c Code) []Former {
	if c.era == Era2025 {
		var out []Former
		for _, p := range ds.Predecessors(c) {
			out = append(out, ds.History(p.Old.Code())...)
		}
		return out
	}
	var out []Former
	for i := range ds.d.Formers {
		f := &ds.d.Formers[i]
		if Level(f.Level) == c.level && f.New == c.n && c.era == EraPre2025 {
			out = append(out, ds.former(i))
		}
	}
	return out
}

// A Chain leads from a former unit to the units of today.
type Chain struct {
	From Former
	// Via is the unit of the 1/3/2025 list that continues From; zero when
	// the sources give none (ChangeAbolished).
	Via Unit
	// Parent is, when Via is zero, the last known unit above From on
	// 1/3/2025: its district (or the district that continued it) for a
	// commune. An address in From is somewhere in Parent.
	Parent Unit
	// Now is what Via (or Parent) became on 1/7/2025: see Successors.
	Now []Succession
}

// Trace returns the chain from f to today in the embedded data; see
// Dataset.Trace.
func Trace(f Former) Chain { return embedded.Trace(f) }

// Trace returns the chain from f to today: the unit of 1/3/2025 that
// continues it and what that unit became on 1/7/2025. A former commune
// with no known successor leads to its last known district instead.
func (ds *Dataset) Trace(f Former) Chain {
	ch := Chain{From: f}
	before := ds.beforeReform()
	if !f.Successor.IsZero() {
		ch.Via, _ = before.Unit(f.Successor)
		ch.Now = ds.Successors(f.Successor)
		return ch
	}
	if p := f.Unit.Parent(); !p.IsZero() {
		if u, ok := before.Unit(p); ok {
			ch.Parent = u
		} else if i := slices.IndexFunc(ds.d.Formers, func(g tab.Former) bool {
			return Level(g.Level) == p.level && g.Code == p.n && g.New != 0
		}); i >= 0 {
			ch.Parent, _ = before.Unit(Code{n: ds.d.Formers[i].New, era: EraPre2025, level: p.level})
		}
		if !ch.Parent.IsZero() {
			ch.Now = ds.Successors(ch.Parent.Code())
		}
	}
	return ch
}
