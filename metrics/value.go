package metrics

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// divPlaces is the number of decimal places kept by every division in this
// package. Divisions round half away from zero with decimal.DivRound, so the
// result never depends on decimal.DivisionPrecision, a global that library
// code must not set.
const divPlaces = 10

// Value is a rolled-up indicator value. The zero Value is missing: no record
// contributed to it, which is different from a sum of records that is zero.
// A ratio is missing while its denominator is zero; its parts are still
// available through Ratio. Values are immutable and safe to copy.
type Value struct {
	n        decimal.Decimal
	num, den decimal.Decimal
	kind     uint8 // 0 missing, 1 plain, 2 ratio with a nonzero denominator, 3 ratio with a zero denominator
}

const (
	valueMissing uint8 = iota
	valuePlain
	valueRatio
	valueRatioUndefined
)

// ValueOf returns the present value d. Campaigns and tests use it to state
// an actual that did not come from a rollup.
func ValueOf(d decimal.Decimal) Value { return Value{n: d, kind: valuePlain} }

// RatioOf returns num / den × factor, rounded to 10 decimal places, keeping
// num and den. With a zero den the value is missing (IsMissing) and Decimal
// returns 0, so no division by zero happens anywhere downstream.
func RatioOf(num, den, factor decimal.Decimal) Value {
	if den.IsZero() {
		return Value{num: num, den: den, kind: valueRatioUndefined}
	}
	return Value{n: num.Mul(factor).DivRound(den, divPlaces), num: num, den: den, kind: valueRatio}
}

// IsMissing reports whether the value is absent: nothing recorded, or a
// ratio with a zero denominator.
func (v Value) IsMissing() bool { return v.kind == valueMissing || v.kind == valueRatioUndefined }

// Decimal returns the value, or 0 when it is missing.
func (v Value) Decimal() decimal.Decimal { return v.n }

// Ratio returns the summed numerator and denominator of a ratio value, and
// false for a value that is not a ratio.
func (v Value) Ratio() (num, den decimal.Decimal, ok bool) {
	if v.kind < valueRatio {
		return decimal.Decimal{}, decimal.Decimal{}, false
	}
	return v.num, v.den, true
}

// Equal reports whether v and w are the same value with the same parts; it
// lets go-cmp compare Values.
func (v Value) Equal(w Value) bool {
	return v.kind == w.kind && v.n.Equal(w.n) && v.num.Equal(w.num) && v.den.Equal(w.den)
}

// String returns the value in plain decimal notation, or "" when missing.
func (v Value) String() string {
	if v.IsMissing() {
		return ""
	}
	return v.n.String()
}

// i128 is a signed 128-bit accumulator. Sums of int64 record values cannot
// overflow it (that would take 2^63 records), so sums stay exact without a
// big.Int per record.
type i128 struct {
	hi int64
	lo uint64
}

func (a *i128) add(x int64) {
	var c uint64
	a.lo, c = bits.Add64(a.lo, uint64(x), 0)
	a.hi += int64(c) + x>>63 // x>>63 sign-extends a negative x
}

func (a *i128) addWide(b i128) {
	var c uint64
	a.lo, c = bits.Add64(a.lo, b.lo, 0)
	a.hi += b.hi + int64(c)
}

func (a i128) decimal() decimal.Decimal {
	if (a.hi == 0 && a.lo < 1<<63) || (a.hi == -1 && a.lo >= 1<<63) {
		return decimal.NewFromInt(int64(a.lo))
	}
	var b, l big.Int
	b.SetInt64(a.hi)
	b.Lsh(&b, 64)
	l.SetUint64(a.lo)
	b.Add(&b, &l)
	return decimal.NewFromBigInt(&b, 0)
}
