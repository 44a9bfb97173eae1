package kpi

import "encoding/json"

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
