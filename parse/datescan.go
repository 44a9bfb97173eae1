package parse

import (
	"github.com/policygoal/policygoal/internal/jtext"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// The date scanner: a byte/rune scan of width-folded text, no tokenizer.
// Every expression starts at an era (令和, ㋿, R), a four-digit Western year
// or FY; dates without a year (4月1日) are read only as the end of a range
// that has one (令和2年11月20日～22日).

// dateMatch is one expression the scanner read, in folded offsets. When err
// is set the expression looked like a date but names no real day or year
// (令和0年, 平成元年1月7日, 平成19（2008）年); it is reported, not guessed.
type dateMatch struct {
	start, end int
	kind       goal.DateKind
	date       goal.Date
	through    goal.Date
	fy         goal.FiscalYear
	throughFY  goal.FiscalYear
	err        error
	// open says a range continues after the match that the scanner, reading
	// a second end (dateScanner.second), did not follow; such a second end
	// is not taken.
	open bool
}

// yearRef is the year an expression opens with.
type yearRef struct {
	era    goal.Era // EraUnset for a Western year
	n      int      // the era year, or the Western year
	digits int      // ASCII digits of n (0 for 元 and kanji numerals)
	year   int      // the Western year; 0 when err is set
	err    error    // the era year does not exist (令和0年)
}

// date returns the date of the year with month and day (0 for unknown),
// checked against the era's start.
func (y yearRef) date(month, day int) (goal.Date, error) {
	if y.era != goal.EraUnset {
		return y.era.Date(y.n, month, day)
	}
	return goal.NewDate(y.year, month, day)
}

// dateScanner scans folded text s. In whole mode (ParseDate,
// ParseFiscalYear: a table cell that is nothing but a date) it also accepts
// forms too ambiguous for running text: a bare era year (R5), a bare
// Western year (2023) and two-part dotted forms (2023.5, M7.3 — in running
// text the latter is an earthquake's magnitude).
type dateScanner struct {
	s     string
	whole bool
	// second says the scanner reads the second end of a range
	// (bareToFull). A second end that would itself open a range is not
	// followed but marked open: following it would re-read every later
	// end of a chain such as 令和3～令和3～令和3～…, once per start — time
	// quadratic in the chain's length.
	second bool
}

// candidate reports whether an expression may start at s[i]: the cheap
// filter the scan loop runs on every byte.
func (sc dateScanner) candidate(i int) bool {
	c := sc.s[i]
	switch {
	case jtext.IsDigit(c), c < utf8.RuneSelf && eraLetters[c], c == 'F': // F: an FY prefix
		return true
	case c >= 0xE3 && c <= 0xE9: // the blocks holding era names and signs, and kanji numerals
		r, _ := utf8.DecodeRuneInString(sc.s[i:])
		return mayStartDate(r)
	}
	return false
}

// matchAt reads the expression starting at s[i], if any.
func (sc dateScanner) matchAt(i int) (dateMatch, bool) {
	if m, ok := sc.eraExprAt(i); ok {
		return m, true
	}
	if m, ok := sc.westernExprAt(i); ok {
		return m, true
	}
	return sc.fyPrefixAt(i)
}

// eraExprAt reads an expression that opens with an era: 令和2年11月20日,
// 令和元年度, H30.4.1, 平成19（2007）年, 昭和40年代, 令和3～7年度.
func (sc dateScanner) eraExprAt(i int) (dateMatch, bool) {
	s := sc.s
	e, j, letter := eraAt(s, i)
	if e == goal.EraUnset {
		return dateMatch{}, false
	}
	if !letter {
		j = skipSpace(s, j)
	}
	digStart := j
	n, j, ok := eraYearAt(s, j, letter)
	if !ok {
		return dateMatch{}, false
	}
	yr := yearRef{era: e, n: n}
	if jtext.IsDigit(s[digStart]) {
		yr.digits = j - digStart
	}
	yr.year, yr.err = e.Year(n)
	// 平成19（2007）年: the Western year in brackets checks the era year.
	check := 0
	k := j
	if w, end, ok := westernInBracketAt(s, skipSpace(s, j), false); ok {
		check, k = w, end
	}
	return sc.tail(i, j, k, yr, check, letter)
}

// westernExprAt reads an expression that opens with a four-digit Western
// year: 2022年9月12日, 2030年度, 2024-03-31, 2025/4/1, 1960年代,
// 2020（令和2）年度, 2021～2025年度.
func (sc dateScanner) westernExprAt(i int) (dateMatch, bool) {
	s := sc.s
	if !jtext.IsDigit(s[i]) {
		return sc.westernKanjiAt(i)
	}
	if !westernMayStart(s, i) {
		return dateMatch{}, false
	}
	n, j, digits := jtext.ReadDigits(s, i)
	if digits != 4 || n < 1000 || n > 2999 {
		return dateMatch{}, false
	}
	yr := yearRef{n: n, digits: 4, year: n}
	check := 0
	k := j
	if y, end, ok := eraInBracketAt(s, skipSpace(s, j), false); ok {
		check, k = y, end
	}
	return sc.tail(i, j, k, yr, check, false)
}

// westernKanjiAt reads a Western year in kanji numerals, 二〇二四年 or
// 二千二十四年度: only from 1800 to 2999 and only with 年 or 年度 after it,
// so 千年 (a thousand years) and kanji in words are left alone.
func (sc dateScanner) westernKanjiAt(i int) (dateMatch, bool) {
	s := sc.s
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); jtext.KanjiDigit(r) >= 0 || jtext.SmallUnit(r) > 0 {
			return dateMatch{}, false
		}
	}
	n, j, ok := jtext.ReadKanjiInt(s, i)
	if !ok || n < 1800 || n > 2999 || !strings.HasPrefix(s[skipSpace(s, j):], "年") {
		return dateMatch{}, false
	}
	return sc.tail(i, j, j, yearRef{n: n, year: n}, 0, false)
}

