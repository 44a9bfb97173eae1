//go:build !unix

package scaling

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
