package load

import (
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// frame is an open node. depth orders frames: 2×the reader's level for a
// heading, one more for a block opened under it (vision, zone).
type frame struct {
	node  *goal.Node
	depth int
}

// outlineBuilder maps the blocks of a document to a plan tree. Statements
// are gathered first and finished (targets extracted) at the end.
type outlineBuilder struct {
	d     *doc.Document
	p     *parse.Parser
	use   *blockUse
	plan  *goal.Plan
	stack []frame

	preamble *goal.Node
	stmts    map[*goal.Node][]*stmt
	goals    map[*goal.Node]*stmt
	bullets  map[*goal.Node]bool // theme and bullet blocks that have their bullets
	order    []*goal.Node        // nodes in creation order, for finish

	last    *stmt // the statement a continuation extends
	lastEnd int   // end of the last block of a measures item
	mb      *measureBlock
	heads   int // headings seen

	// The reader puts the items of a measures block beside the block word
	// (a worded block owns no numbered heading): from the first item on,
	// headings are read one level deeper, as the block's items and their
	// sub-headings, until a heading above the items or of another style
	// beside them.
	shift      int
	shiftLevel int    // the reader's level of the items
	shiftStyle string // their numbering style
}

func newOutlineBuilder(d *doc.Document, p *parse.Parser) *outlineBuilder {
	return &outlineBuilder{d: d, p: p, use: newBlockUse(d), plan: &goal.Plan{},
		stmts: map[*goal.Node][]*stmt{}, goals: map[*goal.Node]*stmt{}, bullets: map[*goal.Node]bool{}}
}

func (b *outlineBuilder) top() *frame {
	if len(b.stack) == 0 {
		return nil
	}
	return &b.stack[len(b.stack)-1]
}

func (b *outlineBuilder) popTo(depth int) {
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].depth >= depth {
		b.stack = b.stack[:len(b.stack)-1]
	}
}

func (b *outlineBuilder) attach(n *goal.Node, depth int) {
	b.popTo(depth)
	if t := b.top(); t != nil {
		t.node.Children = append(t.node.Children, n)
	} else {
		b.plan.Nodes = append(b.plan.Nodes, n)
	}
	b.stack = append(b.stack, frame{node: n, depth: depth})
	b.order = append(b.order, n)
}

// current is the node statements go to.
func (b *outlineBuilder) current() *goal.Node {
	if t := b.top(); t != nil {
		return t.node
	}
	if b.preamble == nil {
		b.preamble = &goal.Node{Level: LevelPreamble}
		b.plan.Nodes = append(b.plan.Nodes, b.preamble)
		b.order = append(b.order, b.preamble)
	}
	return b.preamble
}

func (b *outlineBuilder) addStmt(n *goal.Node, s *stmt) {
	b.stmts[n] = append(b.stmts[n], s)
	b.last = s
}

func (b *outlineBuilder) run() {
	bodyHeadings := 0
	for i := range b.d.Blocks {
		if b.d.Blocks[i].Kind == doc.Heading {
			bodyHeadings++
		}
	}
	for i := range b.d.Blocks {
		blk := &b.d.Blocks[i]
		switch blk.Kind {
		case doc.Heading:
			b.use.use(i)
			if b.heads == 0 && len(b.stack) == 0 && blk.Style == "title" && endsInPlanWord(blk.Title) {
				// a short plan title at the head (北浜市教育計画) is front matter
				b.addStmt(b.current(), newStmt(b.d, blk))
				continue
			}
			b.heading(i)
		case doc.Bullet, doc.Paragraph:
			b.use.use(i)
			b.text(i)
		case doc.Field:
			b.use.use(i)
			s := newStmt(b.d, blk)
			b.closeTheme()
			b.addStmt(b.current(), s)
		case doc.Table:
			b.use.use(i)
			b.table(i)
		case doc.TOC:
			b.use.use(i)
			if bodyHeadings == 0 {
				b.tocOutline(blk)
			}
		}
	}
	b.closeMeasures()
}

// levelName names a heading's level.
func levelName(blk *doc.Block) string {
	st := blk.Style
	if strings.HasPrefix(st, "第N") && len(st) > len("第N") {
		return strings.TrimPrefix(st, "第N")
	}
	if l, ok := styleLevels[st]; ok {
		return l
	}
	if i := strings.Index(st, "N"); i > 0 {
		return st[:i] // a plan word: 基本目標N → 基本目標
	}
	return LevelHeading
}

