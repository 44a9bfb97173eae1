package goal

import (
	"strings"
)

// Plan is a municipal plan document (計画, such as a 総合計画, comprehensive
// plan) read as a tree of headings and the statements under them.
//
// The zero value is an empty plan with nothing known about it.
type Plan struct {
	// Title is the plan's name (さいたま市総合計画); empty when the text does
	// not state it.
	Title string
	// Issuer is the body that issued the plan (さいたま市); empty when unknown.
	Issuer string
	// Edition is the edition as written, 第2期 (the second term) or 改訂版;
	// empty when unknown.
	Edition string
	// Start and End are the first and last fiscal years (年度) the plan
	// covers, both inclusive; zero when unknown.
	Start, End FiscalYear
	// Nodes are the top-level nodes (chapters, usually) in document order.
	Nodes []*Node
}

// Node is one heading of a plan with what stands under it: a chapter
// (第1章), a section (第1節), a numbered measure (1 市民と市との情報共有の充実),
// a theme (広報), a zone (北部ゾーン), or an unnumbered block such as
// 現状と課題 (current state and issues).
//
// The zero value is an empty node with no level, number or title.
type Node struct {
	// Level names the kind of heading as the plan calls it: 章 (chapter),
	// 節 (section), 施策 (measure), テーマ (theme)… Level names are data, not
	// a fixed list; package parse documents the names its loader writes.
	Level string
	// Number is the numbering as written, with spaces removed and full-width
	// digits folded to ASCII: 第1章, 1, (1). Empty for unnumbered nodes.
	Number string
	Title  string
	// Subtitle is a second title line: the long form of a chapter title
	// (市民と行政の協働による都市づくり) or an English title
	// (PROMOTION OF THE PLAN). Empty when there is none.
	Subtitle string
	Kind     BlockKind
	// Source says where the node's text is quoted from, as written
	// (基本構想「５　実現に向けて」より, "from the basic concept"); empty when
	// the text is the plan's own.
	Source string
	// Goal is the one goal sentence of a theme block (BlockTheme); the zero
	// Statement when the node has none.
	Goal Statement
	// Statements are the sentences and bullets directly under the heading,
	// in document order.
	Statements []Statement
	Children   []*Node
	// Line is the 1-based line of the heading in the source text; 0 when the
	// node was not read from text or has no heading line of its own.
	Line int
	// Span is the byte range of the heading line; zero when Line is 0.
	Span Span
}

// Statement is one sentence or bullet of a plan, with the targets it states.
//
// The zero value is an empty statement; Node.Goal uses it for "no goal".
type Statement struct {
	// Text is the statement with list markers (●, ❖, ・) and line breaks
	// removed; continuation lines are joined without a separator.
	Text    string
	Targets []Target
	// Span covers the statement in the source text, from its first to its
	// last byte; for a sentence whose lines the source splits apart it
	// includes whatever stands between them. Target spans are in the same
	// coordinates.
	Span Span
	// Line is the 1-based line the statement starts on; 0 when not read from
	// text.
	Line int
}

// IsZero reports whether s is the empty statement.
func (s Statement) IsZero() bool {
	return s.Text == "" && len(s.Targets) == 0 && s.Span == (Span{}) && s.Line == 0
}

// Walk calls fn for every node of the plan, depth first in document order
// (a node before its children). path holds the node's ancestors from the top
// level down, not including the node itself; fn must not keep or modify it.
// When fn returns false Walk does not descend into that node's children but
// goes on with its siblings. Nil nodes are skipped.
func (p *Plan) Walk(fn func(n *Node, path []*Node) bool) {
	if p == nil {
		return
	}
	var path []*Node
	for _, n := range p.Nodes {
		path = walk(n, path, fn)
	}
}

// Walk calls fn for n and every node below it, as Plan.Walk does; the path
// of n itself is empty.
func (n *Node) Walk(fn func(n *Node, path []*Node) bool) {
	walk(n, nil, fn)
}

func walk(n *Node, path []*Node, fn func(*Node, []*Node) bool) []*Node {
	if n == nil {
		return path
	}
	if !fn(n, path) {
		return path
	}
	path = append(path, n)
	for _, c := range n.Children {
		path = walk(c, path, fn)
	}
	return path[:len(path)-1]
}

// Find returns the first node, depth first in document order, for which
// match returns true, and whether there was one.
func (p *Plan) Find(match func(*Node) bool) (*Node, bool) {
	var found *Node
	p.Walk(func(n *Node, _ []*Node) bool {
		if found != nil {
			return false
		}
		if match(n) {
			found = n
			return false
		}
		return true
	})
	return found, found != nil
}

// FindAll returns every node for which match returns true, depth first in
// document order; nil when there is none.
func (p *Plan) FindAll(match func(*Node) bool) []*Node {
	var out []*Node
	p.Walk(func(n *Node, _ []*Node) bool {
		if match(n) {
			out = append(out, n)
		}
		return true
	})
	return out
}

// FindPath follows a path of numbers from the top level down, each matched
// against Node.Number after removing spaces and folding full-width digits
// (so "第 1 章", "第１章" and "第1章" are the same step): FindPath("第2章",
// "第1節") is the first section of the second chapter. Unnumbered nodes
// (blocks such as 施策展開) are looked through: their children are searched as
// if they stood in the block's place. ok is false when a step has no match or
// no step is given.
func (p *Plan) FindPath(numbers ...string) (n *Node, ok bool) {
	if p == nil || len(numbers) == 0 {
		return nil, false
	}
	level := p.Nodes
	for i, want := range numbers {
		want = NormalizeNumber(want)
		n = findNumbered(level, want)
		if n == nil {
			return nil, false
		}
		if i < len(numbers)-1 {
			level = n.Children
		}
	}
	return n, true
}

func findNumbered(nodes []*Node, want string) *Node {
	for _, n := range nodes {
		if n == nil {
			continue
		}
		if n.Number == "" {
			if m := findNumbered(n.Children, want); m != nil {
				return m
			}
			continue
		}
		if NormalizeNumber(n.Number) == want {
			return n
		}
	}
	return nil
}

// NormalizeNumber is the form Node.Number is kept in: spaces (ASCII and
// ideographic) removed, full-width digits and parentheses folded to ASCII.
// 「第 1 章」 and 「第１章」 become 第1章, 「（１）」 becomes (1).
func NormalizeNumber(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '\u3000' || r == '\t':
			return -1
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '（':
			return '('
		case r == '）':
			return ')'
		}
		return r
	}, s)
}

// Statements returns every statement of the plan in document order, with
// the node each belongs to (a theme's goal sentence comes first in its node).
func (p *Plan) Statements() []NodeStatement {
	var out []NodeStatement
	p.Walk(func(n *Node, _ []*Node) bool {
		if !n.Goal.IsZero() {
			out = append(out, NodeStatement{Node: n, Statement: n.Goal})
		}
		for _, s := range n.Statements {
			out = append(out, NodeStatement{Node: n, Statement: s})
		}
		return true
	})
	return out
}

// NodeStatement is a statement with the node it stands under.
type NodeStatement struct {
	Node *Node
	Statement
}

// ChildrenByLevel returns the direct children of n whose Level is level, in
// order; nil when there is none.
func (n *Node) ChildrenByLevel(level string) []*Node {
	var out []*Node
	for _, c := range n.Children {
		if c != nil && c.Level == level {
			out = append(out, c)
		}
	}
	return out
}
