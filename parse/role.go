package parse

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// The role and year of each quantity Extract finds are decided here, after
// recognition, from the text around it (folded): structure first (a
// bracketed year right after it, an arrow, a run of bare figures), then the
// cue words of the parser's table (RoleCue). A quantity without any cue is
// a target, as before roles existed: goal statements commit to what they
// state.

// quantityAt is one recognized quantity in folded offsets.
type quantityAt struct {
	start, end int
}

// assignRoles sets Role and Year of every target in ts (spans into text,
// folded as f) and splits them into what the text commits to (RoleTarget,
// RoleInterim) and the other figures, both in order.
func (p *Parser) assignRoles(text string, f folded, dates []goal.DateMention, ts []goal.Target) (targets, figures []goal.Target) {
	if len(ts) == 0 {
		return ts, nil
	}
	s := f.Text
	qs := make([]quantityAt, len(ts))
	for k, t := range ts {
		qs[k] = quantityAt{f.Index(t.Span.Start), f.Index(t.Span.End)}
	}
	ds := make([]quantityAt, len(dates))
	for k, d := range dates {
		ds[k] = quantityAt{f.Index(d.Span.Start), f.Index(d.Span.End)}
	}
	// bracketEnd[k] is where the bracket after quantity k ends, when it
	// holds the quantity's year; a date in it belongs to k alone.
	bracketEnd := make([]int, len(ts))
	for k := range ts {
		ts[k].Year, bracketEnd[k] = p.yearAfter(s, qs[k].end, dates, ds)
	}
	sents := sentenceBounds(s, qs)
	cued := make([]bool, len(ts))
	runs := runBounds(s, qs, ds, dates)
	cues := p.cueIndex()
	d := 0 // first date not before the current stretch
	for k := range ts {
		segStart := 0
		if k > 0 {
			segStart = max(qs[k-1].end, bracketEnd[k-1])
		}
		sst, send := sents[k][0], sents[k][1]
		segStart = max(segStart, sst)
		nextStart := send
		if k+1 < len(ts) && qs[k+1].start < nextStart {
			nextStart = qs[k+1].start
		}
		after := max(qs[k].end, bracketEnd[k])
		// figures may overlap a bracket read as the year of the one before
		// (「3（R2→4）」): keep every stretch in order
		segStart = min(segStart, qs[k].start)
		send = max(send, after)
		nextStart = max(nextStart, after)
		ts[k].Role, cued[k] = roleOf(s, cues, segStart, qs[k].start, after, nextStart, send, qs, k, runs[k])
		for d < len(ds) && ds[d].start < segStart {
			d++
		}
		if ts[k].Year.IsZero() {
			lim := qs[k].start
			if multipleOfPast(s, segStart, qs[k].start, after) {
				// 平成30年の1.5倍: that year is the base's, not the figure's;
				// 令和6年度に前年度の約1.1倍: a year before the phrase's
				// particle is still the figure's
				lim = pastPhraseStart(s, segStart, qs[k].start)
			}
			ts[k].Year = yearBefore(s, dates[d:], ds[d:], lim, 0)
		}
		if ts[k].Year.IsZero() && ts[k].By != 0 && ts[k].Role.Commits() {
			ts[k].Year = goal.Year{Value: int(ts[k].By)}
		}
	}
	// 「利用者数 2,840人（令和3年度） 中間目標3,000人（令和6年度）」: a figure
	// with no cue of its own, right before one cued as a target in the same
	// sentence, is where the target starts from.
	for k := 0; k+1 < len(ts); k++ {
		if !cued[k] && ts[k].Role == goal.RoleTarget && cued[k+1] && ts[k+1].Role.Commits() &&
			sents[k] == sents[k+1] && qs[k].end <= qs[k+1].start && !strings.Contains(s[qs[k].end:qs[k+1].start], "、") {
			ts[k].Role = goal.RoleBaseline
		}
	}
	// 「…を1,200人以上（前年度 1,050人）」「…85％以上を保つ。【令和6年度 82％】」:
	// a plain figure in a bracket of its own after a target, with a year
	// or a word for one before it, is the level the target is set
	// against. Without one (「月1回開催…（12回）」) it restates the target.
	for k := 1; k < len(ts); k++ {
		if !cued[k] && ts[k].Role == goal.RoleTarget && ts[k-1].Role.Commits() && ts[k].Cmp == goal.CmpEq &&
			ts[k].Change == goal.ChangeUnset && referenceNote(s, ds, qs[k-1].end, qs[k].start, qs[k].end) {
			ts[k].Role = goal.RoleBaseline
		}
	}
	// 「…人の割合（令和6年度 86.5％）を、90％以上に」「耐震化率（令和5年度末
	// 38.2％）を」: a plain figure in a bracket of its own after what a
	// later target measures, with a year or a word for one, is its present
	// level.
	for k := 0; k+1 < len(ts); k++ {
		from := sents[k][0]
		if k > 0 {
			from = max(from, qs[k-1].end)
		}
		if !cued[k] && ts[k].Role == goal.RoleTarget && ts[k+1].Role.Commits() && sents[k] == sents[k+1] &&
			ts[k].Cmp == goal.CmpEq && ts[k].Change == goal.ChangeUnset && referenceNote(s, ds, from, qs[k].start, qs[k].end) {
			ts[k].Role = goal.RoleBaseline
		}
	}
	// 「令和8年度に150人、令和11年度には200人まで」: of dated targets in a
	// row, only the last is the target; those before are interim.
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].Role == goal.RoleTarget && ts[k+1].Role == goal.RoleTarget && sents[k] == sents[k+1] &&
			ts[k].Unit == ts[k+1].Unit && !ts[k].Year.IsZero() && ts[k].Year.Value < ts[k+1].Year.Value &&
			qs[k].end <= qs[k+1].start && datedStep(s[qs[k].end:qs[k+1].start], ds, qs[k].end) {
			ts[k].Role = goal.RoleInterim
		}
	}
	// 「令和6年度の…延べ900人で、目標の1,200人には届きませんでした」: a
	// target only mentioned takes the year the sentence is about.
	for k := range ts {
		if ts[k].Year.IsZero() && ts[k].Role == goal.RoleTarget && cued[k] {
			ts[k].Year = yearBefore(s, dates, ds, qs[k].start, sents[k][0])
		}
	}
	// 「令和5年度は、講座を開き、受講者が1,460人となりました」: a year that
	// opens the sentence as its topic is the year of every figure in it
	// that states none nearer.
	for k := range ts {
		if ts[k].Year.IsZero() && ts[k].Role != goal.RoleOther {
			ts[k].Year = openingYear(s, dates, ds, sents[k][0], qs[k].start)
		}
	}
	targets = ts[:0:0]
	for _, t := range ts {
		if t.Role.Commits() {
			targets = append(targets, t)
		} else {
			figures = append(figures, t)
		}
	}
	return targets, figures
}

