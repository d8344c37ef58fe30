//go:build race

package admin_test

// addrSweepStride thins the sweeps of the whole data under the race
// detector, which makes them ten times slower; every unit is swept in a
// plain go test.
const addrSweepStride = 5

// raceBuild: the race detector allocates on its own, so allocation
// counts are not checked under it.
const raceBuild = true
