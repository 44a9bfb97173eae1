package parse

import (
	"github.com/policygoal/policygoal/internal/jtext"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// Prose states some targets as bare figures, with neither counter nor
// arrow: 「自殺死亡率を、令和8年までに12.5以下に減少させます」,
// 「合計特殊出生率を1.50まで回復させる」. A bare number alone is never read
// (it may be anything); it is a quantity only when a comparator of the
// table bareComparators follows it and then a particle or the sentence end
// (12.5以下に, 1.5以上を), or まで and a change verb of bareChangeVerbs.

// bareComparators make a bare figure a bound (以下 at most, 以上 at least,
// 未満 less than).
var bareComparators = []comparatorWord{{"以下", goal.CmpLE}, {"以上", goal.CmpGE}, {"未満", goal.CmpLT}}

// bareChangeVerbs after まで make the figure the level a change reaches:
// 回復 recover, 減少 decrease, 増加 increase, 向上 improve, 上昇 rise, 低下
// fall, 改善 improve, 削減 cut, 引き上げ raise, 引き下げ lower, 高め raise,
// 下げ lower, 抑え hold down, 伸ば extend, 減ら reduce, 増や increase.
var bareChangeVerbs = []string{"回復", "減少", "増加", "向上", "上昇", "低下", "改善", "削減", "引き上げ", "引き下げ", "高め", "下げ", "抑え", "伸ば", "減ら", "増や"}

// bareComparisons after a bare decimal figure compare it with another
// level (を上回る exceed, を下回る fall below): 「国全体の1.20を上回っています」. A decimal is read there,
// and so is the one stated before it with で、 (「出生率は1.28で、…」),
// since nothing else than a level can be meant; integers stay unread (a
// bare 12 may be anything).
var bareComparisons = []string{"を上回", "を下回"}

// comparedFigures returns ts with the bare compared figures of the folded
// text added (see above), in order of position. Dates and figures already
// read are skipped.
func comparedFigures(text string, f folded, dates []goal.DateMention, ts []goal.Target) []goal.Target {
	s := f.Text
	var added []goal.Target
	for i := 0; i < len(s); i++ {
		if !jtext.IsDigit(s[i]) || i > 0 && (jtext.IsDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ',' || isASCIILetter(rune(s[i-1]))) {
			continue
		}
		n, ok := parseNumber(s, i)
		if !ok || n.Kanji || n.OutOfRange || n.End <= i {
			continue
		}
		t, end, ok := comparedAt(s, n)
		if !ok || coveredBy(f, ts, dates, i, end) {
			i = max(i, n.End-1)
			continue
		}
		t.Span.Start, t.Span.End = f.Span(i, end)
		t.Text = text[t.Span.Start:t.Span.End]
		added = append(added, t)
		i = end - 1
	}
	if len(added) == 0 {
		return ts
	}
	out := append(append([]goal.Target(nil), ts...), added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	isAdded := make(map[goal.Span]bool, len(added))
	for _, t := range added {
		isAdded[t.Span] = true
	}
	figureWords(f, text, out, func(t *goal.Target) bool { return t.Subject == "" && t.Action == "" && isAdded[t.Span] })
	return out
}

// figureWords reads the subject and action of the targets of ts (in order
// of position) that need reports true, with the readers Extract uses for
// the quantities it recognizes, in the same clause and bounded by the
// neighbouring quantities: 「自殺死亡率を、令和8年までに12.5以下に減少させます」
// gives 自殺死亡率 and 減少させる. Figures found after the recognizer's pass
// would otherwise have neither.
func figureWords(f folded, text string, ts []goal.Target, need func(*goal.Target) bool) {
	var r *recognizer
	var cs *clauses
	for k := range ts {
		t := &ts[k]
		if !need(t) {
			continue
		}
		if r == nil {
			r = &recognizer{s: f.Text, f: f}
			cs = newClauses(f.Text)
		}
		st, en := f.Index(t.Span.Start), f.Index(t.Span.End)
		lo, hi := 0, len(f.Text)
		if k > 0 {
			lo = f.Index(ts[k-1].Span.End)
		}
		if k+1 < len(ts) {
			hi = f.Index(ts[k+1].Span.Start)
		}
		cl := cs.at(st)
		if cl == nil {
			return // no dictionary: no words
		}
		if sub := r.subjectOf(cl, st, en, lo, hi); sub.end > sub.start {
			os, oe := f.Span(sub.start, sub.end)
			t.Subject = text[os:oe]
		}
		t.Action = r.actionOf(cl, st, en, hi)
		if t.Change == goal.ChangeUnset && t.Kind != goal.KindRatio {
			t.Change = changeOfVerb(t.Action)
		}
	}
}

// comparedAt reads the comparator or まで and change verb after the bare
// number n; end is where the target's text ends (after the comparator, or
// at the number before まで).
func comparedAt(s string, n number) (t goal.Target, end int, ok bool) {
	e := n.End
	t = goal.Target{Kind: goal.KindCount, Value: n.Value, Cmp: goal.CmpEq}
	for _, c := range bareComparators {
		if hasAt(s, e, c.word) {
			end = e + len(c.word)
			switch r := runeAt(s, end); r {
			case 'に', 'を', 'と', '。', utf8.RuneError:
				t.Cmp = c.cmp
				return t, end, true
			}
			return goal.Target{}, 0, false
		}
	}
	if decimalIn(s[n.Start:n.End]) && (comparesAt(s, e) || statedBeforeComparison(s, e)) {
		return t, e, true // 1.28で、国全体の1.20を上回っています: a rate and its reference
	}
	if hasAt(s, e, "まで") {
		end = e + len("まで")
		rest := s[end:min(len(s), end+len("引き上げ"))]
		for _, v := range bareChangeVerbs {
			if strings.HasPrefix(rest, v) {
				return t, e, true // まで is no comparator: the text is the figure
			}
		}
	}
	return goal.Target{}, 0, false
}

// coveredBy reports whether folded [st, end) overlaps a target or a date.
func coveredBy(f folded, ts []goal.Target, dates []goal.DateMention, st, end int) bool {
	o0, o1 := f.Span(st, end)
	k := sort.Search(len(ts), func(k int) bool { return ts[k].Span.End > o0 })
	if k < len(ts) && ts[k].Span.Start < o1 {
		return true
	}
	k = sort.Search(len(dates), func(k int) bool { return dates[k].Span.End > o0 })
	return k < len(dates) && dates[k].Span.Start < o1
}

// decimalIn reports whether the numeral text has a decimal point.
func decimalIn(num string) bool { return strings.ContainsAny(num, ".．") }

// comparesAt reports whether a comparison of bareComparisons starts at i.
func comparesAt(s string, i int) bool {
	for _, w := range bareComparisons {
		if hasAt(s, i, w) {
			return true
		}
	}
	return false
}

// maxComparedGap bounds, in bytes, the stretch between 「1.28で、」 and the
// decimal that is compared after it (「国全体の1.20を上回る」).
const maxComparedGap = 60

// statedBeforeComparison reports whether 「で、」 follows at i and, in the
// same sentence within maxComparedGap, a bare decimal compared by
// bareComparisons.
func statedBeforeComparison(s string, i int) bool {
	if !hasAt(s, i, "で、") && !hasAt(s, i, "で,") {
		return false
	}
	rest := s[i:min(len(s), i+maxComparedGap)]
	if k := strings.IndexAny(rest, "。\n"); k >= 0 {
		rest = rest[:k]
	}
	for j := 0; j < len(rest); j++ {
		if !jtext.IsDigit(rest[j]) || j > 0 && (jtext.IsDigit(rest[j-1]) || rest[j-1] == '.') {
			continue
		}
		n, ok := parseNumber(rest, j)
		if ok && !n.Kanji && decimalIn(rest[n.Start:n.End]) && comparesAt(rest, n.End) {
			return true
		}
	}
	return false
}
