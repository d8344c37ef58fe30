package campaign

import (
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/internal/clip"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Errors wrapped in a *WindowError. Match them with errors.Is. An impossible
// day (31/4, 29/2/2025) wraps vietnam.ErrDateRange instead, so that one
// check covers dates read by package vietnam and by this package.
var (
	// ErrWindowSyntax means the text does not have the shape of a window.
	ErrWindowSyntax = errors.New("not a window")
	// ErrWindowOrder means the window ends before it starts.
	ErrWindowOrder = errors.New("end before start")
	// ErrWindowNoYear means neither the text nor the caller gave a year.
	ErrWindowNoYear = errors.New("year missing")
)

// WindowError describes a window that could not be built or parsed.
type WindowError struct {
	Input  string // the text given, or the dates as "start–end"
	Pos    int    // byte offset in Input where the problem starts, or -1 for the whole input
	Reason string // what is wrong, in English
	Err    error  // ErrWindowSyntax, ErrWindowOrder, ErrWindowNoYear, vietnam.ErrDateRange, or ErrYearly from NewYearly
}

func (e *WindowError) Error() string {
	if e.Pos < 0 {
		return fmt.Sprintf("campaign: window %q: %s", e.Input, e.Reason)
	}
	return fmt.Sprintf("campaign: window %q: at byte %d: %s", e.Input, e.Pos, e.Reason)
}

func (e *WindowError) Unwrap() error { return e.Err }

// WindowParser reads windows in the forms of campaign announcements.
// Its zero value requires every date to carry a year; set Year for texts
// such as "29/5–15/8" that leave the year to the context.
//
// A WindowParser is a plain value, safe for concurrent use.
type WindowParser struct {
	// Year is the year of dates written without one, used only when no date
	// in the text carries a year. A date without a year next to one with a
	// year takes that year: "từ 29/5 đến 15/8/2025" is 29/5/2025–15/8/2025.
	Year int

	// AcrossYearEnd lets a window whose year was filled in end before it
	// starts, by moving the yearless end into the next year (or the yearless
	// start into the previous one): "1/12–28/2" with Year 2025 becomes
	// 01/12/2025–28/02/2026. Without it such a window is an error wrapping
	// ErrWindowOrder, because far more often it is a typing mistake. The
	// text can say the same with "năm sau" after the end: "1/12 đến 28/2
	// năm sau". Years written out in the text are never moved.
	AcrossYearEnd bool
}

// ParseWindow reads a window whose dates carry their years:
//
//	29/5/2025 – 15/8/2025        29/05/2025–15/08/2025   (en dash, em dash, hyphen)
//	từ 29/5/2025 đến 15/8/2025   từ ngày 29/5 đến hết ngày 15/8/2025
//	1-3-2025 đến 1-6-2025        ngày 29 tháng 5 đến ngày 15 tháng 8 năm 2025
//	từ ngày 22/4/2025            (open-ended: no end)
//	10/10/2025                   (one day)
//	tháng 3/2025                 từ tháng 5 đến hết tháng 8 năm 2025   (whole months)
//	2025-05-29/2025-08-15        2025-04-22/..   (ISO 8601 intervals)
//
// Words may be written with or without tones and in any case, and a final
// full stop or comma copied from a sentence is ignored. It accepts
// everything String and MarshalText produce, and it does not allocate
// unless it fails. See WindowParser for texts
// without years.
func ParseWindow(s string) (Window, error) { return WindowParser{}.Parse(s) }

// ParseWindowInYear is like ParseWindow but dates without a year take year,
// as in announcements: ParseWindowInYear("29/5–15/8", 2025).
func ParseWindowInYear(s string, year int) (Window, error) {
	return WindowParser{Year: year}.Parse(s)
}

// MustParseWindow is like ParseWindow but panics on error. It is meant for
// literals in tests and examples.
func MustParseWindow(s string) Window {
	w, err := ParseWindow(s)
	if err != nil {
		panic(err)
	}
	return w
}

// maxWindowText bounds the input: an announcement's window is short, and
// the bound keeps error messages and work small on hostile input.
const maxWindowText = 200

// tooLong is the error for a text over maxWindowText, quoted up to that
// length.
func tooLong(s string) *WindowError {
	return &WindowError{Input: clip.To(s, maxWindowText), Pos: -1, Reason: fmt.Sprintf("longer than %d bytes", maxWindowText), Err: ErrWindowSyntax}
}

// Parse reads s as described at ParseWindow, filling in years as described
// at WindowParser.
func (p WindowParser) Parse(s string) (Window, error) {
	if len(s) > maxWindowText {
		return Window{}, tooLong(s)
	}
	if w, ok, err := parseISOInterval(s); ok {
		return w, err
	}
	// Announcements have a dozen tokens; a stack buffer keeps Parse from
	// allocating for them.
	var buf [24]token
	toks, err := tokenize(s, buf[:0])
	if err != nil {
		return Window{}, err
	}
	ps := parser{in: s}
	return ps.window(p, toks)
}

type tokKind uint8

const (
	tNum    tokKind = iota + 1
	tSlash          // /
	tDot            // .
	tHyphen         // - (ASCII), ambiguous between a date and a range
	tDash           // – — and the other typographic dashes: always a range
	tComma          // ,
	tWord           // letters, folded: "ngày" → "ngay"
)

// dateSep reports whether k separates the parts of a date: 29/5, 29.5, 29-5.
func (k tokKind) dateSep() bool { return k == tSlash || k == tDot || k == tHyphen }

type token struct {
	pos, end int32 // byte offsets in the input (which is short)
	num      int32 // value of a tNum (at most 4 digits)
	digits   uint8 // number of digits of a tNum
	kind     tokKind
	spaced   bool // white space right before the token
	spacedAf bool // white space right after the token
	// fold holds the folded text of a short tWord ("ngay" for "ngày"), so
	// that the grammar compares words without allocating; longer words
	// match nothing the grammar knows and keep flen 0.
	fold [8]byte
	flen uint8
}

func isIgnorable(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

func tokenize(s string, toks []token) ([]token, error) {
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		switch {
		case r == utf8.RuneError && size == 1:
			return nil, syntaxErr(s, i, "invalid UTF-8")
		case unicode.IsSpace(r):
			space = true
			if len(toks) > 0 {
				toks[len(toks)-1].spacedAf = true
			}
			i += size
			continue
		case isIgnorable(r):
			i += size
			continue
		case r >= '0' && r <= '9':
			n, d := 0, 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				if d < 9 {
					n = n*10 + int(s[i]-'0')
				}
				d++
				i++
			}
			if d > 4 {
				return nil, syntaxErr(s, start, fmt.Sprintf("number %q has more than 4 digits", s[start:i]))
			}
			toks = append(toks, token{kind: tNum, pos: int32(start), end: int32(i), num: int32(n), digits: uint8(d)})
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
					break
				}
				i += size
			}
			t := token{kind: tWord, pos: int32(start), end: int32(i)}
			if i-start <= 24 {
				var buf [32]byte
				if f := vietnam.AppendFold(buf[:0], s[start:i]); len(f) <= len(t.fold) {
					t.flen = uint8(copy(t.fold[:], f))
				}
			}
			toks = append(toks, t)
		default:
			var k tokKind
			switch {
			case r == '/':
				k = tSlash
			case r == '.':
				k = tDot
			case r == '-':
				k = tHyphen
			case r == ',':
				k = tComma
			case vietnam.IsDash(r):
				k = tDash
			default:
				return nil, syntaxErr(s, i, fmt.Sprintf("unexpected %q", r))
			}
			i += size
			toks = append(toks, token{kind: k, pos: int32(start), end: int32(i)})
		}
		toks[len(toks)-1].spaced = space
		space = false
	}
	return toks, nil
}

