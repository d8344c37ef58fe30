// Command dienbien tracks Điện Biên's 2025 AI campaign "Điện Biên Phủ -
// Hành trình phủ AI" (from 6/5/2025), whose course is mapped to domain 6 of
// the digital competence framework of Thông tư 02/2025, together with the
// province's part of the "Bình dân học vụ số" movement and its VNeID target.
// The province had 129 communes before 1/7/2025 and 45 after; the report
// follows the units in force on its date.
//
//	go run ./examples/dienbien                  # at 15/8/2025, Vietnamese
//	go run ./examples/dienbien -date 15/6/2025  # before the reform: by district
//	go run ./examples/dienbien -lang en -format json
//
// The scenario (campaign, course, targets, roster) is in scenario.go.
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
	roster string
}

// run is the program with its arguments and outputs passed in. It returns
// 2 for a bad command line and 1 for a failure.
func run(args []string, stdout, stderr io.Writer) int {
	var o options
	return example.Run("dienbien", "[-date d/m/yyyy] [-lang vi|en] [-format text|csv|json] [-roster f.csv] [-rows n]",
		&o.Flags, defaultAsOf, roster.Rows, func(fs *flag.FlagSet) {
			fs.StringVar(&o.roster, "roster", "", "roster CSV to use instead of the generated one")
		}, func() (example.Report, error) { return track(o) }, args, stdout, stderr)
}
