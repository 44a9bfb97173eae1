package load

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
)

// finish turns every gathered statement into a goal.Statement with its
// targets, adds the zones statements list, and reads the front matter.
func (b *outlineBuilder) finish() error {
	var err error
	b.plan.Walk(func(n *goal.Node, _ []*goal.Node) bool {
		if err != nil {
			return false
		}
		if g := b.goals[n]; g != nil {
			st, ok, e := b.finishStmt(g)
			if e != nil {
				err = b.stmtError(g, e)
				return false
			}
			if ok {
				n.Goal = st
			}
		}
		ss := b.stmts[n]
		if n.Statements == nil && len(ss) > 0 {
			n.Statements = make([]goal.Statement, 0, len(ss))
		}
		for i, s := range ss {
			st, ok, e := b.finishStmt(s)
			if e != nil {
				err = b.stmtError(s, e)
				return false
			}
			ss[i] = nil // done: its text and maps can go
			if ok {
				n.Statements = append(n.Statements, st)
				b.addZones(n, st)
			}
		}
		delete(b.stmts, n)
		delete(b.goals, n)
		return true
	})
	if err != nil {
		return err
	}
	b.frontMatter()
	return nil
}

// stmtError reports the parser's refusal of a statement at the statement's
// place in the document. The parser's error brings its own sentinel and
// detail; its message (prefix, sentinel and byte offset into the statement)
// is not nested into Detail, so that every layer says its prefix once.
func (b *outlineBuilder) stmtError(s *stmt, e error) error {
	le := &Error{Kind: KindPlan, Err: parse.ErrTooLong, Detail: e.Error(), Offset: s.start}
	var ie *parse.InputError
	if errors.As(e, &ie) {
		le.Err, le.Detail = ie.Err, ie.Detail
	}
	le.Line, le.Column = position(b.d.Source, s.start)
	return le
}

// minZones is how many quoted area names a statement must list before they
// are read as the zones of an area division rather than a passing mention.
const minZones = 2

// addZones gives n one BlockZone child per quoted area name (「北部ゾーン」)
// st lists, when it lists at least minZones of them and n has no child of
// that name yet.
func (b *outlineBuilder) addZones(n *goal.Node, st goal.Statement) {
	type zone struct {
		name, suffix string
		at           int
	}
	var zs []zone
	text := st.Text
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "「")
		if j < 0 {
			break
		}
		open := i + j + len("「")
		k := strings.Index(text[open:], "」")
		if k < 0 {
			break
		}
		name := text[open : open+k]
		i = open + k + len("」")
		if strings.ContainsAny(name, "「、。") || utf8.RuneCountInString(name) > 20 {
			continue
		}
		for _, suf := range zoneSuffixes {
			if strings.HasSuffix(name, suf) && name != suf {
				zs = append(zs, zone{name, suf, open})
				break
			}
		}
	}
	if len(zs) < minZones {
		return
	}
	from := st.Span.Start
	have := make(map[string]bool, len(n.Children)+len(zs))
	for _, c := range n.Children {
		if c != nil {
			have[c.Title] = true
		}
	}
	for _, z := range zs {
		if have[z.name] {
			continue
		}
		have[z.name] = true
		c := &goal.Node{Level: z.suffix, Title: z.name, Kind: goal.BlockZone, Line: st.Line}
		// the name as it stands in the document, searched from where the
		// last one was found: names come in order, so the scan is linear
		if at := strings.Index(b.d.Source[from:st.Span.End], "「"+z.name+"」"); at >= 0 {
			s := from + at + len("「")
			c.Span = goal.Span{Start: s, End: s + len(z.name)}
			c.Line = b.d.Line(s)
			from = s + len(z.name)
		}
		n.Children = append(n.Children, c)
	}
}
