package parse

import (
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// meetingDoc names the document kind in a meeting summary's errors.
const meetingDoc = "meeting"

// LoadMeeting reads the summary of a meeting (会議結果概要) in the form
// Saitama City publishes for its 都市経営戦略会議:
//
//   - a heading 「■令和２年度第５回（第３０５回）都市経営戦略会議結果概要」:
//     fiscal year, session in the year, overall number, and the body;
//   - labelled fields 【日 時】 (date and time range, 午前/午後 read as a
//     24-hour clock), 【場 所】 (place), 【出席者】 (attendees, split on 、),
//     【議 題】 (agenda); a field's value may wrap onto following lines;
//   - sections ＜提案説明＞ (the proposal: an introduction naming the
//     presenter — 「…、市長公室から次のような説明があった」 — then ・ points
//     with ①… sub-items), ＜意見等＞ (・ opinions, each followed by the →
//     answers to it), ＜結果＞ (the result; 原案のとおり了承 is
//     OutcomeApproved) and ＜会議資料＞ (materials). Labels are compared with
//     spaces removed and widths folded, so ＜ 提 案 説 明 ＞ and <提案説明>
//     are the same.
//
// Lines broken by PDF extraction are joined: a line that starts with no
// mark (・, →, ①…) continues the text before it, without a space.
//
// Errors are *LoadError values: ErrEncoding, ErrTooLong, ErrRead as for
// every loader; ErrNoContent when there is no heading naming a meeting
// (会議 or 回); ErrSyntax, with line and column, for a 日時 field whose date
// or times cannot be read.
func (p *Parser) LoadMeeting(r io.Reader, opts ...LoadOption) (goal.Meeting, error) {
	c, err := newLoadConfig(opts)
	if err != nil {
		return goal.Meeting{}, err
	}
	doc, err := readDocument(r, c, meetingDoc)
	if err != nil {
		return goal.Meeting{}, err
	}
	return p.loadMeetingText(doc)
}

// meetingPart is the part of a summary a line belongs to.
type meetingPart uint8

const (
	partHead meetingPart = iota
	partDateTime
	partPlace
	partAttendees
	partAgenda
	partProposal
	partOpinions
	partResult
	partMaterials
	partOther
)

// meetingLabels map a label, spaces removed and widths folded, to its part.
var meetingLabels = map[string]meetingPart{
	"日時": partDateTime, "開催日時": partDateTime, "場所": partPlace, "開催場所": partPlace,
	"出席者": partAttendees, "出席": partAttendees, "議題": partAgenda, "案件": partAgenda,
	"提案説明": partProposal, "説明": partProposal, "意見等": partOpinions, "意見": partOpinions,
	"主な意見": partOpinions, "結果": partResult, "会議結果": partResult, "会議資料": partMaterials,
	"資料": partMaterials,
}

// meetingLabel recognizes a label at the start of a trimmed line —
// 【日 時】, ＜ 提 案 説 明 ＞, <結果> — and returns its part and the text
// after it. An unknown label is partOther.
func meetingLabel(s string) (part meetingPart, rest string, ok bool) {
	f := fold(s).text
	var open, close string
	switch {
	case strings.HasPrefix(s, "【"):
		open, close = "【", "】"
	case strings.HasPrefix(s, "＜"):
		open, close = "＜", "＞"
	case strings.HasPrefix(f, "<"):
		// Full-width ＜ folds to <; handled above for the original bytes.
		open, close = "<", ">"
	default:
		return 0, "", false
	}
	end := strings.Index(s, close)
	if end < 0 {
		return 0, "", false
	}
	label := removeWhite(fold(s[len(open):end]).text)
	if label == "" || utf8.RuneCountInString(label) > 12 {
		return 0, "", false
	}
	rest = strings.TrimFunc(s[end+len(close):], isSpaceRune)
	if p, known := meetingLabels[label]; known {
		return p, rest, true
	}
	return partOther, rest, true
}

var (
	reFiscalYear = regexp.MustCompile(`(令和|平成|昭和)?([0-9]+|元)年度`)
	reSession    = regexp.MustCompile(`第([0-9]+)回`)
	reOverall    = regexp.MustCompile(`[(（]第([0-9]+)回[)）]`)
	reClock      = regexp.MustCompile(`(午前|午後)?([0-9]{1,2})(?:時(?:([0-9]{1,2})分|(半))?|:([0-9]{2}))`)
	rePresenter  = regexp.MustCompile(`([^、。]+?)から(?:次の|以下の)?(?:ような|とおり)?(?:の)?説明`)
)

// meetingBuilder accumulates a Meeting line by line.
type meetingBuilder struct {
	p    *Parser
	doc  string
	m    goal.Meeting
	part meetingPart
	// field collects a labelled field's value over wrapped lines.
	field     []string
	fieldLine docLine
	// last is the text a continuation line is appended to.
	last *string
	// pending are continuation lines not yet added to *last; joining them
	// once keeps long wrapped texts linear.
	pending []string
	// intro collects the proposal's introduction.
	intro  []string
	result []string
	title  bool
}

func (p *Parser) loadMeetingText(doc string) (goal.Meeting, error) {
	b := &meetingBuilder{p: p, doc: doc}
	for _, l := range splitLines(doc) {
		s := l.trimmed()
		if s == "" {
			continue
		}
		if err := b.line(l, s); err != nil {
			return goal.Meeting{}, err
		}
	}
	if err := b.endField(); err != nil {
		return goal.Meeting{}, err
	}
	b.flushLast()
	if !b.title {
		return goal.Meeting{}, &LoadError{Document: meetingDoc, Err: ErrNoContent, Detail: "no heading naming a meeting"}
	}
	b.m.Proposal.Summary = strings.Join(b.intro, "")
	if m := rePresenter.FindStringSubmatch(b.m.Proposal.Summary); m != nil {
		b.m.Proposal.Presenter = strings.TrimFunc(m[1], isSpaceRune)
	}
	b.m.Result = strings.Join(b.result, "")
	b.m.Outcome = outcomeOf(b.m.Result)
	for _, list := range []*[]string{&b.m.Attendees, &b.m.Agenda, &b.m.Materials} {
		if *list == nil {
			*list = []string{}
		}
	}
	if b.m.Proposal.Points == nil {
		b.m.Proposal.Points = []goal.Point{}
	}
	if b.m.Opinions == nil {
		b.m.Opinions = []goal.Opinion{}
	}
	return b.m, nil
}

func (b *meetingBuilder) line(l docLine, s string) error {
	if !b.title {
		if !strings.Contains(s, "会議") && !reSession.MatchString(fold(s).text) {
			return nil // text before the heading
		}
		b.heading(s)
		return nil
	}
	if part, rest, ok := meetingLabel(s); ok {
		if err := b.endField(); err != nil {
			return err
		}
		b.part = part
		b.flushLast()
		b.last = nil
		if rest != "" || isFieldPart(part) {
			b.field = nil
			if rest != "" {
				b.field = append(b.field, rest)
			}
			b.fieldLine = l
		}
		return nil
	}
	switch b.part {
	case partAgenda:
		if startsItem(s) && len(b.field) > 0 {
			if err := b.endField(); err != nil {
				return err
			}
		}
		b.field = append(b.field, s)
	case partDateTime, partPlace, partAttendees:
		b.field = append(b.field, s)
	case partProposal:
		b.proposalLine(s)
	case partOpinions:
		b.opinionLine(s)
	case partResult:
		b.result = append(b.result, s)
	case partMaterials:
		b.m.Materials = append(b.m.Materials, unbracket(s))
	}
	return nil
}

func isFieldPart(p meetingPart) bool {
	return p == partDateTime || p == partPlace || p == partAttendees || p == partAgenda
}

// heading reads the meeting's heading line.
func (b *meetingBuilder) heading(s string) {
	b.title = true
	s = strings.TrimLeft(s, "■□◆◇●○・ 　")
	b.m.Title = s
	f := fold(s).text
	if m := reFiscalYear.FindString(f); m != "" {
		if fy, err := b.p.ParseFiscalYear(m); err == nil {
			b.m.FiscalYear = fy
		}
	}
	overall := reOverall.FindStringSubmatchIndex(f)
	if overall != nil {
		b.m.Overall, _ = strconv.Atoi(f[overall[2]:overall[3]])
	}
	for _, m := range reSession.FindAllStringSubmatchIndex(f, -1) {
		if overall != nil && m[0] >= overall[0] && m[1] <= overall[1] {
			continue
		}
		b.m.Session, _ = strconv.Atoi(f[m[2]:m[3]])
		break
	}
	// The body is what follows the last number, without 結果概要 and the like.
	body := f
	if all := reSession.FindAllStringIndex(f, -1); len(all) > 0 {
		body = f[all[len(all)-1][1]:]
	}
	body = strings.TrimLeft(body, ")）")
	for _, suffix := range []string{"結果概要", "会議録", "議事録", "議事概要", "概要", "結果"} {
		if t, ok := strings.CutSuffix(body, suffix); ok && strings.Contains(t, "会議") {
			body = t
			break
		}
	}
	b.m.Body = strings.TrimFunc(body, isSpaceRune)
}

// endField stores the labelled field read so far.
func (b *meetingBuilder) endField() error {
	if b.field == nil {
		return nil
	}
	v := strings.Join(b.field, "")
	b.field = nil
	switch b.part {
	case partDateTime:
		return b.dateTime(v)
	case partPlace:
		b.m.Place = v
	case partAttendees:
		for _, a := range strings.FieldsFunc(v, func(r rune) bool { return r == '、' || r == '，' || r == ',' }) {
			if a = strings.TrimFunc(a, isSpaceRune); a != "" {
				b.m.Attendees = append(b.m.Attendees, a)
			}
		}
	case partAgenda:
		b.m.Agenda = append(b.m.Agenda, v)
	}
	return nil
}

// dateTime reads 令和２年１１月２０日（金）午後３時５０分～午後４時３０分.
func (b *meetingBuilder) dateTime(v string) error {
	fail := func(detail string) error {
		at := b.fieldLine.at + strings.Index(b.fieldLine.text, strings.TrimFunc(b.fieldLine.text, isSpaceRune))
		return loadErrorAt(meetingDoc, b.doc, at, ErrSyntax, "日時: "+detail+": "+strconv.Quote(v))
	}
	ds, err := b.p.Dates(v)
	if err != nil {
		return fail(err.Error())
	}
	var rest string
	for _, d := range ds {
		if d.Kind == goal.DateKindDate && d.Date.Precision == goal.PrecisionDay {
			b.m.Date = d.Date
			rest = v[d.Span.End:]
			break
		}
	}
	if b.m.Date.IsZero() {
		return fail("no date")
	}
	f := fold(rest).text
	times := reClock.FindAllStringSubmatch(f, 2)
	for i, m := range times {
		hour, _ := strconv.Atoi(m[2])
		minute := 0
		switch {
		case m[3] != "":
			minute, _ = strconv.Atoi(m[3])
		case m[4] != "":
			minute = 30
		case m[5] != "":
			minute, _ = strconv.Atoi(m[5])
		}
		if m[1] != "" && hour > 12 {
			return fail("time " + strconv.Quote(m[0]) + " after 午前/午後 (a.m./p.m.) is above 12")
		}
		if m[1] == "午後" && hour < 12 {
			hour += 12
		}
		c, err := goal.Clock(hour, minute)
		if err != nil {
			return fail("time " + strconv.Quote(m[0]))
		}
		if i == 0 {
			b.m.Start = c
		} else {
			b.m.End = c
		}
	}
	return nil
}

// proposalLine reads a line of the proposal: the introduction, a ・ point,
// a ①… sub-item, or the continuation of the text before.
func (b *meetingBuilder) proposalLine(s string) {
	pts := &b.m.Proposal.Points
	if startsItem(s) {
		b.flushLast()
	}
	if item, ok := cutBullet(s); ok {
		*pts = append(*pts, goal.Point{Text: item})
		b.last = &(*pts)[len(*pts)-1].Text
		return
	}
	if item, ok := cutCircled(s); ok && len(*pts) > 0 {
		pt := &(*pts)[len(*pts)-1]
		pt.Items = append(pt.Items, item)
		b.last = &pt.Items[len(pt.Items)-1]
		return
	}
	if len(*pts) == 0 {
		b.intro = append(b.intro, s)
		return
	}
	b.pending = append(b.pending, s)
}

// flushLast adds the pending continuation lines to the text they continue.
// It must run before anything is appended to the slice *last points into.
func (b *meetingBuilder) flushLast() {
	if b.last != nil && len(b.pending) > 0 {
		*b.last += strings.Join(b.pending, "")
	}
	b.pending = b.pending[:0]
}

// opinionLine reads a line of the opinions: a ・ opinion, a → answer to
// the opinion before, or the continuation of either.
func (b *meetingBuilder) opinionLine(s string) {
	ops := &b.m.Opinions
	if _, arrow := cutArrow(s); arrow || startsItem(s) || b.last == nil {
		b.flushLast()
	}
	if item, ok := cutBullet(s); ok {
		*ops = append(*ops, goal.Opinion{Text: item})
		b.last = &(*ops)[len(*ops)-1].Text
		return
	}
	if ans, ok := cutArrow(s); ok {
		if len(*ops) == 0 {
			*ops = append(*ops, goal.Opinion{})
		}
		op := &(*ops)[len(*ops)-1]
		op.Answers = append(op.Answers, ans)
		b.last = &op.Answers[len(op.Answers)-1]
		return
	}
	if b.last == nil {
		*ops = append(*ops, goal.Opinion{Text: s})
		b.last = &(*ops)[len(*ops)-1].Text
		return
	}
	b.pending = append(b.pending, s)
}

// startsItem reports whether a line opens a new list item: a bullet, a
// circled number, or a number in brackets ((1), （２）).
func startsItem(s string) bool {
	if _, ok := cutBullet(s); ok {
		return true
	}
	if _, ok := cutCircled(s); ok {
		return true
	}
	f := fold(s).text
	return strings.HasPrefix(f, "(") && len(f) > 2 && f[1] >= '0' && f[1] <= '9'
}

// cutArrow returns an answer line's text without its arrow (→, ⇒, ->).
func cutArrow(s string) (string, bool) {
	for _, a := range []string{"→", "⇒", "->"} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			return strings.TrimFunc(rest, isSpaceRune), true
		}
	}
	return "", false
}

