package cli

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFitMemory: the collector is tuned for a large input of known size
// only, and never over a GOGC the user set.
func TestFitMemory(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	for _, tt := range []struct {
		name string
		gogc string
		size int64
		want int
	}{
		{"small input: unchanged", "", largeInput - 1, 100},
		{"unknown size: unchanged", "", -1, 100},
		{"large input: GOGC=50", "", largeInput, 50},
		{"GOGC set by the user: left alone", "200", 1 << 30, 100},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOGC", tt.gogc)
			debug.SetGCPercent(100)
			FitMemory(tt.size)
			assert.Equal(t, tt.want, debug.SetGCPercent(100))
		})
	}
}