// westernMayStart reports whether a Western number may start at s[i]: not
// in the middle of a number, a code, a version or a telephone number
// (072-228-7401, 〒590-0078), nor after 第 (an ordinal), 約 (about) or 計
// (in total), which make it a count, or a currency sign.
func westernMayStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	c := s[i-1]
	if isASCIIAlnum(c) {
		return false
	}
	switch c {
	case '.', ',', '-', '/', '_', '#', '+', '$', '\\', '@', '&', '=':
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	switch r {
	case '第', '〒', '¥', '￥', '№', '℡', '．', '，', '約', '計':
		return false
	}
	return true
}

// fyPrefixAt reads FY2024 (a fiscal year in English-style tables).
func (sc dateScanner) fyPrefixAt(i int) (dateMatch, bool) {
	s := sc.s
	if !strings.HasPrefix(s[i:], "FY") || i > 0 && isASCIIAlnum(s[i-1]) {
		return dateMatch{}, false
	}
	n, end, digits := jtext.ReadDigits(s, i+2)
	if digits != 4 || n < 1000 || n > 2999 || end < len(s) && isASCIIAlnum(s[end]) {
		return dateMatch{}, false
	}
	return dateMatch{start: i, end: end, kind: goal.DateKindFiscalYear, fy: goal.FiscalYear(n)}, true
}

// westernInBracketAt reads （2007） or （2007年） at s[i:]: a four-digit
// year in brackets, 年 inside optional, or required when needYear.
func westernInBracketAt(s string, i int, needYear bool) (year, end int, ok bool) {
	if i >= len(s) || s[i] != '(' {
		return 0, i, false
	}
	j := skipSpace(s, i+1)
	n, j, digits := jtext.ReadDigits(s, j)
	if digits != 4 {
		return 0, i, false
	}
	j, ok = bracketUnit(s, j, needYear)
	if !ok {
		return 0, i, false
	}
	return n, j + 1, true
}

