//go:build race

package linear

// raceEnabled: the race detector allocates on its own, so Check counts
// nothing under it.
const raceEnabled = true
