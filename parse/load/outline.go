package load

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jsonindent"
	"github.com/policygoal/policygoal/parse"
)

// The level names LoadOutline writes into goal.Node.Level. Plan units keep
// their own counter as level: 第N編 → 編, 第N部 → 部, 第N章 → 章 (chapter),
// 第N節 → 節 (section), 第N款 → 款; plan words theirs (基本目標1 → 基本目標,
// 施策2 → 施策). Zones take the suffix of their name (北部ゾーン → ゾーン).
const (
	// LevelBlock is an unnumbered block: 現状と課題 (current state and
	// issues), 施策展開 (policy measures), 成果指標 …, or the ◉ vision
	// bullets at the head of a chapter (no title). Node.Kind says which.
	LevelBlock = "ブロック"
	// LevelMeasure is a numbered measure (施策) inside a 施策展開 block.
	LevelMeasure = "施策"
	// LevelPart is a heading numbered 「1 …」, 「1.」, 「Ⅰ」 or 「第1」 (大項目,
	// major item).
	LevelPart = "大項目"
	// LevelSubpart is a heading numbered 「(1) …」, 「①」, 「〔1〕」, 「1-1」
	// (中項目, middle item).
	LevelSubpart = "中項目"
	// LevelItem is a heading numbered 「ア」, 「(ア)」, 「a」, 「1-1-1」 (小項目,
	// small item).
	LevelItem = "小項目"
	// LevelTheme is a theme: a short heading, one goal sentence, bullets.
	LevelTheme = "テーマ"
	// LevelHeading is a short unnumbered heading not followed by a goal
	// sentence (with bullets: Kind BlockBullets).
	LevelHeading = "見出し"
	// LevelPreamble holds text that stands before the first heading.
	LevelPreamble = "前文"
)

// Outline is a plan read by LoadOutline: the tree, and what the loader could
// not place.
type Outline struct {
	Plan *goal.Plan
	// Unread lists the text placed nowhere in the tree (a line of symbols,
	// a stray fragment), one entry per line, in document order; empty when
	// everything was read.
	Unread []Unread
	// Coverage is the share of the document's non-blank bytes, page
	// furniture (breadcrumbs, page numbers, running headers) excluded, that
	// ended up in the tree: 1 when nothing is unread.
	Coverage float64
}

// MarshalJSON writes the plan's JSON (see goal.Plan.MarshalJSON) with two
// more members at the end: "unread", an array of
// {"line","text","start","end"} ([] when empty), and "coverage", a number
// from 0 to 1 rounded to three decimals.
func (o Outline) MarshalJSON() ([]byte, error) {
	p := o.Plan
	if p == nil {
		p = &goal.Plan{}
	}
	pj, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	un := o.Unread
	if un == nil {
		un = []Unread{}
	}
	uj, err := json.Marshal(un)
	if err != nil {
		return nil, err
	}
	cov := float64(int(o.Coverage*1000+0.5)) / 1000
	cj, _ := json.Marshal(cov)
	var b bytes.Buffer
	b.Write(pj[:len(pj)-1])
	b.WriteString(`,"unread":`)
	b.Write(uj)
	b.WriteString(`,"coverage":`)
	b.Write(cj)
	b.WriteByte('}')
	return b.Bytes(), nil
}

// WriteJSON writes o in the form MarshalJSON gives it, indented by two
// spaces and followed by a newline — the bytes json.Encoder writes with
// SetIndent("", "  ") — one top-level node at a time, so that writing
// holds one chapter's JSON rather than the whole plan's.
func (o Outline) WriteJSON(w io.Writer) error {
	p := o.Plan
	if p == nil {
		p = &goal.Plan{}
	}
	head := *p
	head.Nodes = nil
	hj, err := json.Marshal(head)
	if err != nil {
		return err
	}
	const emptyNodes = `"nodes":[]}`
	if !bytes.HasSuffix(hj, []byte(emptyNodes)) {
		return fmt.Errorf("load: outline JSON: the plan's fields do not end with its nodes")
	}
	un := o.Unread
	if un == nil {
		un = []Unread{}
	}
	uj, err := json.Marshal(un)
	if err != nil {
		return err
	}
	cj, _ := json.Marshal(float64(int(o.Coverage*1000+0.5)) / 1000)
	bw := bufio.NewWriter(w)
	iw := jsonindent.New(bw, "", "  ")
	iw.Write(hj[:len(hj)-len(emptyNodes)])
	iw.Write([]byte(`"nodes":[`))
	for i, n := range p.Nodes {
		if i > 0 {
			iw.Write([]byte{','})
		}
		nj, err := json.Marshal(n)
		if err != nil {
			return err
		}
		iw.Write(nj)
	}
	iw.Write([]byte(`],"unread":`))
	iw.Write(uj)
	iw.Write([]byte(`,"coverage":`))
	if _, err := iw.Write(append(cj, '}')); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (o *Outline) UnmarshalJSON(data []byte) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	var out Outline
	if raw, ok := fields["unread"]; ok {
		if err := json.Unmarshal(raw, &out.Unread); err != nil {
			return err
		}
		delete(fields, "unread")
	}
	if raw, ok := fields["coverage"]; ok {
		if err := json.Unmarshal(raw, &out.Coverage); err != nil {
			return err
		}
		delete(fields, "coverage")
	}
	delete(fields, "kind") // "plan", as examples/load writes it
	// the rest is the plan, which refuses members it does not know
	rest, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	out.Plan = &goal.Plan{}
	if err := json.Unmarshal(rest, out.Plan); err != nil {
		return err
	}
	*o = out
	return nil
}

