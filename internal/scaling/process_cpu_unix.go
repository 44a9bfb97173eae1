//go:build unix

package scaling

import (
	"syscall"
	"time"
)

// ProcessCPU returns the CPU time (user and system) the whole process has
// used: a benchmark's time per core, garbage collection included, that does
// not grow when other processes take the machine's cores. ok is false where
// it cannot be read.
func ProcessCPU() (d time.Duration, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
