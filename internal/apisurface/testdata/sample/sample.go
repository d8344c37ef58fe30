// Package sample is the fixture of apisurface's test: each declaration
// says whether it counts.
package sample

import "io"

type Exported struct { // type
	A, B      int // 2 fields
	c         int
	io.Reader // embedded: 1 field
	*Embedded // embedded pointer: 1 field
}

type Embedded struct{} // type

type hidden struct {
	X int // field of an unexported type: no
}

type Iface interface { // type
	io.Closer  // no name of its own
	Do() error // method
	undo()
}

type List[T any] []T // type

func (l List[T]) Len() int { return len(l) } // method

func (Exported) M()    {} // method
func (*Exported) N()   {} // method
func (Exported) m()    {}
func (hidden) Hidden() {}
func New() *Exported   { return nil } // func
func helper()          {}

const (
	One, Two = 1, 2 // 2 consts
	three    = 3
)

var Default, other = Exported{}, hidden{} // 1 var

var _ = helper
