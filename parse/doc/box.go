package doc

import (
	"strings"
	"unicode/utf8"
)

// Tables drawn with box-drawing characters (罫線表), as word processors and
// spreadsheet exports to text leave them, keep one logical row on several
// lines between rules, with the label in the middle line and its cell
// empty on the others:
//
//	├──────┼──────────────┤
//	│      │ 開会 午前10時00分   │
//	│日    時│令和6年12月9日（月）  │
//	│      │ 閉会 午前11時52分   │
//	├──────┼──────────────┤
//
// The reader reads each line between the verticals as a row of cells and
// each rule as the end of a logical row; the lines between two rules
// become one Row whose cells join their lines' texts with "\n" and keep the
// pieces they came from in Cell.Parts. The rules are part of the table.

// boxVerticals separate the cells of a box-drawn table's line.
const boxVerticals = "│┃║"

// isBoxRule reports whether s is a rule of a box-drawn table: box-drawing
// characters (U+2500–U+257F) and spaces only, at least one of them a
// horizontal or corner (a line of verticals alone is an empty row).
func isBoxRule(s string) bool {
	rule := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u3000' || r == '\t':
		case r >= 0x2500 && r <= 0x257F:
			if !strings.ContainsRune(boxVerticals, r) {
				rule = true
			}
		default:
			return false
		}
	}
	return rule
}

// boxCells splits a line of a box-drawn table (│日　時│令和6年…│) into its
// cells, the empty ones included (a label left empty continues the one of
// its logical row); nil when the line does not open with a vertical, or
// holds no text.
func boxCells(src string, start, end int) []Span {
	first, _ := utf8.DecodeRuneInString(src[start:end])
	if !strings.ContainsRune(boxVerticals, first) {
		return nil
	}
	var cells []Span
	text := false
	cs := -1
	for i := start; i < end; {
		r, n := decodeRune(src[i:end])
		if strings.ContainsRune(boxVerticals, r) {
			if cs >= 0 {
				a, b := trimSpan(src, cs, i)
				cells = append(cells, Span{a, b})
				text = text || a < b
			}
			cs = i + n
		}
		i += n
	}
	if cs >= 0 && cs < end {
		// no closing vertical: the rest is the last cell
		if a, b := trimSpan(src, cs, end); a < b {
			cells = append(cells, Span{a, b})
			text = true
		}
	}
	if !text {
		return nil
	}
	return cells
}

// mergeBoxRows joins the lines of one logical row of a box-drawn table:
// cell k of the row is cell k of each line, the non-empty ones joined.
func (st *state) mergeBoxRows(lines [][]Span, header bool) Row {
	cols := 0
	for _, l := range lines {
		cols = max(cols, len(l))
	}
	rw := Row{Header: header}
	rw.Span = Span{Start: -1}
	for k := 0; k < cols; k++ {
		var c Cell
		var texts []string
		for _, l := range lines {
			if k >= len(l) || l[k].Start == l[k].End {
				continue
			}
			c.Parts = append(c.Parts, l[k])
			texts = append(texts, st.cellText(l[k]))
		}
		switch len(c.Parts) {
		case 0:
			// an empty cell: where the first line's cell is
			if k < len(lines[0]) {
				c.Span = lines[0][k]
			} else {
				c.Span = Span{lines[0][len(lines[0])-1].End, lines[0][len(lines[0])-1].End}
			}
		case 1:
			c.Span, c.Parts = c.Parts[0], nil
		default:
			c.Span = Span{c.Parts[0].Start, c.Parts[len(c.Parts)-1].End}
		}
		c.Text = strings.Join(texts, "\n")
		rw.Cells = append(rw.Cells, c)
	}
	for _, l := range lines {
		if len(l) == 0 {
			continue
		}
		if rw.Span.Start < 0 || l[0].Start < rw.Span.Start {
			rw.Span.Start = l[0].Start
		}
		rw.Span.End = max(rw.Span.End, l[len(l)-1].End)
	}
	if rw.Span.Start < 0 {
		rw.Span.Start = 0
	}
	return rw
}