// outlineReaders is the default structure reader of LoadOutline, made once.
var outlineReaders sharedReader

// LoadOutline reads a plan (計画) — a chapter, a strategy, a whole plan with
// its table of contents — as text extracted from a PDF or a web page into a
// tree of headings and statements, with the targets of every statement.
//
// Structure comes from package parse/doc: headings with their inferred
// levels (第N章 → 第N節 → 1 → (1) → ア, in whatever order the document uses
// them), block words (現状と課題, 施策展開, 成果指標 …), bullets, paragraphs
// with their continuation lines, tables (each row a statement), a table of
// contents (the outline itself when the text has no body), page furniture
// (dropped). On top of that the plan conventions:
//
//   - a numbered heading under 施策展開 (or 施策の方向, 主な取組 …) is a
//     measure (LevelMeasure, BlockMeasure). When the extraction moved the
//     measure headings away from their bullets, the bullet groups separated
//     by blank lines belong to the measures in order (see measureBlock);
//   - ◉ vision bullets gather in a vision block (BlockVision) under the
//     heading above them; a line （…より） naming where they are quoted from
//     is that block's Source;
//   - a short unnumbered heading, one sentence, then bullets is a theme
//     (LevelTheme, BlockTheme) with the sentence as Goal; followed directly
//     by bullets, a LevelHeading node (BlockBullets); a paragraph after a
//     theme's bullets belongs to the theme's parent;
//   - a sentence the extraction split around headings (its second half a
//     line starting with an ideographic space after them) is one statement;
//   - a statement listing two or more quoted area names ending in ゾーン,
//     エリア, 地区 or 地域 gives its node one BlockZone child per name, and a
//     short heading naming a zone is a zone;
//   - before the first heading: the plan's title (a short line ending in
//     計画, プラン, ビジョン, 戦略 or 構想), its edition (第2期), issuer (the
//     name up to 市, 町 …) and period (the first fiscal-year range, read by
//     parse's date recognizer: 令和3年度～令和12年度, 2016∼2025年度); other
//     text is a LevelPreamble node.
//
// Spans and lines refer to the input: byte offsets into it for UTF-8 (a byte
// order mark counted), into the decoded UTF-8 text for Shift_JIS. Errors are
// *Error values wrapping parse.ErrRead, parse.ErrTooLong (the document, or a
// statement longer than the parser accepts), parse.ErrEncoding (invalid
// bytes, never replaced), parse.ErrSyntax (a NUL byte: binary data) or
// parse.ErrNoContent (nothing but blank lines); a bad option is a
// *parse.OptionError. A nil Outline is returned only with an error.
func LoadOutline(r io.Reader, opts ...Option) (*Outline, error) {
	var head bomRecorder
	if r != nil {
		head.r = r
		r = &head
	}
	text, c, err := ReadText(r, KindPlan, opts...)
	if err != nil {
		return nil, err
	}
	base := 0
	if head.bom() && c.Encoding != parse.EncodingShiftJIS {
		base = len(utf8BOM)
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		e := &Error{Kind: KindPlan, Err: parse.ErrSyntax, Detail: "NUL byte: binary data, not a plan text", Offset: i + base}
		e.Line, e.Column = position(text, i)
		return nil, e
	}
	if strings.TrimFunc(text, outlineBlank) == "" {
		return nil, &Error{Kind: KindPlan, Err: parse.ErrNoContent, Detail: "no text"}
	}
	rd := c.Reader
	if rd == nil {
		if rd, err = outlineReaders.get(nil); err != nil {
			return nil, err
		}
	}
	d := rd.Read(text)
	b := newOutlineBuilder(d, c.Parser)
	b.run()
	o := &Outline{Unread: b.use.unreadIn(0, -1), Coverage: b.use.coverageIn(0, -1)}
	// The statements hold their blocks' text and text maps: the blocks,
	// several times the document's size, can go before the targets are
	// extracted (when the parser's dictionary may load, too).
	d.Blocks, d.Furniture, d.Unread = nil, nil, nil
	if err := b.finish(); err != nil {
		return nil, err
	}
	o.Plan = b.plan
	if base > 0 {
		shiftOutline(o, base)
	}
	return o, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// bomRecorder passes reads through and keeps the first bytes, to tell
// whether a byte order mark was dropped.
type bomRecorder struct {
	r     io.Reader
	first []byte
}

func (h *bomRecorder) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if k := len(utf8BOM) - len(h.first); k > 0 && n > 0 {
		h.first = append(h.first, p[:min(k, n)]...)
	}
	return n, err
}

func (h *bomRecorder) bom() bool { return bytes.Equal(h.first, utf8BOM) }

// shiftOutline adds base to every span: offsets into the input as given
// when a byte order mark was dropped before reading.
func shiftOutline(o *Outline, base int) {
	sh := func(s *goal.Span) {
		if *s != (goal.Span{}) {
			s.Start += base
			s.End += base
		}
	}
	shSt := func(st *goal.Statement) {
		if st.IsZero() {
			return
		}
		sh(&st.Span)
		for i := range st.Targets {
			sh(&st.Targets[i].Span)
		}
	}
	o.Plan.Walk(func(n *goal.Node, _ []*goal.Node) bool {
		sh(&n.Span)
		shSt(&n.Goal)
		for i := range n.Statements {
			shSt(&n.Statements[i])
		}
		return true
	})
	for i := range o.Unread {
		o.Unread[i].Start += base
		o.Unread[i].End += base
	}
}

// outlineBlank: white space, the ideographic space and a byte order mark.
func outlineBlank(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' }
