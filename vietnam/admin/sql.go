package admin

import (
	"database/sql/driver"

	"github.com/hocvuso/hocvuso/vietnam"
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
func (c *Code) Scan(src any) error {
	if src == nil {
		*c = Code{}
		return nil
	}
	s, ok := vietnam.ScanText(src)
	if !ok {
		return &vietnam.ScanError{Into: "admin.Code", Src: src}
	}
	var v Code
	if err := v.UnmarshalText([]byte(s)); err != nil {
		return &vietnam.ScanError{Into: "admin.Code", Src: src, Err: err}
	}
	*c = v
	return nil
}
