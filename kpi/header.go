package kpi

import (
	"strings"
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
	colName:         {"name", "indicator", "kpi", "指標名", "指標", "成果指標", "成果指標名", "kpi名", "評価指標", "指標名称"},
	colUnit:         {"unit", "単位"},
	colDirection:    {"direction", "方向", "方向性", "目指す方向", "増減"},
	colBaseline:     {"baseline", "基準値", "現状値", "策定時", "策定時の値", "基準", "初期値"},
	colBaselineYear: {"baselineyear", "基準年度", "基準年", "現状値年度", "基準値年度", "策定時年度", "現状値の年度"},
	colTarget:       {"target", "目標値", "目標", "目標水準"},
	colTargetYear:   {"targetyear", "目標年度", "目標年", "目標値年度"},
	colActual:       {"actual", "実績値", "実績", "現在値"},
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

// headerColumns maps each cell of a candidate header row to a column; the
// first cell naming a column wins, later duplicates map to colNone.
func headerColumns(row []string) (cols []column, known int) {
	cols = make([]column, len(row))
	seen := map[column]bool{}
	for i, cell := range row {
		c := headerIndex[normalizeHeader(cell)]
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
