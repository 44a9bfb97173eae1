package load

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jtext"
	"github.com/policygoal/policygoal/parse"
)

// maxPlanTitle is the longest line read as a plan's title, in runes.
const maxPlanTitle = 60

// frontMatter fills the plan's Title, Edition, Issuer, Start and End from
// the text before the first heading (the LevelPreamble node):
//   - the first short line ending in a plan word (計画, プラン, ビジョン,
//     戦略, 構想), maybe followed by a bracketed note, is the title as
//     written, a leading 第N期/第N次 its edition, the name up to the first
//     都/道/府/県/市/町/村/区 its issuer; that line is taken out of the
//     preamble (which is dropped when nothing is left);
//   - the first fiscal-year range parse's date recognizer finds
//     (令和3年度～令和12年度, 2021～25年度, 2016∼2025年度) is the period; that
//     statement stays.
//
// Plans that state none of these keep the zero values.
func (b *outlineBuilder) frontMatter() {
	p := b.plan
	if len(p.Nodes) == 0 || p.Nodes[0].Level != LevelPreamble {
		return
	}
	pre := p.Nodes[0]
	kept := pre.Statements[:0]
	for _, st := range pre.Statements {
		if p.Title == "" && b.planTitle(st.Text) {
			continue
		}
		if p.Start == 0 {
			p.Start, p.End = b.period(st.Text)
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

func (b *outlineBuilder) planTitle(text string) bool {
	if strings.HasSuffix(text, "。") || utf8.RuneCountInString(text) > maxPlanTitle {
		return false
	}
	text = strings.TrimSpace(text)
	for _, toc := range []string{"目次", "目　次", "もくじ"} {
		text = strings.TrimRight(strings.TrimSuffix(text, toc), " \u3000") // 南台市地域福祉計画　目次
	}
	name := text
	if i := strings.IndexAny(name, "(（"); i > 0 && (strings.HasSuffix(name, ")") || strings.HasSuffix(name, "）")) {
		name = strings.TrimRight(name[:i], " \u3000")
	}
	ok := false
	for _, w := range planTitleWords {
		if strings.HasSuffix(name, w) {
			ok = true
		}
	}
	if !ok || strings.ContainsAny(name, "、。：:") {
		return false
	}
	p := b.plan
	p.Title = text
	if p.Start == 0 {
		p.Start, p.End = b.period(text)
	}
	// 第2期, 第3次 (the edition): before the name, inside it (かわせみ町第6次
	// 総合計画) or in the bracketed note (（第3次）)
	for at := 0; at < len(text); {
		i := strings.Index(text[at:], "第")
		if i < 0 {
			break
		}
		rest := text[at+i+len("第"):]
		if j := strings.IndexAny(rest, "期次"); j > 0 && allNumeral(rest[:j]) {
			p.Edition = goal.NormalizeNumber("第" + rest[:j+len("期")])
			if at+i == 0 {
				name = strings.TrimLeft(rest[j+len("期"):], " \u3000")
			}
			break
		}
		at += i + len("第")
	}
	// the issuer: さいたま市, 埼玉県 (at least two runes, not 市民…)
	for i, r := range name {
		if !strings.ContainsRune(issuerEnds, r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(name[end:])
		if utf8.RuneCountInString(name[:end]) >= 2 && utf8.RuneCountInString(name[:end]) <= 10 && !strings.ContainsRune(notIssuerNext, next) {
			p.Issuer = name[:end]
		}
		break
	}
	return true
}

func allNumeral(s string) bool { return s != "" && strings.TrimFunc(s, jtext.IsNumeralRune) == "" }

// period finds the first fiscal-year range in text with the parser's date
// recognizer: one mention that is a range (2021～25年度), two fiscal years
// joined by a range sign or から (令和3年度～令和12年度, 2024年度から2028年度),
// or a bare year and a range sign before a fiscal year (2016∼2025年度).
func (b *outlineBuilder) period(text string) (start, end goal.FiscalYear) {
	ms, err := b.p.Dates(text)
	if err != nil {
		return 0, 0
	}
	for i, m := range ms {
		if m.Kind != goal.DateKindFiscalYear {
			continue
		}
		if m.ThroughFiscalYear > m.FiscalYear {
			return m.FiscalYear, m.ThroughFiscalYear
		}
		if i+1 < len(ms) && ms[i+1].Kind == goal.DateKindFiscalYear && rangeSign(text[m.Span.End:ms[i+1].Span.Start]) &&
			ms[i+1].FiscalYear > m.FiscalYear {
			return m.FiscalYear, ms[i+1].FiscalYear
		}
		// 2016∼2025年度: the first year stands bare before the sign
		before := strings.TrimRight(jtext.String(text[:m.Span.Start]), " \u3000")
		for _, sign := range rangeMarks {
			if rest, ok := strings.CutSuffix(before, sign); ok {
				rest = strings.TrimRight(rest, " \u3000")
				k := len(rest)
				for k > 0 && (rest[k-1] >= '0' && rest[k-1] <= '9') {
					k--
				}
				if len(rest)-k == 4 {
					if fy, err := b.p.ParseFiscalYear(rest[k:]); err == nil && fy < m.FiscalYear {
						return fy, m.FiscalYear
					}
				}
			}
		}
	}
	return 0, 0
}

// rangeMarks join the two ends of a period or a meeting's time: parse's
// one list (～, 〜, -, ∼, ー, から …), read in width-folded text.
var rangeMarks = parse.RangeMarks()

// rangeSign reports whether between, the text between two dates, is a
// range mark alone (white space aside).
func rangeSign(between string) bool {
	return slices.Contains(rangeMarks, strings.TrimFunc(jtext.String(between), isBlank))
}
