package load

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
)

// The row logic: cells (text only) and the columns a header gave them →
// one indicator. It knows nothing of the structure reader, so any source of
// rows can use it.

// column is a header cell read: what the column holds, and a year or unit
// the header states for it (「現状値（令和2年度）」, 「目標値（％）」).
type column struct {
	kind IndicatorColumn
	year goal.Year
	unit string
}

// headerColumns reads a header row. ok is false unless the row names an
// indicator column and a figure column (a baseline, target or actual).
func (ir *indicatorReader) headerColumns(cells []string) ([]column, bool) {
	cols := make([]column, len(cells))
	var name, figure bool
	for k, c := range cells {
		cols[k] = ir.headerCell(c)
		switch cols[k].kind {
		case ColumnName:
			name = true
		case ColumnBaseline, ColumnTarget, ColumnInterim, ColumnActual:
			figure = true
		}
	}
	if figure && !name && len(cells) > 0 && cols[0].kind == ColumnUnset {
		cols[0].kind = ColumnName // a blank or unnamed first header cell
		name = true
	}
	latestIsActual(cells, cols)
	return cols, name && figure
}

// latestWords name a column of the latest figure (直近値: the latest value).
// Alone beside the target it is where the plan starts from (a baseline);
// beside a baseline column of its own (基準値, 策定時 …) it is the latest
// actual, read after the plan began.
var latestWords = []string{"直近値", "直近"}

// latestIsActual makes a latest-figure column an actual when another
// column holds the baseline.
func latestIsActual(cells []string, cols []column) {
	latest, other := -1, false
	for k, c := range cells {
		if cols[k].kind != ColumnBaseline {
			continue
		}
		if containsAny(c, latestWords) {
			latest = k
		} else {
			other = true
		}
	}
	if latest >= 0 && other {
		cols[latest].kind = ColumnActual
	}
}

// headerCell reads one header cell: the column of the longest header word
// it contains, a year in it, a unit in its bracket.
func (ir *indicatorReader) headerCell(c string) column {
	var col column
	c = strings.TrimSpace(c)
	if c == "" {
		return col
	}
	head, note := splitBracket(c)
	if strings.ContainsAny(head, "0123456789０１２３４５６７８９") {
		return col // a figure, not a header: 「現状値68.2%」
	}
	for _, h := range ir.v.headers {
		if strings.Contains(head, h.Word) {
			col.kind = h.Column
			break
		}
	}
	if col.kind == ColumnUnset {
		return col
	}
	if dates, err := ir.p.Dates(c); err == nil {
		for _, d := range dates {
			if y, ok := goal.YearOf(d); ok {
				col.year = y
				break
			}
		}
	}
	if col.year.IsZero() && note != "" {
		if fy, err := ir.p.ParseFiscalYear(note); err == nil {
			col.year = goal.Year{Value: int(fy)}
		} else if isUnitText(note) {
			col.unit = note
		}
	}
	return col
}

// splitBracket splits 「目標値（令和9年度）」 into 目標値 and 令和9年度.
func splitBracket(s string) (head, note string) {
	for _, open := range []string{"（", "(", "〔", "【", "["} {
		if i := strings.Index(s, open); i > 0 {
			rest := s[i+len(open):]
			for _, cl := range []string{"）", ")", "〕", "】", "]"} {
				if j := strings.Index(rest, cl); j >= 0 {
					return strings.TrimSpace(s[:i]), strings.TrimSpace(rest[:j])
				}
			}
			return strings.TrimSpace(s[:i]), strings.TrimSpace(rest)
		}
	}
	return s, ""
}

// isUnitText reports whether s can be a unit: short, no digit except in a
// per-unit form (人/10万人), not a word of prose.
func isUnitText(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "〔〕（）()[]【】")
	if s == "" || utf8.RuneCountInString(s) > 8 {
		return false
	}
	if strings.ContainsAny(s, "、。：:") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) {
		return false
	}
	return true
}

