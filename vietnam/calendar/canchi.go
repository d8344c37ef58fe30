package calendar

import (
	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Stem is one of the ten heavenly stems (thiên can). The zero Stem is
// StemUnknown.
type Stem uint8

// The ten stems in cycle order.
const (
	StemUnknown Stem = iota
	StemGiap         // Giáp
	StemAt           // Ất
	StemBinh         // Bính
	StemDinh         // Đinh
	StemMau          // Mậu
	StemKy           // Kỷ
	StemCanh         // Canh
	StemTan          // Tân
	StemNham         // Nhâm
	StemQuy          // Quý
)

var stemNames = [...]string{"", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}

// String returns the Vietnamese name ("Ất"), "unknown" for StemUnknown,
// as the module's other enums print their zero, or "Stem(N)" for a value
// out of range.
func (s Stem) String() string { return cycleName(stemNames[:], "Stem", uint8(s)) }

// cycleName is the String of Stem and Branch: names[v], with the zero's
// and an out-of-range value's text as the module's enums print them.
func cycleName(names []string, typ string, v uint8) string {
	switch {
	case v == 0:
		return "unknown"
	case int(v) < len(names):
		return names[v]
	}
	return enumtext.OutOfRange(typ, v)
}

// Branch is one of the twelve earthly branches (địa chi), the animals of
// the Vietnamese zodiac. The zero Branch is BranchUnknown.
type Branch uint8

// The twelve branches in cycle order. Tý (Rat) is BranchTy; Tỵ (Snake),
// also spelt Tị, is BranchTi.
const (
	BranchUnknown Branch = iota
	BranchTy             // Tý, Rat
	BranchSuu            // Sửu, Buffalo
	BranchDan            // Dần, Tiger
	BranchMao            // Mão, Cat (the Chinese zodiac has the Rabbit)
	BranchThin           // Thìn, Dragon
	BranchTi             // Tỵ, Snake
	BranchNgo            // Ngọ, Horse
	BranchMui            // Mùi, Goat
	BranchThan           // Thân, Monkey
	BranchDau            // Dậu, Rooster
	BranchTuat           // Tuất, Dog
	BranchHoi            // Hợi, Pig
)

var branchNames = [...]string{"", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}

var branchAnimals = [...]string{"", "Rat", "Buffalo", "Tiger", "Cat", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster", "Dog", "Pig"}

// String returns the Vietnamese name ("Tỵ"), "unknown" for BranchUnknown,
// or "Branch(N)" for a value out of range.
func (b Branch) String() string { return cycleName(branchNames[:], "Branch", uint8(b)) }

// Animal returns the English name of the branch's animal in the
// Vietnamese zodiac ("Cat" for Mão, "Buffalo" for Sửu), or "".
func (b Branch) Animal() string {
	if int(b) < len(branchAnimals) {
		return branchAnimals[b]
	}
	return ""
}

// CanChi is a name of the sexagenary cycle, such as Ất Tỵ. The zero
// CanChi is unknown and prints as "".
type CanChi struct {
	Stem   Stem
	Branch Branch
}

// String returns the name: "Ất Tỵ".
func (c CanChi) String() string {
	if c.Stem == StemUnknown || int(c.Stem) >= len(stemNames) || c.Branch == BranchUnknown || int(c.Branch) >= len(branchNames) {
		return ""
	}
	return stemNames[c.Stem] + " " + branchNames[c.Branch]
}

// canChi builds the name from 0-based stem and branch indices.
func canChi(stem, branch int) CanChi {
	return CanChi{Stem: Stem(mod(stem, 10) + 1), Branch: Branch(mod(branch, 12) + 1)}
}

func mod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}

// YearCanChi returns the can-chi name of lunar year y: 2025 is Ất Tỵ,
// 2026 Bính Ngọ. The cycle is the same for every year number, so this
// works for any y; remember that the lunar year starts at Tết, not on
// 1 January.
func YearCanChi(y int) CanChi {
	// Year 4 (and every 60 years after) is Giáp Tý.
	return canChi(y-4, y-4)
}

// YearCanChi returns the can-chi name of l's year.
func (l LunarDate) YearCanChi() CanChi { return YearCanChi(l.Year) }

// MonthCanChi returns the can-chi name of l's month. Month 1 is always a
// Dần month; its stem follows from the year's. A leap month has no name of
// its own and takes that of the month it repeats. The zero LunarDate, or a
// month outside 1–12, gives the zero CanChi.
func (l LunarDate) MonthCanChi() CanChi {
	if l.Month < 1 || l.Month > 12 {
		return CanChi{}
	}
	return canChi(l.Year*12+l.Month+3, l.Month+1)
}

// DayCanChi returns the can-chi name of the civil date d (the day cycle
// runs unbroken through both calendars): 1 January 2000 is Mậu Ngọ. The
// zero Date gives the zero CanChi.
func DayCanChi(d vietnam.Date) CanChi {
	if d.IsZero() {
		return CanChi{}
	}
	j := jdn(d.Year(), int(d.Month()), d.Day())
	return canChi(j+9, j+1)
}
