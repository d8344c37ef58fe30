package vietnam

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// NumberConvention says which marks group the thousands and separate the
// decimals. Vietnamese writes "1.600.000,5" and English "1,600,000.5",
// and spreadsheets exported on an English Windows give the second form
// in Vietnamese files, so "52,000" alone cannot be read with certainty.
//
// The zero NumberConvention is NumberAuto: it formats in Vietnamese and
// parses either convention, refusing text whose meaning depends on it.
type NumberConvention uint8

const (
	// NumberAuto formats like NumberVietnamese. Parsing reads the
	// Vietnamese form where one exists ("52.000" is 52000, "40,5" is
	// 40.5), the English form where only it fits ("1,234.5", "1.5"), and
	// reports ErrNumberAmbiguous for a lone comma before three digits
	// ("52,000" is 52 in Vietnamese and 52000 in English).
	NumberAuto NumberConvention = iota
	// NumberVietnamese groups with '.' and separates decimals with ','.
	NumberVietnamese
	// NumberEnglish groups with ',' and separates decimals with '.'.
	NumberEnglish
)

// String returns "auto", "vietnamese" or "english".
func (c NumberConvention) String() string {
	return enumName(numberConventionNames[:], "NumberConvention", c)
}

var numberConventionNames = [...]string{NumberAuto: "auto", NumberVietnamese: "vietnamese", NumberEnglish: "english"}

// marks returns the grouping and decimal marks of c (Vietnamese for
// NumberAuto and unknown values).
func (c NumberConvention) marks() (group, dec byte) {
	if c == NumberEnglish {
		return ',', '.'
	}
	return '.', ','
}

// Format returns d with grouped thousands and the convention's decimal
// mark, with the decimals d has, trailing zeros dropped: "1.600.000",
// "40,5". Round d first (d.Round(2)) to fix the number of decimals.
func (c NumberConvention) Format(d decimal.Decimal) string {
	return string(c.appendNumber(nil, d.String()))
}

// FormatInt returns n with grouped thousands: "52.000".
func (c NumberConvention) FormatInt(n int64) string {
	return string(c.appendNumber(nil, strconv.FormatInt(n, 10)))
}

// FormatPercent returns a percentage, given in percent (40.5 for 40,5%),
// as "40,5%": no space before the sign, as Vietnamese and English write
// it.
func (c NumberConvention) FormatPercent(pct decimal.Decimal) string {
	return string(append(c.appendNumber(nil, pct.String()), '%'))
}

// appendNumber appends a plain decimal string ("-1234.5") in convention c.
func (c NumberConvention) appendNumber(b []byte, plain string) []byte {
	group, dec := c.marks()
	if strings.HasPrefix(plain, "-") {
		b = append(b, '-')
		plain = plain[1:]
	}
	intPart, frac, hasFrac := strings.Cut(plain, ".")
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, group)
		}
		b = append(b, intPart[i])
	}
	if hasFrac {
		b = append(b, dec)
		b = append(b, frac...)
	}
	return b
}

// A scale word of the compact form.
type scale struct {
	exp    int32
	vi, en string
}

// scales lists the compact units from the largest down.
var scales = [...]scale{
	{12, "nghìn tỷ", "trillion"},
	{9, "tỷ", "billion"},
	{6, "triệu", "million"},
	{3, "nghìn", "thousand"},
}

// FormatCompact returns d in words of scale, as reports and headlines
// write large numbers: "1,6 triệu", "200 nghìn", "3,2 tỷ" ("1.6
// million" in English). The number before the word is rounded to one
// decimal, half away from zero; numbers under a thousand are rounded the
// same way and have no word.
func (c NumberConvention) FormatCompact(d decimal.Decimal) string {
	abs := d.Abs()
	for i, sc := range scales {
		unit := decimal.New(1, sc.exp)
		if abs.LessThan(unit) {
			continue
		}
		m := d.Shift(-sc.exp).Round(1)
		// 999.96 thousand rounds to 1000.0 thousand: say 1 million.
		if i > 0 && m.Abs().Cmp(decimal.New(1000, 0)) >= 0 {
			sc = scales[i-1]
			m = d.Shift(-sc.exp).Round(1)
		}
		word := sc.vi
		if c == NumberEnglish {
			word = sc.en
		}
		return c.Format(m) + " " + word
	}
	m := d.Round(1)
	if m.Abs().Cmp(decimal.New(1000, 0)) >= 0 {
		return c.FormatCompact(m)
	}
	return c.Format(m)
}