// rowIndicator reads one data row by its columns. ok is false when the row
// has no name or no figure.
func (ir *indicatorReader) rowIndicator(cells []string, cols []column) (goal.Indicator, bool) {
	if len(cells) > len(cols) {
		// more cells than the header has columns: a year written before
		// each figure (「2019年 12,400人」) is the figure's
		cells = ir.yearsBeforeFigures(cells)
	}
	var ind goal.Indicator
	var interimYears []goal.Year
	var baseYear, targetYear, actualYear goal.Year
	for k, c := range cells {
		if k >= len(cols) {
			break
		}
		c = strings.TrimSpace(c)
		col := cols[k]
		switch col.kind {
		case ColumnName:
			if ind.Name == "" {
				ind.Name = cleanName(c)
			}
		case ColumnUnit:
			ind.Unit = normalizeUnit(c)
		case ColumnDirection:
			ind.Direction = ir.direction(c)
		case ColumnBaselineYear:
			baseYear = ir.yearCell(c)
		case ColumnTargetYear:
			targetYear = ir.yearCell(c)
		case ColumnActualYear:
			actualYear = ir.yearCell(c)
		case ColumnBaseline, ColumnTarget, ColumnInterim, ColumnActual:
			f, ok := ir.cellFigure(c)
			if !ok {
				if !noData(c) {
					// text where a figure belongs: the row does not fit the
					// header (cells shifted), so nothing of it is trusted
					return goal.Indicator{}, false
				}
				continue
			}
			val := goal.IndicatorValue{Value: f.Value, Year: f.Year}
			if val.Year.IsZero() {
				val.Year = col.year
			}
			if ind.Unit == "" && col.unit != "" {
				ind.Unit = normalizeUnit(col.unit)
			}
			if ind.Unit == "" {
				ind.Unit = f.Unit
			}
			switch col.kind {
			case ColumnBaseline:
				ind.Baseline = &val
			case ColumnTarget:
				val.Cmp = f.Cmp
				ind.Target = &val
			case ColumnInterim:
				val.Cmp = f.Cmp
				ind.Interim = append(ind.Interim, val)
				interimYears = append(interimYears, col.year)
			case ColumnActual:
				ind.Actuals = append(ind.Actuals, val)
			}
		}
	}
	if ind.Unit == "" {
		// 「市民1人1日当たりのごみ排出量〔g〕」: the unit in the name's brackets
		ind.Name, ind.Unit = unitInName(ir.p, ind.Name)
	}
	if ind.Baseline != nil && ind.Baseline.Year.IsZero() {
		ind.Baseline.Year = baseYear
	}
	if ind.Target != nil && ind.Target.Year.IsZero() {
		ind.Target.Year = targetYear
	}
	for k := range ind.Actuals {
		if ind.Actuals[k].Year.IsZero() {
			ind.Actuals[k].Year = actualYear
		}
	}
	_ = interimYears
	if ind.Name == "" || (ind.Baseline == nil && ind.Target == nil && len(ind.Interim) == 0 && len(ind.Actuals) == 0) {
		return goal.Indicator{}, false
	}
	ir.inferDirection(&ind)
	return ind, true
}

// plainRow reads a row without a header: the first text cell is the name,
// a short text cell a unit, a direction word the direction, and the
// figures in order a baseline, interim targets and the final target (one
// figure alone is the target). ok is false without a name and a figure.
func (ir *indicatorReader) plainRow(cells []string) (goal.Indicator, bool) {
	cells = ir.yearsBeforeFigures(cells)
	var ind goal.Indicator
	var figs []parse.Figure
	var cued []column // a header word opening a cell: 「現状値68.2%（令和4年度）」
	for k, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if f, ok := ir.cellFigure(c); ok {
			figs = append(figs, f)
			cued = append(cued, column{})
			continue
		}
		if col, f, ok := ir.cuedFigure(c); ok && ind.Name != "" {
			figs = append(figs, f)
			cued = append(cued, col)
			continue
		}
		if ind.Name == "" {
			ind.Name = cleanName(c)
			continue
		}
		if len(figs) > 0 && isArrow(c) && k+1 < len(cells) {
			if _, ok := ir.cellFigure(strings.TrimSpace(cells[k+1])); ok {
				continue // 「385千人 → 410千人」: an arrow between figures, not a direction
			}
		}
		if d := ir.direction(c); d != goal.DirectionUnset {
			ind.Direction = d
			continue
		}
		if ind.Unit == "" && len(figs) == 0 && isUnitText(c) {
			ind.Unit = normalizeUnit(c)
		}
	}
	if ind.Name == "" || len(figs) == 0 {
		return goal.Indicator{}, false
	}
	anyCue := false
	for _, c := range cued {
		anyCue = anyCue || c.kind != ColumnUnset
	}
	if !anyCue {
		ir.assignFigures(&ind, figs)
		return ind, true
	}
	for k, f := range figs {
		val := goal.IndicatorValue{Value: f.Value, Year: f.Year}
		if ind.Unit == "" {
			ind.Unit = f.Unit
		}
		switch cued[k].kind {
		case ColumnBaseline:
			ind.Baseline = &val
		case ColumnInterim:
			val.Cmp = f.Cmp
			ind.Interim = append(ind.Interim, val)
		case ColumnActual:
			ind.Actuals = append(ind.Actuals, val)
		default: // ColumnTarget, or a figure without a cue among cued ones
			val.Cmp = f.Cmp
			ind.Target = &val
		}
	}
	ir.inferDirection(&ind)
	return ind, true
}

