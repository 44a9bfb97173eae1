package load

import (
	"slices"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse/doc"
)

// Goal management sheets (組織目標管理シート) flattened one cell per line:
//
//	令和6年度 組織目標管理シート（教育部 学校支援課）
//	所属長 学校支援課長 氏名
//	No.
//	1
//	課題
//	…
//	達成水準
//	…
//
// Each sheet's title names its unit, most specific last (the division
// under its bureau); a later title line starts the next unit's sheet. The
// labels stand alone on a line with their value on the next.

// sheetLabelLines turns a sheet label standing alone on a line (a heading
// to the structure reader: 課題, 取組内容) and the paragraph on the next
// line into one field, as 課題：… would be. It runs before the blocks are
// read, so the indexes the loader keeps are those of the merged blocks.
func sheetLabelLines(d *doc.Document) {
	out := d.Blocks[:0]
	for i := 0; i < len(d.Blocks); i++ {
		b := d.Blocks[i]
		if i+1 < len(d.Blocks) && b.Kind == doc.Heading && b.Number == "" && !strings.ContainsAny(d.Source[b.Span.Start:b.Span.End], "\r\n") {
			n := d.Blocks[i+1]
			title := b.Title
			if title == "" {
				title = b.Text
			}
			if _, ok := sheetRole(&doc.Block{Label: title, LabelText: title}); ok && n.Kind == doc.Paragraph && len(n.Parts) == 0 &&
				n.Span.Start > b.Span.End && strings.TrimFunc(d.Source[b.Span.End:n.Span.Start], isBlank) == "" &&
				lineBreaks(d.Source[b.Span.End:n.Span.Start]) == 1 {
				out = append(out, doc.Block{Kind: doc.Field, Span: doc.Span{Start: b.Span.Start, End: n.Span.End}, Line: b.Line,
					Text: n.Text, Label: title, LabelText: title, Value: n.Text, ValueSpan: n.Span})
				i++
				continue
			}
		}
		out = append(out, b)
	}
	d.Blocks = out
}

// titleUnits returns the units a sheet's title names, most specific
// first, each with the next as its parent: 「…（教育部 学校支援課）」 →
// 学校支援課, 教育部. nil when the line holds no goal title word or no unit.
func titleUnits(t string) []string {
	if runes(t) > 80 || !containsAny(t, goalTitleWords) {
		return nil
	}
	return unitsIn(t)
}

// unitsIn returns the units the words of t name, most specific first:
// 「建設部 下水道課」 → 下水道課, 建設部.
func unitsIn(t string) []string {
	var units []string
	for _, w := range strings.FieldsFunc(t, func(r rune) bool {
		return isBlank(r) || strings.ContainsRune("【】「」（）()・◆◇■□●○", r)
	}) {
		o := ""
		if isOrgName(w) {
			o = w
		} else if u := orgInText(w); u != "" {
			o = u
		}
		if o != "" && !slices.Contains(units, o) && !isMunicipality(o) {
			units = append(units, o)
		}
	}
	// most specific first: by rank, later before earlier on a tie
	out := make([]string, 0, len(units))
	for len(units) > 0 {
		best := len(units) - 1
		for k := len(units) - 1; k >= 0; k-- {
			if orgRank(goal.OrgKindOf(units[k])) > orgRank(goal.OrgKindOf(units[best])) {
				best = k
			}
		}
		out = append(out, units[best])
		units = append(units[:best], units[best+1:]...)
	}
	return out
}

// placeTitleUnits makes the units of a title known, each under the next,
// and returns the most specific.
func (g *goalsLoader) placeTitleUnits(units []string) string {
	for k := len(units) - 1; k > 0; k-- {
		p, c := g.org(units[k]), g.org(units[k-1])
		if c.Parent == nil && p != c {
			p.AddChild(c)
		}
	}
	return units[0]
}

// laterSheetTitle reads a title line after the first that names a unit:
// the next unit's sheet starts there. A goal number's label (No.) is read
// here too.
func (g *goalsLoader) laterSheetTitle(t string) bool {
	if isGoalNumberLabel(t) {
		return true // No. over the goal's number: read
	}
	if g.l.Title == "" || strings.HasSuffix(t, "。") {
		return false
	}
	units := titleUnits(t)
	if len(units) == 0 {
		return false
	}
	g.flushSheet()
	g.docOrg = g.placeTitleUnits(units)
	g.owner, g.group, g.headings = "", "", nil
	return true
}

// headLabels open a line naming the head of the sheet's unit: 所属長 (head
// of the unit), 責任者 (person responsible).
var headLabels = []string{"所属長名", "所属長", "責任者", "記入者"}

// sheetHead reads 「所属長 学校支援課長 氏名」 into the unit the head's title
// leads (or the unit being read). It reports whether the line was one.
func (g *goalsLoader) sheetHead(t string) bool {
	rest := t
	for _, lab := range headLabels {
		if r, ok := strings.CutPrefix(t, lab); ok {
			rest = strings.TrimLeft(r, ":：　 ")
			break
		}
	}
	if rest == t {
		// 課長：山辺 孝之 — the head's title as the label
		title, name, ok := strings.Cut(strings.Replace(t, "：", ":", 1), ":")
		if !ok || !isHeadTitleLine(strings.TrimFunc(title, isBlank)) {
			return false
		}
		rest = strings.TrimFunc(title, isBlank) + " " + strings.TrimFunc(name, isBlank)
	}
	h, ok := headOf(rest)
	if !ok {
		return false
	}
	unit := unitOfHead(h.Title)
	if _, known := g.orgs[unit]; !known {
		unit = g.owner
		if unit == "" {
			unit = g.docOrg
		}
	}
	if unit == "" {
		return false
	}
	if o := g.org(unit); o.Head.IsZero() {
		o.Head = h
	}
	return true
}

// isGoalNumberLabel: a line that is only a goal number's label (No.).
func isGoalNumberLabel(t string) bool {
	k := normKey(t)
	for _, w := range goalNumberLabels {
		if k == normKey(w) {
			return true
		}
	}
	return false
}

// lineBreaks counts the line ends in s: LF, CR LF and lone CR each one.
func lineBreaks(s string) int {
	return strings.Count(s, "\n") + strings.Count(s, "\r") - strings.Count(s, "\r\n")
}

// isMunicipality: a city, town, village or prefecture named in a title
// (「東山市 都市整備部 組織目標」) is whose list it is, not a unit in it.
func isMunicipality(name string) bool {
	switch goal.OrgKindOf(name) {
	case goal.OrgCity, goal.OrgTown, goal.OrgVillage, goal.OrgPrefecture, goal.OrgMetropolis, goal.OrgUrbanPrefecture, goal.OrgCircuit:
		return true
	}
	return false
}