// referenceOpen and referenceClose are the brackets of a reference note.
const (
	referenceOpen  = "（(【［[〔〈＜"
	referenceClose = "）)】］]〕〉＞"
)

// referenceNoteRunes bounds what may stand in a reference note before its
// figure: a year or a word for one (令和6年度, 前年度, R5).
const referenceNoteRunes = 12

// referenceWords name the time a reference figure is from: 前年度 (the year
// before), 昨年度, 前年, 昨年, 前回 (last time), 現状 and 現在 (now), 直近
// (the latest), 時点 (as of).
var referenceWords = []string{"前年度", "昨年度", "前年", "昨年", "前回", "現状", "現在", "直近", "時点"}

// referenceNote reports whether the figure at s[start:end] stands alone in
// a bracket opened after from, after a short year or a word for one (a
// date of ds, or one of referenceWords), with nothing but spaces after it.
func referenceNote(s string, ds []quantityAt, from, start, end int) bool {
	open := -1
	for i := start; i > from; {
		r, n := utf8.DecodeLastRuneInString(s[from:i])
		if strings.ContainsRune(referenceClose, r) {
			return false
		}
		if strings.ContainsRune(referenceOpen, r) {
			open = i
			break
		}
		i -= n
	}
	if open < 0 || utf8.RuneCountInString(strings.TrimSpace(s[open:start])) > referenceNoteRunes {
		return false
	}
	if strings.ContainsAny(s[open:start], "、。") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[skipBlank(s, end):]); !strings.ContainsRune(referenceClose, r) {
		return false
	}
	for _, d := range ds {
		if d.start >= open && d.end <= start {
			return true // 【令和6年度 82％】
		}
	}
	for _, w := range referenceWords {
		if strings.Contains(s[open:start], w) {
			return true // （前年度 1,050人）
		}
	}
	return false
}

