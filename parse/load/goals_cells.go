package load

import (
	"github.com/policygoal/policygoal/parse/doc"
)

// A table flattened one cell per line, as PDF text extraction leaves it:
//
//	部局
//	課等
//	重点目標
//	環境部
//	環境政策課
//	脱炭素の推進
//
// The header is a run of lines that are each a column's header word (at
// least one unit column and one other); the rows follow in groups of as
// many lines, as long as each group's unit cells name units.

// cellSpan is a byte range of the source that a flattened table took.
type cellSpan struct{ start, end int }

// cellTables reads the tables flattened one cell per line and returns the
// source ranges they cover; the blocks there are read already.
func (g *goalsLoader) cellTables() []cellSpan {
	lines := textLines(g.d, 0, len(g.d.Source))
	var covered []cellSpan
	for i := 0; i < len(lines); {
		cols, n := g.cellHeader(lines[i:])
		if n == 0 {
			i++
			continue
		}
		var rows []doc.Row
		j := i + n
		for j+n <= len(lines) && g.cellRow(cols, lines[j:j+n]) {
			r := doc.Row{Span: doc.Span{Start: lines[j].span.Start, End: lines[j+n-1].span.End}}
			for _, ln := range lines[j : j+n] {
				r.Cells = append(r.Cells, doc.Cell{Span: ln.span, Text: ln.text})
			}
			rows = append(rows, r)
			j += n
			// a repeated header between rows
			if _, m := g.cellHeader(lines[j:]); m == n {
				j += n
			}
		}
		if len(rows) == 0 {
			i++
			continue
		}
		var last []string
		for _, r := range rows {
			if !g.tableRow(r, cols, &last) {
				g.u.unreadSpan(r.Span)
			}
		}
		covered = append(covered, cellSpan{lines[i].span.Start, lines[j-1].span.End})
		i = j
	}
	return covered
}

// cellHeader reads a header of one cell per line at the start of lines:
// its columns and its number of lines (0 when there is none).
func (g *goalsLoader) cellHeader(lines []srcLine) (tableColumns, int) {
	var cols tableColumns
	org, other := false, false
	for _, ln := range lines {
		if runes(ln.text) > 12 {
			break
		}
		c, ok := g.columnOf(ln.text)
		if !ok {
			break
		}
		cols = append(cols, c)
		if c.Role == RoleOrg {
			org = true
		} else {
			other = true
		}
		if len(cols) >= 8 {
			break
		}
	}
	if len(cols) < 2 || !org || !other {
		return nil, 0
	}
	return cols, len(cols)
}

// cellRow reports whether a group of lines is a row: its unit cells name
// units and its other cells are no header words.
func (g *goalsLoader) cellRow(cols tableColumns, lines []srcLine) bool {
	for k, ln := range lines {
		if cols[k].Role == RoleOrg {
			if !isOrgName(ln.text) {
				return false
			}
			continue
		}
		if _, isHeader := g.columnOf(ln.text); isHeader {
			return false
		}
	}
	return true
}

// inCells reports whether offset off lies in one of the covered ranges.
func inCells(spans []cellSpan, off int) bool {
	for _, s := range spans {
		if s.start <= off && off < s.end {
			return true
		}
	}
	return false
}
