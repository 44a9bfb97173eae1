package kpi

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/scaling"
)

// kpiTable returns a table of about n bytes: three rows per indicator.
func kpiTable(n int) string {
	var b strings.Builder
	b.WriteString("name,unit,direction,baseline,baseline_year,target,target_year,actual,actual_year\n")
	for i := 0; b.Len() < n; i++ {
		name := "indicator " + strconv.Itoa(i/3)
		b.WriteString(name + ",件,increase,100,2020,200,2030," + strconv.Itoa(100+i%50) + "," + strconv.Itoa(2021+i%3) + "\n")
	}
	return b.String()
}

// TestScaling: reading, evaluating and rendering a table grow linearly in
// time and memory; so does reading a CR-only table (one line ending that
// was once read as a single line) and an event file.
func TestScaling(t *testing.T) {
	readAny := func(t testing.TB, s string) {
		if _, err := ReadTable(strings.NewReader(s), TableOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	read := func(t testing.TB, s string) {
		tab, err := ReadTable(strings.NewReader(s), TableOptions{})
		if err != nil || len(tab.Errors) > 0 {
			t.Fatal(err, tab.Errors)
		}
	}
	render := func(t testing.TB, s string) {
		tab, err := ReadTable(strings.NewReader(s), TableOptions{})
		if err != nil {
			t.Fatal(err)
		}
		evs := Evaluator{}.EvaluateAll(tab.Indicators)
		for _, w := range []func(io.Writer, []Evaluation) error{WriteJSON, WriteMarkdown, WriteText} {
			if err := w(io.Discard, evs); err != nil {
				t.Fatal(err)
			}
		}
	}
	scaling.Check(t,
		scaling.Case{Name: "ReadTable", Input: kpiTable, Run: read},
		scaling.Case{Name: "ReadTable CR only", Input: func(n int) string { return strings.ReplaceAll(kpiTable(n), "\n", "\r") }, Run: read},
		scaling.Case{Name: "evaluate and render", Input: kpiTable, Run: render},
		// Regressions: each row walked every observation of its indicator,
		// and each row with no name looked the name column up.
		scaling.Case{Name: "one indicator of many rows", Input: oneIndicator, Run: readAny},
		scaling.Case{Name: "wide header, rows without a name", Input: func(n int) string {
			return "name,unit,baseline,target,actual" + strings.Repeat(",x", n/4) + "\n" + scaling.Repeat(",件,1,2,3\n", n/2)
		}, Run: readAny},
		scaling.Case{Name: "ReadEvents", Input: func(n int) string { return scaling.Repeat("2023-04-12,第1回推進会議\r\n", n) },
			Run: func(t testing.TB, s string) {
				if _, err := ReadEvents(bytes.NewReader([]byte(s)), nil, 0); err != nil {
					t.Fatal(err)
				}
			}},
	)
}

// oneIndicator returns a table of about n bytes whose rows are all one
// indicator, a year each (repeating after 9999 years, as conflicts).
func oneIndicator(n int) string {
	var b strings.Builder
	b.WriteString("name,unit,baseline,target,actual,actual_year,provisional\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString("A,件,1,2,3," + strconv.Itoa(1+i%9999) + "," + []string{"no", "yes"}[i/9999%2] + "\n")
	}
	return b.String()
}
