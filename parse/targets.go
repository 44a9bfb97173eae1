package parse

import (
	"github.com/policygoal/policygoal/internal/jtext"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// match is a target found in folded text, before its span is mapped back.
type match struct {
	t          goal.Target
	start, end int  // folded byte offsets of the whole target text
	numStart   int  // folded offsets of a kanji numeral that needs the word check, or -1
	numEnd     int  //
	kanji      bool // the numeral is written in kanji (needs the tokenizer's check)
	// unitStart, unitEnd are the folded offsets of a counter word (0, 0
	// when there is none): the tokenizer checks that it is a word of its
	// own (2030基本計画 has no counter 基).
	unitStart, unitEnd int
	// dictUnit is set when no listed unit follows the number: the
	// dictionary decides whether the word at unitStart is a counter.
	dictUnit bool
}

// recognizer scans one folded text for targets.
type recognizer struct {
	s        string // folded text
	matches  []match
	problems []*InputError
	f        folded
	// dateEnds[k] is where the k-th date found in the text ends, and
	// dateStarts[k] where it starts, in folded offsets: numerals inside a
	// date are never quantities.
	dateStarts, dateEnds []int
}

// targets recognizes the targets in text (folded as f) and returns them
// with spans into text. dates are the dates of the text, as findDates
// returns them: their numerals are skipped, and they give deadlines.
func (p *Parser) targets(text string, f folded, dates []goal.DateMention) ([]goal.Target, []*InputError) {
	r := recognizer{s: f.Text, f: f}
	if len(dates) > 0 {
		r.dateStarts = make([]int, len(dates))
		r.dateEnds = make([]int, len(dates))
		for k, d := range dates {
			r.dateStarts[k] = f.Index(d.Span.Start)
			r.dateEnds[k] = f.Index(d.Span.End)
		}
	}
	r.scan()
	if len(r.matches) == 0 {
		return nil, r.problems
	}
	keep := r.matches[:0]
	cs := newClauses(r.s)
	for _, m := range r.matches {
		if m.kanji && !p.confirmKanji(r.s, m.numStart, m.numEnd) {
			continue
		}
		if n := len(keep); n > 0 && m.start < keep[n-1].end {
			continue // read as part of the target before: 1軒倍増
		}
		if !r.checkUnit(cs, &m) {
			continue
		}
		keep = append(keep, m)
		// The one before is now bounded on both sides: read what it
		// measures, and let go of the clauses no later target needs.
		if n := len(keep); n >= 2 {
			r.readWords(cs, text, keep, n-2, keep[n-1].start)
			cs.release(keep[n-2].start)
		}
	}
	if n := len(keep); n > 0 {
		r.readWords(cs, text, keep, n-1, len(r.s))
	}
	out := make([]goal.Target, 0, len(keep))
	// A relative deadline (年度内に) needs no date in the text, only the
	// reference time.
	var dl *deadlines
	if len(dates) > 0 || p.dates.referenceFiscalYear() != 0 {
		dl = p.deadlines(f, dates)
	}
	for _, m := range keep {
		t := m.t
		if dl != nil {
			t.By = dl.of(m.start, m.end)
		}
		t.Span.Start, t.Span.End = f.Span(m.start, m.end)
		t.Text = text[t.Span.Start:t.Span.End]
		out = append(out, t)
	}
	return out, r.problems
}

// readWords reads the subject and action of keep[k] from the words of its
// clause, between the target before it and hi, where the next one starts.
func (r *recognizer) readWords(cs *clauses, text string, keep []match, k, hi int) {
	lo := 0
	if k > 0 {
		lo = keep[k-1].end
	}
	if k == 0 && keep[k].t.Change == goal.ChangeUnset && !r.lettersAround(lo, keep[k].start, keep[k].end, hi) {
		// A figure with no word beside it in its clause and no change
		// word in it (a table cell 「70.0%以上」) measures nothing
		// nameable and does nothing: no subject, no action, and no
		// dictionary load for them.
		return
	}
	cl := cs.at(keep[k].start)
	if cl == nil {
		return
	}
	m := &keep[k]
	sub := r.subjectOf(cl, m.start, m.end, lo, hi)
	if sub.end > sub.start {
		os, oe := r.f.Span(sub.start, sub.end)
		m.t.Subject = text[os:oe] // as written, full-width included
	}
	m.t.Action = r.actionOf(cl, m.start, m.end, hi)
	if m.t.Change == goal.ChangeUnset && m.t.Kind != goal.KindRatio {
		m.t.Change = changeOfVerb(m.t.Action) // 5,000人増やします
	}
	if sub.end > sub.start && inList(m.t.Action, thresholdVerbs) && hasAt(r.s, sub.end, "を") {
		// 前回調査を2.1ポイント上回った: what is exceeded is the base, not what is measured
		m.t.Subject = ""
	}
	if m.t.Subject != "" || k == 0 || lo > m.start {
		return
	}
	prev := &keep[k-1]
	switch {
	case sub.anaphor, sameFigure(r.s[lo:m.start]):
		// 活動時間 15,400時間→32,000時間: the figure after an arrow
		// measures what the one before it does; so does the one after
		// これを (蔵書数は12万冊ですが、これを15万冊に).
		m.t.Subject = prev.t.Subject
	default:
		switch r.siblingOf(cl, prev, m, lo) {
		case listedSibling:
			// 令和8年度に3万人、令和12年度には3.5万人を目指します: one phrase,
			// two figures, one act.
			m.t.Subject = prev.t.Subject
			if prev.t.Action == "" {
				prev.t.Action = m.t.Action
				if prev.t.Change == goal.ChangeUnset && prev.t.Kind != goal.KindRatio {
					prev.t.Change = changeOfVerb(prev.t.Action)
				}
			}
		case laterSibling:
			m.t.Subject = prev.t.Subject // 接続率は98%に達しており、今後も98%以上を維持
		}
	}
}

// scan walks the text once. Only a few characters can start a target — a
// digit, a kanji numeral, or one of 毎 隔 倍 半 ゼ ご — so most of the text
// is skipped byte by byte without decoding.
func (r *recognizer) scan() {
	s := r.s
	for i := 0; i < len(s); {
		if i = targetStarts.next(s, i); i >= len(s) {
			break
		}
		c := s[i]
		if c < 0x80 {
			if jtext.IsDigit(c) {
				if end := r.atNumber(i); end > i {
					i = end
					continue
				}
				// skip the rest of this digit run: a number that is not a
				// target does not become one from its second digit.
				for i < len(s) && (jtext.IsDigit(s[i]) || s[i] == ',' || s[i] == '.') {
					i++
				}
				continue
			}
			i++
			continue
		}
		ru, size := utf8.DecodeRuneInString(s[i:])
		end := i
		switch {
		case ru == '毎' || ru == '隔' || ru == '四' || ru == '半' || ru == '月' || ru == '週' || ru == '年':
			end = r.atWord(i)
			if end == i && jtext.KanjiDigit(ru) >= 0 {
				end = r.atNumber(i)
			}
		case ru == '倍' || ru == 'ゼ':
			end = r.atWord(i)
		case jtext.KanjiDigit(ru) >= 0 || jtext.SmallUnit(ru) > 0:
			end = r.atNumber(i)
			if end == i {
				// skip the whole kanji numeral run
				for end = i + size; end < len(s); {
					q, n := utf8.DecodeRuneInString(s[end:])
					if jtext.KanjiDigit(q) < 0 && jtext.SmallUnit(q) == 0 && jtext.BigUnit(q) == 0 {
						break
					}
					end += n
				}
				i = end
				continue
			}
		}
		if end > i {
			i = end
			continue
		}
		i += size
	}
}

// dateAt returns the end of the date that contains folded offset i, or i.
// The dates are in order and do not overlap, so it is a binary search: a
// walk from the first date made a line of dates quadratic.
func (r *recognizer) dateAt(i int) int {
	k := sort.SearchInts(r.dateEnds, i+1) // the first date ending after i
	if k < len(r.dateEnds) && r.dateStarts[k] <= i {
		return r.dateEnds[k]
	}
	return i
}

// lastEnd is where the last match found ends, or 0.
func (r *recognizer) lastEnd() int {
	if len(r.matches) == 0 {
		return 0
	}
	return r.matches[len(r.matches)-1].end
}

// add records a match and returns its end.
func (r *recognizer) add(m match) int {
	r.matches = append(r.matches, m)
	return m.end
}

// hasAt reports whether s has word at byte offset i.
func hasAt(s string, i int, word string) bool {
	return i >= 0 && i <= len(s) && strings.HasPrefix(s[i:], word)
}

// endsAt reports whether s has word ending at byte offset i.
func endsAt(s string, i int, word string) bool {
	return i <= len(s) && i-len(word) >= 0 && s[i-len(word):i] == word
}

// firstAt returns the first word of list at s[i:], and its index, or -1.
func firstAt(s string, i int, list []string) (string, int) {
	for k, w := range list {
		if w != "" && hasAt(s, i, w) {
			return w, k
		}
	}
	return "", -1
}

// runeBefore is the rune ending at i, or utf8.RuneError at the start.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt is the rune starting at i, or utf8.RuneError at the end.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isASCIILetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

// isNumeralRune covers Arabic digits and kanji numerals.
func isNumeralRune(r rune) bool {
	return ('0' <= r && r <= '9') || jtext.KanjiDigit(r) >= 0 || jtext.SmallUnit(r) > 0 || jtext.BigUnit(r) > 0
}

// atWord recognizes the targets stated without a numeral, or led by a word:
// 毎月 (every month), 隔週 (every other week), 四半期ごと (every quarter),
// 月ごと, 倍増 (doubling), 半減 (halving), ゼロ (zero). It returns the end of
// the target, or i when there is none.
func (r *recognizer) atWord(i int) int {
	s := r.s
	switch {
	case hasAt(s, i, "倍増"):
		if isNumeralRune(runeBefore(s, i)) {
			return i
		}
		return r.add(match{t: goal.Target{Kind: goal.KindRatio, Value: 2, Cmp: goal.CmpEq}, start: i, end: i + len("倍増")})
	case hasAt(s, i, "半減"):
		return r.add(match{t: goal.Target{Kind: goal.KindRatio, Value: 0.5, Cmp: goal.CmpEq}, start: i, end: i + len("半減")})
	case hasAt(s, i, "ゼロ"):
		end := i + len("ゼロ")
		if next := runeAt(s, end); unicode.In(next, unicode.Katakana) || next == 'ー' {
			return i // ゼロカーボン (zero carbon) is a name, not a count
		}
		t := goal.Target{Kind: goal.KindCount, Value: 0, Cmp: goal.CmpEq}
		if c, ok := r.counterAt(end); ok {
			t.Unit = c.unit
			end += len(c.word)
		}
		return r.add(match{t: t, start: i, end: end, numStart: -1})
	}
	if w, ok := r.intervalWord(i); ok {
		return w
	}
	// A period word with 毎 or followed by ごと: 毎月, 毎年度, 四半期ごと.
	for _, pw := range periodWords {
		if !hasAt(s, i, pw.word) {
			continue
		}
		end := i + len(pw.word)
		if r.dateBefore(i) {
			return i
		}
		if hasAt(s, end, "に一度") || hasAt(s, end, "に一回") {
			// 一度 is one word to the tokenizer (once; at one time), so
			// the period makes it a frequency here, without a word check.
			e := end + len("に一度")
			return r.add(match{t: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpEq, Per: pw.per}, start: i, end: e, numStart: -1})
		}
		if jtext.IsNumeralStart(s, skipSpaces(s, end)) || (hasAt(s, end, "に") && jtext.IsNumeralStart(s, end+len("に"))) {
			return i // 毎月2回, 四半期に1回: the numeral path reads them
		}
		if w, k := firstAt(s, end, cycleWords); k >= 0 && k < 4 {
			return r.add(match{t: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpEq, Per: pw.per}, start: i, end: end + len(w), numStart: -1})
		}
		if pw.every {
			return r.add(match{t: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpEq, Per: pw.per}, start: i, end: end, numStart: -1})
		}
		return i
	}
	return i
}