func syntaxErr(in string, pos int, reason string) error {
	return &WindowError{Input: in, Pos: pos, Reason: reason, Err: ErrWindowSyntax}
}

// datePart is one side of a window as written: the year is 0 when the text
// has none.
type datePart struct {
	d, m, y  int
	nextYear bool // "năm sau": the end falls in the year after the start
	month    bool // a whole month: "tháng 3"; d is set once the year is known
	pos      int  // where the date starts in the input
}

// parser holds the input for error messages. The tokens travel as
// arguments rather than in the struct, so that escape analysis keeps
// Parse's token buffer on the stack although the input string reaches the
// heap inside errors.
type parser struct {
	in    string
	probe bool // only whether the tokens parse matters: errors are errProbe
}

// errProbe is what a probing parser returns instead of building an error
// nobody reads, so that trying each hyphen as the range costs nothing.
var errProbe = errors.New("campaign: probe failed")

func (ps *parser) syntax(pos int, reason string) error {
	if ps.probe {
		return errProbe
	}
	return syntaxErr(ps.in, pos, reason)
}

func (ps *parser) errAt(toks []token, reason string) error {
	if len(toks) == 0 {
		return ps.syntax(len(ps.in), reason)
	}
	return ps.syntax(int(toks[0].pos), reason)
}

