package tab

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Error reports a problem in a source file: which file, row (1-based, the
// header is row 1), field and value. Package admin turns it into a
// DataError.
type Error struct {
	File  string
	Row   int    // 0 when the problem is the file as a whole
	Field string // column name, "" when not about one field
	Value string
	Err   error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("admin: ")
	b.WriteString(e.File)
	if e.Row > 0 {
		fmt.Fprintf(&b, " row %d", e.Row)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, " field %q value %q", e.Field, e.Value)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// File names inside the data folder.
const (
	FileProvinces2025   = "provinces_2025.csv"
	FileCommunes2025    = "communes_2025.csv"
	FileProvincesPre    = "provinces_pre2025.csv"
	FileDistrictsPre    = "districts_pre2025.csv"
	FileCommunesPre     = "communes_pre2025.csv"
	FileCommuneMapping  = "commune_mapping_2025.csv"
	FileProvinceMapping = "province_mapping_2025.csv"
	FileChanges         = "changes_after_2025-07-01.csv"
)

// Files lists every source file Load reads.
var Files = []string{
	FileProvinces2025, FileCommunes2025, FileProvincesPre, FileDistrictsPre,
	FileCommunesPre, FileCommuneMapping, FileProvinceMapping, FileChanges,
}

// Reform is the date the 2025 units took effect, as yyyymmdd.
const Reform = 20250701

// record is one CSV row with access by column name.
type record struct {
	file string
	row  int
	cols map[string]int
	vals []string
}

func (r *record) get(field string) string { return r.vals[r.cols[field]] }

func (r *record) fail(field, format string, args ...any) error {
	v := ""
	if field != "" {
		v = r.get(field)
	}
	return &Error{File: r.file, Row: r.row, Field: field, Value: v, Err: fmt.Errorf(format, args...)}
}

// code parses a fixed-width numeric code.
func (r *record) code(field string, width int) (uint32, error) {
	s := r.get(field)
	if len(s) != width {
		return 0, r.fail(field, "want %d digits", width)
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return 0, r.fail(field, "want %d digits", width)
	}
	return uint32(n), nil
}

// codeIn parses a fixed-width numeric code that must be one of table t:
// "no such <unit>" otherwise.
func (r *record) codeIn(field string, width int, t *Table, unit string) (uint32, error) {
	n, err := r.code(field, width)
	if err == nil && t.Search(n) < 0 {
		err = r.fail(field, "no such %s", unit)
	}
	return n, err
}

// readCSV calls fn for every data row of name, after checking that the
// header names every column in want.
func readCSV(fsys fs.FS, name string, want []string, fn func(*record) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return &Error{File: name, Err: err}
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return &Error{File: name, Row: 1, Err: fmt.Errorf("no header: %w", err)}
	}
	cols := make(map[string]int, len(header))
	for i, h := range header {
		cols[h] = i
	}
	for _, w := range want {
		if _, ok := cols[w]; !ok {
			return &Error{File: name, Row: 1, Err: fmt.Errorf("missing column %q", w)}
		}
	}
	for row := 2; ; row++ {
		vals, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return &Error{File: name, Row: row, Err: err}
		}
		if err := fn(&record{file: name, row: row, cols: cols, vals: vals}); err != nil {
			return err
		}
	}
}

// unitSpec describes one unit file.
type unitSpec struct {
	file        string
	width       int
	parentField string // "" for provinces
	parentWidth int
	parents     *Table // where the parent must exist
	parentFile  string
	provinces   *Table // where province_code must exist (communes_pre2025)
}

func loadUnits(fsys fs.FS, s unitSpec) (Table, error) {
	want := []string{"code", "full_name", "name", "unit_type"}
	if s.parentField != "" {
		want = append(want, s.parentField)
	}
	if s.provinces != nil {
		want = append(want, "province_code")
	}
	var units []Unit
	var fulls []string
	err := readCSV(fsys, s.file, want, func(r *record) error {
		code, err := r.code("code", s.width)
		if err != nil {
			return err
		}
		full, name := r.get("full_name"), r.get("name")
		if name == "" || !strings.HasSuffix(full, " "+name) || len(full) > 255 {
			return r.fail("full_name", "want the unit word, a space and the name %q, at most 255 bytes", name)
		}
		typ := TypeOf(r.get("unit_type"))
		if typ == 0 {
			return r.fail("unit_type", "unknown unit type")
		}
		var parent uint32
		province := uint8(code)
		if s.parentField != "" {
			p, err := r.code(s.parentField, s.parentWidth)
			if err != nil {
				return err
			}
			i := s.parents.Search(p)
			if i < 0 {
				return r.fail(s.parentField, "no such parent in %s", s.parentFile)
			}
			parent = p
			province = uint8(s.parents.Units[i].Province())
			if s.provinces != nil {
				pc, err := r.code("province_code", 2)
				if err != nil {
					return err
				}
				if uint8(pc) != province {
					return r.fail("province_code", "the district is in province %02d", province)
				}
			}
		}
		units = append(units, NewUnit(code, parent, 0, province, uint8(len(full)), uint8(len(full)-len(name)), typ))
		fulls = append(fulls, full)
		return nil
	})
	if err != nil {
		return Table{}, err
	}
	idx := make([]int, len(units))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(units[a].Code(), units[b].Code()) })
	var b builder
	t := Table{Units: make([]Unit, len(units))}
	for j, i := range idx {
		if j > 0 && units[i].Code() == t.Units[j-1].Code() {
			return Table{}, &Error{File: s.file, Err: fmt.Errorf("code %0*d appears twice", s.width, units[i].Code())}
		}
		u := units[i]
		u.setOff(b.add(fulls[i]))
		t.Units[j] = u
	}
	t.Text = b.sb.String()
	return t, nil
}

