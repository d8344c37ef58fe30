// Command roster works on the columns of a training roster from the
// command line, so that a data officer can clean a spreadsheet export
// without writing Go.
//
// Usage:
//
//	roster <command> [flags]
//
// The commands are:
//
//	resolve   resolve addresses, one per line on standard input, to
//	          current communes, as tab-separated lines
//	clean     read volunteer rosters (CSV files, or standard input) and
//	          write them cleaned: names in proper case, dates dd/mm/yyyy,
//	          phones in national form, CCCD checked, addresses resolved to
//	          the current commune, duplicates marked; rejected rows go to
//	          a rejects file with line, column and reason
//	stats     count the accepted rows and the people of rosters by
//	          current commune
//
// clean and stats stream: a file of millions of rows needs memory only
// for the duplicate keys, and a running count is shown on standard error
// when it is a terminal.
//
// resolve writes one line per input line, in order, with seven
// tab-separated columns:
//
//	1  the input's line number, from 1
//	2  the current commune code ("25966")
//	3  its full name ("Phường Lái Thiêu")
//	4  its current province code ("79")
//	5  the era the address was written in: old (before 1/7/2025) or new
//	6  1 if the address is ambiguous, else 0
//	7  every candidate current commune code, joined by |
//
// When the address is ambiguous (a split commune, or a name that fits
// several units), columns 2 and 3 are empty, column 4 names the province
// only when every candidate is in it, and column 7 lists every candidate:
// a script that reads column 2 never takes a silent pick, and those lines
// are checked by hand. When no commune is recognised, columns 2, 3 and 7
// are empty; column 4 still names the province when one was recognised.
// Nothing is ever invented: an empty column means unknown.
//
// Example:
//
//	printf 'P. Lái Thiêu, TP. Thuận An, Bình Dương\n' | go run ./examples/roster resolve
//	1	25966	Phường Lái Thiêu	79	old	0	25966
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // reading or writing failed
	exitUsage = 2 // bad command line
)

// A command is one subcommand of roster.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands lists the subcommands.
var commands = []command{
	{"resolve", "resolve addresses, one per line on standard input, to current communes", runResolve},
	{"clean", "clean volunteer rosters (CSV): names, dates, phones, CCCD, communes, duplicates", runClean},
	{"stats", "count the rows and people of rosters by current commune", runStats},
}

// run is main without the process: it takes the arguments after the
// program name and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "roster: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: roster <command> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "roster <command> -h" for a command's flags.`)
}

// flags returns the flag set of a command, whose messages go to stderr:
// -h writes usage, then the flags.
func flags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses a command's flags. -h ends the command with exitOK; a bad
// command line ends it with exitUsage, the flag package having said what
// is wrong.
func parse(fs *flag.FlagSet, args []string) (code int, ok bool) {
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return exitOK, false
	case err != nil:
		return exitUsage, false
	}
	return exitOK, true
}

// fail ends the command of fs with code, saying why on its output
// (stderr) after the command's name: "roster clean: …".
func fail(fs *flag.FlagSet, code int, format string, args ...any) int {
	fmt.Fprintf(fs.Output(), "roster "+fs.Name()+": "+format+"\n", args...)
	return code
}

// resolveUsage is what resolve -h writes before the flags.
const resolveUsage = `Usage: roster resolve [-header] < addresses.txt > communes.tsv

Reads one address per line and writes, tab-separated: line, commune code,
commune name, province code, era (old|new), ambiguous (1|0), candidate codes.`

// runResolve is the resolve command.
func runResolve(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("resolve", resolveUsage, stderr)
	header := fs.Bool("header", false, "write a header line naming the columns first")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return fail(fs, exitUsage, "unexpected argument %q; addresses are read from standard input", fs.Arg(0))
	}
	out := bufio.NewWriter(stdout)
	if *header {
		out.WriteString("line\tcommune_code\tcommune_name\tprovince_code\tera\tambiguous\tcandidates\n")
	}
	in := bufio.NewScanner(stdin)
	// Lines longer than the resolver accepts are still read whole, so that
	// they get their (empty) line rather than stopping the run.
	in.Buffer(make([]byte, 0, 4096), 1<<20)
	var b []byte
	for n := 1; in.Scan(); n++ {
		b = appendResolved(b[:0], n, strings.TrimSuffix(in.Text(), "\r"))
		if _, err := out.Write(b); err != nil {
			return fail(fs, exitError, "writing: %v", err)
		}
	}
	if err := in.Err(); err != nil {
		out.Flush()
		return fail(fs, exitError, "reading standard input: %v", err)
	}
	if err := out.Flush(); err != nil {
		return fail(fs, exitError, "writing: %v", err)
	}
	return exitOK
}

// appendResolved appends the output line of address s, input line n.
func appendResolved(b []byte, n int, s string) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	res, err := admin.ResolveAddress(s)
	if err != nil {
		return append(b, "\t\t\t\t\t0\t\n"...)
	}
	// An ambiguous address has no commune: only its candidates.
	commune, _ := res.Current()
	b = append(b, '\t')
	if !commune.IsZero() {
		b = append(b, commune.Code().String()...)
	}
	b = append(b, '\t')
	b = append(b, commune.FullName()...)
	b = append(b, '\t')
	if p := currentProvince(res, commune); !p.IsZero() {
		b = append(b, p.String()...)
	}
	b = append(b, '\t')
	switch res.Era {
	case admin.EraPre2025:
		b = append(b, "old"...)
	case admin.Era2025:
		b = append(b, "new"...)
	}
	if res.Ambiguous {
		b = append(b, "\t1\t"...)
	} else {
		b = append(b, "\t0\t"...)
	}
	for i, c := range res.Candidates {
		if i > 0 {
			b = append(b, '|')
		}
		b = append(b, c.Unit.Code().String()...)
	}
	return append(b, '\n')
}

// currentProvince returns the current province of the commune found; of
// the candidates, when they are all in one; or, when there are none, of
// the one province the address names (when the reform left it in one
// province).
func currentProvince(res admin.Resolution, commune admin.Unit) admin.Code {
	if !commune.IsZero() {
		return commune.Province()
	}
	if len(res.Candidates) > 0 {
		p := res.Candidates[0].Unit.Province()
		for _, c := range res.Candidates[1:] {
			if c.Unit.Province() != p {
				return admin.Code{}
			}
		}
		return p
	}
	p := res.Province
	if res.Ambiguous {
		return admin.Code{} // readings in different provinces
	}
	if p.Era() == admin.Era2025 {
		return p.Code()
	}
	if s := admin.Successors(p.Code()); len(s) == 1 {
		return s[0].New.Code()
	}
	return admin.Code{}
}
