package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/policygoal/policygoal/internal/cli"
)

// planCorpus is the plan text of testdata (the seed documents and the plan
// excerpts) repeated in a fixed order to at least 4 MB, so every run
// measures the same text.
func planCorpus(b *testing.B) []byte {
	b.Helper()
	var files []string
	for _, glob := range []string{"../../testdata/*.txt", "../../testdata/plans/*.txt"} {
		fs, err := filepath.Glob(glob)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) == 0 {
		b.Fatal("no testdata")
	}
	var base []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		base = append(base, data...)
		if len(data) > 0 && data[len(data)-1] != '\n' {
			base = append(base, '\n')
		}
	}
	return bytes.Repeat(base, 4<<20/len(base)+1)
}

// benchCorpora are the two inputs the benchmarks run on: "plan", the plan
// corpus as it is, and "prose", its lines that hold no digit and no kanji
// numeral (what the floor counts no candidate in), which extraction should
// pass through at nearly the floor's speed.
func benchCorpora(b *testing.B) []struct {
	name string
	text []byte
} {
	plan := planCorpus(b)
	var prose []byte
	for _, line := range bytes.SplitAfter(plan, []byte("\n")) {
		if candidates(bytes.TrimSuffix(line, []byte("\n"))) == 0 {
			prose = append(prose, line...)
		}
	}
	return []struct {
		name string
		text []byte
	}{{"plan", plan}, {"prose", bytes.Repeat(prose, 4<<20/len(prose)+1)}}
}

// BenchmarkJSONL runs `extract -jsonl -workers 1` in-process on each
// corpus, output discarded. Its MB/s against BenchmarkFloorJSONL's on the
// same corpus, from the same run, is the ratio docs/performance.md reports.
func BenchmarkJSONL(b *testing.B) {
	for _, c := range benchCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			runOnce := func() {
				cmd := &cli.Command{Name: "extract", Synopsis: synopsis, Stdin: bytes.NewReader(c.text), Stdout: io.Discard, Stderr: io.Discard}
				if code := run(cmd, []string{"-jsonl", "-workers", "1"}); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
			runOnce() // load the dictionary outside the timing
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			cpu := startCPU(b)
			for i := 0; i < b.N; i++ {
				runOnce()
			}
			cpu.report(len(c.text))
		})
	}
}

// BenchmarkJSONLWorkers runs `extract -jsonl -workers N` in-process on
// the plan corpus for N = 1 and 2: with -cpu 2 (two cores), the wall-time
// speed-up of two workers over one.
func BenchmarkJSONLWorkers(b *testing.B) {
	plan := planCorpus(b)
	for _, workers := range []string{"1", "2"} {
		b.Run(workers, func(b *testing.B) {
			runOnce := func() {
				cmd := &cli.Command{Name: "extract", Synopsis: synopsis, Stdin: bytes.NewReader(plan), Stdout: io.Discard, Stderr: io.Discard}
				if code := run(cmd, []string{"-jsonl", "-workers", workers}); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
			runOnce() // load the dictionary outside the timing
			b.SetBytes(int64(len(plan)))
			b.ReportAllocs()
			cpu := startCPU(b)
			for i := 0; i < b.N; i++ {
				runOnce()
			}
			cpu.report(len(plan))
		})
	}
}

// BenchmarkFloorJSONL is the floor no extractor can beat: read the same
// corpus line by line, look at every byte for an ASCII or full-width digit
// or a kanji numeral, and write one JSON object per line echoing the line
// ({"line":N,"text":"…","candidates":K}), escaped as encoding/json would.
func BenchmarkFloorJSONL(b *testing.B) {
	for _, c := range benchCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			cpu := startCPU(b)
			for i := 0; i < b.N; i++ {
				floor(bytes.NewReader(c.text), io.Discard)
			}
			cpu.report(len(c.text))
		})
	}
}

// cpuClock measures a benchmark's process CPU time.
type cpuClock struct {
	b     *testing.B
	start time.Duration
	ok    bool
}

// startCPU resets the benchmark timer and starts the CPU clock.
func startCPU(b *testing.B) cpuClock {
	b.ResetTimer()
	start, ok := processCPU()
	return cpuClock{b: b, start: start, ok: ok}
}

// report adds cpu-MB/s: the bytes processed per second of CPU time, every
// thread of the process counted (workers, reader, garbage collector).
func (c cpuClock) report(size int) {
	end, ok := processCPU()
	if !c.ok || !ok || end <= c.start {
		return
	}
	c.b.ReportMetric(float64(size)*float64(c.b.N)/1e6/(end-c.start).Seconds(), "cpu-MB/s")
}

func floor(r io.Reader, w io.Writer) {
	br := bufio.NewReaderSize(r, 64<<10)
	out := bufio.NewWriterSize(w, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if len(line) == 0 && err != nil {
			break
		}
		line = bytes.TrimSuffix(line, []byte{'\n'})
		cand := candidates(line)
		buf = append(buf[:0], `{"line":`...)
		buf = strconv.AppendInt(buf, int64(n), 10)
		buf = append(buf, `,"text":`...)
		buf = appendString(buf, line, false)
		buf = append(buf, `,"candidates":`...)
		buf = strconv.AppendInt(buf, int64(cand), 10)
		buf = append(buf, "}\n"...)
		out.Write(buf)
	}
	out.Flush()
}

// candidates counts the digits (ASCII and full-width) and kanji numerals
// in line.
func candidates(line []byte) int {
	cand := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= '0' && c <= '9':
			cand++
		case c >= 0xE3 && c <= 0xEF && i+2 < len(line):
			// Full-width digits and kanji numerals are three-byte runes:
			// decode them inline.
			b1, b2 := line[i+1], line[i+2]
			if b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
				continue
			}
			r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= '０' && r <= '９' || isKanjiNumeral(r) {
				cand++
			}
			i += 2
		}
	}
	return cand
}

func isKanjiNumeral(r rune) bool {
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億':
		return true
	}
	return false
}