// Load reads and checks every source file in fsys (a folder laid out like
// internal/data) and returns the tables sorted and packed.
func Load(fsys fs.FS) (*Data, error) {
	d := new(Data)
	var err error
	if d.Provinces2025, err = loadUnits(fsys, unitSpec{file: FileProvinces2025, width: 2}); err != nil {
		return nil, err
	}
	if d.Communes2025, err = loadUnits(fsys, unitSpec{file: FileCommunes2025, width: 5,
		parentField: "province_code", parentWidth: 2, parents: &d.Provinces2025, parentFile: FileProvinces2025}); err != nil {
		return nil, err
	}
	if d.ProvincesPre, err = loadUnits(fsys, unitSpec{file: FileProvincesPre, width: 2}); err != nil {
		return nil, err
	}
	if d.DistrictsPre, err = loadUnits(fsys, unitSpec{file: FileDistrictsPre, width: 3,
		parentField: "province_code", parentWidth: 2, parents: &d.ProvincesPre, parentFile: FileProvincesPre}); err != nil {
		return nil, err
	}
	if d.CommunesPre, err = loadUnits(fsys, unitSpec{file: FileCommunesPre, width: 5,
		parentField: "district_code", parentWidth: 3, parents: &d.DistrictsPre, parentFile: FileDistrictsPre, provinces: &d.ProvincesPre}); err != nil {
		return nil, err
	}
	if err := loadLinks(fsys, d); err != nil {
		return nil, err
	}
	if err := loadProvinceLinks(fsys, d); err != nil {
		return nil, err
	}
	if err := loadChanges(fsys, d); err != nil {
		return nil, err
	}
	if err := loadHistory(fsys, d); err != nil {
		return nil, err
	}
	if err := loadEarlierStates(fsys, d); err != nil {
		return nil, err
	}
	if err := finishFormers(d); err != nil {
		return nil, err
	}
	if err := loadSuccessors(fsys, d); err != nil {
		return nil, err
	}
	if err := loadResolutions(fsys, d); err != nil {
		return nil, err
	}
	if err := loadOrigins(fsys, d); err != nil {
		return nil, err
	}
	return d, nil
}

func loadLinks(fsys fs.FS, d *Data) error {
	notes := map[string]uint8{}
	want := []string{"old_district_code", "old_commune_code", "new_commune_code", "kind", "nso_note"}
	err := readCSV(fsys, FileCommuneMapping, want, func(r *record) error {
		k := slices.Index(KindKeys[:], r.get("kind"))
		if k <= 0 {
			return r.fail("kind", "unknown kind")
		}
		kind := uint8(k)
		newCode, err := r.codeIn("new_commune_code", 5, &d.Communes2025, "commune in "+FileCommunes2025)
		if err != nil {
			return err
		}
		var old uint32
		district := kind == KindWholeDistrict || kind == KindUncodedArea
		if district {
			if r.get("old_commune_code") != "" {
				return r.fail("old_commune_code", "want empty for kind %q", KindKeys[kind])
			}
			if old, err = r.codeIn("old_district_code", 3, &d.DistrictsPre, "district in "+FileDistrictsPre); err != nil {
				return err
			}
		} else {
			if old, err = r.codeIn("old_commune_code", 5, &d.CommunesPre, "commune in "+FileCommunesPre); err != nil {
				return err
			}
			// old_commune_name is read where the file has it (a dataset's
			// own files may leave it out)
			if i, has := r.cols["old_commune_name"]; has {
				if sp, ok := otherSpelling(&d.CommunesPre, old, r.vals[i]); ok {
					d.Spellings = append(d.Spellings, sp)
				}
			}
		}
		note := r.get("nso_note")
		n, ok := notes[note]
		if !ok {
			if len(d.Notes) > 255 {
				return r.fail("nso_note", "more than 256 distinct notes")
			}
			n = uint8(len(d.Notes))
			notes[note] = n
			d.Notes = append(d.Notes, note)
		}
		l := NewLink(old, newCode, kind, n)
		if district {
			d.DistrictLinks = append(d.DistrictLinks, l)
		} else {
			d.CommuneLinks = append(d.CommuneLinks, l)
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(d.Spellings, func(a, b Spelling) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), strings.Compare(a.Name, b.Name))
	})
	d.Spellings = slices.Compact(d.Spellings)
	for _, links := range [][]Link{d.CommuneLinks, d.DistrictLinks} {
		slices.SortFunc(links, func(a, b Link) int {
			return cmp.Or(cmp.Compare(a.Old(), b.Old()), cmp.Compare(a.New(), b.New()))
		})
		for i := 1; i < len(links); i++ {
			if links[i].Old() == links[i-1].Old() && links[i].New() == links[i-1].New() {
				return &Error{File: FileCommuneMapping, Err: fmt.Errorf("pair %05d → %05d appears twice", links[i].Old(), links[i].New())}
			}
		}
	}
	return nil
}

