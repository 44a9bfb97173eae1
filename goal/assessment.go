package goal

import "encoding/json"

// Assessment is what a progress report or meeting summary says about an
// indicator in prose: 「『信頼感』の指標は目標値に達しなかったものの上昇」
// (below target, but rising), 「『共有感』に関する指標は減少している」
// (falling), or an actual quoted in passing (「…の割合が８６．３％であり」).
//
// Fields the text does not state stay at their zero values.
type Assessment struct {
	Indicator string          // the indicator as the text names it (信頼感, さいたま市を住みやすいと思う人の割合)
	Reached   Attainment      // whether the target was reached, when the text says
	Trend     Trend           // the movement the text reports
	Actual    *IndicatorValue // a value quoted for the indicator, with its year
	Text      string          // the clause the assessment was read from
	Span      Span
}

// MarshalJSON writes {"indicator","reached"?,"trend"?,"actual"?,"text",
// "start","end"}; reached is "reached" or "not_reached", trend "up", "down"
// or "flat", actual an indicator value {"value","year"?,"calendar"?}.
func (a Assessment) MarshalJSON() ([]byte, error) {
	return json.Marshal(assessmentJSON{Indicator: a.Indicator, Reached: a.Reached, Trend: a.Trend,
		Actual: a.Actual, Text: a.Text, Start: a.Span.Start, End: a.Span.End})
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (a *Assessment) UnmarshalJSON(data []byte) error {
	var j assessmentJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*a = Assessment{Indicator: j.Indicator, Reached: j.Reached, Trend: j.Trend, Actual: j.Actual,
		Text: j.Text, Span: Span{Start: j.Start, End: j.End}}
	return nil
}

type assessmentJSON struct {
	Indicator string          `json:"indicator"`
	Reached   Attainment      `json:"reached,omitempty"`
	Trend     Trend           `json:"trend,omitempty"`
	Actual    *IndicatorValue `json:"actual,omitempty"`
	Text      string          `json:"text"`
	Start     int             `json:"start"`
	End       int             `json:"end"`
}

// Attainment says whether an indicator reached its target.
type Attainment uint8

// The attainments. The zero value, AttainmentUnset, means "not stated".
const (
	AttainmentUnset Attainment = iota
	Reached                    // 目標値を達成した, 上回った
	NotReached                 // 目標値に達しなかった, 下回った
)

var attainmentNames = []string{"", "reached", "not_reached"}

// String returns the name used in JSON ("reached", "not_reached").
func (a Attainment) String() string { return enumName("Attainment", attainmentNames, uint8(a)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (a Attainment) MarshalText() ([]byte, error) {
	return enumMarshal("Attainment", attainmentNames, uint8(a))
}

// UnmarshalText implements encoding.TextUnmarshaler; "" is AttainmentUnset.
func (a *Attainment) UnmarshalText(text []byte) error {
	return enumUnmarshal(a, "Attainment", attainmentNames, text)
}

// Trend is the movement of an indicator a text reports.
type Trend uint8

// The trends. The zero value, TrendUnset, means "not stated".
const (
	TrendUnset Trend = iota
	TrendUp          // 上昇, 増加, 向上
	TrendDown        // 減少, 低下, 下降
	TrendFlat        // 横ばい, 変わらない
)

var trendNames = []string{"", "up", "down", "flat"}

// String returns the name used in JSON ("up", "down", "flat").
func (t Trend) String() string { return enumName("Trend", trendNames, uint8(t)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (t Trend) MarshalText() ([]byte, error) { return enumMarshal("Trend", trendNames, uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is TrendUnset.
func (t *Trend) UnmarshalText(text []byte) error {
	return enumUnmarshal(t, "Trend", trendNames, text)
}
