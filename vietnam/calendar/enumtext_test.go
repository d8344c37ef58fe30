package calendar

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestStemText(t *testing.T) {
	codes := map[Stem]string{
		StemUnknown: "", StemGiap: "giap", StemAt: "at", StemBinh: "binh", StemDinh: "dinh", StemMau: "mau",
		StemKy: "ky", StemCanh: "canh", StemTan: "tan", StemNham: "nham", StemQuy: "quy",
	}
	aliases := map[string]Stem{"unknown": StemUnknown, "ĐINH": StemDinh, "kỉ": StemKy, "Quí": StemQuy}
	enumtexttest.Cases[Stem]{
		Err:     vietnam.ErrUnknownName,
		Codes:   codes,
		Aliases: aliases,
		Names:   func(s Stem) []string { return []string{s.String()} },
		Bad:     map[string]string{"Tý": `calendar: stem "Tý": want giap, at, binh, dinh, mau, ky, canh, tan, nham or quy: unknown name`},
	}.Run(t, (*Stem).UnmarshalText)
}

func TestBranchText(t *testing.T) {
	codes := map[Branch]string{
		BranchUnknown: "", BranchTy: "ty", BranchSuu: "suu", BranchDan: "dan", BranchMao: "mao", BranchThin: "thin", BranchTi: "ti",
		BranchNgo: "ngo", BranchMui: "mui", BranchThan: "than", BranchDau: "dau", BranchTuat: "tuat", BranchHoi: "hoi",
	}
	aliases := map[string]Branch{
		"unknown": BranchUnknown, "Tý": BranchTy, "TY": BranchTy, "Tỵ": BranchTi, "TỴ": BranchTi, "Tị": BranchTi,
		"ty\u0323": BranchTi, // Tỵ decomposed
	}
	enumtexttest.Cases[Branch]{
		Err:     vietnam.ErrUnknownName,
		Codes:   codes,
		Aliases: aliases,
		Names:   func(b Branch) []string { return []string{b.String(), b.Animal()} },
		Bad: map[string]string{
			"mèo":    `calendar: branch "mèo": want ty, suu, dan, mao, thin, ti, ngo, mui, than, dau, tuat or hoi: unknown name`,
			"rabbit": `calendar: branch "rabbit": want ty, suu, dan, mao, thin, ti, ngo, mui, than, dau, tuat or hoi: unknown name`,
		},
	}.Run(t, (*Branch).UnmarshalText)
}

func TestHolidayText(t *testing.T) {
	codes := map[Holiday]string{
		HolidayUnknown: "", NewYear: "new-year", LunarNewYear: "lunar-new-year", HungKings: "hung-kings",
		Reunification: "reunification", LabourDay: "labour-day", NationalDay: "national-day", CultureDay: "culture-day",
	}
	aliases := map[string]Holiday{
		"unknown": HolidayUnknown, "Tết": LunarNewYear, "tet nguyen dan": LunarNewYear, "Lunar New Year": LunarNewYear,
		"giỗ tổ": HungKings, "Labor Day": LabourDay, "NATIONAL_DAY": NationalDay, "quoc khanh": NationalDay,
	}
	enumtexttest.Cases[Holiday]{
		Err:     vietnam.ErrUnknownName,
		Codes:   codes,
		Aliases: aliases,
		Names:   enumtexttest.Labels[Holiday],
		Bad: map[string]string{
			"christmas": `calendar: holiday "christmas": want new-year, lunar-new-year, hung-kings, reunification, labour-day, national-day or culture-day: unknown name`,
		},
	}.Run(t, (*Holiday).UnmarshalText)
}

func TestDayKindText(t *testing.T) {
	codes := map[DayKind]string{DayUnknown: "", DayHoliday: "holiday", DayObserved: "observed", DayOff: "off", DayWork: "work"}
	aliases := map[string]DayKind{"unknown": DayUnknown, "Nghi bu": DayObserved, "LÀM BÙ": DayWork}
	enumtexttest.Cases[DayKind]{
		Err:     vietnam.ErrUnknownName,
		Codes:   codes,
		Aliases: aliases,
		Names:   enumtexttest.Labels[DayKind],
		Bad:     map[string]string{"rest": `calendar: day kind "rest": want holiday, observed, off or work: unknown name`},
	}.Run(t, (*DayKind).UnmarshalText)
}

