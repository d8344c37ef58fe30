package admin

import (
	"github.com/hocvuso/hocvuso/vietnam"
)

// Type is the kind of a unit: tỉnh, quận, xã, phường and so on. The
// constants follow the official classification; their order is the order
// of the source data's unit_type column.
//
// The zero Type is TypeUnknown.
type Type uint8

const (
	TypeUnknown        Type = iota
	TypeProvince            // Tỉnh
	TypeCentralCity         // Thành phố trực thuộc trung ương
	TypeUrbanDistrict       // Quận (EraPre2025)
	TypeRuralDistrict       // Huyện (EraPre2025)
	TypeTown                // Thị xã (EraPre2025)
	TypeProvincialCity      // Thành phố thuộc tỉnh (EraPre2025)
	TypeMunicipalCity       // Thành phố thuộc thành phố trực thuộc trung ương (EraPre2025)
	TypeCommune             // Xã
	TypeWard                // Phường
	TypeTownship            // Thị trấn (EraPre2025)
	TypeSpecialZone         // Đặc khu (Era2025)
	typeCount
)

var typeNames = [typeCount]struct{ vi, en, word, key string }{
	{"", "unknown", "", ""},
	{"Tỉnh", "province", "Tỉnh", "tinh"},
	{"Thành phố trực thuộc trung ương", "centrally-run city", "Thành phố", "thanh_pho_truc_thuoc_trung_uong"},
	{"Quận", "urban district", "Quận", "quan"},
	{"Huyện", "rural district", "Huyện", "huyen"},
	{"Thị xã", "district-level town", "Thị xã", "thi_xa"},
	{"Thành phố thuộc tỉnh", "provincial city", "Thành phố", "thanh_pho_thuoc_tinh"},
	{"Thành phố thuộc thành phố trực thuộc trung ương", "municipal city", "Thành phố", "thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong"},
	{"Xã", "commune", "Xã", "xa"},
	{"Phường", "ward", "Phường", "phuong"},
	{"Thị trấn", "township", "Thị trấn", "thi_tran"},
	{"Đặc khu", "special zone", "Đặc khu", "dac_khu"},
}

func (t Type) names() (vi, en, word, key string) {
	if t >= typeCount {
		t = TypeUnknown
	}
	n := typeNames[t]
	return n.vi, n.en, n.word, n.key
}

// Label returns the name of the type in l: the official Vietnamese name
// ("Thành phố thuộc tỉnh", "" for TypeUnknown), or a descriptive English
// one ("provincial city", "unknown" for TypeUnknown); "Type(N)" for a
// value out of range.
func (t Type) Label(l vietnam.Lang) string { return typeText().Label(uint8(t), l) }

// Word returns the word that starts a full name of this type: "Thành phố"
// for the three kinds of city, the Vietnamese label for the others.
func (t Type) Word() string { _, _, w, _ := t.names(); return w }

// Key returns the type's identifier in the source data ("thanh_pho_thuoc_tinh").
func (t Type) Key() string { _, _, _, k := t.names(); return k }

// String returns EN().
func (t Type) String() string { return t.Label(vietnam.English) }

// Level returns the level a unit of this type sits at.
func (t Type) Level() Level {
	switch t {
	case TypeProvince, TypeCentralCity:
		return LevelProvince
	case TypeUrbanDistrict, TypeRuralDistrict, TypeTown, TypeProvincialCity, TypeMunicipalCity:
		return LevelDistrict
	case TypeCommune, TypeWard, TypeTownship, TypeSpecialZone:
		return LevelCommune
	}
	return LevelUnknown
}

// Unit is an administrative unit as it stands in one Directory: its code,
// names, type and place in the hierarchy. It is a small comparable value;
// its strings share the embedded tables, so copying a Unit costs nothing.
//
// The zero Unit is "no unit": IsZero reports it, and its methods return
// zero values.
type Unit struct {
	code     Code
	parent   Code
	province Code
	full     string
	nameAt   uint8
	typ      Type
}

// Code returns the unit's era-qualified code.
func (u Unit) Code() Code { return u.code }

// Name returns the name without the type word: "Lái Thiêu", "Hồ Chí Minh".
func (u Unit) Name() string { return u.full[u.nameAt:] }

// FullName returns the official full name: "Phường Lái Thiêu", "Thành phố
// Hồ Chí Minh".
func (u Unit) FullName() string { return u.full }

// Type returns the unit's type.
func (u Unit) Type() Type { return u.typ }

// Level returns the unit's level.
func (u Unit) Level() Level { return u.code.level }

// Era returns the era the unit belongs to.
func (u Unit) Era() Era { return u.code.era }

// Parent returns the code of the unit directly above: the district of a
// pre-2025 commune, the province of a district or of a 2025 commune, and
// the zero Code for a province.
func (u Unit) Parent() Code { return u.parent }

// Province returns the code of the province the unit is in; a province's
// own code for a province.
func (u Unit) Province() Code { return u.province }

// District returns the code of the district of a pre-2025 commune, a
// district's own code, and the zero Code otherwise.
func (u Unit) District() Code {
	switch {
	case u.code.level == LevelDistrict:
		return u.code
	case u.parent.level == LevelDistrict:
		return u.parent
	}
	return Code{}
}

// Equal reports whether u and o are the same unit in the same state (a
// unit whose type changed later differs from its earlier self); u == o
// says the same. It lets go-cmp compare values holding a Unit.
func (u Unit) Equal(o Unit) bool { return u == o }

// IsZero reports whether u is the zero Unit.
func (u Unit) IsZero() bool { return u == Unit{} }

// String returns "FullName (code)", such as "Phường Lái Thiêu (25966)".
func (u Unit) String() string {
	if u.IsZero() {
		return ""
	}
	return u.full + " (" + u.code.String() + ")"
}
