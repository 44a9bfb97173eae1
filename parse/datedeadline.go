package parse

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// Deadlines: the fiscal year a target is to be met by, read from a date in
// the same sentence followed by a deadline word:
//
//	令和7年度までに年10回以上      (by FY2025, at least ten times a year)
//	2030年度末までに50%削減        (by the end of FY2030, a 50 % cut)
//	令和7年度中に / 令和7年度内に  (during / within FY2025)
//	令和7年度を目途に              (aiming at FY2025)
//
// The date may come before or after the target; the nearest one wins,
// measured from the end of its deadline word, so in 「令和5年度までに10件、
// 令和7年度までに20件」 each date governs the count after it. A
// date deadline gives the fiscal year of its last day (2030年3月までに is
// FY2029, 2030年までに FY2030); a range, its last year (令和3～7年度までに
// is FY2025).

// deadlineCues follow a date to make it a deadline: まで (until), までに
// (by), 末 (the end of), 中に (during), 内に (within), を目途に (aiming at).
var deadlineCues = []string{"末までに", "末まで", "までに", "まで", "中に", "内に", "を目途に", "を目処に", "をめどに", "を目標に"}

// relativeYears are fiscal years named relative to the reference time:
// 今年度/本年度/当年度 (this fiscal year), 来年度/翌年度/次年度 (the next),
// 前年度/昨年度 (the previous).
var relativeYears = []struct {
	word  string
	delta int
}{{"今年度", 0}, {"本年度", 0}, {"当年度", 0}, {"来年度", 1}, {"翌年度", 1}, {"次年度", 1}, {"前年度", -1}, {"昨年度", -1}}

// deadlineOf returns the deadline fiscal year of the target at the folded
// byte range [targetStart, targetEnd) of f, from dates (as findDates returns
// them, spans in the original text); 0 when the sentence states none.
// Relative deadlines (年度内に) need a reference time: use the Parser's
// deadline method.
func deadlineOf(f folded, dates []goal.DateMention, targetStart, targetEnd int) goal.FiscalYear {
	return deadlineAt(f, dates, targetStart, targetEnd, 0)
}

// deadline is deadlineOf that also resolves relative deadlines (今年度中に,
// 年度内に, 来年度までに) against the reference time of WithReferenceTime.
func (p *Parser) deadline(f folded, dates []goal.DateMention, targetStart, targetEnd int) goal.FiscalYear {
	return deadlineAt(f, dates, targetStart, targetEnd, p.dates.referenceFiscalYear())
}

// deadlineAt is deadlineOf with a reference fiscal year (0: none).
func deadlineAt(f folded, dates []goal.DateMention, ts, te int, ref goal.FiscalYear) goal.FiscalYear {
	s := f.text
	if ts < 0 || te > len(s) || ts > te {
		return 0
	}
	ss, se := sentenceAround(s, ts, te)
	best, bestDist := goal.FiscalYear(0), len(s)+1
	consider := func(ms, me int, fy goal.FiscalYear) {
		if fy == 0 {
			return
		}
		d := 0
		switch {
		case me <= ts:
			d = ts - me
		case ms >= te:
			d = ms - te
		}
		if d < bestDist {
			best, bestDist = fy, d
		}
	}
	for _, dm := range dates {
		ms, me := foldedIndex(f, dm.Span.Start), foldedIndex(f, dm.Span.End)
		cueEnd, ok := deadlineCueAt(s, me)
		if ms < ss || me > se || !ok {
			continue
		}
		consider(ms, cueEnd, dm.LastFiscalYear())
	}
	if ref != 0 {
		for i := ss; i < se; {
			if fy, end, ok := relativeDeadlineAt(s, i, ref); ok {
				consider(i, end, fy)
				i = end
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return best
}

// deadlineCueAt reports whether a deadline word follows at s[i:], and
// where it ends.
func deadlineCueAt(s string, i int) (end int, ok bool) {
	i = skipSpace(s, i)
	for _, c := range deadlineCues {
		if strings.HasPrefix(s[i:], c) {
			return i + len(c), true
		}
	}
	return i, false
}

// relativeDeadlineAt reads a relative deadline at s[i:]: 今年度中に,
// 来年度までに, or 年度内に / 年度末までに / 年度中に with no year before
// it (a year before it is a date mention, handled by the caller).
func relativeDeadlineAt(s string, i int, ref goal.FiscalYear) (goal.FiscalYear, int, bool) {
	for _, r := range relativeYears {
		if !strings.HasPrefix(s[i:], r.word) {
			continue
		}
		if end, ok := deadlineCueAt(s, i+len(r.word)); ok {
			return ref + goal.FiscalYear(r.delta), end, true
		}
	}
	if !strings.HasPrefix(s[i:], "年度") {
		return 0, i, false
	}
	if end, ok := deadlineCueAt(s, i+len("年度")); ok {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		// Not after a number (a date the caller handles) nor a kanji
		// (毎年度, 各年度: every fiscal year).
		if i == 0 || !(prev < 0x80 && isDigit(byte(prev))) && !(prev >= 0x3400 && prev <= 0x9FFF) && prev != '〇' {
			return ref, end, true
		}
	}
	return 0, i, false
}

// sentenceAround returns the sentence holding [ts, te): it ends at 。, ！,
// ？ (folded to !, ?) or a line break that does not continue the line (PDF
// text continues a wrapped line with a leading space or U+3000).
func sentenceAround(s string, ts, te int) (start, end int) {
	start = 0
	for i := ts - 1; i >= 0; i-- {
		if sentenceEndsAt(s, i) {
			start = i + 1
			break
		}
	}
	end = len(s)
	for i := te; i < len(s); i++ {
		if sentenceEndsAt(s, i) {
			end = i
			break
		}
	}
	return start, end
}

// sentenceEndsAt reports whether the byte s[i] ends a sentence (for a
// multi-byte 。 its last byte).
func sentenceEndsAt(s string, i int) bool {
	switch c := s[i]; c {
	case '!', '?':
		return true
	case '\n':
		rest := s[i+1:]
		return !(strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\u3000"))
	case 0x82: // 。 is E3 80 82
		return i >= 2 && s[i-2:i+1] == "。"
	}
	return false
}

// foldedIndex maps a byte offset in the original text to the folded text:
// the first folded byte produced at or after it.
func foldedIndex(f folded, orig int) int {
	if f.src == nil {
		return orig
	}
	return sort.SearchInts(f.src, orig)
}
