//go:build !linux

package main

import "time"

// processCPU is not measured outside Linux; the benchmarks then report wall
// time only.
func processCPU() (time.Duration, bool) { return 0, false }
