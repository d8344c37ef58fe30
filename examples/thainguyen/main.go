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

import "github.com/hocvuso/hocvuso/internal/example"

func main() { command().Main() }

// command is the command line: a roster file flag for the scenario's
// province and, when it has one, for the province merged into it. It
// reads the scenario when it runs, so that a test that changes the
// scenario runs the changed one.
func command() example.Program {
	flags := []example.RosterFlag{
		{Name: "roster", Arg: "f.csv", Help: "roster CSV of the province instead of the generated one"},
		{Name: "merged-roster", Arg: "f.csv", Help: "roster CSV of the merged province instead of the generated one"},
	}
	return example.Program{Name: "thainguyen", DefaultAsOf: defaultAsOf, Rows: rosters[0].Rows, Build: track, Rosters: flags[:min(len(flags), len(rosters))]}
}
