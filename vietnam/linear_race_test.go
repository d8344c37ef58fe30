//go:build race

package vietnam_test

// raceBuild: the race detector allocates on its own, so allocation
// counts are not checked under it.
const raceBuild = true
