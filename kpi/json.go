package kpi

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// evaluationJSON is the public JSON form documented in the README.
type evaluationJSON struct {
	Name        string  `json:"name"`
	Status      *string `json:"status"`
	Progress    Figure  `json:"progress"`
	Expected    Figure  `json:"expected"`
	Achievement Figure  `json:"achievement"`
	Rank        *string `json:"rank"`
	Trend       *string `json:"trend"`
}

// MarshalJSON writes {"name","status","progress","expected","achievement",
// "rank","trend"}, with null for every undefined figure, an unset status, an
// undefined rank and an unset trend.
func (ev Evaluation) MarshalJSON() ([]byte, error) {
	j := evaluationJSON{
		Name: ev.Indicator.Name, Progress: ev.Progress, Expected: ev.Expected,
		Achievement: ev.Achievement,
	}
	if ev.Status != StatusUnset {
		s := ev.Status.String()
		j.Status = &s
	}
	if ev.Rank != "" {
		r := ev.Rank
		j.Rank = &r
	}
	if ev.Trend != TrendUnset {
		t := ev.Trend.String()
		j.Trend = &t
	}
	return json.Marshal(j)
}

// WriteJSON writes evs as a JSON array, one evaluation at a time, in the
// form MarshalJSON documents, indented by two spaces and with <, > and &
// as they are: the same bytes as encoding/json's Encoder with
// SetIndent("", "  ") and SetEscapeHTML(false), without holding the whole
// array's text in memory (a 25 MB table's evaluations are a 10 MB array).
// An empty or nil evs is written as [].
func WriteJSON(w io.Writer, evs []Evaluation) error {
	return writeJSONArray(w, len(evs), func(i int) Evaluation { return evs[i] })
}

// WriteJSON evaluates inds one at a time and writes the evaluations as the
// package's WriteJSON does, the same bytes as WriteJSON(w,
// e.EvaluateAll(inds)) without holding every evaluation (472 bytes each)
// at once: for a large table, the path that needs the least memory.
func (e Evaluator) WriteJSON(w io.Writer, inds []Indicator) error {
	return writeJSONArray(w, len(inds), func(i int) Evaluation { return e.Evaluate(inds[i]) })
}

// writeJSONArray writes the n evaluations at(0) … at(n-1) as an indented
// JSON array, reusing one buffer.
func writeJSONArray(w io.Writer, n int, at func(int) Evaluation) error {
	bw := bufio.NewWriter(w)
	if n == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	var buf bytes.Buffer // one evaluation's text, reused
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	bw.WriteString("[\n")
	for i := 0; i < n; i++ {
		ev := at(i)
		buf.Reset()
		if err := enc.Encode(ev); err != nil {
			return fmt.Errorf("kpi: evaluation %d (%s): %w", i+1, excerpt.Quote(ev.Indicator.Name), err)
		}
		bw.WriteString("  ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		if i < n-1 {
			bw.WriteString(",")
		}
		if _, err := bw.WriteString("\n"); err != nil {
			return err
		}
	}
	bw.WriteString("]\n")
	return bw.Flush()
}
