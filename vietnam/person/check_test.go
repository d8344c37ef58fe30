package person_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// inputError is an error type of the package that points into the text
// given: both carry the input and a 1-based position.
type inputError interface {
	*person.IDError | *person.PhoneError
	error
}

// faultOf returns the input and position that an *IDError or a
// *PhoneError reports.
func faultOf(err error) (input string, pos int) {
	switch e := err.(type) {
	case *person.IDError:
		return e.Input, e.Pos
	case *person.PhoneError:
		return e.Input, e.Pos
	}
	panic(fmt.Sprintf("faultOf(%T)", err))
}

// rejection is an input a parser must reject and what its error says.
type rejection struct {
	in      string
	is      error // the sentinel the error wraps
	pos     int   // the position it points at, 0 for none
	message string
}

// checkRejected checks what a parser returned for the input of r: the
// zero value v, and an E about the input that says what r says.
func checkRejected[E inputError](t *testing.T, v interface{ IsZero() bool }, err error, r rejection) {
	t.Helper()
	require.Error(t, err)
	assert.True(t, v.IsZero())
	assert.ErrorIs(t, err, r.is)
	var e E
	require.ErrorAs(t, err, &e)
	input, pos := faultOf(e)
	assert.Equal(t, r.in, input)
	assert.Equal(t, r.pos, pos)
	assert.Equal(t, r.message, err.Error())
}

// fuzzParser is a fuzz target for a parser of the package: no input
// panics, every error is an E about the input whose text starts with
// prefix and whose position lies within the input, and every value
// accepted passes accepted.
type fuzzParser[V any, E inputError] struct {
	name     string // the parser, in messages: "ParsePhone"
	parse    func(string) (V, error)
	prefix   string                              // how every error's text starts: "person: phone "
	rejected func(t *testing.T, s string, err E) // further checks of an error, or nil
	accepted func(t *testing.T, s string, v V)
}

// run adds the seeds to f's corpus and fuzzes.
func (p fuzzParser[V, E]) run(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := p.parse(s)
		if err == nil {
			p.accepted(t, s, v)
			return
		}
		var e E
		if !errors.As(err, &e) {
			t.Fatalf("%s(%q): error %v is not a %T", p.name, s, err, e)
		}
		if input, _ := faultOf(e); input != s || !strings.HasPrefix(err.Error(), p.prefix) {
			t.Fatalf("%s(%q): error %v is not about the input", p.name, s, err)
		}
		if _, pos := faultOf(e); pos < 0 || pos > utf8.RuneCountInString(s) {
			t.Fatalf("%s(%q): position %d out of range", p.name, s, pos)
		}
		if p.rejected != nil {
			p.rejected(t, s, e)
		}
	})
}

// checkParsed parses in, which must be accepted, checks fields of the
// value against want, and returns the value; parse names the parser in
// the message.
func checkParsed[V, F any](t *testing.T, parse string, f func(string) (V, error), fields func(V) F, in string, want F) V {
	t.Helper()
	v, err := f(in)
	require.NoError(t, err)
	if diff := cmp.Diff(want, fields(v)); diff != "" {
		t.Errorf("%s(%q) mismatch (-want +got):\n%s", parse, in, diff)
	}
	return v
}

// checkPhoneForms checks that every printed form of p (a number with no
// international form has none) reads back as the same number, now
// current.
func checkPhoneForms(t *testing.T, p person.Phone) {
	t.Helper()
	for _, form := range []string{p.E164(), p.National(), p.International()} {
		if form == "" {
			continue
		}
		q, err := person.ParsePhone(form)
		require.NoError(t, err, form)
		assert.True(t, q.Equal(p), form)
		assert.Equal(t, person.NotMigrated, q.Migration(), form)
	}
}