// FormatNumber formats d in Vietnamese convention: "1.600.000", "40,5".
func FormatNumber(d decimal.Decimal) string { return NumberVietnamese.Format(d) }

// FormatInt formats n in Vietnamese convention: "52.000".
func FormatInt(n int64) string { return NumberVietnamese.FormatInt(n) }

// FormatPercent formats a percentage given in percent: "40,5%".
func FormatPercent(pct decimal.Decimal) string { return NumberVietnamese.FormatPercent(pct) }

// FormatCompact formats d with a Vietnamese scale word: "1,6 triệu".
func FormatCompact(d decimal.Decimal) string { return NumberVietnamese.FormatCompact(d) }

// ParseNumber reads a number in either convention, as NumberAuto.Parse.
func ParseNumber(s string) (decimal.Decimal, error) { return NumberAuto.Parse(s) }

// Errors returned (wrapped in a *NumberError) by Parse. Match them with
// errors.Is.
var (
	// ErrNumberSyntax means the text is not a number in the forms Parse
	// reads.
	ErrNumberSyntax = errors.New("not a number")
	// ErrNumberAmbiguous means the text reads as two different numbers in
	// the two conventions; parse it with a NumberConvention.
	ErrNumberAmbiguous = errors.New("ambiguous number")
)

// NumberError describes text that could not be read as a number.
type NumberError struct {
	Input  string // the text given (cut after 64 bytes)
	Reason string // what is wrong and where, in English
	Err    error  // ErrNumberSyntax or ErrNumberAmbiguous
}

func (e *NumberError) Error() string {
	return fmt.Sprintf("vietnam: number %q: %s", e.Input, e.Reason)
}

func (e *NumberError) Unwrap() error { return e.Err }

// scaleWords maps the folded scale words Parse accepts to powers of ten.
func scaleWord(folded string) (int32, bool) {
	switch folded {
	case "k", "nghin", "ngan", "thousand":
		return 3, true
	case "tr", "trieu", "million", "mn":
		return 6, true
	case "ty", "ti", "billion", "bn":
		return 9, true
	case "nghin ty", "ngan ty", "trillion":
		return 12, true
	}
	return 0, false
}

// maxDigits bounds the work Parse does on hostile input.
const maxDigits = 1000