// roleOf decides the role of the quantity at s[start:end]; seg is where the
// stretch before it starts (the previous quantity's end or the sentence
// start), next where the next quantity (or the sentence) starts, send the
// sentence end.
func roleOf(s string, cues *cueIndex, seg, start, end, next, send int, qs []quantityAt, k int, run [2]int) (role goal.Role, cued bool) {
	before := s[seg:start]
	nearest, cuedBefore := nearestBefore(before, cues)
	if cuedBefore && nearest.Near > 0 {
		gap := before[strings.LastIndex(before, nearest.Word)+len(nearest.Word):]
		if utf8.RuneCountInString(strings.TrimSpace(gap)) > nearest.Near {
			nearest, cuedBefore = RoleCue{}, false
		}
	}
	if cuedBefore && periodBase(nearest.Word) && !strings.Contains(s[start:end], "倍") {
		// 「前年度の120人から」: only a multiple (前年度の1.3倍) is read against it
		nearest, cuedBefore = RoleCue{}, false
	}
	if cuedBefore && nearest.Role == goal.RoleOther {
		// A derived figure, a sample size or a reference right before it
		// (達成率91.6%, 回答者1,523人, 国の目標である45%): other. Farther
		// away such a word says nothing of this quantity (「橋りょうのうち、…42橋」).
		gap := before[strings.LastIndex(before, nearest.Word)+len(nearest.Word):]
		if utf8.RuneCountInString(strings.TrimSpace(gap)) <= 4 {
			if !comparisonBase(nearest.Word) || pastAfter(s, end, send, cues) {
				return goal.RoleOther, false
			}
			// 「2013年度比で46%削減する」: a target stated against a base
		}
		nearest, cuedBefore = RoleCue{}, false
	}
	if comparedWithNext(s, end, send, qs, k) && !(cuedBefore && (nearest.Role == goal.RoleTarget || nearest.Role == goal.RoleInterim)) {
		// 「定数580人に対して実員が492人」: the measure the next figure is
		// compared with; a target named as such (目標の1,500人に対し) stays one.
		return goal.RoleOther, false
	}
	if multipleOfPast(s, seg, start, end) {
		if c, ok := firstAfter(s[end:next], cues); !ok || c.Role != goal.RoleTarget {
			// 「20年前の約1.4倍に増えました」: a growth since then, not a level
			return goal.RoleOther, false
		}
	}
	if thresholdOf(s, end) || settingAfter(s, end) || wholeOfPart(s, end, next) {
		return goal.RoleOther, false
	}
	if definitionAfter(s, end, next) {
		return goal.RoleOther, false
	}
	// A change word read with the quantity (「44.0%に上昇」) followed by a
	// past or progressive tail: a reported result.
	for _, w := range pastTails {
		if hasAt(s, end, w) {
			if changeAmount(s, start, end) {
				return goal.RoleOther, false // 「前年から5人減少した」: a difference, not a level
			}
			return goal.RoleActual, false
		}
	}
	// 「前回調査から3.2ポイント上昇し、64.5％でした」: a change read with the
	// quantity, continued by し、 in a sentence that reports the past
	if (hasAt(s, end, "し、") || hasAt(s, end, "し,")) && changeWordAt(s, end) && pastAfter(s, end, send, cues) {
		if changeAmount(s, start, end) {
			return goal.RoleOther, false
		}
		return goal.RoleActual, false
	}
	// Arrows: A→B is a baseline and its target.
	if arrowAfter(s, end) {
		return goal.RoleBaseline, false
	}
	if arrowBefore(s, seg, start) {
		if c, ok := firstAfter(s[end:send], cues); ok && c.Role == goal.RoleActual {
			return goal.RoleActual, false
		}
		return goal.RoleTarget, false
	}
	// 「41.2%から44.0%に上昇した」: from a baseline.
	if hasAt(s, skipBlank(s, end), "から") && k+1 < len(qs) && qs[k+1].start < send {
		return goal.RoleBaseline, false
	}
	// A run of figures separated only by spaces, as in a flattened table
	// row 「2,310人 2,600人 3,000人」: baseline, interim …, target.
	if r, ok := runRole(run, k); ok {
		return r, false
	}
	if cuedBefore {
		return nearest.Role, true
	}
	// 「結成率は82.4%で、…」: the topic's present value, stated and left
	if hasAt(s, end, "あり") && !hasAt(s, end, "ありま") || hasAt(s, end, "あります") || hasAt(s, end, "ある。") {
		// 「現在市内に7か所あり、」: there are (so many) now, a stated fact
		return goal.RoleActual, false
	}
	if (hasAt(s, end, "で、") || hasAt(s, end, "で,")) && strings.Contains(before, "は") {
		return goal.RoleActual, false
	}
	if c, ok := firstAfter(s[end:next], cues); ok {
		return c.Role, false
	}
	// The sentence's own predicate, when nothing nearer says: 「…41万2千人で、
	// 目標値45万人に対し達成率91.6%となった」 reports a past result.
	if c, ok := firstAfter(s[max(end, send-24):send], cues); ok && c.Role == goal.RoleActual {
		return goal.RoleActual, false
	}
	return goal.RoleTarget, false
}

