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
