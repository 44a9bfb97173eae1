package load

import (
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse/doc"
)

// PDF text layers often write a table one cell per line:
//
//	指標名
//	現状値（令和4年度）
//	目標値（令和10年度）
//	市民活動団体数
//	152団体
//	180団体
//
// cellLines reads such a table from the source lines, whatever blocks the
// structure reader made of them: a run of two to eight lines that are each
// a header cell (a name column and a figure column among them; an indicator
// heading such as 成果指標 on the line before is its title), then rows of
// as many lines, each row read as a table row under those columns, for as
// long as rows fit (a value cell holding text ends the table). Blank lines
// are skipped.

// maxCellColumns bounds the header run: more header words in a row are
// prose about indicators, not a table's header.
const maxCellColumns = 8

// maxHeaderCellBytes bounds a header cell's line (「目標値（令和10年度）」 is 30
// bytes): a longer line is no header cell and is never searched for words.
const maxHeaderCellBytes = 120

// cellLines reads a table written one cell per line starting at the line
// at offset from. It reports where the table ends and whether there was
// one with at least one row.
func (ir *indicatorReader) cellLines(from int) (end int, ok bool) {
	src := ir.d.Source
	if from < 0 || from >= len(src) || from > 0 && src[from-1] != '\n' && src[from-1] != '\r' {
		return 0, false // only a block that starts a line can start such a table
	}
	if e := strings.IndexAny(src[from:], "\r\n"); e < 0 || e > maxHeaderCellBytes {
		return 0, false // its first line is a short header cell
	}
	lines := ir.sourceLinesFrom(from, 2*maxCellColumns+2)
	if len(lines) < 4 {
		return 0, false
	}
	// the header run
	k := 0
	for k < len(lines) && k < maxCellColumns+1 && len(lines[k].text) <= maxHeaderCellBytes && ir.headerCell(lines[k].text).kind != ColumnUnset {
		k++
	}
	first := 0
	if k >= 3 && ir.headerCell(lines[0].text).kind == ColumnName && ir.headerCell(lines[1].text).kind == ColumnName {
		first = 1 // 成果指標 over 指標名: the table's title
	}
	n := k - first
	if n < 2 || n > maxCellColumns {
		return 0, false
	}
	header := make([]string, n)
	for j := range header {
		header[j] = lines[first+j].text
	}
	cols, okH := ir.headerColumns(header)
	if !okH || cols[0].kind != ColumnName {
		return 0, false
	}
	at := lines[k-1].span.End
	rows := 0
	for {
		row := ir.sourceLinesFrom(min(at+1, len(ir.d.Source)), n) // from the line after
		if len(row) < n {
			break
		}
		cells := make([]string, n)
		for j, ln := range row {
			cells[j] = ln.text
		}
		if ir.headerCell(cells[0]).kind != ColumnUnset {
			break // a header word where a name stands: another table
		}
		ind, fits := ir.rowIndicator(cells, cols)
		if !fits {
			break
		}
		ind.Span = goal.Span{Start: row[0].span.Start, End: row[n-1].span.End}
		ind.Text = ir.d.Source[ind.Span.Start:ind.Span.End]
		ir.add(ind)
		rows++
		at = row[n-1].span.End
	}
	if rows == 0 {
		return 0, false
	}
	return at, true
}

// cellLine is one non-blank source line, trimmed, with its span.
type cellLine struct {
	text string
	span doc.Span
	year bool // a bracketed year on the next line was joined to it
}

// sourceLinesFrom returns up to max non-blank lines of the source from the
// line holding offset from.
func (ir *indicatorReader) sourceLinesFrom(from, max int) []cellLine {
	src := ir.d.Source
	if from < 0 || from > len(src) {
		return nil
	}
	start := strings.LastIndexAny(src[:from], "\r\n") + 1
	var out []cellLine
	for start < len(src) && len(out) < max {
		e := strings.IndexAny(src[start:], "\r\n")
		if e < 0 {
			e = len(src)
		} else {
			e += start
		}
		line := src[start:e]
		if t := strings.TrimFunc(line, isBlank); t != "" {
			lead := strings.Index(line, t)
			if n := len(out); n > 0 && !out[n-1].year && ir.bracketedYear(t) {
				// 「策定時」 then 「（令和5年度）」, 「32.5%」 then 「（令和4年度）」:
				// the year of the cell above, on a line of its own (one
				// year a cell)
				out[n-1].text += t
				out[n-1].span.End = start + lead + len(t)
				out[n-1].year = true
			} else {
				out = append(out, cellLine{text: t, span: doc.Span{Start: start + lead, End: start + lead + len(t)}})
			}
		}
		start = e + 1
	}
	return out
}

// bracketedYear reports whether a line is one year in brackets and
// nothing else: （令和5年度）, (R5), （2023年）.
func (ir *indicatorReader) bracketedYear(t string) bool {
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if inner, ok := strings.CutPrefix(t, br[0]); ok {
			if inner, ok = strings.CutSuffix(inner, br[1]); ok {
				inner = strings.TrimFunc(inner, isBlank)
				if ir.onlyYear(inner) {
					return true
				}
				_, err := ir.p.ParseFiscalYear(inner)
				return err == nil
			}
		}
	}
	return false
}
