package tab

import (
	"errors"
	"io/fs"
	"strings"
)

// FileResolutions gives, for resolutions that FileHistory names as the
// basis of rows it could not date, the day each took effect. It is
// optional.
const FileResolutions = "supplement/resolutions.csv"

// loadResolutions dates the formers whose basis names a resolution of
// FileResolutions, of its province, with no date of their own, when the
// day it took effect lies in the interval the snapshots bound (after
// LastSeen, not after GoneBy): the history took the basis from a source
// that cites the resolution, and a day outside the interval would say
// that the change was another's. A row that dates no former is refused.
func loadResolutions(fsys fs.FS, d *Data) error {
	want := []string{"number", "province_code", "signed", "effective_date", "source"}
	err := readCSV(fsys, FileResolutions, want, func(r *record) error {
		num := r.get("number")
		digits, kind, ok := strings.Cut(num, "/")
		if !ok || digits == "" || strings.Trim(digits, "0123456789") != "" || !strings.HasPrefix(kind, "NQ-UBTVQH1") {
			return r.fail("number", "want a resolution of the Standing Committee, N/NQ-UBTVQH14 or N/NQ-UBTVQH15")
		}
		p, err := r.code("province_code", 2)
		if err != nil {
			return err
		}
		signed, err := r.day("signed", true)
		if err != nil {
			return err
		}
		eff, err := r.day("effective_date", false)
		if err != nil {
			return err
		}
		if eff < signed {
			return r.fail("effective_date", "before signed")
		}
		if r.get("source") == "" {
			return r.fail("source", "want the source's id in SOURCES.md")
		}
		dated := 0
		for i := range d.Formers {
			f := &d.Formers[i]
			if f.Effective == 0 && uint32(f.Province) == p && namesResolution(f.Basis, num) && f.LastSeen < eff && eff <= f.GoneBy {
				f.Effective = eff
				dated++
			}
		}
		if dated == 0 {
			return r.fail("number", "dates no row of %s of province %02d", FileHistory, p)
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// namesResolution reports whether basis begins with the resolution num
// ("1243/NQ-UBTVQH15"). The history writes the number as its source
// cites it, at times without the term ("1243/NQ-UBTVQH (cited by …)"),
// which then matches either term.
func namesResolution(basis, num string) bool {
	i := strings.Index(num, "NQ-UBTVQH") + len("NQ-UBTVQH")
	rest, ok := strings.CutPrefix(basis, num[:i])
	if !ok {
		return false
	}
	return strings.HasPrefix(rest, num[i:]) || rest == "" || rest[0] < '0' || rest[0] > '9'
}
