package doc

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// assemble turns pieces into blocks, joining continuation lines. A first
// pass counts the blocks so that the slice is allocated once, at its size.
func (st *state) assemble() {
	n := st.walk(false)
	st.d.Blocks = make([]Block, 0, n)
	st.walk(true)
	d := st.d
	// joined blocks get their text once, from their segments: extending a
	// text line by line would copy it once per line
	for i := range d.Blocks {
		if b := &d.Blocks[i]; b.dirty {
			tb := textBuilder{src: st.src}
			tb.resume(b)
			tb.set(b)
			b.dirty = false
		}
	}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Kind == Heading {
			b.Line = d.Line(b.Head.Start)
		} else {
			b.Line = d.Line(b.Span.Start)
		}
	}
}

// openBlock is what continues needs of the open paragraph or bullet.
type openBlock struct {
	kind   Kind
	ended  bool // its text ends a sentence
	end    int  // its last byte
	short  bool // its last line is short: a wrapped line runs to the margin
	figure bool // its last line ends in a figure (…35分以内, …500万人)
}

// walk goes through the pieces once; with build it appends the blocks,
// furniture and unread spans to the document, otherwise it only counts
// the blocks.
func (st *state) walk(build bool) int {
	d := st.d
	count := 0
	var ob openBlock
	open := -1       // block index of the open paragraph or bullet
	between := false // a heading, table or field came after the open block
	furn := false    // page furniture came after the open block
	label := false   // the last block is a worded heading (（現状と課題）, 【数値目標】)
	add := func(mk func() Block) {
		if build {
			d.Blocks = append(d.Blocks, mk())
		}
		count++
	}
	openAt := func(p *piece, k Kind) {
		open, between, furn = count-1, false, false
		ob = openBlock{kind: k, ended: endsSentence(st.src[p.textStart:p.end]), end: p.end, short: shortLine(st.src[p.start:p.end]),
			figure: endsInFigure(st.src[p.start:p.end])}
	}
	for i := 0; i < len(st.ps); i++ {
		p := &st.ps[i]
		if gi, in := st.group(i); in {
			g := &st.groups[gi]
			if g.from == i {
				add(func() Block { return st.groupBlock(g) })
				between = true
			}
			label = false
			continue
		}
		wasLabel := label
		label = false
		switch p.kind {
		case pAbsorbed:
			label = wasLabel
			continue
		case pFurniture:
			if build {
				d.Furniture = append(d.Furniture, st.withAbsorbed(i, i, Span{p.start, p.end}))
			}
			furn, label = true, wasLabel
		case pUnread:
			if build {
				d.Unread = append(d.Unread, Span{p.start, p.end})
			}
		case pHeading:
			add(func() Block { return st.headingBlock(i) })
			between = true
			label = p.word != "" && (p.n().style == "" || p.n().style == "word")
		case pField, pLabelOnly:
			add(func() Block { return st.fieldBlock(i) })
			between = true
		case pRow:
			// a lone row outside any table
			add(func() Block { return st.paragraph(i, Paragraph) })
			openAt(p, Paragraph)
		case pBullet:
			add(func() Block { return st.paragraph(i, Bullet) })
			openAt(p, Bullet)
		case pText:
			// the text right below a worded heading is the block's own,
			// even when it starts with an ideographic space (a paragraph's
			// indent) and a particle
			if open >= 0 && !wasLabel && st.continues(ob, p, between, furn) {
				if between {
					add(func() Block {
						b := st.paragraph(i, Paragraph)
						b.Continued = true
						return b
					})
					openAt(p, Paragraph)
				} else {
					if build {
						st.extend(&d.Blocks[open], p)
					}
					ob.ended, ob.end, ob.short = endsSentence(st.src[p.textStart:p.end]), p.end, shortLine(st.src[p.start:p.end])
					ob.figure = endsInFigure(st.src[p.start:p.end])
					furn = false
				}
				continue
			}
			add(func() Block { return st.paragraph(i, Paragraph) })
			openAt(p, Paragraph)
		}
	}
	return count
}

