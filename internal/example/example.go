// Package example holds what the province examples (examples/binhduong,
// examples/thainguyen, examples/dienbien) share and what is not general
// enough for the library: their command line; the World, the union trees
// of a scenario's province and of the provinces merged into it on both
// sides of the reform, against which rosters are read with the one set of
// import options every example uses (examples/roster too); the generated
// rosters and weekly report log that stand in for a province's data; the
// campaign and targets as a scenario writes them; and the outputs: aligned
// tables, indented JSON and one CSV layout for every example. A province
// that copies an example changes its scenario, not this package.
package example

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/hocvuso/hocvuso/vietnam"
)

// Flags are the options every province example takes: the report date,
// the language, the output format and the rows of the generated roster.
type Flags struct {
	AsOf   string // day/month/year, as the user typed it
	Lang   string // vi or en
	Format string // text, csv or json
	Rows   int
}

// Formats are the output formats of the examples.
var Formats = []string{"text", "csv", "json"}

// Register adds -date, -lang, -format and -rows to fs, with the scenario's
// default date and roster size.
func (f *Flags) Register(fs *flag.FlagSet, defaultAsOf string, rows int) {
	fs.StringVar(&f.AsOf, "date", defaultAsOf, "report date (day/month/year)")
	fs.StringVar(&f.Lang, "lang", "vi", "language: vi or en")
	fs.StringVar(&f.Format, "format", "text", "output: text, csv or json")
	fs.IntVar(&f.Rows, "rows", rows, "rows of the generated roster")
}

// Parse parses args into fs and checks the common flags. It returns the
// exit code and false when the program must stop: 0 for -h, 2 for a bad
// command line (with usage, the program's one-line synopsis, on stderr).
func (f *Flags) Parse(fs *flag.FlagSet, args []string, stderr io.Writer, usage string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	if fs.NArg() > 0 || (f.Lang != "vi" && f.Lang != "en") || f.Rows < 1 || !validFormat(f.Format) {
		fmt.Fprintf(stderr, "%s: want %s\n", fs.Name(), usage)
		return 2, false
	}
	return 0, true
}

// Language returns the language -lang chose.
func (f *Flags) Language() vietnam.Lang {
	if f.Lang == "en" {
		return vietnam.English
	}
	return vietnam.Vietnamese
}

// A Report is what a province example prints: text for a terminal,
// JSON, and the Sheet that is its CSV, so that every example's CSV has
// the same layout.
type Report interface {
	WriteText(io.Writer) error
	WriteJSON(io.Writer) error
	Sheet() Sheet
}

// A Program is a province example's command line, as data: its name, the
// scenario's report date and size of the generated roster when -date and
// -rows are not given, the flags that name roster files to read instead
// of generated ones, and how it builds its report from what the user
// gave. A province example's main is a Program and its scenario.
type Program struct {
	Name        string
	DefaultAsOf string // day/month/year
	Rows        int
	Rosters     []RosterFlag
	Build       func(Options) (Report, error)
}

// A RosterFlag is a flag naming a roster file: its name ("roster"), the
// name of its argument in the synopsis ("file.csv") and its help.
type RosterFlag struct{ Name, Arg, Help string }

// Options are what the user gave: the common flags, and the path given
// with each of Program.Rosters, in the same order ("" when not given:
// the generated roster).
type Options struct {
	Flags
	Rosters []string
}

// Usage is the program's synopsis, printed after its name on a bad
// command line.
func (p Program) Usage() string {
	var b strings.Builder
	b.WriteString("[-date d/m/yyyy] [-lang vi|en] [-format text|csv|json]")
	for _, r := range p.Rosters {
		fmt.Fprintf(&b, " [-%s %s]", r.Name, r.Arg)
	}
	b.WriteString(" [-rows n]")
	return b.String()
}

// Run is the program without the process: it parses args, builds the
// report and writes it to stdout in the format -format chose. It returns
// the exit code: 0; 2 for a bad command line, with the synopsis (Usage)
// on stderr; 1 when the report cannot be built or written, with the error
// on stderr after the program's name.
func (p Program) Run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(p.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := Options{Rosters: make([]string, len(p.Rosters))}
	o.Register(fs, p.DefaultAsOf, p.Rows)
	for i, r := range p.Rosters {
		fs.StringVar(&o.Rosters[i], r.Name, "", r.Help)
	}
	if code, ok := o.Parse(fs, args, stderr, p.Usage()); !ok {
		return code
	}
	r, err := p.Build(o)
	if err == nil {
		switch o.Format {
		case "csv":
			err = r.Sheet().WriteCSV(stdout)
		case "json":
			err = r.WriteJSON(stdout)
		default:
			err = r.WriteText(stdout)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", p.Name, err)
		return 1
	}
	return 0
}

// Main runs the program on the process's arguments and outputs, and exits
// with its code.
func (p Program) Main() { os.Exit(p.Run(os.Args[1:], os.Stdout, os.Stderr)) }

func validFormat(s string) bool {
	for _, f := range Formats {
		if s == f {
			return true
		}
	}
	return false
}

// WriteTable writes rows as aligned columns, the first left-aligned and
// the others right-aligned, two spaces apart, widths counted in
// characters so that Vietnamese names line up.
func WriteTable(b *strings.Builder, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows {
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i == 0 {
				b.WriteString(c + pad)
			} else {
				b.WriteString("  " + pad + c)
			}
		}
		b.WriteString("\n")
	}
}

// WriteJSON writes v as JSON indented by two spaces, as every example's
// -format json does.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
