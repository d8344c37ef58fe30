package metrics_test

import (
	"errors"
	"testing"

	"github.com/hocvuso/hocvuso/metrics"
	"github.com/hocvuso/hocvuso/vietnam"
)

// FuzzParsePeriod checks that no input panics, that every error is a
// *PeriodError of a known category, and that a parsed period reads back
// from its ID and from both labels (a campaign week's label excepted).
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2025W23", "quý I/2025", "Quý 1 năm 2025", "6 tháng đầu năm 2025", "tháng 06/2025",
		"tuần 23 năm 2025", "2020W53", "2025-05-29/2025-08-15:W3", "../2025-08-15", "9 tháng đầu năm 2025",
		"Week 1, 2026", "20250605", "0000W01", "9999W52", "2025-05-29/..:W1", "ngày 5 tháng 6 năm 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := metrics.ParsePeriod(s)
		if err != nil {
			var pe *metrics.PeriodError
			if !errors.As(err, &pe) || !(errors.Is(err, metrics.ErrPeriodSyntax) || errors.Is(err, metrics.ErrPeriodRange) || errors.Is(err, metrics.ErrPeriod)) {
				t.Fatalf("ParsePeriod(%q): %v is not a categorised *PeriodError", s, err)
			}
			return
		}
		forms := []string{p.ID()}
		if p.Type() != metrics.CampaignWeekly && p.Type() != metrics.Range {
			forms = append(forms, p.Label(vietnam.Vietnamese), p.Label(vietnam.English))
		}
		for _, form := range forms {
			back, err := metrics.ParsePeriod(form)
			if err != nil || back != p {
				t.Fatalf("ParsePeriod(%q) = %v; its form %q reads back as %v, %v", s, p.ID(), form, back.ID(), err)
			}
		}
		if p.Type() != metrics.Range && p.From.After(p.To) {
			t.Fatalf("ParsePeriod(%q) = %v ends before it starts", s, p.ID())
		}
	})
}
