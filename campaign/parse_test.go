package campaign_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
)

func date(s string) vietnam.Date { return vietnam.MustParseDate(s) }

func win(start, end string) campaign.Window {
	var e vietnam.Date
	if end != "" {
		e = date(end)
	}
	return campaign.MustWindow(date(start), e)
}

func TestParseWindow(t *testing.T) {
	summer := win("29/5/2025", "15/8/2025")
	spring := win("1/3/2025", "1/6/2025")
	tests := []struct {
		in     string
		parser campaign.WindowParser
		want   campaign.Window
	}{
		// The forms of announcements, year from the caller.
		{"29/5–15/8", campaign.WindowParser{Year: 2025}, summer},
		{"29/5—15/8", campaign.WindowParser{Year: 2025}, summer},
		{"29/5-15/8", campaign.WindowParser{Year: 2025}, summer},
		{"29/5 - 15/8", campaign.WindowParser{Year: 2025}, summer},
		{"29/5\u00a0–\u00a015/8", campaign.WindowParser{Year: 2025}, summer},
		{"29.5–15.8", campaign.WindowParser{Year: 2025}, summer},
		{"từ ngày 29/5 đến ngày 15/8", campaign.WindowParser{Year: 2025}, summer},
		{"tu ngay 29/5 den ngay 15/8", campaign.WindowParser{Year: 2025}, summer},
		{"TỪ NGÀY 29/5 ĐẾN HẾT NGÀY 15/8", campaign.WindowParser{Year: 2025}, summer},
		{norm.NFD.String("từ ngày 29/5 đến hết ngày 15/8"), campaign.WindowParser{Year: 2025}, summer},
		{"Từ 29/5 tới 15/8", campaign.WindowParser{Year: 2025}, summer},
		{"từ ngày 29 tháng 5 đến ngày 15 tháng 8", campaign.WindowParser{Year: 2025}, summer},
		{"1-3 đến 1-6", campaign.WindowParser{Year: 2025}, spring},
		{"1-3-1-6", campaign.WindowParser{Year: 2025}, spring},
		// Only one hyphen leaves a date on each side: ISO needs two-digit parts.
		{"1-3-2025-1-6", campaign.WindowParser{}, spring},
		{"từ 1/3 cho đến hết 1/6", campaign.WindowParser{Year: 2025}, spring},
		// Years in the text; the caller's year is not needed or is overridden.
		{"29/5/2025 – 15/8/2025", campaign.WindowParser{}, summer},
		{"29/5/2025 – 15/8/2025", campaign.WindowParser{Year: 1999}, summer},
		{"từ 29/5/2025 đến 15/8/2025", campaign.WindowParser{}, summer},
		{"29-5-2025 - 15-8-2025", campaign.WindowParser{}, summer},
		{"29-5-2025-15-8-2025", campaign.WindowParser{}, summer},
		{"2025-05-29 – 2025-08-15", campaign.WindowParser{}, summer},
		{"từ ngày 29/5 đến hết ngày 15/8/2025", campaign.WindowParser{}, summer},
		{"từ ngày 29/5/2025 đến hết ngày 15/8", campaign.WindowParser{}, summer},
		{"29/5 – 15/8 năm 2025", campaign.WindowParser{}, summer},
		{"ngày 29 tháng 5 đến ngày 15 tháng 8 năm 2025", campaign.WindowParser{}, summer},
		// Copied from a sentence.
		{"từ ngày 29/5/2025 đến ngày 15/8/2025.", campaign.WindowParser{}, summer},
		{"29.5–15.8.", campaign.WindowParser{Year: 2025}, summer},
		{"29/5–15/8,", campaign.WindowParser{Year: 2025}, summer},
		// What String, Long and MarshalText write.
		{"29/05/2025–15/08/2025", campaign.WindowParser{}, summer},
		{"từ ngày 29/05/2025 đến hết ngày 15/08/2025", campaign.WindowParser{}, summer},
		{"2025-05-29/2025-08-15", campaign.WindowParser{}, summer},
		// Open-ended and one-day windows.
		{"từ ngày 22/4", campaign.WindowParser{Year: 2025}, win("22/4/2025", "")},
		{"từ 22/04/2025", campaign.WindowParser{}, win("22/4/2025", "")},
		{"2025-04-22/..", campaign.WindowParser{}, win("22/4/2025", "")},
		{"10/10/2025", campaign.WindowParser{}, win("10/10/2025", "10/10/2025")},
		{"ngày 10/10", campaign.WindowParser{Year: 2025}, win("10/10/2025", "10/10/2025")},
		// Over the year end, when the text or the option says so.
		{"1/12–28/2", campaign.WindowParser{Year: 2025, AcrossYearEnd: true}, win("1/12/2025", "28/2/2026")},
		{"1/12 đến 28/2 năm sau", campaign.WindowParser{Year: 2025}, win("1/12/2025", "28/2/2026")},
		{"1/3 đến 1/6 năm sau", campaign.WindowParser{Year: 2025}, win("1/3/2025", "1/6/2026")},
		{"từ 1/12/2025 đến 28/2 năm sau", campaign.WindowParser{}, win("1/12/2025", "28/2/2026")},
		{"từ 20/12 đến 10/1/2026", campaign.WindowParser{AcrossYearEnd: true}, win("20/12/2025", "10/1/2026")},
		{"từ 20/12/2025 đến 10/1", campaign.WindowParser{AcrossYearEnd: true}, win("20/12/2025", "10/1/2026")},
		{"20/12/2025 – 10/1/2026", campaign.WindowParser{}, win("20/12/2025", "10/1/2026")},
		// Whole months.
		{"tháng 3/2025", campaign.WindowParser{}, win("1/3/2025", "31/3/2025")},
		{"Tháng 2 năm 2024", campaign.WindowParser{}, win("1/2/2024", "29/2/2024")},
		{"thang 2", campaign.WindowParser{Year: 2025}, win("1/2/2025", "28/2/2025")},
		{"từ tháng 5 đến hết tháng 8", campaign.WindowParser{Year: 2025}, win("1/5/2025", "31/8/2025")},
		{"từ tháng 5 đến tháng 8/2025", campaign.WindowParser{}, win("1/5/2025", "31/8/2025")},
		{"tháng 4 – tháng 6 năm 2025", campaign.WindowParser{}, win("1/4/2025", "30/6/2025")},
		{"từ 15/5 đến hết tháng 8", campaign.WindowParser{Year: 2025}, win("15/5/2025", "31/8/2025")},
		{"từ tháng 12 đến hết tháng 2 năm sau", campaign.WindowParser{Year: 2027}, win("1/12/2027", "29/2/2028")},
		{"từ tháng 12/2025 đến tháng 2", campaign.WindowParser{AcrossYearEnd: true}, win("1/12/2025", "28/2/2026")},
		{"từ tháng 3/2025", campaign.WindowParser{}, win("1/3/2025", "")},
		{"tháng 8 – 15/8", campaign.WindowParser{Year: 2025}, win("1/8/2025", "15/8/2025")},
		// AcrossYearEnd moves nothing when the window is already in order.
		{"29/5–15/8", campaign.WindowParser{Year: 2025, AcrossYearEnd: true}, summer},
		{"29/2–1/3", campaign.WindowParser{Year: 2024}, win("29/2/2024", "1/3/2024")},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := tt.parser.Parse(tt.in)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			// Round trips through every text form.
			for _, s := range []string{got.String(), got.Long()} {
				back, err := campaign.ParseWindow(s)
				require.NoError(t, err, s)
				assert.Equal(t, got, back, s)
			}
			text, err := got.MarshalText()
			require.NoError(t, err)
			var back campaign.Window
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, got, back, string(text))
		})
	}
}

