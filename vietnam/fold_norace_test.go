//go:build !race

package vietnam

// foldRefStride: see fold_race_test.go.
const foldRefStride = 1
