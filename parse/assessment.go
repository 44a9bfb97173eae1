package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// Assessments are what progress reports and meeting summaries say about
// indicators in prose: 「市民との『信頼感』の指標は目標値に達しなかったものの
// 上昇」 (not reached, rising), 「『共有感』に関する指標は減少している」
// (falling), 「『住みやすいと思う人』の割合が８６．３％であり」 (an actual,
// with the year the sentence names). Lines broken inside a sentence (PDF
// text) are read as one.

// An indicator is found where the text names one: a quoted name followed by
// an indicator word (「X」の指標, 「X」に関する指標, 「X」指標), a quoted name
// that is itself an indicator (「…の割合」は, ending in one of indicatorNouns)
// or a quoted name before の割合 (「X」の割合 → X の割合), or 指標「X」. Its
// assessment is read from the text after it, up to the next indicator or
// the end of the sentence.

// indicatorAfterQuote follow a quoted name and make it an indicator's.
var indicatorAfterQuote = []string{"に関する指標", "に係る指標", "の指標", "指標"}

// indicatorNouns end a quoted name that is an indicator by itself.
var indicatorNouns = []string{"割合", "比率", "率", "人数", "者数", "件数", "数", "量", "額", "度", "感"}

// attainmentWords state whether the target was reached; longest first
// where one contains another.
var attainmentWords = []struct {
	word string
	a    goal.Attainment
}{
	{"目標値に達しなかった", goal.NotReached}, {"目標に達しなかった", goal.NotReached},
	{"目標値に達していない", goal.NotReached}, {"目標に達していない", goal.NotReached},
	{"目標値に届かなかった", goal.NotReached}, {"目標に届かなかった", goal.NotReached},
	{"目標値を下回った", goal.NotReached}, {"目標を下回った", goal.NotReached},
	{"達成できなかった", goal.NotReached}, {"未達成", goal.NotReached}, {"未達", goal.NotReached},
	{"目標値を達成", goal.Reached}, {"目標を達成", goal.Reached}, {"目標値を上回", goal.Reached},
	{"目標を上回", goal.Reached}, {"目標値に達した", goal.Reached}, {"目標に達した", goal.Reached},
}

// trendWords state the movement; the first in the text wins.
var trendWords = []struct {
	word string
	t    goal.Trend
}{
	{"上昇", goal.TrendUp}, {"増加", goal.TrendUp}, {"向上", goal.TrendUp}, {"伸び", goal.TrendUp},
	{"高まっ", goal.TrendUp}, {"増え", goal.TrendUp},
	{"減少", goal.TrendDown}, {"低下", goal.TrendDown}, {"下降", goal.TrendDown}, {"減っ", goal.TrendDown},
	{"下がっ", goal.TrendDown},
	{"横ばい", goal.TrendFlat}, {"変わらない", goal.TrendFlat}, {"同水準", goal.TrendFlat},
}

// joined is text with its line breaks inside sentences removed, and the way
// back: src[i] is the offset in the original of joined byte i.
type joined struct {
	text string
	src  []int
}