// isWord reports whether t is the word w, given folded: "den" matches
// "đến", "ĐẾN" and "den".
func (ps *parser) isWord(t token, w string) bool {
	return t.kind == tWord && string(t.fold[:t.flen]) == w
}

func (ps *parser) text(t token) string { return ps.in[t.pos:t.end] }

func (ps *parser) window(p WindowParser, toks []token) (Window, error) {
	s, e, open, err := ps.parts(toks)
	if err != nil {
		return Window{}, err
	}
	return ps.build(p, s, e, open)
}

// parts reads the two sides of a window as written, years and all. A bare
// date is a one-day window ("10/10/2025") and gives the same part twice;
// "từ" and a date with no end give open.
func (ps *parser) parts(toks []token) (s, e datePart, open bool, err error) {
	if len(toks) == 0 {
		return s, e, false, &WindowError{Input: ps.in, Pos: -1, Reason: "empty", Err: ErrWindowSyntax}
	}
	// A window copied from a sentence may keep its full stop or comma.
	if last := toks[len(toks)-1].kind; len(toks) > 1 && (last == tDot || last == tComma) {
		toks = toks[:len(toks)-1]
	}
	from := false // "từ": a window with no end stays open
	if ps.isWord(toks[0], "tu") {
		from = true
		toks = toks[1:]
	}
	left, right, found, err := ps.split(toks)
	if err != nil {
		return s, e, false, err
	}
	if found && len(left) == 0 {
		return s, e, false, ps.syntax(int(toks[0].pos), "no start date")
	}
	if s, err = ps.date(left, false); err != nil {
		return s, e, false, err
	}
	switch {
	case !found && !from:
		return s, s, false, nil
	case !found:
		return s, e, true, nil
	}
	e, err = ps.date(right, true)
	return s, e, false, err
}

// split finds the word or dash between the two dates. A hyphen is a range
// only when nothing clearer is present, and then only if exactly one hyphen
// leaves a date on each side ("1-3-1-6" is 1/3–1/6; "1-3-2025-1-6" is
// ambiguous).
func (ps *parser) split(toks []token) (left, right []token, found bool, err error) {
	sep := -1
	for i, t := range toks {
		if ps.isWord(t, "den") || ps.isWord(t, "toi") {
			if sep >= 0 {
				return nil, nil, false, ps.syntax(int(t.pos), fmt.Sprintf("second range word %q", ps.text(t)))
			}
			sep = i
		}
	}
	if sep >= 0 {
		left = toks[:sep]
		if sep > 0 && ps.isWord(toks[sep-1], "cho") { // "cho đến"
			left = toks[:sep-1]
		}
		right = toks[sep+1:]
		if len(right) == 0 {
			return nil, nil, false, ps.syntax(len(ps.in), fmt.Sprintf("no end date after %q", ps.text(toks[sep])))
		}
		return left, right, true, nil
	}
	// Then a dash, or a hyphen with a space beside it; one of them at most.
	for _, sep := range [...]struct {
		is   func(token) bool
		what string
	}{
		{func(t token) bool { return t.kind == tDash }, "second dash"},
		{func(t token) bool { return t.kind == tHyphen && (t.spaced || t.spacedAf) }, "second spaced hyphen"},
	} {
		i, err := ps.only(toks, sep.is, sep.what)
		switch {
		case err != nil:
			return nil, nil, false, err
		case i < 0:
			continue
		case i == len(toks)-1:
			return nil, nil, false, ps.syntax(int(toks[i].end), "no end date after the dash")
		}
		return toks[:i], toks[i+1:], true, nil
	}
	cut, ambiguous := -1, false
	probe := parser{in: ps.in, probe: true}
	for i, t := range toks {
		if t.kind != tHyphen {
			continue
		}
		if _, err := probe.date(toks[:i], false); err != nil {
			continue
		}
		if _, err := probe.date(toks[i+1:], true); err != nil {
			continue
		}
		if cut >= 0 {
			ambiguous = true
			break
		}
		cut = i
	}
	if ambiguous {
		return nil, nil, false, ps.syntax(int(toks[cut].pos), "ambiguous hyphen: write the range with \"–\" or \"đến\"")
	}
	if cut >= 0 {
		return toks[:cut], toks[cut+1:], true, nil
	}
	return toks, nil, false, nil
}

// only returns the index of the one token matching f, -1 if none, or an
// error at the second.
func (ps *parser) only(toks []token, f func(token) bool, what string) (int, error) {
	at := -1
	for i, t := range toks {
		if f(t) {
			if at >= 0 {
				return -1, ps.syntax(int(t.pos), what)
			}
			at = i
		}
	}
	return at, nil
}

