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

import "github.com/hocvuso/hocvuso/internal/example"

func main() { command().Main() }

// command is the command line; it reads the scenario when it runs, so
// that a test that changes the scenario runs the changed one.
func command() example.Program {
	return example.Program{Name: "binhduong", DefaultAsOf: defaultAsOf, Rows: roster.Rows, Build: build, Rosters: []example.RosterFlag{
		{Name: "roster", Arg: "file.csv", Help: "campaign roster CSV to use instead of the generated one"},
		{Name: "study-roster", Arg: "file.csv", Help: "Resolution 57 study roster CSV to use instead of the generated one"},
	}}
}
