package load

import (
	"regexp"
	"slices"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// tableColumns is the role of each column of a goal table, from its last
// header row; nil until one is seen.
type tableColumns []GoalColumn

// columnOf returns the role of a header cell: equal to a column's word,
// equal to one once a qualifier in brackets after the words is set aside
// (目標値（令和7年度）, 実績値（R6）: the year or unit of the column's
// figures), or holding one for a Contains column.
func (g *goalsLoader) columnOf(cell string) (GoalColumn, bool) {
	k := normKey(cell)
	if k == "" {
		return GoalColumn{}, false
	}
	if c, ok := g.columnEqual(k); ok {
		return c, true
	}
	if core, ok := cutQualifier(cell); ok {
		if c, ok := g.columnEqual(normKey(core)); ok {
			return c, true
		}
	}
	for _, c := range g.cols {
		if !c.Contains {
			continue
		}
		for _, w := range c.Words {
			if strings.Contains(k, w) && runes(k) <= 20 {
				return c, true
			}
		}
	}
	return GoalColumn{}, false
}

// columnEqual returns the column one of whose words is k.
func (g *goalsLoader) columnEqual(k string) (GoalColumn, bool) {
	for _, c := range g.cols {
		if slices.Contains(c.Words, k) {
			return c, true
		}
	}
	return GoalColumn{}, false
}

// cutQualifier returns a header cell without the bracketed part it ends
// with (「目標値（令和7年度）」 → 目標値); false when it ends with none or
// nothing stands before it.
func cutQualifier(cell string) (string, bool) {
	t := strings.TrimFunc(strings.Trim(strings.TrimSpace(cell), `"`), isBlank)
	for _, p := range qualifierBrackets {
		if !strings.HasSuffix(t, p[1]) {
			continue
		}
		if i := strings.LastIndex(t, p[0]); i > 0 {
			return t[:i], true
		}
	}
	return "", false
}

// qualifierBrackets enclose a header cell's qualifier.
var qualifierBrackets = [][2]string{{"（", "）"}, {"(", ")"}, {"［", "］"}, {"[", "]"}, {"〔", "〕"}, {"【", "】"}, {"＜", "＞"}, {"<", ">"}}

// headerColumns reads a row as a header row: every non-empty cell a known
// column and at least one goal-like column; nil when it is not one.
func (g *goalsLoader) headerColumns(r doc.Row) tableColumns {
	cols := make(tableColumns, len(r.Cells))
	known, goalish := 0, false
	for i, c := range r.Cells {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		col, ok := g.columnOf(c.Text)
		if !ok {
			if !r.Header {
				return nil
			}
			col = GoalColumn{Role: strings.TrimSpace(c.Text)}
		} else {
			known++
		}
		if col.Role != RoleOrg {
			goalish = true
		}
		cols[i] = col
	}
	if known == 0 || !goalish {
		return nil
	}
	return cols
}

// table reads a table block: header rows set the columns (and are used,
// never units); data rows give goals.
func (g *goalsLoader) table(i int) {
	b := &g.d.Blocks[i]
	cols := g.tableCols
	defer func() { g.tableCols = cols }()
	g.u.use(i)
	cols = g.rowsWith(b.Rows, cols)
}

// tableRows reads rows found outside a table block (CSV lines).
func (g *goalsLoader) tableRows(rows []doc.Row) {
	g.tableCols = g.rowsWith(rows, g.tableCols)
}

// rowsWith reads rows with the given header columns (header rows among
// them change the columns) and returns the columns in force at the end. A
// row that gives no goal is unread.
func (g *goalsLoader) rowsWith(rows []doc.Row, cols tableColumns) tableColumns {
	var last []string // org cells of the previous row, carried into empty ones
	for _, r := range rows {
		if h := g.headerColumns(r); h != nil {
			cols = h
			continue
		}
		if !g.tableRow(r, cols, &last) {
			g.u.unreadSpan(r.Span)
		}
	}
	return cols
}

// rowParts finds the unit (most specific org column) and the statement
// cell of a row. Without header columns: a first cell naming a unit and a
// second cell holding the goal.
func (g *goalsLoader) rowParts(r doc.Row, cols tableColumns) (string, int) {
	cells := nonEmptyTrailing(r.Cells)
	if cols == nil {
		if len(cells) == 2 {
			org := strings.TrimSpace(stripTags(cells[0].Text))
			if isOrgName(org) || org == "" {
				return org, 1
			}
		}
		if len(cells) == 1 && (g.owner != "" || g.docOrg != "") && isGoalSentence(cells[0].Text) {
			return "", 0
		}
		return "", -1
	}
	org, stmt := "", -1
	for k, c := range cells {
		if k >= len(cols) {
			break
		}
		t := strings.TrimSpace(stripTags(c.Text))
		switch cols[k].Role {
		case RoleOrg:
			if t != "" {
				org = t // later org columns are more specific (部局 then 課等)
			}
		case RoleGoal:
			if stmt < 0 && t != "" {
				stmt = k
			}
		}
	}
	if stmt < 0 {
		// no goal column: the first targeted column with text
		for k, c := range cells {
			if k < len(cols) && cols[k].Role != RoleOrg && cols[k].Targets && strings.TrimSpace(c.Text) != "" {
				stmt = k
				break
			}
		}
	}
	return org, stmt
}

func nonEmptyTrailing(cells []doc.Cell) []doc.Cell {
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1].Text) == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// leadingEmpty returns r with the empty cells a TAB row starts with put
// back (「\t情報政策課\t…」 continues the bureau of the row above), when
// the row has fewer cells than the header.
func (g *goalsLoader) leadingEmpty(r doc.Row, cols tableColumns) doc.Row {
	if len(r.Cells) == 0 || len(r.Cells) >= len(cols) {
		return r
	}
	first := r.Cells[0].Span.Start
	ls := strings.LastIndexAny(g.d.Source[:first], "\r\n") + 1
	lead := strings.Count(g.d.Source[ls:first], "\t")
	if p := strings.TrimSpace(g.d.Source[ls:first]); strings.HasPrefix(p, "|") {
		lead = strings.Count(p, "|") - 1
	}
	if lead <= 0 || lead+len(r.Cells) > len(cols) {
		return r
	}
	cells := make([]doc.Cell, lead, lead+len(r.Cells))
	for k := range cells {
		cells[k] = doc.Cell{Span: doc.Span{Start: first, End: first}}
	}
	r.Cells = append(cells, r.Cells...)
	return r
}

