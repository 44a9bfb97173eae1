//go:build race

package scaling

// raceEnabled: under the race detector every memory access is instrumented,
// so times measure the detector; Check skips.
const raceEnabled = true