// cutCircled returns a sub-item's text without its circled number (①–⑳).
func cutCircled(s string) (string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if r < '①' || r > '⑳' {
		return "", false
	}
	return strings.TrimFunc(s[n:], isSpaceRune), true
}

// unbracket drops 「」 around a whole line.
func unbracket(s string) string {
	if strings.HasPrefix(s, "「") && strings.HasSuffix(s, "」") && strings.Count(s, "「") == 1 {
		return strings.TrimSuffix(strings.TrimPrefix(s, "「"), "」")
	}
	return s
}

// outcomeOf reads what a result says was decided.
func outcomeOf(result string) goal.MeetingOutcome {
	r := removeWhite(result)
	switch {
	case strings.Contains(r, "修正") && strings.Contains(r, "了承"):
		return goal.OutcomeApprovedAmended
	case strings.Contains(r, "原案のとおり了承"), strings.Contains(r, "原案どおり了承"),
		strings.Contains(r, "原案通り了承"), strings.Contains(r, "了承"):
		return goal.OutcomeApproved
	case strings.Contains(r, "継続審議"), strings.Contains(r, "継続して審議"):
		return goal.OutcomeContinued
	case strings.Contains(r, "了知"), strings.Contains(r, "報告のとおり"):
		return goal.OutcomeNoted
	}
	return goal.OutcomeUnset
}