func normNumber(s string) string { return goal.NormalizeNumber(s) }

func (b *outlineBuilder) headSpan(blk *doc.Block) goal.Span {
	return goal.Span{Start: blk.Head.Start, End: blk.Head.End}
}

func (b *outlineBuilder) heading(i int) {
	blk := &b.d.Blocks[i]
	b.heads++
	numbered := blk.Style != "word" && blk.Style != "title"
	_, plain := styleLevels[blk.Style]
	if m := b.mb; m != nil && numbered && plain && blk.Level == m.level && (len(m.heads) == 0 || blk.Style == b.shiftStyle) {
		b.shift, b.shiftLevel, b.shiftStyle = 1, m.level, blk.Style
	} else if b.shift > 0 && (blk.Level < b.shiftLevel || blk.Level == b.shiftLevel && blk.Style != b.shiftStyle) {
		b.shift = 0
	}
	level := blk.Level + b.shift
	depth := 2 * level
	n := &goal.Node{Number: normNumber(blk.Number), Title: blk.Title, Subtitle: blk.Subtitle, Line: blk.Line, Span: b.headSpan(blk)}
	if m := b.mb; m != nil {
		switch {
		case numbered && level == m.level+1:
			n.Level, n.Kind = LevelMeasure, goal.BlockMeasure
			m.heading(n)
			return
		case level > m.level+1:
			// a sub-heading of a measure: the measures are where they stand
			last := m.lastHead()
			b.closeMeasures()
			if last != nil {
				b.popTo(2 * (m.level + 1))
				b.stack = append(b.stack, frame{node: last, depth: 2 * (m.level + 1)})
			}
		default:
			b.closeMeasures()
		}
	}
	b.last = nil
	for len(b.stack) > 0 && b.top().depth%2 == 1 {
		b.stack = b.stack[:len(b.stack)-1] // a vision block holds no headings
	}
	switch {
	case blk.Style == "word":
		n.Level, n.Kind = LevelBlock, blockKinds[blk.Word]
	case blk.Style == "title":
		n.Level = LevelHeading
		b.titleKind(i, n)
	default:
		n.Level = levelName(blk)
	}
	b.attach(n, depth)
	if n.Kind == goal.BlockMeasures {
		b.mb = &measureBlock{node: n, level: level}
		b.lastEnd = blk.Span.End
	}
}

// titleKind decides what a short unnumbered heading is from what follows:
// a sentence and bullets make a theme, bullets a bullets block; a zone name
// a zone.
func (b *outlineBuilder) titleKind(i int, n *goal.Node) {
	for _, suf := range zoneHeadSuffixes {
		if strings.HasSuffix(n.Title, suf) && n.Title != suf {
			n.Level, n.Kind = suf, goal.BlockZone
			return
		}
	}
	bs := b.d.Blocks
	if i+1 < len(bs) && bs[i+1].Kind == doc.Bullet {
		n.Kind = goal.BlockBullets
		return
	}
	if i+2 < len(bs) && bs[i+1].Kind == doc.Paragraph && !bs[i+1].Continued && bs[i+2].Kind == doc.Bullet {
		n.Level, n.Kind = LevelTheme, goal.BlockTheme
	}
}

// isSource: a line （基本構想「５　実現に向けて」より） naming where the text
// above is quoted from.
func isSource(t string) bool {
	return (strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")) && (strings.HasSuffix(t, "より）") || strings.HasSuffix(t, "より)"))
}