// tableRow reads one data row; false when it gives no goal.
func (g *goalsLoader) tableRow(r doc.Row, cols tableColumns, last *[]string) bool {
	r = g.leadingEmpty(r, cols)
	cells := nonEmptyTrailing(r.Cells)
	org, stmt := g.rowParts(r, cols)
	if stmt < 0 {
		return false
	}
	var parent string
	if cols != nil {
		var orgCells []string
		for k, c := range cells {
			if k < len(cols) && cols[k].Role == RoleOrg {
				t := strings.TrimSpace(stripTags(c.Text))
				if t == "" && len(*last) > len(orgCells) {
					t = (*last)[len(orgCells)]
				}
				orgCells = append(orgCells, t)
			}
		}
		*last = orgCells
		org = ""
		for j := len(orgCells) - 1; j >= 0; j-- {
			if orgCells[j] != "" {
				if org == "" {
					org = orgCells[j]
				} else if parent == "" && orgCells[j] != org {
					parent = orgCells[j]
				}
			}
		}
	}
	if org == "" {
		org = g.owner
		if org == "" {
			org = g.docOrg
		}
	}
	if org == "" {
		return false
	}
	g.owner = org
	var po *goal.Organization
	if parent != "" {
		po = g.org(parent) // listed before its divisions
	}
	o := g.org(org)
	if po != nil && o.Parent == nil {
		po.AddChild(o)
	}
	var fields []Field
	var extra []doc.Span
	indicator := "" // a 指標 cell naming what the row's figures measure
	for k, c := range cells {
		if k == stmt || cols == nil || k >= len(cols) || cols[k].Role == RoleOrg {
			continue
		}
		t := strings.TrimSpace(c.Text)
		if t == "" {
			continue
		}
		fields = append(fields, Field{Label: cols[k].Role, Value: t, Line: g.d.Line(c.Span.Start)})
		if cols[k].Targets {
			extra = append(extra, c.Span)
		}
		if cols[k].Role == RoleIndicator && len(sourceTargets(g.p, g.d.Source, c.Span)) == 0 {
			indicator = t
		}
	}
	if cols != nil && stmt < len(cols) && cols[stmt].Role == RoleIndicator && !cols.has(RoleGoal) && !cols.has(RoleOrg) {
		// 指標 | 目標値（R7） | 実績値（R6） under a unit's numbered goals: the
		// row measures one of those goals, it is no goal of its own
		if k := g.measuredGoal(org, strings.TrimSpace(cells[stmt].Text), r.Span.Start); k >= 0 {
			gl := &g.l.Goals[k]
			name := strings.TrimSpace(cells[stmt].Text)
			gl.Fields = append(gl.Fields, Field{Label: RoleIndicator, Value: name, Line: g.d.Line(cells[stmt].Span.Start)})
			gl.Fields = append(gl.Fields, fields...)
			for _, sp := range extra {
				for _, t := range sourceTargets(g.p, g.d.Source, sp) {
					if t.Subject == "" {
						t.Subject = name
					}
					gl.Targets = append(gl.Targets, t)
				}
			}
			g.started = true
			return true
		}
	}
	items := cellItems(g.d.Source, cells[stmt].Span)
	if len(items) == 0 {
		return false
	}
	for n, it := range items {
		gl := Goal{Goal: goal.Goal{Owner: org, Statement: it.text, Purpose: parse.PurposeClause(it.text),
			Span: goal.Span{Start: it.span.Start, End: it.span.End}, Line: g.d.Line(it.span.Start)}}
		gl.Targets = itemTargets(g.p, g.d.Source, it)
		if n == 0 {
			gl.Fields = fields
			for _, s := range extra {
				for _, t := range sourceTargets(g.p, g.d.Source, s) {
					if t.Subject == "" && indicator != "" {
						t.Subject = indicator // 平均待ち時間 | 15分以内
					}
					gl.Targets = append(gl.Targets, t)
				}
			}
		}
		g.l.Goals = append(g.l.Goals, gl)
	}
	g.started = true
	return true
}

