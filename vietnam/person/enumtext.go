package person

import (
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Kind, Network and Migration marshal as text (Sex too, in cccd.go) so that
// JSON, map keys and flags carry words, not numbers that change meaning if
// a constant is ever inserted. Each value has one code, a lower-case ASCII
// word (hyphenated, never changed once published); the zero value
// marshals as the empty text. UnmarshalText accepts the code, the zero's
// word, the empty text, and the other names listed per type, ignoring
// case, tones and marks, and treating '-', '_' and ' ' alike.

// enumText is the text form of one enum: words[v] lists the names of value
// v, its code first. It is read-only.
type enumText struct {
	what  string // the type in error messages: "network"
	words [][]string
}

// textKey is the form in which names are compared: folded, with '-' and
// '_' read as spaces.
func textKey(s string) string {
	k := vietnam.Fold(s)
	if strings.ContainsAny(k, "-_") {
		k = strings.Join(strings.FieldsFunc(k, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), " ")
	}
	return k
}

func (e *enumText) marshal(v uint8) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case int(v) < len(e.words):
		return []byte(e.words[v][0]), nil
	}
	return nil, fmt.Errorf("person: %s %d has no text form", e.what, v)
}

func (e *enumText) unmarshal(text []byte) (uint8, error) {
	k := textKey(string(text))
	if k == "" {
		return 0, nil
	}
	for v, names := range e.words {
		for _, n := range names {
			if textKey(n) == k {
				return uint8(v), nil
			}
		}
	}
	codes := make([]string, 0, len(e.words)-1)
	for _, names := range e.words[1:] {
		codes = append(codes, names[0])
	}
	return 0, fmt.Errorf("person: %s %q: want %s or %s", e.what, text,
		strings.Join(codes[:len(codes)-1], ", "), codes[len(codes)-1])
}

// decode sets *p to the value text names, and leaves it alone on error.
func decode[T ~uint8](e *enumText, p *T, text []byte) error {
	v, err := e.unmarshal(text)
	if err == nil {
		*p = T(v)
	}
	return err
}

var kindText = enumText{"phone kind", [][]string{
	{"unknown"},
	{"mobile", "di dong"},
	{"fixed-line", "co dinh", "landline"},
}}

// MarshalText encodes the kind as "mobile" or "fixed-line" (String's
// "fixed line" with a hyphen, so that the code is one word), and
// KindUnknown as the empty text. A kind with no constant is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindText.marshal(uint8(k)) }

// UnmarshalText decodes "mobile", "fixed-line" (or "fixed line",
// "landline"), the Vietnamese "di động" and "cố định", and the empty text
// or "unknown" as KindUnknown.
func (k *Kind) UnmarshalText(text []byte) error {
	return decode(&kindText, k, text)
}

// networkText: the codes are the brand names in lower case.
var networkText = enumText{"network", [][]string{
	{"unknown"},
	{"viettel"},
	{"vinaphone"},
	{"mobifone"},
	{"vietnamobile"},
	{"gmobile"},
	{"itel"},
	{"reddi"},
}}

// MarshalText encodes the network as its brand name in lower case:
// "viettel", "vinaphone", "mobifone", "vietnamobile", "gmobile", "itel",
// "reddi". NetworkUnknown is the empty text; a network with no constant
// is an error.
func (n Network) MarshalText() ([]byte, error) { return networkText.marshal(uint8(n)) }

// UnmarshalText decodes a brand name in any case ("VinaPhone"), and the
// empty text or "unknown" as NetworkUnknown.
func (n *Network) UnmarshalText(text []byte) error {
	return decode(&networkText, n, text)
}

var migrationText = enumText{"migration", [][]string{
	{"none", "not migrated"},
	{"mobile-2018"},
	{"area-code-2017"},
}}

// MarshalText encodes the migration as a code after its constant:
// "mobile-2018" or "area-code-2017" (String is a sentence, not a code).
// NotMigrated is the empty text; a migration with no constant is an
// error.
func (m Migration) MarshalText() ([]byte, error) { return migrationText.marshal(uint8(m)) }

// UnmarshalText decodes "mobile-2018" or "area-code-2017", and the empty
// text, "none" or "not migrated" as NotMigrated.
func (m *Migration) UnmarshalText(text []byte) error {
	return decode(&migrationText, m, text)
}
