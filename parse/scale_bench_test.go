package parse

import (
	"strconv"
	"strings"
	"testing"
)

// hostileLine returns one line of about n bytes that keeps the recognizer
// busy everywhere: frequency targets 「月1回以上」 (at least once a month),
// long digit runs, kanji numerals and brackets, with no line break.
func hostileLine(n int) string {
	const unit = "月1回以上、12345678901234567890件（九千九百九十九人以上）「80%以上」"
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// BenchmarkExtractScaling extracts a single hostile line of 10 KB, 100 KB
// and 1 MB (just under DefaultMaxInput). Time and memory should grow
// linearly: compare ns/op and B/op divided by the size (reported as ns/B and
// B/B) across the three.
func BenchmarkExtractScaling(b *testing.B) {
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		size int
	}{{"10KB", 10_000}, {"100KB", 100_000}, {"1MB", 1_000_000}} {
		text := hostileLine(c.size)
		b.Run(c.name, func(b *testing.B) {
			if _, err := p.Extract(text); err != nil { // load the dictionary outside the timing
				b.Fatal(err)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Extract(text); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/B")
		})
	}
}

// BenchmarkHostileLines extracts one line of 100 KB and of 1 MiB of each
// pattern that used to take quadratic time, and of ordinary plan text to
// compare with: ns/B should stay about the same from 100 KB to 1 MiB and
// near the plan text's.
func BenchmarkHostileLines(b *testing.B) {
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, unit string }{
		{"plan-text", "本市は、地域の防災力を高めるため、自主防災組織の結成率を令和7年度までに80％以上とすることを目指します。\n"},
		{"bare-year-chain", "令和3～"},
		{"deadline-targets", "令和7年度までに年10回以上、"},
		{"dates-between-numbers", "R6.10.1 2024-03-31 10件 "},
	} {
		for _, size := range []int{100 << 10, 1 << 20} {
			text := strings.Repeat(c.unit, size/len(c.unit)+1)[:size]
			text = strings.ToValidUTF8(text, "")
			b.Run(c.name+"/"+strconv.Itoa(size>>10)+"KiB", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := p.Extract(text); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/B")
			})
		}
	}
}
