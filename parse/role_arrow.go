package parse

import (
	"github.com/policygoal/policygoal/internal/jtext"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// Indicator lines put bare figures on both sides of an arrow:
// 「合計特殊出生率：1.32（令和元年）→1.45（令和6年）」 (a rate without a
// unit), 「ごみ排出量＝912g→850g以下」 (a unit that is no counter),
// 「平均所要時間＝38.2分→35分以内」 (a duration without a comparator). The
// arrow makes them quantities: a baseline and its target. arrowFigures
// adds the figures next to an arrow that the recognizer did not read.

// arrowFigures returns ts with the figures beside each arrow of the folded
// text added, in order of position. Dates are never figures.
// Bare figures bounded in prose (12.5以下に) are added first (see
// comparedFigures).
func (p *Parser) arrowFigures(text string, f folded, dates []goal.DateMention, ts []goal.Target) []goal.Target {
	ts = comparedFigures(text, f, dates, ts)
	s := f.Text
	if !containsArrow(s) && !strings.Contains(s, "から") {
		return ts
	}
	// ts and dates are in order of position: binary search keeps a text
	// of many arrows linear-logarithmic
	covered := func(i int) bool {
		o := f.Orig(i)
		k := sort.Search(len(ts), func(k int) bool { return ts[k].Span.End > o })
		if k < len(ts) && ts[k].Span.Start <= o {
			return true
		}
		k = sort.Search(len(dates), func(k int) bool { return dates[k].Span.End > o })
		return k < len(dates) && dates[k].Span.Start <= o
	}
	var added []goal.Target
	add := func(numStart int) {
		if numStart < 0 || numStart >= len(s) || !jtext.IsDigit(s[numStart]) || covered(numStart) {
			return
		}
		fig, st, end, ok := bareFigureAt(s, numStart)
		if !ok {
			return
		}
		t := goal.Target{Kind: kindOfUnit(fig.Unit), Value: fig.Value, Cmp: fig.Cmp, Unit: fig.Unit}
		t.Span.Start, t.Span.End = f.Span(st, end)
		t.Text = text[t.Span.Start:t.Span.End]
		added = append(added, t)
	}
	for i := 0; i < len(s); {
		a, k := firstAt(s, i, arrows)
		if k < 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		add(skipBlank(s, i+len(a)))
		add(figureStartBefore(s, i))
		i += len(a)
	}
	// 「8.5分から8分以内に短縮」: the figure a target is reached from, a
	// duration or bare figure in the target's unit, is read as one too
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "から")
		if j < 0 {
			break
		}
		at := i + j
		i = at + len("から")
		next := skipBlank(s, i)
		k := sort.Search(len(ts), func(k int) bool { return ts[k].Span.Start >= f.Orig(next) })
		if k == len(ts) || ts[k].Span.Start != f.Orig(next) || ts[k].Cmp == goal.CmpEq && ts[k].Change == goal.ChangeUnset {
			continue // no compared or changed target right after から
		}
		st := figureStartBefore(s, at)
		if st < 0 || covered(st) {
			continue
		}
		fig, fst, end, ok := bareFigureAt(s, st)
		unit := ts[k].Unit
		if !ok || unit == "" || !strings.HasPrefix(fig.Unit, unit) {
			continue
		}
		// the unit read after the number may run on into から (分か): the
		// target's unit ends it
		numEnd := end - len(fig.Unit)
		end = numEnd + len(unit)
		if end > at {
			continue
		}
		t := goal.Target{Kind: kindOfUnit(unit), Value: fig.Value, Cmp: goal.CmpEq, Unit: unit}
		t.Span.Start, t.Span.End = f.Span(fst, end)
		t.Text = text[t.Span.Start:t.Span.End]
		added = append(added, t)
	}
	if len(added) == 0 {
		return ts
	}
	out := append(append([]goal.Target(nil), ts...), added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	// the same figure may be added from both sides of two arrows
	dedup := out[:0]
	for _, t := range out {
		if n := len(dedup); n > 0 && dedup[n-1].Span == t.Span {
			continue
		}
		dedup = append(dedup, t)
	}
	return dedup
}

func containsArrow(s string) bool {
	for _, a := range arrows {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// figureStartBefore finds where the figure that ends before an arrow at i
// starts: back over spaces, a bracket (its year), spaces, a short unit and
// the digits. -1 when there is no figure there.
func figureStartBefore(s string, i int) int {
	j := backSpaces(s, i)
	if r := runeBefore(s, j); r == ')' || r == '）' {
		open := strings.LastIndexAny(s[max(0, j-60):j], "(（")
		if open < 0 {
			return -1
		}
		j = backSpaces(s, max(0, j-60)+open)
	}
	// the unit: up to eight runes that are not digits, spaces or separators
	for n := 0; n < 8 && j > 0; n++ {
		r := runeBefore(s, j)
		if isNumeralRune(r) && r < 0x80 || r == ' ' || r == '\u3000' || r == ':' || r == '=' || r == '：' || r == '＝' {
			break
		}
		j -= utf8.RuneLen(r)
	}
	end := j
	for j > 0 && (jtext.IsDigit(s[j-1]) || s[j-1] == '.' || s[j-1] == ',') {
		j--
	}
	if j == end || !jtext.IsDigit(s[j]) {
		return -1
	}
	return j
}

func backSpaces(s string, i int) int {
	for i > 0 {
		r := runeBefore(s, i)
		if r != ' ' && r != '\u3000' && r != '\t' {
			break
		}
		i -= utf8.RuneLen(r)
	}
	return i
}

// kindOfUnit is the kind of a figure read beside an arrow.
func kindOfUnit(unit string) goal.Kind {
	switch unit {
	case "%":
		return goal.KindPercentage
	case "分", "時間", "日", "週間", "か月", "年":
		return goal.KindDuration
	}
	return goal.KindCount
}