// intervalWord reads 隔月, 隔週, 隔年, 隔日 (every other month, week, year, day).
func (r *recognizer) intervalWord(i int) (int, bool) {
	for _, w := range []struct {
		word string
		per  goal.Period
	}{{"隔月", goal.PeriodMonth}, {"隔週", goal.PeriodWeek}, {"隔年", goal.PeriodYear}, {"隔日", goal.PeriodDay}} {
		if hasAt(r.s, i, w.word) {
			end := i + len(w.word)
			return r.add(match{t: goal.Target{Kind: goal.KindFrequency, Value: 1, Per: w.per, Interval: 2, Cmp: goal.CmpEq}, start: i, end: end, numStart: -1}), true
		}
	}
	return i, false
}

// dateBefore reports whether the period word at i is the tail of a date or
// year (2023年, 令和2年, 4月) rather than a period: it follows a numeral.
func (r *recognizer) dateBefore(i int) bool {
	b := runeBefore(r.s, i)
	return isNumeralRune(b) || b == '元'
}

// counterAt reads a counter word at i.
func (r *recognizer) counterAt(i int) (counter, bool) {
	for _, c := range counters {
		if hasAt(r.s, i, c.word) {
			return c, true
		}
	}
	for _, c := range unitCounters {
		if hasAt(r.s, i, c.word) {
			if c.word[0] < 0x80 && isASCIILetter(runeAt(r.s, i+len(c.word))) {
				continue // 3 times, 5 kinds: a Latin unit must end there
			}
			return c, true
		}
	}
	return counter{}, false
}

