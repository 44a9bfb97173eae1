package load

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jtext"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// table reads the indicators of a table block. It reports whether the
// table held any.
func (ir *indicatorReader) table(b *doc.Block) bool {
	rows := b.Rows
	var cols []column
	start := 0
	for k := 0; k < len(rows) && k < 3; k++ {
		if c, ok := ir.headerColumns(cellTexts(rows[k])); ok {
			cols, start = c, k+1
			break
		}
	}
	if cols != nil && start < len(rows) {
		// a second header row holding only years: 「令和2年度 | 令和8年度」
		if ys, ok := ir.yearRow(cellsByColumn(ir.d.Source, rows[start], len(cols))); ok {
			for k := range cols {
				if k < len(ys) && !ys[k].IsZero() {
					cols[k].year = ys[k]
				}
			}
			start++
		}
	}
	found := false
	for _, r := range rows[start:] {
		cells := cellTexts(r)
		if blankRow(cells) {
			continue
		}
		var ind goal.Indicator
		var ok bool
		if cols != nil {
			if r.Header {
				continue
			}
			ind, ok = ir.rowIndicator(cells, cols)
			if !ok {
				// cut where the header's columns do not fall: the row's
				// words with each year joined to the figure after it
				// (「がん検診受診者数 2019年 12,400人 2027年 15,000人」)
				row := ir.d.Source[r.Span.Start:r.Span.End]
				words := joinScaleCells(strings.FieldsFunc(joinSpacedDigits(row), func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' }))
				if ws := ir.yearsBeforeFigures(words); len(ws) == len(cols) && len(ws) < len(words) {
					ind, ok = ir.rowIndicator(ws, cols)
				}
			}
		} else if row := ir.d.Source[r.Span.Start:r.Span.End]; thousandsSplit(ir.d.Source, r) || joinSpacedDigits(row) != row {
			// cells cut at the commas of 48,200, or at the spaces of a
			// figure spaced digit by digit (3 6件): read the row as text
			ind, ok = ir.lineRow(row)
		} else {
			ind, ok = ir.plainRow(cells)
			// a headerless table is read only when a row states at least
			// two figures, or one with a unit: a table of other numbers
			// (a budget, a schedule) is not indicators
			if ok && ind.Baseline == nil && len(ind.Interim) == 0 && ind.Unit == "" {
				ok = false
			}
		}
		if !ok {
			if cols != nil {
				ir.u.problem(r.Span, "indicator row without a name or a figure")
			}
			continue
		}
		ind.Span = goal.Span{Start: r.Span.Start, End: r.Span.End}
		ind.Text = ir.d.Source[r.Span.Start:r.Span.End]
		ir.add(ind)
		found = true
	}
	return found
}

// yearRow reads a row whose cells are only years (or blank).
func (ir *indicatorReader) yearRow(cells []string) ([]goal.Year, bool) {
	ys := make([]goal.Year, len(cells))
	any := false
	for k, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		y := ir.yearCell(strings.Trim(c, "（）()"))
		if y.IsZero() {
			return nil, false
		}
		ys[k] = y
		any = true
	}
	return ys, any
}

func cellTexts(r doc.Row) []string {
	out := make([]string, len(r.Cells))
	for k, c := range r.Cells {
		out[k] = c.Text
	}
	return out
}

func blankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// lineArrows join a baseline to its target in a line.
var lineArrows = []string{"→", "⇒", "➡", "⇨", "->", "➔"}

// lineSeparators end an indicator's name in a line: 「出生率：1.32→1.45」,
// 「平均所要時間＝38.2分→35分以内」.
var lineSeparators = []string{"：", ":", "＝", "="}

// line reads 「指標名：A（年）→B（年）」 and 「指標名＝A→B未満」.
func (ir *indicatorReader) line(b *doc.Block) (goal.Indicator, bool) {
	text := b.Text
	if src := ir.d.Source[b.Span.Start:b.Span.End]; b.Kind == doc.Field || !strings.ContainsAny(src, "\r\n") {
		// the source line, spaced as written: the structure reader's text
		// half-joins a figure spaced digit by digit (「1 ,240人」)
		text = src
	}
	text = joinSpacedDigits(text)
	at, aw := -1, ""
	for _, a := range lineArrows {
		if i := strings.Index(text, a); i >= 0 && (at < 0 || i < at) {
			at, aw = i, a
		}
	}
	if at < 0 {
		return ir.lineByRoles(b, text)
	}
	left, right := text[:at], text[at+len(aw):]
	name, val := "", ""
	sep := -1
	for _, s := range lineSeparators {
		if i := strings.Index(left, s); i >= 0 && (sep < 0 || i < sep) {
			sep = i
			name, val = left[:i], left[i+len(s):]
		}
	}
	if i := strings.LastIndex(left, "\u3000"); sep < 0 && i > 0 {
		// 「野菜を1日350g以上食べる人の割合　28.4%（R4）」: a wide space parts
		// the name, figures and all, from its value
		if _, ok := ir.figure(left[i:]); ok && strings.TrimFunc(left[:i], isBlank) != "" {
			sep = i
			name, val = left[:i], left[i:]
		}
	}
	if sep < 0 {
		// 「ごみのリサイクル率 18.4%→25.0%」: the name ends at the first figure
		i := strings.IndexAny(left, "0123456789０１２３４５６７８９")
		if i <= 0 {
			return goal.Indicator{}, false
		}
		name, val = left[:i], left[i:]
	}
	name = cleanName(name)
	if name == "" {
		return goal.Indicator{}, false
	}
	base, okB := ir.figure(val)
	// a chain 「A（2019年）→B（2022年）→C（2025年）」: the figures between
	// the first and the last arrow are interim targets
	var mids []parse.Figure
	for {
		at, aw := -1, ""
		for _, a := range lineArrows {
			if i := strings.Index(right, a); i >= 0 && (at < 0 || i < at) {
				at, aw = i, a
			}
		}
		if at < 0 {
			break
		}
		m, ok := ir.figure(right[:at])
		if !ok {
			return goal.Indicator{}, false
		}
		mids = append(mids, m)
		right = right[at+len(aw):]
	}
	tgt, okT := ir.figure(right)
	if !okT {
		// the target side may go on after the figure: 「50%（令和7年度）、…」
		if i := strings.IndexAny(right, "、，,。 　"); i > 0 {
			tgt, okT = ir.figure(right[:i])
		}
	}
	if !okT {
		return goal.Indicator{}, false
	}
	ind := goal.Indicator{Name: name}
	if okB {
		ind.Baseline = &goal.IndicatorValue{Value: base.Value, Year: base.Year}
		ind.Unit = base.Unit
	}
	for _, m := range mids {
		ind.Interim = append(ind.Interim, goal.IndicatorValue{Value: m.Value, Year: m.Year, Cmp: m.Cmp})
		if ind.Unit == "" {
			ind.Unit = m.Unit
		}
	}
	ind.Target = &goal.IndicatorValue{Value: tgt.Value, Year: tgt.Year, Cmp: tgt.Cmp}
	if tgt.Unit != "" {
		ind.Unit = tgt.Unit
	}
	rest := right
	if i := strings.Index(right, tgt.Text); i >= 0 {
		rest = right[i+len(tgt.Text):]
	}
	for _, d := range ir.v.directions {
		if len(d.Word) > 3 && strings.Contains(rest, d.Word) {
			ind.Direction = d.Direction
			break
		}
	}
	ir.inferDirection(&ind)
	ind.Span = goal.Span{Start: b.Span.Start, End: b.Span.End}
	ind.Text = ir.d.Source[b.Span.Start:b.Span.End]
	return ind, true
}

// rowLines reads a block the structure reader took for prose, under an
// indicator heading, line by line from its source as headerless rows:
// 「年間観光入込客数 412万人 450万人 500万人」 (cells separated by spaces) or
// run together (「年間観光入込客数412万人450万人500万人」). It reports
// whether any line was an indicator; lines that were not are unread.
func (ir *indicatorReader) rowLines(b *doc.Block) bool {
	src := ir.d.Source
	found := false
	for start := b.Span.Start; start < b.Span.End; {
		end := strings.IndexByte(src[start:b.Span.End], '\n')
		if end < 0 {
			end = b.Span.End
		} else {
			end += start
		}
		line := strings.TrimRight(src[start:end], "\r")
		if strings.TrimSpace(line) != "" {
			if ind, ok := ir.lineRow(line); ok {
				ind.Span = goal.Span{Start: start, End: start + len(line)}
				ind.Text = line
				ir.add(ind)
				found = true
			} else {
				ir.u.problem(doc.Span{Start: start, End: start + len(line)}, "not an indicator row")
			}
		}
		start = end + 1
	}
	return found
}

// lineRow reads one headerless row of text: cells split at spaces, or
// figures run together after the name. At least two figures are needed.
func (ir *indicatorReader) lineRow(line string) (goal.Indicator, bool) {
	line = joinSpacedDigits(line)
	cells := joinScaleCells(strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' }))
	if len(cells) >= 3 {
		if ind, ok := ir.plainRow(cells); ok && ind.Baseline != nil {
			return ind, true
		}
	}
	ex, err := ir.p.Extract(line)
	if err != nil {
		return goal.Indicator{}, false
	}
	qs := append(append([]goal.Target(nil), ex.Targets...), ex.Figures...)
	if len(qs) < 2 {
		return goal.Indicator{}, false
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].Span.Start < qs[j].Span.Start })
	// a quantity inside the name (「週1回以上運動する成人の割合42.0%55.0%」:
	// parse's role other, words before the next figure) is part of it
	for len(qs) > 2 && qs[0].Role == goal.RoleOther && strings.TrimSpace(line[qs[0].Span.End:qs[1].Span.Start]) != "" {
		qs = qs[1:]
	}
	name := cleanName(line[:qs[0].Span.Start])
	if name == "" {
		return goal.Indicator{}, false
	}
	if strings.ContainsAny(name, "、，,") || endsWithParticle(name) || strings.Contains(line, "。") {
		// a sentence, not a row: what it commits to, by parse's roles
		return proseIndicator(qs)
	}
	figs := make([]parse.Figure, len(qs))
	for k, q := range qs {
		figs[k] = parse.Figure{Value: q.Value, Unit: q.Unit, Cmp: q.Cmp, Year: q.Year, Text: q.Text, Span: q.Span}
	}
	ind := goal.Indicator{Name: name}
	ir.assignFigures(&ind, figs)
	return ind, true
}

