package doc

import (
	"strings"
)

// tables finds tables: runs of tab or pipe rows; CSV rows; columns aligned
// with runs of spaces; a header row of header words followed by rows of as
// many cells; header words one per line followed by one cell per line; a
// whole table on one line.
func (st *state) tables() {
	for i := 0; i < len(st.ps); i++ {
		if st.ps[i].kind == pAbsorbed {
			continue
		}
		if to, ok := st.rowRun(i); ok {
			i = to
			continue
		}
		if to, ok := st.splitRun(i, csvCells, 2); ok {
			i = to
			continue
		}
		if to, ok := st.splitRun(i, alignedCells, 3); ok {
			i = to
			continue
		}
		if to, ok := st.headerTable(i); ok {
			i = to
			continue
		}
		if to, ok := st.cellPerLine(i); ok || to > i {
			i = to
		}
	}
}

func (st *state) addGroup(g group) {
	if st.gOf == nil {
		st.gOf = make([]int32, len(st.ps))
	}
	st.groups = append(st.groups, g)
	for k := g.from; k <= g.to; k++ {
		st.gOf[k] = int32(len(st.groups))
	}
}

func (st *state) row(cells []Span, header bool) Row {
	rw := Row{Header: header, Span: Span{cells[0].Start, cells[len(cells)-1].End}}
	for _, c := range cells {
		rw.Cells = append(rw.Cells, Cell{Span: c, Text: st.cellText(c)})
	}
	return rw
}

func (st *state) cellText(c Span) string {
	tb := textBuilder{src: st.src}
	tb.add(c.Start, c.End)
	s, _, _ := tb.text()
	return s
}

// rowRun: consecutive tab or pipe rows (blank lines may stand between).
func (st *state) rowRun(i int) (int, bool) {
	if st.ps[i].kind != pRow {
		return 0, false
	}
	g := group{kind: Table, from: i}
	j := i
	var lines [][]Span // the lines of a box-drawn table's logical row
	flush := func() {
		if len(lines) > 0 {
			g.rows = append(g.rows, st.mergeBoxRows(lines, len(g.rows) == 0 && st.headerCells(lines[0])))
			lines = nil
		}
	}
	box := false
	for ; j < len(st.ps) && st.ps[j].kind == pRow && st.ps[j].pipe == st.ps[i].pipe; j++ {
		p := &st.ps[j]
		if p.boxRule {
			box = true
			flush()
			continue
		}
		if p.pipeSep {
			if n := len(g.rows); n > 0 {
				g.rows[n-1].Header = true
			}
			continue
		}
		if box || j+1 < len(st.ps) && st.ps[j+1].boxRule {
			lines = append(lines, p.extra.cells)
			continue
		}
		g.rows = append(g.rows, st.row(p.extra.cells, len(g.rows) == 0 && st.headerCells(p.extra.cells)))
	}
	flush()
	g.to = j - 1
	if len(g.rows) == 0 {
		return 0, false
	}
	st.addGroup(g)
	return g.to, true
}

// headerCells: most cells are header words (指標名, 現状値（令和元年度）).
func (st *state) headerCells(cells []Span) bool {
	n := 0
	for _, c := range cells {
		if st.headerWord(st.src[c.Start:c.End]) {
			n++
		}
	}
	return n*2 > len(cells) && n >= 2
}

// headerWord: a header word, maybe followed by a bracketed year or unit
// (現状値（R5）, 目標値(令和11年度)).
func (st *state) headerWord(s string) bool {
	if len(s) > st.r.maxHeader+60 || !st.r.headFirst.has(foldRune(runeAt(s, 0))) {
		return false // a header word with a bracketed year is short
	}
	if i := strings.IndexAny(s, "(（【[〔"); i > 0 {
		s = s[:i]
	}
	if len(s) > st.r.maxHeader {
		return false
	}
	f := fold(s)
	if i := strings.IndexAny(f, "(（【[〔"); i > 0 {
		f = f[:i]
	}
	return st.r.tableHeader[f]
}

