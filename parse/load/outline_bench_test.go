package load

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policygoal/policygoal/internal/scaling"
)

// outlineChapter is every plan text of testdata together (about 37 KB): the
// Saitama and Kashiwa chapters and the plan excerpts.
func outlineChapter(b *testing.B) string {
	b.Helper()
	files := []string{"../../testdata/saitama_comprehensive_plan_ch1-2.txt", "../../testdata/kashiwa_comprehensive_plan_ch4.txt"}
	more, _ := filepath.Glob("../../testdata/plans/*.txt")
	var sb strings.Builder
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkLoadOutline loads 1, 10 and 100 chapters as one plan. Besides
// time per MB (flat: linear) and MB/cpu-s, it reports peak-B/B: the peak of
// the live heap while one LoadOutline runs, beyond what was in use before
// (the parser's dictionary is loaded first), per byte of the document. A
// process's peak memory is up to twice that (the garbage collector lets the
// heap grow to twice what was live at its last cycle): the bound of
// 4× the document in peak memory is about 2 here.
func BenchmarkLoadOutline(b *testing.B) {
	ch := outlineChapter(b)
	c, err := newConfig(nil)
	if err != nil {
		b.Fatal(err)
	}
	// the dictionary is a fixed cost, not the document's
	if _, err := c.Parser.Extract("市民満足度を80%以上にします。"); err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 10, 100} {
		text := strings.Repeat(ch, n)
		b.Run("x"+strconv.Itoa(n), func(b *testing.B) {
			load := func() {
				if _, err := LoadOutline(strings.NewReader(text)); err != nil {
					b.Fatal(err)
				}
			}
			scaling.Loop(b, len(text), load)
			b.StopTimer()
			b.ReportMetric(float64(peakHeap(load))/float64(len(text)), "peak-B/B")
		})
	}
}

// peakHeap runs run once and returns the peak of the heap's objects above
// what they were before it, sampled every 100 µs (runtime/metrics, which
// does not stop the world). The collector runs as soon as the heap grows by
// 5 % meanwhile, so that the heap's objects are nearly all live ones.
func peakHeap(run func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: sample[0].Name}}
		t := time.NewTicker(100 * time.Microsecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	run()
	close(done)
	<-stopped
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}
