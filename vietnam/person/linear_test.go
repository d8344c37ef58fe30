package person_test

import (
	"testing"

	"github.com/hocvuso/hocvuso/internal/linear"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

// linearUnits are the adversarial shapes of input for the parsers (#14:
// no input over 1 MB may take more than linear time).
var linearUnits = []linear.Unit{
	{Name: "name", Text: "Nguyễn Thị Minh Khai "},            // a name, again and again
	{Name: "family", Text: "Hoàng Phủ "},                     // a compound family name, repeated
	{Name: "letter", Text: "a"},                              // one word as long as the input
	{Name: "marks", Text: "a\u0301\u0323"},                   // combining marks
	{Name: "spaces", Text: " \t"},                            // white space only
	{Name: "digits", Text: "0912345678"},                     // one number as long as the input
	{Name: "phone", Text: "+84 (0) 912-345-678, "},           // separators of phone numbers
	{Name: "punct", Text: "(-.)/,"},                          // separators alone
	{Name: "legacy", Text: "Nguy\xd6n \xf2"},                 // bytes that are no UTF-8
	{Name: "glued", Text: "NguyễnVănA"},                      // capitals inside a word
	{Name: "mixed", Text: "0084Đ\u0301 1900-1022 ǅ ﬁ İ x9 "}, // all of the above
}

// linearFuncs are the parsers held to linear time.
var linearFuncs = []linear.Func{
	{Name: "ParseName", F: func(s string) { sinkName = person.ParseName(s) }},
	{Name: "ParsePhone", F: func(s string) { sinkPhone, _ = person.ParsePhone(s) }},
	{Name: "ParseCCCD", F: func(s string) { sinkCCCD, _ = person.ParseCCCD(s) }},
	{Name: "ParseCMND", F: func(s string) { _, err := person.ParseCMND(s); sinkBool = err == nil }},
	{Name: "ParseTaxCode", F: func(s string) { _, err := person.ParseTaxCode(s); sinkBool = err == nil }},
}

// BenchmarkLinear runs each parser on each adversarial input at 64 KB,
// 256 KB, 1 MB and 4 MB and reports ns/byte: in linear time the four
// sizes of one row report the same ns/byte.
func BenchmarkLinear(b *testing.B) { linear.Bench(b, linearFuncs, linearUnits, linear.Sizes) }

// TestLinearAllocs holds the parsers to linear work without a clock: at
// 1 MB a call allocates at most twice per byte what it allocates at
// 64 KB (see linear.Check).
func TestLinearAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 1 MB inputs") // and linear.Check skips under the race detector
	}
	linear.Check(t, linearFuncs, linearUnits, 64<<10, 1<<20)
}
