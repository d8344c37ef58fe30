// Command thainguyen tracks Thái Nguyên's 2023 youth digital program: 40% of
// youth using online public services and 70% using e-payment, measured in
// every unit against that unit's own youth; 500.000 users of the province's
// citizen app and 150.000 children reached, for the province. It then shows
// what the province of 1 July 2025 inherits: the communes of the new Thái
// Nguyên that came from Bắc Kạn, with their 2023 figures.
//
//	go run ./examples/thainguyen                    # at 30/9/2023, Vietnamese
//	go run ./examples/thainguyen -date 31/12/2023 -lang en
//	go run ./examples/thainguyen -format json
//
// The scenario (targets, window, age spans, rosters) is in scenario.go.
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

type options struct {
	example.Flags
	rosters []string // one per scenario roster; "" generates it
}

// run is the program with its arguments and outputs passed in. It returns
// 2 for a bad command line and 1 for a failure.
func run(args []string, stdout, stderr io.Writer) int {
	o := options{rosters: make([]string, len(rosters))}
	return example.Run("thainguyen", "[-date d/m/yyyy] [-lang vi|en] [-format text|csv|json] [-roster f.csv] [-merged-roster f.csv] [-rows n]",
		&o.Flags, defaultAsOf, rosters[0].Rows, func(fs *flag.FlagSet) {
			fs.StringVar(&o.rosters[0], "roster", "", "roster CSV of the province instead of the generated one")
			if len(o.rosters) > 1 {
				fs.StringVar(&o.rosters[1], "merged-roster", "", "roster CSV of the merged province instead of the generated one")
			}
		}, func() (example.Report, error) { return track(o) }, args, stdout, stderr)
}
