package kpi

import (
	"bytes"
	"html"
	"strings"
	"testing"
)

// FuzzWriteHTMLReport reads a table, evaluates it and writes the report:
// it never fails or panics, has one card per indicator with the name
// escaped, lets no markup from the input through, and draws no coordinate
// that is not a number (a chart of 1e308 and −1e308 still has finite
// geometry).
func FuzzWriteHTMLReport(f *testing.F) {
	for _, s := range tableSeeds {
		f.Add(s)
	}
	f.Add("name,unit,direction,baseline,baseline_year,target,target_year,actual,actual_year\n" +
		"<script>x</script>,</text>,↓,1e308,2020,-1e308,2025,1.7e308,2022\n" +
		"B,%,↑,5,2020,5,2020,5,2020\n")
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := ReadTable(strings.NewReader(in), withParsers)
		if err != nil {
			return
		}
		evs := Evaluator{}.EvaluateAll(tab.Indicators)
		for _, english := range []bool{false, true} {
			var b bytes.Buffer
			if err := WriteHTMLReport(&b, evs, HTMLOptions{English: english, Title: in}); err != nil {
				t.Fatalf("WriteHTMLReport: %v", err)
			}
			page := b.String()
			if n := strings.Count(page, "data-indicator>"); n != len(evs) {
				t.Fatalf("%d cards for %d indicators", n, len(evs))
			}
			heads := strings.Split(page, "<h3>")[1:]
			for i, ev := range evs {
				name, _, _ := strings.Cut(heads[i], "</h3>")
				if strings.ContainsAny(name, "<>") || html.UnescapeString(name) != strings.ToValidUTF8(strings.ReplaceAll(ev.Indicator.Name, "\x00", "\uFFFD"), "\uFFFD") {
					t.Fatalf("card %d is %q for %q", i, name, ev.Indicator.Name)
				}
			}
			if strings.Contains(strings.ToLower(page), "<script") {
				t.Fatalf("markup let through")
			}
			for _, bad := range []string{"NaN", "Inf"} {
				if strings.Contains(page, `="`+bad) || strings.Contains(page, ","+bad) || strings.Contains(page, " "+bad+",") {
					t.Fatalf("%s in the geometry", bad)
				}
			}
		}
	})
}
