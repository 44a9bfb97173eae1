package doc

import (
	"sort"
	"strconv"
)

// Span is a byte range [Start, End) of Document.Source.
type Span struct{ Start, End int }

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Kind is the kind of a block. The zero value is unset.
type Kind uint8

// The kinds of block.
const (
	Heading   Kind = iota + 1 // numbered or worded heading (第1章, 1, (1), ア, 現状と課題, 【成果指標】)
	Paragraph                 // prose (continuation lines joined)
	Bullet                    // a statement introduced by a marker (●, ・, ❖, - ・, or a number before a sentence)
	Field                     // labelled field: 【日時】…, 日時：…, 「1 日時 …」, label line + value line
	Table                     // rows and cells
	TOC                       // a table of contents (目次): entries without page numbers or dot leaders
)

var kindNames = [...]string{"", "heading", "paragraph", "bullet", "field", "table", "toc"}

// String returns heading, paragraph, bullet, field, table or toc; Kind(n) for
// other values.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Block is one unit of the document's structure.
type Block struct {
	Kind Kind
	// beside Kind, in the room its alignment leaves (a document holds a
	// block per paragraph, bullet and heading)
	dirty bool // Text is still to be made from the segments
	// Span covers the block in Source, from its first to its last byte. For a
	// block joined from parts that other text separates (a sentence broken by
	// a page footer), Parts lists the pieces and Span covers them all.
	Span Span
	// Parts are the source ranges the block is made of, in order, when there
	// are several (continuation lines); nil when Span alone is the block.
	Parts []Span
	// Line is the 1-based line of Span.Start; for a heading, of Head.Start.
	Line int
	// Head is a heading's own line: its number and the title on that line.
	// Span may reach further: title lines above or below a 第N章 standing
	// alone, copies of a heading repeated right before it.
	Head Span
	// Text is the repaired text: repeats collapsed, in-word spaces and
	// glossary marks (NPO*) removed, continuation lines joined without a
	// separator, markers removed. For a heading it is the title, for a field
	// its value. SourceSpan maps ranges of Text back to Source.
	Text string

	// Number is a heading's numbering as written, trimmed (第１章, (1), ア,
	// 2-3-1, 基本目標1); "" for worded headings.
	Number string
	// Style is the numbering style: "第N章", "第N節", "第N", "N", "N.", "N)",
	// "(N)", "①", "ア", "ア.", "(ア)", "a", "(a)", "Ⅰ", "〔N〕", "【N】", "N-N",
	// "N-N-N", a plan word with "N" (基本目標N, 施策N), "word" for a block
	// word (現状と課題), "title" for a short unnumbered heading line.
	Style string
	// Ordinal is the normalized number: 第１章 → [1], 2-3-1 → [2 3 1], ア →
	// [1]; nil for worded headings.
	Ordinal []int
	// Level is the inferred level, 1 = top.
	Level int
	// Title is the heading's title (repaired); "" when the text gives none.
	Title string
	// Subtitle is a second title line: the long form above a 第N章 or an
	// English title below it; "" when there is none.
	Subtitle string
	// Word is the canonical block word of a worded heading, or of a heading
	// whose title is a block word (1 現状と課題 → 現状と課題); "" otherwise.
	Word string
	// Continued reports that this block continues the sentence of the
	// previous Paragraph or Bullet block, from which headings separate it (a
	// line starting with an ideographic space after a heading).
	Continued bool

	// Marker is a bullet's marker as written (●, ・, - ・, (1)).
	Marker string

	// Label is a field's canonical label (日時), from the label table.
	Label string
	// LabelText is the label as written (開催日時, 日　時).
	LabelText string
	// Value is the field's value (repaired, equal to Text); multi-line
	// values are joined without a separator.
	Value     string
	ValueSpan Span

	// Rows are a table's rows, header rows included (Row.Header).
	Rows []Row

	// Entries are a table of contents' entries.
	Entries []TOCEntry

	seg0 seg   // Text → Source: the first segment
	segs []seg // the segments after the first
	rank int   // default rank of a heading's style; -1 for none
}

// Row is one row of a table.
type Row struct {
	Span   Span
	Header bool
	Cells  []Cell
}

// Cell is one cell of a table row; Text is trimmed and repaired.
type Cell struct {
	Span Span
	Text string
	// Parts are the pieces of a cell of a box-drawn table that spans
	// several lines (its Text joins theirs with "\n"; Span runs from the
	// first to the last); nil for a cell of one piece.
	Parts []Span
}

