//go:build !linux

package vietnam_test

import "time"

// threadCPUTime is not measured here.
func threadCPUTime() (time.Duration, bool) { return 0, false }
