// Command binhduong is the tracker of Bình Dương's 2025 summer campaign
// "Thanh niên chung tay phổ cập kỹ năng số" (29/5–15/8/2025), end to end:
// a volunteer roster is imported and cleaned, its addresses resolved,
// its people deduplicated, the province's targets allocated to its former
// cities and districts, and the campaign's progress printed as of a date,
// on the old units and, from 1/7/2025, on the wards and communes of Thành
// phố Hồ Chí Minh that came from Bình Dương.
//
//	go run ./examples/binhduong                       # 15/7/2025, Vietnamese
//	go run ./examples/binhduong -date 15/8/2025 -lang en
//	go run ./examples/binhduong -format csv > dashboard.csv
//	go run ./examples/binhduong -roster danh-sach.csv
//
// The scenario (targets, windows, weights, class plan) is in scenario.go;
// a province copies the folder and changes that file.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command line.
type options struct {
	asOf        string
	lang        string
	format      string
	roster      string
	studyRoster string
	rows        int
}

// run is the program, with its arguments and outputs passed in so that the
// test runs it as the user does. It returns the exit code: 2 for a bad
// command line, 1 for a failure.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("binhduong", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.asOf, "date", defaultAsOf, "report date (day/month/year)")
	fs.StringVar(&o.lang, "lang", "vi", "language: vi or en")
	fs.StringVar(&o.format, "format", "text", "output: text, csv or json")
	fs.StringVar(&o.roster, "roster", "", "campaign roster CSV to use instead of the generated one")
	fs.StringVar(&o.studyRoster, "study-roster", "", "Resolution 57 study roster CSV to use instead of the generated one")
	fs.IntVar(&o.rows, "rows", roster.Rows, "rows of the generated campaign roster")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 || (o.lang != "vi" && o.lang != "en") || o.rows < 1 ||
		(o.format != "text" && o.format != "csv" && o.format != "json") {
		fmt.Fprintln(stderr, "binhduong: want [-date d/m/yyyy] [-lang vi|en] [-format text|csv|json] [-roster file.csv] [-study-roster file.csv] [-rows n]")
		return 2
	}
	d, err := build(o)
	if err != nil {
		fmt.Fprintf(stderr, "binhduong: %v\n", err)
		return 1
	}
	switch o.format {
	case "csv":
		err = d.writeCSV(stdout)
	case "json":
		err = d.writeJSON(stdout)
	default:
		err = d.writeText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "binhduong: %v\n", err)
		return 1
	}
	return 0
}
