package main

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) the process has used so far,
// all threads together: the benchmarks report throughput per CPU second,
// which other jobs on a shared machine do not change the way they change
// wall time.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
