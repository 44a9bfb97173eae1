package doc_test

import (
	"testing"

	"github.com/policygoal/policygoal/internal/scaling"
	"github.com/policygoal/policygoal/parse/doc"
)

// TestScalingRead: the reader is linear on every pattern that could make one
// of its passes look back or forward over everything.
func TestScalingRead(t *testing.T) {
	r, err := doc.NewReader()
	if err != nil {
		t.Fatal(err)
	}
	run := func(t testing.TB, s string) { r.Read(s) }
	var cases []scaling.Case
	for _, c := range []struct{ name, unit string }{
		{"one run-together line of headings, block words and bullets", "第2章 くらし1.子育て支援現状と課題▶共働き世帯が増えています。"},
		{"one line repeated (running headers)", "第3次みどり市総合計画\n"},
		{"the same heading repeated (collapsed copies)", "1 目的\n"},
		{"numbered headings with nothing under them (table of contents candidates)", "第1節 総論\n第2節 各論\n"},
		{"header words one per line with no rows", "指標名\n"},
		{"one paragraph that never ends a sentence", "市民と行政の協働を進めるため\n"},
		{"a sentence broken by page furniture, over and over", "●施策を進めるために\n- 12 -\n　必要な財源を確保します\n"},
		{"lines ending in page numbers (table of contents candidates)", "計画の策定にあたって3\n"},
		{"spaced digits", "1 2 3 4 5 6 7 8 9 "},
		{"a one-line table of contents", "1.計画の策定・・・・・1 "},
		{"aligned columns", "指標名  現状値  目標値\n"},
		{"plan words run together", "基本目標1 しごと基本目標1 しごと"},
	} {
		unit := c.unit
		cases = append(cases, scaling.Case{Name: c.name, Input: func(n int) string { return scaling.Repeat(unit, n) }, Run: run})
	}
	scaling.Check(t, cases...)
}
