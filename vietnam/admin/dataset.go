package admin

import (
	"cmp"
	"errors"
	"io/fs"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// Dataset is one complete set of administrative data: the units of both
// eras, the conversion table between them and the later changes. The
// package-level functions use the embedded dataset (Embedded); tests and
// programs that carry newer data can load their own with LoadDataset and
// use its methods instead, with no global to swap. A Dataset{} literal
// holds no data and must not be used: get one from Embedded or
// LoadDataset.
//
// A Dataset is read-only and safe for concurrent use. Its indexes (by
// name, by parent, by successor) are built on first use, once, except the
// embedded dataset's index by name, the typo search's, the one behind
// Predecessors and the resolver's index of the provinces each 2025 commune
// came from, which are compiled in.
type Dataset struct {
	d *tab.Data

	// Indexes. These are lazy values rather than sync.OnceValue funcs so
	// that the embedded Dataset is a constant composite literal: importing
	// the package runs no code at init.
	children [3]lazy[[]int32] // by parentTable
	names    lazy[*nameIndex] // Find's and the resolver's, when not generated
	typo     lazy[*typoIndex] // the typo search's first look at each unit of names, when not generated
	preds    lazy[[]int32]    // CommuneLinks sorted by new code, when not generated
	current  lazy[*Directory]
	before   lazy[*Directory] // the last day before the reform, for succession
	// The resolver's districtSuccessors, by pre-2025 district, each made
	// on first use.
	districtSuccs lazy[*districtSuccs]
	// The districts known by name only that others were formed from
	// (namedParents), made on first use.
	parents lazy[[]namedParent]
	// cameFrom's answers by 2025 commune (cameFromUnit), when not
	// generated.
	came lazy[*cameIndex]
}

// lazy is a value computed on first use, once, safe for concurrent use:
// the zero-value counterpart of sync.OnceValue.
type lazy[T any] struct {
	once sync.Once
	v    T
	// done is set once v is: get, inlined, reads v without a call of
	// once.Do and the closure it is given (the resolver asks for the
	// directories a few times an address).
	done atomic.Bool
}

func (l *lazy[T]) get(build func() T) T {
	if l.done.Load() {
		return l.v
	}
	return l.make(build)
}

// make is get's first call, or a call racing it.
func (l *lazy[T]) make(build func() T) T {
	l.once.Do(func() {
		l.v = build()
		l.done.Store(true)
	})
	return l.v
}

var embedded = Dataset{d: &embeddedData}

// Embedded returns the dataset compiled into the package, described by
// DataVersion.
func Embedded() *Dataset { return &embedded }

// DataError reports a problem in a data file given to LoadDataset: the
// file, the row (the header is row 1; 0 when the problem is the file as a
// whole), the field and its value, and the reason. It matches ErrData
// with errors.Is, and its reason (an fs error for a missing file, say).
type DataError struct {
	File  string
	Row   int
	Field string // the column, "" when the problem is not one field
	Value string
	Err   error
}

// ErrData is the category of every DataError.
var ErrData = errors.New("invalid data")

func (e *DataError) Error() string {
	return (&tab.Error{File: e.File, Row: e.Row, Field: e.Field, Value: e.Value, Err: e.Err}).Error()
}

func (e *DataError) Unwrap() []error { return []error{ErrData, e.Err} }

// LoadDataset reads a dataset from fsys, a folder laid out like this
// package's internal/data (see its SOURCES.md): the same
// CSV files with the same columns. It checks what the generator checks
// (codes, types, parents, mapping targets) and reports the first problem
// as a *DataError.
func LoadDataset(fsys fs.FS) (*Dataset, error) {
	d, err := tab.Load(fsys)
	if err != nil {
		var te *tab.Error
		if !errors.As(err, &te) {
			te = &tab.Error{Err: err}
		}
		return nil, &DataError{File: te.File, Row: te.Row, Field: te.Field, Value: te.Value, Err: te.Err}
	}
	return &Dataset{d: d}, nil
}

// Version returns the newest legal effective date the dataset describes,
// as ISO 8601 ("2026-04-30"); DataVersion for the embedded one.
func (ds *Dataset) Version() string { return dateOf(ds.d.LatestEffective).ISO() }

// dateOf converts a yyyymmdd number from the tables.
func dateOf(n uint32) vietnam.Date {
	if n == 0 {
		return vietnam.Date{} // no date: no error to build and drop
	}
	d, err := vietnam.NewDate(int(n/10000), time.Month(n/100%100), int(n%100))
	if err != nil {
		return vietnam.Date{}
	}
	return d
}

// ymd converts a date to the tables' yyyymmdd form.
func ymd(d vietnam.Date) uint32 {
	return uint32(d.Year()*10000 + int(d.Month())*100 + d.Day())
}

// table returns the table of units of level in era, or nil.
func (ds *Dataset) table(era Era, level Level) *tab.Table {
	switch {
	case era == EraPre2025 && level == LevelProvince:
		return &ds.d.ProvincesPre
	case era == EraPre2025 && level == LevelDistrict:
		return &ds.d.DistrictsPre
	case era == EraPre2025 && level == LevelCommune:
		return &ds.d.CommunesPre
	case era == Era2025 && level == LevelProvince:
		return &ds.d.Provinces2025
	case era == Era2025 && level == LevelCommune:
		return &ds.d.Communes2025
	}
	return nil
}

// parentTable names the three tables whose units have a parent.
type parentTable uint8

const (
	districtsByProvince parentTable = iota // pre-2025 districts
	communesByDistrict                     // pre-2025 communes
	communesByProvince                     // 2025 communes
)

// childLevel returns the table holding the children of a unit at code's
// level, with the index slot for it; ok is false for communes.
func (ds *Dataset) childTable(c Code) (t *tab.Table, slot parentTable, ok bool) {
	switch {
	case c.era == EraPre2025 && c.level == LevelProvince:
		return &ds.d.DistrictsPre, districtsByProvince, true
	case c.era == EraPre2025 && c.level == LevelDistrict:
		return &ds.d.CommunesPre, communesByDistrict, true
	case c.era == Era2025 && c.level == LevelProvince:
		return &ds.d.Communes2025, communesByProvince, true
	}
	return nil, 0, false
}

// childIndex returns the positions of t's units sorted by parent, then
// code, so that the children of one parent are one run.
func (ds *Dataset) childIndex(t *tab.Table, slot parentTable) []int32 {
	return ds.children[slot].get(func() []int32 {
		idx := make([]int32, len(t.Units))
		for i := range idx {
			idx[i] = int32(i)
		}
		// The units are sorted by code, so a stable sort by parent keeps
		// the official order within each parent.
		slices.SortStableFunc(idx, func(a, b int32) int {
			return cmp.Compare(t.Units[a].Parent(), t.Units[b].Parent())
		})
		return idx
	})
}

// childRange returns the run of idx whose units have the given parent.
func childRange(t *tab.Table, idx []int32, parent uint32) []int32 {
	lo, _ := slices.BinarySearchFunc(idx, parent, func(i int32, p uint32) int { return cmp.Compare(t.Units[i].Parent(), p) })
	hi := lo
	for hi < len(idx) && t.Units[idx[hi]].Parent() == parent {
		hi++
	}
	return idx[lo:hi]
}