// otherSpelling returns the name full gives the commune of t with the given
// code, without its type word, when it is not the commune's own name: the
// conversion table spells some communes otherwise than the list of units
// ("Xã Cư Yang" for Xã Cư Jang). A name whose type word is none of the
// communes' is left out, for its name cannot be told from its type.
func otherSpelling(t *Table, code uint32, full string) (Spelling, bool) {
	u := &t.Units[t.Search(code)]
	own, name := t.Full(u), t.Name(u)
	full = strings.Join(strings.Fields(full), " ")
	if full == "" || full == own {
		return Spelling{}, false
	}
	for _, w := range [...]string{own[:len(own)-len(name)], "Xã ", "Phường ", "Thị trấn "} {
		if len(full) > len(w) && w != "" && strings.EqualFold(full[:len(w)], w) {
			if n := full[len(w):]; n != name {
				return Spelling{Code: code, Name: n}, true
			}
			return Spelling{}, false
		}
	}
	return Spelling{}, false
}

func loadProvinceLinks(fsys fs.FS, d *Data) error {
	want := []string{"old_province_code", "new_province_code", "kind"}
	err := readCSV(fsys, FileProvinceMapping, want, func(r *record) error {
		o, err := r.codeIn("old_province_code", 2, &d.ProvincesPre, "province in "+FileProvincesPre)
		if err != nil {
			return err
		}
		n, err := r.codeIn("new_province_code", 2, &d.Provinces2025, "province in "+FileProvinces2025)
		if err != nil {
			return err
		}
		var merged bool
		switch r.get("kind") {
		case "merged":
			merged = true
		case "unchanged":
		default:
			return r.fail("kind", "want merged or unchanged")
		}
		d.ProvinceLinks = append(d.ProvinceLinks, ProvinceLink{Old: uint8(o), New: uint8(n), Merged: merged})
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(d.ProvinceLinks, func(a, b ProvinceLink) int { return cmp.Compare(a.Old, b.Old) })
	for i := 1; i < len(d.ProvinceLinks); i++ {
		if d.ProvinceLinks[i].Old == d.ProvinceLinks[i-1].Old {
			return &Error{File: FileProvinceMapping, Err: fmt.Errorf("old province %02d appears twice", d.ProvinceLinks[i].Old)}
		}
	}
	return nil
}

func loadChanges(fsys fs.FS, d *Data) error {
	d.LatestEffective = Reform
	want := []string{"level", "code", "before_full_name", "after_full_name", "after_unit_type",
		"legal_basis_as_cited_by_source", "effective_date_as_cited_by_source"}
	err := readCSV(fsys, FileChanges, want, func(r *record) error {
		var c Change
		var t *Table
		var width int
		switch r.get("level") {
		case "province":
			c.Level, t, width = 1, &d.Provinces2025, 2
		case "commune":
			c.Level, t, width = 3, &d.Communes2025, 5
		default:
			return r.fail("level", "want province or commune")
		}
		var err error
		if c.Code, err = r.code("code", width); err != nil {
			return err
		}
		i := t.Search(c.Code)
		if i < 0 {
			return r.fail("code", "no such unit in the 2025 list")
		}
		if r.get("before_full_name") != t.Full(&t.Units[i]) {
			return r.fail("before_full_name", "the 2025 list says %q", t.Full(&t.Units[i]))
		}
		name := t.Name(&t.Units[i])
		c.Full = r.get("after_full_name")
		if !strings.HasSuffix(c.Full, " "+name) || len(c.Full) > 255 {
			return r.fail("after_full_name", "want a new unit word before the same name %q", name)
		}
		c.NameAt = uint8(len(c.Full) - len(name))
		if c.Type = TypeOf(r.get("after_unit_type")); c.Type == 0 {
			return r.fail("after_unit_type", "unknown unit type")
		}
		day, err := time.Parse(time.DateOnly, r.get("effective_date_as_cited_by_source"))
		if err != nil || day.Year() < 2025 {
			return r.fail("effective_date_as_cited_by_source", "want a date YYYY-MM-DD after the reform")
		}
		c.Effective = uint32(day.Year()*10000 + int(day.Month())*100 + day.Day())
		if c.Effective <= Reform {
			return r.fail("effective_date_as_cited_by_source", "want a date after the reform")
		}
		d.LatestEffective = max(d.LatestEffective, c.Effective)
		c.Basis = r.get("legal_basis_as_cited_by_source")
		d.Changes = append(d.Changes, c)
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortStableFunc(d.Changes, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.Effective, b.Effective), cmp.Compare(a.Level, b.Level), cmp.Compare(a.Code, b.Code))
	})
	return nil
}
