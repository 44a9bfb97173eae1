package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// Ranks order the headings: a heading pops every open node of the same or a
// higher rank before it is attached. Counted headings (第N編 … 第N款) come
// first, then the unnumbered blocks, then 「1 …」, 「(1) …」 and themes.
const (
	rankPreamble = 0
	rankBlock    = 9
	rankNumbered = 10
	rankParen    = 11
	rankTheme    = 13
)

var counterRank = map[string]int{"編": 1, "部": 2, "章": 3, "節": 4, "款": 5}

type outlineFrame struct {
	node *goal.Node
	rank int
}

// outlinePara is a run of text lines with no blank line between them.
type outlinePara struct{ lines []*outlineLine }

// outlineBuilder turns classified lines into a plan tree. Statements are
// gathered as builders and finished (targets extracted) at the end, because
// a later line can still extend them.
type outlineBuilder struct {
	doc   string
	lines []outlineLine
	plan  *goal.Plan
	stack []outlineFrame

	pending  []*outlinePara // text not yet known to be a title, a theme or statements
	paraOpen bool           // the last non-blank line was a text line of the last pending paragraph

	last     *statementBuilder // the statement a continuation line extends
	lastOpen bool              // no blank line since last's most recent line

	awaiting     *goal.Node // a counted heading whose title follows on the next lines
	awaitingOpen bool       // the line just before was its title

	mb *measureBlock

	preamble *goal.Node
	stmts    map[*goal.Node][]*statementBuilder
	goals    map[*goal.Node]*statementBuilder
	bullets  map[*goal.Node]bool // theme and bullet blocks that have their bullets
}

func newOutlineBuilder(doc string, lines []outlineLine) *outlineBuilder {
	return &outlineBuilder{
		doc: doc, lines: lines, plan: &goal.Plan{},
		stmts:   map[*goal.Node][]*statementBuilder{},
		goals:   map[*goal.Node]*statementBuilder{},
		bullets: map[*goal.Node]bool{},
	}
}

func (b *outlineBuilder) top() *goal.Node {
	if len(b.stack) == 0 {
		return nil
	}
	return b.stack[len(b.stack)-1].node
}

func (b *outlineBuilder) topRank() int {
	if len(b.stack) == 0 {
		return -1
	}
	return b.stack[len(b.stack)-1].rank
}

// popTo closes every open node of rank r or higher.
func (b *outlineBuilder) popTo(r int) {
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].rank >= r {
		b.stack = b.stack[:len(b.stack)-1]
	}
}

// siblings returns the children list new nodes are appended to.
func (b *outlineBuilder) siblings() *[]*goal.Node {
	if t := b.top(); t != nil {
		return &t.Children
	}
	return &b.plan.Nodes
}

func (b *outlineBuilder) attach(n *goal.Node, rank int) {
	b.popTo(rank)
	s := b.siblings()
	*s = append(*s, n)
	b.stack = append(b.stack, outlineFrame{node: n, rank: rank})
}

func (b *outlineBuilder) headingSpan(l *outlineLine) goal.Span {
	s, e := trimOutlineSpace(b.doc, l.start, l.end)
	return goal.Span{Start: s, End: e}
}

func (b *outlineBuilder) run() {
	for i := 0; i < len(b.lines); i++ {
		l := &b.lines[i]
		if l.kind != olText && l.kind != olBlank && l.kind != olCont {
			b.awaiting = nil
		}
		switch l.kind {
		case olBlank:
			b.paraOpen, b.lastOpen, b.awaitingOpen = false, false, false
			if b.mb != nil {
				b.mb.blankLine()
			}
		case olText:
			if l.titleCnt {
				continue // read with its heading
			}
			b.text(l)
		case olCont:
			b.continuation(l)
		case olCounter:
			b.counter(i)
		case olNumbered, olParen:
			b.numbered(i)
		case olBlock:
			b.block(l)
		case olSource:
			b.source(l)
		case olBullet:
			b.bullet(l)
		}
	}
	b.flushPending()
	b.closeMeasures()
}

// fullTitle is the title of heading line i with the lines that finish it.
func (b *outlineBuilder) fullTitle(i int) string {
	t := b.lines[i].title
	for k := i + 1; k < len(b.lines) && b.lines[k].titleCnt; k++ {
		t += b.lines[k].body(b.doc)
	}
	return t
}

func (b *outlineBuilder) text(l *outlineLine) {
	body := l.body(b.doc)
	if a := b.awaiting; a != nil {
		switch {
		case l.latin:
			b.awaitingOpen = false
			if a.Subtitle == "" {
				a.Subtitle = body
			} else if trimLeadingNumber(body) != a.Subtitle && body != a.Subtitle {
				a.Subtitle += " " + body
			} // else a repeat of the subtitle (「04 PROMOTION OF THE PLAN」): dropped
			return
		case !l.latin && a.Title == "":
			a.Title = body
			b.awaitingOpen = true
			return
		case !l.latin && b.awaitingOpen && !endsOutlineSentence(body) && utf8.RuneCountInString(body) <= maxShortRunes:
			a.Title += body // the title's second line
			return
		}
		b.awaiting = nil
	}
	switch {
	case b.paraOpen:
		p := b.pending[len(b.pending)-1]
		p.lines = append(p.lines, l)
	case b.lastOpen && b.last != nil && !l.latin && !endsOutlineSentence(b.last.text()) &&
		(endsOutlineSentence(body) || utf8.RuneCountInString(body) > maxShortRunes):
		// A wrapped line of a bullet that the source did not indent.
		b.last.add(b.doc, l.bodyOff, l.bodyEnd)
	default:
		b.pending = append(b.pending, &outlinePara{lines: []*outlineLine{l}})
		b.paraOpen = true
	}
}

