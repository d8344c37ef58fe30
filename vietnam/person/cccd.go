package person

import (
	"errors"
	"fmt"
	"iter"
	"sort"
	"time"

	"github.com/hocvuso/hocvuso/internal/asciinum"
	"github.com/hocvuso/hocvuso/internal/clip"
	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/internal/textvalue"
	"github.com/hocvuso/hocvuso/vietnam"
)

// Errors returned (wrapped in an *IDError) by ParseCCCD and ParseCMND.
// Match them with errors.Is.
var (
	// ErrIDLength means the number has the wrong count of digits.
	ErrIDLength = errors.New("wrong number of digits")
	// ErrIDSyntax means the text holds a character that is neither a digit
	// nor a separator (space, dot, hyphen).
	ErrIDSyntax = errors.New("not a digit")
	// ErrIDPlace means the first three digits name no province (001–096
	// with the 63 codes in use before 1 July 2025) and no country (101–295).
	ErrIDPlace = errors.New("unknown place of birth code")
	// ErrIDCentury means the fourth digit names a century no card holder can
	// be born in yet (2100 or later).
	ErrIDCentury = errors.New("impossible century digit")
	// ErrIDFuture means the birth year the number encodes is after the
	// reference date (today, or the date given to ParseCCCDAt): nobody
	// holds a number for a birth that has not happened.
	ErrIDFuture = errors.New("birth year in the future")
	// ErrIsCMND means the text is a 9-digit CMND, the identity card number
	// issued before the CCCD; read it with ParseCMND.
	ErrIsCMND = errors.New("a 9-digit CMND, not a 12-digit CCCD")
	// ErrBirthMismatch means a CCCD disagrees with a birth date or sex
	// given alongside it.
	ErrBirthMismatch = errors.New("does not match")
)

// IDError reports a citizen ID number that cannot be read, or that disagrees
// with other data. Err is one of the ErrID… sentinels, ErrIsCMND or
// ErrBirthMismatch.
type IDError struct {
	Kind  string // "CCCD" or "CMND"
	Input string // the text as given
	Pos   int    // 1-based character position of the offending character, 0 when not about one
	Err   error
	Why   string // detail: the offending character, the digits counted, the code
}

func (e *IDError) Error() string { return errorText(e.Kind, e.Input, e.Err, e.Why, e.Pos) }

func (e *IDError) Unwrap() error { return e.Err }

// errorText writes the message of IDError and PhoneError:
// `person: <what> "<input>": <sentinel> (<why>) at position <pos>`.
func errorText(what, input string, err error, why string, pos int) string {
	msg := "person: " + what + " " + quote(input) + ": " + err.Error()
	if why != "" {
		msg += " (" + why + ")"
	}
	if pos > 0 {
		msg += fmt.Sprintf(" at position %d", pos)
	}
	return msg
}

// quote is %q, kept short so that a pasted paragraph does not flood a log.
func quote(s string) string {
	if p, cut := clip.Cut(s, 64); cut {
		return fmt.Sprintf("%q…", p)
	}
	return fmt.Sprintf("%q", s)
}

// Sex is the sex a CCCD number encodes. The zero value is SexUnknown.
type Sex uint8

const (
	SexUnknown Sex = iota
	Male
	Female
)

// sexText: the codes are English, as String gives them; the Vietnamese
// words a form writes ("nam", "nữ") and the one-letter codes are read too.
var sexText = enumtext.Table{What: "person: sex", Err: vietnam.ErrUnknownName,
	Words:  [][]string{{"unknown", "khong ro"}, {"male", "nam", "m"}, {"female", "nu", "f"}},
	Labels: [][2]string{{"không rõ", "unknown"}, {"nam", "male"}, {"nữ", "female"}}}

// String returns "male", "female" or "unknown", or "Sex(N)" for a value
// out of range; it never panics.
func (s Sex) String() string { return sexText.String(uint8(s)) }

// MarshalText encodes the sex as String does ("male", "female"), and the
// unknown sex as empty text, so JSON carries words rather than numbers. A
// sex with no constant is an error.
func (s Sex) MarshalText() ([]byte, error) { return sexText.Marshal(uint8(s)) }

// UnmarshalText decodes "male"/"female", the Vietnamese "nam"/"nữ" (with or
// without tones, any case), "m"/"f", and empty text, "unknown" or "không
// rõ" as SexUnknown.
func (s *Sex) UnmarshalText(text []byte) error { return enumtext.Decode(&sexText, s, text) }