// continues reports whether text piece p continues the open block: a line
// right below an unfinished sentence; a line starting with an ideographic
// space after an unfinished sentence across page furniture; or, across
// blank lines and headings, such a line that starts mid-sentence.
func (st *state) continues(b openBlock, p *piece, between, furn bool) bool {
	if !p.first || b.kind != Paragraph && b.kind != Bullet || b.ended {
		return false
	}
	if f := fold(st.src[p.start:min(p.end, p.start+24)]); f == "目次" || f == "もくじ" {
		return false // a table of contents' title starts something new
	}
	t0 := st.src[p.textStart:p.end]
	if figureTokens(t0) >= 2 || b.figure {
		return false // rows of figures and lines ending in one stand alone (KPI lines)
	}
	adjacent := !between && !p.blankBefore && !p.runTogether && b.end < p.start && st.d.Line(b.end)+1 == p.line
	// a short line is not wrapped: the next line is a new item (a list
	// of names one per line), unless it goes on mid-sentence
	if adjacent && b.short && !p.indent && !midSentence(st.src[p.textStart:p.end]) {
		adjacent = false
	}
	if adjacent || p.indent && furn && !between {
		return true // a sentence broken at a page end goes on after the footer
	}
	// Across blank lines or headings only a line that starts with an
	// ideographic space and goes on mid-sentence (　に取り組みます。): an
	// indented line that starts a sentence is a new paragraph.
	t := st.src[p.textStart:p.end]
	if p.indent && midSentence(t) {
		return true
	}
	// across blank lines only (double-spaced extraction), a line that
	// begins in the middle of a sentence (な説明があった。) goes on with it
	return !between && p.blankBefore && !p.runTogether && midSentence(t) && !endsSentence(st.src[p.start:min(p.end, p.start+3)])
}

// sentenceParticles start the second half of a broken sentence.
var sentenceParticles = []string{"に", "を", "が", "は", "と", "で", "へ", "も", "や", "の", "な", "より", "から", "まで", "ため", "など", "し、", "する", "して", "され", "させ", "ます", "です", "ない", "れる", "られ", "、", "。"}