func (b *outlineBuilder) text(i int) {
	blk := &b.d.Blocks[i]
	if blk.Continued && b.last != nil {
		b.last.extend(b.d, blk)
		if b.mb != nil {
			b.mb.continued()
			b.lastEnd = blk.Span.End
		}
		return
	}
	s := newStmt(b.d, blk)
	if blk.Kind == doc.Paragraph && isSource(blk.Text) {
		n := b.current()
		src := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(blk.Text, "（"), "("), "）"), ")")
		if n.Source == "" {
			n.Source = src
		} else {
			n.Source += " " + src
		}
		return
	}
	if blk.Kind == doc.Bullet && strings.Contains(visionMarkers, blk.Marker) && blk.Marker != "" {
		b.closeMeasures()
		if t := b.top(); t == nil || t.node.Kind != goal.BlockVision {
			depth := 1
			if t := b.top(); t != nil {
				depth = t.depth + 1
				if t.depth%2 == 1 {
					depth = t.depth // a block next to another block
				}
			}
			b.attach(&goal.Node{Level: LevelBlock, Kind: goal.BlockVision}, depth)
		}
		b.addStmt(b.top().node, s)
		return
	}
	if b.mb != nil {
		gap := hasBlankLine(b.d.Source, b.lastEnd, blk.Span.Start)
		if blk.Kind == doc.Bullet {
			b.mb.bullet(s, gap)
		} else {
			b.mb.paragraph(s)
		}
		b.last = s
		b.lastEnd = blk.Span.End
		return
	}
	if t := b.top(); t != nil && (t.node.Kind == goal.BlockTheme || t.node.Kind == goal.BlockZone) && blk.Kind == doc.Paragraph &&
		b.goals[t.node] == nil && len(b.stmts[t.node]) == 0 && !b.bullets[t.node] && i+1 < len(b.d.Blocks) && b.d.Blocks[i+1].Kind == doc.Bullet {
		b.goals[t.node] = s
		b.last = s
		return
	}
	if blk.Kind == doc.Paragraph {
		b.closeTheme()
	}
	n := b.current()
	if blk.Kind == doc.Bullet {
		b.bullets[n] = true
	}
	b.addStmt(n, s)
}

// closeTheme: text after a theme's (or bullet block's) bullets belongs to
// the node above it.
func (b *outlineBuilder) closeTheme() {
	for len(b.stack) > 1 {
		t := b.top()
		k := t.node.Kind
		if (k == goal.BlockTheme || k == goal.BlockBullets) && b.bullets[t.node] {
			b.stack = b.stack[:len(b.stack)-1]
			continue
		}
		break
	}
}

// table makes each row that is not a header a statement: its cells joined
// by a space.
func (b *outlineBuilder) table(i int) {
	blk := &b.d.Blocks[i]
	b.closeTheme()
	n := b.current()
	for _, r := range blk.Rows {
		if r.Header {
			continue
		}
		s := &stmt{line: b.d.Line(r.Span.Start), start: r.Span.Start, end: r.Span.End}
		for _, c := range r.Cells {
			if c.Text == "" {
				continue
			}
			if s.n > 0 {
				s.write(" ")
			}
			s.parts = append(s.parts, stmtPart{text: s.n, src: c.Span.Start, n: len(c.Text), verbatim: c.Text == b.d.Source[c.Span.Start:c.Span.End]})
			s.write(c.Text)
		}
		if s.n > 0 {
			if b.mb != nil {
				b.mb.paragraph(s)
			} else {
				b.addStmt(n, s)
			}
		}
	}
}

// tocOutline builds the tree from a table of contents when the text has no
// body: each entry a node at its inferred level.
func (b *outlineBuilder) tocOutline(blk *doc.Block) {
	for _, e := range blk.Entries {
		n := &goal.Node{Number: normNumber(e.Number), Title: e.Title, Line: b.d.Line(e.Span.Start),
			Span: goal.Span{Start: e.Span.Start, End: e.Span.End}}
		tmp := doc.Block{Style: e.Style}
		n.Level = levelName(&tmp)
		if e.Style == "" {
			n.Level = LevelHeading
		}
		b.attach(n, 2*e.Level)
	}
}

func (b *outlineBuilder) closeMeasures() {
	if b.mb == nil {
		return
	}
	b.mb.resolve(b.stmts)
	b.order = append(b.order, b.mb.heads...)
	b.mb = nil
}

// hasBlankLine reports a blank line in src[from:to]: two line ends with
// only white space between them.
func hasBlankLine(src string, from, to int) bool {
	if from < 0 || to > len(src) || from >= to {
		return false
	}
	s := src[from:to]
	seg := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\n' && c != '\r' {
			continue
		}
		if seg >= 0 && strings.TrimFunc(s[seg:i], outlineBlank) == "" {
			return true
		}
		if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		seg = i + 1
	}
	return false
}

// endsInPlanWord: a plan's name (…計画, …プラン, …戦略 …).
func endsInPlanWord(t string) bool {
	for _, w := range planTitleWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}
