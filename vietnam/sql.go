package vietnam

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"time"
)

// ErrScan is wrapped by every error a Scan method of this module returns:
// a database value of a Go type the method does not read, or text that
// does not parse. Match it with errors.Is; the *ScanError says which.
var ErrScan = errors.New("cannot scan")

// ScanError reports a database value that a Scan method cannot store.
// Err is the parse error when the value was text that does not parse, and
// nil when its Go type is not one the method reads. Its message starts
// with "vietnam:", as the package's other errors do, whichever package's
// type was scanned into: "vietnam: scan int64 into admin.Code:
// unsupported driver type".
type ScanError struct {
	Into string // the type scanned into: "vietnam.Date", "person.Phone"
	Src  any    // the value the driver returned
	Err  error
}

func (e *ScanError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("vietnam: scan %T into %s: %v", e.Src, e.Into, e.Err)
	}
	return fmt.Sprintf("vietnam: scan %T into %s: unsupported driver type", e.Src, e.Into)
}

// Unwrap returns ErrScan and the parse error, if any.
func (e *ScanError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrScan}
	}
	return []error{ErrScan, e.Err}
}

// ScanText returns the text of a driver value that is a string or a
// []byte, and false for any other type. Scan methods of the module share
// it; the []byte case is copied, since drivers may reuse the buffer.
func ScanText(src any) (string, bool) {
	switch v := src.(type) {
	case string:
		return v, true
	case []byte:
		return string(v), true
	}
	return "", false
}

// Value implements driver.Valuer for a DATE column: the day at midnight
// UTC, which drivers send as the date itself; the zero Date is NULL.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), nil
}

// Scan implements sql.Scanner. It reads what drivers return for a DATE
// column: a time.Time, whose calendar day is taken in its own location
// (PostgreSQL drivers give midnight UTC, MySQL's may give midnight local
// time; converting either to Vietnam time could move the day); text in ISO
// form, with or without a time after it ("2025-05-29", "2025-05-29
// 00:00:00", as SQLite stores it), or any form ParseDate reads; and NULL,
// which gives the zero Date. Anything else is a *ScanError.
func (d *Date) Scan(src any) error {
	if src == nil {
		*d = Date{}
		return nil
	}
	if t, ok := src.(time.Time); ok {
		v, err := NewDate(t.Date())
		if err != nil {
			return &ScanError{Into: "vietnam.Date", Src: src, Err: err}
		}
		*d = v
		return nil
	}
	s, ok := ScanText(src)
	if !ok {
		return &ScanError{Into: "vietnam.Date", Src: src}
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') && s[4] == '-' {
		s = s[:10]
	}
	v, err := ParseDate(s)
	if err != nil {
		return &ScanError{Into: "vietnam.Date", Src: src, Err: err}
	}
	*d = v
	return nil
}
