package calendar

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Stem, Branch, Holiday and DayKind marshal as text so that JSON, map keys
// and flags carry words, not numbers that change meaning if a constant is
// ever inserted. Each value has one code, a lower-case ASCII word
// (hyphenated, never changed once published); the zero value marshals as
// the empty text. UnmarshalText accepts the code, "unknown", the empty
// text, and the Vietnamese and English names listed per type, ignoring
// case, tones and marks, and treating '-', '_' and ' ' alike.

// newEnumText builds an enumtext.Table from codes (codes[0] is the zero's word)
// and tables of further names indexed like codes.
func newEnumText(what string, codes []string, names ...[]string) *enumtext.Table {
	e := &enumtext.Table{What: "calendar: " + what, Err: vietnam.ErrUnknownName, Words: make([][]string, len(codes))}
	for v, c := range codes {
		e.Words[v] = []string{c}
		for _, n := range names {
			if n[v] != "" {
				e.Words[v] = append(e.Words[v], n[v])
			}
		}
	}
	return e
}

// column returns the names of one language from a [VI, EN] table.
func column(names [][2]string, lang int) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[lang]
	}
	return out
}

var stemText = sync.OnceValue(func() *enumtext.Table {
	e := newEnumText("stem", []string{"unknown", "giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"})
	e.Words[StemKy] = append(e.Words[StemKy], "ki") // Kỉ, the older i spelling
	e.Words[StemQuy] = append(e.Words[StemQuy], "qui")
	return e
})

// MarshalText encodes the stem as its name without tones, in lower case:
// "giap", "at", … "quy". StemUnknown is the empty text; a stem with no
// constant is an error.
func (s Stem) MarshalText() ([]byte, error) { return stemText().Marshal(uint8(s)) }

// UnmarshalText decodes a stem's name, with or without tones, in any case
// ("Ất", "at"; also the i spellings Kỉ and Quí), and the empty text or "unknown" as StemUnknown.
func (s *Stem) UnmarshalText(text []byte) error { return enumtext.Decode(stemText(), s, text) }

// branchText has Tý's code "ty" and Tỵ's "ti" (its other spelling Tị):
// without tones the two names are alike.
var branchText = sync.OnceValue(func() *enumtext.Table {
	return newEnumText("branch", []string{"unknown", "ty", "suu", "dan", "mao", "thin", "ti", "ngo", "mui", "than", "dau", "tuat", "hoi"},
		branchAnimals[:])
})

// MarshalText encodes the branch as its name without tones, in lower case
// ("ty", "suu", … "hoi"), except Tỵ (Snake), whose code is "ti" from its
// other spelling Tị, as "ty" is Tý (Rat). BranchUnknown is the empty text;
// a branch with no constant is an error.
func (b Branch) MarshalText() ([]byte, error) { return branchText().Marshal(uint8(b)) }

// UnmarshalText decodes a code, a branch's name in any case ("Mão", "Tị";
// "Tỵ" with its tone, as without one "ty" is Tý) or its animal ("cat"), and
// the empty text or "unknown" as BranchUnknown.
func (b *Branch) UnmarshalText(text []byte) error {
	v, err := branchText().Unmarshal(text)
	if err != nil {
		return err
	}
	if Branch(v) == BranchTy && strings.ContainsAny(vietnam.Normalize(string(text)), "ỵỴ") {
		v = uint8(BranchTi)
	}
	*b = Branch(v)
	return nil
}

var holidayText = sync.OnceValue(func() *enumtext.Table {
	e := newEnumText("holiday",
		[]string{"unknown", "new-year", "lunar-new-year", "hung-kings", "reunification", "labour-day", "national-day", "culture-day"},
		column(holidayNames[:], 0), column(holidayNames[:], 1))
	e.Words[LunarNewYear] = append(e.Words[LunarNewYear], "Tết", "Tết Nguyên Đán", "Lunar New Year")
	e.Words[HungKings] = append(e.Words[HungKings], "Giỗ Tổ")
	e.Words[LabourDay] = append(e.Words[LabourDay], "labor day")
	e.Labels = holidayNames[:]
	return e
})

