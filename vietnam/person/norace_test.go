//go:build !race

package person_test

// raceBuild: see race_test.go.
const raceBuild = false
