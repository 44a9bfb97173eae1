package kpi

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleEvaluations(t *testing.T) []Evaluation {
	t.Helper()
	tab, err := ReadTable(bytes.NewReader(readSample(t)), withParsers)
	require.NoError(t, err)
	return Evaluator{}.EvaluateAll(tab.Indicators)
}

func TestWriteTextAndMarkdown(t *testing.T) {
	evs := sampleEvaluations(t)
	var b bytes.Buffer
	require.NoError(t, WriteText(&b, evs))
	text := b.String()
	for _, ev := range evs {
		assert.Contains(t, text, ev.Indicator.Name)
	}
	assert.Contains(t, text, "7 indicators: achieved 2, on track 2, behind 1, worsened 1, no data 1")
	assert.Contains(t, text, "待機児童数 — achievement: target is zero")
	assert.Contains(t, text, "By owner:")
	assert.Contains(t, text, "寄与度")

	b.Reset()
	evs = append(evs, Evaluate(Indicator{Name: "a|b\nc"}))
	require.NoError(t, WriteMarkdown(&b, evs))
	md := b.String()
	assert.Contains(t, md, `| a\|b c | no data |`)
	assert.Equal(t, len(evs)+2, strings.Count(md, "\n|"), "one table line per indicator plus two header lines")
}
