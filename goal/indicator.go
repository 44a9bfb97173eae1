package goal

import (
	"encoding/json"
	"math"
)

// Indicator is one indicator (成果指標, KPI) as a plan states it: a name, a
// unit, a baseline with its year (現状値・基準値), interim and final targets
// with their years (中間目標値・目標値), the direction (方向性) and any
// actuals (実績値). It is the vocabulary between the text readers (parse/load
// builds it) and evaluation (kpi.FromGoal turns it into a kpi.Indicator), so
// a program can store and exchange indicators without either.
//
// The zero value is an indicator with nothing known. A figure the text does
// not state stays nil (Baseline, Target) or empty (Interim, Actuals).
type Indicator struct {
	Name      string
	Unit      string // 単位 after width folding: %, 人, 件, 億円 …; "" when the text states none
	Direction Direction
	Baseline  *IndicatorValue // 現状値, 基準値, 策定時
	Interim   []IndicatorValue
	Target    *IndicatorValue // 目標値 (the final one)
	Actuals   []IndicatorValue
	Node      string // the heading or measure the indicator belongs to, when known
	Text      string // the source text of the row or sentence
	Span      Span   // byte offsets of Text in the document
}

// IndicatorValue is one figure of an indicator: its value, the year it
// refers to and, for targets, the comparator (「35分以内」 is CmpLE 35).
type IndicatorValue struct {
	Value float64
	Year  Year       // zero when the text states no year
	Cmp   Comparator // targets: CmpEq when no comparator word; unset for baselines and actuals
}

type indicatorValueJSON struct {
	Value    float64    `json:"value"`
	Year     string     `json:"year,omitempty"`
	Calendar bool       `json:"calendar,omitempty"`
	Cmp      Comparator `json:"cmp,omitempty"`
}

// MarshalJSON writes {"value","year"?,"calendar"?,"cmp"?}: year "YYYY"
// omitted when unknown, calendar true for a year written as 年, cmp omitted
// when unset. A value that is not finite is an error.
func (v IndicatorValue) MarshalJSON() ([]byte, error) {
	if math.IsNaN(v.Value) || math.IsInf(v.Value, 0) {
		return nil, &json.UnsupportedValueError{Str: "goal: indicator value is not finite"}
	}
	j := indicatorValueJSON{Value: v.Value, Cmp: v.Cmp}
	j.Year, j.Calendar = yearJSON(v.Year)
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (v *IndicatorValue) UnmarshalJSON(data []byte) error {
	var j indicatorValueJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	y, err := yearFromJSON(j.Year, j.Calendar)
	if err != nil {
		return err
	}
	*v = IndicatorValue{Value: j.Value, Year: y, Cmp: j.Cmp}
	return nil
}

type indicatorJSON struct {
	Name      string           `json:"name"`
	Unit      string           `json:"unit,omitempty"`
	Direction Direction        `json:"direction,omitempty"`
	Baseline  *IndicatorValue  `json:"baseline,omitempty"`
	Interim   []IndicatorValue `json:"interim,omitempty"`
	Target    *IndicatorValue  `json:"target,omitempty"`
	Actuals   []IndicatorValue `json:"actuals,omitempty"`
	Node      string           `json:"node,omitempty"`
	Text      string           `json:"text"`
	Start     int              `json:"start"`
	End       int              `json:"end"`
}

// MarshalJSON writes the documented form {"name","unit"?,"direction"?,
// "baseline"?,"interim"?,"target"?,"actuals"?,"node"?,"text","start","end"};
// what the text does not state is left out.
func (ind Indicator) MarshalJSON() ([]byte, error) {
	return json.Marshal(indicatorJSON{
		Name: ind.Name, Unit: ind.Unit, Direction: ind.Direction, Baseline: ind.Baseline,
		Interim: ind.Interim, Target: ind.Target, Actuals: ind.Actuals, Node: ind.Node,
		Text: ind.Text, Start: ind.Span.Start, End: ind.Span.End,
	})
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (ind *Indicator) UnmarshalJSON(data []byte) error {
	var j indicatorJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*ind = Indicator{
		Name: j.Name, Unit: j.Unit, Direction: j.Direction, Baseline: j.Baseline,
		Interim: j.Interim, Target: j.Target, Actuals: j.Actuals, Node: j.Node,
		Text: j.Text, Span: Span{Start: j.Start, End: j.End},
	}
	return nil
}