// cellItem is one goal of a table cell: its text (HTML removed) and the
// source bytes it came from; pieces map text offsets to source offsets.
type cellItem struct {
	text   string
	span   doc.Span
	pieces []cellPiece
}

type cellPiece struct{ textAt, srcAt, n int }

var tagRe = regexp.MustCompile(`<[^<>]{0,200}>|&(?:amp|lt|gt|nbsp|quot);`)

func stripTags(s string) string { return tagRe.ReplaceAllString(s, "") }

// cellItems splits a goal cell into goals: at HTML block tags (<li>, <br>,
// <p>) and at ・ bullets at the start or after white space; tags are
// removed. Each item keeps the map from its text to the source.
func cellItems(src string, s doc.Span) []cellItem {
	raw := src[s.Start:s.End]
	// a CSV cell in quotes: the quotes are not text, a doubled quote is one
	quoted := len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"'
	if quoted {
		s = doc.Span{Start: s.Start + 1, End: s.End - 1}
		raw = raw[1 : len(raw)-1]
	}
	// segments of raw that are text, tags removed
	type seg struct{ at, end int }
	var segs []seg
	prev := 0
	removed := tagRe.FindAllStringIndex(raw, -1)
	if quoted {
		removed = mergeSorted(removed, doubledQuotes(raw))
	}
	for _, m := range removed {
		if m[0] > prev {
			segs = append(segs, seg{prev, m[0]})
		}
		segs = append(segs, seg{-1, -1}) // a tag: a possible break
		prev = m[1]
	}
	if prev < len(raw) {
		segs = append(segs, seg{prev, len(raw)})
	}
	var out []cellItem
	var cur cellItem
	var b strings.Builder
	curBlank := true // b holds only white space
	write := func(str string) {
		if curBlank && strings.TrimFunc(str, isBlank) != "" {
			curBlank = false
		}
		b.WriteString(str)
	}
	flush := func() {
		defer func() { curBlank = true }()
		text := b.String()
		trimmed := strings.TrimFunc(text, isBlank)
		if trimmed == "" {
			b.Reset()
			cur = cellItem{}
			return
		}
		lead := strings.Index(text, trimmed)
		// trim the map
		var pieces []cellPiece
		for _, p := range cur.pieces {
			a, e := max(p.textAt, lead), min(p.textAt+p.n, lead+len(trimmed))
			if a < e {
				pieces = append(pieces, cellPiece{textAt: a - lead, srcAt: p.srcAt + (a - p.textAt), n: e - a})
			}
		}
		it := cellItem{text: trimmed, pieces: pieces}
		if len(pieces) > 0 {
			lastP := pieces[len(pieces)-1]
			it.span = doc.Span{Start: s.Start + pieces[0].srcAt, End: s.Start + lastP.srcAt + lastP.n}
		}
		out = append(out, it)
		b.Reset()
		cur = cellItem{}
	}
	for _, sg := range segs {
		if sg.at < 0 {
			continue
		}
		t := raw[sg.at:sg.end]
		// split at ・ at the start of the segment or after white space
		pos := 0
		for pos < len(t) {
			i := strings.Index(t[pos:], "・")
			if i < 0 {
				break
			}
			i += pos
			before := strings.TrimRightFunc(t[:i], isBlank)
			// at the start of an item (nothing but white space before it in
			// the item) or after white space; curBlank saves rescanning
			atStart := curBlank && strings.TrimFunc(t[pos:i], isBlank) == "" || len(before) < i
			if atStart {
				if i > pos {
					cur.pieces = append(cur.pieces, cellPiece{textAt: b.Len(), srcAt: sg.at + pos, n: i - pos})
					write(t[pos:i])
				}
				flush()
				pos = i + len("・")
				continue
			}
			cur.pieces = append(cur.pieces, cellPiece{textAt: b.Len(), srcAt: sg.at + pos, n: i + len("・") - pos})
			write(t[pos : i+len("・")])
			pos = i + len("・")
		}
		if pos < len(t) {
			cur.pieces = append(cur.pieces, cellPiece{textAt: b.Len(), srcAt: sg.at + pos, n: len(t) - pos})
			write(t[pos:])
		}
	}
	flush()
	return out
}

