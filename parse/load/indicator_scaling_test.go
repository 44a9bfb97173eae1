package load

import (
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/scaling"
)

// TestScalingIndicators: LoadIndicators is linear on tables written one
// cell per line, on lines of header words that start no table, and on one
// long line after a header-like line (each block start looks a few lines
// ahead, never back over a line).
func TestScalingIndicators(t *testing.T) {
	run := func(t testing.TB, s string) {
		_, _ = LoadIndicators(strings.NewReader(s)) // a document with no indicator is an error; only time counts
	}
	var cases []scaling.Case
	for _, c := range []struct{ name, head, unit string }{
		{"a table one cell per line with many rows", "成果指標\n指標名\n現状値\n目標値\n", "市民活動団体数\n152団体\n180団体\n"},
		{"header words one per line, no rows", "成果指標\n", "指標名\n現状値\n目標値\n"},
		{"a header line before one long line", "指標名\n", "市民活動団体数 152団体 180団体、"},
		{"header cells, then year lines only", "成果指標\n指標名\n現状値\n", "（令和5年度）\n"},
	} {
		head, unit := c.head, c.unit
		cases = append(cases, scaling.Case{Name: c.name, Input: func(n int) string { return head + scaling.Repeat(unit, n) }, Run: run})
	}
	scaling.Check(t, cases...)
}
