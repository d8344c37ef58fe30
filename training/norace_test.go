//go:build !race

package training_test

// raceBuild: see race_test.go.
const raceBuild = false
