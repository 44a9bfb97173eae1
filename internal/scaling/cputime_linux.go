//go:build linux

package scaling

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// clockThreadCPUTime is CLOCK_THREAD_CPUTIME_ID of clock_gettime(2): the CPU
// time the calling thread has used, to the nanosecond.
const clockThreadCPUTime = 3

// timed returns the CPU time one run of run on input took on this thread.
// CPU time, unlike wall time, does not grow when other processes take the
// machine's cores, which on a shared two-core machine made a linear case
// look ×20–30 slower at 8n. The goroutine is locked to its thread so that
// the clock measures the run; work a run hands to other goroutines is not
// counted (every case runs on the calling goroutine). Where the clock
// cannot be read, wall time is used.
func timed(t testing.TB, run func(testing.TB, string), input string) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start, ok := threadCPU()
	if !ok {
		return wallTimed(t, run, input)
	}
	run(t, input)
	end, _ := threadCPU()
	return end - start
}

func threadCPU() (time.Duration, bool) {
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
