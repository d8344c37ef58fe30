package tab

import (
	"cmp"
	"errors"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// FileOrigins lists the district-level units formed from others since
// 1997, each with the district it was formed from, written from the
// decrees its SOURCES.md cites. It is optional: a data folder without it
// has no origins.
const FileOrigins = "supplement/district_origins.csv"

// Origin says that District was formed, in whole or in part, from the
// communes of Parent by the decree Basis.
type Origin struct {
	Province uint8
	// District is the district of the 1/3/2025 list that was formed.
	District uint32
	// Parent is the district it was formed from, as it stood before the
	// decree; 0 when it is in no list the data holds (then ParentFull
	// names it).
	Parent     uint32
	Signed     uint32 // yyyymmdd the decree was signed
	Effective  uint32 // yyyymmdd the new district began, 0 when the sources give none
	ParentFull string // "Huyện Từ Liêm"
	Basis      string // "130/2003/NĐ-CP"
	// Divided are the communes of District named after a commune of
	// Parent that the decree divided between the two (the part left in
	// Parent kept the name), sorted.
	Divided []uint32
}

func loadOrigins(fsys fs.FS, d *Data) error {
	want := []string{"province_code", "district_code", "district_full_name", "parent_code", "parent_full_name",
		"legal_basis", "signed", "effective_date", "divided_codes", "source"}
	err := readCSV(fsys, FileOrigins, want, func(r *record) error {
		var o Origin
		p, err := r.codeIn("province_code", 2, &d.ProvincesPre, "province in "+FileProvincesPre)
		if err != nil {
			return err
		}
		o.Province = uint8(p)
		if o.District, err = r.district(d, "district_code", "district_full_name", p); err != nil {
			return err
		}
		if r.get("parent_code") != "" {
			if o.Parent, err = r.district(d, "parent_code", "parent_full_name", p); err != nil {
				return err
			}
		}
		if o.ParentFull = r.get("parent_full_name"); o.ParentFull == "" {
			return r.fail("parent_full_name", "want the parent's full name")
		}
		if o.Basis = r.get("legal_basis"); o.Basis == "" {
			return r.fail("legal_basis", "want the decree")
		}
		if o.Signed, err = r.day("signed", false); err != nil {
			return err
		}
		if o.Effective, err = r.day("effective_date", true); err != nil {
			return err
		}
		if o.Effective != 0 && o.Effective < o.Signed {
			return r.fail("effective_date", "before signed")
		}
		for f := range strings.FieldsSeq(r.get("divided_codes")) {
			c, err := strconv.ParseUint(f, 10, 32)
			i := d.CommunesPre.Search(uint32(c))
			if err != nil || len(f) != 5 || i < 0 || d.CommunesPre.Units[i].Parent() != o.District {
				return r.fail("divided_codes", "want communes of district %03d, 5 digits each", o.District)
			}
			o.Divided = append(o.Divided, uint32(c))
		}
		slices.Sort(o.Divided)
		if r.get("source") == "" {
			return r.fail("source", "want the source's id in SOURCES.md")
		}
		d.Origins = append(d.Origins, o)
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	slices.SortFunc(d.Origins, func(a, b Origin) int {
		return cmp.Or(cmp.Compare(a.Parent, b.Parent), cmp.Compare(a.District, b.District), cmp.Compare(a.Signed, b.Signed))
	})
	return err
}

// district parses the district code of field, which must be a district
// of DistrictsPre in province p whose full name is nameField's.
func (r *record) district(d *Data, field, nameField string, p uint32) (uint32, error) {
	return r.unitIn(&d.DistrictsPre, 3, "district", FileDistrictsPre, field, nameField, p)
}

// unitIn parses the code of field, width digits, which must be a unit of
// t (of file, a kind of unit) in province p whose full name is
// nameField's.
func (r *record) unitIn(t *Table, width int, kind, file, field, nameField string, p uint32) (uint32, error) {
	n, err := r.codeIn(field, width, t, kind+" in "+file)
	if err != nil {
		return 0, err
	}
	u := &t.Units[t.Search(n)]
	if u.Province() != p {
		return 0, r.fail(field, "not in province %02d", p)
	}
	if t.Full(u) != r.get(nameField) {
		return 0, r.fail(nameField, "want %q, the full name of %s %0*d", t.Full(u), kind, width, n)
	}
	return n, nil
}
