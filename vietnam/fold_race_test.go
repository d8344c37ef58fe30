//go:build race

package vietnam

// foldRefStride thins TestAppendFoldReference's sweeps under the race
// detector, which makes them ten times slower and has nothing to find in
// a function of one goroutine; a plain go test sweeps every case.
const foldRefStride = 97
