package metrics

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/internal/clip"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Errors wrapped by a *PeriodError; match them with errors.Is.
var (
	// ErrPeriodSyntax means the text is not a period ID or label.
	ErrPeriodSyntax = errors.New("not a period")
	// ErrPeriodRange means the text has the shape of a period that does not
	// exist: week 53 of 2025, month 13, quarter V.
	ErrPeriodRange = errors.New("no such period")
)

// PeriodError describes text that ParsePeriod cannot read, or parts that
// name no period.
type PeriodError struct {
	Input  string // the text given (cut to 64 bytes), or the parts
	Reason string // what is wrong, in English
	Err    error  // ErrPeriodSyntax, ErrPeriodRange or ErrPeriod
}

func (e *PeriodError) Error() string {
	return fmt.Sprintf("metrics: period %q: %s", e.Input, e.Reason)
}

// Unwrap returns the category.
func (e *PeriodError) Unwrap() error { return e.Err }

// ParsePeriod reads a period ID (see Period.ID; DHIS2's "20250605",
// "202506" and "2025-W23" too) or a label in the forms officers write,
// with or without tones, in any case:
//
//	Tuần 23/2025    tuần 23 năm 2025    Week 23, 2025       (ISO week)
//	Tháng 6/2025    tháng 06/2025       T6/2025   06/2025   June 2025
//	Quý I/2025      quý 1 năm 2025      quy II-2025         Q1 2025
//	6 tháng đầu năm 2025   6 tháng cuối năm 2025            H1 2025
//	Năm 2025        Year 2025           2025
//	Ngày 05/06/2025   05/06/2025   5 June 2025
//
// "9 tháng đầu năm 2025" (the first n months of a year, a common
// cumulative report) reads as the Range 1/1–30/9/2025. Text that is not a
// period is an error wrapping ErrPeriodSyntax, a period that does not exist
// (week 53 of 2025) one wrapping ErrPeriodRange.
func ParsePeriod(s string) (Period, error) {
	in := strings.TrimSpace(s)
	if p, ok, err := parseID(in); ok {
		return p, err
	}
	p, err := parseLabel(periodTokens(vietnam.Fold(in)))
	if err == nil {
		return p, nil
	}
	if errors.Is(err, ErrPeriodSyntax) {
		if d, derr := vietnam.ParseDate(in); derr == nil {
			return PeriodOn(Daily, d)
		}
	}
	var pe *PeriodError
	if errors.As(err, &pe) {
		pe.Input = clip.To(in, 64)
	}
	return Period{}, err
}

// MustParsePeriod is like ParsePeriod but panics on error; it is meant for
// literals in tests and examples.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// parseID reads the machine forms. ok is false when s does not have the
// shape of an ID, so that labels are tried next.
func parseID(s string) (p Period, ok bool, err error) {
	wrap := func(p Period, err error) (Period, bool, error) {
		var pe *PeriodError
		if errors.As(err, &pe) {
			pe.Input = clip.To(s, 64)
		}
		return p, true, err
	}
	if len(s) > 64 {
		return Period{}, false, nil
	}
	if i := strings.IndexByte(s, '/'); i >= 0 && (i == 10 || s[:i] == "..") {
		return wrap(parseInterval(s))
	}
	if len(s) < 4 {
		return Period{}, false, nil
	}
	year, isYear := asciinum.Parse(s[:4], 4)
	if !isYear || year == 0 {
		return Period{}, false, nil
	}
	rest := s[4:]
	switch {
	case rest == "":
		return wrap(NewPeriod(Yearly, year, 0))
	case len(rest) == 4 && rest[0] >= '0' && rest[0] <= '9': // DHIS2 daily 20250605
		m, ok1 := asciinum.Parse(rest[:2], 2)
		d, ok2 := asciinum.Parse(rest[2:], 2)
		if ok1 && ok2 {
			return wrap(day(s, year, m, d))
		}
	case len(rest) == 2: // DHIS2 monthly 202506
		if m, ok := asciinum.Parse(rest, 2); ok {
			return wrap(NewPeriod(Monthly, year, m))
		}
	case len(rest) == 3 && rest[0] == '-':
		if m, ok := asciinum.Parse(rest[1:], 2); ok {
			return wrap(NewPeriod(Monthly, year, m))
		}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		m, ok1 := asciinum.Parse(rest[1:3], 2)
		d, ok2 := asciinum.Parse(rest[4:], 2)
		if ok1 && ok2 {
			return wrap(day(s, year, m, d))
		}
	}
	r := strings.TrimPrefix(rest, "-")
	if len(r) >= 2 {
		n, isNum := asciinum.Parse(r[1:], 2)
		if isNum {
			switch r[0] {
			case 'W', 'w':
				return wrap(NewPeriod(Weekly, year, n))
			case 'Q', 'q':
				return wrap(NewPeriod(Quarterly, year, n))
			case 'S', 's', 'H', 'h':
				return wrap(NewPeriod(SixMonthly, year, n))
			}
		}
	}
	return Period{}, false, nil
}

