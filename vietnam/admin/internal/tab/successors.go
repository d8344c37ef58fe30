package tab

import (
	"errors"
	"io/fs"
)

// FileSuccessors gives communes that FileHistory lists with no known
// successor the one a resolution names. It is optional.
const FileSuccessors = "supplement/successors.csv"

// loadSuccessors sets, for each row of FileSuccessors, the successor of
// the former commune it names, which must be one of d.Formers with
// HistAbolished and no successor: its kind becomes HistMerged, with the
// row's basis and date.
func loadSuccessors(fsys fs.FS, d *Data) error {
	want := []string{"old_code", "old_full_name", "province_code", "new_code", "new_full_name", "legal_basis", "effective_date", "source"}
	err := readCSV(fsys, FileSuccessors, want, func(r *record) error {
		old, err := r.code("old_code", 5)
		if err != nil {
			return err
		}
		p, err := r.code("province_code", 2)
		if err != nil {
			return err
		}
		var f *Former
		for i := range d.Formers {
			g := &d.Formers[i]
			if g.Level == 3 && g.Code == old && g.Kinds&HistAbolished != 0 && g.New == 0 && uint32(g.Province) == p && g.Full == r.get("old_full_name") {
				f = g
				break
			}
		}
		if f == nil {
			return r.fail("old_code", "no commune %q of province %02d with no successor in %s", r.get("old_full_name"), p, FileHistory)
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
		f.New, f.Kinds, f.Basis, f.Effective = n, f.Kinds&^HistAbolished|HistMerged, r.get("legal_basis"), eff
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