func TestWeekText(t *testing.T) {
	for i := range 256 {
		w := Week(i)
		b, err := w.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, strings.ToLower(w.String()), string(b), "week %07b", i)
		back := MonSat
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, w&0x7f, back, "week %07b from %q", i, b)
	}
	tests := []struct {
		in   string
		want Week
		err  string
	}{
		{in: "", want: 0},
		{in: "mon tue wed thu fri", want: MonFri},
		{in: "Mon Tue Wed Thu Fri Sat", want: MonSat},
		{in: "sat,mon, tue ,wed,thu,fri", want: MonSat},
		{in: "Monday,Wednesday,FRIDAY", want: NewWeek(time.Monday, time.Wednesday, time.Friday)},
		{in: "T2 T3 T4 T5 T6 T7 CN", want: MonSat | NewWeek(time.Sunday)},
		{in: "mon mon", want: NewWeek(time.Monday)},
		{in: "mon-fri", err: `calendar: week "mon-fri": "mon-fri" is not a weekday (want mon, tue, wed, thu, fri, sat, sun): unknown name`},
		{in: "Thứ 2, thứ ba, Thu 4, thứ năm, thu sau, Thứ Bảy, Chủ nhật", want: MonSat | NewWeek(time.Sunday)},
		{in: "thu", want: NewWeek(time.Thursday)},
		{in: "mon thứ 8", err: `calendar: week "mon thứ 8": "8" is not a weekday (want mon, tue, wed, thu, fri, sat, sun): unknown name`},
		{in: "lundi", err: `calendar: week "lundi": "lundi" is not a weekday (want mon, tue, wed, thu, fri, sat, sun): unknown name`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Week(0x80)
			err := got.UnmarshalText([]byte(tt.in))
			if tt.err != "" {
				require.EqualError(t, err, tt.err)
				assert.Equal(t, Week(0x80), got, "a failed UnmarshalText leaves the value alone")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	b, err := json.Marshal(map[string]Week{"state": MonFri})
	require.NoError(t, err)
	assert.JSONEq(t, `{"state":"mon tue wed thu fri"}`, string(b))
}

// TestEnumTextDistinct checks that no two values of an enum share a name
// once folded, which would make UnmarshalText pick the first silently.
// (Tý and Tỵ, alike without tones, are told apart in Branch.UnmarshalText.)
func TestEnumTextDistinct(t *testing.T) {
	enumtexttest.Distinct(t, stemText(), branchText(), holidayText(), dayKindText())
}

// TestDayJSON shows a Day as JSON carries it: words for the kind and the
// holiday, and the same Day back.
func TestDayJSON(t *testing.T) {
	c := New()
	for _, d := range c.Days(2026) {
		b, err := json.Marshal(d)
		require.NoError(t, err)
		var back Day
		require.NoError(t, json.Unmarshal(b, &back))
		if diff := cmp.Diff(d, back); diff != "" {
			t.Fatalf("%s (-want +got):\n%s", b, diff)
		}
	}
	d, ok := c.Day(vietnam.MustParseDate("17/2/2026"))
	require.True(t, ok)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"Date":"2026-02-17","Kind":"holiday","Holiday":"lunar-new-year","Source":"`+d.Source+`"}`, string(b))
}

// FuzzEnumText checks that no text makes UnmarshalText panic, and that
// any text accepted decodes to a value whose code decodes to it again.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "unknown", "Ất", "Tỵ", "Tý", "ty", "cat", "Tết", "national-day", "nghỉ bù", "\xff", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enumtexttest.Fuzz[Stem](t, s, (*Stem).UnmarshalText)
		enumtexttest.Fuzz[Branch](t, s, (*Branch).UnmarshalText)
		enumtexttest.Fuzz[Holiday](t, s, (*Holiday).UnmarshalText)
		enumtexttest.Fuzz[DayKind](t, s, (*DayKind).UnmarshalText)
		enumtexttest.Fuzz[Week](t, s, (*Week).UnmarshalText)
	})
}

// The zero of each enum prints as a word, as the module's other enums'
// zeros do, and a value out of range as itself, never as a real value;
// the zero Day and CanChi, no day and no name, print as "".
func TestZeroAndOutOfRangeText(t *testing.T) {
	tests := []struct {
		name   string
		v      interface{ String() string }
		want   string
		vi, en string // Label's, for the enums that have one
	}{
		{"DayUnknown", DayUnknown, "unknown", "không rõ", "unknown"},
		{"DayKind(5)", DayKind(5), "DayKind(5)", "DayKind(5)", "DayKind(5)"},
		{"HolidayUnknown", HolidayUnknown, "unknown", "không rõ", "unknown"},
		{"Holiday(8)", Holiday(8), "Holiday(8)", "Holiday(8)", "Holiday(8)"},
		{"StemUnknown", StemUnknown, "unknown", "", ""},
		{"Stem(11)", Stem(11), "Stem(11)", "", ""},
		{"BranchUnknown", BranchUnknown, "unknown", "", ""},
		{"Branch(13)", Branch(13), "Branch(13)", "", ""},
		{"Day{}", Day{}, "", "", ""},
		{"CanChi{}", CanChi{}, "", "", ""},
		{"CanChi out of range", CanChi{StemAt, Branch(13)}, "", "", ""},
		{"CanChi Ất Tỵ", CanChi{StemAt, BranchTi}, "Ất Tỵ", "", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.v.String(), tt.name)
		assert.Equal(t, tt.want, fmt.Sprint(tt.v), tt.name)
		if l, ok := tt.v.(interface{ Label(vietnam.Lang) string }); ok {
			assert.Equal(t, tt.vi, l.Label(vietnam.Vietnamese), tt.name)
			assert.Equal(t, tt.en, l.Label(vietnam.English), tt.name)
		}
	}
	// A day that belongs to no holiday names none.
	d := Day{Date: vietnam.MustDate(2026, 1, 10), Kind: DayWork}
	assert.Equal(t, "10/01/2026 (làm bù)", d.String())
}