// periodBefore finds a period word that governs the numeral at i: 月1回,
// 週に2回, 年間約500件. It returns the period, where the target text
// starts, and whether the link was 約-style approximation.
func (r *recognizer) periodBefore(i int) (pw periodWord, start int, ok bool) {
	s := r.s
	i = spacesBefore(s, i) // 「年間 4,512 人」
	for _, link := range periodLinks {
		if !endsAt(s, i, link) {
			continue
		}
		j := i - len(link)
		for _, p := range periodWords {
			if endsAt(s, j, p.word) {
				st := j - len(p.word)
				if b := runeBefore(s, spacesBefore(s, st)); (isNumeralRune(b) || b == '元') && !strings.HasPrefix(p.word, "毎") {
					continue // 3年間で: a span of time, not a period
				}
				if b := runeBefore(s, st); !strings.HasPrefix(p.word, "毎") && strings.ContainsRune(notPeriodBefore, b) {
					continue // 前年度1,050人: the year before, not a rate per year
				}
				if p.word == "年" || p.word == "月" || p.word == "日" || p.word == "週" {
					if b := runeBefore(s, spacesBefore(s, st)); isNumeralRune(b) || b == '元' || b == '第' || b == '今' && p.word == "月" {
						continue // 2023年10回: a year; 4月1日: a date
					}
				}
				return p, st, true
			}
		}
	}
	return periodWord{}, i, false
}

