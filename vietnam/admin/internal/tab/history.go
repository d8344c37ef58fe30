package tab

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"
)

// FileHistory is the list of changes between 2019 and 1/3/2025, in its own
// folder with its SOURCES.md. It is optional: a data folder without it
// (a small test fixture) has no history.
const FileHistory = "history/changes_2019_2025.csv"

// HistoryFiles lists the files of the history folder, for the test that
// the repository's copy is the shared one.
var HistoryFiles = []string{"history/SOURCES.md", FileHistory, "history/disagreements.csv"}

// Change kinds of the history file, as bits of Former.Kinds. The file
// joins several with "|" ("type_changed|renamed").
const (
	HistMerged    = 1 << iota // merged_into, district_merged
	HistSplit                 // district_dissolved_split
	HistRecoded               // recoded: the same name under a new code
	HistAbolished             // abolished_target_unknown: no known successor
	HistRenamed               // renamed, district_renamed, province_renamed
	HistRetyped               // type_changed, district_type_changed, province_type_changed
	HistMoved                 // moved_district
	HistRespelled             // respelled, district_respelled
)

// histKinds maps the history file's kind words to the bits above.
var histKinds = map[string]uint16{
	"merged_into": HistMerged, "district_merged": HistMerged,
	"district_dissolved_split": HistSplit,
	"recoded":                  HistRecoded,
	"abolished_target_unknown": HistAbolished,
	"renamed":                  HistRenamed, "district_renamed": HistRenamed, "province_renamed": HistRenamed,
	"type_changed": HistRetyped, "district_type_changed": HistRetyped, "province_type_changed": HistRetyped,
	"moved_district": HistMoved,
	"respelled":      HistRespelled, "district_respelled": HistRespelled,
}

// Former is one earlier state of a unit, seen between 2019 and 1/3/2025:
// its code, full name and place then, how it changed, the unit of the
// 1/3/2025 list that continues it, and when the change happened, exact
// or bounded by two observations.
type Former struct {
	Code      uint32 // the code it had
	Level     uint8  // 1 province, 2 district, 3 commune (as admin.Level)
	Type      uint8  // indexes TypeKeys, read from the type word of Full
	NameAt    uint8  // where the name starts in Full
	Province  uint8  // the province it was in
	Kinds     uint16 // Hist bits
	District  uint32 // the district a commune was in (possibly a former one); 0 otherwise
	New       uint32 // the unit of the 1/3/2025 list continuing it, same level; 0 when unknown
	Effective uint32 // yyyymmdd the change took effect, 0 when the sources give none
	LastSeen  uint32 // yyyymmdd of the last snapshot that shows this state
	GoneBy    uint32 // yyyymmdd of the first snapshot that no longer does
	Full      string // "Phường Nguyễn Trãi"
	Basis     string // legal basis as the source cites it, "" when none
}

// formerTypes are the type words an old full name starts with, longest
// first, with the type they mean at each level (0: not at that level).
var formerTypes = [...]struct {
	word                    string
	province, district, cmn uint8
}{
	{"Thành phố", 2, 6, 0},
	{"Thị trấn", 0, 0, 10},
	{"Thị xã", 0, 5, 0},
	{"Tỉnh", 1, 0, 0},
	{"Quận", 0, 3, 0},
	{"Huyện", 0, 4, 0},
	{"Xã", 0, 0, 8},
	{"Phường", 0, 0, 9},
}

