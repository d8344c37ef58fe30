// Package hocvuso is the map of a Go library for Vietnam's digital-skills
// programs such as "Bình dân học vụ số" (Digital Popular Education): who
// is organised where, which campaign runs when, who was trained or helped,
// and how far each unit is from its targets. This package exports nothing;
// the work is done by its sub-packages, from the floor up:
//
//   - vietnam: civil dates in Vietnam time; Vietnamese text normalisation,
//     folding, casing and tone placement; legacy encodings; numbers.
//
// Lower floors never import higher ones, and the vietnam packages know
// nothing of programs, so they can be imported alone.
//
// # A walk through
//
// A province's tracker starts from text typed by volunteers:
//
//	name := vietnam.Title("nguyễn  VĂN a")        // "Nguyễn Văn A"
//	key := vietnam.Fold(name)                     // "nguyen van a", for search and dedupe
//	start, _ := vietnam.ParseDate("29/5/2025")    // the campaign opens
//	end := vietnam.MustParseDate("15/8/2025")
//	days := end.DaysSince(start) + 1              // 79 days, both ends inclusive
package hocvuso