// TOCEntry is one entry of a table of contents, without its page number and
// dot leaders. Level is inferred among the entries as for headings; Page is 0
// when the entry gives none. Matched reports that a body heading with the
// same number and title follows.
type TOCEntry struct {
	Span    Span
	Number  string
	Style   string
	Title   string
	Level   int
	Page    int
	Matched bool

	rank int
}

// Label is a field label and the other ways documents write it.
type Label struct {
	Name     string
	Synonyms []string
}

// Document is the result of Read.
type Document struct {
	// Source is the text given to Read; every Span indexes it.
	Source string
	// Blocks are in document order.
	Blocks []Block
	// Furniture lists page furniture dropped: breadcrumbs, page numbers,
	// running headers and footers, navigation phrases.
	Furniture []Span
	// Unread lists non-blank text that fits nothing (a line of symbols, a
	// page number left between blocks…). Every non-blank byte of Source is in
	// exactly one of a block's parts, a furniture span or an unread span.
	Unread []Span

	lineStarts []int
}

// Line returns the 1-based line of byte offset off in Source. LF, CRLF and
// CR each end a line. Offsets outside Source are clamped.
func (d *Document) Line(off int) int {
	if d == nil {
		return 0
	}
	i := sort.SearchInts(d.lineStarts, off+1)
	if i < 1 {
		return 1
	}
	return i
}

// BlockParts returns the source ranges of b: b.Parts, or b.Span alone.
func BlockParts(b *Block) []Span {
	if len(b.Parts) > 0 {
		return b.Parts
	}
	return []Span{b.Span}
}

// Coverage returns the share of the non-blank, non-furniture bytes of Source
// that lie in blocks for which used returns true (every block when used is
// nil). A document with no such bytes has coverage 1.
func (d *Document) Coverage(used func(Block) bool) float64 {
	total := 0
	for _, u := range d.Unread {
		total += nonBlankBytes(d.Source[u.Start:u.End])
	}
	in := 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		n := 0
		for _, p := range BlockParts(b) {
			n += nonBlankBytes(d.Source[p.Start:p.End])
		}
		total += n
		if used == nil || used(*b) {
			in += n
		}
	}
	if total == 0 {
		return 1
	}
	return float64(in) / float64(total)
}

// SourceSpan maps the byte range [start, end) of b.Text back to a Span of
// Source covering every source byte that produced those text bytes, and
// whatever was removed between them (in-word spaces, line breaks). Ranges
// are clamped to b.Text; an empty range maps to an empty span at its place.
func (d *Document) SourceSpan(b *Block, start, end int) Span {
	if b == nil {
		return Span{}
	}
	return d.TextMap(b).SourceSpan(start, end)
}

// TextMap is the map from a block's Text back to Source that SourceSpan
// uses, as a value that holds no reference to the block: a loader that keeps
// the maps of the few blocks it still needs can let the document's blocks
// go. The zero TextMap maps everything to Span{}.
type TextMap struct {
	first seg   // the first segment
	more  []seg // the segments after the first
	n     int   // bytes of Text
	at    int   // where an empty text stands in Source
}

// TextMap returns the map of b's Text; b must be a block of d.
func (d *Document) TextMap(b *Block) TextMap {
	if b == nil {
		return TextMap{}
	}
	return TextMap{first: b.seg0, more: b.segs, n: len(b.Text), at: b.Span.Start}
}

// SourceSpan maps the byte range [start, end) of the block's Text to Source
// as Document.SourceSpan does.
func (m TextMap) SourceSpan(start, end int) Span {
	if m.first.n == 0 {
		return Span{m.at, m.at}
	}
	start = max(0, min(start, m.n))
	end = max(start, min(end, m.n))
	s := srcAt(m.first, m.more, start, false)
	if end == start {
		return Span{s, s}
	}
	return Span{s, srcAt(m.first, m.more, end, true)}
}

// seg says that Text[t:t+n] was copied from Source[s:s+n].
type seg struct{ t, s, n int }

// srcAt maps a text offset to a source offset; atEnd maps an exclusive end.
func srcAt(first seg, more []seg, off int, atEnd bool) int {
	inFirst := off < first.n || atEnd && off == first.n
	if inFirst || len(more) == 0 {
		return first.s + min(off, first.n)
	}
	segs := more
	i := sort.Search(len(segs), func(i int) bool {
		if atEnd {
			return segs[i].t+segs[i].n >= off
		}
		return segs[i].t+segs[i].n > off
	})
	if i == len(segs) {
		last := segs[len(segs)-1]
		return last.s + last.n
	}
	g := segs[i]
	if off < g.t {
		return g.s
	}
	return g.s + off - g.t
}
