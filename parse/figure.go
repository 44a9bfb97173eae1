package parse

import (
	"github.com/policygoal/policygoal/internal/jtext"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// Figure is one number read from a table cell or one side of an arrow:
// 「76.5」, 「912g」, 「5.2冊（令和元年度）」, 「35分以内」, 「1,200件以下（R8）」,
// 「△5」 (minus five). Unlike a target it needs no counter: KPI tables put
// bare numbers under a unit column.
type Figure struct {
	Value float64
	// Unit is the counter or unit as written after width folding ("%",
	// "人", "g", "kWh", "人/10万人"); "" for a bare number. A myriad unit
	// is part of the value: 412万人 is 4120000 人, as Extract reads it.
	Unit string
	Cmp  goal.Comparator // CmpEq when no comparator word follows
	Year goal.Year       // a year in a bracket after the number, or zero
	Text string          // s[Span.Start:Span.End], the number with its unit and comparator
	Span goal.Span
}

// ParseFigure reads the one number of a cell: first as Extract reads a
// quantity (counters, %, 万), otherwise as a bare number with whatever unit
// follows it. A text with no number, or with more than one quantity, is a
// *TargetError wrapping ErrNoTarget or ErrManyTargets; dates are not
// numbers (「令和3年度」 alone states no figure).
func (p *Parser) ParseFigure(s string) (Figure, error) {
	ex, err := p.Extract(s)
	if err != nil {
		return Figure{}, err
	}
	qs := append(ex.Targets, ex.Figures...)
	trimmed := strings.TrimSpace(s)
	switch len(qs) {
	case 1:
		t := qs[0]
		unit := t.Unit
		if t.Kind == goal.KindRatio {
			unit = "倍"
		}
		fig := Figure{Value: t.Value, Unit: unit, Cmp: t.Cmp, Year: t.Year, Text: t.Text, Span: t.Span}
		// the rest of a unit the counter list does not hold: 2.1万人泊 (person-nights)
		if rest := s[t.Span.End:]; t.Cmp == goal.CmpEq && t.Unit != "" {
			for i, n := 0, 0; i < len(rest) && n < 3; n++ {
				r, size := utf8.DecodeRuneInString(rest[i:])
				if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) || r == '以' || r == '未' || r == '超' || r == '程' {
					break
				}
				i += size
				fig.Span.End = t.Span.End + i
			}
			if fig.Span.End > t.Span.End {
				fig.Unit += s[t.Span.End:fig.Span.End]
				fig.Text = s[fig.Span.Start:fig.Span.End]
				if fig.Year.IsZero() {
					fig.Year = bracketYear(s, fig.Span.End, ex.Dates)
				}
			}
		}
		// a per-unit denominator the counter list does not hold: kWh/㎡, 人/10万人
		if rest := s[fig.Span.End:]; t.Cmp == goal.CmpEq && (strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "／")) {
			end0 := fig.Span.End
			for i, n := 0, 0; i < len(rest) && n < 9; n++ {
				r, size := utf8.DecodeRuneInString(rest[i:])
				if i > 0 && (r == ' ' || r == '\u3000' || r == '(' || r == '（' || r == '\t' || r == utf8.RuneError) {
					break
				}
				i += size
				fig.Span.End = end0 + i
			}
			fig.Unit += strings.Replace(s[end0:fig.Span.End], "／", "/", 1)
			fig.Text = s[fig.Span.Start:fig.Span.End]
		}
		return fig, nil
	case 0:
	default:
		return Figure{}, &TargetError{Input: trimmed, Found: len(qs), Err: ErrManyTargets}
	}
	f := fold(s)
	fs := f.Text
	start := -1
	for i := 0; i < len(fs); i++ {
		if jtext.IsDigit(fs[i]) && !inDate(ex.Dates, f, i) {
			start = i
			break
		}
	}
	if start < 0 {
		return Figure{}, &TargetError{Input: trimmed, Err: ErrNoTarget}
	}
	fig, start, end, ok := bareFigureAt(fs, start)
	if !ok {
		return Figure{}, &TargetError{Input: trimmed, Err: ErrNoTarget}
	}
	for _, d := range ex.Dates {
		if f.Index(d.Span.Start) >= end {
			if y, ok := goal.YearOf(d); ok {
				fig.Year = y
			}
			break
		}
	}
	if fig.Year.IsZero() {
		fig.Year, _ = p.yearAfter(fs, end, nil, nil)
	}
	fig.Span.Start, fig.Span.End = f.Span(start, end)
	fig.Text = s[fig.Span.Start:fig.Span.End]
	return fig, nil
}

