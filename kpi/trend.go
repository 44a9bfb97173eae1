package kpi

// Trend is how the last two actuals moved, adjusted for the indicator's
// direction: a falling value of a decreasing indicator is improving.
type Trend uint8

// The trends. The zero value, TrendUnset, means no trend could be computed
// (fewer than two actuals, or no direction); Evaluation.TrendReason says why.
const (
	TrendUnset     Trend = iota
	TrendImproving       // moved towards better
	TrendFlat            // did not move (within Evaluator.FlatBand)
	TrendWorsening       // moved towards worse
)

var trendNames = []string{"", "improving", "flat", "worsening"}

// String returns the lowercase name used in JSON ("improving", …).
func (t Trend) String() string { return enumName("Trend", trendNames, uint8(t)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (t Trend) MarshalText() ([]byte, error) { return enumMarshal("Trend", trendNames, uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is TrendUnset.
func (t *Trend) UnmarshalText(text []byte) error {
	return enumUnmarshal(t, "Trend", trendNames, text)
}
