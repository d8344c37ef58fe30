package metrics

import (
	"errors"
	"fmt"
)

// Categories of the errors that have no struct type of their own; match
// them with errors.Is.
var (
	// ErrSyntax means a name (an aggregation, a status) is not one of the
	// package's.
	ErrSyntax = errors.New("unknown name")
	// ErrPeriod means a period ends before it starts.
	ErrPeriod = errors.New("end before start")
	// ErrReport means report options name something the rollup does not
	// have, or are out of range.
	ErrReport = errors.New("invalid report options")
)

// categorized is an error with its own message that unwraps to a category,
// so the message need not repeat the category's words.
type categorized struct {
	msg string
	cat error
}

func (e *categorized) Error() string { return e.msg }
func (e *categorized) Unwrap() error { return e.cat }

func errorf(cat error, format string, args ...any) error {
	return &categorized{msg: fmt.Sprintf(format, args...), cat: cat}
}
