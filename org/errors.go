package org

import (
	"errors"
	"fmt"
	"strings"
)

// Categories of problems found by Build and the loaders. Match them with
// errors.Is on the error Build returns, or on one Problem.
var (
	ErrID            = errors.New("bad id")                          // empty, too long, or with control characters
	ErrDuplicateID   = errors.New("duplicate id")                    // a second unit with an ID already used
	ErrUnknownParent = errors.New("unknown parent")                  // Parent names no unit of the list
	ErrCycle         = errors.New("cycle")                           // following parents comes back to the start
	ErrValidity      = errors.New("validity")                        // ValidFrom after ValidTo, or a child valid outside its parent
	ErrEra           = errors.New("wrong era")                       // an admin code or a kind that did not exist while the unit was in force
	ErrAdminLevel    = errors.New("wrong admin level")               // an admin code of a level the kind does not serve
	ErrAdminCode     = errors.New("unknown admin code")              // an admin code that no unit of vietnam/admin has
	ErrAdminParent   = errors.New("outside the parent's admin unit") // an admin code outside the admin unit its ancestor serves
	ErrCount         = errors.New("negative count")                  // a Population, Households or Members below zero
	ErrKind          = errors.New("not a kind")                      // a kind that is neither built in nor a well-formed custom code; also from ParseKind
	ErrGroup         = errors.New("bad group member")                // NewGroupSet: a unit the tree lacks, or one put in two groups of a set
	ErrSyntax        = errors.New("syntax")                          // a field of a CSV or JSON file that cannot be read
)

// ErrProvince is wrapped by the error of Mirror and MirrorUnion for a
// province the directory does not have.
var ErrProvince = errors.New("not a province of the directory")

// Problem is one thing wrong with the units given to Build or read by a
// loader. Row locates it: for Build it is the 1-based position of the unit
// in the slice; for ReadCSV it is the line of the file (the header is line
// 1); for ReadJSON it is the 1-based position in the "units" array.
type Problem struct {
	Row    int    // where, as described above; 0 when the problem has no single place
	ID     ID     // the unit at fault, if known
	Field  string // the field at fault ("parent_id", "valid_to", ...), if one is
	Value  string // the offending value, as given
	Err    error  // the category: ErrDuplicateID, ErrCycle, ...
	Detail string // what exactly, in English
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString("org: ")
	p.appendText(&b)
	return b.String()
}

func (p Problem) appendText(b *strings.Builder) {
	if p.Row > 0 {
		fmt.Fprintf(b, "row %d: ", p.Row)
	}
	if p.ID != "" {
		fmt.Fprintf(b, "unit %q: ", string(p.ID))
	}
	switch {
	case p.Field != "" && p.Value != "":
		fmt.Fprintf(b, "%s %q: ", p.Field, p.Value)
	case p.Field != "":
		fmt.Fprintf(b, "%s: ", p.Field)
	}
	if p.Err != nil {
		b.WriteString(p.Err.Error())
	}
	if p.Detail != "" {
		if p.Err != nil {
			b.WriteString(": ")
		}
		b.WriteString(p.Detail)
	}
}

// Unwrap returns the category, so that errors.Is(p, ErrCycle) works.
func (p Problem) Unwrap() error { return p.Err }

// CheckError lists every problem found in one pass, in row order. Build and
// the loaders return it (as *CheckError) whenever anything is wrong; then
// they return no tree. errors.Is reports whether any problem is of a given
// category, and errors.As can pull out the whole list.
type CheckError struct {
	Problems []Problem
}

// maxListed bounds the message, not the list: Problems always holds all.
const maxListed = 10

func (e *CheckError) Error() string {
	var b strings.Builder
	switch len(e.Problems) {
	case 0:
		return "org: no problems"
	case 1:
		b.WriteString("org: 1 problem: ")
	default:
		fmt.Fprintf(&b, "org: %d problems: ", len(e.Problems))
	}
	for i, p := range e.Problems {
		if i == maxListed {
			fmt.Fprintf(&b, "; and %d more", len(e.Problems)-maxListed)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		p.appendText(&b)
	}
	return b.String()
}

// Unwrap returns every problem, so that errors.Is and errors.As look at
// each of them.
func (e *CheckError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}
