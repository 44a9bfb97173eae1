package kpi

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes the evaluation as a Markdown document: the summary
// and one table row per indicator. Text from the table (names, ranks) is
// written as text and nothing else: line breaks become spaces so every row
// stays one row, control characters are dropped, <, > and & become HTML
// entities so no tag or script reaches a renderer, and Markdown's own
// punctuation is backslash-escaped so no link ([x](javascript:…)),
// emphasis or image can form.
func WriteMarkdown(w io.Writer, evs []Evaluation) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# KPI evaluation")
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, summaryLine(evs)+".")
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, "| Indicator | Status | Progress | Expected | Achievement | Rank | Trend |")
	fmt.Fprintln(bw, "|---|---|---:|---:|---:|:---:|---|")
	for _, ev := range evs {
		trend := "—"
		if ev.Trend != TrendUnset {
			trend = ev.Trend.String()
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s | %s |\n", mdEscape(ev.Indicator.Name), statusLabel[ev.Status],
			percent(ev.Progress), percent(ev.Expected), percent(ev.Achievement), mdEscape(orDash(ev.Rank)), trend)
	}
	return bw.Flush()
}

var mdEscaper = func() *strings.Replacer {
	pairs := []string{"\r\n", " ", "\n", " ", "\r", " ", "&", "&amp;", "<", "&lt;", ">", "&gt;"}
	for _, c := range "\\`*_{}[]()#+-.!|~:" {
		pairs = append(pairs, string(c), `\`+string(c))
	}
	return strings.NewReplacer(pairs...)
}()

func mdEscape(s string) string { return mdEscaper.Replace(plainText(s)) }
