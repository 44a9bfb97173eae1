package parse

import (
	"sort"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// RoleCue is a word that tells the role of a quantity near it. A cue with
// After false is written before the quantity, in the stretch since the
// previous quantity (「現状値 68.1%」, 「目標値95.0%」, 「達成率91.6%」); the
// nearest such cue wins. A cue with After true is a predicate after it
// (「…人を目指す」 a target, 「…%であった」 an actual); the first one wins.
// Words are matched after width folding (full-width ASCII becomes ASCII).
//
// A cue with Whole true counts only as a word of its own, not as the end of
// a longer kanji compound: 基準 (reference) before 「：令和2年度 41.2万㎡」
// is a baseline, but 環境基準 and 水質基準 are standards a target is
// measured against.
//
// A cue with Near above zero tells the role only of a quantity at most Near
// runes after it: 現在 right before a figure (「現在64人」, 「4月1日現在で9人」)
// states the present level, but 現在 opening a sentence says nothing of a
// target at its end.
type RoleCue struct {
	Word  string
	Role  goal.Role
	After bool
	Whole bool
	Near  int
}

// defaultRoleCues are the cue words of municipal plans and progress
// reports. The meaning of each is in its comment.
var defaultRoleCues = []RoleCue{
	// before the quantity
	{Word: "中間目標値", Role: goal.RoleInterim},            // interim target value
	{Word: "中間目標", Role: goal.RoleInterim},             // interim target
	{Word: "中間値", Role: goal.RoleInterim},              // interim value (in tables)
	{Word: "最終目標値", Role: goal.RoleTarget},             // final target value
	{Word: "目標値", Role: goal.RoleTarget},               // target value
	{Word: "目標", Role: goal.RoleTarget},                // target
	{Word: "現状値", Role: goal.RoleBaseline},             // current value (the baseline)
	{Word: "現況値", Role: goal.RoleBaseline},             // present value (the baseline)
	{Word: "基準値", Role: goal.RoleBaseline},             // reference value
	{Word: "基準", Role: goal.RoleBaseline, Whole: true}, // reference (「基準：令和2年度 41.2万㎡」), not 環境基準
	{Word: "当初値", Role: goal.RoleBaseline},             // initial value
	{Word: "初期値", Role: goal.RoleBaseline},             // initial value
	{Word: "策定時", Role: goal.RoleBaseline},             // when the plan was drawn up
	{Word: "計画策定時", Role: goal.RoleBaseline},
	{Word: "現在の値", Role: goal.RoleBaseline},        // the present value
	{Word: "現在の", Role: goal.RoleBaseline},         // the present …
	{Word: "現状", Role: goal.RoleBaseline},          // the present state
	{Word: "現在", Role: goal.RoleBaseline, Near: 2}, // now (「現在64人」, 「令和6年4月1日現在で9人」)
	{Word: "直近値", Role: goal.RoleBaseline},         // latest value (a plan's starting point)
	{Word: "実績値", Role: goal.RoleActual},           // actual value
	{Word: "実績", Role: goal.RoleActual},            // actual result
	{Word: "最新値", Role: goal.RoleActual},           // latest figure (progress reports)
	{Word: "最新の数値", Role: goal.RoleActual},
	{Word: "達成率", Role: goal.RoleOther},   // rate of achievement: derived, not a target
	{Word: "達成度", Role: goal.RoleOther},   // degree of achievement
	{Word: "進捗率", Role: goal.RoleOther},   // rate of progress
	{Word: "回答者", Role: goal.RoleOther},   // respondents (a sample size)
	{Word: "回答数", Role: goal.RoleOther},   // number of answers
	{Word: "回答率", Role: goal.RoleOther},   // response rate
	{Word: "回収率", Role: goal.RoleOther},   // return rate of a survey
	{Word: "対象者", Role: goal.RoleOther},   // people surveyed
	{Word: "調査対象", Role: goal.RoleOther},  // survey population
	{Word: "n=", Role: goal.RoleOther},    // sample size
	{Word: "N=", Role: goal.RoleOther},    // sample size
	{Word: "うち", Role: goal.RoleOther},    // of which (a breakdown)
	{Word: "国の目標", Role: goal.RoleOther},  // the national target (a reference, not this plan's)
	{Word: "国の目標値", Role: goal.RoleOther}, // the national target value
	{Word: "全国平均", Role: goal.RoleOther},  // the national average
	{Word: "県平均", Role: goal.RoleOther},   // the prefecture's average
	{Word: "前年度比", Role: goal.RoleOther},  // against the year before (a change)
	{Word: "前年比", Role: goal.RoleOther},   // against the year before
	{Word: "比で", Role: goal.RoleOther},    // against … (a change from a base)
	{Word: "前年度の", Role: goal.RoleOther},  // of the year before: a multiple of it (前年度の約1.3倍) is a change
	{Word: "前年の", Role: goal.RoleOther},   // of the year before (calendar)
	// after the quantity
	{Word: "を目指", Role: goal.RoleTarget, After: true},     // aim at
	{Word: "予定", Role: goal.RoleTarget, After: true},      // planned (「12か所整備する予定でしたが」: the plan, not the result)
	{Word: "を目標", Role: goal.RoleTarget, After: true},     // take as the target
	{Word: "目指し", Role: goal.RoleTarget, After: true},     // aiming at
	{Word: "とする", Role: goal.RoleTarget, After: true},     // make it …
	{Word: "にする", Role: goal.RoleTarget, After: true},     // bring it to …
	{Word: "にします", Role: goal.RoleTarget, After: true},    // we will bring it to …
	{Word: "とします", Role: goal.RoleTarget, After: true},    // we will make it …
	{Word: "に増や", Role: goal.RoleTarget, After: true},     // increase to
	{Word: "に減ら", Role: goal.RoleTarget, After: true},     // reduce to
	{Word: "まで増や", Role: goal.RoleTarget, After: true},    // increase up to
	{Word: "まで減ら", Role: goal.RoleTarget, After: true},    // reduce down to
	{Word: "を達成する", Role: goal.RoleTarget, After: true},   // achieve
	{Word: "を達成しており", Role: goal.RoleActual, After: true}, // has achieved (「令和5年4月時点で0人を達成しており」)
	{Word: "を達成してい", Role: goal.RoleActual, After: true},  // has achieved (している, しています)
	{Word: "を達成した", Role: goal.RoleActual, After: true},   // achieved
	{Word: "を確保する", Role: goal.RoleTarget, After: true},   // secure
	{Word: "を維持する", Role: goal.RoleTarget, After: true},   // maintain
	{Word: "へ短縮", Role: goal.RoleTarget, After: true},     // shorten to
	{Word: "に短縮", Role: goal.RoleTarget, After: true},     // shorten to
	{Word: "であった", Role: goal.RoleActual, After: true},    // was
	{Word: "であり", Role: goal.RoleActual, After: true},     // is (stating a fact)
	{Word: "でした", Role: goal.RoleActual, After: true},     // was
	{Word: "だった", Role: goal.RoleActual, After: true},     // was
	{Word: "となった", Role: goal.RoleActual, After: true},    // became
	{Word: "となり", Role: goal.RoleActual, After: true},     // became, and …
	{Word: "となって", Role: goal.RoleActual, After: true},    // stands at (となっている, となっています)
	{Word: "です", Role: goal.RoleActual, After: true},      // is (a present state: 「市民は2割程度です」)
	{Word: "に上昇した", Role: goal.RoleActual, After: true},   // rose to
	{Word: "に増加した", Role: goal.RoleActual, After: true},   // increased to
	{Word: "に減少した", Role: goal.RoleActual, After: true},   // decreased to
	{Word: "に低下した", Role: goal.RoleActual, After: true},   // fell to
	{Word: "に改善した", Role: goal.RoleActual, After: true},   // improved to
	{Word: "まで上昇", Role: goal.RoleActual, After: true},    // rose as far as
	{Word: "ました", Role: goal.RoleActual, After: true},     // did (polite past: 低下しました, 増えました)
	{Word: "にとどまった", Role: goal.RoleActual, After: true},  // remained at
	{Word: "にとどまって", Role: goal.RoleActual, After: true},  // remains at
	{Word: "で推移", Role: goal.RoleActual, After: true},     // has been moving at
	{Word: "水準にあ", Role: goal.RoleBaseline, After: true},  // stands at a (high) level: the present level (「98.7%と高い水準にあり」)
	{Word: "の目標", Role: goal.RoleTarget, After: true},     // the target of … (「「年間転入者数1,800人」の目標に対し」)
	{Word: "を上回って", Role: goal.RoleOther, After: true},    // is above (「全国の25.2%を上回っています」: a reference level)
	{Word: "を下回って", Role: goal.RoleOther, After: true},    // is below
	{Word: "を上回り", Role: goal.RoleOther, After: true},     // is above, and …
	{Word: "を下回り", Role: goal.RoleOther, After: true},     // is below, and …
	{Word: "を上回った", Role: goal.RoleOther, After: true},    // was above
	{Word: "を下回った", Role: goal.RoleOther, After: true},    // was below
	{Word: "を上限", Role: goal.RoleOther, After: true},      // as the upper limit (a rule's cap: 「1団体につき3万円を上限とします」)
	{Word: "を限度", Role: goal.RoleOther, After: true},      // as the limit
	{Word: "と推計", Role: goal.RoleOther, After: true},      // is estimated to (a projection: 「10万人を下回ると推計されています」)
	{Word: "と推定", Role: goal.RoleOther, After: true},      // is estimated to
	{Word: "と予測", Role: goal.RoleOther, After: true},      // is forecast to
	{Word: "と見込まれ", Role: goal.RoleOther, After: true},    // is expected to (a projection, not a commitment)
}

// DefaultRoleCues returns a copy of the built-in cue table.
func DefaultRoleCues() []RoleCue { return append([]RoleCue(nil), defaultRoleCues...) }

// WithRoleCues adds cue words to the built-in table (see RoleCue); a word
// already in the table takes the new role. A cue with an empty word or an
// unset role is an *OptionError.
func WithRoleCues(cues ...RoleCue) Option {
	return func(p *Parser) error {
		for _, c := range cues {
			if c.Word == "" || c.Role == goal.RoleUnset || c.Role > goal.RoleOther {
				return &OptionError{Option: "WithRoleCues", Reason: "a cue needs a word and a role"}
			}
		}
		base := p.roleCues
		if base == nil {
			base = defaultRoleCues
		}
		merged := make([]RoleCue, 0, len(base)+len(cues))
		for _, b := range base {
			replaced := false
			for _, c := range cues {
				if c.Word == b.Word && c.After == b.After {
					replaced = true
				}
			}
			if !replaced {
				merged = append(merged, b)
			}
		}
		p.roleCues = sortCues(append(merged, cues...))
		p.roleCueIndex = newCueIndex(p.roleCues)
		return nil
	}
}

// sortCues orders cues longest word first, so that where two cues match at
// the same place the longer (目標値 over 目標) wins.
func sortCues(c []RoleCue) []RoleCue {
	sort.SliceStable(c, func(i, j int) bool { return len(c[i].Word) > len(c[j].Word) })
	return c
}

var defaultCueIndex = newCueIndex(sortCues(DefaultRoleCues()))

// cueIndex is the parser's cue table, indexed.
func (p *Parser) cueIndex() *cueIndex {
	if p.roleCueIndex != nil {
		return p.roleCueIndex
	}
	return defaultCueIndex
}

// cueIndex holds a cue table by the first rune of each word, longest word
// first, so that the text around a quantity is read once whatever the size
// of the table.
type cueIndex struct {
	before, after map[rune][]RoleCue
	maxBefore     int // the longest before-cue, in bytes
}

func newCueIndex(sorted []RoleCue) *cueIndex {
	idx := &cueIndex{before: map[rune][]RoleCue{}, after: map[rune][]RoleCue{}}
	for _, c := range sorted {
		r, _ := utf8.DecodeRuneInString(c.Word)
		if c.After {
			idx.after[r] = append(idx.after[r], c)
		} else {
			idx.before[r] = append(idx.before[r], c)
			idx.maxBefore = max(idx.maxBefore, len(c.Word))
		}
	}
	return idx
}

// definitionNouns end an indicator's name: a quantity followed, within the
// name, by one of them is part of a definition (「週1回以上運動する成人の割合」:
// 1回以上 defines who is counted), not a value of the indicator.
// 当たり and あたり make the quantity a unit of measure (「1人1日当たり排出量」).
var definitionNouns = []string{"の割合", "の比率", "の人数", "の数", "の件数", "の率", "の者", "当たり", "あたり"}

// pastTails, right after a quantity whose text ends in a change word
// (「44.0%に上昇」), make it a result: した (did), している (is doing).
var pastTails = []string{"した", "しました", "しており", "している", "していた"}

// arrows join a baseline to its target: 「42.5%(令和元年度)→50.0%(令和7年度)」.
var arrows = []string{"→", "⇒", "➡", "⇨", "->", "=>", "➔"}
