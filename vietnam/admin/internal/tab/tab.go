// Package tab holds the layout of the administrative-unit tables that package
// admin embeds, the loader that reads them from the source CSV files, and the
// emitter that writes them as Go source. The generator (admin/gen.go), the
// agreement test and admin.LoadDataset all go through Load, so that the
// embedded tables and a dataset read at run time cannot drift apart.
package tab

import "strings"

// Unit is one administrative unit in 16 bytes: code, parent, offset of the
// full name in the Text of its Table, and a word packing province code,
// name lengths and type. An array rather than a struct lets the generated
// tables be plain constant literals ({25966, 79, 1234, 0x09070c4f}) that
// the linker lays out as data, with no code run at init.
type Unit [4]uint32

// NewUnit packs the fields of a Unit.
func NewUnit(code, parent, off uint32, province, length, nameAt, typ uint8) Unit {
	return Unit{code, parent, off, uint32(province) | uint32(length)<<8 | uint32(nameAt)<<16 | uint32(typ)<<24}
}

// Code is the official code as a number ("00004" is 4).
func (u *Unit) Code() uint32 { return u[0] }

// Parent is the district of a pre-2025 commune, the province of a district
// or a 2025 commune, and 0 for a province.
func (u *Unit) Parent() uint32 { return u[1] }

// Province is the code of the province the unit is in (itself for a province).
func (u *Unit) Province() uint32 { return u[3] & 0xff }

// NameAt is where the bare name starts in the full name: len(Full) less
// len(Name).
func (u *Unit) NameAt() uint8 { return uint8(u[3] >> 16) }

// Type indexes TypeKeys.
func (u *Unit) Type() uint8 { return uint8(u[3] >> 24) }

func (u *Unit) setOff(off uint32) { u[2] = off }

func (u *Unit) span() (off, nameAt, end uint32) {
	return u[2], u[2] + (u[3]>>16)&0xff, u[2] + (u[3]>>8)&0xff
}

// Table is the units of one level in one era, sorted by code.
type Table struct {
	Units []Unit
	Text  string
}

// Full returns the full name of u ("Phường Lái Thiêu").
func (t *Table) Full(u *Unit) string {
	off, _, end := u.span()
	return t.Text[off:end]
}

// Name returns the bare name of u ("Lái Thiêu").
func (t *Table) Name(u *Unit) string {
	_, at, end := u.span()
	return t.Text[at:end]
}

// Search returns the index of the unit with the given code, or -1.
func (t *Table) Search(code uint32) int {
	lo, hi := 0, len(t.Units)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.Units[m][0] < code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.Units) && t.Units[lo][0] == code {
		return lo
	}
	return -1
}

// TypeKeys are the source's unit_type values; a Unit's Type indexes it, and
// package admin's Type constants follow the same order.
var TypeKeys = [...]string{
	"",
	"tinh",
	"thanh_pho_truc_thuoc_trung_uong",
	"quan",
	"huyen",
	"thi_xa",
	"thanh_pho_thuoc_tinh",
	"thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong",
	"xa",
	"phuong",
	"thi_tran",
	"dac_khu",
}

// TypeOf returns the index of a unit_type key, or 0.
func TypeOf(key string) uint8 {
	for i, k := range TypeKeys {
		if k == key && i > 0 {
			return uint8(i)
		}
	}
	return 0
}

// Link kinds, from the kind column of commune_mapping_2025.csv.
const (
	KindWhole         = 1 // whole
	KindPartial       = 2 // partial
	KindUnchanged     = 3 // unchanged
	KindWholeDistrict = 4 // whole_district: an island district became an đặc khu
	KindUncodedArea   = 5 // area_without_code: the Kim Sơn coastal area
)

// KindKeys are the source's kind values, indexed by the constants above.
var KindKeys = [...]string{"", "whole", "partial", "unchanged", "whole_district", "area_without_code"}

// Link is one (old unit, new commune) pair of the official conversion
// table: the old code, then the new code (bits 0–19), kind (20–23) and
// note index (24–31) packed in one word.
type Link [2]uint32

// NewLink packs the fields of a Link.
func NewLink(old, new uint32, kind, note uint8) Link {
	return Link{old, new | uint32(kind)<<20 | uint32(note)<<24}
}

// Old is the old commune code, or the old district code for
// KindWholeDistrict and KindUncodedArea.
func (l Link) Old() uint32 { return l[0] }

// New is the new commune code.
func (l Link) New() uint32 { return l[1] & 0xfffff }

// Kind is one of the Kind constants.
func (l Link) Kind() uint8 { return uint8(l[1]>>20) & 0xf }

// Note indexes Data.Notes.
func (l Link) Note() uint8 { return uint8(l[1] >> 24) }

// ProvinceLink is one row of province_mapping_2025.csv.
type ProvinceLink struct {
	Old, New uint8
	Merged   bool
}

// Change is a later change to a 2025 unit, effective from a date; the code
// stays, the type and full name change.
type Change struct {
	Code      uint32
	Level     uint8 // 1 province, 3 commune (as admin.Level)
	Type      uint8
	NameAt    uint8
	Effective uint32 // yyyymmdd
	Full      string
	Basis     string // legal basis as the source cites it
}

// Data is everything package admin embeds.
type Data struct {
	Provinces2025   Table
	Communes2025    Table
	ProvincesPre    Table
	DistrictsPre    Table
	CommunesPre     Table
	Notes           []string       // the NSO notes, verbatim, deduplicated
	CommuneLinks    []Link         // sorted by Old, then New
	DistrictLinks   []Link         // island districts and the uncoded area, sorted by Old, then New
	ProvinceLinks   []ProvinceLink // sorted by Old
	Changes         []Change       // sorted by Effective, then Level, then Code
	Formers         []Former       // earlier states 2019–1/3/2025, sorted by Level, Code, then LastSeen
	Spellings       []Spelling     // the conversion table's other spellings of pre-2025 communes, sorted by Code, then Name
	Origins         []Origin       // districts formed from others since 1997, sorted by Parent, then District
	LatestEffective uint32         // yyyymmdd of the newest state the data describes
}

// Spelling is another spelling of a pre-2025 commune's name: the name the
// official conversion table (commune_mapping_2025.csv, old_commune_name)
// writes for the commune where it differs from communes_pre2025.csv's
// ("Cư Yang" for 24409 Xã Cư Jang, "Kim Trung" for 12664 Xã Kim Chung).
// Addresses are written with either.
type Spelling struct {
	Code uint32 // the commune in CommunesPre
	Name string // the name without its type word
}

// builder packs full names into one string, sharing repeated names.
type builder struct {
	sb   strings.Builder
	seen map[string]uint32
}

func (b *builder) add(full string) uint32 {
	if off, ok := b.seen[full]; ok {
		return off
	}
	if b.seen == nil {
		b.seen = make(map[string]uint32)
	}
	off := uint32(b.sb.Len())
	b.sb.WriteString(full)
	b.seen[full] = off
	return off
}