// date reads one side of the window:
//
//	[hết] [ngày] D/M[/YYYY] [năm YYYY | năm sau]     (separator / . or -)
//	[hết] [ngày] D tháng M [năm YYYY | năm sau]
//	[hết] [ngày] YYYY-MM-DD
//	[hết] tháng M[/YYYY] [năm YYYY | năm sau]       (a whole month)
//
// "hết" and "năm sau" only on the end side.
func (ps *parser) date(toks []token, end bool) (datePart, error) {
	var dp datePart
	if end && len(toks) > 0 && ps.isWord(toks[0], "het") {
		toks = toks[1:]
	}
	if len(toks) > 0 && ps.isWord(toks[0], "thang") {
		return ps.month(toks, end)
	}
	if len(toks) > 0 && ps.isWord(toks[0], "ngay") {
		toks = toks[1:]
	}
	if len(toks) == 0 || toks[0].kind != tNum {
		return dp, ps.errAt(toks, "expected a date")
	}
	dp.pos = int(toks[0].pos)
	first := toks[0]
	rest := toks[1:]
	switch {
	case len(rest) > 0 && ps.isWord(rest[0], "thang"):
		if len(rest) < 2 || rest[1].kind != tNum {
			return dp, ps.errAt(rest[1:], "expected a month after \"tháng\"")
		}
		dp.d, dp.m = int(first.num), int(rest[1].num)
		if first.digits > 2 || rest[1].digits > 2 {
			return dp, ps.syntax(int(first.pos), "day and month have one or two digits")
		}
		rest = rest[2:]
	case len(rest) > 0 && rest[0].kind.dateSep():
		sep := rest[0].kind
		if len(rest) < 2 || rest[1].kind != tNum {
			return dp, ps.errAt(rest[1:], "expected a number after the date separator")
		}
		second := rest[1]
		rest = rest[2:]
		var third *token
		if len(rest) >= 2 && rest[0].kind == sep && rest[1].kind == tNum {
			third = &rest[1]
			rest = rest[2:]
		}
		switch {
		case first.digits == 4 && sep == tHyphen && third != nil:
			// ISO 2025-05-29.
			if second.digits != 2 || third.digits != 2 {
				return dp, ps.syntax(int(first.pos), "expected YYYY-MM-DD")
			}
			dp.y, dp.m, dp.d = int(first.num), int(second.num), int(third.num)
		case first.digits > 2 || second.digits > 2:
			return dp, ps.syntax(int(first.pos), "day and month have one or two digits")
		default:
			dp.d, dp.m = int(first.num), int(second.num)
			if third != nil {
				if third.digits != 4 {
					return dp, ps.syntax(int(third.pos), "year must have four digits")
				}
				dp.y = int(third.num)
			}
		}
	default:
		return dp, ps.errAt(rest, "expected day/month")
	}
	return ps.yearWords(dp, rest, end)
}

// month reads a whole month, "tháng 3/2025" or "tháng 8 năm 2025": its
// first day on the start side, its last on the end side.
func (ps *parser) month(toks []token, end bool) (datePart, error) {
	dp := datePart{pos: int(toks[0].pos), month: true}
	if len(toks) < 2 || toks[1].kind != tNum || toks[1].digits > 2 {
		return dp, ps.errAt(toks[1:], "expected a month after \"tháng\"")
	}
	dp.m = int(toks[1].num)
	rest := toks[2:]
	if len(rest) >= 2 && rest[0].kind.dateSep() && rest[1].kind == tNum {
		if rest[1].digits != 4 {
			return dp, ps.syntax(int(rest[1].pos), "year must have four digits")
		}
		dp.y = int(rest[1].num)
		rest = rest[2:]
	}
	return ps.yearWords(dp, rest, end)
}

// yearWords reads what may follow a date: "năm 2025", or "năm sau" on the
// end side; nothing else.
func (ps *parser) yearWords(dp datePart, rest []token, end bool) (datePart, error) {
	if len(rest) > 0 && ps.isWord(rest[0], "nam") {
		switch {
		case len(rest) > 1 && rest[1].kind == tNum && dp.y == 0:
			if rest[1].digits != 4 {
				return dp, ps.syntax(int(rest[1].pos), "year must have four digits")
			}
			dp.y = int(rest[1].num)
			rest = rest[2:]
		case len(rest) > 1 && ps.isWord(rest[1], "sau") && end && dp.y == 0:
			dp.nextYear = true
			rest = rest[2:]
		default:
			return dp, ps.syntax(int(rest[0].pos), "unexpected \"năm\"")
		}
	}
	if len(rest) > 0 {
		return dp, ps.syntax(int(rest[0].pos), fmt.Sprintf("unexpected %q", ps.text(rest[0])))
	}
	return dp, nil
}

