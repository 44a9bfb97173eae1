package parse

import (
	"bytes"
	"io"
	"strings"

	"github.com/policygoal/policygoal/goal"
)

// The level names LoadOutline writes into goal.Node.Level. Counted headings
// keep their own counter as level: 第N編 → 編, 第N部 → 部, 第N章 → 章 (chapter),
// 第N節 → 節 (section), 第N款 → 款. Zones take the suffix of their name
// (北部ゾーン → ゾーン, 中央地区 → 地区).
const (
	// LevelBlock is an unnumbered block: 現状と課題 (current state and
	// issues), 施策展開 (policy measures), or the ◉ vision bullets at the
	// head of a chapter (no title). Node.Kind says which.
	LevelBlock = "ブロック"
	// LevelMeasure is a numbered measure (施策) inside a 施策展開 block.
	LevelMeasure = "施策"
	// LevelPart is a heading numbered 「1 …」 outside a 施策展開 block
	// (大項目, major item).
	LevelPart = "大項目"
	// LevelSubpart is a heading numbered 「(1) …」 outside a 施策展開 block
	// (中項目, middle item).
	LevelSubpart = "中項目"
	// LevelTheme is a theme: a short heading, one goal sentence, bullets.
	LevelTheme = "テーマ"
	// LevelHeading is a short unnumbered heading followed directly by bullets.
	LevelHeading = "見出し"
	// LevelPreamble holds text that stands before the first heading.
	LevelPreamble = "前文"
)

const outlineDocument = "plan outline"

// LoadOutline reads a plan chapter as text (UTF-8 with or without a byte
// order mark, or Shift_JIS; see WithEncoding) into a plan tree, with the
// targets of every statement found by a default Parser. It is
// (*Parser).LoadOutline with a Parser from New().
func LoadOutline(r io.Reader, opts ...LoadOption) (*goal.Plan, error) {
	p, err := New()
	if err != nil {
		return nil, err
	}
	return p.LoadOutline(r, opts...)
}

// LoadOutline reads a plan chapter as text into a plan tree; p finds the
// targets of each statement. It reads the conventions of Japanese municipal
// plans as PDF extraction leaves them:
//
//   - counted headings 第N章 (chapter) and 第N節 (section), also spaced
//     (「第 1 章」) and with full-width digits, their title on the same line,
//     on the line(s) above the number (the first line is the title, the rest
//     the subtitle), or on the lines below (an English line there becomes
//     the subtitle; a repeat of it such as 「04 PROMOTION OF THE PLAN」 is
//     dropped). A section listed twice — in a chapter's table of contents
//     and at its own heading — is one node;
//   - ◉ vision bullets, gathered in a vision block (LevelBlock, BlockVision)
//     under the chapter, and a line （…より） naming where they are quoted
//     from, kept as the Source of the node it stands under;
//   - the blocks 現状と課題 (BlockIssues, ● bullets) and 施策展開
//     (BlockMeasures) with numbered measures 「1 …」/「(1) …」 (LevelMeasure)
//     and their ❖ bullets. When the extraction moved the measure headings
//     away from their bullets, bullet groups separated by blank lines belong
//     to the measures in order (see measureBlock.resolve for the rule);
//   - outside 施策展開, 「1 …」 headings (LevelPart) and 「(1) …」 headings
//     (LevelSubpart), assumed to nest in that order; paragraphs become the
//     statements of the heading above them;
//   - themes (LevelTheme, BlockTheme): a short heading line, one goal
//     sentence (Node.Goal), then bullets (「- ・」, ・, ○ …); a short heading
//     followed directly by bullets is a LevelHeading node (BlockBullets);
//   - a statement listing two or more quoted area names ending in ゾーン,
//     エリア, 地区 or 地域 (「北部ゾーン」、「中央ゾーン」…, the zones of a
//     地域区分, area division) gives its node one BlockZone child per name;
//   - a line that starts with an ideographic space U+3000 continues the
//     statement before it, even across blank lines and headings (a sentence
//     split by moved headings); a line with no indentation continues the
//     bullet right above it when that bullet has not ended (no 。) and the
//     line is a sentence end or long;
//   - glossary marks: an asterisk right after a word (NPO*, ICT*) is removed
//     from the statement text (target spans still point into the document).
//
// What is ignored: blank lines, indentation, repeated English title lines;
// anything else that is not a heading is kept as a statement somewhere, with
// text before the first heading in a LevelPreamble node.
//
// Spans and lines refer to the input: byte offsets into it for UTF-8 (a
// byte order mark counted), into the decoded UTF-8 text for Shift_JIS.
// A statement joined from several lines has the span from its first to its
// last byte; its targets' Text is the input under their span.
//
// Errors are *LoadError (with line and column where there is one) wrapping
// ErrRead (the reader failed), ErrTooLong (more than WithMaxDocument bytes,
// or a statement longer than p accepts), ErrEncoding (bytes invalid in the
// encoding), ErrSyntax (a NUL byte: binary data, not text) or ErrNoContent
// (nothing but blank lines); a bad option is an *OptionError. A nil Plan is
// returned only with an error.
func (p *Parser) LoadOutline(r io.Reader, opts ...LoadOption) (*goal.Plan, error) {
	c, err := newLoadConfig(opts)
	if err != nil {
		return nil, err
	}
	var head bomRecorder
	if r != nil {
		head.r = r
		r = &head
	}
	text, err := readDocument(r, c, outlineDocument)
	if err != nil {
		if le, ok := err.(*LoadError); ok && head.bom() && le.Offset > 0 {
			le.Offset += len(utf8BOM)
		}
		return nil, err
	}
	base := 0
	if head.bom() && c.encoding != EncodingShiftJIS {
		base = len(utf8BOM)
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		e := loadErrorAt(outlineDocument, text, i, ErrSyntax, "NUL byte: binary data, not a plan text")
		e.Offset += base
		return nil, e
	}
	if strings.TrimSpace(strings.ReplaceAll(text, "\u3000", " ")) == "" {
		return nil, &LoadError{Document: outlineDocument, Err: ErrNoContent, Detail: "no text"}
	}
	b := newOutlineBuilder(text, classifyOutline(text))
	b.run()
	if err := b.finish(p, base); err != nil {
		return nil, err
	}
	readFrontMatter(b.plan)
	return b.plan, nil
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

// finish turns every gathered statement into a goal.Statement with its
// targets, and adds the zones the statements list. Node spans get base.
func (b *outlineBuilder) finish(p *Parser, base int) error {
	var err error
	b.plan.Walk(func(n *goal.Node, _ []*goal.Node) bool {
		if err != nil {
			return false
		}
		if n.Line > 0 {
			n.Span.Start += base
			n.Span.End += base
		}
		if g := b.goals[n]; g != nil {
			st, ok, e := g.finish(p, b.doc, base)
			if e != nil {
				err = b.statementError(g, e)
				return false
			}
			if ok {
				n.Goal = st
			}
		}
		for _, sb := range b.stmts[n] {
			st, ok, e := sb.finish(p, b.doc, base)
			if e != nil {
				err = b.statementError(sb, e)
				return false
			}
			if ok {
				n.Statements = append(n.Statements, st)
			}
			b.addZones(n, sb)
		}
		return true
	})
	return err
}

func (b *outlineBuilder) statementError(sb *statementBuilder, e error) error {
	le := loadErrorAt(outlineDocument, b.doc, sb.start, ErrTooLong, e.Error())
	if ie, ok := e.(*InputError); ok {
		le.Err = ie.Err
	}
	return le
}
