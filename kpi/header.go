package kpi

import (
	"errors"
	"sort"
	"strings"

	"github.com/policygoal/policygoal/goal"
)

// column is a field of the indicator table.
type column uint8

const (
	colNone column = iota
	colName
	colUnit
	colDirection
	colBaseline
	colBaselineYear
	colTarget
	colTargetYear
	colActual
	colActualYear
	colStage
	colWeight
	colOwner
	colNode
	colSource
	colTolerance
	colProvisional
	numColumns
)

// columnAliases are the header texts each field is recognized by, after
// normalizeHeader. English names are the README's; Japanese ones are those
// municipal KPI sheets use.
var columnAliases = map[column][]string{
	colName:         {"name", "indicator", "kpi", "指標名", "指標", "成果指標", "成果指標名", "kpi名", "評価指標", "指標名称", "目標指標", "目標指標名", "めざす姿の指標", "めざす姿の成果指標名"},
	colUnit:         {"unit", "単位"},
	colDirection:    {"direction", "方向", "方向性", "目指す方向", "めざす方向", "増減"},
	colBaseline:     {"baseline", "基準値", "現状値", "策定時", "策定時の値", "基準", "初期値", "現況値", "直近値", "当初値", "計画策定時"},
	colBaselineYear: {"baselineyear", "基準年度", "基準年", "現状値年度", "基準値年度", "策定時年度", "現状値の年度"},
	colTarget:       {"target", "目標値", "目標", "目標水準", "最終目標値", "最終目標"},
	colTargetYear:   {"targetyear", "目標年度", "目標年", "目標値年度"},
	colActual:       {"actual", "実績値", "実績", "現在値", "最新値"},
	colActualYear:   {"actualyear", "実績年度", "年度", "実績年", "実績値年度"},
	colStage:        {"kind", "stage", "種別", "区分", "指標区分", "指標の種類", "段階"},
	colWeight:       {"weight", "重み", "ウェイト", "ウエイト", "重み付け", "配点"},
	colOwner:        {"owner", "担当", "担当課", "所管課", "担当部局", "所管", "担当部署", "所管部局", "担当組織"},
	colNode:         {"node", "plannode", "施策", "施策名", "基本施策", "政策", "基本目標", "事業"},
	colSource:       {"source", "出典", "データ出典", "出所", "データソース"},
	colTolerance:    {"tolerance", "許容幅", "許容範囲", "許容差"},
	colProvisional:  {"provisional", "速報", "暫定", "速報値", "確定区分", "値の区分"},
}

var headerIndex = func() map[string]column {
	m := map[string]column{}
	for c, names := range columnAliases {
		for _, n := range names {
			m[n] = c
		}
	}
	return m
}()

// normalizeHeader folds widths, lowercases, drops spaces, underscores and
// hyphens, and a trailing bracketed note such as 「目標値（％）」 or
// "actual (FY)", so that "Baseline year", "baseline_year" and 「基準年度」
// with stray spaces all match.
func normalizeHeader(s string) string {
	s = strings.ToLower(normalizeCell(s))
	for _, open := range []string{"(", "[", "【", "〔", "「"} {
		if i := strings.Index(s, open); i > 0 {
			s = s[:i]
		}
	}
	return strings.NewReplacer(" ", "", "_", "", "-", "", "・", "").Replace(s)
}

// headerColumnsWith maps each cell of a candidate header row to a column; the
// first cell naming a column wins, later duplicates map to colNone. The
// caller's header words (extra, TableOptions.Headers) are read before the
// aliases.
func headerColumnsWith(row []string, extra map[string]string) (cols []column, known int) {
	cols = make([]column, len(row))
	seen := map[column]bool{}
	for i, cell := range row {
		c := colNone
		if f, ok := extra[strings.TrimSpace(cell)]; ok {
			c = headerIndex[normalizeHeader(f)]
		}
		if c == colNone {
			c = headerColumn(cell)
		}
		if c != colNone && !seen[c] {
			cols[i] = c
			seen[c] = true
			known++
		}
	}
	if !seen[colName] {
		return cols, 0
	}
	return cols, known
}

