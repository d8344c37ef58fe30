package calendar

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLunar(t *testing.T) {
	tests := []struct {
		in   string
		want LunarDate
	}{
		{"10/3/2026", LunarDate{2026, 3, 10, false}},
		{"10-3-2026", LunarDate{2026, 3, 10, false}},
		{"10 - 3 - 2026", LunarDate{2026, 3, 10, false}},
		{"1/2n-2023", LunarDate{2023, 2, 1, true}},
		{"21/11/0", LunarDate{0, 11, 21, false}},     // 1 January of year 1, the first date covered
		{"2/12/9999", LunarDate{9999, 12, 2, false}}, // 31 December 9999, the last
		{"10.03.2026", LunarDate{2026, 3, 10, false}},
		{"10/3/2026 (ÂL)", LunarDate{2026, 3, 10, false}},
		{"ngày 10 tháng 3 năm 2026 âm lịch", LunarDate{2026, 3, 10, false}},
		{"NGAY 10 THANG 3 NAM 2026 AM LICH", LunarDate{2026, 3, 10, false}},
		{"mùng 1 tháng Giêng năm 2026", LunarDate{2026, 1, 1, false}},
		{"mồng 3 Tết 2026", LunarDate{2026, 1, 3, false}},
		{"mồng 1 Tết tháng giêng, 2026", LunarDate{}}, // two months
		{"rằm tháng 8 năm 2025", LunarDate{2025, 8, 15, false}},
		{"ngày 27 tháng Chạp năm 2025", LunarDate{2025, 12, 27, false}},
		{"1/2 nhuận/2023", LunarDate{2023, 2, 1, true}},
		{"1/2n/2023", LunarDate{2023, 2, 1, true}},
		{"ngày 1 tháng 2 nhuận năm 2023", LunarDate{2023, 2, 1, true}},
		{"Mu\u0300ng 1 tha\u0301ng Giê\u0302ng 2026", LunarDate{2026, 1, 1, false}}, // NFD input
		// The months' traditional names after "tháng", as lunar calendars
		// print them (Giêng, Hai, Ba, Tư, Năm, Sáu, Bảy, Tám, Chín, Mười,
		// Một or Mười Một, Chạp).
		{"mùng 10 tháng Hai năm 2026", LunarDate{2026, 2, 10, false}},
		{"ngày 10 tháng Ba năm 2026", LunarDate{2026, 3, 10, false}}, // Giỗ Tổ
		{"rằm tháng Tư năm 2026", LunarDate{2026, 4, 15, false}},     // Phật đản
		{"mùng 5 tháng Năm năm 2026", LunarDate{2026, 5, 5, false}},  // Đoan ngọ: "Năm" the month, then "năm" the year
		{"mùng 5 tháng năm 2026", LunarDate{2026, 5, 5, false}},
		{"ngày 6 tháng Sáu 2026", LunarDate{2026, 6, 6, false}},
		{"rằm tháng Bảy năm 2025", LunarDate{2025, 7, 15, false}}, // Vu lan
		{"RẰM THÁNG TÁM 2025", LunarDate{2025, 8, 15, false}},     // Trung thu
		{"mùng 9 tháng Chín năm 2025", LunarDate{2025, 9, 9, false}},
		{"rằm tháng Mười năm 2025", LunarDate{2025, 10, 15, false}},
		{"ngày 20 tháng Một năm 2025", LunarDate{2025, 11, 20, false}}, // the eleventh month, not the first
		{"ngày 20 tháng Mười Một năm 2025", LunarDate{2025, 11, 20, false}},
		{"ngày 20 tháng Mười Hai năm 2025", LunarDate{2025, 12, 20, false}},
		{"mùng 1 tháng Sáu nhuận năm 2025", LunarDate{2025, 6, 1, true}},
		{"rằm Bảy 2025", LunarDate{}},                     // a name only after "tháng"
		{"ngày 20 tháng Mười Mười năm 2025", LunarDate{}}, // one month
		{"ngày 20 tháng Hai Ba năm 2025", LunarDate{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseLunar(tt.in)
			if tt.want.IsZero() {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrLunarSyntax)
				return
			}
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseLunar(%q) (-want +got):\n%s", tt.in, diff)
			}
			again, err := ParseLunar(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, again, "round trip through %q", got.String())
		})
	}
}

