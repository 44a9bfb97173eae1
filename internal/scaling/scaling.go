// Package scaling checks that a function's time and memory grow linearly
// with its input: the test every scan of untrusted text needs, since one
// quadratic loop turns a megabyte a hostile user can send into minutes.
//
// A Case builds an input of a given size and runs the function on it;
// Check runs every case at n and 8n and fails when time grows by more than
// MaxRatio (12: a linear scan passes with room for noise, a quadratic one,
// which grows 64×, fails) or allocated bytes by more than MaxBytesRatio.
// Times are the fastest of several runs, in CPU time where the system
// gives it (Linux), with the garbage collector off, and a failing case is measured again before it fails, so a busy
// machine does not make a linear case fail. It is still a timing test, so
// Check skips under -short (go test -short) and under -race; call it from a test named
// TestScaling….
//
// Usage, from a loader's tests:
//
//	func TestScaling(t *testing.T) {
//		scaling.Check(t, scaling.Case{
//			Name:  "distinct counted headings",
//			Input: func(n int) string { return headings(n) },
//			Run: func(t testing.TB, s string) {
//				if _, err := load.Outline(strings.NewReader(s)); err != nil {
//					t.Fatal(err)
//				}
//			},
//		})
//	}
//
// It is not a benchmark: it says "linear or not", not how fast. Loaders add
// a row for each pattern that could make them look back or forward over
// everything (a long chain of headings, a zone list, a deep path).
package scaling

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
	"unicode/utf8"
)

// MaxRatio is the largest growth in time Check accepts from n to 8n.
const MaxRatio = 12.0

// MaxBytesRatio is the largest growth in allocated bytes Check accepts
// from n to 8n: more than MaxRatio because a slice grown by append
// allocates between one and two times its final size, depending on where
// the input's size falls between two doublings (up to 16× for 8× the
// input), yet far below the 64× of a quadratic allocation.
const MaxBytesRatio = 16.0

// Factor is how much larger the second input is than the first.
const Factor = 8

// Case is one input pattern and the function under test.
type Case struct {
	// Name says what the pattern is (「令和3～」 repeated) and, when it
	// guards a fixed quadratic path, which one.
	Name string
	// Input returns an input of about n bytes; Check calls it with n and
	// Factor×n. A pattern repeated to n bytes is the usual form (see
	// Repeat).
	Input func(n int) string
	// Run runs the function under test once on input. It reports a
	// failure with t (t.Fatal), not by panicking.
	Run func(t testing.TB, input string)
	// N is the smaller size in bytes; 0 means DefaultN. Choose it so that
	// a run at N takes at least a few hundred microseconds, or the timer's
	// resolution dominates the ratio.
	N int
}

// DefaultN is the smaller input size when a Case does not set N.
const DefaultN = 16 << 10

// Repeat returns unit repeated to n bytes, cut back to a whole rune.
func Repeat(unit string, n int) string {
	if unit == "" || n <= 0 {
		return ""
	}
	b := make([]byte, 0, n+len(unit))
	for len(b) < n {
		b = append(b, unit...)
	}
	b = b[:n]
	last := len(b) - 1 // back to the start of the last rune
	for last > 0 && !utf8.RuneStart(b[last]) {
		last--
	}
	if !utf8.FullRune(b[last:]) {
		b = b[:last]
	}
	return string(b)
}

// Check runs each case as a subtest at its N and Factor×N and fails the
// subtest when time grows by more than MaxRatio or allocated bytes by more
// than MaxBytesRatio. It skips under -short and -race.
func Check(t *testing.T, cases ...Case) {
	t.Helper()
	if testing.Short() {
		t.Skip("scaling: timing checks skipped under -short")
	}
	if raceEnabled {
		t.Skip("scaling: timing checks skipped under the race detector")
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			n := c.N
			if n <= 0 {
				n = DefaultN
			}
			small, large := c.Input(n), c.Input(Factor*n)
			var last Growth
			for attempt := 0; attempt < 4; attempt++ {
				last = Measure(t, c.Run, small, large)
				if last.OK() {
					t.Logf("%d → %d bytes: %s", len(small), len(large), last)
					return
				}
			}
			t.Errorf("%d → %d bytes: %s; more than %.0f× (time) or %.0f× (bytes) for %d× the input (measured 4 times)",
				len(small), len(large), last, MaxRatio, MaxBytesRatio, Factor)
		})
	}
}

// Growth is what Measure found: how much time and allocated bytes grew
// from the small input to the large one.
type Growth struct {
	Time, Bytes float64
}

// OK reports whether time grew at most MaxRatio and allocated bytes at
// most MaxBytesRatio.
func (g Growth) OK() bool { return g.Time <= MaxRatio && g.Bytes <= MaxBytesRatio }

func (g Growth) String() string {
	return fmt.Sprintf("time ×%.1f, allocated bytes ×%.1f", g.Time, g.Bytes)
}

// Measure runs run on small and on large and returns the growth. Time is
// the fastest of several runs of each — at least 5 each and 50 ms in all,
// small and large taking turns so that a change in the machine's load
// falls on both — timed with the garbage collector off after one
// collection, so that neither a collection nor the machine's other work
// counts against the larger input. Allocated bytes are from one run each,
// and below 4 KiB count as 4 KiB, so a function that allocates nothing
// grows ×1.
func Measure(t testing.TB, run func(testing.TB, string), small, large string) Growth {
	t.Helper()
	run(t, small) // warm up: caches, lazily loaded dictionaries
	bs, bl := allocated(t, run, small), allocated(t, run, large)
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.GC()
	const runs, total = 5, 50 * time.Millisecond
	ts, tl := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
	var spent time.Duration
	for k := 0; k < runs || spent < total; k++ {
		d := timed(t, run, small)
		ts = min(ts, d)
		e := timed(t, run, large)
		tl = min(tl, e)
		spent += d + e
		if k%8 == 7 {
			runtime.GC() // the collector is off: keep the heap from growing without bound
		}
	}
	const floorBytes = 4096
	return Growth{
		Time:  float64(tl) / float64(max(ts, time.Microsecond)),
		Bytes: float64(max(bl, floorBytes)) / float64(max(bs, floorBytes)),
	}
}

// wallTimed returns how long one run of run on input took by the wall
// clock: the measure where a thread's CPU time cannot be read (see timed).
func wallTimed(t testing.TB, run func(testing.TB, string), input string) time.Duration {
	start := time.Now()
	run(t, input)
	return time.Since(start)
}

// allocated returns the bytes one run of run on input allocates.
func allocated(t testing.TB, run func(testing.TB, string), input string) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	run(t, input)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
