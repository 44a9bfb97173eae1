package parse

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/internal/textenc"
)

// corpusLines returns every line of the real documents in testdata, decoded.
func corpusLines(t testing.TB) []string {
	t.Helper()
	names, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names, "no testdata/*.txt")
	var lines []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		dec, err := textenc.Decode(data, textenc.Auto)
		require.NoError(t, err, name)
		lines = append(lines, strings.Split(dec.Text, "\n")...)
	}
	return lines
}

// outcome is what one Extract call gave, comparable with assert.Equal.
type outcome struct {
	Ex  Extraction
	Err string
}

func extractAll(p *Parser, lines []string) []outcome {
	out := make([]outcome, len(lines))
	for i, line := range lines {
		ex, err := p.Extract(line)
		out[i].Ex = ex
		if err != nil {
			out[i].Err = err.Error()
		}
	}
	return out
}

// TestParserConcurrentUse shares one *Parser across many goroutines, each
// extracting every line of the real documents, and checks each got exactly
// what a sequential run gets. Under -race (as .ci/run runs it) it also checks
// that Extract, including the lazy tokenizer load, has no data race.
func TestParserConcurrentUse(t *testing.T) {
	lines := corpusLines(t)

	seqParser, err := New()
	require.NoError(t, err)
	want := extractAll(seqParser, lines)
	found := 0
	for _, o := range want {
		found += len(o.Ex.Targets)
	}
	require.NotZero(t, found, "the documents have targets to compare")

	// A fresh parser, so that the goroutines race on its first (lazy)
	// tokenizer use as well.
	shared, err := New()
	require.NoError(t, err)
	const goroutines = 32
	got := make([][]outcome, goroutines)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[g] = extractAll(shared, lines)
		}()
	}
	close(start)
	wg.Wait()

	for g := range goroutines {
		if !assert.Equal(t, want, got[g], "goroutine %d differs from the sequential run", g) {
			break
		}
	}
}