// eraInBracketAt reads （令和2） or （令和2年） at s[i:] and returns its
// Western year; -1 when the era year does not exist (令和0), which then
// disagrees with any Western year.
func eraInBracketAt(s string, i int, needYear bool) (year, end int, ok bool) {
	if i >= len(s) || s[i] != '(' {
		return 0, i, false
	}
	j := skipSpace(s, i+1)
	e, j, letter := eraAt(s, j)
	if e == goal.EraUnset {
		return 0, i, false
	}
	if !letter {
		j = skipSpace(s, j)
	}
	n, j, ok := eraYearAt(s, j, letter)
	if !ok {
		return 0, i, false
	}
	j, ok = bracketUnit(s, j, needYear)
	if !ok {
		return 0, i, false
	}
	y, err := e.Year(n)
	if err != nil {
		y = -1
	}
	return y, j + 1, true
}

// bracketUnit reads the end of a bracketed check year at s[j:]: an
// optional 年 or 年度 (required when needYear), then ')'. end is the index
// of the ')'.
func bracketUnit(s string, j int, needYear bool) (end int, ok bool) {
	j = skipSpace(s, j)
	switch {
	case strings.HasPrefix(s[j:], "年度"):
		j += len("年度")
	case strings.HasPrefix(s[j:], "年"):
		j += len("年")
	case needYear:
		return j, false
	}
	j = skipSpace(s, j)
	if j >= len(s) || s[j] != ')' {
		return j, false
	}
	return j, true
}

// weekdayAt reads a day of the week in brackets after a date at s[i:]:
// (金), (月・祝), (土日); ok is false for anything else.
func weekdayAt(s string, i int) (end int, ok bool) {
	if i >= len(s) || s[i] != '(' {
		return i, false
	}
	j := i + 1
	n := 0
	for j < len(s) && n < 5 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !strings.ContainsRune("月火水木金土日祝休・", r) {
			break
		}
		j += size
		n++
	}
	if n == 0 || j >= len(s) || s[j] != ')' {
		return i, false
	}
	return j + 1, true
}

