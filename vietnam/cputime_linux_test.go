//go:build linux

package vietnam_test

import (
	"syscall"
	"time"
)

// threadCPUTime is the CPU time the calling thread has used, which the
// other processes of a loaded machine disturb less than the wall clock.
// The caller locks its goroutine to the thread.
func threadCPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
