package campaign_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
)

// FuzzParseWindow checks that no input panics, that every error is a
// *WindowError pointing inside the input, and that every window read
// prints back to itself through String, Long and MarshalText.
func FuzzParseWindow(f *testing.F) {
	seeds := []struct {
		s      string
		year   int
		across bool
	}{
		{"29/5–15/8", 2025, false},                        // en dash, year from the caller
		{"29/5/2025 – 15/8/2025", 0, false},               // spaced, years in the text
		{"từ ngày 29/5 đến hết ngày 15/8", 2025, false},   // announcement wording
		{"tu ngay 29/5 den het ngay 15/8/2025", 0, false}, // without tones
		{"1-3 đến 1-6", 2025, false},                      // hyphens inside dates
		{"1-3-1-6", 2025, false},                          // hyphen for both
		{"1-3-2025-01-06", 2025, false},                   // ambiguous hyphen
		{"29/5—15/8", 2025, false},                        // em dash
		{"1/12–28/2", 2025, true},                         // over the year end
		{"1/12 đến 28/2 năm sau", 2025, false},            // said in the text
		{"từ ngày 22/4", 2025, false},                     // open-ended
		{"ngày 29 tháng 5 đến ngày 15 tháng 8 năm 2025", 0, false},
		{"2025-05-29/2025-08-15", 0, false},         // ISO interval
		{"2025-04-22/..", 0, false},                 // ISO open interval
		{"31/4–15/8", 2025, false},                  // impossible day
		{"15/8–29/5", 2025, false},                  // reversed
		{"từ tháng 5 đến hết tháng 8", 2025, false}, // whole months
		{"tháng 2/2024", 0, false},                  // a leap February
		{"", 0, false},
		{"đến hết ngày 15/8", 2025, false},
	}
	for _, s := range seeds {
		f.Add(s.s, s.year, s.across)
	}
	f.Fuzz(func(t *testing.T, s string, year int, across bool) {
		p := campaign.WindowParser{Year: year, AcrossYearEnd: across}
		w, err := p.Parse(s)
		if err != nil {
			var we *campaign.WindowError
			if !errors.As(err, &we) {
				t.Fatalf("Parse(%q): error %T is not a *WindowError: %v", s, err, err)
			}
			if we.Pos < -1 || we.Pos > len(s) {
				t.Fatalf("Parse(%q): position %d outside the input", s, we.Pos)
			}
			if !strings.HasPrefix(err.Error(), "campaign: window ") {
				t.Fatalf("Parse(%q): message %q lacks the package prefix", s, err)
			}
			if !errors.Is(err, campaign.ErrWindowSyntax) && !errors.Is(err, campaign.ErrWindowOrder) &&
				!errors.Is(err, campaign.ErrWindowNoYear) && !errors.Is(err, vietnam.ErrDateRange) {
				t.Fatalf("Parse(%q): error matches no category: %v", s, err)
			}
			if w != (campaign.Window{}) {
				t.Fatalf("Parse(%q): error with a non-zero window %v", s, w)
			}
			return
		}
		if w.IsZero() {
			t.Fatalf("Parse(%q) gave the zero window without error", s)
		}
		if !w.IsOpen() && w.End().Before(w.Start()) {
			t.Fatalf("Parse(%q) = %v ends before it starts", s, w)
		}
		for _, text := range []string{w.String(), w.Long()} {
			back, err := campaign.ParseWindow(text)
			if err != nil || back != w {
				t.Fatalf("Parse(%q) = %v; ParseWindow(%q) = %v, %v", s, w, text, back, err)
			}
		}
		b, _ := w.MarshalText()
		var back campaign.Window
		if err := back.UnmarshalText(b); err != nil || back != w {
			t.Fatalf("Parse(%q) = %v; UnmarshalText(%q) = %v, %v", s, w, b, back, err)
		}
		if !utf8.ValidString(w.String()) {
			t.Fatalf("String of %q is not UTF-8", s)
		}
	})
}

// FuzzParseStatus checks that ParseStatus never panics and reads back
// every status it accepts.
func FuzzParseStatus(f *testing.F) {
	for _, s := range []string{"running", "Đang diễn ra", "da ket thuc", "", "Status(9)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := campaign.ParseStatus(s)
		if err != nil {
			if !errors.Is(err, campaign.ErrStatus) || !strings.HasPrefix(err.Error(), "campaign: status ") {
				t.Fatalf("ParseStatus(%q): bad error %v", s, err)
			}
			return
		}
		for _, text := range []string{st.String(), st.VI()} {
			if back, err := campaign.ParseStatus(text); err != nil || back != st {
				t.Fatalf("ParseStatus(%q) = %v; ParseStatus(%q) = %v, %v", s, st, text, back, err)
			}
		}
	})
}