func TestParseLunarErrors(t *testing.T) {
	tests := []struct {
		in   string
		kind error
		msg  string
	}{
		{"", ErrLunarSyntax, `calendar: lunar date "": want day, month and year`},
		{"10", ErrLunarSyntax, `calendar: lunar date "10": want day, month and year`},
		{"10/3", ErrLunarNoYear, `calendar: lunar date "10/3": no year`},
		{"10/3 âm lịch", ErrLunarNoYear, `calendar: lunar date "10/3 âm lịch": no year`},
		{"10/3/2026/1", ErrLunarSyntax, `calendar: lunar date "10/3/2026/1": unexpected number "1"`},
		// A minus sign is not a separator: the year is −1, not 1, and the
		// message states the range that LunarToSolar supports.
		{"10/3/-1", ErrOutOfRange, `calendar: lunar date "10/3/-1": year -1 out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{"ngày 10 tháng 3 năm -5", ErrOutOfRange, `calendar: lunar date "ngày 10 tháng 3 năm -5": year -5 out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{"-10/3/2026", ErrNoSuchDay, `calendar: lunar date "-10/3/2026": day -10 out of range 1–30`},
		{"10/3/20261", ErrOutOfRange, `calendar: lunar date "10/3/20261": year 20261 out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{"10/3/0", ErrOutOfRange, `calendar: lunar date "10/3/0": out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{"3/12/9999", ErrOutOfRange, `calendar: lunar date "3/12/9999": out of range: lunar dates run from 21/11/0 to 2/12/9999 (solar 1/1/1 to 31/12/9999)`},
		{"10/3/1234567890", ErrLunarSyntax, `calendar: lunar date "10/3/1234567890": number "1234567890" too long`},
		{"10 tháng 3 năm Bính Ngọ", ErrLunarSyntax, `calendar: lunar date "10 tháng 3 năm Bính Ngọ": unexpected word "Bính" at byte 17`},
		{"10/3/2026 @", ErrLunarSyntax, `calendar: lunar date "10/3/2026 @": unexpected character "@"`},
		{"nhuận 10/3/2026", ErrLunarSyntax, `calendar: lunar date "nhuận 10/3/2026": unexpected word "nhuận" at byte 0`},
		// The word is quoted as written, at its offset in the text: the
		// folded form ("muoi") is what the parser reads, not what the user
		// typed.
		{"mười tháng ba năm 2026", ErrLunarSyntax, `calendar: lunar date "mười tháng ba năm 2026": unexpected word "mười" at byte 0`},
		{"ngày 10 Ba tháng 3 năm 2026", ErrLunarSyntax, `calendar: lunar date "ngày 10 Ba tháng 3 năm 2026": unexpected word "Ba" at byte 9`}, // a month's name only after "tháng"
		{"ngày 10 tháng Ba Tư năm 2026", ErrLunarSyntax, `calendar: lunar date "ngày 10 tháng Ba Tư năm 2026": unexpected word "Tư" at byte 19`},
		{"10 THÁNG 3 NĂM BÍNH NGỌ", ErrLunarSyntax, `calendar: lunar date "10 THÁNG 3 NĂM BÍNH NGỌ": unexpected word "BÍNH" at byte 17`},
		// A word glued to a number is a part of a token; it is quoted
		// folded, without an offset that would point at the number.
		{"10/3x/2026", ErrLunarSyntax, `calendar: lunar date "10/3x/2026": unexpected word "x"`},
		{"30/1/2024", ErrNoSuchDay, `calendar: lunar date "30/1/2024": month 1 of 2024 has 29 days`},
		{"1/3 nhuận/2023", ErrNoLeapMonth, `calendar: lunar date "1/3 nhuận/2023": the leap month of 2023 follows month 2, not 3`},
		{"1/13/2026", ErrNoSuchDay, `calendar: lunar date "1/13/2026": month 13 out of range 1–12`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseLunar(tt.in)
			assert.True(t, got.IsZero())
			checkLunarError(t, err, tt.kind, tt.msg)
		})
	}
	// A long input is cut in the message, at a character boundary.
	_, err := ParseLunar("ắ" + strings.Repeat("a", 100))
	require.Error(t, err)
	assert.Equal(t, `calendar: lunar date "ắ`+strings.Repeat("a", 61)+`…": unexpected word "ắ`+strings.Repeat("a", 17)+`…" at byte 0`, err.Error())
	assert.Panics(t, func() { MustParseLunar("30/1/2024") })
}

func TestParseLunarInYear(t *testing.T) {
	got, err := ParseLunarInYear("10/3 âm lịch", 2026)
	require.NoError(t, err)
	assert.Equal(t, LunarDate{2026, 3, 10, false}, got)
	assert.Equal(t, date("26/4/2026"), MustLunarToSolar(got), "Giỗ Tổ 2026")
	// A year in the text wins.
	got, err = ParseLunarInYear("10/3/2027", 2026)
	require.NoError(t, err)
	assert.Equal(t, 2027, got.Year)
	_, err = ParseLunarInYear("30/1", 2024)
	assert.ErrorIs(t, err, ErrNoSuchDay)
}

func TestCanChi(t *testing.T) {
	years := []struct {
		year int
		want string
	}{
		{2025, "Ất Tỵ"}, {2026, "Bính Ngọ"}, {2024, "Giáp Thìn"}, {1984, "Giáp Tý"},
		{2019, "Kỷ Hợi"}, {2199, "Kỷ Hợi"}, // 180 years later: three cycles
		{1900, "Canh Tý"}, {1945, "Ất Dậu"}, {1975, "Ất Mão"}, {-56, "Giáp Tý"},
	}
	for _, tt := range years {
		assert.Equal(t, tt.want, YearCanChi(tt.year).String(), "%d", tt.year)
	}
	assert.Equal(t, "Cat", YearCanChi(2023).Branch.Animal(), "Quý Mão: the Cat in Vietnam")
	assert.Equal(t, "Ất Tỵ", SolarToLunar(date("28/1/2026")).YearCanChi().String(), "before Tết 2026 it is still Ất Tỵ")

	// Month: Ất and Canh years start with Mậu Dần; Giáp and Kỷ with Bính Dần.
	assert.Equal(t, "Mậu Dần", LunarDate{2025, 1, 1, false}.MonthCanChi().String())
	assert.Equal(t, "Bính Dần", LunarDate{2024, 1, 1, false}.MonthCanChi().String())
	assert.Equal(t, "Đinh Sửu", LunarDate{2024, 12, 1, false}.MonthCanChi().String())
	assert.Equal(t, LunarDate{2023, 2, 1, false}.MonthCanChi(), LunarDate{2023, 2, 1, true}.MonthCanChi(), "leap month takes the name of its month")
	assert.Equal(t, CanChi{}, LunarDate{}.MonthCanChi())

	// Day: 1/1/2000 was a Mậu Ngọ day; Tết Giáp Thìn 2024 a Giáp Thìn day.
	assert.Equal(t, "Mậu Ngọ", DayCanChi(date("1/1/2000")).String())
	assert.Equal(t, "Giáp Thìn", DayCanChi(date("10/2/2024")).String())
	assert.Equal(t, "Ất Tỵ", DayCanChi(date("11/2/2024")).String())
	assert.Equal(t, CanChi{}, DayCanChi(vietnam.Date{}))
	assert.Equal(t, "", CanChi{}.String())
}

func TestLunarDateJSON(t *testing.T) {
	type event struct {
		Name string    `json:"name"`
		On   LunarDate `json:"on"`
	}
	in := []event{{"Giỗ Tổ", LunarDate{2026, 3, 10, false}}, {"leap", LunarDate{2023, 2, 1, true}}, {"none", LunarDate{}}}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, `[{"name":"Giỗ Tổ","on":"10/3/2026"},{"name":"leap","on":"1/2 nhuận/2023"},{"name":"none","on":""}]`, string(b))
	var out []event
	require.NoError(t, json.Unmarshal(b, &out))
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	var bad event
	err = json.Unmarshal([]byte(`{"on":"30/1/2024"}`), &bad)
	assert.ErrorIs(t, err, ErrNoSuchDay)
}
