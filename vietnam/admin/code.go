package admin

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/internal/asciinum"
)

// Code identifies a unit within an era: the official NSO code (2 digits
// for a province, 3 for a district, 5 for a commune) together with its era
// and level. Codes are reused across eras (new commune 00004 is Phường Ba
// Đình, old commune 00004 was Phường Trúc Bạch), so a Code from one era
// never finds a unit of the other.
//
// Code is a small comparable value, usable as a map key. The zero Code
// means "no unit" (the parent of a province, for instance); IsZero reports
// it. Get a Code from a Unit, or build one with ParseCode.
type Code struct {
	n     uint32
	era   Era
	level Level
}

// Sentinel errors, matched with errors.Is on a *CodeError.
var (
	// ErrCodeSyntax: the text is not 1 to N digits for a level of N digits.
	ErrCodeSyntax = errors.New("not a unit code")
	// ErrEraLevel: the era is unknown, or has no units at that level
	// (there are no districts in Era2025).
	ErrEraLevel = errors.New("no such era or level")
)

// CodeError reports a code that could not be parsed: the input, the era
// and level asked for, and the reason (ErrCodeSyntax or ErrEraLevel).
type CodeError struct {
	Input string
	Era   Era
	Level Level
	Err   error
}

func (e *CodeError) Error() string {
	return fmt.Sprintf("admin: parsing %s %s code %q: %v", e.Era, e.Level, e.Input, e.Err)
}

func (e *CodeError) Unwrap() error { return e.Err }

// ParseCode returns the code s of a unit at level in era. s is the bare
// official code; leading zeros may be missing, as spreadsheets drop them
// ("4" is commune 00004), and surrounding spaces are ignored. ParseCode
// checks the form only: whether a unit has that code is for Directory.Unit
// or Directory.Lookup to say.
func ParseCode(era Era, level Level, s string) (Code, error) {
	if !level.in(era) {
		return Code{}, &CodeError{Input: s, Era: era, Level: level, Err: ErrEraLevel}
	}
	n, ok := asciinum.Parse(strings.TrimSpace(s), level.width())
	if !ok {
		return Code{}, &CodeError{Input: s, Era: era, Level: level, Err: ErrCodeSyntax}
	}
	return Code{n: uint32(n), era: era, level: level}, nil
}

// MustParseCode is ParseCode for literals in tests and examples; it panics
// if s is not a valid code.
func MustParseCode(era Era, level Level, s string) Code {
	c, err := ParseCode(era, level, s)
	if err != nil {
		panic(err)
	}
	return c
}

// Era returns the era of the code, EraUnknown for the zero Code.
func (c Code) Era() Era { return c.era }

// Level returns the level of the code, LevelUnknown for the zero Code.
func (c Code) Level() Level { return c.level }

// Equal reports whether c and o are the same code; c == o says the same.
// It lets go-cmp compare values holding a Code, whose fields are
// unexported.
func (c Code) Equal(o Code) bool { return c == o }

// IsZero reports whether c is the zero Code.
func (c Code) IsZero() bool { return c == Code{} }

// String returns the bare official code with its leading zeros: "79" for
// a province, "554" for a district, "00004" for a commune; "" for the zero
// Code.
func (c Code) String() string {
	if c.IsZero() {
		return ""
	}
	return string(c.appendDigits(make([]byte, 0, 5)))
}

func (c Code) appendDigits(b []byte) []byte {
	return asciinum.Append(b, uint64(c.n), c.level.width())
}

// MarshalText encodes the code with its era, "2025:25966" or
// "pre-2025:00004", so that a stored code is never read in the wrong era.
// The zero Code encodes as the empty text.
func (c Code) MarshalText() ([]byte, error) {
	if c.IsZero() {
		return []byte{}, nil
	}
	b := append([]byte(c.era.String()), ':')
	return c.appendDigits(b), nil
}

// UnmarshalText decodes the form written by MarshalText; the level follows
// from the number of digits. The empty text gives the zero Code.
func (c *Code) UnmarshalText(text []byte) error {
	s := string(text)
	if s == "" {
		*c = Code{}
		return nil
	}
	eraText, digits, ok := strings.Cut(s, ":")
	var era Era
	switch eraText {
	case EraPre2025.String():
		era = EraPre2025
	case Era2025.String():
		era = Era2025
	}
	var level Level
	switch len(digits) {
	case 2:
		level = LevelProvince
	case 3:
		level = LevelDistrict
	case 5:
		level = LevelCommune
	}
	if !ok || era == EraUnknown || level == LevelUnknown {
		return &CodeError{Input: s, Era: era, Level: level, Err: fmt.Errorf("%w: want era:digits such as %q", ErrCodeSyntax, "2025:25966")}
	}
	parsed, err := ParseCode(era, level, digits)
	if err != nil {
		err.(*CodeError).Input = s
		return err
	}
	*c = parsed
	return nil
}
