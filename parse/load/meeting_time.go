package load

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jtext"
)

// A meeting's time range as summaries write it: 午後3時50分～午後4時30分,
// 午後6時～7時30分 (午後 "p.m." carries to the end), 13:30～15:00,
// 午前10時から正午まで (正午 "noon" is 12:00), 10時半 (半 "half past"),
// 開会 午後1時30分 … 閉会 午後2時46分.

// clockMention is a time of day found in text, with its byte span in the
// text it was read from.
type clockMention struct {
	t          goal.ClockTime
	start, end int
	meridiem   int // 0 none written, 1 午前, 2 午後
}

// timeRange reads the first time range (or single start time) in text,
// which is folded for width internally; spans index text. ok is false
// when there is no time. bad is set (and start/end zero) when the end is
// before the start: the range is then not a value.
type timeRange struct {
	start, end goal.ClockTime
	span       [2]int // bytes of text covering the times read
	bad        bool   // end before start, or an impossible time
}

func readTimeRange(text string) (timeRange, bool) {
	ms := clockMentions(text)
	if len(ms) == 0 {
		return timeRange{}, false
	}
	tr := timeRange{start: ms[0].t, span: [2]int{ms[0].start, ms[0].end}}
	if len(ms) >= 2 && !rangeBetween(text[ms[0].end:ms[1].start]) {
		if open, end, ok := markedTimes(text, ms); ok {
			tr = timeRange{start: open.t, end: end.t, span: [2]int{min(open.start, end.start), max(open.end, end.end)}}
			if minutes(tr.end) < minutes(tr.start) {
				return timeRange{span: tr.span, bad: true}, true
			}
			return tr, true
		}
	}
	if len(ms) >= 2 && rangeBetween(text[ms[0].end:ms[1].start]) {
		end := ms[1]
		// 午後 written before the start and not before the end carries.
		if end.meridiem == 0 && ms[0].meridiem == 2 && end.t.Hour() < 12 {
			if c, err := goal.Clock(end.t.Hour()+12, end.t.Minute()); err == nil {
				end.t = c
			}
		}
		tr.end = end.t
		tr.span[1] = end.end
		if minutes(tr.end) < minutes(tr.start) {
			return timeRange{span: tr.span, bad: true}, true
		}
	}
	return tr, true
}

func minutes(c goal.ClockTime) int { return c.Hour()*60 + c.Minute() }

// timeRangeWords join two times besides the range marks: 開会 … 閉会
// (opened … closed), 自 … 至 (from … to).
var timeRangeWords = []string{"閉会", "終了", "開会", "開始", "至"}

// rangeBetween reports whether the text between two times joins them as a
// range: a range mark (～, 〜, -, から: parse's one list), 開会 … 閉会, with
// spaces.
func rangeBetween(s string) bool {
	s = strings.TrimFunc(jtext.String(s), isBlank)
	if utf8.RuneCountInString(s) > 12 {
		return false
	}
	return containsAny(s, rangeMarks) || containsAny(s, timeRangeWords)
}

