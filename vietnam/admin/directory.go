package admin

import (
	"iter"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// Directory is the set of units in force on one date: the provinces,
// districts (before 1/7/2025) and communes of one era, with the changes of
// type and name that had taken effect by that date. Get one with At or
// Current (or a Dataset's At and Current); a Directory{} literal has no
// data behind it and must not be used.
//
// A Directory is an immutable view of its Dataset; it is safe for
// concurrent use.
type Directory struct {
	ds   *Dataset
	era  Era
	date vietnam.Date
	asOf uint32 // date as yyyymmdd, for the later changes
	// changed has bit c%256 set for the code c of each later change in
	// effect by asOf, of which there are a handful: unitAt looks through
	// the changes only for a unit whose bit is set.
	changed [4]uint64
}

// newDirectory returns the directory of ds for era on date d, asOf being
// d as yyyymmdd.
func (ds *Dataset) newDirectory(era Era, d vietnam.Date, asOf uint32) *Directory {
	dir := &Directory{ds: ds, era: era, date: d, asOf: asOf}
	if era == Era2025 {
		for j := range ds.d.Changes {
			if c := &ds.d.Changes[j]; c.Effective <= asOf {
				dir.changed[c.Code/64%4] |= 1 << (c.Code % 64)
			}
		}
	}
	return dir
}

// At returns the directory of the embedded data in force on d. From
// 1/7/2025 it is exact: the 2025 units with every later change effective
// by d (Đồng Nai is a province until 29/4/2026 and a centrally-run city
// from 30/4/2026). Every date before 1/7/2025 gives one state, the list of
// 1/3/2025: exact from 1/3/2025 to 30/6/2025, and for earlier dates the
// units as they were last named before the reform. At does not rebuild
// older states (a unit merged in 2020 is not in At(2019)); Formers and
// History give them, with when each ended. The zero Date gives Current().
func At(d vietnam.Date) *Directory { return embedded.At(d) }

// Current returns the directory of the newest state the embedded data
// describes, as of DataVersion.
func Current() *Directory { return embedded.Current() }

// At returns the directory of ds in force on d; see the package-level At.
func (ds *Dataset) At(d vietnam.Date) *Directory {
	if d.IsZero() {
		return ds.Current()
	}
	return ds.newDirectory(EraOf(d), d, ymd(d))
}

// Current returns the directory of the newest state ds describes.
func (ds *Dataset) Current() *Directory {
	return ds.current.get(func() *Directory {
		return ds.newDirectory(Era2025, dateOf(ds.d.LatestEffective), ds.d.LatestEffective)
	})
}

// beforeReform returns the directory of 30/6/2025, the last state of the
// old units, which succession links from.
func (ds *Dataset) beforeReform() *Directory {
	return ds.before.get(func() *Directory { return ds.At(reformDate.AddDays(-1)) })
}

// Era returns the era of the directory's units.
func (d *Directory) Era() Era { return d.era }

// Date returns the date the directory describes.
func (d *Directory) Date() vietnam.Date { return d.date }

// Dataset returns the dataset the directory is a view of.
func (d *Directory) Dataset() *Dataset { return d.ds }

// Len returns the number of units at level.
func (d *Directory) Len(level Level) int {
	if t := d.ds.table(d.era, level); t != nil {
		return len(t.Units)
	}
	return 0
}

// unitAt builds the Unit at position i of the table of level.
func (d *Directory) unitAt(t *tab.Table, level Level, i int) Unit {
	var u Unit
	setTableUnit(&u, t, d.era, level, i)
	d.changes(&u)
	return u
}

// setTableUnit sets u to the Unit at position i of table t, of era and
// level, as the table has it, without the later changes
// (Directory.changes). It writes u in place: a Unit is 56 bytes to copy.
func setTableUnit(u *Unit, t *tab.Table, era Era, level Level, i int) {
	r := &t.Units[i]
	u.code = Code{n: r.Code(), era: era, level: level}
	u.province = Code{n: r.Province(), era: era, level: LevelProvince}
	u.full = t.Full(r)
	u.nameAt = r.NameAt()
	u.typ = Type(r.Type())
	switch {
	case level == LevelDistrict || (level == LevelCommune && era == Era2025):
		u.parent = Code{n: r.Parent(), era: era, level: LevelProvince}
	case level == LevelCommune:
		u.parent = Code{n: r.Parent(), era: era, level: LevelDistrict}
	default:
		u.parent = Code{}
	}
}

// changes applies to u, a unit of d's era as its table has it, the later
// changes in effect in d.
func (d *Directory) changes(u *Unit) {
	if d.changed[u.code.n/64%4]>>(u.code.n%64)&1 != 0 {
		d.applyChanges(u)
	}
}

func (d *Directory) applyChanges(u *Unit) {
	// A handful of rows: a scan costs less than an index would.
	for j := range d.ds.d.Changes {
		c := &d.ds.d.Changes[j]
		if c.Code == u.code.n && Level(c.Level) == u.code.level && c.Effective <= d.asOf {
			u.full, u.nameAt, u.typ = c.Full, c.NameAt, Type(c.Type)
		}
	}
}

// all yields every unit of level in official (code) order.
func (d *Directory) all(level Level) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		t := d.ds.table(d.era, level)
		if t == nil {
			return
		}
		for i := range t.Units {
			if !yield(d.unitAt(t, level, i)) {
				return
			}
		}
	}
}

