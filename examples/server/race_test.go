//go:build race

package main

// raceDetector: the tests run under -race, which slows the code it
// watches five to ten times; see heavy.
const raceDetector = true
