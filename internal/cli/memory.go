package cli

import (
	"os"
	"runtime/debug"
)

// largeInput is the input size from which FitMemory tunes the collector.
const largeInput = 8 << 20

// FitMemory trades collector CPU for peak memory when a command is about
// to read a large input (size bytes; -1 when unknown): from 8 MiB on, the
// collector runs when the heap has grown by half of what is live rather
// than by all of it (GOGC=50): a 25 MB KPI table peaks near 7× its size
// instead of 10×, an 8 MB plan's outline at 122 MB instead of 147. A GOGC
// set in the environment is left alone, and so is an input of unknown
// size. OpenDocument calls it.
func FitMemory(size int64) {
	if size < largeInput || os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(50)
}
