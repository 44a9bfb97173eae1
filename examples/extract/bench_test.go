package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"unicode/utf8"

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

// BenchmarkJSONL runs `extract -jsonl -workers 1` in-process on the plan
// corpus, output discarded. Its MB/s against BenchmarkFloorJSONL's, from
// the same run, is the ratio docs/performance.md reports.
func BenchmarkJSONL(b *testing.B) {
	corpus := planCorpus(b)
	runOnce := func() {
		c := &cli.Command{Name: "extract", Synopsis: synopsis, Stdin: bytes.NewReader(corpus), Stdout: io.Discard, Stderr: io.Discard}
		if code := run(c, []string{"-jsonl", "-workers", "1"}); code != 0 {
			b.Fatalf("exit status %d", code)
		}
	}
	runOnce() // load the dictionary outside the timing
	b.SetBytes(int64(len(corpus)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runOnce()
	}
}

// BenchmarkFloorJSONL is the floor no extractor can beat: read the same
// corpus line by line, look at every byte for an ASCII or full-width digit
// or a kanji numeral, and write one JSON object per line echoing the line
// ({"line":N,"text":"…","candidates":K}), escaped as encoding/json would.
func BenchmarkFloorJSONL(b *testing.B) {
	corpus := planCorpus(b)
	b.SetBytes(int64(len(corpus)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		floor(bytes.NewReader(corpus), io.Discard)
	}
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
		cand := 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			switch {
			case c >= '0' && c <= '9':
				cand++
			case c >= 0xE3 && c <= 0xEF && i+2 < len(line):
				r, _ := utf8.DecodeRune(line[i:])
				if r >= '０' && r <= '９' || isKanjiNumeral(r) {
					cand++
				}
			}
		}
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

func isKanjiNumeral(r rune) bool {
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億':
		return true
	}
	return false
}