// tail reads what follows the opening year: numEnd is where its number
// ends, k where a bracketed check year ends (numEnd when there is none),
// check that year (0 when none).
func (sc dateScanner) tail(start, numEnd, k int, yr yearRef, check int, letter bool) (dateMatch, bool) {
	s := sc.s
	m := dateMatch{start: start}
	u := skipSpace(s, k)
	switch {
	case strings.HasPrefix(s[u:], "年度"):
		m.end = u + len("年度")
		// 2023年度（令和5年度）, 令和5年度（2023年度）: the check after 年度.
		if check == 0 {
			var w, end int
			var ok bool
			if yr.era != goal.EraUnset {
				w, end, ok = westernInBracketAt(s, skipSpace(s, m.end), false)
			} else {
				w, end, ok = eraInBracketAt(s, skipSpace(s, m.end), false)
			}
			if ok {
				check, m.end = w, end
			}
		}
		m.kind = goal.DateKindFiscalYear
		m.fy = goal.FiscalYear(yr.year)
		m.err = firstErr(yr.err, mismatch(yr, check))
		if m.err == nil {
			return sc.rangeAfter(m, yr, false), true
		}
		return m, true

	case strings.HasPrefix(s[u:], "年代"):
		// A decade: 昭和40年代 is 昭和40–49年, 1960年代 is 1960–1969.
		if yr.n%10 != 0 {
			return dateMatch{}, false
		}
		m.end = u + len("年代")
		m.kind = goal.DateKindDate
		m.err = firstErr(yr.err, mismatch(yr, check))
		if m.err == nil {
			m.date, m.err = yr.date(0, 0)
		}
		if m.err == nil {
			m.through, m.err = goal.NewDate(yr.year+9, 0, 0)
		}
		return m, true

	case strings.HasPrefix(s[u:], "年"):
		p := u + len("年")
		if notAYear(s, p) {
			return dateMatch{}, false
		}
		// 平成30年（2018年）, 2018年（平成30年）: the check after 年.
		if check == 0 {
			var w, end int
			var ok bool
			if yr.era != goal.EraUnset {
				w, end, ok = westernInBracketAt(s, skipSpace(s, p), false)
			} else {
				w, end, ok = eraInBracketAt(s, skipSpace(s, p), false)
			}
			if ok {
				check, p = w, end
			}
		}
		m.kind = goal.DateKindDate
		m.end = p
		month, day, mdEnd := monthDayAt(s, p)
		if month != 0 {
			m.end = mdEnd
		}
		m.err = firstErr(yr.err, mismatch(yr, check))
		if m.err == nil {
			m.date, m.err = yr.date(month, day)
		}
		if m.err == nil {
			return sc.rangeAfter(m, yr, false), true
		}
		return m, true
	}
	if check == 0 && numEnd < len(s) && (s[numEnd] == '.' || s[numEnd] == '/' || s[numEnd] == '-') {
		if m, ok := sc.separatedAt(start, numEnd, yr, letter); ok {
			return m, true
		}
	}
	// A bare year: a table cell (whole mode), the first year of a range
	// (令和3～7年度), or an era year with its Western check (平成19（2007）).
	m.kind = goal.DateKindDate
	m.end = k
	m.err = firstErr(yr.err, mismatch(yr, check))
	if m.err == nil {
		m.date, m.err = yr.date(0, 0)
	}
	if m.err != nil {
		if check != 0 || sc.whole {
			return m, true
		}
		return dateMatch{}, false
	}
	if r := sc.rangeAfter(m, yr, true); r.end != m.end || check != 0 || sc.whole && (yr.era != goal.EraUnset || yr.digits == 4) {
		return r, true
	}
	return dateMatch{}, false
}

// bareToFull extends a bare first year over a second end written in full
// at s[k:], whose unit it takes: 平成26～令和2年度 is FY2014 through FY2020,
// 平成30～2020年 the years 2018 through 2020. Anything else leaves m.
func (sc dateScanner) bareToFull(m dateMatch, yr yearRef, k int) dateMatch {
	sc.second = true
	second, ok := sc.matchAt(k)
	if !ok || second.err != nil || second.open || second.fy != 0 && second.throughFY != 0 || !second.through.IsZero() {
		return m
	}
	switch {
	case second.kind == goal.DateKindFiscalYear && int(second.fy) > yr.year:
		return dateMatch{start: m.start, end: second.end, kind: goal.DateKindFiscalYear,
			fy: goal.FiscalYear(yr.year), throughFY: second.fy}
	case second.kind == goal.DateKindDate && second.date.Precision == goal.PrecisionYear && second.date.Year > yr.year:
		m.end, m.through = second.end, second.date
		return m
	}
	return m
}

// fourDigits reports whether exactly four ASCII digits start at s[k:].
func fourDigits(s string, k int) bool {
	_, _, digits := jtext.ReadDigits(s, k)
	return digits == 4
}