// excludedBefore reports whether what precedes the numeral at i makes it a
// name, an ordinal, a code or a date part rather than a quantity.
func (r *recognizer) excludedBefore(i int) bool {
	s := r.s
	if w, k := r.rankWordBefore(i); k >= 0 && !isASCIILetter(runeBefore(s, i-len(w))) {
		return false // TOP10 is a rank, STOP10 a name
	}
	b := runeBefore(s, i)
	if sp := spacesBefore(s, i); sp < i {
		// 「第 2 期」「C S 9 0」: PDF extraction's spaces. A spaced single
		// letter is a spaced name; a word of letters before a space is not
		// (「SNS 3件」).
		b = runeBefore(s, sp)
		if isASCIILetter(b) && isASCIILetter(runeBefore(s, sp-1)) {
			b = ' '
		}
		i = sp
	}
	switch {
	case isASCIILetter(b): // CS90, H30, R6, PM2.5
		return true
	case b == '-' || b == '‐' || b == '−' || b == '/' || b == '.' || b == '〒' || b == '#' || b == '＃':
		// 072-228-7401, 2025/4/1, R6.10.1, 〒590-0078
		return true
	case b == ':':
		// 15:50 is a time; 「指標名：24.8%」 (a label and its value) is not
		r := runeBefore(s, i-1)
		return '0' <= r && r <= '9'
	case b == '第': // 第2期, 第305回: ordinals
		return true
	}
	for _, e := range eraNames {
		if endsAt(s, i, e) {
			return true
		}
	}
	if endsAt(s, i, "人口") || endsAt(s, i, "人口が") || endsAt(s, i, "もう") {
		return true // 人口5万人以上の: a population qualifier; もう一回: once more
	}
	_, k := firstAtEnd(s, i, contextBefore) // 回答者数1,104人: a survey, not a commitment
	return k >= 0
}

// excludedAfter reports whether what follows a numeral ending at i makes it
// part of a code or a date: 072-228, 2025/4, 15:50, 5G.
func (r *recognizer) excludedAfter(i int) bool {
	s := r.s
	if i >= len(s) {
		return false
	}
	c := s[i]
	if (c == '-' || c == '/' || c == ':') && i+1 < len(s) && jtext.IsDigit(s[i+1]) {
		return true
	}
	if c == '.' && i+1 < len(s) && jtext.IsDigit(s[i+1]) {
		return true
	}
	next := runeAt(s, i)
	return next == '‐' || next == '−'
}

// atNumber recognizes a target whose quantity is the numeral at i.
func (r *recognizer) atNumber(i int) int {
	s := r.s
	if end := r.dateAt(i); end > i {
		return end
	}
	if hasAt(s, i, "四半期") {
		return r.atWord(i)
	}
	if r.excludedBefore(i) {
		return i
	}
	n, ok := parseNumber(s, i)
	if !ok {
		return i
	}
	if n.OutOfRange {
		r.problems = append(r.problems, &InputError{Offset: r.f.Orig(i), Err: ErrRange,
			Detail: "numeral too long to be a quantity: " + clip(s[n.Start:n.End], 24)})
		return n.End
	}
	if r.excludedAfter(n.End) {
		return i
	}
	if n.Kanji && (hasAt(s, i, "一人ひとり") || hasAt(s, i, "一人一人")) {
		return i // every single person: an idiom, not a count
	}
	m := match{start: i, numStart: n.Start, numEnd: n.End, kanji: n.Kanji}
	if !n.Kanji {
		m.numStart = -1
	}
	end, ok := r.quantity(n, &m)
	if !ok {
		return r.rangeLeadingNumber(n)
	}
	m.end = end
	r.prefixes(&m)
	if m.dictUnit {
		return r.add(m) // its unit and what follows it are read with the words
	}
	r.suffixes(&m)
	return r.add(m)
}

// rangeLeadingNumber reads a range whose unit follows only its second
// number: 10～20件. n is the bare first number; it returns the end of the
// target, or n.start when there is no such range.
func (r *recognizer) rangeLeadingNumber(n number) int {
	s := r.s
	w, k := firstAt(s, n.End, rangeMarks)
	if k < 0 || n.Kanji {
		return n.Start
	}
	q := n.End + len(w)
	if r.excludedAfter(q) {
		return n.Start
	}
	n2, ok := parseNumber(s, q)
	if !ok || n2.OutOfRange || n2.Kanji || n2.Value < n.Value || r.excludedAfter(n2.End) {
		return n.Start
	}
	m := match{start: n.Start, numStart: -1}
	end, ok := r.quantity(n2, &m)
	if !ok || m.t.Interval > 1 || m.dictUnit {
		return n.Start
	}
	m.t.Value, m.t.Max, m.t.Cmp = n.Value, n2.Value, goal.CmpRange
	m.end = end
	r.prefixes(&m)
	r.suffixes(&m)
	return r.add(m)
}