// itemTargets extracts the targets of a cell item, spans mapped to the
// source through the item's pieces.
func itemTargets(p *parse.Parser, src string, it cellItem) []goal.Target {
	out := []goal.Target{}
	ex, err := p.Extract(it.text)
	if err != nil {
		return out
	}
	base := it.span.Start - 0
	_ = base
	for _, t := range ex.Targets {
		a, okA := it.srcOffset(t.Span.Start, false)
		e, okE := it.srcOffset(t.Span.End, true)
		if !okA || !okE || a >= e {
			continue
		}
		t.Span = goal.Span{Start: a, End: e}
		t.Text = src[a:e]
		out = append(out, t)
	}
	return out
}

// srcOffset maps a text offset of the item to a source offset; end offsets
// map to the end of the piece they close.
func (it cellItem) srcOffset(off int, end bool) (int, bool) {
	cellStart := it.span.Start - firstSrc(it)
	for _, p := range it.pieces {
		if off >= p.textAt && off < p.textAt+p.n || (end && off == p.textAt+p.n) {
			return cellStart + p.srcAt + (off - p.textAt), true
		}
	}
	return 0, false
}

func firstSrc(it cellItem) int {
	if len(it.pieces) == 0 {
		return 0
	}
	return it.pieces[0].srcAt
}

// doubledQuotes returns the second quote of each "" in s, as spans to
// remove.
func doubledQuotes(s string) [][]int {
	var out [][]int
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '"' && s[i+1] == '"' {
			out = append(out, []int{i + 1, i + 2})
			i++
		}
	}
	return out
}

