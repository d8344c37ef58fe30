package tab

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
)

// FileSuccessors gives communes that FileHistory lists with no known
// successor the one a resolution names, or the several it divided them
// among. It is optional.
const FileSuccessors = "supplement/successors.csv"

// Successor kinds of FileSuccessors: the commune went whole into one
// commune, or was divided among several, one row for each.
const (
	succMerged = "merged_into"
	succSplit  = "dissolved_split"
)

// loadSuccessors sets, for each row of FileSuccessors, the successor of
// the former commune it names, which must be one of d.Formers with
// HistAbolished and no successor: its kind becomes HistMerged (kind
// merged_into) or HistSplit (dissolved_split), with the row's basis and
// date. A commune divided among several has a row for each; the second
// and later add a copy of the state with that successor, right after the
// first, so that the state leads to every part. A split with one part, or
// a merger with two, is refused.
func loadSuccessors(fsys fs.FS, d *Data) error {
	want := []string{"old_code", "old_full_name", "province_code", "kind", "new_code", "new_full_name", "legal_basis", "effective_date", "source"}
	type split struct{ parts, row int } // a split's rows so far, and its first
	splits := map[uint32]*split{}       // by old code
	err := readCSV(fsys, FileSuccessors, want, func(r *record) error {
		old, err := r.code("old_code", 5)
		if err != nil {
			return err
		}
		p, err := r.code("province_code", 2)
		if err != nil {
			return err
		}
		var kind uint16
		switch r.get("kind") {
		case succMerged:
			kind = HistMerged
		case succSplit:
			kind = HistSplit
		default:
			return r.fail("kind", "want %s or %s", succMerged, succSplit)
		}
		same := func(g *Former) bool {
			return g.Level == 3 && g.Code == old && uint32(g.Province) == p && g.Full == r.get("old_full_name")
		}
		i := slices.IndexFunc(d.Formers, func(g Former) bool { return same(&g) && g.Kinds&HistAbolished != 0 && g.New == 0 })
		var part int // the index of an earlier part of the same split, or -1
		if i < 0 {
			part = slices.IndexFunc(d.Formers, func(g Former) bool { return same(&g) && splits[old] != nil })
			if part < 0 || kind != HistSplit {
				return r.fail("old_code", "no commune %q of province %02d with no successor in %s", r.get("old_full_name"), p, FileHistory)
			}
		}
		n, err := r.unitIn(&d.CommunesPre, 5, "commune", FileCommunesPre, "new_code", "new_full_name", p)
		if err != nil {
			return err
		}
		if r.get("legal_basis") == "" || r.get("source") == "" {
			return r.fail("legal_basis", "want the resolution and the source's id in SOURCES.md")
		}
		eff, err := r.day("effective_date", false)
		if err != nil {
			return err
		}
		if i < 0 {
			g := d.Formers[part]
			if g.Kinds&HistSplit == 0 || g.Basis != r.get("legal_basis") || g.Effective != eff || slices.ContainsFunc(d.Formers, func(h Former) bool { return same(&h) && h.New == n }) {
				return r.fail("new_code", "a part of the split of %05d with another basis or date, or twice", old)
			}
			g.New = n
			d.Formers = slices.Insert(d.Formers, part+splits[old].parts, g)
		} else {
			f := &d.Formers[i]
			f.New, f.Kinds, f.Basis, f.Effective = n, f.Kinds&^HistAbolished|kind, r.get("legal_basis"), eff
		}
		if kind == HistSplit {
			if splits[old] == nil {
				splits[old] = &split{row: r.row}
			}
			splits[old].parts++
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for old, s := range splits {
		if s.parts < 2 {
			return &Error{File: FileSuccessors, Row: s.row, Field: "kind", Value: succSplit,
				Err: fmt.Errorf("commune %05d divided into one part: want %s", old, succMerged)}
		}
	}
	return nil
}
