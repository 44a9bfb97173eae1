package load

import (
	"sort"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse/doc"
)

// stmt is a statement being gathered: its text, and where each run of it
// came from, to map target spans back to the document. A statement of one
// block keeps the block's text as it is (a substring of the document,
// mostly): no copy; one joined from several runs builds its own.
type stmt struct {
	one        string          // the text while it is one run
	joined     strings.Builder // the text once a second run came
	n          int             // bytes of text
	parts      []stmtPart
	line       int
	start, end int
}

// stmtPart: text bytes [text, text+n) came from a block's text (tm set:
// mapped back through the block's TextMap) or verbatim from src (mapped
// set and verbatim).
type stmtPart struct {
	text     int
	tm       doc.TextMap
	mapped   bool // tm is the block's map
	src      int
	n        int
	verbatim bool
}

// write appends t to the text.
func (s *stmt) write(t string) {
	if t == "" {
		return
	}
	if s.n == 0 {
		s.one, s.n = t, len(t)
		return
	}
	if s.one != "" {
		s.joined.Grow(len(s.one) + len(t))
		s.joined.WriteString(s.one)
		s.one = ""
	}
	s.joined.WriteString(t)
	s.n += len(t)
}

// String returns the text.
func (s *stmt) String() string {
	if s.one != "" {
		return s.one
	}
	return s.joined.String()
}

func newStmt(d *doc.Document, blk *doc.Block) *stmt {
	s := &stmt{line: blk.Line, start: blk.Span.Start, end: blk.Span.End}
	t := blk.Text
	if blk.Kind == doc.Field {
		// the label stays in the text: 担当課：子育て支援課
		s.write(blk.LabelText)
		s.write("：")
	}
	s.parts = append(s.parts, stmtPart{text: s.n, tm: d.TextMap(blk), mapped: true, n: len(t)})
	s.write(t)
	return s
}

// extend appends a continuation block.
func (s *stmt) extend(d *doc.Document, blk *doc.Block) {
	s.parts = append(s.parts, stmtPart{text: s.n, tm: d.TextMap(blk), mapped: true, n: len(blk.Text)})
	s.write(blk.Text)
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
	if p.mapped {
		sp := p.tm.SourceSpan(a-p.text, b-p.text)
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
	text := s.String()
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
