package goal

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// planJSON is the outline form documented in the README.
type planJSON struct {
	Title   string     `json:"title"`
	Issuer  string     `json:"issuer,omitempty"`
	Edition string     `json:"edition,omitempty"`
	Start   FiscalYear `json:"start,omitempty"`
	End     FiscalYear `json:"end,omitempty"`
	Nodes   []*Node    `json:"nodes"`
}

// MarshalJSON writes {"title","issuer"?,"edition"?,"start"?,"end"?,
// "nodes":[node…]}; "nodes" is [] for an empty plan, never null. Nil nodes
// are left out.
func (p Plan) MarshalJSON() ([]byte, error) {
	return json.Marshal(planJSON{
		Title: p.Title, Issuer: p.Issuer, Edition: p.Edition,
		Start: p.Start, End: p.End, Nodes: nonNil(p.Nodes),
	})
}

// UnmarshalJSON reads the form MarshalJSON writes; an unknown field or an
// end before the start is a *JSONError wrapping ErrInvalidJSON.
func (p *Plan) UnmarshalJSON(data []byte) error {
	var j planJSON
	if err := decodeStrict(data, &j, "Plan"); err != nil {
		return err
	}
	if j.Start != 0 && j.End != 0 && j.End < j.Start {
		return &JSONError{Type: "Plan", Field: "end", Reason: "before start"}
	}
	*p = Plan{Title: j.Title, Issuer: j.Issuer, Edition: j.Edition, Start: j.Start, End: j.End, Nodes: nonNil(j.Nodes)}
	return nil
}

// nodeJSON is one node of the outline form.
type nodeJSON struct {
	Level      string      `json:"level"`
	Number     string      `json:"number"`
	Title      string      `json:"title"`
	Subtitle   string      `json:"subtitle,omitempty"`
	Kind       BlockKind   `json:"kind,omitempty"`
	Source     string      `json:"source,omitempty"`
	Goal       *Statement  `json:"goal,omitempty"`
	Statements []Statement `json:"statements"`
	Children   []*Node     `json:"children"`
	Line       int         `json:"line,omitempty"`
}

// MarshalJSON writes {"level","number","title","subtitle"?,"kind"?,
// "source"?,"goal"?,"statements":[…],"children":[…],"line"?}. "level",
// "number", "title", "statements" and "children" are always present (empty
// string, []); the others only when set. "kind" is the BlockKind name
// ("vision", "issues", "measures", "measure", "theme", "bullets", "zone"),
// "goal" a theme's goal sentence in statement form, "line" the heading's
// 1-based line. The heading Span is not written.
func (n Node) MarshalJSON() ([]byte, error) {
	j := nodeJSON{
		Level: n.Level, Number: n.Number, Title: n.Title, Subtitle: n.Subtitle,
		Kind: n.Kind, Source: n.Source, Statements: n.Statements,
		Children: nonNil(n.Children), Line: n.Line,
	}
	if j.Statements == nil {
		j.Statements = []Statement{}
	}
	j.Goal = nonZero(n.Goal)
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes; an unknown field or a
// negative line is a *JSONError wrapping ErrInvalidJSON.
func (n *Node) UnmarshalJSON(data []byte) error {
	var j nodeJSON
	if err := decodeStrict(data, &j, "Node"); err != nil {
		return err
	}
	if err := checkLine("Node", j.Line); err != nil {
		return err
	}
	*n = Node{
		Level: j.Level, Number: j.Number, Title: j.Title, Subtitle: j.Subtitle,
		Kind: j.Kind, Source: j.Source, Statements: j.Statements,
		Children: nonNil(j.Children), Line: j.Line,
	}
	if len(n.Statements) == 0 {
		n.Statements = nil
	}
	if len(n.Children) == 0 {
		n.Children = nil
	}
	if j.Goal != nil {
		n.Goal = *j.Goal
	}
	return nil
}

// statementJSON is the object form of a statement.
type statementJSON struct {
	Text    string   `json:"text"`
	Targets []Target `json:"targets"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Line    int      `json:"line,omitempty"`
}

// MarshalJSON writes a statement without targets as a plain JSON string, its
// text; a statement with targets as {"text","targets":[target…],"start",
// "end","line"?} where start and end are its Span.
func (s Statement) MarshalJSON() ([]byte, error) {
	if len(s.Targets) == 0 {
		return json.Marshal(s.Text)
	}
	return json.Marshal(statementJSON{Text: s.Text, Targets: s.Targets, Start: s.Span.Start, End: s.Span.End, Line: s.Line})
}

// UnmarshalJSON reads either form MarshalJSON writes. A plain string gives a
// statement with only Text set. The object form without targets (written
// as a string), an unknown field, a negative line or a span that ends
// before it starts is a *JSONError wrapping ErrInvalidJSON.
func (s *Statement) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '"' {
		var text string
		if err := json.Unmarshal(data, &text); err != nil {
			return err
		}
		*s = Statement{Text: text}
		return nil
	}
	if len(data) == 0 || data[0] != '{' {
		return fmt.Errorf("goal: a statement is a string or an object, not %.20s", data)
	}
	var j statementJSON
	if err := decodeStrict(data, &j, "Statement"); err != nil {
		return err
	}
	if len(j.Targets) == 0 {
		return &JSONError{Type: "Statement", Field: "targets", Reason: "empty; a statement without targets is written as a string"}
	}
	if err := firstError(checkSpan("Statement", j.Start, j.End), checkLine("Statement", j.Line)); err != nil {
		return err
	}
	*s = Statement{Text: j.Text, Targets: j.Targets, Span: Span{Start: j.Start, End: j.End}, Line: j.Line}
	if len(s.Targets) == 0 {
		s.Targets = nil
	}
	return nil
}

// nonNil drops nil nodes and turns a nil slice into an empty one, so JSON
// gets [] rather than null.
func nonNil(nodes []*Node) []*Node {
	out := make([]*Node, 0, len(nodes))
	for _, n := range nodes {
		if n != nil {
			out = append(out, n)
		}
	}
	return out
}