// Provinces yields the provinces and centrally-run cities in official
// (code) order.
func (d *Directory) Provinces() iter.Seq[Unit] { return d.all(LevelProvince) }

// Districts yields the district-level units in code order; none in Era2025.
func (d *Directory) Districts() iter.Seq[Unit] { return d.all(LevelDistrict) }

// Communes yields the commune-level units (xã, phường, thị trấn, đặc khu)
// in code order.
func (d *Directory) Communes() iter.Seq[Unit] { return d.all(LevelCommune) }

// Children yields the units directly under c in official (code) order:
// the districts of a pre-2025 province, the communes of a district or of a
// 2025 province. It yields nothing for a commune, an unknown code, or a
// code of another era.
func (d *Directory) Children(c Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		if c.era != d.era {
			return
		}
		t, slot, ok := d.ds.childTable(c)
		if !ok {
			return
		}
		level := c.level + 1
		if d.era == Era2025 {
			level = LevelCommune
		}
		for _, i := range childRange(t, d.ds.childIndex(t, slot), c.n) {
			if !yield(d.unitAt(t, level, int(i))) {
				return
			}
		}
	}
}

// Descendants yields every unit below c, depth first in official order:
// for a pre-2025 province each district followed by its communes, for a
// 2025 province or a district its communes. Filter on Level to count the
// communes of an old province.
func (d *Directory) Descendants(c Code) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for u := range d.Children(c) {
			if !yield(u) {
				return
			}
			if u.Level() == LevelCommune {
				continue
			}
			for v := range d.Descendants(u.Code()) {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// Unit returns the unit with code c, and false when the directory has none
// (c is of another era, or no unit has that code).
func (d *Directory) Unit(c Code) (Unit, bool) {
	if c.era != d.era {
		return Unit{}, false
	}
	t := d.ds.table(c.era, c.level)
	if t == nil {
		return Unit{}, false
	}
	i := t.Search(c.n)
	if i < 0 {
		return Unit{}, false
	}
	return d.unitAt(t, c.level, i), true
}

// Lookup returns the unit of the directory's era with the bare official
// code ("25966"; leading zeros may be missing), and false when the code is
// malformed or unknown.
func (d *Directory) Lookup(level Level, code string) (Unit, bool) {
	c, err := ParseCode(d.era, level, code)
	if err != nil {
		return Unit{}, false
	}
	return d.Unit(c)
}

// Parent returns the unit directly above u, and false for a province or a
// unit of another era.
func (d *Directory) Parent(u Unit) (Unit, bool) { return d.Unit(u.parent) }
