package parse

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

var (
	// 「第2期柏市総合計画」: an optional edition, then a name ending in a plan word.
	planTitleRE = regexp.MustCompile(`^(第[0-9０-９一二三四五六七八九十]+[期次])?[ \x{3000}]*(.{2,40}?(?:計画|プラン|ビジョン|戦略|構想))(?:[ \x{3000}]*[(（].*[)）])?$`)
	// the issuer at the head of a plan name: さいたま市, 柏市, 埼玉県.
	issuerRE = regexp.MustCompile(`^(.{1,10}?[都道府県市町村区])`)
	// 「令和3年度～令和12年度」, 「令和3（2021）年度から令和12（2030）年度まで」.
	eraPeriodRE = regexp.MustCompile(`(令和|平成)[ \x{3000}]*([0-9]+|元)[ \x{3000}]*(?:[(（][0-9]{4}[)）])?[ \x{3000}]*年度?[ \x{3000}]*(?:[～〜~\-－ー―]|から)[ \x{3000}]*(令和|平成)?[ \x{3000}]*([0-9]+)[ \x{3000}]*(?:[(（][0-9]{4}[)）])?[ \x{3000}]*年度`)
	// 「2021年度～2030年度」.
	westernPeriodRE = regexp.MustCompile(`([0-9]{4})[ \x{3000}]*年度?[ \x{3000}]*(?:[～〜~\-－ー―]|から)[ \x{3000}]*([0-9]{4})[ \x{3000}]*年度`)
)

// planEraStart is the Western year before year 1 (元年) of each era.
var planEraStart = map[string]int{"令和": 2018, "平成": 1988}

// readFrontMatter fills the plan's Title, Edition, Issuer, Start and End
// from the text before the first heading (the LevelPreamble node):
//   - the first short line ending in 計画, プラン, ビジョン, 戦略 or 構想 is the
//     title (as written), a leading 第N期/第N次 its edition, the name up to the first
//     都/道/府/県/市/町/村/区 its issuer; that line is taken out of the
//     preamble (which is dropped when nothing is left);
//   - the first fiscal-year range (令和3年度～令和12年度, 2021年度から
//     2030年度) is the period; that statement stays.
//
// Plans that state none of these keep the zero values.
func readFrontMatter(p *goal.Plan) {
	if len(p.Nodes) == 0 || p.Nodes[0].Level != LevelPreamble {
		return
	}
	pre := p.Nodes[0]
	kept := pre.Statements[:0]
	for _, st := range pre.Statements {
		if p.Title == "" && readPlanTitle(p, st.Text) {
			continue
		}
		if p.Start == 0 {
			p.Start, p.End = readPlanPeriod(st.Text)
		}
		kept = append(kept, st)
	}
	pre.Statements = kept
	if len(pre.Statements) == 0 {
		pre.Statements = nil
		if len(pre.Children) == 0 && pre.Source == "" {
			p.Nodes = p.Nodes[1:]
		}
	}
}

func readPlanTitle(p *goal.Plan, text string) bool {
	if endsOutlineSentence(text) || utf8.RuneCountInString(text) > maxTitleRunes {
		return false
	}
	m := planTitleRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	p.Title = text
	if p.Start == 0 {
		p.Start, p.End = readPlanPeriod(text)
	}
	p.Edition = goal.NormalizeNumber(m[1])
	if im := issuerRE.FindStringSubmatch(m[2]); im != nil {
		rest := strings.TrimPrefix(m[2], im[1])
		if next, _ := utf8.DecodeRuneInString(rest); !strings.ContainsRune("民政場街内域営長議立有", next) && utf8.RuneCountInString(im[1]) >= 2 {
			p.Issuer = im[1]
		}
	}
	return true
}

// readPlanPeriod finds the first fiscal-year range in text.
func readPlanPeriod(text string) (start, end goal.FiscalYear) {
	t := goal.NormalizeNumber(text)
	if m := eraPeriodRE.FindStringSubmatch(t); m != nil {
		from := planEraYear(m[1], m[2])
		era := m[3]
		if era == "" {
			era = m[1]
		}
		to := planEraYear(era, m[4])
		if from > 0 && to >= from {
			return goal.FiscalYear(from), goal.FiscalYear(to)
		}
	}
	if m := westernPeriodRE.FindStringSubmatch(t); m != nil {
		from, _ := strconv.Atoi(m[1])
		to, _ := strconv.Atoi(m[2])
		if from > 0 && to >= from {
			return goal.FiscalYear(from), goal.FiscalYear(to)
		}
	}
	return 0, 0
}

func planEraYear(era, n string) int {
	y := 1
	if n != "元" {
		var err error
		if y, err = strconv.Atoi(n); err != nil || y < 1 || y > 99 {
			return 0
		}
	}
	return planEraStart[era] + y
}
