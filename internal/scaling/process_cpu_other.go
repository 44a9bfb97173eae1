//go:build !unix

package scaling

import "time"

// ProcessCPU cannot be read here: ok is false.
func ProcessCPU() (d time.Duration, ok bool) { return 0, false }
