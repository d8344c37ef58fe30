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

import "github.com/hocvuso/hocvuso/internal/example"

func main() { command().Main() }

// command is the command line; it reads the scenario when it runs, so
// that a test that changes the scenario runs the changed one.
func command() example.Program {
	return example.Program{Name: "dienbien", DefaultAsOf: defaultAsOf, Rows: roster.Rows, Build: track,
		Rosters: []example.RosterFlag{{Name: "roster", Arg: "f.csv", Help: "roster CSV to use instead of the generated one"}}}
}