// trimLeadingNumber drops leading digits and spaces: 「04 PROMOTION」 → 「PROMOTION」.
func trimLeadingNumber(s string) string {
	return strings.TrimLeft(s, "0123456789 \t")
}

func (b *outlineBuilder) continuation(l *outlineLine) {
	switch {
	case b.paraOpen:
		p := b.pending[len(b.pending)-1]
		p.lines = append(p.lines, l)
	case b.last != nil:
		// Joined to the statement it continues even across headings and
		// blank lines: the PDF extraction can move 「　に取り組みます。」
		// below the headings that interrupted its sentence.
		b.last.add(b.doc, l.bodyOff, l.bodyEnd)
		b.lastOpen = true
		if b.mb != nil {
			b.mb.continued()
		}
	default:
		b.pending = append(b.pending, &outlinePara{lines: []*outlineLine{l}})
		b.paraOpen = true
	}
}

func (b *outlineBuilder) counter(i int) {
	l := &b.lines[i]
	title := b.fullTitle(i)
	subtitle := ""
	if title == "" {
		// The title may stand above the number (「市民と行政の協働」 / 第 1 章).
		if n := len(b.pending); n > 0 && titleParagraph(b.doc, b.pending[n-1]) {
			p := b.pending[n-1]
			title = p.lines[0].body(b.doc)
			for _, pl := range p.lines[1:] {
				subtitle += pl.body(b.doc)
			}
			b.pending = b.pending[:n-1]
		}
	}
	b.flushPending()
	b.closeMeasures()
	rank := counterRank[l.counter]
	b.popTo(rank)
	for _, s := range *b.siblings() {
		if s.Level == l.counter && s.Number == l.number {
			// Seen before, in a table of contents (第１節　…) that lists the
			// sections ahead of their own headings: the same node.
			if s.Title == "" || strings.HasPrefix(title, s.Title) && len(title) > len(s.Title) {
				s.Title = title
			}
			if s.Subtitle == "" {
				s.Subtitle = subtitle
			}
			s.Line, s.Span = l.num, b.headingSpan(l)
			b.stack = append(b.stack, outlineFrame{node: s, rank: rank})
			b.afterHeading(s)
			return
		}
	}
	n := &goal.Node{Level: l.counter, Number: l.number, Title: title, Subtitle: subtitle, Line: l.num, Span: b.headingSpan(l)}
	b.attach(n, rank)
	b.afterHeading(n)
}

func (b *outlineBuilder) afterHeading(n *goal.Node) {
	b.last, b.lastOpen = nil, false
	if n.Title == "" {
		b.awaiting, b.awaitingOpen = n, false
	}
}

// titleParagraph reports whether p can be a heading title standing above
// its number: short lines, none a sentence.
func titleParagraph(doc string, p *outlinePara) bool {
	for _, l := range p.lines {
		body := l.body(doc)
		if l.kind != olText || l.latin || endsOutlineSentence(body) || utf8.RuneCountInString(body) > maxShortRunes {
			return false
		}
	}
	return len(p.lines) > 0
}

func (b *outlineBuilder) numbered(i int) {
	l := &b.lines[i]
	b.flushPending()
	n := &goal.Node{Number: l.number, Title: b.fullTitle(i), Line: l.num, Span: b.headingSpan(l)}
	if b.mb != nil {
		n.Level, n.Kind = LevelMeasure, goal.BlockMeasure
		b.mb.heading(n)
		return // the statement a continuation extends stays: see continuation
	}
	rank := rankNumbered
	n.Level = LevelPart
	if l.kind == olParen {
		rank, n.Level = rankParen, LevelSubpart
	}
	b.attach(n, rank)
	b.last, b.lastOpen = nil, false
}

func (b *outlineBuilder) block(l *outlineLine) {
	b.flushPending()
	b.closeMeasures()
	n := &goal.Node{Level: LevelBlock, Title: l.body(b.doc), Kind: l.block, Line: l.num, Span: b.headingSpan(l)}
	b.attach(n, rankBlock)
	b.last, b.lastOpen = nil, false
	if l.block == goal.BlockMeasures {
		b.mb = &measureBlock{node: n}
	}
}

func (b *outlineBuilder) source(l *outlineLine) {
	b.flushPending()
	n := b.top()
	if n == nil {
		n = b.preambleNode()
	}
	src := l.body(b.doc)
	if n.Source == "" {
		n.Source = src
	} else {
		n.Source += " " + src
	}
}

