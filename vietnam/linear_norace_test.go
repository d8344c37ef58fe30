//go:build !race

package vietnam_test

// raceBuild: see linear_race_test.go.
const raceBuild = false
