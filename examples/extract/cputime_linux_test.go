package main

import (
	"syscall"
	"time"
	"unsafe"
)

// clockProcessCPUTime is CLOCK_PROCESS_CPUTIME_ID of clock_gettime(2): the
// CPU time all threads of the process have used, to the nanosecond
// (getrusage counts in scheduler ticks, too coarse for a run of tens of
// milliseconds).
const clockProcessCPUTime = 2

// processCPU is the CPU time the process has used so far: the benchmarks
// report throughput per CPU second, which other jobs on a shared machine do
// not change the way they change wall time.
func processCPU() (time.Duration, bool) {
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