// Label returns the word a form writes: "nam", "nữ" or "không rõ" in
// Vietnamese, "male", "female" or "unknown" in English; "Sex(N)" for a
// value out of range.
func (s Sex) Label(l vietnam.Lang) string { return sexText.Label(uint8(s), l) }

// Province is one of the 63 provinces in force before 1 July 2025, with the
// two-digit code that CCCD numbers carry.
type Province struct {
	Code     string // "01"
	Name     string // "Hà Nội"
	FullName string // "Thành phố Hà Nội"
}

// LookupProvince returns the pre-2025 province with the two-digit code
// ("01", "79"), or false.
func LookupProvince(code string) (Province, bool) {
	if len(code) != 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9' {
		return Province{}, false
	}
	return provinceByNumber(int(code[0]-'0')*10 + int(code[1]-'0'))
}

// provinceByNumber finds a province by its code as a number, without
// building a string, so that ParseCCCD does not allocate.
func provinceByNumber(n int) (Province, bool) {
	num := func(p Province) int { return int(p.Code[0]-'0')*10 + int(p.Code[1]-'0') }
	i := sort.Search(len(provinces), func(i int) bool { return num(provinces[i]) >= n })
	if i < len(provinces) && num(provinces[i]) == n {
		return provinces[i], true
	}
	return Province{}, false
}

// Provinces walks the 63 pre-2025 provinces in code order.
func Provinces() iter.Seq[Province] {
	return func(yield func(Province) bool) {
		for _, p := range provinces {
			if !yield(p) {
				return
			}
		}
	}
}

// CCCD is a 12-digit citizen identity number (căn cước công dân, since 2024
// simply căn cước). Its layout is set by Decree 137/2015/NĐ-CP art. 13 and
// Circular 07/2016/TT-BCA:
//
//	0 0 1 | 0 | 9 9 | 0 1 2 3 4 5
//	place   sex+century   year   serial
//
// The first three digits are where the birth was registered: 001–096, the
// pre-2025 province code with a leading zero, or 101–295, a country for births
// abroad. The fourth digit gives sex (even male, odd female) and century
// (0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 2300s). The next two are
// the last two digits of the birth year; the last six are a serial number.
// ParseCCCD rejects the century digits 4–9: nobody born in 2100 or later
// holds a card yet, so such a digit is a typing error.
// There is no check digit: any serial is valid, and a library that "verifies a
// checksum" invents one.
//
// Province codes were reused after the July 2025 merger (24 was Bắc Giang and
// is now Bắc Ninh); a CCCD always carries the code in force when the number
// was issued, so Province decodes against the pre-2025 table.
//
// CCCD is a small comparable value. The zero CCCD is not a valid number;
// IsZero reports it.
type CCCD struct {
	n uint64 // the 12 digits as a number; the leading digits may be zero
}

// CMND is a 9-digit identity card number (chứng minh nhân dân), issued before
// the CCCD and still found on old records. Its digits encode the issuing
// police office but nothing about the holder, so it carries no fields.
// (The 12-digit CMND issued in 2012–2016 shares the CCCD layout and parses as
// a CCCD.) The zero CMND is not a valid number; IsZero reports it.
type CMND struct {
	n   uint64
	set bool
}

const cccdLen, cmndLen = 12, 9

// ParseCCCD reads a 12-digit CCCD number. Spaces, dots and hyphens between
// digits are ignored ("001 099 012 345"). A 9-digit number is reported as an
// error wrapping ErrIsCMND so that a caller can fall back to ParseCMND. A
// number whose birth year is after the current year in Vietnam is an error
// wrapping ErrIDFuture; use ParseCCCDAt to judge against another date (a
// record's date, or a fixed date in tests).
func ParseCCCD(s string) (CCCD, error) { return ParseCCCDAt(s, time.Now()) }

// ictZone is Vietnam's time (UTC+7, no daylight saving), fixed so that
// no time-zone database is needed.
var ictZone = time.FixedZone("ICT", 7*60*60)

// ParseCCCDAt is ParseCCCD with the reference date given: a number whose
// birth year is after ref's year in Vietnam is an error wrapping
// ErrIDFuture. A zero ref means today.
func ParseCCCDAt(s string, ref time.Time) (CCCD, error) {
	if ref.IsZero() {
		ref = time.Now()
	}
	c, err := parseCCCD(s)
	if err != nil {
		return CCCD{}, err
	}
	if y := ref.In(ictZone).Year(); c.BirthYear() > y {
		return CCCD{}, &IDError{Kind: "CCCD", Input: s, Err: ErrIDFuture,
			Why: fmt.Sprintf("born %d, after %d", c.BirthYear(), y), Pos: digitPos(s, 3)}
	}
	return c, nil
}

