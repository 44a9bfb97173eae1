package kpi

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/policygoal/policygoal/internal/displaywidth"
)

// statusLabel is how reports name each status.
var statusLabel = map[Status]string{
	StatusUnset: "not judged", StatusNoData: "no data", StatusAchieved: "achieved",
	StatusWorsened: "worsened", StatusOnTrack: "on track", StatusBehind: "behind",
}

// percent formats a figure as a percentage, or "—" when undefined.
func percent(f Figure) string {
	if !f.OK {
		return "—"
	}
	return strconv.FormatFloat(f.Value*100, 'f', 1, 64) + "%"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// summaryLine counts the evaluations by status: "7 indicators: achieved 2,
// on track 2, …".
func summaryLine(evs []Evaluation) string {
	all := RollupAll(evs)
	parts := []string{}
	for _, s := range append(Statuses, StatusUnset) {
		if n := all.ByStatus[s]; n > 0 {
			parts = append(parts, statusLabel[s]+" "+strconv.Itoa(n))
		}
	}
	return fmt.Sprintf("%d indicators: %s", len(evs), strings.Join(parts, ", "))
}

// WriteText writes a plain-text report a person can read at a terminal:
// a summary, one line per indicator (status, progress, expected pace,
// achievement, rank, trend), the reasons for undefined figures, roll-ups by
// owner and by plan node, and the contribution table. Control characters
// in text from the table (escape sequences) are dropped, tab and line feed
// excepted.
func WriteText(w io.Writer, evs []Evaluation) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "KPI evaluation — "+summaryLine(evs))
	all := RollupAll(evs)
	fmt.Fprintf(bw, "Score (1 = target met): mean %s, weighted %s\n\n", ratio(all.MeanScore), ratio(all.WeightedScore))

	rows := [][]string{{"Indicator", "Status", "Progress", "Expected", "Achievement", "Rank", "Trend"}}
	for _, ev := range evs {
		trend := "—"
		if ev.Trend != TrendUnset {
			trend = ev.Trend.String()
		}
		rows = append(rows, []string{ev.Indicator.Name, statusLabel[ev.Status], percent(ev.Progress),
			percent(ev.Expected), percent(ev.Achievement), orDash(ev.Rank), trend})
	}
	writeColumns(bw, rows)

	var notes []string
	for _, ev := range evs {
		var why []string
		add := func(what string, r Reason) {
			if r != "" {
				why = append(why, what+": "+string(r))
			}
		}
		if ev.Status == StatusUnset {
			add("status", ev.StatusReason)
		}
		if ev.Status != StatusNoData {
			add("progress", ev.Progress.Reason)
			add("expected", ev.Expected.Reason)
			add("achievement", ev.Achievement.Reason)
		}
		if len(why) > 0 {
			notes = append(notes, "  "+plainText(ev.Indicator.Name)+" — "+plainText(strings.Join(why, "; ")))
		}
	}
	if len(notes) > 0 {
		fmt.Fprintln(bw, "\nUndefined figures:")
		for _, n := range notes {
			fmt.Fprintln(bw, n)
		}
	}
	for _, g := range []struct {
		title string
		rs    []Rollup
	}{{"By owner", RollupByOwner(evs)}, {"By plan node", RollupByNode(evs)}} {
		if len(g.rs) == 1 && g.rs[0].Key == "" {
			continue
		}
		fmt.Fprintln(bw, "\n"+g.title+":")
		rows := [][]string{{"", "Indicators", "Achieved", "On track", "Behind", "Worsened", "No data", "Mean", "Weighted"}}
		for _, r := range g.rs {
			rows = append(rows, []string{orDash(r.Key), strconv.Itoa(r.Indicators),
				strconv.Itoa(r.ByStatus[StatusAchieved]), strconv.Itoa(r.ByStatus[StatusOnTrack]),
				strconv.Itoa(r.ByStatus[StatusBehind]), strconv.Itoa(r.ByStatus[StatusWorsened]),
				strconv.Itoa(r.ByStatus[StatusNoData]), ratio(r.MeanScore), ratio(r.WeightedScore)})
		}
		writeColumns(bw, rows)
	}
	fmt.Fprintln(bw, "\nContributions (寄与度) to the weighted score:")
	rows = [][]string{{"Indicator", "Weight", "Share", "Score", "Contribution"}}
	for _, c := range Contributions(evs) {
		rows = append(rows, []string{c.Name, strconv.FormatFloat(c.Weight, 'f', -1, 64),
			strconv.FormatFloat(c.Share*100, 'f', 1, 64) + "%", ratio(c.Score), ratio(c.Contribution)})
	}
	writeColumns(bw, rows)
	return bw.Flush()
}

// plainText drops the control characters of s (C0, DEL and C1, which
// carry terminal escape sequences) except tab and line feed, so text from a
// table cannot move the cursor, recolour or retitle a terminal. Text with
// none is returned as it is.
func plainText(s string) string {
	if strings.IndexFunc(s, isDroppedControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isDroppedControl(r) {
			return -1
		}
		return r
	}, s)
}

func isDroppedControl(r rune) bool { return unicode.IsControl(r) && r != '\t' && r != '\n' }

func ratio(f Figure) string {
	if !f.OK {
		return "—"
	}
	return strconv.FormatFloat(f.Value, 'f', 2, 64)
}

// displayWidth counts East Asian wide and full-width runes as two columns,
// so Japanese names line up in a terminal.
func displayWidth(s string) int { return displaywidth.String(s) }

// writeColumns writes rows as left-aligned columns two spaces apart, with
// the first row as a header.
func writeColumns(w io.Writer, rows [][]string) {
	for _, row := range rows {
		for i := range row {
			row[i] = plainText(row[i])
		}
	}
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(cell)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
