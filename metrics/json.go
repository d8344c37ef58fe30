package metrics

import (
	"bytes"
	"encoding/json"

	"github.com/shopspring/decimal"

	"github.com/hocvuso/hocvuso/internal/textvalue"
	"github.com/hocvuso/hocvuso/vietnam"
)

// JSON in this package uses snake_case keys, decimals as strings
// ("0.95", so that no digit is lost to a float) and dates in ISO form
// ("2025-05-29"). Periods travel as their ID ("2025W23"), statuses and
// kinds as their codes.

// MarshalText encodes the period as its ID (see Period.ID): "2025W23",
// "2025-05-29/2025-08-15"; the zero Period is the empty text.
func (p Period) MarshalText() ([]byte, error) { return p.appendID(nil), nil }

// UnmarshalText decodes any form ParsePeriod reads; the empty text gives
// the zero Period (every date).
func (p *Period) UnmarshalText(b []byte) error { return textvalue.Unmarshal(p, b, ParsePeriod) }

// UnmarshalJSON reads a period as a string (see UnmarshalText) or, as
// earlier versions wrote it, an object {"from": "2025-05-29", "to":
// "2025-08-15"} with either key optional. null leaves p unchanged.
func (p *Period) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var v Period
		if err := json.Unmarshal(b, &struct {
			From *vietnam.Date `json:"from"`
			To   *vietnam.Date `json:"to"`
		}{&v.From, &v.To}); err != nil {
			return err
		}
		if err := v.check(); err != nil {
			return err
		}
		*p = v
		return nil
	}
	if string(b) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	return p.UnmarshalText([]byte(s))
}

// jsonValue is the JSON form of a Value. A ratio keeps its parts.
type jsonValue struct {
	Value       *decimal.Decimal `json:"value,omitempty"`
	Numerator   *decimal.Decimal `json:"numerator,omitempty"`
	Denominator *decimal.Decimal `json:"denominator,omitempty"`
}

// MarshalJSON encodes a present value as {"value": "52000"}, a ratio as
// {"value": "85.3", "numerator": "853", "denominator": "1000"}, a ratio
// over a zero denominator as its parts without "value", and a missing
// value as null, so that "no data" never reads as 0.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case valueMissing:
		return []byte("null"), nil
	case valuePlain:
		return json.Marshal(jsonValue{Value: &v.n})
	case valueRatio:
		return json.Marshal(jsonValue{Value: &v.n, Numerator: &v.num, Denominator: &v.den})
	}
	return json.Marshal(jsonValue{Numerator: &v.num, Denominator: &v.den})
}

// UnmarshalJSON reads the forms MarshalJSON writes, and a bare number or
// decimal string ("52000") as a present value. null gives the missing
// Value.
func (v *Value) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*v = Value{}
		return nil
	}
	if len(b) == 0 || b[0] != '{' {
		var d decimal.Decimal
		if err := d.UnmarshalJSON(b); err != nil {
			return errorf(ErrSyntax, "metrics: value %s: %v", b, err)
		}
		*v = ValueOf(d)
		return nil
	}
	var j jsonValue
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return errorf(ErrSyntax, "metrics: value %s: %v", b, err)
	}
	switch {
	case (j.Numerator == nil) != (j.Denominator == nil):
		return errorf(ErrSyntax, "metrics: value %s: a ratio needs both numerator and denominator", b)
	case j.Numerator == nil && j.Value == nil:
		*v = Value{}
	case j.Numerator == nil:
		*v = ValueOf(*j.Value)
	case j.Denominator.IsZero():
		if j.Value != nil {
			return errorf(ErrSyntax, "metrics: value %s: a ratio over a zero denominator has no value", b)
		}
		*v = Value{num: *j.Numerator, den: *j.Denominator, kind: valueRatioUndefined}
	case j.Value == nil:
		return errorf(ErrSyntax, "metrics: value %s: a ratio over a nonzero denominator needs its value", b)
	default:
		*v = Value{n: *j.Value, num: *j.Numerator, den: *j.Denominator, kind: valueRatio}
	}
	return nil
}
