package parse

import (
	"strconv"

	"github.com/policygoal/policygoal/goal"
)

// DateScan is what ScanDates finds in one text, each list in order of
// position.
type DateScan struct {
	// Dates are the dates and fiscal years, as Dates returns them.
	Dates []goal.DateMention
	// Problems are date-shaped expressions that name no real day: an era
	// year 0 (令和0年), a day before its era began (平成元年1月7日), a day
	// that does not exist (2023年2月29日), or an era year and a bracketed
	// Western year that disagree (平成19（2008）年). Each is left out of
	// Dates rather than guessed.
	Problems []*DateError
}

// Dates finds the dates and fiscal years in text, in order, with spans into
// text as given (whatever width folding happened: 令和２年１１月２０日 is
// found with its full-width digits). It reads:
//
//   - era dates, with the era as a name (令和), a sign (㋿) or a capital
//     letter (R), the year as digits, a kanji numeral (令和十年) or 元
//     (first year): 令和2年11月20日, 令和4年6月, 大正15年, R6.10.1, H30.4.1;
//   - fiscal years (年度, April to March): 令和元年度, H30年度, 2030年度, FY2024;
//   - Western dates: 2022年9月12日, 2030年, 2024-03-31, 2025/4/1;
//   - an era year with its Western year in brackets, as one date that the
//     bracket checks: 平成19（2007）年, 平成30年（2018年）, 2020（令和2）年度;
//   - ranges written as one expression, as one mention with a Through end:
//     令和3～7年度, 2021～25年度, 令和2年11月20日～22日, 令和4年6月～9月;
//   - decades, as one mention from the first to the last year: 昭和40年代
//     (1965 through 1974), 1960年代.
//
// Times of day after a date (（金）午後3時50分～午後4時30分) are not part
// of it and are ignored. Numbers that are not dates are left out: 東京2020大会,
// 総合振興計画2030, 第2期, 30周年, 概ね5年, 5年間, 2000年前, telephone
// numbers and postal codes, a four-digit number without 年. Relative dates
// (今年度, 来年度) are not resolved.
//
// The only error is an *InputError wrapping ErrTooLong for text longer than
// the parser's maximum; use ScanDates to see the expressions left out as
// invalid.
func (p *Parser) Dates(text string) ([]goal.DateMention, error) {
	sc, err := p.ScanDates(text)
	return sc.Dates, err
}

// ScanDates is Dates with the problems it found: the date-shaped
// expressions that name no real day, each a *DateError whose Offset is in
// text. The error is as for Dates.
func (p *Parser) ScanDates(text string) (DateScan, error) {
	if len(text) > p.maxInput {
		return DateScan{}, &InputError{Offset: p.maxInput, Err: ErrTooLong,
			Detail: strconv.Itoa(len(text)) + " bytes, limit " + strconv.Itoa(p.maxInput)}
	}
	return scanDates(text, fold(text)), nil
}

// findDates returns the dates in the original text, whose width folding is
// f, with spans (and Text) in the original. The target recognizer calls it
// to find deadlines and to keep dates out of its targets.
func findDates(text string, f folded) []goal.DateMention {
	return scanDates(text, f).Dates
}

// scanDates is the scan loop over f's folded text.
func scanDates(text string, f folded) DateScan {
	var out DateScan
	sc := dateScanner{s: f.Text}
	s := f.Text
	for i := 0; i < len(s); {
		if i = dateStarts.next(s, i); i >= len(s) {
			break
		}
		if !sc.candidate(i) {
			i++
			for i < len(s) && s[i]&0xC0 == 0x80 { // continuation bytes
				i++
			}
			continue
		}
		m, ok := sc.matchAt(i)
		if !ok {
			i++
			for i < len(s) && s[i]&0xC0 == 0x80 {
				i++
			}
			continue
		}
		start, end := f.Span(m.start, m.end)
		if m.err != nil {
			out.Problems = append(out.Problems, &DateError{Input: text[start:end], Offset: start, Err: m.err})
		} else {
			out.Dates = append(out.Dates, m.mention(text[start:end], start, end))
		}
		i = m.end
	}
	return out
}

// mention converts a valid match to its public form.
func (m dateMatch) mention(text string, start, end int) goal.DateMention {
	dm := goal.DateMention{Kind: m.kind, Text: text, Span: goal.Span{Start: start, End: end}}
	if m.kind == goal.DateKindFiscalYear {
		dm.FiscalYear, dm.ThroughFiscalYear = m.fy, m.throughFY
	} else {
		dm.Date, dm.ThroughDate = m.date, m.through
	}
	return dm
}

