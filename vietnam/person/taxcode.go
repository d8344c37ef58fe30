package person

import (
	"errors"
	"fmt"

	"github.com/hocvuso/hocvuso/internal/textvalue"
)

// ErrTaxCheck means a tax code's tenth digit is not the check digit of the
// nine before it, the mark of a mistyped digit; IDError.Why gives the
// digit expected. An IDError of Kind "MST" wraps it, or ErrIDLength or
// ErrIDSyntax.
var ErrTaxCheck = errors.New("wrong check digit")

// TaxCode is an organisation's mã số thuế (also its enterprise number):
// ten digits, or thirteen for a dependent unit (a branch, a representative
// office), written "0100109106-001". The tenth digit checks the first nine
// (Thông tư 105/2020/TT-BTC, Điều 5, on the structure of the tax code):
// with the weights 31, 29, 23, 19, 17, 13, 7, 5, 3, it is 10 minus the
// weighted sum modulo 11; a body whose sum is a multiple of 11 is never
// issued. The zero TaxCode is no code.
type TaxCode struct {
	base   uint64 // the ten digits
	branch uint16 // 1–999 for a dependent unit, 0 for the organisation itself
	set    bool
}

var taxWeights = [9]uint64{31, 29, 23, 19, 17, 13, 7, 5, 3}

// ParseTaxCode reads a tax code of 10 or 13 digits, with the branch set
// off by a hyphen or not, spaces and dots ignored ("0100109106",
// "0100109106-001", "0100 109 106"). A 12-digit personal code (a CCCD,
// the personal tax code since 1 July 2025) is not an organisation's and is
// refused.
func ParseTaxCode(s string) (TaxCode, error) {
	n, count, err := scanID(s, "MST", 10)
	if err != nil {
		return TaxCode{}, err
	}
	if count != 10 && count != 13 {
		return TaxCode{}, &IDError{Kind: "MST", Input: s, Err: ErrIDLength, Why: fmt.Sprintf("%d digits, want 10 or 13", count)}
	}
	t := TaxCode{base: n, set: true}
	if count == 13 {
		t.base, t.branch = n/1000, uint16(n%1000)
		if t.branch == 0 {
			return TaxCode{}, &IDError{Kind: "MST", Input: s, Err: ErrIDSyntax, Why: "branch 000: a dependent unit is numbered from 001", Pos: digitPos(s, 10)}
		}
	}
	// Digits 3–9 count up from 0000001 (Thông tư 105/2020/TT-BTC, Điều 5
	// on the structure of the code): serial 0000000 is never issued.
	if t.base/10%10_000_000 == 0 {
		return TaxCode{}, &IDError{Kind: "MST", Input: s, Err: ErrIDSyntax, Why: "serial 0000000: codes are numbered from 0000001", Pos: digitPos(s, 2)}
	}
	want, ok := taxCheckDigit(t.base / 10)
	if !ok {
		return TaxCode{}, &IDError{Kind: "MST", Input: s, Err: ErrTaxCheck, Why: "no tenth digit checks these nine", Pos: digitPos(s, 9)}
	}
	if got := t.base % 10; got != want {
		return TaxCode{}, &IDError{Kind: "MST", Input: s, Err: ErrTaxCheck, Why: fmt.Sprintf("%d, want %d", got, want), Pos: digitPos(s, 9)}
	}
	return t, nil
}

// taxCheckDigit returns the check digit of the nine-digit body, false when
// the weighted sum is a multiple of 11 (10 − 0 is not a digit).
func taxCheckDigit(body uint64) (uint64, bool) {
	var sum uint64
	for i := 8; i >= 0; i-- {
		sum += (body % 10) * taxWeights[i]
		body /= 10
	}
	r := sum % 11
	if r == 0 {
		return 0, false
	}
	return 10 - r, true
}

// MustParseTaxCode is like ParseTaxCode but panics on error; for literals
// in tests and examples.
func MustParseTaxCode(s string) TaxCode {
	t, err := ParseTaxCode(s)
	if err != nil {
		panic(err)
	}
	return t
}

// IsZero reports whether t is no code.
func (t TaxCode) IsZero() bool { return !t.set }

// Branch returns the number of a dependent unit (1–999), 0 for the
// organisation itself.
func (t TaxCode) Branch() int { return int(t.branch) }

// Parent returns the code of the organisation a dependent unit belongs to,
// or t itself.
func (t TaxCode) Parent() TaxCode {
	t.branch = 0
	return t
}

// String returns the code as the tax office writes it: "0100109106" or
// "0100109106-001"; "" for the zero TaxCode.
func (t TaxCode) String() string {
	switch {
	case !t.set:
		return ""
	case t.branch == 0:
		return fmt.Sprintf("%010d", t.base)
	}
	return fmt.Sprintf("%010d-%03d", t.base, t.branch)
}

// MarshalText encodes the code as String does.
func (t TaxCode) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes anything ParseTaxCode accepts; empty text is the
// zero TaxCode.
func (t *TaxCode) UnmarshalText(b []byte) error { return textvalue.Unmarshal(t, b, ParseTaxCode) }
