package kpi

import (
	"io"
	"strconv"
	"testing"
)

// BenchmarkWriteHTMLReport renders a report of 1,000 indicators with four
// actuals each.
func BenchmarkWriteHTMLReport(b *testing.B) {
	evs := make([]Evaluation, 1000)
	for i := range evs {
		evs[i] = Evaluate(Indicator{Name: "指標" + strconv.Itoa(i), Unit: "件", Baseline: Num(100), BaselineYear: 2020,
			Target: plain(200), TargetYear: 2025, Owner: "課" + strconv.Itoa(i%20), Node: "施策" + strconv.Itoa(i%50),
			Observations: obs(2021, 110, 2022, 120, 2023, float64(i%250))})
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteHTMLReport(io.Discard, evs, HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