// cuedFigure reads a cell that opens with a value column's header word and
// goes on with a figure: 「現状値68.2%（令和4年度）」, 「目標値 75.0%」.
func (ir *indicatorReader) cuedFigure(c string) (column, parse.Figure, bool) {
	for _, h := range ir.v.headers {
		switch h.Column {
		case ColumnBaseline, ColumnTarget, ColumnInterim, ColumnActual:
		default:
			continue
		}
		if !strings.HasPrefix(c, h.Word) {
			continue
		}
		rest := strings.TrimLeft(c[len(h.Word):], " 　:：")
		if f, ok := ir.cellFigure(rest); ok {
			return column{kind: h.Column}, f, true
		}
		return column{}, parse.Figure{}, false
	}
	return column{}, parse.Figure{}, false
}

// assignFigures gives figures in order the roles baseline, interim …,
// target (one figure alone is the target).
func (ir *indicatorReader) assignFigures(ind *goal.Indicator, figs []parse.Figure) {
	for k, f := range figs {
		val := goal.IndicatorValue{Value: f.Value, Year: f.Year}
		if ind.Unit == "" {
			ind.Unit = f.Unit
		}
		switch {
		case k == len(figs)-1:
			val.Cmp = f.Cmp
			ind.Target = &val
		case k == 0:
			ind.Baseline = &val
		default:
			val.Cmp = f.Cmp
			ind.Interim = append(ind.Interim, val)
		}
	}
	ir.inferDirection(ind)
}

// inferDirection sets no direction the text does not state; it only reads
// a comparator the target states (以上 → increase, 以下/未満/以内 → decrease)
// when no direction column or word said otherwise.
func (ir *indicatorReader) inferDirection(ind *goal.Indicator) {
	if ind.Direction != goal.DirectionUnset || ind.Target == nil {
		return
	}
	switch ind.Target.Cmp {
	case goal.CmpGE, goal.CmpGT:
		ind.Direction = goal.DirectionIncrease
	case goal.CmpLE, goal.CmpLT:
		ind.Direction = goal.DirectionDecrease
	}
}

// cellFigure reads a table cell that holds a figure: the number must open
// the cell (a sign or 約 before it allowed), so a name that holds a number
// (「1人1日当たりごみ排出量」) is not a figure.
func (ir *indicatorReader) cellFigure(c string) (parse.Figure, bool) {
	c = joinSpacedDigits(strings.TrimSpace(c))
	f, ok := ir.figure(c)
	if !ok || utf8.RuneCountInString(strings.TrimSpace(c[:f.Span.Start])) > 2 || nameAfterFigure(c[f.Span.End:]) {
		return parse.Figure{}, false
	}
	return f, true
}

// nameAfterFigure reports whether what follows a cell's figure is words of
// a name: three or more runes opening with a kanji or katakana, so a name
// that starts with a number (「週1回以上運動する成人の割合」) is no figure,
// while 「95.0%以上を維持」 and 「42.5%(令和元年度)」 are.
func nameAfterFigure(rest string) bool {
	rest = strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	return utf8.RuneCountInString(rest) >= 3 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r))
}

// noData reports whether a value cell states that there is no figure: empty,
// a dash, 未集計 (not yet counted), 未定 (undecided), 調査中 (being surveyed),
// 集計中, ＊, 該当なし (not applicable).
func noData(c string) bool {
	c = strings.TrimSpace(c)
	switch c {
	case "", "-", "－", "―", "—", "ー", "‐", "―――", "－－", "…", "*", "＊", "未集計", "未定", "調査中", "集計中", "該当なし", "なし", "新規", "皆増":
		return true
	}
	return strings.Trim(c, "-－―—ー‐ ") == ""
}

// figure reads a value cell; a cell for which noData holds is no figure.
func (ir *indicatorReader) figure(c string) (parse.Figure, bool) {
	c = strings.TrimSpace(c)
	if noData(c) {
		return parse.Figure{}, false
	}
	f, err := ir.p.ParseFigure(c)
	if err != nil {
		return parse.Figure{}, false
	}
	return f, true
}