// splitRun: 2+ consecutive whole-line pieces split into the same number
// (at least minCells) of cells by split.
func (st *state) splitRun(i int, split func(src string, start, end int) []Span, minCells int) (int, bool) {
	p := &st.ps[i]
	if p.kind == pRow || p.kind == pAbsorbed || !p.first || !p.last {
		return 0, false
	}
	c0 := split(st.src, p.start, p.end)
	if len(c0) < minCells && !(len(c0) >= 2 && st.headerCells(c0)) {
		return 0, false
	}
	rows := []Row{st.row(c0, st.headerCells(c0))}
	j := i + 1
	for ; j < len(st.ps); j++ {
		q := &st.ps[j]
		if !q.first || !q.last || q.kind == pAbsorbed || q.blankBefore {
			break
		}
		c := split(st.src, q.start, q.end)
		if len(c) != len(c0) {
			break
		}
		rows = append(rows, st.row(c, false))
	}
	if len(rows) < 2 {
		return 0, false
	}
	// a first row of labels over rows of figures is the header (区分 令和5年度 …)
	if !rows[0].Header && !st.anyFigure(rows[0]) && st.anyFigure(rows[1]) {
		rows[0].Header = true
	}
	st.addGroup(group{kind: Table, from: i, to: j - 1, rows: rows})
	return j - 1, true
}

func (st *state) anyFigure(r Row) bool {
	for _, c := range r.Cells {
		if figureLike(c.Text) {
			return true
		}
	}
	return false
}

// csvCells splits a line of comma-separated values (double quotes honoured);
// a line with 。 or 、 is prose, not CSV.
func csvCells(src string, start, end int) []Span {
	s := src[start:end]
	if strings.Count(s, ",") < 1 || strings.ContainsAny(s, "。、") {
		return nil
	}
	quoted := false
	cells := splitCells(src, start, end, func(s string, i int) (int, bool) {
		if s[i] == '"' {
			quoted = !quoted
		}
		if s[i] == ',' && !quoted {
			return 1, true
		}
		return 0, false
	})
	// a quoted cell's text is what the quotes enclose ("部局名" → 部局名)
	for k, c := range cells {
		if c.End-c.Start >= 2 && src[c.Start] == '"' && src[c.End-1] == '"' {
			cells[k] = Span{c.Start + 1, c.End - 1}
		}
	}
	return cells
}

// alignedCells splits a line at runs of white space at least two columns
// wide (two spaces, a tab, an ideographic space next to another space).
func alignedCells(src string, start, end int) []Span {
	s := src[start:end]
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") && !strings.Contains(s, "\u3000") || strings.Contains(s, "。") {
		return nil
	}
	var cells []Span
	cs := start
	for i := start; i < end; {
		r, w := decodeRune(src[i:end])
		if !isSpace(r) {
			i += w
			continue
		}
		j, width := i, 0
		for j < end {
			c, cw := decodeRune(src[j:end])
			if !isSpace(c) {
				break
			}
			if c == ' ' {
				width++
			} else {
				width += 2
			}
			j += cw
		}
		if width >= 2 && j-i > 1 || width >= 2 && r == '\t' {
			cells = append(cells, Span{cs, i})
			cs = j
		}
		i = j
	}
	cells = append(cells, Span{cs, end})
	if len(cells) < 2 {
		return nil
	}
	return cells
}

// spaceTokens splits at any white space.
func spaceTokens(src string, start, end int) []Span {
	var out []Span
	ts := -1
	for i := start; i < end; {
		r, w := decodeRune(src[i:end])
		if isSpace(r) {
			if ts >= 0 {
				out = append(out, Span{ts, i})
				ts = -1
			}
		} else if ts < 0 {
			ts = i
		}
		i += w
	}
	if ts >= 0 {
		out = append(out, Span{ts, end})
	}
	return out
}