// TestParseWindowDashes: every dash vietnam.IsDash names, as Word,
// spreadsheets and East Asian input methods put them between two dates, is
// a range, with or without spaces around it.
func TestParseWindowDashes(t *testing.T) {
	summer := win("29/5/2025", "15/8/2025")
	for _, d := range []string{"‐", "‑", "‒", "–", "—", "―", "−", "﹘", "﹣", "－"} {
		r, _ := utf8.DecodeRuneInString(d)
		require.True(t, vietnam.IsDash(r), "%U", r)
		for _, in := range []string{"29/5" + d + "15/8/2025", "29/5/2025 " + d + " 15/8/2025"} {
			got, err := campaign.ParseWindow(in)
			if assert.NoError(t, err, "%U", r) {
				assert.Equal(t, summer, got, "%U %q", r, in)
			}
		}
	}
}

func TestParseWindowInYear(t *testing.T) {
	got, err := campaign.ParseWindowInYear("1/3–1/6", 2026)
	require.NoError(t, err)
	assert.Equal(t, win("1/3/2026", "1/6/2026"), got)
	assert.Equal(t, 92+1, got.Days())
}

// TestTooLong: a text over 200 bytes is refused before it is read, by
// ParseWindow and ParseYearly alike, and quoted in the error up to a
// letter's boundary (byte 200 falls inside an "ừ" here).
func TestTooLong(t *testing.T) {
	s := "ab" + strings.Repeat("từ ", 50)
	for name, parse := range map[string]func(string) error{
		"ParseWindow": func(s string) error { _, err := campaign.ParseWindow(s); return err },
		"ParseYearly": func(s string) error { _, err := campaign.ParseYearly(s); return err },
	} {
		t.Run(name, func(t *testing.T) {
			err := parse(s)
			assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
			var we *campaign.WindowError
			require.ErrorAs(t, err, &we)
			assert.Equal(t, "ab"+strings.Repeat("từ ", 39)+"t…", we.Input)
			assert.Equal(t, -1, we.Pos)
		})
	}
}