// yearCell reads a year column's cell (令和2年度, 2020, R2, 2020年).
func (ir *indicatorReader) yearCell(c string) goal.Year {
	c = strings.TrimSpace(c)
	if dates, err := ir.p.Dates(c); err == nil && len(dates) == 1 {
		if y, ok := goal.YearOf(dates[0]); ok {
			return y
		}
	}
	if fy, err := ir.p.ParseFiscalYear(c); err == nil {
		return goal.Year{Value: int(fy)}
	}
	return goal.Year{}
}

// direction reads a direction cell or the tail of a line by the longest
// direction word it contains.
func (ir *indicatorReader) direction(c string) goal.Direction {
	for _, d := range ir.v.directions {
		if strings.Contains(c, d.Word) {
			return d.Direction
		}
	}
	return goal.DirectionUnset
}

// cleanName trims markers and spaces around an indicator's name.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳◆◇■□●○◎・※★☆▶▷ 　")
	s = strings.TrimRight(s, "：:＝= 　\t") // a name separator before the figures
	return strings.TrimSpace(s)
}

// unitBrackets enclose a unit written after an indicator's name.
var unitBrackets = [][2]string{{"〔", "〕"}, {"［", "］"}, {"[", "]"}, {"（", "）"}, {"(", ")"}}

// unitInName splits a unit in brackets off the end of a name (「ごみ排出量
// 〔g〕」, 「観光消費額（百万円）」); the name as it is and "" when its last
// bracket holds no unit (「自殺死亡率（人口10万人当たり）」: a base, not a
// unit, and 「（20～64歳）」).
func unitInName(p *parse.Parser, name string) (string, string) {
	for _, br := range unitBrackets {
		if !strings.HasSuffix(name, br[1]) {
			continue
		}
		i := strings.LastIndex(name, br[0])
		if i <= 0 {
			continue
		}
		inner := strings.TrimSpace(name[i+len(br[0]) : len(name)-len(br[1])])
		if inner != "" && isUnitText(inner) && knownUnit(p, inner) {
			return strings.TrimSpace(name[:i]), normalizeUnit(inner)
		}
	}
	return name, ""
}

// knownUnit reports whether s is a unit the figures of a KPI table use: a
// symbol (%, ‰, g, kg, t, km, ㎡ …), a counter or a scaled one (人, 件,
// 千人, 百万円), written as parse reads it after a number.
func knownUnit(p *parse.Parser, s string) bool {
	q := "1" + s
	ex, err := p.Extract(q)
	if err != nil {
		return false
	}
	qs := append(ex.Targets, ex.Figures...)
	return len(qs) == 1 && qs[0].Unit != "" && qs[0].Span.Start == 0 && qs[0].Span.End == len(q) && qs[0].Cmp == goal.CmpEq
}

// isArrow reports whether a cell is only an arrow joining two figures.
func isArrow(c string) bool {
	for _, a := range lineArrows {
		if c == a {
			return true
		}
	}
	return false
}

// normalizeUnit strips brackets and folds ％ to %.
func normalizeUnit(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "〔〕（）()[]【】 　")
	if noData(s) {
		return "" // －: a ratio, or a rate with its basis in the name
	}
	return strings.NewReplacer("％", "%", "‰", "‰").Replace(s)
}

// yearsBeforeFigures joins a cell that is only a year to the figure cell
// after it, as the figure's year in a bracket: 「2019年」「385千人」 is read as
// 「385千人（2019年）」 (calendar year), 「令和4年度」「12件」 as 「12件（令和4年度）」.
// A figure that has a year of its own keeps it, and the year cell stays.
func (ir *indicatorReader) yearsBeforeFigures(cells []string) []string {
	var out []string
	for k := 0; k < len(cells); k++ {
		c := strings.TrimSpace(cells[k])
		if k+1 < len(cells) && ir.onlyYear(c) {
			next := strings.TrimSpace(cells[k+1])
			if f, ok := ir.cellFigure(next); ok && f.Year.IsZero() {
				out = append(out, next+"（"+c+"）")
				k++
				continue
			}
		}
		out = append(out, cells[k])
	}
	return out
}

// onlyYear reports whether a cell is one year and nothing else (2019年,
// 令和4年度, R4年度).
func (ir *indicatorReader) onlyYear(c string) bool {
	if c == "" || utf8.RuneCountInString(c) > 12 {
		return false
	}
	ds, err := ir.p.Dates(c)
	if err != nil || len(ds) != 1 || ds[0].Span.Start != 0 || ds[0].Span.End != len(c) {
		return false
	}
	_, ok := goal.YearOf(ds[0])
	return ok
}
