package metrics

import (
	"database/sql/driver"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/internal/scan"
)

// Value implements driver.Valuer: a period is stored as its ID in a text
// column ("2025W23"); the zero Period is NULL.
func (p Period) Value() (driver.Value, error) {
	if p == (Period{}) {
		return nil, nil
	}
	return p.ID(), nil
}

// Scan implements sql.Scanner for a text column holding a period ID or
// label (string or []byte); NULL gives the zero Period. Anything else is a
// *vietnam.ScanError, which wraps vietnam.ErrScan.
func (p *Period) Scan(src any) error { return periodScan.Scan(p, src) }

var periodScan = scan.Text[Period]{Into: "metrics.Period", Parse: ParsePeriod}

// Value implements driver.Valuer for a NUMERIC column: the decimal as
// text, exactly; a missing value is NULL. A ratio is stored as its value
// only: store its numerator and denominator indicators to keep the parts.
func (v Value) Value() (driver.Value, error) {
	if v.IsMissing() {
		return nil, nil
	}
	return v.n.String(), nil
}

// Scan implements sql.Scanner. It reads what drivers return for NUMERIC,
// INTEGER and REAL columns: text (string or []byte, as PostgreSQL drivers
// give NUMERIC), int64 and float64; NULL gives the missing Value. Anything
// else is a *vietnam.ScanError, which wraps vietnam.ErrScan.
func (v *Value) Scan(src any) error {
	switch x := src.(type) {
	case int64:
		*v = ValueOf(decimal.NewFromInt(x))
		return nil
	case float64:
		*v = ValueOf(decimal.NewFromFloat(x))
		return nil
	}
	return valueScan.Scan(v, src)
}

var valueScan = scan.Text[Value]{Into: "metrics.Value", Parse: func(s string) (Value, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return Value{}, errorf(ErrSyntax, "metrics: value %q is not a decimal", s)
	}
	return ValueOf(d), nil
}}
