//go:build !race

package admin_test

// addrSweepStride: see address_race_test.go.
const addrSweepStride = 1

// raceBuild: see address_race_test.go.
const raceBuild = false
