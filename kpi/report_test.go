package kpi

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

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

// Text from a table reaches a Markdown renderer or a terminal as text only.
func TestReportsInjection(t *testing.T) {
	hostile := []string{
		`<script>alert(1)</script>`,
		`[click](javascript:alert(1))`,
		`<javascript:alert(1)>`,
		"![x](http://e.example/p.png)",
		"\x1b]0;owned\x07\x1b[2J red\u009b31m",
	}
	var evs []Evaluation
	for _, name := range hostile {
		evs = append(evs, Evaluate(Indicator{Name: name, Owner: name + " 課", Observations: obs(2022, 1)}))
	}
	var md bytes.Buffer
	require.NoError(t, WriteMarkdown(&md, evs))
	out := md.String()
	assert.NotContains(t, out, "<script")
	assert.NotContains(t, out, "<javascript")
	assert.NotContains(t, out, "](")
	assert.NotContains(t, out, "\x1b")
	assert.Contains(t, out, `&lt;script&gt;alert\(1\)&lt;/script&gt;`)
	assert.Contains(t, out, `\[click\]\(javascript\:alert\(1\)\)`)

	var text bytes.Buffer
	require.NoError(t, WriteText(&text, evs))
	for _, c := range text.String() {
		if c != '\n' && c != '\t' {
			assert.False(t, unicode.IsControl(c), "control character %U in the text report", c)
		}
	}
	assert.Contains(t, text.String(), "]0;owned[2J red31m")
}
