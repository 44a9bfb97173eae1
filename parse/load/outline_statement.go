package load

import (
	"sort"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse/doc"
)

// stmt is a statement being gathered: its text, and where each run of it
// came from, to map target spans back to the document.
type stmt struct {
	text       strings.Builder
	parts      []stmtPart
	line       int
	start, end int
}

// stmtPart: text bytes [text, text+n) came from a block's text (blk set:
// mapped with SourceSpan) or verbatim from src (blk nil and verbatim).
type stmtPart struct {
	text     int
	blk      *doc.Block
	src      int
	n        int
	verbatim bool
}

func newStmt(blk *doc.Block) *stmt {
	s := &stmt{line: blk.Line, start: blk.Span.Start, end: blk.Span.End}
	t := blk.Text
	if blk.Kind == doc.Field {
		// the label stays in the text: 担当課：子育て支援課
		s.text.WriteString(blk.LabelText)
		s.text.WriteString("：")
	}
	s.parts = append(s.parts, stmtPart{text: s.text.Len(), blk: blk, n: len(t)})
	s.text.WriteString(t)
	return s
}

// extend appends a continuation block.
func (s *stmt) extend(blk *doc.Block) {
	s.parts = append(s.parts, stmtPart{text: s.text.Len(), blk: blk, n: len(blk.Text)})
	s.text.WriteString(blk.Text)
	if blk.Span.End > s.end {
		s.end = blk.Span.End
	}
}

// srcSpan maps [a, b) of the statement's text to the document; ok is false
// when the range is not inside one part.
func (s *stmt) srcSpan(d *doc.Document, a, b int) (goal.Span, bool) {
	i := sort.Search(len(s.parts), func(i int) bool { return s.parts[i].text+s.parts[i].n > a })
	if i == len(s.parts) {
		return goal.Span{}, false
	}
	p := s.parts[i]
	if a < p.text || b > p.text+p.n {
		return goal.Span{}, false
	}
	if p.blk != nil {
		sp := d.SourceSpan(p.blk, a-p.text, b-p.text)
		return goal.Span{Start: sp.Start, End: sp.End}, true
	}
	if !p.verbatim {
		return goal.Span{}, false
	}
	return goal.Span{Start: p.src + a - p.text, End: p.src + b - p.text}, true
}

// finish turns s into a goal.Statement with the targets the parser finds in
// its text, each with its span and text in the document. A statement with
// no text is reported as !ok.
func (b *outlineBuilder) finishStmt(s *stmt) (goal.Statement, bool, error) {
	text := s.text.String()
	if strings.TrimFunc(text, outlineBlank) == "" {
		return goal.Statement{}, false, nil
	}
	st := goal.Statement{Text: text, Line: s.line, Span: goal.Span{Start: s.start, End: s.end}}
	ex, err := b.p.Extract(text)
	if err != nil {
		return goal.Statement{}, true, err
	}
	for _, t := range ex.Targets {
		sp, ok := s.srcSpan(b.d, t.Span.Start, t.Span.End)
		if !ok || sp.Start < st.Span.Start || sp.End > st.Span.End || sp.Start >= sp.End {
			continue
		}
		t.Text = b.d.Source[sp.Start:sp.End]
		t.Span = sp
		st.Targets = append(st.Targets, t)
	}
	return st, true, nil
}
