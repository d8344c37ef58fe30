package org

import (
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// Kind says what a unit is: a level of the Youth Union, a volunteer
// formation, or an administrative unit. The built-in kinds are constants;
// any other code of lower-case ASCII letters, digits, '_' and '-' (starting
// with a letter, at most 64 bytes) is a caller's own kind, so a province can
// write Kind("clb_tin_hoc") for its computer clubs without registering it
// anywhere. A Kind is its code, which is also its form in CSV and JSON.
//
// The zero Kind, KindUnknown, means the kind was not given.
type Kind string

// The built-in kinds. Their codes are stable: they are what files store.
const (
	KindUnknown Kind = ""

	// Youth Union (Đoàn TNCS Hồ Chí Minh), top to bottom.
	KindCentralUnion    Kind = "trung_uong_doan" // Trung ương Đoàn
	KindProvinceUnion   Kind = "tinh_doan"       // Tỉnh đoàn / Thành đoàn
	KindDistrictUnion   Kind = "huyen_doan"      // Huyện/Quận/Thị/Thành đoàn of a district; ended 30/6/2025
	KindCommuneUnion    Kind = "doan_xa"         // Đoàn xã / phường / đặc khu
	KindGrassrootsUnion Kind = "doan_co_so"      // Đoàn cơ sở (several branches)
	KindBranch          Kind = "chi_doan"        // Chi đoàn, the basic cell

	// Sister organisation.
	KindYouthFederation Kind = "hoi_lhtn" // Hội Liên hiệp Thanh niên Việt Nam, at any level

	// Volunteer and community formations.
	KindVolunteerTeam        Kind = "doi_tinh_nguyen"  // Đội thanh niên tình nguyện
	KindVolunteerSquad       Kind = "to_tinh_nguyen"   // Tổ thanh niên tình nguyện
	KindVolunteerGroup       Kind = "nhom_tinh_nguyen" // Nhóm thanh niên tình nguyện
	KindLiteracyTeam         Kind = "doi_hinh_bdhvs"   // Đội hình "Bình dân học vụ số"
	KindCommunityDigitalTeam Kind = "to_cong_nghe_so"  // Tổ công nghệ số cộng đồng, one per hamlet

	// Administrative units (the government tree).
	KindProvince Kind = "tinh"  // tỉnh, thành phố trực thuộc trung ương
	KindDistrict Kind = "huyen" // huyện, quận, thị xã, thành phố thuộc tỉnh; abolished 1/7/2025
	KindCommune  Kind = "xa"    // xã, phường, thị trấn, đặc khu
	KindHamlet   Kind = "thon"  // thôn, ấp, bản, khu phố, tổ dân phố
)

// Family groups kinds by the organisation they belong to.
type Family uint8

// The families. The zero Family is FamilyUnknown, the family of KindUnknown.
const (
	FamilyUnknown    Family = iota
	FamilyYouthUnion        // Đoàn TNCS Hồ Chí Minh
	FamilyFederation        // Hội LHTN Việt Nam
	FamilyVolunteer         // đội, tổ, nhóm and community teams
	FamilyAdmin             // the government's units
	FamilyCustom            // a caller's own kind
)

var familyText = enumtext.Table{What: "org: family", Words: [][]string{{"unknown"}, {"youth union"}, {"youth federation"},
	{"volunteer"}, {"administrative"}, {"custom"}, {"young pioneers"}, {"state"}, {"partner"}}}

// String returns the family's English name; out-of-range values print as
// "Family(n)".
func (f Family) String() string { return familyText.String(uint8(f)) }

// kindInfo describes a built-in kind. The table is an array of constants in
// the order Kinds returns: 21 rows, searched linearly, which is as fast as a
// map at this size and costs nothing at init.
type kindInfo struct {
	kind    Kind
	family  Family
	vi, en  string
	aliases string // folded Vietnamese names also accepted by ParseKind, '|'-separated
}

var builtinKinds = [...]kindInfo{
	{KindCentralUnion, FamilyYouthUnion, "Trung ương Đoàn", "Central Youth Union", "trung uong doan|ban chap hanh trung uong doan"},
	{KindProvinceUnion, FamilyYouthUnion, "Tỉnh đoàn", "Provincial Youth Union", "thanh doan"},
	{KindDistrictUnion, FamilyYouthUnion, "Huyện đoàn", "District Youth Union", "quan doan|thi doan"},
	{KindCommuneUnion, FamilyYouthUnion, "Đoàn xã", "Commune Youth Union", "doan phuong|doan dac khu|doan thi tran"},
	{KindGrassrootsUnion, FamilyYouthUnion, "Đoàn cơ sở", "Grassroots Youth Union", ""},
	{KindBranch, FamilyYouthUnion, "Chi đoàn", "Youth Union branch", "chi doan co so"},
	{KindYouthFederation, FamilyFederation, "Hội Liên hiệp Thanh niên", "Youth Federation", "hoi lhtn|hoi lien hiep thanh nien viet nam"},
	{KindVolunteerTeam, FamilyVolunteer, "Đội thanh niên tình nguyện", "Volunteer team", "doi tinh nguyen|doi hinh tinh nguyen"},
	{KindVolunteerSquad, FamilyVolunteer, "Tổ thanh niên tình nguyện", "Volunteer squad", "to tinh nguyen"},
	{KindVolunteerGroup, FamilyVolunteer, "Nhóm thanh niên tình nguyện", "Volunteer group", "nhom tinh nguyen"},
	{KindLiteracyTeam, FamilyVolunteer, "Đội hình Bình dân học vụ số", "Digital literacy team", "doi hinh binh dan hoc vu so|binh dan hoc vu so"},
	{KindCommunityDigitalTeam, FamilyVolunteer, "Tổ công nghệ số cộng đồng", "Community digital technology team", "to cong nghe so|to cnscd"},
	{KindYoungPioneers, FamilyPioneers, "Đội Thiếu niên Tiền phong Hồ Chí Minh", "Ho Chi Minh Young Pioneers", "doi thieu nien|doi tntp|doi tntp ho chi minh|lien doi|chi doi|doi thieu nien tien phong"},
	{KindSteeringCommittee, FamilyState, "Ban Chỉ đạo", "Steering committee", "bcd|ban chi dao phong trao binh dan hoc vu so|ban chi dao binh dan hoc vu so"},
	{KindMobileServiceTeam, FamilyState, "Tổ dịch vụ công lưu động", "Mobile public-service team", "to dich vu cong luu dong|doi dich vu cong luu dong|to ho tro dich vu cong luu dong|to dvc luu dong"},
	{KindOneStopPoint, FamilyState, "Bộ phận một cửa", "One-stop service point", "mot cua|bo phan tiep nhan va tra ket qua|trung tam phuc vu hanh chinh cong|diem phuc vu hanh chinh cong"},
	{KindPartner, FamilyPartner, "Đối tác", "Partner", "don vi dong hanh|doanh nghiep dong hanh|to chuc dong hanh"},
	{KindProvince, FamilyAdmin, "Tỉnh", "Province", "thanh pho truc thuoc trung uong"},
	{KindDistrict, FamilyAdmin, "Huyện", "District", "quan|thi xa|thanh pho thuoc tinh"},
	{KindCommune, FamilyAdmin, "Xã", "Commune", "phuong|thi tran|dac khu"},
	{KindHamlet, FamilyAdmin, "Thôn", "Hamlet", "ap|ban|khu pho|to dan pho|xom|lang"},
}

func (k Kind) info() (*kindInfo, bool) {
	for i := range builtinKinds {
		if builtinKinds[i].kind == k {
			return &builtinKinds[i], true
		}
	}
	return nil, false
}

// Kinds returns the built-in kinds, from the top of the Youth Union down,
// then volunteer formations, the program's kinds (Young Pioneers, steering committees, public-service points and teams, partners), then administrative units. The slice is new on
// every call.
func Kinds() []Kind {
	ks := make([]Kind, len(builtinKinds))
	for i, b := range builtinKinds {
		ks[i] = b.kind
	}
	return ks
}

// String returns the kind's code, "unknown" for KindUnknown, or the quoted
// text of a kind that is not valid.
func (k Kind) String() string {
	switch {
	case k == KindUnknown:
		return "unknown"
	case k.IsValid():
		return string(k)
	}
	return fmt.Sprintf("Kind(%q)", string(k))
}

// Label returns the kind's name in l: "Chi đoàn" in Vietnamese, "Youth
// Union branch" in English. A caller's own kind has no name here and
// returns its code; KindUnknown and an invalid kind return "".
func (k Kind) Label(l vietnam.Lang) string {
	if b, ok := k.info(); ok {
		if l == vietnam.English {
			return b.en
		}
		return b.vi
	}
	if k.IsValid() {
		return string(k)
	}
	return ""
}

// Family returns the organisation the kind belongs to: FamilyCustom for a
// caller's valid kind, FamilyUnknown for KindUnknown or an invalid code.
func (k Kind) Family() Family {
	if b, ok := k.info(); ok {
		return b.family
	}
	if k.IsValid() {
		return FamilyCustom
	}
	return FamilyUnknown
}

// IsBuiltin reports whether k is one of the constants of this package.
func (k Kind) IsBuiltin() bool {
	_, ok := k.info()
	return ok
}

// IsValid reports whether k is a built-in kind or a well-formed custom code.
// KindUnknown is not valid.
func (k Kind) IsValid() bool {
	if k == KindUnknown {
		return false
	}
	if k.IsBuiltin() {
		return true
	}
	return customKindReason(string(k)) == ""
}

// builtinNamed finds the built-in kind that s names, in any case and with
// or without tones.
func builtinNamed(s string) (Kind, bool) {
	f := vietnam.Fold(s)
	for i := range builtinKinds {
		b := &builtinKinds[i]
		if f == vietnam.Fold(b.vi) || f == vietnam.Fold(b.en) || f == strings.ReplaceAll(string(b.kind), "_", " ") {
			return b.kind, true
		}
		for a := range strings.SplitSeq(b.aliases, "|") {
			if a != "" && a == f {
				return b.kind, true
			}
		}
	}
	return KindUnknown, false
}

func customKindReason(s string) string {
	if len(s) > 64 {
		return "a custom code is at most 64 bytes long"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
		case i == 0:
			return "a custom code starts with a lower-case ASCII letter"
		case c >= '0' && c <= '9' || c == '_' || c == '-':
		default:
			return "a custom code has only lower-case ASCII letters, digits, '_' and '-'"
		}
	}
	// A code that reads as a built-in kind ("quan", "ap") would come back
	// from a file as that kind.
	if k, ok := builtinNamed(s); ok {
		return fmt.Sprintf("a custom code cannot be a name of the built-in kind %s", k)
	}
	return ""
}