// separatedAt reads 2024-03-31, 2025/4/1, R6.10.1 and, where allowed, the
// two-part forms 2025/4, 2024-03, H30.4.
func (sc dateScanner) separatedAt(start, numEnd int, yr yearRef, letter bool) (dateMatch, bool) {
	s := sc.s
	sep := s[numEnd]
	month, q, md := jtext.ReadDigits(s, numEnd+1)
	if md < 1 || md > 2 {
		return dateMatch{}, false
	}
	day, end := 0, q
	three := false
	if q+1 < len(s) && s[q] == sep && jtext.IsDigit(s[q+1]) {
		var dd int
		day, end, dd = jtext.ReadDigits(s, q+1)
		if dd > 2 {
			return dateMatch{}, false
		}
		three = true
	}
	// Not a date when more of a number or code follows (2024.3.31.5, 1.2.3a).
	if end < len(s) && (isASCIIAlnum(s[end]) ||
		(s[end] == '.' || s[end] == '/' || s[end] == '-') && end+1 < len(s) && jtext.IsDigit(s[end+1])) {
		return dateMatch{}, false
	}
	if yr.era == goal.EraUnset {
		if yr.digits != 4 || yr.year < 1868 || yr.year > 2199 {
			return dateMatch{}, false
		}
		if !three && !sc.whole && (sep == '.' || sep == '-' && md != 2) {
			return dateMatch{}, false
		}
	} else if !three && !sc.whole {
		if !letter || yr.era < goal.Showa {
			return dateMatch{}, false
		}
	}
	if yr.era != goal.EraUnset && yr.digits == 0 && !sc.whole {
		return dateMatch{}, false // R元.5.1 reads only as a cell
	}
	m := dateMatch{start: start, end: end, kind: goal.DateKindDate}
	if month == 0 || three && day == 0 {
		m.err = withDetail(ErrInvalidDate, "month or day 0")
		return m, true
	}
	m.err = yr.err
	if m.err == nil {
		m.date, m.err = yr.date(month, day)
	}
	return m, true
}

// monthDayAt reads 9月 or 9月12日 (digits or kanji numerals, spaces
// allowed) at s[p:]; month is 0 when there is no month.
func monthDayAt(s string, p int) (month, day, end int) {
	q := skipSpace(s, p)
	n, q, digits, ok := jtext.ReadInt(s, q)
	if !ok || digits > 2 || n > 99 {
		return 0, 0, p
	}
	q = skipSpace(s, q)
	if !strings.HasPrefix(s[q:], "月") {
		return 0, 0, p
	}
	month, end = n, q+len("月")
	if month == 0 {
		month = 99 // 0月: read, and rejected as an invalid date
	}
	r := skipSpace(s, end)
	d, r, digits, ok := jtext.ReadInt(s, r)
	if !ok || digits > 2 || d > 99 {
		return month, 0, end
	}
	r = skipSpace(s, r)
	if !strings.HasPrefix(s[r:], "日") || strings.HasPrefix(s[r:], "日間") {
		return month, 0, end
	}
	if d == 0 {
		d = 99
	}
	return month, d, r + len("日")
}

