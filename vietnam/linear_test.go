package vietnam_test

import (
	"strings"
	"testing"

	"github.com/hocvuso/hocvuso/internal/linear"
	"github.com/hocvuso/hocvuso/vietnam"
)

// tcvn3Raw is legacyText as a TCVN3 file's bytes (not UTF-8).
var tcvn3Raw = func() string {
	s, err := vietnam.TCVN3.Encode(legacyText)
	if err != nil {
		panic(err)
	}
	return s
}()

// linearUnits are the adversarial shapes of input for the text functions
// (#11, #14: no input over 1 MB may take more than linear time).
var linearUnits = []linear.Unit{
	{Name: "text", Text: legacyText},                    // Vietnamese running text
	{Name: "letter", Text: "a"},                         // one word of one letter, as long as the input
	{Name: "toned", Text: "ệ"},                          // one word of one toned letter
	{Name: "marks", Text: "\u0301"},                     // combining marks with no base
	{Name: "stacked", Text: "a\u0301\u0323\u0303"},      // a letter with three marks, again and again
	{Name: "commas", Text: ","},                         // separators only
	{Name: "digits", Text: "0123456789"},                // one number as long as the input
	{Name: "spaces", Text: " "},                         // white space only
	{Name: "glued", Text: "Việt"},                       // syllables with no space between them
	{Name: "tcvn3", Text: tcvn3Raw},                     // legacy bytes of TCVN3, raw
	{Name: "highbyte", Text: "\xf2"},                    // one legacy byte, as long as the input
	{Name: "viqr", Text: "Vie^.t Nam "},                 // VIQR
	{Name: "viqrmarks", Text: "'"},                      // VIQR's marks with no letter
	{Name: "turkish", Text: "İ\u0307ı"},                 // Title's hard case: İ, ı and a mark
	{Name: "foreign", Text: foreignBenchText},           // other languages' letters
	{Name: "cp1252", Text: "Vieät Nam ñaø "},            // VNI shown as Windows-1252
	{Name: "mixed", Text: "Đ1,a\u0301 \xf2x'ư.?-–"},     // all of the above in a short unit
	{Name: "words", Text: "ngh ngh ngh ngh ngh ngh "},   // short words, no vowel
	{Name: "longword", Text: strings.Repeat("ươ", 300)}, // a word longer than any syllable
}

// linearFuncs are the text functions held to linear time.
var linearFuncs = []linear.Func{
	{Name: "Fold", F: func(s string) { sinkString = vietnam.Fold(s) }},
	{Name: "AppendFold", F: func(s string) { sinkBytes = vietnam.AppendFold(sinkBytes[:0], s) }},
	{Name: "Detect", F: func(s string) { _, c := vietnam.Detect(s); sinkBool = c > 0.5 }},
	{Name: "ToUnicode", F: func(s string) { sinkString = vietnam.ToUnicode(s) }},
	{Name: "Title", F: func(s string) { sinkString = vietnam.Title(s) }},
	{Name: "Normalize", F: func(s string) { sinkString = vietnam.Normalize(s) }},
	{Name: "LooksLegacy", F: func(s string) { sinkBool = vietnam.LooksLegacy(s) }},
	{Name: "EqualFold", F: func(s string) { sinkBool = vietnam.EqualFold(s, s) }},
}

var sinkBytes []byte

// BenchmarkLinear runs each text function on each adversarial input at
// 64 KB, 256 KB, 1 MB and 4 MB and reports ns/byte: in linear time the
// four sizes of one row report the same ns/byte, so one run tells. The
// rows of Fold on Vietnamese text are the baseline, the fastest of them.
func BenchmarkLinear(b *testing.B) { linear.Bench(b, linearFuncs, linearUnits, linear.Sizes) }

// TestLinearAllocs holds the text functions to linear work without a
// clock: on each adversarial input, what a call allocates at 1 MB is at
// most twice per byte what it allocates at 64 KB (work that grew with the
// square of the input would allocate 16 times as much per byte, in copies
// of what it rescans). BenchmarkLinear measures the time itself.
func TestLinearAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 1 MB inputs") // and linear.Check skips under the race detector
	}
	linear.Check(t, linearFuncs, linearUnits, 64<<10, 1<<20)
}