// quantity reads what follows the numeral n — an interval, a counter, a
// percent, rank, ratio or duration unit — and fills m.t. It returns the end
// of the quantity.
func (r *recognizer) quantity(n number, m *match) (int, bool) {
	s := r.s
	e := n.End
	if !n.Kanji {
		e = skipSpaces(s, e) // 「4,512 人」: PDF extraction's space before the counter
	}
	t := &m.t
	t.Value = n.Value
	t.Cmp = goal.CmpEq

	// 4半期 (a quarter): the 4 names the period, it is not a count.
	if n.Value == 4 && hasAt(s, e, "半期") && !n.Kanji {
		q := e + len("半期")
		if w, k := firstAt(s, q, cycleWords); k >= 0 {
			t.Kind, t.Value, t.Per = goal.KindFrequency, 1, goal.PeriodQuarter
			return q + len(w), true
		}
		if hasAt(s, q, "に") && jtext.IsNumeralStart(s, q+len("に")) {
			m.t = goal.Target{}
			return 0, false // the numeral after に is read on its own with 4半期 as its period
		}
		return 0, false
	}

	// An interval: 2か月に1回, 3年に1度, 2週間ごと, 1日あたり500人.
	for _, iu := range intervalUnits {
		if !hasAt(s, e, iu.word) {
			continue
		}
		q := e + len(iu.word)
		if w, k := firstAt(s, q, cycleWords); k >= 0 {
			iv := int(n.Value)
			if float64(iv) != n.Value || iv < 1 {
				return 0, false
			}
			if k >= 4 { // おき: 1日おき is every other day
				iv++
			}
			t.Kind, t.Value, t.Per, t.Interval = goal.KindFrequency, 1, iu.per, iv
			if iv == 1 {
				t.Interval = 0
			}
			return q + len(w), true
		}
		for _, link := range []string{"に", "当たり", "あたり", "につき", "平均", ""} {
			if link == "" && iu.per != goal.PeriodDay {
				continue // 1日3回; but 2023年10月 is a date
			}
			if !hasAt(s, q, link) {
				continue
			}
			q2 := skipSpaces(s, q+len(link))
			n2, ok := parseNumber(s, q2)
			if !ok || n2.OutOfRange {
				continue
			}
			iv := int(n.Value)
			if float64(iv) != n.Value || iv < 1 {
				return 0, false
			}
			e2 := n2.End
			if !n2.Kanji {
				e2 = skipSpaces(s, e2)
			}
			if n.Value == 1 && n2.Value == 1 && !hasAt(s, e2, "回") && !hasAt(s, e2, "度") {
				return 0, false // 1日1人: the base of a rate, not a target
			}
			if hasAt(s, e2, "回") || hasAt(s, e2, "度") {
				t.Kind, t.Value, t.Per, t.Interval = goal.KindFrequency, n2.Value, iu.per, iv
				e2 += len("回")
			} else if c, ok := r.counterAt(e2); ok {
				t.Kind, t.Value, t.Unit, t.Per, t.Interval = goal.KindCount, n2.Value, c.unit, iu.per, iv
				m.unitStart, m.unitEnd = e2, e2+len(c.word)
				e2 += len(c.word)
				if perUnitAt(s, e2) {
					return 0, false
				}
			} else {
				return 0, false
			}
			if iv == 1 {
				t.Interval = 0
			}
			if n2.Kanji {
				m.kanji, m.numStart, m.numEnd = true, n2.Start, n2.End
			}
			return e2, true
		}
		break
	}

	// 度 (times) only with a period: 月1度. Alone it is a temperature or an angle.
	if hasAt(s, e, "度") && !hasAt(s, e, "度目") {
		if pw, _, ok := r.periodBefore(n.Start); ok {
			t.Kind, t.Per = goal.KindFrequency, pw.per
			return e + len("度"), true
		}
		return 0, false
	}
	for _, pu := range percentUnits {
		if hasAt(s, e, pu.word) {
			t.Kind, t.Unit, t.Value = goal.KindPercentage, pu.unit, n.Value*pu.scale
			return e + len(pu.word), true
		}
	}
	if hasAt(s, e, "位") {
		t.Kind = goal.KindRank
		return e + len("位"), true
	}
	if hasAt(s, e, "倍") {
		t.Kind = goal.KindRatio
		if hasAt(s, e, "倍増") {
			return e + len("倍増"), true
		}
		return e + len("倍"), true
	}
	pw, _, hasPeriod := r.periodBefore(n.Start)
	// 週2日 (two days a week): days per period are a frequency.
	// 毎月2日 is the second of every month, not two days.
	if hasPeriod && !pw.every && hasAt(s, e, "日") && !hasAt(s, e, "日間") && pw.per != goal.PeriodDay {
		t.Kind, t.Per = goal.KindFrequency, pw.per
		return e + len("日"), true
	}
	for _, du := range durationUnits {
		if hasAt(s, e, du.word) {
			if c, ok := r.counterAt(e); ok && len(c.word) > len(du.word) {
				break // 10分野: a listed counter that starts with a unit of time
			}
			q := e + len(du.word)
			cw, ok := r.comparatorAt(skipSpaces(s, q))
			if (!ok || cw.cmp == goal.CmpApprox || cw.cmp == goal.CmpGE || cw.cmp == goal.CmpGT) && !r.besideArrow(n.Start, q) {
				if !(du.unit == "時間" && ok) {
					return 0, false // 5年, 3日: a period or a date, not a measured time
				}
			}
			t.Kind, t.Unit = goal.KindDuration, du.unit
			if hasPeriod { // 月20時間以内: at most twenty hours a month
				t.Per = pw.per
			}
			return q, true
		}
	}
	scale, ce := 1.0, e
	if sw, sc, ok := scaleAt(s, e); ok && !n.Kanji {
		if _, ok := r.counterAt(e + len(sw)); ok {
			scale, ce = sc, e+len(sw) // 「1,830 千人」: 1,830,000 人
		}
	}
	if c, ok := r.counterAt(ce); ok {
		end := ce + len(c.word)
		if hasAt(s, end, "目") {
			return 0, false // 3回目, 2人目: ordinals
		}
		if perUnitAt(s, end) {
			return 0, false // 市民1人あたり: the base of a rate
		}
		if n.Value == 1 && (oneDayBefore(s, n.Start) || oneDayAt(s, end)) {
			return 0, false // 1日1人, 1人1日, 1 人 1 日: the base of a rate
		}
		m.unitStart, m.unitEnd = ce, end
		t.Value = n.Value * scale
		t.Kind, t.Unit = goal.KindCount, c.unit
		if hasPeriod {
			t.Per = pw.per
		} else if per, w, ok := slashPeriodAt(s, end); ok {
			t.Per = per // 2回/月, 500件/年
			end += len(w)
		} else if d := r.perUnitDenominator(end); d > end {
			t.Unit += s[end:d] // 16.5人/10万人: a rate per 100,000 people
			end = d
		}
		if t.Per != goal.PeriodUnset && c.word == "回" {
			t.Kind, t.Unit = goal.KindFrequency, ""
		}
		return end, true
	}
	// A bare numeral is a target only after a rank word: ベスト10, トップ3.
	if _, k := r.rankWordBefore(n.Start); k >= 0 {
		t.Kind = goal.KindRank
		return n.End, true
	}
	// Any other word may be a counter the list lacks (棟, 区画, 便 …): the
	// dictionary decides once the clause is tokenized (see words.go).
	if !n.Kanji && dictCounterCandidate(s, e) {
		t.Kind = goal.KindCount
		if hasPeriod {
			t.Per = pw.per
		}
		m.dictUnit, m.unitStart = true, e
		return e, true
	}
	return 0, false
}