// mergeSorted merges two sorted lists of spans, dropping a span that
// overlaps the one before it.
func mergeSorted(a, b [][]int) [][]int {
	out := make([][]int, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		var next []int
		if len(b) == 0 || len(a) > 0 && a[0][0] <= b[0][0] {
			next, a = a[0], a[1:]
		} else {
			next, b = b[0], b[1:]
		}
		if len(out) > 0 && next[0] < out[len(out)-1][1] {
			continue
		}
		out = append(out, next)
	}
	return out
}

// csvCells splits a line of comma-separated values (RFC 4180 quoting) into
// cells with their source spans (a quoted cell's span includes its
// quotes; Text is unquoted); nil when the line is not a row of at least
// two cells, or its quotes are unbalanced.
func csvCells(src string, s doc.Span) []doc.Cell {
	line := src[s.Start:s.End]
	if strings.ContainsAny(line, "\n\t") || !strings.Contains(line, ",") {
		return nil
	}
	var cells []doc.Cell
	i := 0
	for {
		start := i
		var text string
		if i < len(line) && line[i] == '"' {
			var b strings.Builder
			j := i + 1
			closed := false
			for j < len(line) {
				if line[j] == '"' {
					if j+1 < len(line) && line[j+1] == '"' {
						b.WriteByte('"')
						j += 2
						continue
					}
					closed = true
					j++
					break
				}
				b.WriteByte(line[j])
				j++
			}
			if !closed || (j < len(line) && line[j] != ',') {
				return nil
			}
			text, i = b.String(), j
		} else {
			j := strings.IndexByte(line[i:], ',')
			if j < 0 {
				j = len(line) - i
			}
			text, i = line[i:i+j], i+j
			if strings.Contains(text, "\"") {
				return nil
			}
		}
		cells = append(cells, doc.Cell{Span: doc.Span{Start: s.Start + start, End: s.Start + i}, Text: strings.TrimSpace(text)})
		if i >= len(line) {
			break
		}
		i++ // the comma
	}
	if len(cells) < 2 {
		return nil
	}
	return cells
}

// unterminatedQuote returns the offset of a quote that opens a CSV cell
// (at the line's start or after a comma) and never closes; -1 when there
// is none.
func unterminatedQuote(src string, s doc.Span) int {
	line := src[s.Start:s.End]
	if !strings.Contains(line, ",") || !strings.Contains(line, "\"") {
		return -1
	}
	in := false
	open := -1
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case !in && c == '"' && (i == 0 || line[i-1] == ','):
			in, open = true, i
		case in && c == '"':
			if i+1 < len(line) && line[i+1] == '"' {
				i++
				continue
			}
			in = false
		}
	}
	if in {
		return s.Start + open
	}
	return -1
}

// has reports whether a column has the role.
func (cols tableColumns) has(role string) bool {
	return slices.ContainsFunc(cols, func(c GoalColumn) bool { return c.Role == role })
}

// measuredGoal returns the index of the goal of org, written before at,
// that an indicator row measures: among the unit's goals that no indicator
// row has measured yet, the one sharing the most two-rune pieces with the
// indicator's name (新規就農者数 — 新規就農者の確保), the first on a tie;
// -1 when the unit has no such goal.
func (g *goalsLoader) measuredGoal(org, name string, at int) int {
	best, bestScore := -1, -1
	for k := range g.l.Goals {
		gl := &g.l.Goals[k]
		if gl.Owner != org || gl.Span.Start >= at ||
			slices.ContainsFunc(gl.Fields, func(f Field) bool { return f.Label == RoleIndicator }) {
			continue
		}
		text := gl.Statement
		for _, f := range gl.Fields {
			text += f.Value // the heading over the goal: 1　新規就農者の確保
		}
		if sc := sharedBigrams(name, text); sc > bestScore {
			best, bestScore = k, sc
		}
	}
	return best
}

// sharedBigrams counts the two-rune pieces of a found in b.
func sharedBigrams(a, b string) int {
	r := []rune(a)
	n := 0
	for i := 0; i+1 < len(r); i++ {
		if strings.Contains(b, string(r[i:i+2])) {
			n++
		}
	}
	return n
}
