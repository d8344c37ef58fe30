package admin

import (
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Era is a period in which one set of unit codes is in force. Codes are
// only unique within an era, so every Code carries its era.
//
// The zero Era is EraUnknown.
type Era uint8

const (
	// EraUnknown is the zero Era: no era, as for a zero Code.
	EraUnknown Era = iota
	// EraPre2025 is the three-level system in force until 30/6/2025:
	// 63 provinces, 696 districts, 10,035 communes. A Directory of this
	// era is the state from 1/3/2025 (Nghị quyết 1365/NQ-UBTVQH15) for
	// every date: the units that changed between 2019 and then are not
	// in it but in Formers and History, with their codes of this era.
	EraPre2025
	// Era2025 is the two-level system in force from 1/7/2025 (Quyết định
	// 19/2025/QĐ-TTg): 34 provinces and 3,321 communes, with the later
	// changes of type and name that keep codes (see At).
	Era2025
)

// reformDate is the first day of Era2025.
var reformDate = vietnam.MustDate(2025, time.July, 1)

// EraOf returns the era in force on d: EraPre2025 before 1/7/2025,
// Era2025 from that day, and EraUnknown for the zero Date.
func EraOf(d vietnam.Date) Era {
	switch {
	case d.IsZero():
		return EraUnknown
	case d.Before(reformDate):
		return EraPre2025
	}
	return Era2025
}

// String returns "pre-2025", "2025" or "unknown"; it is also the era's
// part of a Code's text form.
func (e Era) String() string {
	switch e {
	case EraPre2025:
		return "pre-2025"
	case Era2025:
		return "2025"
	}
	return "unknown"
}

// Start returns the first day of the era: the zero Date for EraPre2025 and
// EraUnknown, whose start the data does not describe.
func (e Era) Start() vietnam.Date {
	if e == Era2025 {
		return reformDate
	}
	return vietnam.Date{}
}

// Level is a tier of the administrative hierarchy. Before 1/7/2025 there
// were three (province, district, commune); since then there are two.
//
// The zero Level is LevelUnknown.
type Level uint8

const (
	LevelUnknown  Level = iota
	LevelProvince       // tỉnh, thành phố trực thuộc trung ương
	LevelDistrict       // quận, huyện, thị xã, thành phố thuộc tỉnh (EraPre2025 only)
	LevelCommune        // xã, phường, thị trấn, đặc khu
)

// String returns "province", "district", "commune" or "unknown".
func (l Level) String() string {
	switch l {
	case LevelProvince:
		return "province"
	case LevelDistrict:
		return "district"
	case LevelCommune:
		return "commune"
	}
	return "unknown"
}

// width is the number of digits of a code at level l.
func (l Level) width() int {
	switch l {
	case LevelProvince:
		return 2
	case LevelDistrict:
		return 3
	case LevelCommune:
		return 5
	}
	return 0
}

// in reports whether era e has units at level l.
func (l Level) in(e Era) bool {
	switch e {
	case EraPre2025:
		return l >= LevelProvince && l <= LevelCommune
	case Era2025:
		return l == LevelProvince || l == LevelCommune
	}
	return false
}