// notAYear reports whether what follows 年 at s[p:] makes the number a
// count of years rather than a year: 2000年前 (2000 years ago), 5年間,
// 30年ぶり, 100年目, 1000年以上.
func notAYear(s string, p int) bool {
	rest := s[p:]
	for _, w := range []string{"間", "ぶり", "振り", "目", "余", "周", "以上", "以下", "未満", "超", "近く", "程度", "来", "弱", "強"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	if strings.HasPrefix(rest, "前") && !strings.HasPrefix(rest, "前半") && !strings.HasPrefix(rest, "前後") {
		return true
	}
	return strings.HasPrefix(rest, "後") && !strings.HasPrefix(rest, "後半")
}

// mismatch is the error for an era year whose bracketed Western year
// disagrees (or the other way round); nil when there is no check or it
// agrees.
func mismatch(yr yearRef, check int) error {
	if check == 0 || yr.err != nil || check == yr.year {
		return nil
	}
	return withDetail(ErrYearMismatch, "the year is written both as "+itoa(yr.year)+" and "+itoa(check))
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// rangeAfter extends m over an elliptic range end: 令和3～7年度 (era not
// repeated), 令和3年度～7年度, 2021～25年度, 令和2年11月20日～22日,
// 令和4年6月～9月. When the second end names its own era or a full Western
// year with its unit (令和3年度～令和7年度) it is its own expression and m
// is returned unchanged; so is m when nothing that reads as a later end
// follows. bare says m is a year without a unit, whose unit the second end
// supplies.
func (sc dateScanner) rangeAfter(m dateMatch, yr yearRef, bare bool) dateMatch {
	s := sc.s
	k := skipSpace(s, m.end)
	if m.kind == goal.DateKindDate && m.date.Precision == goal.PrecisionDay {
		if end, ok := weekdayAt(s, k); ok {
			k = skipSpace(s, end) // 令和2年11月20日（金）～22日（日）
		}
	}
	if w, i := firstAt(s, k, rangeMarks); i >= 0 {
		k += len(w)
	} else if w, i := firstAt(s, k, dateRangeMarks); i >= 0 {
		k += len(w)
	} else {
		return m
	}
	k = skipSpace(s, k)
	if k >= len(s) {
		return m
	}
	e, _, _ := eraAt(s, k)
	if bare && (e != goal.EraUnset || jtext.IsDigit(s[k]) && westernMayStart(s, k) && fourDigits(s, k)) {
		if sc.second {
			m.open = true // a third end: a chain, not one range
			return m
		}
		return sc.bareToFull(m, yr, k)
	}
	if e != goal.EraUnset {
		return m
	}
	n, q, digits, ok := jtext.ReadInt(s, k)
	if !ok || n < 0 {
		return m
	}
	if digits > 0 && !westernMayStart(s, k) {
		return m
	}
	u := skipSpace(s, q)
	// The second end's year, in the first's era or century.
	secondYear := func() (int, bool) {
		if yr.era != goal.EraUnset {
			if digits > 2 {
				return 0, false // 令和2年～2025年: the second is its own
			}
			y, err := yr.era.Year(n)
			return y, err == nil
		}
		switch digits {
		case 4:
			return n, bare // 2021年度～2025年度 is two expressions
		case 2:
			return yr.year - yr.year%100 + n, true
		}
		return 0, false
	}
	r := m
	switch {
	case strings.HasPrefix(s[u:], "年度"):
		y2, ok := secondYear()
		if !ok || !(bare || m.kind == goal.DateKindFiscalYear) || y2 <= yr.year {
			return m
		}
		r = dateMatch{start: m.start, end: u + len("年度"), kind: goal.DateKindFiscalYear,
			fy: goal.FiscalYear(yr.year), throughFY: goal.FiscalYear(y2)}
	case strings.HasPrefix(s[u:], "年代"):
		y2, ok := secondYear()
		if !ok || !bare || yr.n%10 != 0 || n%10 != 0 || y2 <= yr.year {
			return m
		}
		last, err := goal.NewDate(y2+9, 0, 0)
		if err != nil {
			return m
		}
		r.end, r.through = u+len("年代"), last
	case strings.HasPrefix(s[u:], "年"):
		y2, ok := secondYear()
		if !ok || m.kind != goal.DateKindDate || notAYear(s, u+len("年")) {
			return m
		}
		month, day, end := monthDayAt(s, u+len("年"))
		if month == 0 {
			end = u + len("年")
		}
		d, err := goal.NewDate(y2, month, day)
		if err != nil {
			return m
		}
		r.end, r.through = end, d
	case strings.HasPrefix(s[u:], "月"):
		if m.kind != goal.DateKindDate || m.date.Precision < goal.PrecisionMonth || bare {
			return m
		}
		month, day, end := monthDayAt(s, k)
		d, err := goal.NewDate(m.date.Year, month, day)
		if err != nil {
			return m
		}
		r.end, r.through = end, d
	case strings.HasPrefix(s[u:], "日") && !strings.HasPrefix(s[u:], "日間"):
		if m.kind != goal.DateKindDate || m.date.Precision != goal.PrecisionDay {
			return m
		}
		d, err := goal.NewDate(m.date.Year, m.date.Month, n)
		if err != nil {
			return m
		}
		r.end, r.through = u+len("日"), d
	default:
		return m
	}
	if r.kind == goal.DateKindDate && r.through.Compare(r.date) <= 0 {
		return m
	}
	return r
}