func TestParseWindowErrors(t *testing.T) {
	tests := []struct {
		in     string
		parser campaign.WindowParser
		err    error
		pos    int
		msg    string
	}{
		{"", campaign.WindowParser{}, campaign.ErrWindowSyntax, -1, `campaign: window "": empty`},
		{"   ", campaign.WindowParser{}, campaign.ErrWindowSyntax, -1, `campaign: window "   ": empty`},
		{"29/5–15/8", campaign.WindowParser{}, campaign.ErrWindowNoYear, 0,
			`campaign: window "29/5–15/8": at byte 0: no year in the text and none given`},
		{"từ ngày 22/4", campaign.WindowParser{}, campaign.ErrWindowNoYear, 11, ""},
		{"15/8–29/5", campaign.WindowParser{Year: 2025}, campaign.ErrWindowOrder, 7,
			`campaign: window "15/8–29/5": at byte 7: ends 29/05/2025, before it starts 15/08/2025 (set AcrossYearEnd or write "năm sau" for a window over the year end)`},
		{"1/12–28/2", campaign.WindowParser{Year: 2025}, campaign.ErrWindowOrder, 7, ""},
		{"từ 20/12 đến 10/1/2026", campaign.WindowParser{}, campaign.ErrWindowOrder, 18, ""},
		{"15/8/2025 – 29/5/2025", campaign.WindowParser{AcrossYearEnd: true}, campaign.ErrWindowOrder, 14,
			`campaign: window "15/8/2025 – 29/5/2025": at byte 14: ends 29/05/2025, before it starts 15/08/2025`},
		{"31/4–15/8", campaign.WindowParser{Year: 2025}, vietnam.ErrDateRange, 0,
			`campaign: window "31/4–15/8": at byte 0: day 31 out of range for 4/2025 (1–30)`},
		{"29/2/2025–1/3/2025", campaign.WindowParser{}, vietnam.ErrDateRange, 0, ""},
		{"1/3–30/2", campaign.WindowParser{Year: 2024}, vietnam.ErrDateRange, 6, ""},
		{"2025-05-29/2025-13-01", campaign.WindowParser{}, vietnam.ErrDateRange, 11, ""},
		{"2025-05-29/2025", campaign.WindowParser{}, campaign.ErrWindowSyntax, 11, ""},
		{"1-3-2025-01-06", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 3,
			`campaign: window "1-3-2025-01-06": at byte 3: ambiguous hyphen: write the range with "–" or "đến"`},
		{"29/5–", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 7, ""},
		{"từ 29/5 đến", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 16, ""},
		{"đến hết ngày 15/8", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 0,
			`campaign: window "đến hết ngày 15/8": at byte 0: no start date`},
		{"29/5 đến 15/8 đến 20/8", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 17, ""},
		{"29/5–15/8–20/8", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 11, ""},
		{"29/5 @ 15/8", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 5,
			`campaign: window "29/5 @ 15/8": at byte 5: unexpected '@'`},
		{"29/5/25–15/8/25", campaign.WindowParser{}, campaign.ErrWindowSyntax, 5, ""},
		{"123/5–15/8", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 0, ""},
		{"29/5/20255", campaign.WindowParser{}, campaign.ErrWindowSyntax, 5, ""},
		{"29/5-8", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 4, ""},
		{"29/5.2025", campaign.WindowParser{}, campaign.ErrWindowSyntax, 4, ""},
		{"29/5–15/8..", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 11, ""},
		{".", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 0, ""},
		{"từ", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 4, ""},
		{"từ.", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 5, ""},
		{"29 tháng", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 9, ""},
		{"29/5 năm sau", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 5, ""},
		{"29/5 hôm nay", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 5,
			`campaign: window "29/5 hôm nay": at byte 5: unexpected "hôm"`},
		{"hết ngày 15/8", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 0, ""},
		{"tháng 13/2025", campaign.WindowParser{}, vietnam.ErrDateRange, 0,
			`campaign: window "tháng 13/2025": at byte 0: month 13 out of range 1–12`},
		{"tháng 5/25", campaign.WindowParser{}, campaign.ErrWindowSyntax, 9, ""},
		{"tháng", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 6, ""},
		{"tháng 123", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 7, ""},
		{"tháng 8 – tháng 5", campaign.WindowParser{Year: 2025}, campaign.ErrWindowOrder, 13, ""},
		{"tháng 5 xyz", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 9, ""},
		{"29/5\xff", campaign.WindowParser{Year: 2025}, campaign.ErrWindowSyntax, 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := tt.parser.Parse(tt.in)
			require.Error(t, err)
			assert.Equal(t, campaign.Window{}, got)
			assert.ErrorIs(t, err, tt.err)
			var we *campaign.WindowError
			require.ErrorAs(t, err, &we)
			assert.Equal(t, tt.in, we.Input)
			assert.Equal(t, tt.pos, we.Pos)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, err.Error())
			}
		})
	}
}

