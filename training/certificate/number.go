// Package certificate numbers completion certificates so that a person
// can read a number out and anyone can check it for typing mistakes:
// "BDHVS-2025-000123-76" is a series, the year of issue, a sequence number
// and two check digits (ISO 7064 MOD 97-10, the scheme of IBAN). It is
// apart from package training so that a page that verifies certificates
// needs nothing else.
package certificate

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hocvuso/hocvuso/internal/clip"
	"github.com/hocvuso/hocvuso/internal/textvalue"
)

// A Number identifies a completion certificate in a form a person can
// read out and anyone can check for typing mistakes:
//
//	BDHVS-2025-000123-76
//
// a series prefix (letters), the year of issue, a sequence number, and two
// check digits computed with ISO 7064 MOD 97-10 (the scheme of IBAN), which
// catches every single wrong character and almost every swap of two.
type Number struct {
	Series string // upper-case ASCII letters, 1–10
	Year   int    // 2000–2999
	Seq    int    // 1–999999
}

// ErrInvalid is wrapped by every error Parse and New return.
var ErrInvalid = errors.New("invalid certificate number")

// New checks the parts of a certificate number.
func New(series string, year, seq int) (Number, error) {
	n := Number{series, year, seq}
	if why := n.check(); why != "" {
		return Number{}, fmt.Errorf("certificate: %s-%d-%d: %s: %w", series, year, seq, why, ErrInvalid)
	}
	return n, nil
}

func (n Number) check() string {
	if len(n.Series) == 0 || len(n.Series) > 10 {
		return "series must have 1 to 10 letters"
	}
	for i := 0; i < len(n.Series); i++ {
		if c := n.Series[i]; c < 'A' || c > 'Z' {
			return fmt.Sprintf("series has %q at %d; want A–Z", c, i)
		}
	}
	if n.Year < 2000 || n.Year > 2999 {
		return "year out of range 2000–2999"
	}
	if n.Seq < 1 || n.Seq > 999999 {
		return "sequence out of range 1–999999"
	}
	return ""
}

func (n Number) body() string {
	return fmt.Sprintf("%s-%04d-%06d", n.Series, n.Year, n.Seq)
}

// String returns the number with its check digits.
func (n Number) String() string {
	if n.check() != "" {
		return ""
	}
	return fmt.Sprintf("%s-%02d", n.body(), checkDigits(n.body()))
}

// checkDigits computes ISO 7064 MOD 97-10 over the letters (A=10 … Z=35)
// and digits of s, skipping hyphens.
func checkDigits(s string) int {
	r := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			r = (r*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			r = (r*100 + int(c-'A'+10)) % 97
		}
	}
	r = (r * 100) % 97
	return 98 - r
}

// Parse reads a number written by String, ignoring case
// and surrounding spaces, and verifies its check digits.
func Parse(s string) (Number, error) {
	fail := func(why string) (Number, error) {
		return Number{}, fmt.Errorf("certificate: %q: %s: %w", clip.To(s, 40), why, ErrInvalid)
	}
	parts := strings.Split(strings.ToUpper(strings.TrimSpace(s)), "-")
	if len(parts) != 4 {
		return fail("want SERIES-YEAR-SEQ-CHECK")
	}
	if len(parts[1]) != 4 || len(parts[2]) != 6 || len(parts[3]) != 2 {
		return fail("want a 4-digit year, 6-digit sequence and 2 check digits")
	}
	year, err1 := strconv.Atoi(parts[1])
	seq, err2 := strconv.Atoi(parts[2])
	check, err3 := strconv.Atoi(parts[3])
	if err1 != nil || err2 != nil || err3 != nil || strings.ContainsAny(parts[1]+parts[2]+parts[3], "+-") {
		return fail("year, sequence and check must be digits")
	}
	n := Number{parts[0], year, seq}
	if why := n.check(); why != "" {
		return fail(why)
	}
	if checkDigits(n.body()) != check {
		return fail("check digits do not match: mistyped?")
	}
	return n, nil
}

// MarshalText encodes the number as String does.
func (n Number) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText decodes a number with Parse; empty text
// gives the zero number.
func (n *Number) UnmarshalText(b []byte) error { return textvalue.Unmarshal(n, b, Parse) }