// headerTable: a line of header words (指標名 現状値 目標値) followed by rows
// of as many space-separated cells, or holding the whole table itself.
func (st *state) headerTable(i int) (int, bool) {
	p := &st.ps[i]
	if p.kind == pAbsorbed || p.kind == pRow {
		return 0, false
	}
	// the first token must be a header word before anything is split
	first := p.end
	if j := strings.IndexFunc(st.src[p.start:p.end], isSpace); j >= 0 {
		first = p.start + j
	}
	if !st.headerWord(st.src[p.start:first]) {
		return 0, false
	}
	toks := spaceTokens(st.src, p.start, p.end)
	k := 0
	for k < len(toks) && st.headerWord(st.src[toks[k].Start:toks[k].End]) {
		k++
	}
	if k < 2 {
		return 0, false
	}
	if k < len(toks) {
		rows := st.oneLineRows(toks[k:], k)
		if rows == nil {
			return 0, false
		}
		rows = append([]Row{st.row(toks[:k], true)}, rows...)
		st.addGroup(group{kind: Table, from: i, to: i, rows: rows})
		return i, true
	}
	rows := []Row{st.row(toks, true)}
	j := i + 1
	for ; j < len(st.ps); j++ {
		q := &st.ps[j]
		if !q.first || !q.last || q.blankBefore || q.kind == pAbsorbed || q.kind == pHeading && q.n().unit {
			break
		}
		t := spaceTokens(st.src, q.start, q.end)
		if len(t) != k {
			if len(t) > k && figureTokens(st.src[t[len(t)-k+1].Start:q.end])*2 >= k-1 {
				// a name with spaces in it: the last k-1 tokens are the figures
				t = append([]Span{{t[0].Start, t[len(t)-k].End}}, t[len(t)-k+1:]...)
			} else {
				break
			}
		}
		rows = append(rows, st.row(t, false))
	}
	if len(rows) < 2 {
		return 0, false
	}
	st.addGroup(group{kind: Table, from: i, to: j - 1, rows: rows})
	return j - 1, true
}

// oneLineRows cuts the tokens after a header of k cells into rows: k tokens
// each when they divide evenly and every row holds a figure; otherwise a row
// ends after k-1 tokens that hold a figure following a name.
func (st *state) oneLineRows(toks []Span, k int) []Row {
	var rows []Row
	if len(toks)%k == 0 {
		ok := true
		for a := 0; a < len(toks); a += k {
			if figureTokens(st.src[toks[a].Start:toks[a+k-1].End]) == 0 {
				ok = false
				break
			}
		}
		if ok {
			for a := 0; a < len(toks); a += k {
				rows = append(rows, st.row(toks[a:a+k], false))
			}
			return rows
		}
	}
	start := 0
	for a := 0; a < len(toks); {
		// name tokens: up to the first token with a figure
		b := a
		for b < len(toks) && !hasDigit(st.src[toks[b].Start:toks[b].End]) {
			b++
		}
		if b == a || b+k-1 > len(toks) {
			return nil
		}
		cells := append([]Span{{toks[start].Start, toks[b-1].End}}, toks[b:b+k-1]...)
		rows = append(rows, st.row(cells, false))
		a = b + k - 1
		start = a
	}
	return rows
}

func hasDigit(s string) bool { return strings.IndexFunc(s, isDigitRune) >= 0 }

// cellPerLine: header words one per line (指標名 / 現状値 / 目標値), then the
// cells one per line, k lines a row.
func (st *state) cellPerLine(i int) (int, bool) {
	k := 0
	for j := i; j < len(st.ps); j++ {
		q := &st.ps[j]
		if !q.first || !q.last || q.kind == pAbsorbed || !st.headerWord(st.src[q.start:q.end]) {
			break
		}
		k++
	}
	if k < 2 {
		return 0, false
	}
	if i+k >= len(st.ps) {
		return i + k - 1, false
	}
	rows := []Row{}
	hdr := make([]Span, 0, k)
	for j := i; j < i+k; j++ {
		hdr = append(hdr, Span{st.ps[j].start, st.ps[j].end})
	}
	rows = append(rows, st.row(hdr, true))
	j := i + k
	for ; j+k <= len(st.ps); j += k {
		var cells []Span
		ok := false
		for m := j; m < j+k; m++ {
			q := &st.ps[m]
			t := st.src[q.start:q.end]
			if !q.first || !q.last || q.kind == pAbsorbed || q.kind == pBullet || runeCount(t) > 30 || strings.Contains(t, "。") ||
				q.kind == pHeading && (q.word != "" || q.n().unit) {
				cells = nil
				break
			}
			if hasDigit(t) {
				ok = true
			}
			cells = append(cells, Span{q.start, q.end})
		}
		if cells == nil || !ok {
			break
		}
		rows = append(rows, st.row(cells, false))
	}
	if len(rows) < 2 {
		// header words with no rows: the next header line cannot start
		// a table either, so skip them
		return i + k - 1, false
	}
	st.addGroup(group{kind: Table, from: i, to: j - 1, rows: rows})
	return j - 1, true
}
