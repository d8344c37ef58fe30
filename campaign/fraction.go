package campaign

import (
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// Fraction is an exact ratio Num/Den in lowest terms with 0 ≤ Num ≤ Den,
// as Window.Elapsed returns it. Keeping the ratio exact lets a caller
// compute "target × elapsed" in decimal and get 52.000 × 34/79 without
// the drift of a float64 share.
//
// The zero Fraction (Den 0) means 0, like Fraction{0, 1}.
type Fraction struct {
	Num, Den int64
}

func makeFraction(num, den int64) Fraction {
	a, b := num, den
	for b != 0 {
		a, b = b, a%b
	}
	if a == 0 {
		return Fraction{0, 1}
	}
	return Fraction{num / a, den / a}
}

// IsZero reports whether f is 0.
func (f Fraction) IsZero() bool { return f.Num == 0 }

// Decimal returns f rounded half away from zero to the given number of
// decimal places. It never divides by zero.
func (f Fraction) Decimal(places int32) decimal.Decimal {
	if f.Den == 0 || f.Num == 0 {
		return decimal.Zero
	}
	return decimal.NewFromInt(f.Num).DivRound(decimal.NewFromInt(f.Den), places)
}

// Mul returns d × f rounded to places decimal places, the expected-to-date
// amount of a target d at the share f: Fraction{34, 79}.Mul(52000, 0) is
// 22380. The product is formed before the division, so it is exact up to
// the final rounding.
func (f Fraction) Mul(d decimal.Decimal, places int32) decimal.Decimal {
	if f.Den == 0 || f.Num == 0 {
		return decimal.Zero
	}
	return d.Mul(decimal.NewFromInt(f.Num)).DivRound(decimal.NewFromInt(f.Den), places)
}

// Rat returns f as a new *big.Rat.
func (f Fraction) Rat() *big.Rat {
	if f.Den == 0 {
		return new(big.Rat)
	}
	return big.NewRat(f.Num, f.Den)
}

// Float64 returns f as the nearest float64, for display and charts.
func (f Fraction) Float64() float64 {
	if f.Den == 0 {
		return 0
	}
	v, _ := f.Rat().Float64()
	return v
}

// String returns "34/79"; 0 and 1 print as "0" and "1".
func (f Fraction) String() string {
	switch {
	case f.Den == 0 || f.Num == 0:
		return "0"
	case f.Num == f.Den:
		return "1"
	}
	return strconv.FormatInt(f.Num, 10) + "/" + strconv.FormatInt(f.Den, 10)
}
