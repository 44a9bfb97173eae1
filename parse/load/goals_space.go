package load

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/parse/doc"
)

// A goal table printed to PDF and extracted as text often keeps one line
// per row with a single space between cells, and prints a bureau's name
// only on its first row:
//
//	部 課 重点目標 目標（達成基準） 主な取組内容
//	総務部 人事課 働き方改革 時間外勤務を月平均10時間以下 業務の見直し
//	情報政策課 DXの推進 オンライン手続を150件以上 電子申請の拡大
//
// The structure reader takes such lines for prose with spaces inside
// words. The goal loader recognizes the header line by its words (three
// or more cells, all but one of them goal columns) and reads the lines
// after it as rows until a line that is none: cells are split at spaces,
// a bracket keeps its spaces inside one cell (（前年度 15.2時間）), units
// missing at the start of a row are left empty (the bureau above carries
// over), and cells beyond the header's count join the last column.

// spaceTable is the state of a space-separated table being read.
type spaceTable struct {
	cols    int // cells in the header row; 0: no table
	orgCols int // unit columns the header starts with
}

// token is one space-separated word of a line, with its source span.
type token struct{ start, end int }

// spaceTokens splits src[s.Start:s.End] at runs of spaces (ASCII or
// ideographic), keeping a bracketed part with its spaces in one token.
func spaceTokens(src string, s doc.Span) []token {
	var out []token
	depth := 0
	start := -1
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(src[i:s.End])
		blank := r == ' ' || r == '\u3000' || r == '\t'
		switch {
		case blank && depth == 0:
			if start >= 0 {
				out = append(out, token{start, i})
				start = -1
			}
		default:
			if start < 0 && !blank {
				start = i
			}
			if strings.ContainsRune("（(「『【〔［[", r) {
				depth++
			} else if strings.ContainsRune("）)」』】〕］]", r) && depth > 0 {
				depth--
			}
		}
		i += n
	}
	if start >= 0 {
		out = append(out, token{start, s.End})
	}
	return out
}

// spaceHeader reports whether a line is the header row of a space-separated
// goal table, and how many unit columns it starts with.
func (g *goalsLoader) spaceHeader(src string, toks []token) (orgCols int, ok bool) {
	if len(toks) < 3 {
		return 0, false
	}
	known, goalish, leading := 0, false, true
	for _, t := range toks {
		col, isCol := g.columnOf(src[t.start:t.end])
		if !isCol {
			leading = false
			continue
		}
		known++
		if col.Role == RoleOrg {
			if leading {
				orgCols++
			}
		} else {
			goalish = true
			leading = false
		}
	}
	return orgCols, goalish && known >= 3 && known >= len(toks)-1
}

// spaceRow reads one line while a space-separated table is open (or opens
// one at its header line); nil when the line is no row, which closes the
// table.
func (g *goalsLoader) spaceRow(ln srcLine) *doc.Row {
	src := g.d.Source
	toks := spaceTokens(src, ln.span)
	if orgCols, ok := g.spaceHeader(src, toks); ok {
		g.space = spaceTable{cols: len(toks), orgCols: orgCols}
		return &doc.Row{Span: ln.span, Header: true, Cells: tokenCells(src, toks)}
	}
	if g.space.cols == 0 {
		return nil
	}
	if len(toks) < 2 || isFurnitureText(ln.text) {
		g.space = spaceTable{}
		return nil
	}
	// units the row names at its start; those it leaves out are the ones
	// above it (the bureau printed once per group)
	named := 0
	for named < len(toks) && named < g.space.orgCols && isOrgName(src[toks[named].start:toks[named].end]) {
		named++
	}
	if named == 0 && g.space.orgCols > 0 {
		g.space = spaceTable{}
		return nil // no unit and no continuation: not a row of this table
	}
	cells := make([]doc.Cell, 0, g.space.cols)
	at := ln.span.Start
	if named > 0 {
		at = toks[0].start
	}
	for k := named; k < g.space.orgCols; k++ {
		cells = append(cells, doc.Cell{Span: doc.Span{Start: at, End: at}})
	}
	cells = append(cells, tokenCells(src, toks[:named])...)
	rest := toks[named:]
	free := g.space.cols - len(cells)
	if len(rest) > free && free > 0 {
		// more words than columns: the last column holds the rest
		last := token{rest[free-1].start, rest[len(rest)-1].end}
		rest = append(rest[:free-1:free-1], last)
	}
	cells = append(cells, tokenCells(src, rest)...)
	return &doc.Row{Span: ln.span, Cells: cells}
}

func tokenCells(src string, toks []token) []doc.Cell {
	out := make([]doc.Cell, len(toks))
	for k, t := range toks {
		out[k] = doc.Cell{Span: doc.Span{Start: t.start, End: t.end}, Text: src[t.start:t.end]}
	}
	return out
}

// hasSpaceHeader: a block holding the header line of a space-separated
// goal table, which the structure reader took for prose.
func (g *goalsLoader) hasSpaceHeader(b *doc.Block) bool {
	for _, ln := range sourceLines(g.d, b) {
		if _, ok := g.spaceHeader(g.d.Source, spaceTokens(g.d.Source, ln.span)); ok {
			return true
		}
	}
	return false
}