func (b *outlineBuilder) bullet(l *outlineLine) {
	st := newStatement(l.num)
	st.add(b.doc, l.bodyOff, l.bodyEnd)
	b.last, b.lastOpen = st, true
	if l.marker == '◉' {
		b.flushPending()
		b.closeMeasures()
		if t := b.top(); t == nil || t.Kind != goal.BlockVision {
			b.attach(&goal.Node{Level: LevelBlock, Kind: goal.BlockVision}, rankBlock)
		}
		b.stmts[b.top()] = append(b.stmts[b.top()], st)
		return
	}
	if b.mb != nil {
		b.flushPending()
		b.mb.bullet(st)
		return
	}
	if n := len(b.pending); n >= 1 && len(b.pending[n-1].lines) >= 2 && headingLine(b.doc, b.pending[n-1].lines[0]) &&
		!headingLine(b.doc, b.pending[n-1].lines[1]) {
		// A theme whose heading has no blank line after it: split the
		// paragraph into the heading and the goal sentence.
		p := b.pending[n-1]
		b.pending = append(b.pending[:n-1], &outlinePara{lines: p.lines[:1]}, &outlinePara{lines: p.lines[1:]})
	}
	if n := len(b.pending); n >= 2 && shortHeading(b.doc, b.pending[n-2]) && !shortHeading(b.doc, b.pending[n-1]) {
		// A theme: a heading (広報), one goal sentence, then bullets.
		head, goalPara := b.pending[n-2], b.pending[n-1]
		b.pending = b.pending[:n-2]
		b.flushPending()
		t := &goal.Node{Level: LevelTheme, Title: head.lines[0].body(b.doc), Kind: goal.BlockTheme,
			Line: head.lines[0].num, Span: b.headingSpan(head.lines[0])}
		if m := zoneHeadingRE.FindStringSubmatch(t.Title); m != nil {
			t.Level, t.Kind = m[1], goal.BlockZone // a zone with its goal and bullets
		}
		b.attach(t, rankTheme)
		b.goals[t] = b.paragraphStatement(goalPara)
	} else if n >= 1 && shortHeading(b.doc, b.pending[n-1]) {
		// A heading followed directly by its bullets.
		head := b.pending[n-1]
		b.pending = b.pending[:n-1]
		b.flushPending()
		t := &goal.Node{Level: LevelHeading, Title: head.lines[0].body(b.doc), Kind: goal.BlockBullets,
			Line: head.lines[0].num, Span: b.headingSpan(head.lines[0])}
		if m := zoneHeadingRE.FindStringSubmatch(t.Title); m != nil {
			t.Level, t.Kind = m[1], goal.BlockZone
		}
		b.attach(t, rankTheme)
	} else {
		b.flushPending()
	}
	t := b.top()
	if t == nil {
		t = b.preambleNode()
	}
	b.bullets[t] = true
	b.stmts[t] = append(b.stmts[t], st)
}

// shortHeading reports whether p is a one-line heading: 広報, DX, 組織.
func shortHeading(doc string, p *outlinePara) bool {
	return len(p.lines) == 1 && headingLine(doc, p.lines[0])
}

// headingLine reports whether l can be a short unnumbered heading: a text
// line, short, no sentence end, no comma.
func headingLine(doc string, l *outlineLine) bool {
	if l.kind != olText {
		return false
	}
	body := l.body(doc)
	return !endsOutlineSentence(body) && utf8.RuneCountInString(body) <= maxShortRunes &&
		!strings.ContainsAny(body, "、，,")
}

func (b *outlineBuilder) paragraphStatement(p *outlinePara) *statementBuilder {
	st := newStatement(p.lines[0].num)
	for _, l := range p.lines {
		st.add(b.doc, l.bodyOff, l.bodyEnd)
	}
	return st
}

// flushPending makes the pending paragraphs statements of the node they
// stand under. A paragraph after a theme's bullets belongs to the theme's
// parent.
func (b *outlineBuilder) flushPending() {
	for i, p := range b.pending {
		if b.mb == nil && shortHeading(b.doc, p) && i+1 < len(b.pending) && zoneHeadingRE.MatchString(p.lines[0].body(b.doc)) {
			// A zone as a heading of its own (北部ゾーン) with its
			// description below.
			b.zoneHeading(p.lines[0])
			continue
		}
		st := b.paragraphStatement(p)
		b.last = st
		if b.mb != nil {
			b.mb.paragraph(st)
			continue
		}
		for b.topRank() >= rankTheme && b.bullets[b.top()] {
			b.stack = b.stack[:len(b.stack)-1]
		}
		t := b.top()
		if t == nil {
			t = b.preambleNode()
		}
		b.stmts[t] = append(b.stmts[t], st)
	}
	b.pending, b.paraOpen = nil, false
}

func (b *outlineBuilder) preambleNode() *goal.Node {
	if b.preamble == nil {
		b.preamble = &goal.Node{Level: LevelPreamble}
		b.plan.Nodes = append(b.plan.Nodes, b.preamble)
	}
	return b.preamble
}

func (b *outlineBuilder) closeMeasures() {
	if b.mb == nil {
		return
	}
	b.mb.resolve(b.stmts)
	b.mb = nil
}