// nearestBefore finds the cue (not After) that ends last in seg; of two
// ending at the same place, the longer. It looks at each rune of seg once,
// from the end, and stops when no cue could end later than the one found.
func nearestBefore(seg string, idx *cueIndex) (RoleCue, bool) {
	best, bestEnd := RoleCue{}, -1
	for i := len(seg); i > 0; {
		_, n := utf8.DecodeLastRuneInString(seg[:i])
		i -= n
		if bestEnd >= 0 && i+idx.maxBefore < bestEnd {
			break
		}
		r, _ := utf8.DecodeRuneInString(seg[i:])
		prev, _ := utf8.DecodeLastRuneInString(seg[:i])
		for _, c := range idx.before[r] {
			if c.Whole && i > 0 && isKanji(prev) {
				continue // the end of a longer compound (環境基準)
			}
			if e := i + len(c.Word); hasAt(seg, i, c.Word) && (e > bestEnd || e == bestEnd && len(c.Word) > len(best.Word)) {
				best, bestEnd = c, e
			}
		}
	}
	return best, bestEnd >= 0
}

// firstAfter finds the After cue that starts first in seg (the longest of
// those starting there).
func firstAfter(seg string, idx *cueIndex) (RoleCue, bool) {
	for i := 0; i < len(seg); {
		r, n := utf8.DecodeRuneInString(seg[i:])
		for _, c := range idx.after[r] {
			if hasAt(seg, i, c.Word) {
				return c, true
			}
		}
		i += n
	}
	return RoleCue{}, false
}

// definitionAfter reports whether the quantity ending at end is part of an
// indicator's name: before the next delimiter the name goes on to a
// definition noun (「1回以上運動する成人の割合」), and the quantity is not
// itself the object or result of a verb (「60%以上にします」, 「30件を」).
func definitionAfter(s string, end, next int) bool {
	i := end
	for _, w := range []string{"以上", "以下", "未満", "以内"} {
		if hasAt(s, i, w) {
			i += len(w)
			break
		}
	}
	switch r := runeAt(s, i); r {
	case 'を', 'に', 'へ', 'と', 'で', 'は', 'が', 'の', '、', '。', ',', ' ', '\u3000', '\t', '(', ')', '→', utf8.RuneError:
		return false
	}
	lim := min(next, len(s))
	if lim < i {
		return false
	}
	name := s[i:lim]
	if j := strings.IndexAny(name, "、。,:：=＝→()（）\t|\n"); j >= 0 {
		name = name[:j]
	}
	for _, n := range definitionNouns {
		if strings.Contains(name, n) {
			return true
		}
	}
	return false
}

