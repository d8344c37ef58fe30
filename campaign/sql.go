package campaign

import (
	"database/sql/driver"
	"strings"

	"github.com/hocvuso/hocvuso/internal/scan"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Value implements driver.Valuer: the window as an ISO 8601 interval in a
// text column, "2025-05-29/2025-08-15" (see MarshalText); the zero Window
// is NULL.
func (w Window) Value() (driver.Value, error) { return scan.Value(w) }

// Scan implements sql.Scanner for a text column (string or []byte) holding
// any form ParseWindow reads, or PostgreSQL's daterange text,
// "[2025-05-29,2025-08-16)" (the canonical form, end excluded) or with an
// inclusive "]" end; an unbounded end gives an open-ended window. NULL
// gives the zero Window. Errors are *vietnam.ScanError, which wraps
// vietnam.ErrScan and the parse error.
func (w *Window) Scan(src any) error { return windowScan.Scan(w, src) }

var windowScan = scan.Text[Window]{Into: "campaign.Window", Parse: scanWindow}

// scanWindow reads a daterange literal, or any form ParseWindow reads.
func scanWindow(s string) (Window, error) {
	if len(s) < 2 || (s[0] != '[' && s[0] != '(') {
		return ParseWindow(s)
	}
	lo, hi, ok := strings.Cut(s[1:len(s)-1], ",")
	if !ok {
		return ParseWindow(s)
	}
	bad := &WindowError{Input: s, Pos: -1, Reason: "not a daterange", Err: ErrWindowSyntax}
	if lo == "" {
		return Window{}, bad
	}
	start, err := vietnam.ParseDate(strings.Trim(lo, `"`))
	if err != nil {
		return Window{}, bad
	}
	if s[0] == '(' {
		start = start.AddDays(1)
	}
	var end vietnam.Date
	if hi = strings.Trim(hi, `"`); hi != "" && hi != "infinity" {
		if end, err = vietnam.ParseDate(hi); err != nil {
			return Window{}, bad
		}
		if s[len(s)-1] == ')' {
			end = end.AddDays(-1)
		}
	}
	return NewWindow(start, end)
}