func parseCCCD(s string) (CCCD, error) {
	n, count, err := scanID(s, "CCCD", cccdLen)
	if err != nil {
		return CCCD{}, err
	}
	switch {
	case count == cmndLen:
		return CCCD{}, &IDError{Kind: "CCCD", Input: s, Err: ErrIsCMND}
	case count != cccdLen:
		return CCCD{}, &IDError{Kind: "CCCD", Input: s, Err: ErrIDLength, Why: fmt.Sprintf("%d digits, want 12", count)}
	}
	c := CCCD{n: n}
	if !validPlace(c.PlaceCode()) {
		return CCCD{}, &IDError{Kind: "CCCD", Input: s, Err: ErrIDPlace, Why: fmt.Sprintf("%03d", c.PlaceCode()), Pos: digitPos(s, 0)}
	}
	if d := c.centuryDigit(); d > 3 {
		return CCCD{}, &IDError{Kind: "CCCD", Input: s, Err: ErrIDCentury,
			Why: fmt.Sprintf("%d means born in the %d00s", d, 19+d/2), Pos: digitPos(s, 3)}
	}
	return c, nil
}

// MustParseCCCD is like ParseCCCD but panics on error. It is meant for
// literals in tests and examples.
func MustParseCCCD(s string) CCCD {
	c, err := ParseCCCD(s)
	if err != nil {
		panic(err)
	}
	return c
}

// ParseCMND reads a 9-digit CMND number, ignoring spaces, dots and hyphens.
func ParseCMND(s string) (CMND, error) {
	n, count, err := scanID(s, "CMND", cmndLen)
	if err != nil {
		return CMND{}, err
	}
	if count != cmndLen {
		return CMND{}, &IDError{Kind: "CMND", Input: s, Err: ErrIDLength, Why: fmt.Sprintf("%d digits, want 9", count)}
	}
	return CMND{n: n, set: true}, nil
}

// scanID collects the digits of s. It stops counting past 20 digits so the
// number cannot overflow; the length check rejects such input anyway.
func scanID(s, kind string, want int) (n uint64, count int, err error) {
	pos := 0
	for _, r := range s {
		pos++
		switch {
		case r >= '0' && r <= '9':
			if count < 19 {
				n = n*10 + uint64(r-'0')
			}
			count++
		case r == ' ' || r == '.' || r == '-' || r == '\t':
		default:
			return 0, 0, &IDError{Kind: kind, Input: s, Err: ErrIDSyntax, Why: fmt.Sprintf("%q", r), Pos: pos}
		}
	}
	if count == 0 {
		return 0, 0, &IDError{Kind: kind, Input: s, Err: ErrIDLength, Why: fmt.Sprintf("no digits, want %d", want)}
	}
	return n, count, nil
}

// digitPos returns the 1-based character position in s of the i-th digit.
func digitPos(s string, i int) int {
	pos := 0
	for _, r := range s {
		pos++
		if r >= '0' && r <= '9' {
			if i == 0 {
				return pos
			}
			i--
		}
	}
	return 0
}

func validPlace(code int) bool {
	switch {
	case code >= 1 && code <= 96:
		_, ok := provinceByNumber(code)
		return ok
	case code >= 101 && code <= 295:
		return true
	}
	return false
}

// IsZero reports whether c is the zero CCCD, which is not a valid number.
func (c CCCD) IsZero() bool { return c == CCCD{} }

// Equal reports whether c and d are the same number. It is the same as ==
// and exists so that go-cmp compares CCCDs without an option for their
// unexported field.
func (c CCCD) Equal(d CCCD) bool { return c == d }

// String returns the 12 digits, leading zeros kept ("001099012345"), or ""
// for the zero CCCD.
func (c CCCD) String() string {
	if c.IsZero() {
		return ""
	}
	var b [cccdLen]byte
	return string(asciinum.Append(b[:0], c.n, cccdLen))
}

// Format returns the digits grouped as printed on the card: "001 099 012 345".
func (c CCCD) Format() string {
	s := c.String()
	if s == "" {
		return ""
	}
	return s[:3] + " " + s[3:6] + " " + s[6:9] + " " + s[9:]
}

// MarshalText returns the 12 digits.
func (c CCCD) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText parses text with ParseCCCD. Empty text gives the zero CCCD,
// so that an optional field survives a round trip through JSON.
func (c *CCCD) UnmarshalText(text []byte) error { return textvalue.Unmarshal(c, text, ParseCCCD) }

