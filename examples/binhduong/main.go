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
	"flag"
	"io"
	"os"

	"github.com/hocvuso/hocvuso/internal/example"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command line.
type options struct {
	example.Flags
	roster      string
	studyRoster string
}

// run is the program, with its arguments and outputs passed in so that the
// test runs it as the user does. It returns the exit code: 2 for a bad
// command line, 1 for a failure.
func run(args []string, stdout, stderr io.Writer) int {
	var o options
	return example.Run("binhduong", "[-date d/m/yyyy] [-lang vi|en] [-format text|csv|json] [-roster file.csv] [-study-roster file.csv] [-rows n]",
		&o.Flags, defaultAsOf, roster.Rows, func(fs *flag.FlagSet) {
			fs.StringVar(&o.roster, "roster", "", "campaign roster CSV to use instead of the generated one")
			fs.StringVar(&o.studyRoster, "study-roster", "", "Resolution 57 study roster CSV to use instead of the generated one")
		}, func() (example.Report, error) { return build(o) }, args, stdout, stderr)
}
