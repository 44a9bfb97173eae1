package goal

import "encoding/json"

// Goal is one goal statement an organization sets itself, such as a CS90
// action goal: 「市民満足度向上のため、…月1回開催の「部長ミーティング」で
// 情報共有・進捗管理を行い…（12回）」.
//
// The zero value is an empty goal with no owner.
type Goal struct {
	// Owner is the name of the organization that set the goal (総務局);
	// empty when the source does not say.
	Owner string
	// Statement is the goal text with markup and bullet marks removed.
	Statement string
	// Purpose is the purpose clause a statement opens with, ending in ため
	// or ために ("in order to"): 「市民満足度向上のため」 (to raise citizen
	// satisfaction). Empty when the statement opens with none.
	Purpose string
	// Targets are the measurable targets the statement states, in order,
	// with spans into the source document (not into Statement).
	Targets []Target
	// Span is where the statement was read from in the source document
	// (byte offsets); Line is the 1-based line it starts on. Zero when the
	// goal was not read from a document.
	Span Span
	Line int
}

// goalJSON is the JSON form of a Goal.
type goalJSON struct {
	Owner   string   `json:"owner,omitempty"`
	Text    string   `json:"text"`
	Purpose string   `json:"purpose,omitempty"`
	Targets []Target `json:"targets"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Line    int      `json:"line,omitempty"`
}

// MarshalJSON writes {"owner"?,"text","purpose"?,"targets":[…],"start",
// "end","line"?}; targets is [] (never null) when there are none.
func (g Goal) MarshalJSON() ([]byte, error) {
	t := g.Targets
	if t == nil {
		t = []Target{}
	}
	return json.Marshal(goalJSON{Owner: g.Owner, Text: g.Statement, Purpose: g.Purpose, Targets: t,
		Start: g.Span.Start, End: g.Span.End, Line: g.Line})
}

// UnmarshalJSON reads the form MarshalJSON writes; an unknown field, a
// negative line or a span that ends before it starts is a *JSONError
// wrapping ErrInvalidJSON.
func (g *Goal) UnmarshalJSON(data []byte) error {
	var j goalJSON
	if err := decodeStrict(data, &j, "Goal"); err != nil {
		return err
	}
	if err := firstError(checkSpan("Goal", j.Start, j.End), checkLine("Goal", j.Line)); err != nil {
		return err
	}
	*g = Goal{Owner: j.Owner, Statement: j.Text, Purpose: j.Purpose, Span: Span{Start: j.Start, End: j.End}, Line: j.Line}
	if len(j.Targets) > 0 {
		g.Targets = j.Targets
	}
	return nil
}
