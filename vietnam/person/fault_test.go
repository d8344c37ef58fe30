package person_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

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

// checkRejected checks what a parser returned for an input it must
// reject: the zero value v, and an E about in that wraps is, points at
// pos and reads message.
func checkRejected[E inputError](t *testing.T, v interface{ IsZero() bool }, err error, in string, is error, pos int, message string) {
	t.Helper()
	require.Error(t, err)
	assert.True(t, v.IsZero())
	assert.ErrorIs(t, err, is)
	var e E
	require.ErrorAs(t, err, &e)
	input, at := faultOf(e)
	assert.Equal(t, in, input)
	assert.Equal(t, pos, at)
	assert.Equal(t, message, err.Error())
}

// fuzzRejected fails a fuzz run unless err, which parse (named for the
// message) returned for s, is an E about s whose text starts with prefix
// and whose position lies within s. It returns the E.
func fuzzRejected[E inputError](t *testing.T, parse, s string, err error, prefix string) E {
	t.Helper()
	var e E
	if !errors.As(err, &e) {
		t.Fatalf("%s(%q): error %v is not a %T", parse, s, err, e)
	}
	if input, _ := faultOf(e); input != s || !strings.HasPrefix(err.Error(), prefix) {
		t.Fatalf("%s(%q): error %v is not about the input", parse, s, err)
	}
	if _, pos := faultOf(e); pos < 0 || pos > utf8.RuneCountInString(s) {
		t.Fatalf("%s(%q): position %d out of range", parse, s, pos)
	}
	return e
}