// arrowAfter reports whether an arrow follows at end (spaces allowed).
func arrowAfter(s string, end int) bool {
	i := skipBlank(s, end)
	_, k := firstAt(s, i, arrows)
	return k >= 0
}

// arrowBefore reports whether an arrow ends right before start (spaces and
// the bracketed year of the figure before allowed) within [seg, start).
func arrowBefore(s string, seg, start int) bool {
	i := start
	for i > seg {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r == ' ' || r == '\u3000' || r == '\t' {
			i -= n
			continue
		}
		break
	}
	for _, a := range arrows {
		if i-len(a) >= seg && s[i-len(a):i] == a {
			return true
		}
	}
	return false
}

// skipBlank skips ASCII and ideographic spaces and tabs.
func skipBlank(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u3000"):
			i += len("\u3000")
		default:
			return i
		}
	}
	return i
}

// runBounds gives, for each quantity, the first and last index of the run
// of quantities it is in, a run being quantities separated only by spaces
// (a flattened table row), or by spaces around the next figure's year
// (「2019年 385千人 2028年 450千人」). ds are the folded spans of dates. One
// pass.
func runBounds(s string, qs []quantityAt, ds []quantityAt, dates []goal.DateMention) [][2]int {
	out := make([][2]int, len(qs))
	for first := 0; first < len(qs); {
		last := first
		for last+1 < len(qs) && qs[last].end < qs[last+1].start && runGap(s, qs[last].end, qs[last+1].start, ds, dates) {
			last++
		}
		for k := first; k <= last; k++ {
			out[k] = [2]int{first, last}
		}
		first = last + 1
	}
	return out
}

// runRole reads the role of quantity k in its run of two or more: the
// first is the baseline, the last the target, those between interim
// targets.
func runRole(run [2]int, k int) (goal.Role, bool) {
	first, last := run[0], run[1]
	if first == last {
		return goal.RoleUnset, false
	}
	switch k {
	case first:
		return goal.RoleBaseline, true
	case last:
		return goal.RoleTarget, true
	}
	return goal.RoleInterim, true
}

// sentenceBounds gives the sentence (see sentenceEndsAt) around each
// quantity, in one pass over s.
func sentenceBounds(s string, qs []quantityAt) [][2]int {
	out := make([][2]int, len(qs))
	start, k := 0, 0
	for i := 0; i <= len(s) && k < len(qs); i++ {
		if i == len(s) || sentenceEndsAt(s, i) {
			end := i
			if i < len(s) && s[i] == 0x82 {
				end = i - 2 // before 。
			}
			for k < len(qs) && qs[k].start < i+1 {
				out[k] = [2]int{start, max(end, qs[k].end)}
				k++
			}
			start = i + 1
		}
	}
	for ; k < len(qs); k++ {
		out[k] = [2]int{start, len(s)}
	}
	return out
}

// runGap reports whether s[a:b] joins two figures of one run: only spaces,
// or a year alone between spaces (a year column written before its figure).
func runGap(s string, a, b int, ds []quantityAt, dates []goal.DateMention) bool {
	if onlySpaces(s[a:b]) {
		return true
	}
	k := sort.Search(len(ds), func(k int) bool { return ds[k].start >= a })
	if k == len(ds) || ds[k].end > b || !onlySpaces(s[a:ds[k].start]) || !onlySpaces(s[ds[k].end:b]) {
		return false
	}
	_, ok := goal.YearOf(dates[k])
	return ok
}

// onlySpaces reports whether gap is non-empty and only spaces or tabs.
func onlySpaces(gap string) bool {
	return gap != "" && strings.Trim(gap, " \t\u3000") == ""
}

