package training_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/hocvuso/hocvuso/internal/linear"
	"github.com/hocvuso/hocvuso/internal/synth"
	"github.com/hocvuso/hocvuso/training"
)

// linearRoster returns a roster's header line and three of its rows.
func linearRoster(tb testing.TB) (header, rows string) {
	tb.Helper()
	var buf bytes.Buffer
	if err := synth.WriteCSV(&buf, binhDuongSynth(3)); err != nil {
		tb.Fatal(err)
	}
	header, rows, _ = strings.Cut(buf.String(), "\n")
	return header + "\n", rows
}

// linearCSVUnits are the adversarial shapes of a roster's body after its
// header (#11, #14: no input over 1 MB may take more than linear time).
func linearCSVUnits(rows string) []linear.Unit {
	return []linear.Unit{
		{Name: "rows", Text: rows},                          // a roster's rows, again and again
		{Name: "commas", Text: ","},                         // one line of empty cells
		{Name: "quotes", Text: `"`},                         // quotes alone
		{Name: "unclosed", Text: "\"a,b\n"},                 // a quote never closed on every line
		{Name: "reopened", Text: "\"a\"b,\"\"\"\n"},         // text after a closing quote, doubled quotes
		{Name: "newlines", Text: "\n"},                      // empty lines
		{Name: "cell", Text: "a"},                           // one cell as long as the input
		{Name: "crlf", Text: "x;y\r\n"},                     // other delimiters and line ends
		{Name: "legacy", Text: "Nguy\xd6n V\xa8n A,\xf2\n"}, // bytes that are no UTF-8
	}
}

// linearCSVFuncs imports header followed by the input.
func linearCSVFuncs(header string) []linear.Func {
	im := training.NewImporter(training.ImportOptions{Pivot: 2025})
	return []linear.Func{{Name: "Import", F: func(s string) {
		_, _ = im.Import(context.Background(), strings.NewReader(header+s), func(training.Entry) error { return nil })
	}}}
}

// BenchmarkImportLinear imports each adversarial body at 64 KB, 256 KB,
// 1 MB and 4 MB and reports ns/byte: in linear time the four sizes of
// one row report the same ns/byte.
func BenchmarkImportLinear(b *testing.B) {
	header, rows := linearRoster(b)
	linear.Bench(b, linearCSVFuncs(header), linearCSVUnits(rows), linear.Sizes)
}

// TestImportLinearAllocs holds the roster reader to linear work without a
// clock: at 1 MB an import allocates at most twice per byte what it
// allocates at 64 KB (see linear.Check).
func TestImportLinearAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 1 MB inputs") // and linear.Check skips under the race detector
	}
	header, rows := linearRoster(t)
	linear.Check(t, linearCSVFuncs(header), linearCSVUnits(rows), 64<<10, 1<<20)
}