// matchWhole reads s as one expression, spaces around it allowed.
func matchWhole(s string) (dateMatch, folded, *DateError) {
	f := fold(s)
	t := f.Text
	i := skipAllSpace(t, 0)
	last := len(t)
	for last > i {
		j := trimSpaceBack(t, last)
		if j == last {
			break
		}
		last = j
	}
	noDate := func(at int, detail string) *DateError {
		return &DateError{Input: s, Offset: f.Orig(at), Err: withDetail(ErrNoDate, detail)}
	}
	if i == last {
		return dateMatch{}, f, noDate(i, "empty")
	}
	sc := dateScanner{s: t[:last], whole: true}
	m, ok := sc.matchAt(i)
	if !ok {
		return dateMatch{}, f, noDate(i, "not a date")
	}
	end := m.end
	if m.kind == goal.DateKindDate && m.date.Precision == goal.PrecisionDay && m.through.IsZero() {
		if e, ok := weekdayAt(t, skipSpace(t, end)); ok {
			end = e // 令和5年4月12日（水）: the day of the week is not checked
		}
	}
	if end != last {
		return dateMatch{}, f, noDate(end, "unexpected text after the date")
	}
	if m.err != nil {
		return dateMatch{}, f, &DateError{Input: s, Offset: f.Orig(m.start), Err: m.err}
	}
	return m, f, nil
}

func skipAllSpace(s string, i int) int {
	for {
		j := skipSpace(s, i)
		if j == i {
			return i
		}
		i = j
	}
}

// trimSpaceBack returns end without one trailing white-space rune.
func trimSpaceBack(s string, end int) int {
	switch {
	case end > 0 && (s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\r' || s[end-1] == '\n'):
		return end - 1
	case end >= 3 && s[end-3:end] == "\u3000":
		return end - 3
	}
	return end
}

// ParseDate reads s as exactly one date in any form Dates finds —
// 令和5年4月12日, 2023/5/10, R5.8.9, 2023-04-01, 令和5年4月 — and, since a
// cell that holds nothing else is unambiguous, also a bare era or Western
// year (R5, 2023) and two-part forms (2023.5, H30.4). Spaces (ASCII and
// U+3000) around it are allowed, and so is a day of the week after a day
// (令和5年4月12日（水）, not checked against the date); full-width forms are
// read as half-width.
//
// Errors are *DateError with the byte offset in s: ErrNoDate for text that
// is not one date (a fiscal year 令和5年度, a range, trailing text),
// ErrEraYear for 令和0年 or 平成元年1月7日, ErrInvalidDate for 2023年2月29日,
// ErrYearMismatch for 平成19（2008）年.
func (p *Parser) ParseDate(s string) (goal.Date, error) {
	m, f, err := matchWhole(s)
	if err != nil {
		return goal.Date{}, err
	}
	if m.kind != goal.DateKindDate {
		return goal.Date{}, &DateError{Input: s, Offset: f.Orig(m.start), Err: withDetail(ErrNoDate, "a fiscal year, not a date")}
	}
	if !m.through.IsZero() {
		return goal.Date{}, &DateError{Input: s, Offset: f.Orig(m.start), Err: withDetail(ErrNoDate, "a range, not one date")}
	}
	return m.date, nil
}

// ParseFiscalYear reads s as exactly one fiscal year: 2020年度, 令和2年度,
// R2年度, FY2020, or a bare era or Western year read as that fiscal year
// (2020, R2, H30, 令和2年). Spaces around it are allowed. Errors are
// *DateError: ErrNoDate for anything else (a date with a month, a range),
// ErrEraYear for 令和0年度, ErrYearMismatch for 平成30（2019）年度.
func (p *Parser) ParseFiscalYear(s string) (goal.FiscalYear, error) {
	m, f, err := matchWhole(s)
	if err != nil {
		return 0, err
	}
	switch {
	case m.kind == goal.DateKindFiscalYear && m.throughFY == 0:
		return m.fy, nil
	case m.kind == goal.DateKindDate && m.through.IsZero() && m.date.Precision == goal.PrecisionYear:
		return goal.FiscalYear(m.date.Year), nil
	}
	return 0, &DateError{Input: s, Offset: f.Orig(m.start), Err: withDetail(ErrNoDate, "not one fiscal year")}
}
