package vietnam

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrUnknownName is wrapped by the UnmarshalText methods of ToneStyle,
// Encoding, NumberConvention and Lang when the text names none of their
// values, and likewise by those of the enums of vietnam/admin,
// vietnam/calendar and vietnam/person.
var ErrUnknownName = errors.New("unknown name")

// The package's enums marshal as their String form so that they can sit
// in JSON configuration and be set with flag.TextVar.

// MarshalText returns the String form: "as-written", "classic", "modern".
func (st ToneStyle) MarshalText() ([]byte, error) {
	return marshalEnum(st, len(toneStyleNames), "tone style")
}

// UnmarshalText accepts the String form, in any case.
func (st *ToneStyle) UnmarshalText(b []byte) error {
	return unmarshalEnum(st, b, len(toneStyleNames), "tone style")
}

// MarshalText returns the String form: "unknown", "Unicode", "TCVN3", "VNI", "VIQR", "Windows-1258".
func (e Encoding) MarshalText() ([]byte, error) {
	return marshalEnum(e, len(encodingNames), "encoding")
}

// UnmarshalText accepts the String form, in any case, and the names the
// encodings go by in Vietnamese offices and software: "ABC" and "TCVN
// 5712" (the standard TCVN 5712:1993 that defines TCVN3; its fonts are
// the .VnTime "ABC" fonts), "VNI-Windows" (VNI's font set), "UTF-8" and
// "CP1258". VPS and VISCII are other encodings, not read by this
// package, and are refused.
func (e *Encoding) UnmarshalText(b []byte) error {
	for _, a := range encodingAliases {
		if strings.EqualFold(string(b), a.name) {
			*e = a.enc
			return nil
		}
	}
	return unmarshalEnum(e, b, len(encodingNames), "encoding")
}

var encodingAliases = [...]struct {
	name string
	enc  Encoding
}{
	{"ABC", TCVN3},
	{"TCVN 5712", TCVN3},
	{"TCVN5712", TCVN3},
	{"TCVN 5712:1993", TCVN3},
	{"VNI-Windows", VNI},
	{"VNI Windows", VNI},
	{"UTF-8", Unicode},
	{"CP1258", Windows1258},
	{"Windows 1258", Windows1258},
	{"UTF8", Unicode},
}

// MarshalText returns the String form: "auto", "vietnamese", "english".
func (c NumberConvention) MarshalText() ([]byte, error) {
	return marshalEnum(c, len(numberConventionNames), "number convention")
}

// UnmarshalText accepts the String form, in any case.
func (c *NumberConvention) UnmarshalText(b []byte) error {
	return unmarshalEnum(c, b, len(numberConventionNames), "number convention")
}

// enumName returns names[v], or "Type(v)" for a value with no name, so
// that printing a value out of range never panics and never passes for a
// real value.
func enumName[T ~uint8](names []string, typ string, v T) string {
	if int(v) < len(names) && names[v] != "" {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

type enum interface {
	~uint8
	String() string
}

func marshalEnum[T enum](v T, n int, kind string) ([]byte, error) {
	if int(v) >= n {
		return nil, fmt.Errorf("vietnam: cannot marshal %s %v: %w", kind, v, ErrUnknownName)
	}
	return []byte(v.String()), nil
}

func unmarshalEnum[T enum](dst *T, b []byte, n int, kind string) error {
	for v := range n {
		if strings.EqualFold(string(b), T(v).String()) {
			*dst = T(v)
			return nil
		}
	}
	return fmt.Errorf("vietnam: unknown %s %q: %w", kind, b, ErrUnknownName)
}