// ParseKind reads a kind from its code ("chi_doan"), its Vietnamese name in
// any case and with or without tones ("Chi đoàn", "chi doan"), a common
// variant ("Thành đoàn", "Đoàn phường", "Quận đoàn", "ấp"), or its English
// name. Any other well-formed code is a caller's own kind. Empty text is
// KindUnknown with no error.
func ParseKind(s string) (Kind, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return KindUnknown, nil
	}
	if k := Kind(t); k.IsBuiltin() {
		return k, nil
	}
	if k, ok := builtinNamed(t); ok {
		return k, nil
	}
	if r := customKindReason(t); r != "" {
		return KindUnknown, fmt.Errorf("org: kind %q: %w: no built-in kind has this name, and %s", s, ErrKind, r)
	}
	return Kind(t), nil
}

// MustParseKind is like ParseKind but panics on error; it is meant for
// literals in tests and examples.
func MustParseKind(s string) Kind {
	k, err := ParseKind(s)
	if err != nil {
		panic(err)
	}
	return k
}

// MarshalText encodes the kind as its code.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText decodes anything ParseKind accepts.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// adminLevel returns the level of administrative unit that a kind serves
// one to one, or LevelUnknown for kinds that may sit anywhere.
func (k Kind) adminLevel() admin.Level {
	switch k {
	case KindProvinceUnion, KindProvince:
		return admin.LevelProvince
	case KindDistrictUnion, KindDistrict:
		return admin.LevelDistrict
	case KindCommuneUnion, KindCommune:
		return admin.LevelCommune
	}
	return admin.LevelUnknown
}
