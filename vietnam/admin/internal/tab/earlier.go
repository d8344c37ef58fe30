package tab

import (
	"errors"
	"io/fs"
	"slices"
)

// FileEarlierStates lists states of units that the statistics office's
// list of 2017 shows and its list of 2020 no longer does, which
// FileHistory lacks: a code that vanished later is recorded there in its
// last state only, so the name it had before a merger of 2019–2020 kept
// it (Xã Kim Lộc, code 18424, then Xã Kim Song Trường) was lost; and
// names changed before 2019 that lists of addresses still write (Huyện
// Tân Thành, Thị xã Phú Mỹ since 2018). It is optional.
const FileEarlierStates = "supplement/earlier_states.csv"

// loadEarlierStates adds the rows of FileEarlierStates to d.Formers. A
// row has the history's columns, with the full name of new_code, which
// must be the unit's in the 1/3/2025 list, and the source's id; it must
// not repeat a state the history or the list holds, nor a spelling of the
// conversion table (read as the unit itself, not as a former one).
func loadEarlierStates(fsys fs.FS, d *Data) error {
	want := []string{"level", "old_code", "old_full_name", "old_district_code", "province_code", "kind",
		"new_code", "new_full_name", "effective_date", "legal_basis", "observed_last", "observed_gone", "source"}
	err := readCSV(fsys, FileEarlierStates, want, func(r *record) error {
		f, ok, err := parseFormer(r, d)
		if err != nil {
			return err
		}
		if !ok {
			return r.fail("old_code", "want a code and a full name")
		}
		t, width := d.preTable(f.Level)
		if _, err := r.unitIn(t, width, r.get("level"), "the 1/3/2025 list", "new_code", "new_full_name", uint32(f.Province)); err != nil {
			return err
		}
		if r.get("source") == "" {
			return r.fail("source", "want the source's id in SOURCES.md")
		}
		if i := t.Search(f.Code); i >= 0 && t.Full(&t.Units[i]) == f.Full {
			return r.fail("old_full_name", "the unit's name in the 1/3/2025 list, not an earlier state")
		}
		if f.Level == 3 && slices.Contains(d.Spellings, Spelling{Code: f.Code, Name: f.Full[f.NameAt:]}) {
			return r.fail("old_full_name", "a spelling the conversion table gives the unit, not an earlier state")
		}
		if slices.ContainsFunc(d.Formers, func(g Former) bool { return g.Level == f.Level && g.Code == f.Code && g.Full == f.Full }) {
			return r.fail("old_full_name", "a state the history holds already")
		}
		d.Formers = append(d.Formers, f)
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