func day(s string, y, m, d int) (Period, error) {
	date, err := vietnam.NewDate(y, time.Month(m), d)
	if err != nil {
		return Period{}, &PeriodError{Input: s, Reason: "no such day", Err: ErrPeriodRange}
	}
	return PeriodOn(Daily, date)
}

// parseInterval reads "2025-05-29/2025-08-15", with ".." for an open
// bound, and the campaign week "2025-05-29/2025-08-15:W3".
func parseInterval(s string) (Period, error) {
	bad := func(reason string, cat error) (Period, error) {
		return Period{}, &PeriodError{Input: s, Reason: reason, Err: cat}
	}
	body, week, isWeek := strings.Cut(s, ":W")
	a, b, _ := strings.Cut(body, "/")
	var p Period
	for i, part := range [2]string{a, b} {
		if part == ".." {
			continue
		}
		if len(part) != 10 || part[4] != '-' || part[7] != '-' {
			return bad("interval bound "+part+" is not an ISO date", ErrPeriodSyntax)
		}
		d, err := vietnam.ParseDate(part)
		if err != nil {
			return bad("interval bound "+part+" is no such day", ErrPeriodRange)
		}
		if i == 0 {
			p.From = d
		} else {
			p.To = d
		}
	}
	if p.From.IsZero() && p.To.IsZero() {
		return bad("an interval needs at least one bound", ErrPeriodSyntax)
	}
	if err := p.check(); err != nil {
		return bad("ends before it starts", ErrPeriod)
	}
	if !isWeek {
		return p, nil
	}
	n, ok := asciinum.Parse(week, 3)
	if !ok {
		return bad("campaign week "+week+" is not a number", ErrPeriodSyntax)
	}
	return CampaignWeek(p, n)
}

// periodTokens splits folded text into words and numbers, dropping the
// filler words of labels: "năm" (year), "của", "of", "the".
func periodTokens(f string) []string {
	toks := strings.FieldsFunc(f, func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < '0' || r > '9')
	})
	out := toks[:0]
	for _, t := range toks {
		switch t {
		case "nam", "cua", "of", "the", "ky", "bao", "cao":
			continue
		}
		out = append(out, t)
	}
	return out
}

var romanNumbers = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4}

var monthWords = func() map[string]int {
	m := make(map[string]int, 24)
	for i, n := range monthNamesEN {
		m[strings.ToLower(n)] = i + 1
		m[strings.ToLower(n[:3])] = i + 1
	}
	m["sept"] = 9
	return m
}()

