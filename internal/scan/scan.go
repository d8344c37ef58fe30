// Package scan is the sql.Scanner shared by the module's value types
// that a database stores as text (admin.Code, person.Phone, person.CCCD,
// campaign.Window, metrics.Period): NULL gives the zero value, text
// (string or []byte) is parsed, and any other driver type, or text that
// does not parse, is a *vietnam.ScanError, which wraps vietnam.ErrScan and
// the parse error. A failed Scan leaves the value alone. Value is the
// other direction for the types whose column holds their text form.
package scan

import (
	"database/sql/driver"
	"encoding"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Value is the driver.Valuer of a type stored as its text form: the zero
// value is NULL, so that an optional column stays NULL rather than
// holding an empty string, and any other value is its MarshalText.
func Value[T interface {
	IsZero() bool
	encoding.TextMarshaler
}](v T) (driver.Value, error) {
	if v.IsZero() {
		return nil, nil
	}
	b, err := v.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Text is how one type reads a driver value. It is read-only once built.
type Text[T any] struct {
	Into  string                  // the type in errors: "person.Phone"
	Parse func(string) (T, error) // reads the text
	// Int, when set, gives the text of an int64, as a numeric column or a
	// spreadsheet import leaves a number, or false for a number that can
	// be no value of T. Unset, an int64 is an unsupported driver type.
	Int func(int64) (string, bool)
}

// Scan sets *dst from the driver value src.
func (x Text[T]) Scan(dst *T, src any) error {
	if src == nil {
		var zero T
		*dst = zero
		return nil
	}
	s, ok := vietnam.ScanText(src)
	if n, isInt := src.(int64); isInt && x.Int != nil {
		s, ok = x.Int(n)
	}
	if !ok {
		return &vietnam.ScanError{Into: x.Into, Src: src}
	}
	v, err := x.Parse(s)
	if err != nil {
		return &vietnam.ScanError{Into: x.Into, Src: src, Err: err}
	}
	*dst = v
	return nil
}