// sameFigure reports whether the short text between two figures makes the
// second a later value of the first: an arrow of an indicator row
// (「38.2%　→　60.0%」, 「92.3%（令和5年度）→ 95.0%」), から (3名から6名), or
// nothing but the spaces between two cells of a row (「152 団体 　 170 団体」).
func sameFigure(between string) bool {
	if utf8.RuneCountInString(between) > 24 || strings.ContainsAny(between, "、。") {
		return false
	}
	// 「185 万人 （令和 4 年度） 200 万人」: a bracketed year between cells.
	rest := between
	for {
		o := strings.IndexAny(rest, "(（")
		if o < 0 {
			break
		}
		c := strings.IndexAny(rest[o:], ")）")
		if c < 0 {
			break
		}
		rest = rest[:o] + " " + rest[o+c+1:]
	}
	if rest = strings.TrimSpace(rest); rest == "" || strings.HasPrefix(rest, "から") || isSkipped(rest) {
		return true // 18.2%から令和12年度には25%; 累計 48 件 　 累計 100 件
	}
	for _, a := range rateArrows {
		if strings.Contains(between, a) {
			return true
		}
	}
	return false
}

// skipSpaces returns the offset after at most two ASCII spaces at s[i:]
// that are followed by something else: a space PDF extraction left inside
// a quantity. Trailing spaces are not skipped.
func skipSpaces(s string, i int) int {
	j := i
	for k := 0; k < 2 && j < len(s) && s[j] == ' '; k++ {
		j++
	}
	if j < len(s) && s[j] != ' ' {
		return j
	}
	return i
}