// joinLines removes line breaks, and the spaces around them, so that a
// sentence broken by PDF extraction is one again. Spaces inside a line stay.
func joinLines(s string) joined {
	out := make([]byte, 0, len(s))
	src := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		if s[i] != '\n' && s[i] != '\r' {
			out = append(out, s[i])
			src = append(src, i)
			i++
			continue
		}
		// drop the break, the spaces before it and the blank lines and
		// indentation after it
		for {
			n := len(out)
			switch {
			case n > 0 && (out[n-1] == ' ' || out[n-1] == '\t'):
				out, src = out[:n-1], src[:n-1]
				continue
			case n >= 3 && string(out[n-3:]) == "\u3000":
				out, src = out[:n-3], src[:n-3]
				continue
			}
			break
		}
		for i < len(s) && (s[i] == '\n' || s[i] == '\r' || s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	src = append(src, len(s))
	return joined{text: string(out), src: src}
}

// Assessments finds the indicators text assesses in prose and what it says
// of each: whether the target was reached, the trend, and an actual quoted
// for it (a quantity whose role is actual, with its year). An indicator the
// text names without saying anything of it is not listed. Text over the
// parser's maximum is an *InputError wrapping ErrTooLong.
func (p *Parser) Assessments(text string) ([]goal.Assessment, error) {
	if len(text) > p.maxInput {
		return nil, &InputError{Offset: p.maxInput, Err: ErrTooLong}
	}
	j := joinLines(text)
	s := j.text
	ms := indicatorMentions(s)
	var out []goal.Assessment
	var cache sentenceFigures
	ends := sentenceEnds{s: s, stop: -1}
	for k, m := range ms {
		end := ends.at(m.end)
		if k+1 < len(ms) && ms[k+1].start < end {
			end = ms[k+1].start
		}
		scope := s[m.end:end]
		a := goal.Assessment{Indicator: m.name}
		for _, w := range attainmentWords {
			if strings.Contains(scope, w.word) {
				a.Reached = w.a
				break
			}
		}
		best := len(scope) + 1
		for _, w := range trendWords {
			if i := strings.Index(scope, w.word); i >= 0 && i < best {
				best, a.Trend = i, w.t
			}
		}
		if v, ok := p.quotedActual(s, m, end, ends.at(m.end), &cache); ok {
			a.Actual = &v
		}
		if a.Reached == goal.AttainmentUnset && a.Trend == goal.TrendUnset && a.Actual == nil {
			continue
		}
		stop := end
		for stop > m.end && (s[stop-1] == ',' || strings.HasSuffix(s[:stop], "、")) {
			if s[stop-1] == ',' {
				stop--
			} else {
				stop -= len("、")
			}
		}
		a.Span = goal.Span{Start: j.src[m.start], End: j.src[stop-1] + 1}
		if stop == m.start {
			a.Span.End = j.src[m.start]
		}
		// the last byte of a multi-byte rune: extend to its end
		for a.Span.End < len(text) && !utf8.RuneStart(text[a.Span.End]) {
			a.Span.End++
		}
		a.Text = text[a.Span.Start:a.Span.End]
		out = append(out, a)
	}
	return out, nil
}

// mention is an indicator named in joined text.
type mention struct {
	name       string
	start, end int // the naming text
	sentence   int // where its sentence starts
}

// indicatorMentions finds the indicators named in s, in order.
func indicatorMentions(s string) []mention {
	var out []mention
	sent, scanned := 0, 0 // the current sentence's start; s[:scanned] searched for 。
	for i := 0; i < len(s); {
		q := strings.Index(s[i:], "「")
		if q < 0 {
			break
		}
		q += i
		// a name is at most 40 runes: look no further for its end, so a
		// text of unclosed brackets stays linear
		lim := min(len(s), q+len("「")+40*4)
		c := strings.Index(s[q:lim], "」")
		if c < 0 {
			i = q + len("「")
			continue
		}
		c += q
		name := s[q+len("「") : c]
		after := c + len("」")
		i = after
		if name == "" || strings.ContainsAny(name, "「。") || utf8.RuneCountInString(name) > 40 {
			continue
		}
		if k := strings.LastIndex(s[scanned:q], "。"); k >= 0 {
			sent = scanned + k + len("。")
		}
		scanned = q
		m := mention{start: q, sentence: sent}
		switch {
		case endsWithAny(s[:q], []string{"指標", "成果指標"}):
			m.name, m.end = name, after
		default:
			if w, k := firstAt(s, after, indicatorAfterQuote); k >= 0 {
				m.name, m.end = name, after+len(w)
			} else if hasAt(s, after, "の割合") {
				m.name, m.end = name+"の割合", after+len("の割合")
			} else if endsWithAny(name, indicatorNouns) && (hasAt(s, after, "は") || hasAt(s, after, "が")) {
				m.name, m.end = name, after
			}
		}
		if m.name != "" {
			out = append(out, m)
		}
	}
	return out
}

// sentenceFigures caches the figures of the last sentence read, so a
// sentence naming many indicators is extracted once.
type sentenceFigures struct {
	start, end int
	figures    []goal.Target
	ok         bool
}

// quotedActual reads an actual quoted for mention m before end: the first
// quantity after the mention whose role is actual, with its year.
func (p *Parser) quotedActual(s string, m mention, end, send int, c *sentenceFigures) (goal.IndicatorValue, bool) {
	if !c.ok || c.start != m.sentence || c.end != send {
		ex, err := p.Extract(s[m.sentence:send])
		if err != nil {
			return goal.IndicatorValue{}, false
		}
		*c = sentenceFigures{start: m.sentence, end: send, figures: ex.Figures, ok: true}
	}
	for _, f := range c.figures {
		at := m.sentence + f.Span.Start
		if at < m.end || at >= end {
			continue
		}
		if f.Role == goal.RoleActual {
			return goal.IndicatorValue{Value: f.Value, Year: f.Year}, true
		}
		break
	}
	return goal.IndicatorValue{}, false
}

func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// sentenceEnds finds where the sentence holding i ends (at 。, or the
// end of s). Asked for increasing offsets, it searches each byte once.
type sentenceEnds struct {
	s    string
	stop int // the last end found; -1 before the first search
}

func (e *sentenceEnds) at(i int) int {
	if e.stop >= i {
		return e.stop
	}
	if k := strings.Index(e.s[i:], "。"); k >= 0 {
		e.stop = i + k
	} else {
		e.stop = len(e.s)
	}
	return e.stop
}
