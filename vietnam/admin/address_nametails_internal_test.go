package admin

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
)

// TestDropNameTails holds dropNameTails to its rule wherever the first
// match it drops lies: the matches from mark on that start after whole
// without a type word go, the others stay in order, and those before
// mark are not read.
func TestDropNameTails(t *testing.T) {
	// whole is 2: a match from token 3 on without type word is a tail
	head := addrMatch{i: 5, j: 6, u: 1}               // before mark: kept whatever it is
	long := addrMatch{i: 2, j: 6, u: 2}               // the longer name
	tail := addrMatch{i: 4, j: 6, u: 3}               // a name inside it
	typed := addrMatch{i: 3, j: 6, u: 4, typed: true} // a tail with its type word
	tail2 := addrMatch{i: 5, j: 6, u: 5}
	tests := []struct {
		name string
		in   []addrMatch
		want []addrMatch
	}{
		{"none dropped", []addrMatch{head, long, typed}, []addrMatch{head, long, typed}},
		{"first dropped", []addrMatch{head, tail, long, typed}, []addrMatch{head, long, typed}},
		{"middle dropped", []addrMatch{head, long, tail, typed}, []addrMatch{head, long, typed}},
		{"last dropped", []addrMatch{head, long, typed, tail}, []addrMatch{head, long, typed}},
		{"several dropped", []addrMatch{head, tail, long, tail2, typed, tail}, []addrMatch{head, long, typed}},
		{"all dropped", []addrMatch{head, tail, tail2}, []addrMatch{head}},
		{"nothing after mark", []addrMatch{head}, []addrMatch{head}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]addrMatch(nil), tt.in...)
			got := dropNameTails(in, 1, 2)
			assert.Empty(t, cmp.Diff(tt.want, got, cmp.AllowUnexported(addrMatch{})))
		})
	}
}