func midSentence(t string) bool {
	for _, p := range sentenceParticles {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// paragraph starts a paragraph or bullet block from piece i.
func (st *state) paragraph(i int, k Kind) Block {
	p := &st.ps[i]
	b := Block{Kind: k, Span: Span{p.start, p.end}, Marker: p.marker}
	tb := textBuilder{src: st.src}
	tb.add(p.textStart, p.end)
	tb.set(&b)
	return b
}

// extend joins piece p to block b.
func (st *state) extend(b *Block, p *piece) {
	end := b.Span.End
	if len(b.Parts) > 0 {
		end = b.Parts[len(b.Parts)-1].End
	}
	if gs, ge := trimSpan(st.src, end, p.start); gs < ge {
		// something else (page furniture) stands between: two parts
		if len(b.Parts) == 0 {
			b.Parts = []Span{b.Span}
		}
		b.Parts = append(b.Parts, Span{p.start, p.end})
	} else if len(b.Parts) > 0 {
		b.Parts[len(b.Parts)-1].End = p.end
	}
	b.Span.End = p.end
	tb := textBuilder{src: st.src}
	tb.resume(b)
	tb.add(p.textStart, p.end)
	tb.setSegs(b) // the text is made once, when the block is complete
	b.dirty = true
}

func (st *state) headingBlock(i int) Block {
	p := &st.ps[i]
	b := Block{Kind: Heading, Span: Span{p.start, p.end}, Head: Span{p.start, p.end}, Number: p.n().number, Style: p.n().style,
		Ordinal: p.n().ordinal, Word: p.word}
	b.rank = p.n().rank
	if b.Style == "" {
		b.Style = "word"
	}
	if b.Style == "word" || b.Style == "title" || strings.Contains(titleMarks, b.Style) {
		b.rank = -1
	}
	// the pieces absorbed into this heading (repeats, title lines) widen it
	for j := i - 1; j >= 0 && st.ps[j].kind == pAbsorbed && int(st.ps[j].owner) == i; j-- {
		b.Span.Start = st.ps[j].start
	}
	for j := i + 1; j < len(st.ps) && st.ps[j].kind == pAbsorbed && int(st.ps[j].owner) == i; j++ {
		b.Span.End = st.ps[j].end
	}
	tb := textBuilder{src: st.src}
	ht, has := st.titles[i]
	switch {
	case has && len(ht.title) > 0 && ht.title[0] == i:
		// the title goes on onto the next line(s)
		tb.add(p.textStart+p.n().end, p.end)
		for _, j := range ht.title[1:] {
			tb.add(st.ps[j].start, st.ps[j].end)
		}
	case has:
		for _, j := range ht.title {
			tb.add(st.ps[j].start, st.ps[j].end)
		}
	case p.n().style == "" || p.n().style == "word":
		tb.add(p.textStart, p.end)
		tb.set(&b)
		b.Title = strings.Trim(b.Text, "【】［］[]〈〉<>＜＞《》〔〕■□◆◇●○◎◉▶▷►❖★☆:： \u3000")
		if p.word != "" {
			b.Title = unwrapRound(b.Title)
		}
		return b
	default:
		tb.add(p.textStart+p.n().end, p.end)
	}
	tb.set(&b)
	b.Title = b.Text
	if has && len(ht.subtitle) > 0 {
		sb := textBuilder{src: st.src}
		for _, j := range ht.subtitle {
			sb.add(st.ps[j].start, st.ps[j].end)
		}
		b.Subtitle, _, _ = sb.text()
	}
	return b
}

func (st *state) fieldBlock(i int) Block {
	p := &st.ps[i]
	b := Block{Kind: Field, Span: Span{p.start, p.end}, Label: p.extra.label, LabelText: p.extra.labelText}
	vs, ve := p.textStart, p.end
	if j, ok := st.values[i]; ok {
		vs, ve = st.ps[j].start, st.ps[j].end
		b.Span.End = ve
	}
	tb := textBuilder{src: st.src}
	tb.add(vs, ve)
	tb.set(&b)
	b.Value = b.Text
	if vs < ve {
		b.ValueSpan = Span{vs, ve}
	} else {
		b.ValueSpan = Span{ve, ve}
	}
	return b
}

// withAbsorbed widens s over the pieces next to from..to that pieces of
// from..to absorbed (copies of a heading, title lines), so that a piece
// turned into furniture or grouped into a table takes them along.
func (st *state) withAbsorbed(from, to int, s Span) Span {
	owned := func(j int) bool {
		return st.ps[j].kind == pAbsorbed && int(st.ps[j].owner) >= from && int(st.ps[j].owner) <= to
	}
	for j := from - 1; j >= 0 && owned(j); j-- {
		s.Start = st.ps[j].start
	}
	for j := to + 1; j < len(st.ps) && owned(j); j++ {
		s.End = st.ps[j].end
	}
	return s
}

func (st *state) groupBlock(g *group) Block {
	b := Block{Kind: g.kind, Span: st.withAbsorbed(g.from, g.to, Span{st.ps[g.from].start, st.ps[g.to].end}), Rows: g.rows, Entries: g.entries}
	if g.kind == TOC {
		inferTOCLevels(b.Entries)
	}
	return b
}

// shortLine: fewer than 16 characters, far from any page's margin, and
// reading as a name rather than part of a sentence (no は, を, が, に, not
// ending in kana).
func shortLine(s string) bool {
	if len(s) >= 16*3 || runeCount(s) >= 16 || strings.ContainsAny(s, "はをがに、") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !(last >= 0x3041 && last <= 0x309f) || strings.HasSuffix(s, "くり") || strings.HasSuffix(s, "まち")
}

// endsInFigure: an indicator line closing with a figure and its unit or
// comparator (…38.2分→35分以内, 現状42%→目標50%): complete, not wrapped.
func endsInFigure(s string) bool {
	s = strings.TrimRightFunc(s, isSpace)
	cmp := false
	for _, c := range []string{"以内", "以上", "以下", "未満", "程度"} {
		if t, ok := strings.CutSuffix(s, c); ok {
			s, cmp = t, true
		}
	}
	// an indicator line: a comparator at the end, or KPI notation in it
	// (three Contains: each a vectorized byte search, where ContainsAny
	// looks up every rune of the line in the set)
	if !cmp && !strings.Contains(s, "→") && !strings.Contains(s, "＝") && !strings.Contains(s, "⇒") {
		return false
	}
	// up to three unit characters after the last digit
	n := 0
	for s != "" && n <= 3 {
		r, w := utf8.DecodeLastRuneInString(s)
		if jtext.IsDigitRune(r) {
			return true
		}
		if isSpace(r) || r == '。' || r == '、' {
			return false
		}
		s = s[:len(s)-w]
		n++
	}
	return false
}

// unwrapRound removes the round brackets around a whole block word
// (（現状と課題） → 現状と課題); a bracketed note after the word stays
// (重要業績評価指標（KPI）).
func unwrapRound(s string) string {
	for _, pr := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutPrefix(s, pr[0]); ok {
			if in, ok = strings.CutSuffix(in, pr[1]); ok && !strings.ContainsAny(in, "（）()") {
				return strings.TrimSpace(in)
			}
		}
	}
	return s
}
