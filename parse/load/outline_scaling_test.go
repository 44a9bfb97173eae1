package load

import (
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/scaling"
)

// TestScalingOutline: LoadOutline is linear on the patterns that could make
// it look back or forward over everything: a long measures block with
// moved headings, a zone list, deep and long heading chains, themes.
func TestScalingOutline(t *testing.T) {
	run := func(t testing.TB, s string) {
		if _, err := LoadOutline(strings.NewReader(s)); err != nil {
			t.Fatal(err)
		}
	}
	var cases []scaling.Case
	for _, c := range []struct{ name, head, unit string }{
		{"a measures block with many measures and bullet groups", "施策展開\n", "1 施策\n❖取り組みます。\n\n"},
		{"moved headings: headings bunched, then groups", "施策展開\n", "2 施策\n 3 施策\n\n❖推進し\n\n　に取り組みます。\n"},
		{"one statement listing many zones", "1 地域区分\n", "「北部ゾーン」、"},
		{"themes one after another", "(1) 仕掛け\n", "広報\n\n関心を高めることを目指します。\n\n- ・発信します\n\n"},
		{"a chain of sections", "第1章 総論\n", "第1節 計画\n現状と課題\n●課題です。\n"},
		{"a table of contents without body", "目次\n", "第1章 総論……1\n"},
	} {
		head, unit := c.head, c.unit
		cases = append(cases, scaling.Case{Name: c.name, Input: func(n int) string { return head + scaling.Repeat(unit, n) }, Run: run})
	}
	// distinct zone names: a list scan per name would be quadratic
	cases = append(cases, scaling.Case{Name: "one statement listing many distinct zones", Run: run, Input: func(n int) string {
		var b strings.Builder
		b.WriteString("1 地域区分\n")
		for i := 0; b.Len() < n; i++ {
			b.WriteString("「")
			for k := i; ; k /= 10 {
				b.WriteRune(rune('あ' + k%10))
				if k < 10 {
					break
				}
			}
			b.WriteString("ゾーン」、")
		}
		return b.String()
	}})
	scaling.Check(t, cases...)
}
