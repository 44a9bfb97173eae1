//go:build !linux

package scaling

import (
	"testing"
	"time"
)

// timed returns how long one run of run on input took; outside Linux, by
// the wall clock.
func timed(t testing.TB, run func(testing.TB, string), input string) time.Duration {
	return wallTimed(t, run, input)
}
