package campaign_test

import (
	"errors"
	"testing"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/vietnam"
)

// FuzzWindowScan checks that no text panics Window.Scan, that failures
// wrap vietnam.ErrScan, and that a scanned window is stored and scanned
// back unchanged.
func FuzzWindowScan(f *testing.F) {
	for _, s := range []string{"[2025-05-29,2025-08-16)", "(2025-05-28,2025-08-15]", "[2025-04-22,)", `["2025-05-29","2025-08-16")`,
		"[,)", "empty", "29/5/2025–15/8/2025", "2025-05-29/..", "[2025-12-31,2026-01-01)", "[9999-12-31,)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var w campaign.Window
		if err := w.Scan(s); err != nil {
			if !errors.Is(err, vietnam.ErrScan) {
				t.Fatalf("Scan(%q): %v does not wrap ErrScan", s, err)
			}
			return
		}
		v, err := w.Value()
		if err != nil {
			t.Fatalf("Value of %v: %v", w, err)
		}
		var back campaign.Window
		if err := back.Scan(v); err != nil || back != w {
			t.Fatalf("Scan(%q) = %v, stored as %v, scans back as %v, %v", s, w, v, back, err)
		}
	})
}
