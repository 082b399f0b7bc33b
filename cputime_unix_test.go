//go:build unix

package vnie_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system) this process has used:
// unlike wall time, other processes' work does not count.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