func (c CCCD) digits(from, count int) int {
	n := c.n
	for range cccdLen - from - count {
		n /= 10
	}
	mod := uint64(1)
	for range count {
		mod *= 10
	}
	return int(n % mod)
}

// PlaceCode returns the first three digits as a number: 1–96 for a province
// (see Province), 101–295 for a country of birth abroad.
func (c CCCD) PlaceCode() int { return c.digits(0, 3) }

// Abroad reports whether the birth was registered abroad (place code
// 101–295); Country names the country.
func (c CCCD) Abroad() bool { return c.PlaceCode() >= 101 }

// Country returns the Vietnamese name of the country where the birth was
// registered, for a birth abroad ("Nhật Bản" for 232), or false.
func (c CCCD) Country() (string, bool) {
	if c.IsZero() {
		return "", false
	}
	return LookupCountry(c.PlaceCode())
}

// LookupCountry returns the Vietnamese name of a CCCD country code
// (101–295, Circular 07/2016/TT-BCA), or false.
func LookupCountry(code int) (string, bool) {
	if code < 101 || code >= 101+len(countries) {
		return "", false
	}
	return countries[code-101], true
}

// Province returns the pre-2025 province where the birth was registered, or
// false for a birth abroad or the zero CCCD.
func (c CCCD) Province() (Province, bool) {
	code := c.PlaceCode()
	if c.IsZero() || code < 1 || code > 96 {
		return Province{}, false
	}
	return provinceByNumber(code)
}

func (c CCCD) centuryDigit() int { return c.digits(3, 1) }

// Sex returns the holder's sex from the fourth digit: even is male, odd is
// female. It is SexUnknown for the zero CCCD.
func (c CCCD) Sex() Sex {
	if c.IsZero() {
		return SexUnknown
	}
	if c.centuryDigit()%2 == 0 {
		return Male
	}
	return Female
}

// Century returns the century of birth from the fourth digit, counted the
// usual way: 20 for 1900–1999, 21 for 2000–2099. It is 0 for the zero CCCD.
func (c CCCD) Century() int {
	if c.IsZero() {
		return 0
	}
	return 20 + c.centuryDigit()/2
}

// YearDigits returns the fifth and sixth digits: the birth year modulo 100.
func (c CCCD) YearDigits() int { return c.digits(4, 2) }

// BirthYear returns the full birth year (1999, 2005), or 0 for the zero CCCD.
func (c CCCD) BirthYear() int {
	if c.IsZero() {
		return 0
	}
	return (c.Century()-1)*100 + c.YearDigits()
}

// Serial returns the last six digits.
func (c CCCD) Serial() int { return c.digits(6, 6) }

// CheckBirth cross-checks c against a birth date and sex recorded elsewhere
// (a roster row, a form). A zero date or SexUnknown skips that check. The
// error wraps ErrBirthMismatch and names the field that disagrees.
func (c CCCD) CheckBirth(birth vietnam.Date, sex Sex) error {
	if !birth.IsZero() && birth.Year() != c.BirthYear() {
		return &IDError{Kind: "CCCD", Input: c.String(), Err: ErrBirthMismatch,
			Why: fmt.Sprintf("birth year %d, but the number says %d", birth.Year(), c.BirthYear())}
	}
	if sex != SexUnknown && sex != c.Sex() {
		return &IDError{Kind: "CCCD", Input: c.String(), Err: ErrBirthMismatch,
			Why: fmt.Sprintf("sex %s, but the number says %s", sex, c.Sex())}
	}
	return nil
}

// IsZero reports whether c is the zero CMND.
func (c CMND) IsZero() bool { return !c.set }

// Equal reports whether c and d are the same number. It is the same as ==
// and exists so that go-cmp compares CMNDs without an option for their
// unexported fields.
func (c CMND) Equal(d CMND) bool { return c == d }

// String returns the 9 digits, leading zeros kept, or "" for the zero CMND.
func (c CMND) String() string {
	if !c.set {
		return ""
	}
	var b [cmndLen]byte
	return string(asciinum.Append(b[:0], c.n, cmndLen))
}

// MarshalText returns the 9 digits.
func (c CMND) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText parses text with ParseCMND. Empty text gives the zero CMND,
// so that an optional field survives a round trip through JSON.
func (c *CMND) UnmarshalText(text []byte) error { return textvalue.Unmarshal(c, text, ParseCMND) }
