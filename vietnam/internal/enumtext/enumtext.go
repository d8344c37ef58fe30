// Package enumtext is the text form shared by the small enums of the
// vietnam packages (admin.Level, calendar.Holiday, person.Network…): one
// code per value, the zero value as empty text, and decoding that accepts
// the code and other names, ignoring case, tones and marks and treating
// '-', '_' and ' ' alike.
package enumtext

import (
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Table is the text form of one enum: Words[v] lists the names of value
// v, its code first; Words[0] names the zero value. It is read-only once
// built.
type Table struct {
	What  string // the package and type in error messages: "admin: level"
	Words [][]string
}

// Key is the form in which names are compared: folded, with '-' and '_'
// read as spaces.
func Key(s string) string {
	k := vietnam.Fold(s)
	if strings.ContainsAny(k, "-_") {
		k = strings.Join(strings.FieldsFunc(k, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), " ")
	}
	return k
}

// Marshal returns the code of v: empty for the zero value, an error for a
// value with no name.
func (t *Table) Marshal(v uint8) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case int(v) < len(t.Words):
		return []byte(t.Words[v][0]), nil
	}
	return nil, fmt.Errorf("%s %d has no text form", t.What, v)
}

// Unmarshal returns the value text names.
func (t *Table) Unmarshal(text []byte) (uint8, error) {
	k := Key(string(text))
	if k == "" {
		return 0, nil
	}
	for v, names := range t.Words {
		for _, n := range names {
			if Key(n) == k {
				return uint8(v), nil
			}
		}
	}
	codes := make([]string, 0, len(t.Words)-1)
	for _, names := range t.Words[1:] {
		codes = append(codes, names[0])
	}
	return 0, fmt.Errorf("%s %q: want %s or %s", t.What, text,
		strings.Join(codes[:len(codes)-1], ", "), codes[len(codes)-1])
}

// Decode sets *p to the value text names, and leaves it alone on error.
func Decode[T ~uint8](t *Table, p *T, text []byte) error {
	v, err := t.Unmarshal(text)
	if err == nil {
		*p = T(v)
	}
	return err
}
