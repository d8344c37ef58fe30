//go:build !race

package linear

// raceEnabled: see race.go.
const raceEnabled = false
