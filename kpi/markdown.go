package kpi

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes the evaluation as a Markdown document: the summary
// and one table row per indicator. Pipes and line breaks in names are
// escaped so every row stays one row.
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

var mdEscaper = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ")

func mdEscape(s string) string { return mdEscaper.Replace(s) }
