package parse

import (
	"github.com/policygoal/policygoal/internal/jtext"
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
// deadlines method.
func deadlineOf(f folded, dates []goal.DateMention, targetStart, targetEnd int) goal.FiscalYear {
	return newDeadlines(f, dates, 0).of(targetStart, targetEnd)
}

// deadlines returns the deadline reader of one text that also resolves
// relative deadlines (今年度中に, 年度内に, 来年度までに) against the
// reference time of WithReferenceTime.
func (p *Parser) deadlines(f folded, dates []goal.DateMention) *deadlines {
	return newDeadlines(f, dates, p.dates.referenceFiscalYear())
}

// deadlines reads the deadlines of the targets of one text. It is built
// once per text — the sentence ends, the dates followed by a deadline word —
// so that each target costs a few binary searches: scanning the sentence
// and every date once per target took time quadratic in a long sentence
// full of targets (「令和7年度までに年10回以上、」 repeated on one line).
type deadlines struct {
	s   string
	ref goal.FiscalYear // 0: relative deadlines are not resolved
	// ends are the offsets at which a sentence ends (sentenceEndsAt), in
	// order.
	ends []int
	// cues are the dates followed by a deadline word, in order.
	cues []deadlineCue
	// relative holds the relative deadlines of each sentence read so far,
	// by the sentence's start and end.
	relative map[[2]int][]deadlineCue
}

// deadlineCue is a date or relative year followed by a deadline word:
// [start, end) is the date, cueEnd where its deadline word ends.
type deadlineCue struct {
	start, end, cueEnd int
	fy                 goal.FiscalYear
}

// newDeadlines reads the sentence ends of f and the dates (spans in the
// original text) that a deadline word follows.
func newDeadlines(f folded, dates []goal.DateMention, ref goal.FiscalYear) *deadlines {
	s := f.Text
	d := &deadlines{s: s, ref: ref}
	for i := 0; i < len(s); i++ {
		if sentenceEndsAt(s, i) {
			d.ends = append(d.ends, i)
		}
	}
	for _, dm := range dates {
		fy := dm.LastFiscalYear()
		if fy == 0 {
			continue
		}
		ms, me := f.Index(dm.Span.Start), f.Index(dm.Span.End)
		if cueEnd, ok := deadlineCueAt(s, me); ok {
			d.cues = append(d.cues, deadlineCue{ms, me, cueEnd, fy})
		}
	}
	return d
}

// of returns the deadline of the target at the folded range [ts, te): the
// date or relative year with a deadline word in the target's sentence that
// is nearest the target, measured from the end of its deadline word; on a
// tie the first, and a date before a relative year. 0 when there is none.
func (d *deadlines) of(ts, te int) goal.FiscalYear {
	if ts < 0 || te > len(d.s) || ts > te {
		return 0
	}
	ss, se := d.sentence(ts, te)
	lo := sort.Search(len(d.cues), func(k int) bool { return d.cues[k].start >= ss })
	hi := sort.Search(len(d.cues), func(k int) bool { return d.cues[k].start >= se })
	best, dist := nearestCue(d.cues[lo:hi], ts, te, se)
	if d.ref != 0 {
		if fy, rd := nearestCue(d.relativeIn(ss, se), ts, te, len(d.s)); fy != 0 && (best == 0 || rd < dist) {
			best = fy
		}
	}
	return best
}

// sentence returns the sentence holding [ts, te): it starts after the last
// sentence end before ts and ends at the first one at or after te.
func (d *deadlines) sentence(ts, te int) (start, end int) {
	k := sort.SearchInts(d.ends, ts) // the first end at or after ts
	if k > 0 {
		start = d.ends[k-1] + 1
	}
	end = len(d.s)
	if k := sort.SearchInts(d.ends, te); k < len(d.ends) {
		end = d.ends[k]
	}
	return start, end
}

// relativeIn returns the relative deadlines of the sentence [ss, se),
// reading it on first use.
func (d *deadlines) relativeIn(ss, se int) []deadlineCue {
	if got, ok := d.relative[[2]int{ss, se}]; ok {
		return got
	}
	var out []deadlineCue
	for i := ss; i < se; {
		if fy, end, ok := relativeDeadlineAt(d.s, i, d.ref); ok {
			out = append(out, deadlineCue{i, end, end, fy})
			i = end
			continue
		}
		_, size := utf8.DecodeRuneInString(d.s[i:])
		i += size
	}
	if d.relative == nil {
		d.relative = make(map[[2]int][]deadlineCue)
	}
	d.relative[[2]int{ss, se}] = out
	return out
}

// nearestCue returns the fiscal year of the cue in cues (in order, not
// overlapping) nearest [ts, te) and its distance: ts minus the cue's end
// for a cue before, its start minus te for a cue after, 0 for a cue that
// overlaps; on a tie the first. A cue whose date ends after maxEnd does
// not count. Only three cues can be nearest — the last before, the first
// overlapping, the first after — so it searches instead of scanning.
func nearestCue(cues []deadlineCue, ts, te, maxEnd int) (goal.FiscalYear, int) {
	best, bestDist := goal.FiscalYear(0), -1
	before := sort.Search(len(cues), func(k int) bool { return cues[k].cueEnd > ts }) - 1
	after := sort.Search(len(cues), func(k int) bool { return cues[k].start >= te })
	for _, k := range [...]int{before, before + 1, after} {
		if k < 0 || k >= len(cues) || cues[k].end > maxEnd {
			continue
		}
		c := cues[k]
		dist := 0
		switch {
		case c.cueEnd <= ts:
			dist = ts - c.cueEnd
		case c.start >= te:
			dist = c.start - te
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c.fy, dist
		}
	}
	return best, bestDist
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
		if i == 0 || !(prev < 0x80 && jtext.IsDigit(byte(prev))) && !(prev >= 0x3400 && prev <= 0x9FFF) && prev != '〇' {
			return ref, end, true
		}
	}
	return 0, i, false
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
