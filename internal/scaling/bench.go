package scaling

import "testing"

// Loop runs body b.N times, for a benchmark whose every iteration reads n
// bytes. Besides the wall-clock MB/s of b.SetBytes it reports "MB/cpu-s",
// the bytes read per second of process CPU time (garbage collection
// included): the speed per core, which does not drop when other processes
// share the machine's cores as wall-clock time does. Where process CPU time
// cannot be read only MB/s is reported.
func Loop(b *testing.B, n int, body func()) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start, ok := ProcessCPU()
	for i := 0; i < b.N; i++ {
		body()
	}
	end, _ := ProcessCPU()
	if ok && end > start {
		b.ReportMetric(float64(n)*float64(b.N)/(end-start).Seconds()/1e6, "MB/cpu-s")
	}
}