// thousandsSplit reports whether a row's cells were cut at the comma of a
// number (「48,200人」 read as CSV cells 48 | 200人): a cell ending in a
// digit, a comma, and a cell starting with exactly three digits.
func thousandsSplit(src string, r doc.Row) bool {
	for k := 0; k+1 < len(r.Cells); k++ {
		a, b := r.Cells[k].Span, r.Cells[k+1].Span
		if a.End <= a.Start || b.Start >= b.End || strings.TrimSpace(src[a.End:b.Start]) != "," {
			continue
		}
		if c := src[a.End-1]; c < '0' || c > '9' {
			continue
		}
		n := 0
		for n < b.End-b.Start && src[b.Start+n] >= '0' && src[b.Start+n] <= '9' {
			n++
		}
		if n == 3 && (b.Start+n == b.End || src[b.Start+n] < '0' || src[b.Start+n] > '9') {
			return true
		}
	}
	return false
}

// cellsByColumn places a row's cells in their columns when the row is
// tab-separated: a cell's column is the number of tabs before it on its
// line, so a row starting with an empty cell (「\t令和2年度\t令和8年度」)
// keeps its cells under their headers. Other rows are returned as read.
func cellsByColumn(src string, r doc.Row, n int) []string {
	line := src[r.Span.Start:r.Span.End]
	if !strings.Contains(line, "\t") || len(r.Cells) == 0 {
		return cellTexts(r)
	}
	lineStart := strings.LastIndexByte(src[:r.Cells[0].Span.Start], '\n') + 1
	out := make([]string, max(n, len(r.Cells)))
	for _, c := range r.Cells {
		col := strings.Count(src[lineStart:c.Span.Start], "\t")
		if col >= len(out) {
			return cellTexts(r)
		}
		out[col] = c.Text
	}
	return out
}

