package vietnam_test

import (
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/internal/golden"
	"github.com/hocvuso/hocvuso/internal/scan/scantest"
	"github.com/hocvuso/hocvuso/vietnam"
)

// TestDateScan scans what drivers return for a DATE column: pgx and
// lib/pq give midnight UTC, go-sql-driver/mysql with parseTime and loc
// gives midnight in the connection's zone (here UTC−05:00 and UTC+14:00,
// where converting to Vietnam time would move the day), SQLite gives text.
func TestDateScan(t *testing.T) {
	scantest.Run(t, scantest.Cases[vietnam.Date]{
		Into: "vietnam.Date",
		Want: vietnam.MustDate(2025, time.May, 29),
		Good: []any{
			time.Date(2025, 5, 29, 0, 0, 0, 0, time.UTC),                        // pgx
			time.Date(2025, 5, 29, 0, 0, 0, 0, time.FixedZone("EST", -5*3600)),  // mysql, loc UTC−05:00
			time.Date(2025, 5, 29, 0, 0, 0, 0, time.FixedZone("LINT", 14*3600)), // mysql, loc UTC+14:00
			"2025-05-29", []byte("2025-05-29"), "2025-05-29 00:00:00", // text, bytes, SQLite's datetime
			"2025-05-29T00:00:00Z", "29/05/2025", // RFC 3339, day first
		},
		Value:       time.Date(2025, 5, 29, 0, 0, 0, 0, time.UTC),
		Unsupported: []any{int64(20250529), 2025.5, true},
		Bad:         map[string]error{"2025-02-30": vietnam.ErrDateRange},
	})
}

func TestDateGoldenJSON(t *testing.T) {
	golden.RoundTrip(t, "date", struct {
		Start vietnam.Date `json:"start"`
		End   vietnam.Date `json:"end"`
		None  vietnam.Date `json:"none"`
	}{vietnam.MustDate(2025, time.May, 29), vietnam.MustDate(2025, time.August, 15), vietnam.Date{}})
}
