package org

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// IDFor returns the ID that Mirror, MirrorUnion and Migrate give the unit of
// kind k that serves the administrative unit c: the kind's code, "@", and
// the era-qualified code, such as "doan_xa@2025:25966" or
// "tinh@pre-2025:74". Two units built for the same kind and code get the
// same ID, so trees mirrored on different days can be compared and joined.
func IDFor(k Kind, c admin.Code) ID {
	text, _ := c.MarshalText()
	return ID(string(k) + "@" + string(text))
}

// Mirror returns the government's tree in dir: each province a root, then
// its districts (before 1/7/2025), then its communes, all in official code
// order. With no provinces given it covers the whole country; otherwise
// only the provinces listed (once each, in the order given), which must be
// codes of dir's era. A nil dir means admin.Current().
//
// Units get IDs from IDFor, Kind KindProvince, KindDistrict or KindCommune,
// the official full name ("Phường Lái Thiêu"), their admin code, and the
// validity of their era: pre-2025 units end on 30/6/2025, 2025 units begin
// on 1/7/2025.
func Mirror(dir *admin.Directory, provinces ...admin.Code) (*Tree, error) {
	return mirror(dir, provinces, govNamer())
}

// MirrorUnion returns the Youth Union skeleton of the units in dir: a
// Tỉnh đoàn or Thành đoàn per province, a Huyện đoàn (Quận đoàn, Thị đoàn,
// Thành đoàn) per district before 1/7/2025, and an Đoàn xã, phường, thị
// trấn or đặc khu per commune, named as the Youth Union names them
// ("Thành đoàn Thành phố Hồ Chí Minh", "Đoàn phường Lái Thiêu"). A
// province's program can start from it and add its chi đoàn and teams.
func MirrorUnion(dir *admin.Directory, provinces ...admin.Code) (*Tree, error) {
	return mirror(dir, provinces, unionNamer())
}

// namer says what units a mirror makes: the kind for each admin level
// (indexed by admin.Level) and the name of each unit.
type namer struct {
	kinds [admin.LevelCommune + 1]Kind
	name  func(admin.Unit) string
}

func govNamer() namer {
	return namer{[...]Kind{admin.LevelProvince: KindProvince, admin.LevelDistrict: KindDistrict, admin.LevelCommune: KindCommune}, admin.Unit.FullName}
}

func unionNamer() namer {
	return namer{[...]Kind{admin.LevelProvince: KindProvinceUnion, admin.LevelDistrict: KindDistrictUnion, admin.LevelCommune: KindCommuneUnion}, UnionName}
}

// UnionName returns the usual name of the Youth Union organisation of an
// administrative unit: "Tỉnh đoàn Thái Nguyên", "Thành đoàn Thành phố Hồ
// Chí Minh", "Thành đoàn Thuận An", "Quận đoàn 1", "Huyện đoàn Dầu Tiếng",
// "Thị đoàn Bến Cát", "Đoàn phường Lái Thiêu", "Đoàn đặc khu Côn Đảo".
func UnionName(u admin.Unit) string {
	switch u.Type() {
	case admin.TypeProvince:
		return "Tỉnh đoàn " + u.Name()
	case admin.TypeCentralCity:
		return "Thành đoàn " + u.FullName()
	case admin.TypeProvincialCity, admin.TypeMunicipalCity:
		return "Thành đoàn " + u.Name()
	case admin.TypeUrbanDistrict:
		return "Quận đoàn " + u.Name()
	case admin.TypeRuralDistrict:
		return "Huyện đoàn " + u.Name()
	case admin.TypeTown:
		return "Thị đoàn " + u.Name()
	case admin.TypeUnknown:
		return ""
	}
	return "Đoàn " + inName(u)
}

// inName writes an admin unit as it appears inside another name: "phường
// Lái Thiêu", "tỉnh Bình Dương", but "Thành phố Hồ Chí Minh", whose type
// word is part of the proper name.
func inName(u admin.Unit) string {
	if u.Type() == admin.TypeCentralCity {
		return u.FullName()
	}
	return lowerFirst(u.Type().Word()) + " " + u.Name()
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func mirror(dir *admin.Directory, provinces []admin.Code, nm namer) (*Tree, error) {
	if dir == nil {
		dir = admin.Current()
	}
	var from, to vietnam.Date
	if dir.Era() == admin.Era2025 {
		from = reformDay()
	} else {
		to = reformDay().AddDays(-1)
	}
	var roots []admin.Unit
	if len(provinces) == 0 {
		for p := range dir.Provinces() {
			roots = append(roots, p)
		}
	}
	for i, c := range provinces {
		if slices.Contains(provinces[:i], c) {
			continue
		}
		p, ok := dir.Unit(c)
		if !ok || p.Level() != admin.LevelProvince {
			text, _ := c.MarshalText()
			return nil, fmt.Errorf("org: mirror: province %q: %w dated %s", text, ErrProvince, dir.Date())
		}
		roots = append(roots, p)
	}
	var units []Unit
	if len(provinces) == 0 {
		units = make([]Unit, 0, dir.Len(admin.LevelProvince)+dir.Len(admin.LevelDistrict)+dir.Len(admin.LevelCommune))
	}
	var add func(u admin.Unit, parent ID)
	add = func(u admin.Unit, parent ID) {
		k := nm.kinds[u.Level()]
		id := IDFor(k, u.Code())
		units = append(units, Unit{
			ID: id, Name: nm.name(u), Kind: k, Parent: parent,
			Admin: u.Code(), ValidFrom: from, ValidTo: to,
		})
		for c := range dir.Children(u.Code()) {
			add(c, id)
		}
	}
	for _, p := range roots {
		add(p, "")
	}
	// The directory gives each unit once, in a valid hierarchy; the units
	// are already in pre-order.
	return fromPreorder(units), nil
}