// lineByRoles reads a line that names its figures with cue words instead of
// an arrow: 「自治会加入率　現状値 68.2％（令和4年度）　目標値 75.0％（令和10年度）」.
// The roles and years are parse's (Extract); the name is the text before
// the first cue word or figure. A baseline and a target are needed.
func (ir *indicatorReader) lineByRoles(b *doc.Block, text string) (goal.Indicator, bool) {
	if strings.ContainsAny(ir.d.Source[b.Span.Start:b.Span.End], "\r\n") {
		return goal.Indicator{}, false // one line states one indicator
	}
	cued := false
	for _, h := range ir.v.headers {
		if (h.Column == ColumnBaseline || h.Column == ColumnTarget) && strings.Contains(text, h.Word) {
			cued = true
			break
		}
	}
	if !cued {
		return goal.Indicator{}, false
	}
	text = joinSpacedDigits(text)
	ex, err := ir.p.Extract(text)
	if err != nil || len(ex.Targets) == 0 || len(ex.Figures) == 0 {
		return goal.Indicator{}, false
	}
	qs := append(append([]goal.Target(nil), ex.Targets...), ex.Figures...)
	sort.Slice(qs, func(i, j int) bool { return qs[i].Span.Start < qs[j].Span.Start })
	ind := goal.Indicator{}
	for _, q := range qs {
		v := goal.IndicatorValue{Value: q.Value, Year: q.Year}
		switch q.Role {
		case goal.RoleBaseline:
			if ind.Baseline == nil {
				ind.Baseline = &v
			}
		case goal.RoleTarget:
			v.Cmp = q.Cmp
			ind.Target = &v
		case goal.RoleInterim:
			v.Cmp = q.Cmp
			ind.Interim = append(ind.Interim, v)
		case goal.RoleActual:
			ind.Actuals = append(ind.Actuals, v)
		}
		if ind.Unit == "" && q.Kind != goal.KindFrequency {
			ind.Unit = q.Unit
		}
	}
	if ind.Baseline == nil || ind.Target == nil {
		return goal.Indicator{}, false
	}
	nameEnd := qs[0].Span.Start
	for _, h := range ir.v.headers {
		switch h.Column {
		case ColumnBaseline, ColumnTarget, ColumnInterim, ColumnActual:
			if i := strings.Index(text, h.Word); i >= 0 && i < nameEnd {
				nameEnd = i
			}
		}
	}
	ind.Name = cleanName(strings.TrimRight(text[:nameEnd], " 　\t:：=＝、,"))
	if ind.Name == "" {
		return goal.Indicator{}, false
	}
	ir.inferDirection(&ind)
	ind.Span = goal.Span{Start: b.Span.Start, End: b.Span.End}
	ind.Text = ir.d.Source[b.Span.Start:b.Span.End]
	return ind, true
}