// build fills in the years the text left out, by the rules documented at
// WindowParser, and checks that the days exist and come in order.
func (ps *parser) build(p WindowParser, s, e datePart, open bool) (Window, error) {
	across := p.AcrossYearEnd || e.nextYear
	written := s.y != 0 && (e.y != 0 || open)
	if s.month {
		s.d = 1
	}
	if e.month {
		e.d = 31 // for the order below; the month's real last day comes later
	}
	backwards := e.m < s.m || e.m == s.m && e.d < s.d
	switch {
	case open:
		if s.y == 0 {
			s.y = p.Year
		}
	case e.nextYear:
		if s.y == 0 {
			s.y = p.Year
		}
		e.y = s.y + 1
		if s.y == 0 {
			e.y = 0
		}
	case written:
		// Years written out are never moved.
	case s.y != 0:
		e.y = s.y
		if across && backwards {
			e.y++
		}
	case e.y != 0:
		s.y = e.y
		if across && backwards {
			s.y--
		}
	default:
		s.y, e.y = p.Year, p.Year
		if across && backwards {
			e.y++
		}
	}
	if s.y == 0 {
		return Window{}, &WindowError{Input: ps.in, Pos: s.pos, Reason: "no year in the text and none given", Err: ErrWindowNoYear}
	}
	start, err := ps.civil(s)
	if err != nil {
		return Window{}, err
	}
	if open {
		return Window{start: start}, nil
	}
	if e.month {
		e.d = vietnam.DaysIn(time.Month(e.m), e.y)
	}
	end, err := ps.civil(e)
	if err != nil {
		return Window{}, err
	}
	if end.Before(start) {
		reason := fmt.Sprintf("ends %s, before it starts %s", end, start)
		if !across && !written {
			reason += " (set AcrossYearEnd or write \"năm sau\" for a window over the year end)"
		}
		return Window{}, &WindowError{Input: ps.in, Pos: e.pos, Reason: reason, Err: ErrWindowOrder}
	}
	return Window{start: start, end: end}, nil
}

func (ps *parser) civil(dp datePart) (vietnam.Date, error) {
	d, err := vietnam.NewDate(dp.y, time.Month(dp.m), dp.d)
	if err != nil {
		reason := err.Error()
		var de *vietnam.DateError
		if errors.As(err, &de) {
			reason = de.Reason
		}
		return vietnam.Date{}, &WindowError{Input: ps.in, Pos: dp.pos, Reason: reason, Err: vietnam.ErrDateRange}
	}
	return d, nil
}

// parseISOInterval reads the ISO 8601 form that MarshalText writes:
// "2025-05-29/2025-08-15", or "2025-04-22/.." for an open window. ok is
// false when s does not have that shape, so the announcement forms get
// their chance.
func parseISOInterval(s string) (w Window, ok bool, err error) {
	isISO := func(s string) bool {
		if len(s) != 10 || s[4] != '-' || s[7] != '-' {
			return false
		}
		for i := 0; i < 10; i++ {
			if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
				return false
			}
		}
		return true
	}
	if len(s) < 13 || s[10] != '/' || !isISO(s[:10]) {
		return Window{}, false, nil
	}
	rest := s[11:]
	if rest != ".." && !isISO(rest) {
		return Window{}, true, syntaxErr(s, 11, "expected YYYY-MM-DD or \"..\" after \"/\"")
	}
	ps := parser{in: s}
	iso := func(t string, pos int) datePart {
		// isISO checked that the parts are digits: Atoi cannot fail.
		y, _ := strconv.Atoi(t[:4])
		m, _ := strconv.Atoi(t[5:7])
		d, _ := strconv.Atoi(t[8:])
		return datePart{y: y, m: m, d: d, pos: pos}
	}
	if rest == ".." {
		w, err := ps.build(WindowParser{}, iso(s[:10], 0), datePart{}, true)
		return w, true, err
	}
	w, err = ps.build(WindowParser{}, iso(s[:10], 0), iso(rest, 11), false)
	return w, true, err
}

// appendShort writes the form String uses, kept here beside the parser
// that must read it back.
func appendShort(b []byte, w Window) []byte {
	switch {
	case w.start.IsZero():
		return b
	case w.end.IsZero():
		b = append(b, "từ "...)
		return append(b, w.start.String()...)
	case w.end == w.start:
		return append(b, w.start.String()...)
	}
	b = append(b, w.start.String()...)
	b = append(b, "–"...)
	return append(b, w.end.String()...)
}