// yearAfter reads a year in a bracket right after a quantity:
// 「42.5%(令和元年度)」, 「12.0%（2019年）」, 「1,532件（R2）」. It returns the
// year and where the bracket ends, or the zero Year and 0.
func (p *Parser) yearAfter(s string, end int, dates []goal.DateMention, ds []quantityAt) (goal.Year, int) {
	i := skipBlank(s, end)
	if !hasAt(s, i, "(") && !hasAt(s, i, "【") && !hasAt(s, i, "[") {
		return goal.Year{}, 0
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	closeAt := strings.IndexAny(s[i+n:], ")】]")
	if closeAt < 0 || closeAt > 40 {
		return goal.Year{}, 0
	}
	in0, in1 := i+n, i+n+closeAt
	_, cn := utf8.DecodeRuneInString(s[in1:])
	k := sort.Search(len(ds), func(k int) bool { return ds[k].start >= in0 })
	for ; k < len(ds) && ds[k].end <= in1; k++ {
		if y, ok := goal.YearOf(dates[k]); ok {
			return y, in1 + cn
		}
		// 「12人（令和6年4月）」: the figure as of that month
		if y, ok := asOfYear(dates[k]); ok && ds[k].start == in0 && ds[k].end == in1 {
			return y, in1 + cn
		}
	}
	// A bare era year in a bracket (R2, H30) is a fiscal year there.
	if fy, err := p.ParseFiscalYear(s[in0:in1]); err == nil {
		return goal.Year{Value: int(fy)}, in1 + cn
	}
	return goal.Year{}, 0
}

// asOfYear is the calendar year of a single month or day (令和6年4月,
// 2024年4月1日): the year of a figure stated as of that date.
func asOfYear(d goal.DateMention) (goal.Year, bool) {
	if d.Kind != goal.DateKindDate || d.Date.Year == 0 || d.ThroughDate.Precision != goal.PrecisionUnset {
		return goal.Year{}, false
	}
	return goal.Year{Value: d.Date.Year, Calendar: true}, true
}

// yearBefore finds the last year mentioned before start among dates (those
// from the current stretch on), not across an arrow: 「令和3年度の実績値は延べ
// 1,284人」.
func yearBefore(s string, dates []goal.DateMention, ds []quantityAt, start, from int) goal.Year {
	var best goal.Year
	for k, d := range ds {
		if d.end > start {
			break
		}
		if d.start < from {
			continue
		}
		if hasAt(s, d.end, "比") {
			continue // 2013年度比: the base of a comparison, not the figure's year
		}
		if y, ok := goal.YearOf(dates[k]); ok {
			best = y
		} else if y, ok := asOfYear(dates[k]); ok && asOfAt(s, ds[k].end) {
			// 「令和6年4月1日現在で9人」: the figure stands at that date
			best = y
		}
	}
	if !best.IsZero() {
		for _, a := range arrows {
			// the year is on the other side of an arrow: not this figure's
			if strings.Contains(s[lastDateEnd(ds, start):start], a) {
				return goal.Year{}
			}
		}
	}
	return best
}

// asOfAt reports whether 現在 or 時点 (as of), possibly after 末 (the end
// of the month), follows at i: 「令和6年3月末現在で1,842人」.
func asOfAt(s string, i int) bool {
	if hasAt(s, i, "末") {
		i += len("末")
	}
	return hasAt(s, i, "現在") || hasAt(s, i, "時点")
}

// lastDateEnd is where the last date ending at or before start ends.
func lastDateEnd(ds []quantityAt, start int) int {
	e := 0
	for _, d := range ds {
		if d.end > start {
			break
		}
		e = d.end
	}
	return e
}

// levelChangeWords end a quantity's text when the recognizer read a change with
// it (「44.0%に上昇」, 「5人減少」).
var levelChangeWords = []string{"上昇", "増加", "減少", "低下", "向上", "改善", "削減"}

// changeAmount reports whether the quantity s[start:end] is an amount of
// change: its text ends in a change word written right after the number
// (「5人減少」), not after に/へ/まで (「44.0%に上昇」 is the level reached).
func changeAmount(s string, start, end int) bool {
	for _, w := range levelChangeWords {
		if endsAt(s, end, w) {
			before := end - len(w)
			return before > start && !endsAt(s, before, "に") && !endsAt(s, before, "へ") && !endsAt(s, before, "まで")
		}
	}
	return false
}

// changeWordAt reports whether the quantity ending at end ends in a word
// of a change of level (上昇, 減少 …).
func changeWordAt(s string, end int) bool {
	for _, w := range levelChangeWords {
		if endsAt(s, end, w) {
			return true
		}
	}
	return false
}

// comparisonBase reports whether a cue word states the base of a
// comparison (前年度比, 比で): the quantity is a change against it, reported
// (other) when the sentence is in the past, a target otherwise.
func comparisonBase(w string) bool {
	return strings.HasSuffix(w, "比") || strings.HasSuffix(w, "比で") || periodBase(w)
}

// periodBase reports whether a cue word names the previous period a
// multiple is stated against (前年度の, 前年の: 「前年度の約1.3倍に増えた」).
func periodBase(w string) bool {
	return strings.HasPrefix(w, "前") && strings.HasSuffix(w, "の")
}

// pastAfter reports whether the first predicate after the quantity reports
// a result (an After cue of role actual, or a past tail).
func pastAfter(s string, end, send int, cues *cueIndex) bool {
	if c, ok := firstAfter(s[end:send], cues); ok && c.Role == goal.RoleActual {
		return true
	}
	for _, w := range pastTails {
		if strings.Contains(s[end:send], w) {
			return true
		}
	}
	// a sentence ending in the past: 「…1.2倍に増えた」
	return strings.HasSuffix(strings.TrimRight(s[end:send], " 　。"), "た")
}

// datedStep reports whether gap, between two targets, is only a comma, a
// year and its particle (「150人、令和11年度には200人」): the second is the
// next step of the same series. at is where gap starts in the text.
func datedStep(gap string, ds []quantityAt, at int) bool {
	for _, d := range ds {
		if d.start < at || d.end > at+len(gap) {
			continue
		}
		pre, post := strings.TrimSpace(gap[:d.start-at]), strings.TrimSpace(gap[d.end-at:])
		if pre != "、" && pre != "," && !timeBeforeDate(pre) {
			return false
		}
		switch post {
		case "に", "には", "までに", "まで", "で":
			return true
		}
		return false
	}
	return false
}

// timeBeforeDate reports whether pre, between two dated figures, is a
// comma and a time word naming the date after it (「、最終年度の」 in
// 「中間年の令和8年度に45％、最終年度の令和11年度に50％」).
func timeBeforeDate(pre string) bool {
	w, ok := strings.CutPrefix(pre, "、")
	if !ok {
		return false
	}
	w = strings.TrimSuffix(strings.TrimSpace(w), "の")
	return slices.Contains(timeWords, w)
}

// thresholdVerbs compare a figure with a limit (下回る fall below, 上回る
// exceed, 超える exceed, 超す exceed); said of a noun that follows
// (「300人を下回る路線」) they make the figure a threshold, not a target.
var thresholdVerbs = []string{"下回る", "上回る", "超える", "超す", "満たない"}

// thresholdOf reports whether the quantity ending at end (its text may hold
// the verb) is a threshold modifying the noun after it.
func thresholdOf(s string, end int) bool {
	i := end
	for _, v := range thresholdVerbs {
		if endsAt(s, end, v) {
			return isNounStart(runeAt(s, i))
		}
	}
	if hasAt(s, i, "を") || hasAt(s, i, "に") {
		i += len("を")
	}
	for _, v := range thresholdVerbs {
		if hasAt(s, i, v) {
			return isNounStart(runeAt(s, i+len(v)))
		}
	}
	return false
}

// wholeOfPart reports whether the quantity ending at end is the whole a
// part is then taken from (「全48か所の指定避難所のうち、30か所に」): its
// clause, before the next quantity, ends in のうち.
func wholeOfPart(s string, end, next int) bool {
	seg := s[end:max(end, next)]
	if i := strings.IndexAny(seg, "、,。"); i >= 0 {
		seg = seg[:i]
	}
	return strings.HasSuffix(strings.TrimSpace(seg), "のうち")
}

// settingAfter reports whether the quantity ending at end counts the places
// where something is done (「市内8か所の地区センターで、」): の, a noun, then
// で or において.
func settingAfter(s string, end int) bool {
	if !hasAt(s, end, "の") {
		return false
	}
	i, n := end+len("の"), 0
	for i < len(s) && n < 16 {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isNounStart(r) {
			break
		}
		i += w
		n++
	}
	return n > 0 && (hasAt(s, i, "で") && !hasAt(s, i, "です") && !hasAt(s, i, "でき") || hasAt(s, i, "において"))
}

// isNounStart reports whether r can be part of a noun written in kanji or
// katakana.
func isNounStart(r rune) bool {
	return isKanji(r) || (r >= 0x30A0 && r <= 0x30FF)
}

// comparisonWords after a quantity make it the measure a later figure is
// compared with: に対して, に対し (against), に比べ, と比べ, と比較して
// (compared with).
var comparisonWords = []string{"に対して", "に対し", "に比べ", "と比べ", "と比較して"}

// comparedWithNext reports whether the quantity ending at end is followed
// by a comparison word and another quantity of the same sentence (send).
func comparedWithNext(s string, end, send int, qs []quantityAt, k int) bool {
	if k+1 >= len(qs) || qs[k+1].start >= send {
		return false
	}
	i := skipBlank(s, end)
	for _, w := range comparisonWords {
		if hasAt(s, i, w) {
			return true
		}
	}
	return false
}

// pastPoints end a phrase naming a past point a multiple is stated against
// (20年前の, 制度開始時の, 平成27年度の, 当時の, 創設以前の).
var pastPoints = []string{"前", "時", "年度", "年", "当時", "時点", "以前", "頃"}

// multipleOfPast reports whether the quantity from start to end is a
// multiple (倍) or a fraction (割) of a level at a past point named right
// before it: 「10年前の約1.3倍」, 「2019年の約8割まで回復」.
func multipleOfPast(s string, seg, start, end int) bool {
	fraction := strings.Contains(s[start:end], "割")
	if !strings.Contains(s[start:end], "倍") && !fraction {
		return false
	}
	before := strings.TrimSpace(s[seg:start])
	for _, w := range []string{"約", "およそ", "概ね", "おおむね"} {
		before = strings.TrimSuffix(before, w)
	}
	before, ok := strings.CutSuffix(before, "の")
	if !ok {
		return false
	}
	for _, w := range pastPoints {
		if strings.HasSuffix(before, w) {
			// a fraction only of a year (2019年の約8割); 「会員の8割」 is a share
			return !fraction || w == "年" || w == "年度" || strings.HasSuffix(before, "年前")
		}
	}
	return false
}

// pastPhraseStart returns where the phrase naming the past point of a
// multiple begins: after the last particle or comma before the figure
// (令和6年度に|前年度の約1.1倍), or seg when there is none.
func pastPhraseStart(s string, seg, start int) int {
	at := seg
	for _, w := range []string{"に", "は", "、", "で", "も", "，"} {
		if i := strings.LastIndex(s[seg:start], w); i >= 0 && seg+i+len(w) > at {
			at = seg + i + len(w)
		}
	}
	return at
}

// openingTopics after a year that opens a sentence make it what the
// sentence is about: 令和5年度は, 令和5年度には, 令和5年度において, 令和5年度、.
var openingTopics = []string{"は", "には", "においては", "において", "では", "、", ","}

// openingYear returns the year of the date that opens the sentence starting
// at sst, followed by one of openingTopics, when it is the only date before
// start in that sentence; zero otherwise.
func openingYear(s string, dates []goal.DateMention, ds []quantityAt, sst, start int) goal.Year {
	k := sort.Search(len(ds), func(k int) bool { return ds[k].start >= sst })
	if k >= len(ds) || ds[k].end > start || strings.TrimSpace(s[sst:ds[k].start]) != "" {
		return goal.Year{}
	}
	if k+1 < len(ds) && ds[k+1].end <= start {
		return goal.Year{}
	}
	after := skipBlank(s, ds[k].end)
	for _, w := range openingTopics {
		if hasAt(s, after, w) {
			y, _ := goal.YearOf(dates[k])
			return y
		}
	}
	return goal.Year{}
}