// joinScaleCells joins a bare number to the cell after it when that cell
// opens with a scale word and a unit (「385 千人(2019年)」 split at the
// space): 千人 alone would read as the kanji numeral 1000.
func joinScaleCells(cells []string) []string {
	out := cells[:0:0]
	for k := 0; k < len(cells); k++ {
		c := cells[k]
		if k+1 < len(cells) && bareNumber(c) {
			next := cells[k+1]
			for _, sc := range []string{"千", "万", "億", "兆"} {
				rest := strings.TrimPrefix(next, sc)
				if r, _ := utf8.DecodeRuneInString(rest); rest != next && rest != "" &&
					!jtext.IsNumeralRune(r) {
					c, k = c+next, k+1
					break
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// bareNumber reports whether a cell is digits with a point or commas only.
func bareNumber(c string) bool {
	if c == "" {
		return false
	}
	for _, r := range c {
		if !jtext.IsDigitRune(r) && !isSpacedSep(r) {
			return false
		}
	}
	return true
}

// proseIndicator reads an indicator stated in a sentence under an
// indicator heading (「放課後児童クラブの登録児童数は、令和5年度に1,820人と
// なり、令和8年度には2,000人を目指します。」) from the roles and years Extract
// gives its quantities (qs, in order): the name is the subject they all
// measure, a target is needed, and a quantity of another subject makes the
// sentence no indicator.
func proseIndicator(qs []goal.Target) (goal.Indicator, bool) {
	var ind goal.Indicator
	for _, q := range qs {
		if q.Subject == "" || ind.Name != "" && q.Subject != ind.Name {
			return goal.Indicator{}, false
		}
		ind.Name = q.Subject
		v := goal.IndicatorValue{Value: q.Value, Year: q.Year}
		switch q.Role {
		case goal.RoleBaseline:
			if ind.Baseline != nil {
				return goal.Indicator{}, false
			}
			ind.Baseline = &v
		case goal.RoleActual:
			ind.Actuals = append(ind.Actuals, v)
		case goal.RoleInterim:
			v.Cmp = q.Cmp
			ind.Interim = append(ind.Interim, v)
		case goal.RoleTarget:
			if ind.Target != nil {
				return goal.Indicator{}, false
			}
			v.Cmp = q.Cmp
			ind.Target = &v
		default:
			return goal.Indicator{}, false
		}
		if ind.Unit == "" && q.Kind != goal.KindFrequency {
			ind.Unit = q.Unit
		}
	}
	if ind.Target == nil {
		return goal.Indicator{}, false
	}
	return ind, true
}