// spacesBefore returns the offset before at most two ASCII spaces ending at i.
func spacesBefore(s string, i int) int {
	j := i
	for k := 0; k < 2 && j > 0 && s[j-1] == ' '; k++ {
		j--
	}
	if j > 0 {
		return j
	}
	return i
}

// oneDayAt reports whether 「1日」 follows at i, spaces allowed (1 人 1 日当たり).
func oneDayAt(s string, i int) bool {
	i = skipSpaces(s, i)
	return hasAt(s, i, "1") && !(i+1 < len(s) && jtext.IsDigit(s[i+1])) && hasAt(s, skipSpaces(s, i+1), "日")
}

// oneDayBefore reports whether 「1日」 ends at i, spaces allowed (1 日 1 人).
func oneDayBefore(s string, i int) bool {
	i = spacesBefore(s, i)
	if !endsAt(s, i, "日") {
		return false
	}
	j := spacesBefore(s, i-len("日"))
	return endsAt(s, j, "1") && !(j >= 2 && jtext.IsDigit(s[j-2]))
}

// perUnitAt reports whether a per-unit word (当たり, あたり, につき) follows at i.
func perUnitAt(s string, i int) bool {
	_, k := firstAt(s, skipSpaces(s, i), perUnitWords)
	return k >= 0
}

// scaleAt reads a scale word (千, 万, 百万 …) at i.
func scaleAt(s string, i int) (string, float64, bool) {
	for _, w := range scaleWords {
		if hasAt(s, i, w.word) {
			return w.word, w.scale, true
		}
	}
	return "", 0, false
}

// besideArrow reports whether the quantity from start to end stands next to
// an arrow of an indicator row (15,400時間→32,000時間).
func (r *recognizer) besideArrow(start, end int) bool {
	s := r.s
	if _, k := firstAt(s, skipSpaces(s, end), rateArrows); k >= 0 {
		return true
	}
	_, k := firstAtEnd(s, spacesBefore(s, start), rateArrows)
	return k >= 0
}

// dictCounterCandidate reports whether the word at i may be a counter the
// lists lack: a kanji or katakana that is not a numeral and does not start
// a word that is never a counter (歳, 階, 丁目 …).
func dictCounterCandidate(s string, i int) bool {
	ru := runeAt(s, i)
	if !unicode.In(ru, unicode.Han, unicode.Katakana) || isNumeralRune(ru) || ru == '々' {
		return false
	}
	_, k := firstAt(s, i, notCounters)
	return k < 0
}

// perUnitDenominator reads the base of a rate written after a slash, a
// number and a counter (16.5人/10万人, 3.2件/千人), and returns its end, or
// i when there is none.
func (r *recognizer) perUnitDenominator(i int) int {
	s := r.s
	if !hasAt(s, i, "/") {
		return i
	}
	n, ok := parseNumber(s, i+1)
	if !ok || n.OutOfRange || n.Start != i+1 {
		if sw, _, ok := scaleAt(s, i+1); ok { // 3.2件/千人
			if c, ok := r.counterAt(i + 1 + len(sw)); ok {
				return i + 1 + len(sw) + len(c.word)
			}
		}
		return i
	}
	if c, ok := r.counterAt(n.End); ok {
		return n.End + len(c.word)
	}
	return i
}

// slashPeriodAt reads a period written after a slash: 2回/月, 500件/年.
func slashPeriodAt(s string, i int) (goal.Period, string, bool) {
	for _, w := range []struct {
		word string
		per  goal.Period
	}{{"/年度", goal.PeriodFiscalYear}, {"/年", goal.PeriodYear}, {"/月", goal.PeriodMonth}, {"/週", goal.PeriodWeek}, {"/日", goal.PeriodDay}} {
		if hasAt(s, i, w.word) {
			return w.per, w.word, true
		}
	}
	return goal.PeriodUnset, "", false
}

// rankWordBefore finds a rank word (ベスト, トップ, TOP, 上位) directly
// before i.
func (r *recognizer) rankWordBefore(i int) (string, int) {
	for k, w := range rankBefore {
		if endsAt(r.s, i, w) {
			return w, k
		}
	}
	return "", -1
}

// comparatorAt reads a comparator word at i.
func (r *recognizer) comparatorAt(i int) (comparatorWord, bool) {
	for _, c := range comparatorsAfter {
		if hasAt(r.s, i, c.word) {
			return c, true
		}
	}
	return comparatorWord{}, false
}