func TestParseWindowTooLong(t *testing.T) {
	long := "29/5–15/8/2025" + string(make([]byte, 300))
	_, err := campaign.ParseWindow(long)
	var we *campaign.WindowError
	require.ErrorAs(t, err, &we)
	assert.ErrorIs(t, err, campaign.ErrWindowSyntax)
	assert.Equal(t, -1, we.Pos)
	assert.Less(t, len(we.Input), 210, "the error must not carry the whole input")
}

func TestMustParseWindow(t *testing.T) {
	assert.Equal(t, win("29/5/2025", "15/8/2025"), campaign.MustParseWindow("29/5/2025–15/8/2025"))
	assert.Panics(t, func() { campaign.MustParseWindow("29/5–15/8") })
}

func TestWindowJSON(t *testing.T) {
	type plan struct {
		Window campaign.Window            `json:"window"`
		Open   campaign.Window            `json:"open"`
		None   campaign.Window            `json:"none"`
		ByWin  map[campaign.Window]string `json:"by_window"`
	}
	in := plan{
		Window: win("29/5/2025", "15/8/2025"),
		Open:   win("22/4/2025", ""),
		ByWin:  map[campaign.Window]string{win("1/3/2025", "31/3/2025"): "Tháng Thanh niên"},
	}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"window":"2025-05-29/2025-08-15","open":"2025-04-22/..","none":"","by_window":{"2025-03-01/2025-03-31":"Tháng Thanh niên"}}`, string(b))
	var out plan
	require.NoError(t, json.Unmarshal(b, &out))
	if diff := cmp.Diff(in, out); diff != "" {
		t.Fatalf("JSON round trip (-want +got):\n%s", diff)
	}
	// Announcement text is accepted on the way in.
	require.NoError(t, json.Unmarshal([]byte(`{"window":"từ ngày 29/5/2025 đến hết ngày 15/8/2025"}`), &out))
	assert.Equal(t, in.Window, out.Window)
	err = json.Unmarshal([]byte(`{"window":"29/5–15/8"}`), &out)
	assert.True(t, errors.Is(err, campaign.ErrWindowNoYear), "%v", err)
}