func loadHistory(fsys fs.FS, d *Data) error {
	want := []string{"level", "old_code", "old_full_name", "old_district_code", "province_code", "kind",
		"new_code", "effective_date", "legal_basis", "observed_last", "observed_gone"}
	err := readCSV(fsys, FileHistory, want, func(r *record) error {
		f, ok, err := parseFormer(r, d)
		if ok {
			d.Formers = append(d.Formers, f)
		}
		return err
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// preTable returns the table of the 1/3/2025 list at level (1 province,
// 2 district, 3 commune) and the width of its codes.
func (d *Data) preTable(level uint8) (*Table, int) {
	switch level {
	case 1:
		return &d.ProvincesPre, 2
	case 2:
		return &d.DistrictsPre, 3
	}
	return &d.CommunesPre, 5
}

// parseFormer reads one row of the history's columns; ok is false for a
// row that names no unit (an island district's communes without a code).
func parseFormer(r *record, d *Data) (f Former, ok bool, err error) {
	switch r.get("level") {
	case "province":
		f.Level = 1
	case "district":
		f.Level = 2
	case "commune":
		f.Level = 3
	default:
		return f, false, r.fail("level", "want province, district or commune")
	}
	target, width := d.preTable(f.Level)
	if r.get("old_code") == "" && r.get("old_full_name") == "" {
		// Units without a code (the communes of an island district
		// that were abolished): nothing an address can name.
		return f, false, nil
	}
	if f.Code, err = r.code("old_code", width); err != nil {
		return f, false, err
	}
	p, err := r.codeIn("province_code", 2, &d.ProvincesPre, "province in "+FileProvincesPre)
	if err != nil {
		return f, false, err
	}
	f.Province = uint8(p)
	f.Full = r.get("old_full_name")
	for _, t := range formerTypes {
		typ := [4]uint8{0, t.province, t.district, t.cmn}[f.Level]
		if typ != 0 && strings.HasPrefix(f.Full, t.word+" ") {
			f.Type, f.NameAt = typ, uint8(len(t.word)+1)
			break
		}
	}
	if f.Type == 0 || len(f.Full) > 255 || len(f.Full) == int(f.NameAt) {
		return f, false, r.fail("old_full_name", "want a type word of a %s and a name, at most 255 bytes", r.get("level"))
	}
	// A "Thành phố" inside a centrally-run city is a municipal city
	// (Thủ Đức).
	if f.Type == 6 {
		if pu := &d.ProvincesPre.Units[d.ProvincesPre.Search(p)]; pu.Type() == 2 {
			f.Type = 7
		}
	}
	for k := range strings.SplitSeq(r.get("kind"), "|") {
		bit, ok := histKinds[k]
		if !ok {
			return f, false, r.fail("kind", "unknown kind %q", k)
		}
		f.Kinds |= bit
	}
	if f.Level == 3 {
		if f.District, err = r.code("old_district_code", 3); err != nil {
			return f, false, err
		}
	}
	if s := r.get("new_code"); s != "" || f.Kinds&HistAbolished == 0 {
		if f.New, err = r.codeIn("new_code", width, target, "unit in the 1/3/2025 list"); err != nil {
			return f, false, err
		}
	}
	if f.Effective, err = r.day("effective_date", true); err != nil {
		return f, false, err
	}
	if f.LastSeen, err = r.observed("observed_last"); err != nil {
		return f, false, err
	}
	if f.GoneBy, err = r.observed("observed_gone"); err != nil {
		return f, false, err
	}
	if f.GoneBy < f.LastSeen {
		return f, false, r.fail("observed_gone", "before observed_last")
	}
	f.Basis = r.get("legal_basis")
	return f, true, nil
}

// finishFormers checks that a commune's district is a district of the
// 1/3/2025 list or one of the former districts, and sorts the formers.
func finishFormers(d *Data) error {
	for i := range d.Formers {
		f := &d.Formers[i]
		if f.Level == 3 && d.DistrictsPre.Search(f.District) < 0 &&
			!slices.ContainsFunc(d.Formers, func(g Former) bool { return g.Level == 2 && g.Code == f.District }) {
			return &Error{File: FileHistory, Err: fmt.Errorf("commune %05d: district %03d is neither in %s nor a former district", f.Code, f.District, FileDistrictsPre)}
		}
	}
	slices.SortStableFunc(d.Formers, func(a, b Former) int {
		return cmp.Or(cmp.Compare(a.Level, b.Level), cmp.Compare(a.Code, b.Code), cmp.Compare(a.LastSeen, b.LastSeen))
	})
	return nil
}

// day parses a yyyy-mm-dd field into yyyymmdd; an empty field is 0 when
// optional.
func (r *record) day(field string, optional bool) (uint32, error) {
	s := r.get(field)
	if s == "" && optional {
		return 0, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, r.fail(field, "want a date YYYY-MM-DD")
	}
	return uint32(t.Year()*10000 + int(t.Month())*100 + t.Day()), nil
}

// observed parses "SRC:commit@yyyy-mm-dd" into the date.
func (r *record) observed(field string) (uint32, error) {
	s := r.get(field)
	at := strings.LastIndexByte(s, '@')
	if at < 0 || strings.IndexByte(s[:at], ':') <= 0 {
		return 0, r.fail(field, "want SOURCE:commit@YYYY-MM-DD")
	}
	t, err := time.Parse(time.DateOnly, s[at+1:])
	if err != nil {
		return 0, r.fail(field, "want SOURCE:commit@YYYY-MM-DD")
	}
	return uint32(t.Year()*10000 + int(t.Month())*100 + t.Day()), nil
}
