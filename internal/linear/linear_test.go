package linear_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/internal/linear"
)

// recorder counts the errors Check reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Logf(string, ...any) {}

var sink string

// quadratic copies its input once per word: work that grows with the
// square of the input, as a function that rescans what it has read does.
func quadratic(s string) {
	out := ""
	for _, w := range strings.Fields(s) {
		out += w // a new string each time, as long as all before it
	}
	sink = out
}

func TestCheck(t *testing.T) {
	units := []linear.Unit{{"words", "ab "}}
	tests := []struct {
		name string
		f    func(string)
		errs int
	}{
		{"linear", func(s string) { sink = strings.ToUpper(s) }, 0},
		{"none", func(s string) { sink = s }, 0},
		{"quadratic", quadratic, 1}, // one allocation a word, but bytes growing with the square
	}
	for _, tt := range tests {
		r := &recorder{TB: t}
		linear.Check(r, []linear.Func{{Name: tt.name, F: tt.f}}, units, 1<<10, 16<<10)
		assert.Len(t, r.errs, tt.errs, "%s: %q", tt.name, r.errs)
	}
}

func TestRepeat(t *testing.T) {
	tests := []struct {
		unit string
		n    int
		want string
	}{
		{"ab", 5, "abab"}, // whole copies
		{"ab", 1, "ab"},   // at least one
		{"abc", 6, "abcabc"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, linear.Repeat(tt.unit, tt.n), "%q × %d", tt.unit, tt.n)
	}
}