// Parse reads a number written in convention c: an optional sign, digits
// with the convention's grouping and decimal marks, then optionally a
// per cent sign or a scale word ("1,6 triệu", "200 nghìn", "3,2 tỷ",
// "1,5 nghìn tỷ", "200k", "1.6 million"; tones and case optional). A
// percentage is returned as written: "40,5%" gives 40.5. A currency word
// at the end (đ, ₫, đồng, đồng Việt Nam, VND) is accepted and dropped: "52.000đ",
// "1,6 triệu đồng". Grouping marks
// must fall every three digits. At most 1000 digits are read.
func (c NumberConvention) Parse(s string) (decimal.Decimal, error) {
	in := truncate(s, 64)
	fail := func(err error, format string, args ...any) (decimal.Decimal, error) {
		return decimal.Decimal{}, &NumberError{Input: in, Reason: fmt.Sprintf(format, args...), Err: err}
	}
	if len(s) > 4*maxDigits {
		return fail(ErrNumberSyntax, "too long")
	}
	t := strings.ReplaceAll(Normalize(s), "−", "-")
	neg := false
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = strings.TrimLeft(t[1:], " ")
	}
	end := 0
	for end < len(t) && (t[end] >= '0' && t[end] <= '9' || t[end] == '.' || t[end] == ',') {
		end++
	}
	body, rest := t[:end], strings.TrimSpace(t[end:])
	if n := len(body) - strings.Count(body, ".") - strings.Count(body, ","); n > maxDigits {
		return fail(ErrNumberSyntax, "%d digits, more than %d", n, maxDigits)
	}
	if body == "" {
		if t == "" {
			return fail(ErrNumberSyntax, "empty")
		}
		return fail(ErrNumberSyntax, "expected a digit, found %q", firstRune(t))
	}
	var exp int32
	switch {
	case rest == "", rest == "%": // a percentage is returned as written
	default:
		words := withoutCurrency(Fold(strings.ReplaceAll(rest, "₫", "đ")))
		e, ok := scaleWord(words)
		if words == "" {
			e, ok = 0, true
		}
		if !ok {
			return fail(ErrNumberSyntax, "unexpected %q after the number", rest)
		}
		exp = e
	}
	var d decimal.Decimal
	var err string
	switch c {
	case NumberVietnamese, NumberEnglish:
		d, err = parseDigits(body, c)
	default:
		vi, errVI := parseDigits(body, NumberVietnamese)
		en, errEN := parseDigits(body, NumberEnglish)
		switch {
		case errVI == "" && errEN == "" && !vi.Equal(en) && !strings.Contains(body, "."):
			return fail(ErrNumberAmbiguous, "%s is %s in Vietnamese and %s in English; give a convention",
				body, vi.String(), en.String())
		case errVI == "":
			d = vi
		case errEN == "":
			d = en
		default:
			err = errVI
		}
	}
	if err != "" {
		return fail(ErrNumberSyntax, "%s", err)
	}
	d = d.Shift(exp)
	if neg {
		d = d.Neg()
	}
	return d, nil
}

// withoutCurrency drops a trailing currency word (folded đ, đồng, VND,
// VNĐ, and "đồng Việt Nam", the name CLDR's Vietnamese writes in full)
// from the words after a number: amounts in rosters and reports carry it
// ("52.000đ", "1,6 triệu đồng", "1.600.000 đồng Việt Nam").
func withoutCurrency(words string) string {
	for _, cur := range [...]string{"dong viet nam", "dong", "vnd", "d"} {
		if words == cur {
			return ""
		}
		if w, ok := strings.CutSuffix(words, " "+cur); ok {
			return w
		}
	}
	return words
}

// parseDigits reads digits with the grouping and decimal marks of c, or
// says what is wrong.
func parseDigits(body string, c NumberConvention) (decimal.Decimal, string) {
	group, dec := c.marks()
	intPart, frac, hasFrac := strings.Cut(body, string(dec))
	if hasFrac && frac == "" {
		return decimal.Decimal{}, fmt.Sprintf("no digits after the decimal mark %q in %q", dec, body)
	}
	if i := strings.IndexAny(frac, ".,"); i >= 0 {
		return decimal.Decimal{}, fmt.Sprintf("unexpected %q after the decimal mark in %q", frac[i], body)
	}
	if intPart == "" {
		return decimal.Decimal{}, fmt.Sprintf("no digits before %q", dec)
	}
	if strings.IndexByte(intPart, group) >= 0 {
		groups := strings.Split(intPart, string(group))
		if len(groups[0]) == 0 || len(groups[0]) > 3 || groups[0][0] == '0' {
			return decimal.Decimal{}, fmt.Sprintf("first digit group %q of %q must have 1 to 3 digits and no leading zero", groups[0], body)
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return decimal.Decimal{}, fmt.Sprintf("digit group %q of %q must have 3 digits", g, body)
			}
		}
		intPart = strings.Join(groups, "")
	}
	plain := intPart
	if hasFrac {
		plain += "." + frac
	}
	d, err := decimal.NewFromString(plain)
	if err != nil {
		return decimal.Decimal{}, fmt.Sprintf("not a number: %q", body)
	}
	return d, ""
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}
