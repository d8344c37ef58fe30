package asciinum_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/internal/asciinum"
)

// TestRead puts each text to All, Parse and Value: only ASCII digits are
// digits, and Parse also refuses a run longer than its field.
func TestRead(t *testing.T) {
	tests := []struct {
		in  string
		max int
		all bool // All's answer
		n   int  // Parse's value, when ok
		ok  bool // Parse's answer
	}{
		{"7", 2, true, 7, true},
		{"07", 2, true, 7, true},
		{"2025", 4, true, 2025, true},
		{"25966", 5, true, 25966, true},
		{"999999999", 20, true, 999999999, true},
		{"123", 2, true, 0, false},         // longer than the field
		{"1234567890", 20, true, 0, false}, // over MaxDigits, however large max is
		{"", 4, false, 0, false},
		{"-1", 2, false, 0, false},
		{"+84", 3, false, 0, false},
		{" 1", 2, false, 0, false},
		{"1x", 2, false, 0, false},
		{"١٢", 4, false, 0, false}, // Arabic-Indic digits are digits to unicode.IsDigit, not here
		{"１２", 4, false, 0, false}, // full-width digits likewise
	}
	for _, tt := range tests {
		assert.Equal(t, tt.all, asciinum.All(tt.in), "All(%q)", tt.in)
		n, ok := asciinum.Parse(tt.in, tt.max)
		assert.Equal(t, tt.ok, ok, "Parse(%q, %d)", tt.in, tt.max)
		assert.Equal(t, tt.n, n, "Parse(%q, %d)", tt.in, tt.max)
		if tt.ok {
			assert.Equal(t, uint64(tt.n), asciinum.Value(tt.in), "Value(%q)", tt.in)
			assert.Equal(t, uint64(tt.n), asciinum.Value([]byte(tt.in)), "Value(%q) of bytes", tt.in)
		}
	}
	// Value reads what Parse would not: as many digits as a uint64 holds.
	assert.Equal(t, uint64(9999999999999999999), asciinum.Value("9999999999999999999"))
	assert.Equal(t, uint64(0), asciinum.Value(""))
}

func TestAppend(t *testing.T) {
	tests := []struct {
		n     uint64
		width int
		want  string
	}{
		{42, 5, "00042"},
		{0, 3, "000"},
		{25966, 5, "25966"},
		{123456, 3, "456"}, // the last width digits
		{7, 0, ""},
		{1099012345, 12, "001099012345"},
	}
	for _, tt := range tests {
		assert.Equal(t, "x"+tt.want, string(asciinum.Append([]byte("x"), tt.n, tt.width)), "%d in %d", tt.n, tt.width)
	}
}

// FuzzParse checks Parse against strconv on any text: the same value
// where Parse accepts, and an acceptance only of what is ASCII digits.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"0", "2025", "25966", "", "+1", "-0", "1_000", "0x1f", "٣", "999999999", "1234567890"} {
		f.Add(s, 4)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		n, ok := asciinum.Parse(s, max)
		if !ok {
			if n != 0 {
				t.Fatalf("Parse(%q, %d) = %d, false", s, max, n)
			}
			if asciinum.All(s) && len(s) <= min(max, asciinum.MaxDigits) {
				t.Fatalf("Parse(%q, %d) refused digits", s, max)
			}
			return
		}
		if !asciinum.All(s) || len(s) > max || len(s) > asciinum.MaxDigits {
			t.Fatalf("Parse(%q, %d) accepted", s, max)
		}
		want, err := strconv.ParseUint(s, 10, 64)
		if err != nil || uint64(n) != want || asciinum.Value(s) != want {
			t.Fatalf("Parse(%q) = %d, strconv %d (%v), Value %d", s, n, want, err, asciinum.Value(s))
		}
		if got := string(asciinum.Append(nil, want, len(s))); got != s {
			t.Fatalf("Append(%d, %d) = %q, want %q", want, len(s), got, s)
		}
	})
}

func ExampleParse() {
	for _, s := range []string{"07", "2025", "7a", "+7"} {
		n, ok := asciinum.Parse(s, 4)
		fmt.Println(n, ok)
	}
	// Output:
	// 7 true
	// 2025 true
	// 0 false
	// 0 false
}

func ExampleAppend() {
	fmt.Println(string(asciinum.Append([]byte("CCCD "), 1099012345, 12)))
	// Output: CCCD 001099012345
}
