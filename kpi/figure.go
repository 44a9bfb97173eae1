package kpi

import (
	"encoding/json"
	"math"
)

// Reason says why a figure, a status, a rank or a trend is undefined.
type Reason string

// The reasons Evaluate gives.
const (
	ReasonNoActual         Reason = "no actual value"
	ReasonNoBaseline       Reason = "no baseline value"
	ReasonNoTarget         Reason = "no target"
	ReasonTargetIsBaseline Reason = "target equals baseline"
	ReasonTargetIsZero     Reason = "target is zero"
	ReasonNoBaselineYear   Reason = "no baseline year"
	ReasonNoTargetYear     Reason = "no target year"
	ReasonNoActualYear     Reason = "no year for the latest actual"
	ReasonSameYears        Reason = "target year equals baseline year"
	ReasonOneActual        Reason = "fewer than two actuals"
	ReasonNoDirection      Reason = "no direction"
	ReasonNoProgress       Reason = "progress undefined"
	ReasonNotFinite        Reason = "not a finite number"
)

// Figure is a computed number that may be undefined. When OK is false,
// Value is 0 and Reason says why; a Figure is never a silent zero.
type Figure struct {
	Value  float64
	OK     bool
	Reason Reason
}

func defined(v float64) Figure {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Figure{Reason: ReasonNotFinite}
	}
	return Figure{Value: v, OK: true}
}

func undefined(r Reason) Figure { return Figure{Reason: r} }

// FigurePrecision is how many decimal places a Figure has in JSON: ratios
// to 0.0001 (0.01 %), so that 0.65 prints as 0.65 and not as the
// 0.6500000000000004 of floating-point arithmetic.
const FigurePrecision = 4

// MarshalJSON writes the value rounded to FigurePrecision decimal places
// (half away from zero), or null when the figure is undefined.
func (f Figure) MarshalJSON() ([]byte, error) {
	if !f.OK {
		return []byte("null"), nil
	}
	return json.Marshal(roundTo(f.Value, FigurePrecision))
}

// roundTo rounds v to places decimal places. Values too large to have a
// fraction in a float64 are returned as they are.
func roundTo(v float64, places int) float64 {
	if math.Abs(v) >= 1e15 {
		return v
	}
	p := math.Pow10(places)
	r := math.Round(v*p) / p
	if r == 0 {
		return 0 // not -0
	}
	return r
}

// UnmarshalJSON reads a number or null.
func (f *Figure) UnmarshalJSON(data []byte) error {
	var v *float64
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*f = Figure{}
	if v != nil {
		*f = Figure{Value: *v, OK: true}
	}
	return nil
}
