// Package enumtext is the text form shared by the small enums of the
// module (admin.Level, calendar.Holiday, person.Network, metrics.Status,
// training.Service…): one code per value, the zero value as empty text,
// decoding that accepts the code and other names, ignoring case, tones and
// marks and treating '-', '_' and ' ' alike; and, for enums that people
// read, a label per value in each vietnam.Lang. A value out of range
// prints as "Type(n)" in String and Label, so that printing never panics
// and never passes for a real value.
package enumtext

import (
	"fmt"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Table is the text form of one enum: Words[v] lists the names of value
// v, its code first; Words[0] names the zero value. An empty Words[v] is a
// value with no constant (the zero of an enum that starts with _), which
// String and Label print as "Type(n)". It is read-only once built.
type Table struct {
	What  string // the package and type in error messages: "admin: level"
	Words [][]string
	// Type is the Go type's name, printed for a value out of range:
	// "Level(9)". Empty means the last word of What, capitalised.
	Type string
	// Labels[v] is value v as a report shows it, in Vietnamese and in
	// English; nil when the enum has no labels.
	Labels [][2]string
	// Err, when set, is wrapped by the errors of Marshal and Unmarshal, so
	// that callers match them with errors.Is.
	Err error
	// ZeroIsValue says that the zero value is a real value (metrics'
	// Absolute), named in errors among the others, rather than "unknown".
	ZeroIsValue bool
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

// OutOfRange is the text of a value an enum does not define: "Level(9)".
func OutOfRange(typ string, v uint8) string { return fmt.Sprintf("%s(%d)", typ, v) }

// Name returns names[v], or "Type(v)" for a value with no name: the
// String of an enum whose printed text is not its code (person.Kind's
// "fixed line" beside the code "fixed-line").
func Name(names []string, typ string, v uint8) string {
	if int(v) < len(names) {
		return names[v]
	}
	return OutOfRange(typ, v)
}

func (t *Table) typeName() string {
	if t.Type != "" {
		return t.Type
	}
	w := t.What[strings.LastIndexAny(t.What, ": ")+1:]
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// String returns the code of v ("province"), or "Type(n)" for a value
// with no name.
func (t *Table) String(v uint8) string {
	if t.named(v) {
		return t.Words[v][0]
	}
	return OutOfRange(t.typeName(), v)
}

// Label returns v as a report shows it in l, or "Type(n)" for a value
// with no label. A language with no column reads as Vietnamese.
func (t *Table) Label(v uint8, l vietnam.Lang) string {
	if int(v) >= len(t.Labels) || !t.named(v) {
		return OutOfRange(t.typeName(), v)
	}
	if l == vietnam.English {
		return t.Labels[v][1]
	}
	return t.Labels[v][0]
}

// Marshal returns the code of v: empty for the zero value, an error for a
// value with no name.
func (t *Table) Marshal(v uint8) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case t.named(v):
		return []byte(t.Words[v][0]), nil
	}
	return nil, t.wrap(fmt.Errorf("%s %d has no text form", t.What, v))
}

// named reports whether v has a name.
func (t *Table) named(v uint8) bool { return int(v) < len(t.Words) && len(t.Words[v]) > 0 }

func (t *Table) wrap(err error) error {
	if t.Err != nil {
		return fmt.Errorf("%w: %w", err, t.Err)
	}
	return err
}

// Lookup returns the value whose name is s, compared as Key does.
func (t *Table) Lookup(s string) (uint8, bool) {
	k := Key(s)
	if k == "" {
		return 0, true
	}
	for v, names := range t.Words {
		for _, n := range names {
			if Key(n) == k {
				return uint8(v), true
			}
		}
	}
	return 0, false
}

// Unmarshal returns the value text names.
func (t *Table) Unmarshal(text []byte) (uint8, error) {
	if v, ok := t.Lookup(string(text)); ok {
		return v, nil
	}
	return 0, t.Invalid(string(text))
}

// Invalid is the error for a text that names no value of the enum (or no
// value the caller accepts): what was given and the codes that are.
func (t *Table) Invalid(text string) error {
	words := t.Words[1:]
	if t.ZeroIsValue {
		words = t.Words
	}
	codes := make([]string, 0, len(words))
	for _, names := range words {
		if len(names) > 0 {
			codes = append(codes, names[0])
		}
	}
	want := codes[len(codes)-1]
	if len(codes) > 1 {
		want = strings.Join(codes[:len(codes)-1], ", ") + " or " + want
	}
	return t.wrap(fmt.Errorf("%s %q: want %s", t.What, text, want))
}

// Decode sets *p to the value text names, and leaves it alone on error.
func Decode[T ~uint8](t *Table, p *T, text []byte) error {
	v, err := t.Unmarshal(text)
	if err == nil {
		*p = T(v)
	}
	return err
}
