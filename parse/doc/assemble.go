package doc

import "strings"

// assemble turns pieces into blocks, joining continuation lines.
func (st *state) assemble() {
	d := st.d
	d.Blocks = make([]Block, 0, len(st.ps)/2+1)
	open := -1       // block index of the open paragraph or bullet
	between := false // a heading, table or field came after the open block
	furn := false    // page furniture came after the open block
	for i := 0; i < len(st.ps); i++ {
		p := &st.ps[i]
		if gi, in := st.gOf[i]; in {
			g := &st.groups[gi]
			if g.from == i {
				d.Blocks = append(d.Blocks, st.groupBlock(g))
				between = true
			}
			continue
		}
		switch p.kind {
		case pAbsorbed:
			continue
		case pFurniture:
			d.Furniture = append(d.Furniture, Span{p.start, p.end})
			furn = true
		case pUnread:
			d.Unread = append(d.Unread, Span{p.start, p.end})
		case pHeading:
			d.Blocks = append(d.Blocks, st.headingBlock(i))
			between = true
		case pField, pLabelOnly:
			d.Blocks = append(d.Blocks, st.fieldBlock(i))
			between = true
		case pRow:
			// a lone row outside any table
			d.Blocks = append(d.Blocks, st.paragraph(i, Paragraph))
			open, between = len(d.Blocks)-1, false
		case pBullet:
			d.Blocks = append(d.Blocks, st.paragraph(i, Bullet))
			open, between = len(d.Blocks)-1, false
		case pText:
			if open >= 0 && st.continues(&d.Blocks[open], p, between, furn) {
				if between {
					b := st.paragraph(i, Paragraph)
					b.Continued = true
					d.Blocks = append(d.Blocks, b)
					open, between = len(d.Blocks)-1, false
				} else {
					st.extend(&d.Blocks[open], p)
				}
				continue
			}
			d.Blocks = append(d.Blocks, st.paragraph(i, Paragraph))
			open, between = len(d.Blocks)-1, false
		}
		if p.kind == pText || p.kind == pBullet || p.kind == pRow {
			furn = false
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

// continues reports whether text piece p continues the open block: a line
// starting with an ideographic space after an unfinished sentence (across
// blank lines, page furniture and headings), or a line right below an
// unfinished sentence.
func (st *state) continues(b *Block, p *piece, between, furn bool) bool {
	if !p.first || b.Kind != Paragraph && b.Kind != Bullet || endsSentence(b.Text) {
		return false
	}
	adjacent := !between && !p.blankBefore && !p.runTogether && b.Span.End < p.start && st.d.Line(b.Span.End)+1 == p.line
	if adjacent || p.indent && furn && !between {
		return true // a sentence broken at a page end goes on after the footer
	}
	// Across blank lines, page furniture or headings only a line that
	// starts with an ideographic space and goes on mid-sentence (　に取り組み
	// ます。): an indented line that starts a sentence is a new paragraph.
	return p.indent && midSentence(st.src[p.textStart:p.end])
}

// sentenceParticles start the second half of a broken sentence.
var sentenceParticles = []string{"に", "を", "が", "は", "と", "で", "へ", "も", "や", "の", "より", "から", "まで", "ため", "など", "し、", "する", "して", "され", "させ", "ます", "です", "ない", "れる", "られ", "、", "。"}

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
	b.Text, b.segs = tb.text()
	return b
}

// extend joins piece p to block b.
func (st *state) extend(b *Block, p *piece) {
	if len(b.Parts) == 0 {
		b.Parts = []Span{b.Span}
	}
	if last := &b.Parts[len(b.Parts)-1]; strings.TrimSpace(strings.ReplaceAll(st.src[last.End:p.start], "\u3000", "")) == "" {
		last.End = p.end
	} else {
		b.Parts = append(b.Parts, Span{p.start, p.end})
	}
	b.Span.End = p.end
	tb := textBuilder{src: st.src, segs: b.segs}
	tb.b.WriteString(b.Text)
	if n := len(b.Text); n > 0 {
		tb.last = rune(b.Text[n-1])
	}
	tb.add(p.textStart, p.end)
	b.Text, b.segs = tb.text()
	if len(b.Parts) == 1 {
		b.Parts = nil
	}
}

func (st *state) headingBlock(i int) Block {
	p := &st.ps[i]
	b := Block{Kind: Heading, Span: Span{p.start, p.end}, Head: Span{p.start, p.end}, Number: p.num.number, Style: p.num.style,
		Ordinal: p.num.ordinal, Word: p.word}
	b.rank = p.num.rank
	if b.Style == "" {
		b.Style = "word"
	}
	if b.Style == "word" || b.Style == "title" {
		b.rank = -1
	}
	// the pieces absorbed into this heading (repeats, title lines) widen it
	for j := i - 1; j >= 0 && st.ps[j].kind == pAbsorbed && st.ps[j].owner == i; j-- {
		b.Span.Start = st.ps[j].start
	}
	for j := i + 1; j < len(st.ps) && st.ps[j].kind == pAbsorbed && st.ps[j].owner == i; j++ {
		b.Span.End = st.ps[j].end
	}
	tb := textBuilder{src: st.src}
	ht, has := st.titles[i]
	switch {
	case has && len(ht.title) > 0 && ht.title[0] == i:
		// the title goes on onto the next line(s)
		tb.add(p.textStart+p.num.end, p.end)
		for _, j := range ht.title[1:] {
			tb.add(st.ps[j].start, st.ps[j].end)
		}
	case has:
		for _, j := range ht.title {
			tb.add(st.ps[j].start, st.ps[j].end)
		}
	case p.num.style == "" || p.num.style == "word":
		tb.add(p.textStart, p.end)
		b.Text, b.segs = tb.text()
		b.Title = strings.Trim(b.Text, "【】［］[]〈〉<>＜＞《》〔〕■□◆◇●○◎◉▶▷►❖★☆:： \u3000")
		return b
	default:
		tb.add(p.textStart+p.num.end, p.end)
	}
	b.Text, b.segs = tb.text()
	b.Title = b.Text
	if has && len(ht.subtitle) > 0 {
		sb := textBuilder{src: st.src}
		for _, j := range ht.subtitle {
			sb.add(st.ps[j].start, st.ps[j].end)
		}
		b.Subtitle, _ = sb.text()
	}
	return b
}

func (st *state) fieldBlock(i int) Block {
	p := &st.ps[i]
	b := Block{Kind: Field, Span: Span{p.start, p.end}, Label: p.label, LabelText: p.labelText}
	vs, ve := p.textStart, p.end
	if p.kind == pLabelOnly {
		if j := i + 1; j < len(st.ps) && st.ps[j].kind == pText && st.ps[j].first {
			st.absorb(j, i)
			vs, ve = st.ps[j].start, st.ps[j].end
			b.Span.End = ve
		}
	}
	tb := textBuilder{src: st.src}
	tb.add(vs, ve)
	b.Text, b.segs = tb.text()
	b.Value = b.Text
	if vs < ve {
		b.ValueSpan = Span{vs, ve}
	} else {
		b.ValueSpan = Span{ve, ve}
	}
	return b
}

func (st *state) groupBlock(g *group) Block {
	b := Block{Kind: g.kind, Span: Span{st.ps[g.from].start, st.ps[g.to].end}, Rows: g.rows, Entries: g.entries}
	if g.kind == TOC {
		inferTOCLevels(b.Entries)
	}
	return b
}
