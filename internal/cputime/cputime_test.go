package cputime_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/internal/cputime"
)

// Work done between two readings shows in the second one, where the
// system reports CPU time at all.
func TestUsedGrows(t *testing.T) {
	before := cputime.Used()
	if before == 0 {
		t.Skip("CPU time is not read on this system")
	}
	x := 0
	for i := range 50_000_000 {
		x ^= i * i
	}
	assert.NotZero(t, x|1)
	assert.Greater(t, cputime.Used(), before)
}