// parseLabel reads the tokens of a folded label.
func parseLabel(toks []string) (Period, error) {
	syntax := func(reason string) (Period, error) {
		return Period{}, &PeriodError{Reason: reason, Err: ErrPeriodSyntax}
	}
	if len(toks) == 0 {
		return syntax("empty")
	}
	year := func(s string) (int, bool) {
		y, ok := asciinum.Parse(s, 4)
		return y, ok && len(s) == 4 && y > 0
	}
	build := NewPeriod
	// numbered reads "<word> <n> <year>" with the word already matched.
	numbered := func(t PeriodType, rest []string, roman bool) (Period, error) {
		if len(rest) != 2 {
			return syntax("expected a number and a year after " + t.String())
		}
		n, ok := asciinum.Parse(rest[0], 2)
		if !ok && roman {
			n, ok = romanNumbers[rest[0]]
		}
		y, okY := year(rest[1])
		if !ok || !okY {
			return syntax("expected a number and a four-digit year")
		}
		return build(t, y, n)
	}
	// prefixed reads a letter and a number in one token: "t6", "q1", "h1".
	prefixed := func(tok string, letter byte) (int, bool) {
		if len(tok) < 2 || tok[0] != letter {
			return 0, false
		}
		return asciinum.Parse(tok[1:], 2)
	}
	first, rest := toks[0], toks[1:]
	switch first {
	case "tuan", "week", "w":
		return numbered(Weekly, rest, false)
	case "thang", "month":
		if len(rest) == 2 {
			if m, ok := monthWords[rest[0]]; ok {
				rest = []string{fmt.Sprint(m), rest[1]}
			}
		}
		return numbered(Monthly, rest, false)
	case "quy", "quarter":
		return numbered(Quarterly, rest, true)
	case "ngay", "day":
		if len(rest) == 3 {
			d, ok1 := asciinum.Parse(rest[0], 2)
			m, ok2 := asciinum.Parse(rest[1], 2)
			y, ok3 := year(rest[2])
			if ok1 && ok2 && ok3 {
				return day(strings.Join(rest, "/"), y, m, d)
			}
		}
		return syntax("expected day, month and year")
	case "year":
		if y, ok := year(strings.Join(rest, "")); ok && len(rest) == 1 {
			return build(Yearly, y, 0)
		}
		return syntax("expected a four-digit year")
	}
	if n, ok := prefixed(first, 't'); ok && len(rest) == 1 {
		return numbered(Monthly, []string{fmt.Sprint(n), rest[0]}, false)
	}
	if n, ok := prefixed(first, 'q'); ok && len(rest) == 1 {
		return numbered(Quarterly, []string{fmt.Sprint(n), rest[0]}, false)
	}
	if n, ok := prefixed(first, 'h'); ok && len(rest) == 1 {
		return numbered(SixMonthly, []string{fmt.Sprint(n), rest[0]}, false)
	}
	if len(toks) == 3 { // "5 June 2025"
		d, okD := asciinum.Parse(first, 2)
		m, okM := monthWords[toks[1]]
		if y, okY := year(toks[2]); okD && okM && okY {
			return day(strings.Join(toks, " "), y, m, d)
		}
	}
	if m, ok := monthWords[first]; ok && len(rest) == 1 {
		return numbered(Monthly, []string{fmt.Sprint(m), rest[0]}, false)
	}
	if len(toks) == 2 && toks[1] == "thang" {
		return syntax("expected đầu or cuối and a year")
	}
	// "6 tháng đầu năm 2025", "sáu tháng cuối năm 2025", "9 tháng đầu năm 2025"
	if len(toks) == 4 && toks[1] == "thang" && (toks[2] == "dau" || toks[2] == "cuoi") {
		n, ok := asciinum.Parse(first, 2)
		if first == "sau" {
			n, ok = 6, true
		}
		y, okY := year(toks[3])
		if !ok || !okY || n < 1 || n > 12 {
			return syntax("expected a number of months from 1 to 12 and a year")
		}
		if n == 6 {
			h := 1
			if toks[2] == "cuoi" {
				h = 2
			}
			return build(SixMonthly, y, h)
		}
		if n == 12 {
			return build(Yearly, y, 0)
		}
		first := time.Month(1)
		if toks[2] == "cuoi" {
			first = time.Month(13 - n)
		}
		return months(y, first, n, Range), nil
	}
	if y, ok := year(first); ok && len(rest) == 0 {
		return build(Yearly, y, 0)
	}
	if len(toks) == 2 { // "06/2025"
		m, ok := asciinum.Parse(first, 2)
		if y, okY := year(rest[0]); ok && okY {
			return build(Monthly, y, m)
		}
	}
	return syntax("not a period ID or label")
}
