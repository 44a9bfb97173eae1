package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// benchCorpus is about 1 MB of lines from the source documents in
// testdata, repeated in a fixed order so every run measures the same text.
func benchCorpus(b *testing.B) (lines []string, size int) {
	files, err := filepath.Glob("../testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no testdata")
	}
	var base []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		base = append(base, strings.Split(string(data), "\n")...)
	}
	for size < 1<<20 {
		for _, l := range base {
			lines = append(lines, l)
			size += len(l) + 1
		}
	}
	return lines, size
}

// BenchmarkTokenizeOnly is the yardstick: kagome with the full IPA
// dictionary in Normal mode, tokenizing every line.
func BenchmarkTokenizeOnly(b *testing.B) {
	lines, size := benchCorpus(b)
	tok, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			_ = tok.Analyze(l, tokenizer.Normal)
		}
	}
}

// BenchmarkExtract extracts every line of the same corpus.
func BenchmarkExtract(b *testing.B) {
	lines, size := benchCorpus(b)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, l := range lines[:100] { // load the dictionary outside the timer
		_, _ = p.Extract(l)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			if _, err := p.Extract(l); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestExtractAllocsWithoutCandidate holds the cost of a sentence with no
// candidate: the scan allocates nothing.
func TestExtractAllocsWithoutCandidate(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "市民満足度向上のため、各部課における各主要事業の進捗状況について、局内で情報共有を図り、確実に実行します。"
	allocs := testing.AllocsPerRun(100, func() {
		_, _ = p.Extract(text)
	})
	if allocs != 0 {
		t.Fatalf("Extract on a sentence without candidates allocated %v times per run, want 0", allocs)
	}
}