// comparatorWordAt reads a comparator word (以上, 以下, 以内, 未満, 超 …) at i.
func comparatorWordAt(s string, i int) (comparatorWord, bool) {
	for _, c := range comparatorsAfter {
		if hasAt(s, i, c.word) {
			return c, true
		}
	}
	return comparatorWord{}, false
}

// inDate reports whether folded offset i is inside one of the dates.
func inDate(dates []goal.DateMention, f folded, i int) bool {
	for _, d := range dates {
		if f.Index(d.Span.Start) <= i && i < f.Index(d.Span.End) {
			return true
		}
	}
	return false
}

// bareFigureAt reads a number at folded offset start with what is written
// around it: a sign before it (△5 is −5), 約 before it, the unit after it
// (any run of up to eight characters up to a bracket, space, arrow,
// comparator or digit) and a comparator after the unit. It returns the
// figure (without year, text or span) and where it starts and ends.
func bareFigureAt(fs string, start int) (fig Figure, figStart, end int, ok bool) {
	n, ok := parseNumber(fs, start)
	if !ok || n.OutOfRange {
		return Figure{}, 0, 0, false
	}
	fig = Figure{Value: n.Value, Cmp: goal.CmpEq}
	for _, neg := range []string{"△", "▲", "-", "−", "マイナス"} {
		if endsAt(fs, start, neg) {
			fig.Value = -fig.Value
			start -= len(neg)
			break
		}
	}
	if w, k := firstAtEnd(fs, start, approxBefore); k >= 0 {
		start -= len(w)
		fig.Cmp = goal.CmpApprox
	}
	end = n.End
	u, runes := end, 0
	for u < len(fs) && runes < 8 {
		r, size := utf8.DecodeRuneInString(fs[u:])
		if r == '(' || r == '（' || r == '【' || r == '[' || r == '→' || r == '、' || r == '。' || r == ',' ||
			r == utf8.RuneError || // an invalid byte is never part of a unit
			unicode.IsSpace(r) || r == '\u3000' || unicode.In(r, unicode.Hiragana) && r != 'か' {
			break
		}
		if _, ok := comparatorWordAt(fs, u); ok {
			break
		}
		if _, k := firstAt(fs, u, arrows); k >= 0 {
			break
		}
		if jtext.IsDigit(fs[u]) && u > end {
			break
		}
		u += size
		runes++
	}
	if runes == 8 {
		u = end // a long run is words, not a unit
	}
	fig.Unit = fs[end:u]
	end = u
	if c, ok := comparatorWordAt(fs, end); ok {
		fig.Cmp = c.cmp
		end += len(c.word)
	}
	return fig, start, end, true
}

// bracketYear is the year of a date mention in a bracket right after
// offset end of s (「…人泊（令和４年）」), or zero. A month or a day there
// (「12人（令和6年4月）」: the count as of April 2024) gives its calendar
// year: the figure is as of that date.
func bracketYear(s string, end int, dates []goal.DateMention) goal.Year {
	i := end
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	switch {
	case strings.HasPrefix(s[i:], "("):
		i++
	case strings.HasPrefix(s[i:], "（"):
		i += len("（")
	default:
		return goal.Year{}
	}
	for _, d := range dates {
		if d.Span.Start == i {
			if y, ok := goal.YearOf(d); ok {
				return y
			}
			if y, ok := asOfYear(d); ok {
				return y
			}
		}
	}
	return goal.Year{}
}
