package kpi

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

var tableSeeds = []string{
	"",
	"name,target,actual\n",
	"name,unit,direction,baseline,baseline_year,target,target_year,actual,actual_year\nA,%,↑,1,2020,2,2025,1.5,2022\n",
	"指標名,目標値,実績値,実績年度\nA,50件以上,10,R3\n,,20,R4\n",
	"指標名,目標値,実績値\n\"A\nB\",1,2\n",
	"指標名,目標値,実績値\n\"A,1,2\n",
	"指標名,目標値,実績値,方向\nA,0,0,維持\nA,0,0,維持\n",
	"\uFEFF指標名,目標値,実績値\nA,△1,▲2\n",
	"指標名,目標値,実績値\nA,1e308,1.7976931348623157e308\nB,99999999999999999999999,1\n",
	"指標名,目標値,実績値,重み\nA,1,2,-1\n",
	"x\ny\n指標名,指標名,目標値,実績値\nA,B,1,2\n",
}

// FuzzReadTable checks that ReadTable never panics, returns either an error
// and nothing or a table, is deterministic, reads LF and CRLF files the
// same, and yields indicators Evaluate can judge with well-formed figures.
func FuzzReadTable(f *testing.F) {
	for _, s := range tableSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := ReadTable(strings.NewReader(in), withParsers)
		if err != nil {
			if !assert.ObjectsAreEqual(Table{}, tab) {
				t.Fatalf("error %v with a non-empty table", err)
			}
			return
		}
		again, _ := ReadTable(strings.NewReader(in), withParsers)
		if !assert.ObjectsAreEqual(tab, again) {
			t.Fatalf("not deterministic on %q", in)
		}
		if !strings.Contains(in, "\r") && !bytes.HasPrefix([]byte(in), []byte("\uFEFF")) {
			crlf, err := ReadTable(strings.NewReader(strings.ReplaceAll(in, "\n", "\r\n")), withParsers)
			if err != nil || !assert.ObjectsAreEqual(tab.Indicators, crlf.Indicators) || len(tab.Errors) != len(crlf.Errors) {
				t.Fatalf("CRLF reads differently from LF on %q: %v", in, err)
			}
		}
		if !strings.ContainsAny(in, "\r\"") && !strings.HasPrefix(in, "\uFEFF") {
			// Without quotes (where a CR inside a cell is read as a line
			// break) a CR-only file reads as the LF one, errors on the same rows.
			cr, err := ReadTable(strings.NewReader(strings.ReplaceAll(in, "\n", "\r")), withParsers)
			if err != nil || !assert.ObjectsAreEqual(tab.Indicators, cr.Indicators) || !assert.ObjectsAreEqual(errorRows(tab.Errors), errorRows(cr.Errors)) {
				t.Fatalf("CR-only reads differently from LF on %q: %v", in, err)
			}
		}
		names := map[string]bool{}
		for _, ind := range tab.Indicators {
			if ind.Name == "" || names[ind.Name] {
				t.Fatalf("empty or repeated name %q", ind.Name)
			}
			names[ind.Name] = true
			for _, o := range ind.Observations {
				if math.IsNaN(o.Value) || math.IsInf(o.Value, 0) {
					t.Fatalf("non-finite actual %v", o.Value)
				}
			}
			ev := Evaluate(ind)
			for _, fig := range []Figure{ev.Progress, ev.Expected, ev.Achievement, ev.Actual, ev.Target} {
				if fig.OK && (math.IsNaN(fig.Value) || math.IsInf(fig.Value, 0)) || !fig.OK && fig.Reason == "" {
					t.Fatalf("bad figure %+v for %+v", fig, ind)
				}
			}
			if ev.Expected.OK && (ev.Expected.Value < 0 || ev.Expected.Value > 1) {
				t.Fatalf("expected %v outside [0, 1]", ev.Expected.Value)
			}
			if (ev.Status == StatusNoData) != (len(ind.Observations) == 0) {
				t.Fatalf("status %v with %d observations", ev.Status, len(ind.Observations))
			}
		}
		for _, e := range tab.Errors {
			if e.Row < 1 || e.Column < 0 || e.Err == nil || e.Error() == "" {
				t.Fatalf("malformed cell error %+v", e)
			}
		}
	})
}

func errorRows(errs []*CellError) [][3]int {
	var out [][3]int
	for _, e := range errs {
		out = append(out, [3]int{e.Row, e.Line, e.Column})
	}
	return out
}

// FuzzReadEvents checks that ReadEvents never panics, is deterministic,
// reads LF, CR LF and CR-only files alike (dates, rows and errors), and
// returns only valid dates with increasing rows.
func FuzzReadEvents(f *testing.F) {
	for _, s := range []string{
		"開催日,会議\n2023-04-12,a\n令和5年5月10日,b\n",
		"2023-13-45,a\n2023-05-10,b\n",
		"date\n\n2023-04\nsoon\n",
		"\"2023-04-12\n\",x\n2023-05-01\n",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ev, err := ReadEvents(strings.NewReader(in), fakeParser{}, 0)
		if err != nil {
			t.Fatalf("error on %q: %v", in, err)
		}
		again, _ := ReadEvents(strings.NewReader(in), fakeParser{}, 0)
		if !assert.ObjectsAreEqual(ev, again) {
			t.Fatalf("not deterministic on %q", in)
		}
		if len(ev.Dates) != len(ev.Rows) {
			t.Fatalf("%d dates, %d rows", len(ev.Dates), len(ev.Rows))
		}
		for i, d := range ev.Dates {
			if d.Validate() != nil || d.IsZero() || i > 0 && ev.Rows[i] <= ev.Rows[i-1] {
				t.Fatalf("bad date %v at row %d", d, ev.Rows[i])
			}
		}
		if !strings.ContainsAny(in, "\r\"") && !strings.HasPrefix(in, "\uFEFF") {
			for _, ending := range []string{"\r\n", "\r"} {
				other, err := ReadEvents(strings.NewReader(strings.ReplaceAll(in, "\n", ending)), fakeParser{}, 0)
				if err != nil || !assert.ObjectsAreEqual(ev.Dates, other.Dates) || !assert.ObjectsAreEqual(ev.Rows, other.Rows) ||
					!assert.ObjectsAreEqual(errorRows(ev.Errors), errorRows(other.Errors)) {
					t.Fatalf("%q endings read differently on %q", ending, in)
				}
			}
		}
	})
}