// MarshalText encodes the holiday as a code: "new-year", "lunar-new-year",
// "hung-kings", "reunification", "labour-day", "national-day",
// "culture-day". HolidayUnknown is the empty text; a holiday with no
// constant is an error.
func (h Holiday) MarshalText() ([]byte, error) { return holidayText().Marshal(uint8(h)) }

// UnmarshalText decodes a code, the Vietnamese name (VI, with or without
// tones; also "Tết", "Tết Nguyên Đán", "Giỗ Tổ") or the English one (EN),
// and the empty text or "unknown" as HolidayUnknown.
func (h *Holiday) UnmarshalText(text []byte) error { return enumtext.Decode(holidayText(), h, text) }

var dayKindText = sync.OnceValue(func() *enumtext.Table {
	e := newEnumText("day kind", []string{"unknown", "holiday", "observed", "off", "work"},
		column(dayKindNames[:], 0), column(dayKindNames[:], 1))
	e.Type, e.Labels = "DayKind", dayKindNames[:]
	return e
})

// MarshalText encodes the kind as a code after its constant: "holiday",
// "observed", "off", "work". DayUnknown is the empty text; a kind with no
// constant is an error.
func (k DayKind) MarshalText() ([]byte, error) { return dayKindText().Marshal(uint8(k)) }

// UnmarshalText decodes a code, the Vietnamese name ("nghỉ bù", with or
// without tones) or the English one ("compensatory day off"), and the empty
// text or "unknown" as DayUnknown.
func (k *DayKind) UnmarshalText(text []byte) error { return enumtext.Decode(dayKindText(), k, text) }

// weekdayNames are the names Week.UnmarshalText reads for each weekday,
// indexed by time.Weekday: the code first (String's abbreviation in lower
// case), then the English name and the Vietnamese short forms.
var weekdayNames = [7][]string{
	{"sun", "sunday", "cn"},
	{"mon", "monday", "t2"},
	{"tue", "tuesday", "t3"},
	{"wed", "wednesday", "t4"},
	{"thu", "thursday", "t5"},
	{"fri", "friday", "t6"},
	{"sat", "saturday", "t7"},
}

// MarshalText encodes the week as String does, in lower case: the working
// days from Sunday, separated by spaces ("mon tue wed thu fri"). The zero
// Week, with no working day, is the empty text. Week is a set, not an
// enum: every value has a text form (the unused high bit, which Works
// ignores, is dropped).
func (w Week) MarshalText() ([]byte, error) {
	var b []byte
	for d := range weekdayNames {
		if w&(1<<d) != 0 {
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, weekdayNames[d][0]...)
		}
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}

// vietnameseDays are the second words of the Vietnamese weekday names
// after "thứ", in the order T2…T7, as numbers and as words (folded).
var vietnameseDays = [2][6]string{{"2", "3", "4", "5", "6", "7"}, {"hai", "ba", "tu", "nam", "sau", "bay"}}

// UnmarshalText decodes weekdays separated by spaces or commas, in any
// order and case: abbreviations ("Mon"), English names ("monday") or
// Vietnamese ones, with or without tones ("thứ 2", "thứ hai", "T2", "chủ
// nhật", "CN"). The empty text is the zero Week.
func (w *Week) UnmarshalText(text []byte) error {
	var week Week
	toks := strings.FieldsFunc(vietnam.Fold(string(text)), func(r rune) bool { return r == ' ' || r == ',' })
	for i := 0; i < len(toks); i++ {
		tok := toks[i]
		// "thứ 3" is two words, the first of which alone is Thursday.
		if i+1 < len(toks) {
			switch next := toks[i+1]; {
			case tok == "chu" && next == "nhat":
				tok, i = "cn", i+1
			case tok == "thu":
				for _, names := range vietnameseDays {
					if n := slices.Index(names[:], next); n >= 0 {
						tok, i = weekdayNames[n+1][2], i+1
					}
				}
			}
		}
		d := slices.IndexFunc(weekdayNames[:], func(names []string) bool { return slices.Contains(names, tok) })
		if d < 0 {
			return fmt.Errorf("calendar: week %q: %q is not a weekday (want mon, tue, wed, thu, fri, sat, sun): %w", text, tok, vietnam.ErrUnknownName)
		}
		week |= 1 << d
	}
	*w = week
	return nil
}