// notColumns are header words that contain a column's alias but name
// something else: 中間目標値 (an interim target) is not 目標値, 達成率 (rate
// of achievement) not a value. Their cells are reported in Table.Ignored.
var notColumns = []string{"中間目標", "中間値", "達成率", "達成度", "目標年度の", "進捗率"}

// containedAliases are the Japanese aliases, longest first, a header cell
// may contain with other words around them (「めざす姿の成果指標名」,
// 「現状値（R2）」 after its bracket is dropped, 「計画策定時の値」).
var containedAliases = func() []string {
	var out []string
	for _, names := range columnAliases {
		for _, n := range names {
			if len(n) >= 6 && n[0] >= 0x80 { // two or more kanji/kana
				out = append(out, n)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}()

// headerColumn names the column of one header cell: its exact alias, or
// else the longest Japanese alias it contains, unless it is one of
// notColumns.
func headerColumn(cell string) column {
	h := normalizeHeader(cell)
	if c, ok := headerIndex[h]; ok {
		return c
	}
	for _, w := range notColumns {
		if strings.Contains(h, w) {
			return colNone
		}
	}
	for _, a := range containedAliases {
		if strings.Contains(h, a) {
			return headerIndex[a]
		}
	}
	return colNone
}

// headerYearColumn is the year column a value column's header year fills
// (「現状値（令和2年度）」 gives the baseline year).
var headerYearColumn = map[column]column{
	colBaseline: colBaselineYear,
	colTarget:   colTargetYear,
	colActual:   colActualYear,
}

// headerNote is the bracketed note of a header cell (「現状値（令和2年度）」 →
// 令和2年度), "" when there is none.
func headerNote(cell string) string {
	s := normalizeCell(cell)
	for _, open := range []string{"(", "（", "[", "【", "〔"} {
		i := strings.Index(s, open)
		if i <= 0 {
			continue
		}
		rest := s[i+len(open):]
		for _, cl := range []string{")", "）", "]", "】", "〕"} {
			if j := strings.Index(rest, cl); j >= 0 {
				return strings.TrimSpace(rest[:j])
			}
		}
		return strings.TrimSpace(rest)
	}
	return ""
}

// readHeaderYears reads the year in each value column's header cell
// (「現状値（令和2年度）」, 「目標値(2030)」); rows without a year of their
// own take it. A bracket that looks like a year but cannot be read is a
// *CellError on the header row, never dropped silently; a bracket that is
// not a year (「目標値（％）」) is left alone.
func (tr *tableReader) readHeaderYears(rec record) {
	for i, c := range tr.cols {
		yc, ok := headerYearColumn[c]
		if !ok {
			continue
		}
		note := headerNote(rec.cells[i])
		if note == "" || !strings.ContainsAny(note, "0123456789０１２３４５６７８９元") {
			continue
		}
		fy, err := tr.year(note)
		if err != nil {
			e := &CellError{Row: rec.row, Column: i + 1, Value: rec.cells[i], Header: rec.cells[i], Err: ErrYear}
			var cf *cellFailure
			if errors.As(err, &cf) {
				e.Err, e.Cause = cf.sentinel, cf.cause
			}
			tr.table.Errors = append(tr.table.Errors, e)
			continue
		}
		tr.headerYears[yc] = fy
	}
}

// headerYears fills the years a row does not state from the header's.
func (v *rowValues) headerYears(h [numColumns]goal.FiscalYear) {
	if v.baselineYear == 0 {
		v.baselineYear = h[colBaselineYear]
	}
	if v.targetYear == 0 {
		v.targetYear = h[colTargetYear]
	}
	if v.actualYear == 0 {
		v.actualYear = h[colActualYear]
	}
}

// direction reads a direction cell: the caller's words
// (TableOptions.Directions) first, then the built-in ones.
func (tr *tableReader) direction(cell string) (Direction, error) {
	if d, ok := tr.opts.Directions[strings.TrimSpace(cell)]; ok {
		return d, nil
	}
	return parseDirection(cell)
}
