//go:build !race

package linear_test

// raceBuild: see race_test.go.
const raceBuild = false
