package admin

import (
	"database/sql/driver"

	"github.com/hocvuso/hocvuso/internal/scan"
)

// Value implements driver.Valuer: the code with its era as text,
// "2025:25966" (see MarshalText), so that a stored code is never read in
// the wrong era; the zero Code is NULL.
func (c Code) Value() (driver.Value, error) {
	if c.IsZero() {
		return nil, nil
	}
	b, err := c.MarshalText()
	return string(b), err
}

// Scan implements sql.Scanner for a text column written by Value (string
// or []byte); NULL gives the zero Code. A bare number (an INTEGER column,
// or text without the era) is an error: "25966" names a ward in one era
// and perhaps nothing or another unit in the other. Errors are
// *vietnam.ScanError, which wraps vietnam.ErrScan.
func (c *Code) Scan(src any) error { return codeScan.Scan(c, src) }

var codeScan = scan.Text[Code]{Into: "admin.Code", Parse: func(s string) (Code, error) {
	var c Code
	err := c.UnmarshalText([]byte(s))
	return c, err
}}