// prefixes extends m backwards over the words that belong to the target: a
// period (月 in 月1回), 約 (about), a rank word (ベスト).
func (r *recognizer) prefixes(m *match) {
	s := r.s
	start := m.start
	if w, k := r.rankWordBefore(start); k >= 0 {
		start -= len(w)
	}
	if sp := spacesBefore(s, start); sp < start {
		if _, k := firstAtEnd(s, sp, approxBefore); k >= 0 {
			start = sp // 「約 8%」
		}
	}
	if w, k := firstAtEnd(s, start, approxBefore); k >= 0 {
		start -= len(w)
		m.t.Cmp = goal.CmpApprox
	}
	if m.t.Per != goal.PeriodUnset && m.t.Interval == 0 {
		if _, st, ok := r.periodBefore(start); ok {
			start = st
		}
		// おおむね月1回: 約-words may also stand before the period.
		if w, k := firstAtEnd(s, start, approxBefore); k >= 0 && m.t.Cmp == goal.CmpEq {
			start -= len(w)
			m.t.Cmp = goal.CmpApprox
		}
	}
	// Never back into the target before (「年10回 年 20回」).
	if floor := r.lastEnd(); start < m.start && start >= floor {
		m.start = start
	}
}

// firstAtEnd returns the first word of list that ends at i.
func firstAtEnd(s string, i int, list []string) (string, int) {
	for k, w := range list {
		if w != "" && endsAt(s, i, w) {
			return w, k
		}
	}
	return "", -1
}

// suffixes extends m forwards over a comparator, a range, and a change word.
func (r *recognizer) suffixes(m *match) {
	s := r.s
	e := m.end
	// A range: 10～20件, 10件～20件.
	if w, k := firstAt(s, e, rangeMarks); k >= 0 {
		q := e + len(w)
		if n2, ok := parseNumber(s, q); ok && !n2.OutOfRange && n2.Value >= m.t.Value && !n2.Kanji {
			q2 := n2.End
			if m.t.Unit != "" && hasAt(s, q2, m.t.Unit) {
				q2 += len(m.t.Unit)
			} else if u := r.unitWordAt(q2, m.t); u != "" {
				q2 += len(u)
			}
			m.t.Max, m.t.Cmp = n2.Value, goal.CmpRange
			e = q2
		}
	}
	// A range between a count and the unit: 10～20件 reads 10 then ～20件.
	if m.t.Cmp != goal.CmpRange {
		if c, ok := r.comparatorAt(skipSpaces(s, e)); ok {
			e = skipSpaces(s, e) + len(c.word)
			if m.t.Cmp == goal.CmpApprox && c.cmp != goal.CmpApprox {
				m.t.Cmp = c.cmp // 約10件以上: the bound wins
			} else if m.t.Cmp != goal.CmpApprox {
				m.t.Cmp = c.cmp
			}
			// N以上M以下: a range.
			if c.cmp == goal.CmpGE {
				if n2, ok := parseNumber(s, e); ok && !n2.OutOfRange && n2.Value >= m.t.Value {
					q := n2.End
					if u := r.unitWordAt(q, m.t); u != "" {
						q += len(u)
					}
					if c2, ok := r.comparatorAt(q); ok && (c2.cmp == goal.CmpLE || c2.cmp == goal.CmpLT) {
						m.t.Max, m.t.Cmp = n2.Value, goal.CmpRange
						e = q + len(c2.word)
					}
				}
			}
		}
	}
	// A change: 5%削減, 10%の向上, 20件を増やす.
	for _, link := range changeLinks {
		if !hasAt(s, skipSpaces(s, e), link) {
			continue
		}
		q := skipSpaces(s, e) + len(link)
		for _, cw := range changeWords {
			if hasAt(s, q, cw.word) {
				if cw.word == "増" || cw.word == "減" {
					// 増 and 減 alone only directly after the quantity: 10%増.
					// 増進 (promotion), 増設 (adding more) are words of their
					// own; 増やし, 減らし, 増え are verbs, read as the action.
					if next := runeAt(s, q+len(cw.word)); link != "" || unicode.Is(unicode.Han, next) || strings.ContainsRune("やらえるっ", next) {
						continue
					}
				}
				m.t.Change = cw.change
				e = q + len(cw.word)
				m.end = e
				return
			}
		}
	}
	m.end = e
}

// unitWordAt returns the unit word of t's kind at i, if any.
func (r *recognizer) unitWordAt(i int, t goal.Target) string {
	switch t.Kind {
	case goal.KindPercentage:
		for _, pu := range percentUnits {
			if hasAt(r.s, i, pu.word) && pu.unit == t.Unit {
				return pu.word
			}
		}
	case goal.KindCount:
		for _, c := range counters {
			if hasAt(r.s, i, c.word) && c.unit == t.Unit {
				return c.word
			}
		}
	case goal.KindFrequency:
		if hasAt(r.s, i, "回") {
			return "回"
		}
	case goal.KindRank:
		if hasAt(r.s, i, "位") {
			return "位"
		}
	case goal.KindRatio:
		if hasAt(r.s, i, "倍") {
			return "倍"
		}
	case goal.KindDuration:
		for _, d := range durationUnits {
			if hasAt(r.s, i, d.word) && d.unit == t.Unit {
				return d.word
			}
		}
	}
	return ""
}

// clip shortens s to at most n runes for an error message.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