// clockMentions finds the times of day in text: (午前|午後)?H時(M分|半)?,
// H:MM, 正午, 午前0時 … Spans index text.
func clockMentions(text string) []clockMention {
	var out []clockMention
	i := 0
	for i < len(text) {
		m, n := clockAt(text, i)
		if n > 0 {
			out = append(out, m)
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return out
}

// clockAt reads a time of day starting at byte i of text; n is the bytes
// read (0 when none).
func clockAt(text string, i int) (clockMention, int) {
	s := text[i:]
	m := clockMention{start: i}
	pos := 0
	switch {
	case strings.HasPrefix(s, "正午"):
		c, _ := goal.Clock(12, 0)
		m.t, m.end = c, i+len("正午")
		return m, len("正午")
	case strings.HasPrefix(s, "午前"):
		m.meridiem, pos = 1, len("午前")
	case strings.HasPrefix(s, "午後"):
		m.meridiem, pos = 2, len("午後")
	}
	for pos < len(s) && (s[pos] == ' ' || strings.HasPrefix(s[pos:], "\u3000")) {
		if s[pos] == ' ' {
			pos++
		} else {
			pos += len("\u3000")
		}
	}
	if m.meridiem != 0 && strings.HasPrefix(s[pos:], "正午") {
		c, _ := goal.Clock(12, 0)
		m.t, m.end = c, i+pos+len("正午")
		return m, pos + len("正午")
	}
	if i > 0 && m.meridiem == 0 {
		// a digit run must start here, not in the middle of a number.
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); jtext.IsDigitRune(r) {
			return m, 0
		}
	}
	h, n := digits(s[pos:])
	if n == 0 || h < 0 {
		return m, 0
	}
	pos += n
	minute := 0
	switch {
	case strings.HasPrefix(s[pos:], "時"):
		pos += len("時")
		if strings.HasPrefix(s[pos:], "半") {
			minute = 30
			pos += len("半")
		} else if mm, k := digits(s[pos:]); k > 0 && strings.HasPrefix(s[pos+k:], "分") {
			minute = mm
			pos += k + len("分")
		}
	case strings.HasPrefix(s[pos:], ":") || strings.HasPrefix(s[pos:], "："):
		sep := len(":")
		if s[pos] != ':' {
			sep = len("：")
		}
		mm, k := digits(s[pos+sep:])
		if k == 0 {
			return m, 0
		}
		minute = mm
		pos += sep + k
	default:
		return m, 0
	}
	hour := h
	if m.meridiem == 2 && hour < 12 {
		hour += 12
	}
	if m.meridiem == 1 && hour == 12 {
		hour = 0
	}
	c, err := goal.Clock(hour, minute)
	if err != nil {
		return m, 0
	}
	m.t, m.end = c, i+pos
	return m, pos
}

// digits reads up to 2 ASCII or full-width digits (a clock's hours or
// minutes) with the one reader; a third digit means this is no clock (-1,
// nothing read).
func digits(s string) (int, int) {
	v, end, count := jtext.ReadWideDigits(s, 0)
	if count > 2 {
		return -1, 0
	}
	return v, end
}

// Words that mark a time as the opening or the closing of a meeting when
// they stand right before or after it: 開会 午前10時00分, 午後3時 閉会.
var (
	openingWords = []string{"開会", "開始", "開議", "開催"}
	closingWords = []string{"閉会", "終了", "散会", "閉議", "閉場"}
)

// markedTimes finds, among the times of text, the first one marked as the
// opening and the first marked as the closing (a 日時 whose lines are 開会
// 午前10時00分 / 令和6年11月18日（月） / 閉会 午前11時40分): the marks say
// which is which, whatever their order. The words stand all before their
// times or all after them (午前10時 開会 午後3時 閉会); the first marked time
// tells which. ok is false unless both are found.
func markedTimes(text string, ms []clockMention) (start, end clockMention, ok bool) {
	open, closing, side := -1, -1, -1
	for k, m := range ms {
		marks := timeMarks(text, m)
		if side < 0 {
			switch {
			case marks[0] != 0:
				side = 0
			case marks[1] != 0:
				side = 1
			default:
				continue
			}
		}
		switch {
		case marks[side] == 1 && open < 0:
			open = k
		case marks[side] == 2 && closing < 0:
			closing = k
		}
	}
	if open < 0 || closing < 0 {
		return start, end, false
	}
	return ms[open], ms[closing], true
}

// timeMarks are the marks of the words right before and right after the
// time m: 1 for an opening word, 2 for a closing word, 0 for none.
func timeMarks(text string, m clockMention) [2]int {
	before := strings.TrimRightFunc(text[:m.start], isBlank)
	after := strings.TrimLeftFunc(text[m.end:], isBlank)
	var out [2]int
	for mark, words := range [][]string{openingWords, closingWords} {
		for _, w := range words {
			if strings.HasSuffix(before, w) {
				out[0] = mark + 1
			}
			if strings.HasPrefix(after, w) {
				out[1] = mark + 1
			}
		}
	}
	return out
}

// markedTimeLine reads a line holding only a time and an opening or
// closing word (午前10時00分　開議, 閉会 午後3時): the time, and 1 for opening
// or 2 for closing.
func markedTimeLine(line string) (clockMention, int, bool) {
	t := strings.TrimFunc(line, isBlank)
	ms := clockMentions(t)
	if len(ms) != 1 || runes(t) > 24 {
		return clockMention{}, 0, false
	}
	marks := timeMarks(t, ms[0])
	mark := marks[0]
	if mark == 0 {
		mark = marks[1]
	}
	if mark == 0 {
		return clockMention{}, 0, false
	}
	rest := strings.TrimFunc(t[:ms[0].start]+t[ms[0].end:], func(r rune) bool { return isBlank(r) || strings.ContainsRune("（）()", r) })
	for _, w := range append(append([]string(nil), openingWords...), closingWords...) {
		rest = strings.Replace(rest, w, "", 1)
	}
	if strings.TrimFunc(rest, isBlank) != "" {
		return clockMention{}, 0, false
	}
	return ms[0], mark, true
}
