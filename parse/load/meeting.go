package load

import (
	"encoding/json"
	"errors"
	"io"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jtext"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// Meeting is one meeting read from a summary (会議結果概要), a record
// (会議録) or a page listing several meetings: the model's goal.Meeting
// plus what this loader adds — the attendee count a summary states,
// labelled fields it has no slot for, and what it could not read.
type Meeting struct {
	goal.Meeting
	// AttendeeCount is the number of attendees the summary states
	// (委員8人、事務局3人 → 11; 12名 → 12); 0 when it states none. It is not
	// counted from a list of names.
	AttendeeCount int
	// Page is the heading of a page that lists several meetings
	// (会議結果（令和6年5月開催分）); empty otherwise.
	Page string
	// Fields are the labelled fields with no slot in goal.Meeting
	// (欠席者, 傍聴者 …), as written.
	Fields []Field
	// Assessments are what the summary says about indicators in prose
	// (「『信頼感』の指標は目標値に達しなかったものの上昇」: not reached,
	// rising), read by parse's Assessments and given to the meeting whose
	// part of the page holds them; spans index the document.
	Assessments []goal.Assessment
	// Line is the 1-based line the meeting starts on.
	Line int
	// Coverage is the share of the meeting's non-blank, non-furniture
	// bytes that went into the value; Unread what did not, line by line.
	Coverage float64
	Unread   []Unread
}

// Field is a labelled field kept as written: its canonical label (the
// label table's Name) and its value.
type Field struct {
	Label string `json:"label"`
	Value string `json:"value"`
	Line  int    `json:"line"`
}

// ErrSeveralMeetings is wrapped by LoadMeeting's error for a page holding
// more than one meeting; LoadMeetings reads them all.
var ErrSeveralMeetings = errors.New("several meetings in one document")

// LoadMeeting reads a document holding one meeting. A page with several is
// an *Error wrapping ErrSeveralMeetings (use LoadMeetings); see
// LoadMeetings for the rest.
func LoadMeeting(r io.Reader, opts ...Option) (*Meeting, error) {
	ms, err := LoadMeetings(r, opts...)
	if err != nil {
		return nil, err
	}
	if len(ms) > 1 {
		return nil, &Error{Kind: KindMeeting, Line: ms[1].Line, Column: 1, Err: ErrSeveralMeetings,
			Detail: strconv.Itoa(len(ms)) + " meetings"}
	}
	return ms[0], nil
}

// LoadMeetings reads every meeting of a summary page, in order.
//
// Fields are found by their labels in every form the structure reader
// knows (【日時】, 日時：, 「1 日時」, 日　時, a label line with its value on the
// next lines) through the label table (DefaultMeetingLabels, extended by
// WithMeetingLabels): 開催日時 is 日時, 会場 is 場所, 出席委員 is 出席者, 案件
// and 次第 are 議題, 決定事項 is 結果 … A meeting starts at the title line
// (naming 会議, 審議会, 委員会 …) before its 日時; each 日時 starts a new
// meeting.
//
// The date comes from parse's date reader; times are read as written:
// 午後 carries to an end time without one (午後6時～7時30分 is 18:00–19:30),
// 正午 is 12:00, 13:30～15:00. An end before its start is not a value: both
// times stay unset and the text is in Unread with its Problem. From the
// title: fiscal year (令和２年度), session (第５回), overall number
// (（第３０５回）, 通算第212回) and the body's name; a number too large to
// be one is in Unread, not a value. Attendees are the members present as
// named, split on 、 (or read from a grid of roles and spaced names);
// counts (委員8人) are summed into AttendeeCount and name no one; staff —
// under a MeetingStaff label (事務局, 説明員, 説明のため出席した者 …) or a
// sub-label the role table does not count — are kept in Fields. A
// minutes' speaker lines are opinions, never a field's value, a result or
// its outcome. A table of particulars (box-drawn or not) is read as label
// and value cells. Agenda items are the lines,
// bullets and numbered items of 議題 (procedure such as 開会 left out);
// Outcome is read from the result's words (DefaultOutcomeWords).
//
// Errors are *Error values wrapping parse.ErrEncoding, parse.ErrRead,
// parse.ErrTooLong, parse.ErrNoContent (no meeting: no 日時 and fewer than
// two meeting fields), or ErrWrongKind (a *WrongKindError: the document is
// clearly of another kind).
func LoadMeetings(r io.Reader, opts ...Option) ([]*Meeting, error) {
	return loadKind(r, KindMeeting, opts, readMeetings)
}

// meetingReaders caches the structure reader of the default labels.
var meetingReaders sharedReader

func meetingReader(c Config) (*doc.Reader, []doc.Label, error) {
	labels := append(DefaultMeetingLabels(), c.meetingLabels...)
	if c.Reader != nil {
		return c.Reader, labels, nil
	}
	if len(c.meetingLabels) > 0 {
		r, err := doc.NewReader(doc.WithLabels(labels...))
		return r, labels, err
	}
	r, err := meetingReaders.get(func() []doc.Option { return []doc.Option{doc.WithLabels(labels...)} })
	return r, labels, err
}

// meetingSection is a run of blocks under one field.
type meetingSection struct {
	label string // canonical name
	as    string // as written
	parts []meetingPart
	block int // the label's block
}

// meetingPart is one line-like piece of a section's value.
type meetingPart struct {
	text   string
	marker string // ・, →, ①, (1) … as it starts the piece
	block  int
	line   int
	span   doc.Span
	cell   bool // a line of a table cell: the cell's lines are one value
}

func readMeetings(text string, c Config) ([]*Meeting, *blockUse, error) {
	if err := CheckKind(KindMeeting, text); err != nil {
		return nil, nil, err
	}
	rd, labels, err := meetingReader(c)
	if err != nil {
		return nil, nil, err
	}
	syn := labelIndex(labels)
	d, pieces := relabel(rd.Read(text), syn)
	outcome := append(append([]OutcomeWord(nil), c.outcomeWords...), defaultOutcomeWords...)
	roles := append(append([]AttendeeRole(nil), c.attendeeRoles...), defaultAttendeeRoles...)
	u := newBlockUse(d)

	// The label of every block that opens a field or a section.
	// the page's contact block (問い合わせ先) ends the last meeting; its
	// lines are unread
	nBlocks := len(d.Blocks)
	if at := contactStart(d.Source); at >= 0 {
		for nBlocks > 0 && d.Blocks[nBlocks-1].Span.Start >= at {
			nBlocks--
		}
	}
	labelOfBlock := make([]string, len(d.Blocks))
	asWritten := make([]string, len(d.Blocks))
	dateBlocks := []int{}
	nLabels := 0
	prevLabel := "" // the last label read
	for i := range d.Blocks[:nBlocks] {
		b := &d.Blocks[i]
		name, as := meetingLabelOf(b, syn)
		if name != "" && isSpeech(lineAt(d.Source, b.Span.Start)) {
			name, as = "", "" // ○委員　…。 is a speaker's line of minutes, not a label
		}
		if (name == MeetingAttendees || name == MeetingStaff) && b.Kind == doc.Field && saysSomething(b.Value) {
			name, as = "", "" // 委員　…か？ says something: minutes, not a list of people
		}
		if name != "" && b.Kind == doc.Field && strings.ContainsFunc(b.LabelText, isBlank) &&
			b.ValueSpan.Start > 0 && b.ValueSpan.Start <= b.ValueSpan.End && b.ValueSpan.End <= len(d.Source) &&
			spacedOn(" "+d.Source[b.ValueSpan.Start:b.ValueSpan.End]) {
			name, as = "", "" // 事 務 局 長 田 伏 智: a line spaced character by character
		}
		if name == MeetingAttendees && b.Kind == doc.Field && (prevLabel == MeetingAttendees || prevLabel == MeetingAbsent) &&
			isRoleWord(normKey(b.LabelText), roles) {
			// 出席委員 / 委　員　相沢 浩 …, 欠席委員 / 委　員　中園 美里: a role
			// before names inside the list above, not a new list
			name, as = "", ""
		}
		labelOfBlock[i], asWritten[i] = name, as
		if name != "" {
			nLabels++
			prevLabel = name
		}
		if name == MeetingDate {
			dateBlocks = append(dateBlocks, i)
		}
	}
	if len(dateBlocks) == 0 && nLabels < 2 {
		return nil, nil, errNoContent(KindMeeting, "no meeting: no 日時 and fewer than two meeting fields")
	}
	// Meeting boundaries: the title before each 日時, or the 日時 itself.
	starts := []int{}
	prevDate := -1
	for _, db := range dateBlocks {
		start := db
		// the nearest title between the previous 日時 (and its fields) and this one
		for j := db - 1; j > prevDate; j-- {
			if labelOfBlock[j] != "" && j > prevDate && len(starts) > 0 {
				// fields of the previous meeting; stop looking past them
				break
			}
			if labelOfBlock[j] == "" && isMeetingTitle(&d.Blocks[j]) {
				start = j
				break
			}
		}
		if len(starts) > 0 && start <= starts[len(starts)-1] {
			continue
		}
		starts = append(starts, start)
		prevDate = db
	}
	if len(starts) == 0 {
		starts = []int{0}
		for j := range d.Blocks {
			if labelOfBlock[j] == "" && isMeetingTitle(&d.Blocks[j]) {
				starts[0] = j
				break
			}
			if labelOfBlock[j] != "" {
				break
			}
		}
	}
	// A single meeting's title may be further up than the first field: the
	// first title-like block before it.
	if len(starts) == 1 && labelOfBlock[starts[0]] != "" {
		for j := 0; j < starts[0]; j++ {
			if isMeetingTitle(&d.Blocks[j]) {
				starts[0] = j
				break
			}
		}
	}
	page := ""
	if len(starts) > 1 && starts[0] > 0 {
		// the heading over all the meetings
		for j := 0; j < starts[0]; j++ {
			if page == "" && isMeetingTitle(&d.Blocks[j]) {
				page = strings.TrimSpace(strings.Join(blockLines(&d.Blocks[j]), " "))
				u.use(j)
			}
		}
	}
	var out []*Meeting
	for k, s := range starts {
		end := nBlocks
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		first := s
		if k == 0 && len(starts) == 1 {
			first = 0 // what comes before a single meeting's title or 日時 is its own
		}
		m := readOneMeeting(d, pieces, u, c.Parser, first, s, end, labelOfBlock, asWritten, outcome, syn, roles)
		m.Page = page
		pageContext(m, c.Parser)
		out = append(out, m)
	}
	// each meeting's unread and coverage: from its start (the first from
	// the document's start) to the next meeting's
	bounds := make([]int, len(starts))
	for k, s := range starts {
		if k > 0 {
			bounds[k] = d.Blocks[s].Span.Start
		}
	}
	unread, cov := u.partition(bounds)
	for k, m := range out {
		m.Unread, m.Coverage = unread[k], cov[k]
		m.Assessments = []goal.Assessment{}
	}
	// the document is within the parser's limit (ReadText checked it), so
	// Assessments fails only on a caller's smaller parser limit: then the
	// meetings carry none
	if as, err := c.Parser.Assessments(d.Source); err == nil {
		for _, a := range as {
			k := sort.SearchInts(bounds, a.Span.Start+1) - 1
			if k < 0 {
				k = 0
			}
			out[k].Assessments = append(out[k].Assessments, a)
		}
	}
	return out, u, nil
}

// labelIndex maps every synonym (normalized) to its canonical name.
func labelIndex(labels []doc.Label) map[string]string {
	idx := map[string]string{}
	for _, l := range labels {
		idx[normKey(l.Name)] = l.Name
		for _, s := range l.Synonyms {
			if _, ok := idx[normKey(s)]; !ok {
				idx[normKey(s)] = l.Name
			}
		}
	}
	return idx
}

// meetingLabelOf returns the canonical meeting label a block opens and the
// label as written: a field block's label, or a heading or short line that
// is only a label (＜ 意 見 等 ＞, 「4 議題」).
func meetingLabelOf(b *doc.Block, syn map[string]string) (string, string) {
	switch b.Kind {
	case doc.Field:
		for _, cand := range []string{b.LabelText, b.Label} {
			if name, ok := syn[normKey(cand)]; ok {
				return name, b.LabelText
			}
		}
	case doc.Heading, doc.Paragraph:
		t := b.Title
		if b.Kind == doc.Paragraph || t == "" {
			t = b.Text
		}
		if name, as, _, ok := bracketLabel(t, syn); ok {
			return name, as
		}
		if strings.Contains(t, "\n") || runes(t) > 16 {
			return "", ""
		}
		if name, ok := syn[normKey(t)]; ok {
			return name, strings.TrimSpace(t)
		}
		// 出席委員（9名）, 欠席委員（1名）: the label with a count or a note
		if core, ok := cutQualifier(t); ok {
			if name, ok := syn[normKey(core)]; ok {
				return name, strings.TrimSpace(t)
			}
		}
	}
	return "", ""
}

// labelOpen and labelClose are the brackets a label is written in at the
// start of a line: ＜結果＞, 【日時】, <結果>, 〈結果〉, [場所].
var labelPairs = [][2]string{{"＜", "＞"}, {"【", "】"}, {"<", ">"}, {"〈", "〉"}, {"［", "］"}, {"[", "]"}, {"≪", "≫"}, {"《", "》"}}

// bracketLabel reads a bracketed label at the start of t (＜ 結 果 ＞原案の
// とおり了承, as a reader joins a label line with its value line) and
// returns the label and the text after it.
func bracketLabel(t string, syn map[string]string) (name, as, rest string, ok bool) {
	t = strings.TrimLeftFunc(t, isBlank)
	for _, p := range labelPairs {
		if !strings.HasPrefix(t, p[0]) {
			continue
		}
		j := strings.Index(t, p[1])
		if j < 0 || runes(t[:j]) > 16 {
			continue
		}
		inner := t[len(p[0]):j]
		if name, ok := syn[normKey(inner)]; ok {
			return name, strings.TrimSpace(t[:j+len(p[1])]), strings.TrimFunc(t[j+len(p[1]):], isBlank), true
		}
	}
	return "", "", "", false
}

// isMeetingTitle: a short heading or line naming a meeting.
func isMeetingTitle(b *doc.Block) bool {
	if b.Kind != doc.Heading && b.Kind != doc.Paragraph && b.Kind != doc.Bullet {
		return false
	}
	t := strings.Join(blockLines(b), " ")
	if strings.Contains(b.Text, "\n") || runes(t) > 80 || strings.HasSuffix(t, "。") {
		return false
	}
	return containsAny(t, meetingTitleWords) || sessionRe.MatchString(jtext.String(t))
}

// pageContext gives a meeting whose own title (■第1回) names no body or
// fiscal year those of the page's heading over all its meetings
// (「北原市地域公共交通会議の開催結果（令和6年度）」).
func pageContext(m *Meeting, p *parse.Parser) {
	if m.Page == "" {
		return
	}
	if m.Body == "" {
		m.Body = bodyOf(pageBracketRe.ReplaceAllString(m.Page, ""))
	}
	if m.FiscalYear == 0 {
		if ds, err := p.Dates(m.Page); err == nil {
			for _, dm := range ds {
				if dm.Kind == goal.DateKindFiscalYear {
					m.FiscalYear = dm.FiscalYear
					break
				}
			}
		}
	}
}

// pageBracketRe is a remark in brackets in a page's heading: （令和6年度）,
// （令和6年5月開催分）.
var pageBracketRe = regexp.MustCompile(`[（(][^（）()]*[)）]`)

// recordOnlyTitle reports whether a title only names a record (会議録,
// 議事録, 会議結果 …) and no meeting: a 会議名 field then gives the title.
func recordOnlyTitle(t string) bool {
	t = strings.Trim(strings.TrimSpace(t), "■□◆◇●○【】（）() 　")
	return slices.Contains(titleSuffixes, t) || slices.Contains([]string{"会議録", "議事録", "会議結果", "会議概要", "会議の概要", "会議記録"}, t)
}

// continuesNumbering reports whether heading b's number comes after the
// label heading lb's (「5 会議の要旨」 after 「4 議題」), so a value line that
// reads as a number and a word (「2名」 under 「6 傍聴者数」) is no heading.
func continuesNumbering(lb, b *doc.Block) bool {
	return len(lb.Ordinal) > 0 && len(b.Ordinal) > 0 && b.Ordinal[0] > lb.Ordinal[0]
}

// isHeadingLine: a short single line that reads as a page heading, not a
// sentence or a field (no 。 at its end, no ：).
func isHeadingLine(b *doc.Block) bool {
	if b.Kind != doc.Heading && b.Kind != doc.Paragraph {
		return false
	}
	t := strings.Join(blockLines(b), " ")
	return !strings.Contains(b.Text, "\n") && runes(t) >= 4 && runes(t) <= 60 && !strings.HasSuffix(t, "。") &&
		!strings.ContainsAny(t, ":：")
}

// The patterns below read width-folded text, in which the ideographic
// space U+3000 stays (jtext keeps it): they take it as white space.
var (
	sessionRe = regexp.MustCompile(`第[\s\x{3000}]*([0-9]+)[\s\x{3000}]*回`)
	overallRe = regexp.MustCompile(`[（(][\s\x{3000}]*(?:通算)?[\s\x{3000}]*第[\s\x{3000}]*([0-9]+)[\s\x{3000}]*回[\s\x{3000}]*[)）]|通算[\s\x{3000}]*第[\s\x{3000}]*([0-9]+)[\s\x{3000}]*回`)
	presentRe = regexp.MustCompile(`、([^、。]{1,30}?)から(?:次のような|次の|以下の)?(?:とおり)?説明`)
	countRe   = regexp.MustCompile(`([0-9]+)[\s\x{3000}]*(人|名)`)
)

// readOneMeeting reads blocks [s, end) as one meeting.
func readOneMeeting(d *doc.Document, pieces map[int][]doc.Span, u *blockUse, p *parse.Parser, from, s, end int, labelOf, asWritten []string, outcome []OutcomeWord, syn map[string]string, roles []AttendeeRole) *Meeting {
	m := &Meeting{Meeting: goal.Meeting{Attendees: []string{}, Agenda: []string{}, Opinions: []goal.Opinion{},
		Materials: []string{}, Proposal: goal.Proposal{Points: []goal.Point{}}}}
	m.Line = d.Blocks[s].Line
	var sections []*meetingSection
	var cur *meetingSection
	headTitle := -1 // the first heading-like line before any field
	var opened, closed goal.ClockTime
	var dateLine goal.Date
	for i := from; i < end; i++ {
		b := &d.Blocks[i]
		if name := labelOf[i]; name != "" {
			cur = &meetingSection{label: name, as: asWritten[i], block: i}
			sections = append(sections, cur)
			u.use(i)
			if b.Kind == doc.Field {
				cur.parts = append(cur.parts, valueParts(d, b, i, pieces[i])...)
			} else if _, _, rest, ok := bracketLabel(blockText(b), syn); ok && rest != "" {
				cur.parts = append(cur.parts, meetingPart{text: rest, block: i, line: b.Line, span: b.Span})
			}
			continue
		}
		if mk, mark, ok := markedTimeLine(blockText(b)); ok && b.Kind != doc.Field {
			// 午前10時00分　開議 / 午前11時15分　閉会: the record's own lines
			// of when it opened and closed
			if mark == 1 && opened.IsZero() {
				opened = mk.t
			} else if mark == 2 && closed.IsZero() {
				closed = mk.t
			}
			u.use(i)
			continue
		}
		if cur == nil && dateLine.IsZero() && b.Kind != doc.Field {
			if dt, ok := dateOnlyLine(p, blockText(b)); ok {
				// 令和6年9月20日（金） on a line of its own before the
				// fields: the day of a record that labels only its time
				dateLine = dt
				u.use(i)
				continue
			}
		}
		if m.Title == "" && cur == nil && (i == s || from < s) && isMeetingTitle(b) {
			m.Title = strings.TrimLeft(sourceLine(d, b, strings.Join(blockLines(b), " ")), "■□◆◇●○◎▼▽★☆ 　")
			u.use(i)
			continue
		}
		if cur == nil {
			if headTitle < 0 && m.Title == "" && isHeadingLine(b) {
				headTitle = i
			}
			continue // unread
		}
		if lb := &d.Blocks[cur.block]; b.Kind == doc.Heading && b.Number != "" && runes(b.Title) >= 2 && !isProcedure(b.Title) &&
			lb.Kind == doc.Heading && lb.Number != "" && lb.Style == b.Style && continuesNumbering(lb, b) {
			// a heading numbered like the labels but naming no field the
			// table knows (「5 会議の要旨」 after 「4 議題」) ends the section
			// before it; its value is kept under its own label in Fields
			t := strings.TrimSpace(b.Title)
			cur = &meetingSection{label: t, as: t, block: i}
			sections = append(sections, cur)
			u.use(i)
			continue
		}
		u.use(i)
		if isListSection(cur.label) && b.Kind != doc.Table {
			// a list: one entry per source line, even where the reader
			// joined lines (資料1 … / 資料2 …)
			for _, ln := range sourceLines(d, b) {
				t := rowText(ln.text)
				if t == "" {
					continue
				}
				cur.parts = append(cur.parts, meetingPart{text: t, marker: markerOf(b, t), block: i, line: ln.line, span: ln.span})
			}
			continue
		}
		lines := blockLines(b)
		if len(lines) == 1 {
			lines[0] = sourceLine(d, b, lines[0])
		}
		for k, line := range lines {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if line = rowText(line); line == "" {
				continue
			}
			cur.parts = append(cur.parts, meetingPart{text: line, marker: markerOf(b, line), block: i, line: b.Line + k, span: b.Span})
		}
	}
	sections = splitProse(sections)
	if m.Title == "" && headTitle >= 0 {
		// no line names a meeting: the page's heading before the first
		// field is its title (「令和6年度 ○○ネットワーク 開催結果」)
		b := &d.Blocks[headTitle]
		m.Title = strings.TrimLeft(sourceLine(d, b, strings.Join(blockLines(b), " ")), "■□◆◇●○◎▼▽★☆ 　")
		u.use(headTitle)
	}
	readMeetingTitle(m, d, u, p, s)
	for _, sec := range sections {
		sec.parts = joinContinuations(sec.label, sec.parts)
	}
	defer func() {
		// minutes give the times they opened and closed on lines of their
		// own: they fill what the 日時 left unset, when in order
		if m.Start.IsZero() && m.End.IsZero() && !opened.IsZero() && !closed.IsZero() && minutes(opened) <= minutes(closed) {
			m.Start, m.End = opened, closed
		} else if !m.Start.IsZero() && m.End.IsZero() && !closed.IsZero() && minutes(m.Start) <= minutes(closed) &&
			(opened.IsZero() || opened == m.Start) {
			m.End = closed
		}
	}()
	defer func() {
		// last, when neither the 日時 nor the title gives the day: a line
		// holding only a date before the fields
		if m.Date.IsZero() && !dateLine.IsZero() {
			m.Date = dateLine
		}
	}()
	defer func() {
		// a summary without 日時 may date itself in its title
		// (令和6年7月18日開催 第12回 …)
		if m.Date.IsZero() && m.Title != "" {
			if ds, err := p.Dates(m.Title); err == nil {
				for _, dm := range ds {
					if dm.Kind == goal.DateKindDate && dm.Date.Precision == goal.PrecisionDay {
						m.Date = dm.Date
						break
					}
				}
			}
		}
	}()
	for _, sec := range sections {
		switch sec.label {
		case MeetingDate, MeetingTime:
			readMeetingWhen(m, d, u, p, sec)
		case MeetingPlace:
			// the first line, and a remark in brackets under it
			// ((オンライン併用)); anything else after it is kept as written
			if m.Place == "" && len(sec.parts) > 0 {
				m.Place = strings.TrimSpace(sec.parts[0].text)
				var rest []meetingPart
				for _, pt := range sec.parts[1:] {
					if t := strings.TrimSpace(pt.text); pt.cell || strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(") {
						// a table cell's next line (市役所7階 / 大会議室), a
						// remark in brackets
						m.Place += " " + t
					} else {
						rest = append(rest, pt)
					}
				}
				if len(rest) > 0 {
					m.Fields = append(m.Fields, Field{Label: sec.as, Value: joinParts(rest, "\n"), Line: rest[0].line})
				}
			}
		case MeetingAttendees:
			before := m.AttendeeCount
			readAttendees(m, u, sec, roles)
			// a count in the label: 出席委員（８名）
			if counted, known := roleOf(sec.as, roles); m.AttendeeCount == before && (counted || !known) {
				if cm := countRe.FindStringSubmatch(jtext.String(sec.as)); cm != nil {
					if n, _, _ := jtext.ReadDigits(cm[1], 0); n >= 0 && n < 100000 {
						m.AttendeeCount += n
					}
				}
			}
		case MeetingAgenda:
			for _, pt := range sec.parts {
				// several numbered items on one line: （１）…　（２）その他
				for _, piece := range splitInlineItems(pt.text) {
					item := strings.TrimSpace(trimSubLabel(itemText(piece)))
					if item == "" || isProcedure(item) {
						continue
					}
					m.Agenda = append(m.Agenda, item)
				}
			}
		case MeetingResult:
			// 1.開会 under a 会議の結果 that goes on as a 次第: procedure,
			// not a result
			var resParts []meetingPart
			for _, pt := range sec.parts {
				if !isProcedure(itemText(pt.text)) {
					resParts = append(resParts, pt)
				}
			}
			res := joinParts(resParts, "\n")
			if m.Result == "" {
				m.Result = res
			} else if res != "" {
				m.Result += "\n" + res
			}
			if m.Outcome == goal.OutcomeUnset {
				m.Outcome = outcomeOf(res, outcome)
			}
		case MeetingOpinions:
			readOpinions(m, sec)
		case MeetingProposal:
			readProposal(m, sec)
		case MeetingName:
			if name := joinParts(sec.parts, " "); name != "" && (m.Title == "" || !containsAny(m.Title, meetingTitleWords) || recordOnlyTitle(m.Title)) {
				if m.Title != "" {
					m.Fields = append(m.Fields, Field{Label: "見出し", Value: m.Title, Line: m.Line})
				}
				m.Title = name
				readMeetingTitle(m, d, u, p, sec.block)
			}
		case MeetingMaterials:
			for _, pt := range sec.parts {
				t := itemText(pt.text)
				// a title in brackets: 「第２期…について」
				if strings.HasPrefix(t, "「") && strings.HasSuffix(t, "」") && strings.Count(t, "「") == 1 {
					t = strings.TrimSuffix(strings.TrimPrefix(t, "「"), "」")
				}
				if t != "" {
					m.Materials = append(m.Materials, t)
				}
			}
		default:
			m.Fields = append(m.Fields, Field{Label: sec.label, Value: joinParts(sec.parts, "\n"), Line: d.Blocks[sec.block].Line})
		}
	}
	if m.Result == "" {
		recordedResult(m, outcome)
	}
	return m
}

// recordedResult reads the result of a meeting with no result field from
// its record: the last sentence of the opinions or of a field that states
// an outcome as done (「議案第1号は原案のとおり承認された。」 in the chair's
// line, 「…修正を加えたうえで了承された。」 in 審議の概要).
func recordedResult(m *Meeting, words []OutcomeWord) {
	var texts []string
	for _, o := range m.Opinions {
		texts = append(texts, o.Text)
	}
	for _, f := range m.Fields {
		texts = append(texts, f.Value)
	}
	for k := len(texts) - 1; k >= 0; k-- {
		sents := strings.SplitAfter(texts[k], "。")
		for j := len(sents) - 1; j >= 0; j-- {
			sent := strings.TrimSpace(sents[j])
			if !hasAnySuffix(sent, doneEndings) {
				continue
			}
			if o := outcomeOf(sent, words); o != goal.OutcomeUnset {
				if sp, rest, ok := strings.Cut(sent, " "); ok && j == 0 && runes(sp) <= 12 && hasAnySuffix(sp, speakerEnds) {
					sent = rest // 会長 景観計画の変更は…: the speaker's name is no part of it
				}
				m.Result = sent
				// 「議案第41号は…可決」 of two items says nothing of the other
				if len(m.Agenda) <= 1 || !itemNamedRe.MatchString(sent) {
					m.Outcome = o
				}
				return
			}
		}
	}
}

// itemNamedRe finds an agenda item named by its number (議案第41号, 議題（１）).
var itemNamedRe = regexp.MustCompile(`(?:議案|陳情|請願|報告|諮問)第[0-9０-９]+号|議題[（(][0-9０-９]+[)）]`)

// doneEndings close a sentence that reports what the meeting decided.
var doneEndings = []string{"された。", "とした。", "決定した。", "可決した。", "承認した。", "了承した。", "されました。", "としました。", "決定しました。"}

// rowText is a line of a table row the reader left as text (|  | 林委員、
// 池田委員 |, a label cell left empty: the row goes on with the field
// above) as its cells' text joined by a space; other lines trimmed.
func rowText(line string) string {
	t := strings.TrimFunc(line, isBlank)
	if !strings.HasPrefix(t, "|") && !strings.HasPrefix(t, "│") && !strings.HasPrefix(t, "｜") {
		return t
	}
	var cells []string
	for _, c := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '│' || r == '｜' }) {
		if c = strings.TrimFunc(c, isBlank); c != "" {
			cells = append(cells, c)
		}
	}
	return strings.Join(cells, " ")
}

// dateOnlyLine reads a line holding one full date and nothing else but
// its weekday in brackets (令和6年9月20日（金）, 2024年9月20日(金曜日)). A date
// in square brackets ([2021年6月23日]) is a page's publication date: not
// read.
func dateOnlyLine(p *parse.Parser, line string) (goal.Date, bool) {
	t := strings.TrimFunc(line, isBlank)
	if t == "" || strings.ContainsAny(t, "\n[]［］【】") || runes(t) > 24 {
		return goal.Date{}, false
	}
	ds, err := p.Dates(t)
	if err != nil || len(ds) != 1 || ds[0].Kind != goal.DateKindDate || ds[0].Date.Precision != goal.PrecisionDay {
		return goal.Date{}, false
	}
	rest := t[:ds[0].Span.Start] + t[ds[0].Span.End:]
	rest = strings.TrimFunc(pageBracketRe.ReplaceAllString(rest, ""), isBlank)
	if rest != "" {
		return goal.Date{}, false
	}
	return ds[0].Date, true
}

// markerOf is the mark a piece starts with: a bullet's marker, a heading's
// number, or a mark at the start of its text.
func markerOf(b *doc.Block, line string) string {
	if b.Kind == doc.Bullet && b.Marker != "" {
		return strings.TrimSpace(b.Marker)
	}
	if b.Kind == doc.Heading && b.Number != "" {
		return b.Number
	}
	t := strings.TrimSpace(line)
	for _, mk := range []string{"→", "⇒", "・", "○", "◎", "●"} {
		if strings.HasPrefix(t, mk) {
			return mk
		}
	}
	if r := []rune(t); len(r) > 0 && r[0] >= '①' && r[0] <= '⑳' {
		return string(r[0])
	}
	return ""
}

func joinParts(parts []meetingPart, sep string) string {
	var out []string
	for _, p := range parts {
		if t := strings.TrimSpace(p.text); t != "" {
			out = append(out, t)
		}
	}
	return strings.Join(out, sep)
}

// readMeetingTitle reads the fiscal year, session, overall number and
// body from the title.
func readMeetingTitle(m *Meeting, d *doc.Document, u *blockUse, p *parse.Parser, s int) {
	t := m.Title
	if t == "" {
		return
	}
	f := jtext.String(t)
	if ds, err := p.Dates(t); err == nil {
		for _, dm := range ds {
			if dm.Kind == goal.DateKindFiscalYear && m.FiscalYear == 0 {
				m.FiscalYear = dm.FiscalYear
			}
		}
	}
	overallText := ""
	if sm := overallRe.FindStringSubmatch(f); sm != nil {
		overallText = sm[0]
		num := sm[1] + sm[2]
		if n, _, _ := jtext.ReadDigits(num, 0); n >= 0 {
			m.Overall = n
		} else {
			u.problem(d.Blocks[s].Span, "overall number out of range: "+num)
		}
	}
	rest := strings.Replace(f, overallText, "", 1)
	if sm := sessionRe.FindStringSubmatch(rest); sm != nil {
		if n, _, _ := jtext.ReadDigits(sm[1], 0); n >= 0 {
			m.Session = n
		} else {
			u.problem(d.Blocks[s].Span, "session number out of range: "+sm[1])
		}
	} else if m.Overall != 0 && !strings.Contains(overallText, "通算") {
		// 「○○審議会（第2回）議事録」: the only number, in brackets, is the
		// session; an overall number stands beside a session
		m.Session, m.Overall = m.Overall, 0
	}
	m.Body = bodyOf(t)
}

// bodyOf is the meeting body's name in a title: what follows the last
// 回 / 年度 / ） of the numbering, without the record's suffix.
func bodyOf(title string) string {
	t := strings.TrimSpace(title)
	if words := strings.FieldsFunc(t, isBlank); len(words) >= 3 {
		single := 0
		for _, w := range words {
			if runes(w) == 1 {
				single++
			}
		}
		if single == len(words) {
			t = strings.Join(words, "") // 総 務 委 員 会 記 録
		}
	}
	for _, sep := range []string{"回）", "回)", "回", "年度", "月開催"} {
		if i := strings.LastIndex(t, sep); i >= 0 && i+len(sep) < len(t) {
			t = t[i+len(sep):]
			break
		}
	}
	t = strings.TrimLeft(t, "） )　")
	if recordOnlyTitle(t) {
		// 「南川町総合計画審議会（第2回）議事録」: the body is before the number
		if i := strings.LastIndexAny(title, "（("); i > 0 && strings.Contains(title[i:], "回") {
			t = strings.TrimSpace(title[:i])
		}
	}
	for changed := true; changed; {
		changed = false
		for _, suf := range titleSuffixes {
			if strings.HasSuffix(t, suf) && len(t) > len(suf) {
				rest := strings.TrimRight(strings.TrimSuffix(t, suf), " 　")
				if !containsAny(rest, meetingTitleWords) {
					continue
				}
				t = rest
				changed = true
				break
			}
		}
	}
	if i := strings.IndexAny(t, "（("); i > 0 {
		t = t[:i]
	}
	t = strings.TrimSpace(strings.TrimRight(t, "の 　"))
	if !containsAny(t, meetingTitleWords) {
		return ""
	}
	return t
}

// readMeetingWhen reads date and time from the 日時 section.
func readMeetingWhen(m *Meeting, d *doc.Document, u *blockUse, p *parse.Parser, sec *meetingSection) {
	text := joinParts(sec.parts, " ")
	if text == "" {
		return
	}
	if m.Date.IsZero() {
		if ds, err := p.Dates(text); err == nil {
			for _, dm := range ds {
				if dm.Kind == goal.DateKindDate && dm.Date.Precision == goal.PrecisionDay {
					m.Date = dm.Date
					break
				}
			}
		}
	}
	if !m.Start.IsZero() {
		return
	}
	tr, ok := readTimeRange(text)
	if !ok {
		return
	}
	if tr.bad {
		span := d.Blocks[sec.block].Span
		if len(sec.parts) > 0 {
			span = sec.parts[0].span
		}
		u.problem(span, "end time before start time: "+strings.TrimSpace(text[tr.span[0]:tr.span[1]]))
		return
	}
	m.Start, m.End = tr.start, tr.end
}

// readAttendees splits attendees on 、 and sums the counts of those the
// role table counts (委員8人、事務局4人 → 8): a count's role is the words
// before it in its entry, else the sub-label of its line (委員：…（4名）),
// else the section's label as written (事務局).
//
// A line of spaced characters that cannot be cut into names (木 原 大 輔 重
// 信 元 子: two names, no role between them) is a problem in Unread, not an
// attendee.
func readAttendees(m *Meeting, u *blockUse, sec *meetingSection, roles []AttendeeRole) {
	secCounted, secKnown := roleOf(sec.as, roles)
	for _, pt := range sec.parts {
		t := itemText(pt.text)
		lineCounted, lineKnown := secCounted, secKnown
		// 委員：奥村、関谷 — a sub-label before the names
		if sub, rest, ok := attendeeSubLabel(t, roles); ok {
			if c, k := roleOf(sub, roles); k {
				lineCounted, lineKnown = c, k
				if !c {
					// 事務局：企画課長、… — staff, not members present:
					// kept as written under the staff label
					m.Fields = append(m.Fields, Field{Label: MeetingStaff, Value: t, Line: pt.line})
					continue
				}
			}
			// 事務局：3名 — a count alone keeps its sub-label: it says who
			if !onlyCountRe.MatchString(jtext.String(rest)) {
				t = rest
			}
		}
		inLine := !lineKnown || lineCounted
		total := -1
		// a total in brackets at the end: (14名)
		if sm := attendeeTotalRe.FindStringSubmatchIndex(t); sm != nil {
			if n, _, _ := jtext.ReadWideDigits(t, sm[2]); n >= 0 {
				total = n
			}
			t = strings.TrimSpace(t[:sm[0]])
		}
		// a remark in brackets (欠席3名) is not an attendee
		t = strings.TrimSpace(absentRemarkRe.ReplaceAllString(t, ""))
		// 委員８名中６名出席: six present of eight
		if f := foldWidthIfDigits(t); ofPresentRe.MatchString(f) {
			t = ofPresentRe.ReplaceAllString(f, "${2}名")
		}
		// when the list states counts (委員長、副委員長、委員５名), an entry
		// without one is one person; a list of names alone states no count.
		sum, uncounted, stated := 0, 0, false
		// 古川勉、真木大輔 各委員: the role of every name, after the last
		t = strings.TrimFunc(eachRoleRe.ReplaceAllString(t, ""), isBlank)
		names := splitNames(t)
		if len(names) == 1 {
			// 委員長　石 原 正 人　　副委員長　森 田 和 子: a grid of roles and
			// spaced names
			grid, isGrid := gridNames(pt.text, sec.as, roles)
			if isGrid && grid == nil {
				u.problem(pt.span, "attendee names not separable")
				continue
			}
			if isGrid {
				names = grid
			} else if byGap := roleGapMembers(u.d, pt.span, roles); byGap != nil {
				names = byGap
			} else if byRole := spacedMembers(t, roles); byRole != nil {
				names = byRole
			}
		}
		for _, name := range names {
			counted, known := roleOf(name, roles)
			if attendeeName(name, counted, known) {
				m.Attendees = append(m.Attendees, strings.TrimLeft(name, attendeeMarks))
			} else if sm := othersInRemarkRe.FindStringSubmatch(name); sm != nil && strings.TrimSpace(sm[1]) != "" {
				// 委員9人（会長 田中 健一ほか8人）: the one the remark names
				m.Attendees = append(m.Attendees, strings.TrimSpace(sm[1]))
			} else if known && !counted {
				// 事務局3名 among the attendees: staff, kept as written
				m.Fields = append(m.Fields, Field{Label: MeetingStaff, Value: name, Line: pt.line})
			}
			if !known {
				counted = inLine
			}
			if cm := countRe.FindStringSubmatch(jtext.String(name)); cm != nil {
				if n, _, _ := jtext.ReadDigits(cm[1], 0); n >= 0 && n < 100000 {
					stated = true
					// 館長ほか２名: the one named and two others (not
					// 委員9人（会長 田中ほか8人）: the count before the remark)
					if othersRe.MatchString(jtext.String(name)) && strings.HasSuffix(strings.TrimSpace(jtext.String(name)), cm[0]) {
						n++
					}
					if counted {
						sum += n
					}
					continue
				}
			}
			if counted {
				uncounted++
			}
		}
		if stated {
			sum += uncounted
		}
		if total >= 0 {
			if inLine {
				m.AttendeeCount += total
			}
		} else {
			m.AttendeeCount += sum
		}
	}
}

var (
	othersRe        = regexp.MustCompile(`(?:ほか|他)[\s\x{3000}]*[0-9]+[\s\x{3000}]*(?:人|名)$`)
	onlyCountRe     = regexp.MustCompile(`^[0-9]+[\s\x{3000}]*(?:人|名)$`)
	attendeeTotalRe = regexp.MustCompile(`[（(]\s*([0-9０-９]+)\s*(?:人|名)\s*[)）]\s*$`)
	absentRemarkRe  = regexp.MustCompile(`[（(][^）)]*欠席[^）)]*[)）]`)
	eachRoleRe      = regexp.MustCompile(`\s*(?:の)?各(?:委員|構成員|氏)\s*$`)
	ofPresentRe     = regexp.MustCompile(`([0-9]+)\s*(?:名|人)\s*中\s*([0-9]+)\s*(?:名|人)(?:が)?(?:出席)?`)
)

// subLabelPairs are the brackets a sub-label of an attendee list is
// written in: （委員）山田会長、…, 【事務局】….
var subLabelPairs = [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"〔", "〕"}, {"［", "］"}, {"[", "]"}, {"＜", "＞"}, {"<", ">"}, {"〈", "〉"}}

// attendeeSubLabel reads the sub-label that opens a line of an attendee
// list, in the forms lists write it: 委員：…, （委員）…, and a role word
// (spaced or not) followed by white space before a list of names (委　員
// 奥田議長、谷口副議長). It returns the sub-label and the rest, trimmed.
func attendeeSubLabel(t string, roles []AttendeeRole) (sub, rest string, ok bool) {
	if i := strings.IndexAny(t, ":："); i > 0 && runes(t[:i]) <= 8 {
		_, size := utf8.DecodeRuneInString(t[i:])
		return t[:i], strings.TrimSpace(t[i+size:]), true
	}
	for _, p := range subLabelPairs {
		if !strings.HasPrefix(t, p[0]) {
			continue
		}
		if j := strings.Index(t, p[1]); j > len(p[0]) && runes(t[len(p[0]):j]) <= 8 {
			inner := t[len(p[0]):j]
			if _, known := roleOf(inner, roles); known && !countRe.MatchString(jtext.String(inner)) {
				return inner, strings.TrimSpace(t[j+len(p[1]):]), true
			}
		}
	}
	if !strings.ContainsAny(t, "、，,") {
		return "", "", false
	}
	best, bestWord := 0, ""
	for _, r := range roles {
		if n, matched := matchSpaced(t, r.Word); matched && n > best {
			if after := t[n:]; after != "" {
				if c, _ := utf8.DecodeRuneInString(after); isBlank(c) {
					best, bestWord = n, r.Word
				}
			}
		}
	}
	if best == 0 {
		return "", "", false
	}
	return bestWord, strings.TrimFunc(t[best:], isBlank), true
}

// roleGapMembers splits a line of members laid out in columns, a role
// before each name and wide gaps between them (「会　長　久保田 正和　　副会長
// 石丸 佳代」), read from the source as written; nil unless every part opens
// with a counted role and has a name after it.
func roleGapMembers(d *doc.Document, sp doc.Span, roles []AttendeeRole) []string {
	if d == nil || sp.Start < 0 || sp.End > len(d.Source) || sp.Start >= sp.End {
		return nil
	}
	parts := wideGapParts(d.Source[sp.Start:sp.End])
	if len(parts) < 2 {
		return nil
	}
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		words := strings.FieldsFunc(p, isBlank)
		role := -1
		for k := 1; k < len(words) && k <= 3; k++ {
			if isRoleWord(strings.Join(words[:k], ""), roles) {
				role = k
			}
		}
		if role < 0 {
			return nil
		}
		out = append(out, strings.Join(words[:role], "")+" "+strings.Join(words[role:], " "))
	}
	return out
}

// gridNames reads a line of a list of members laid out as a grid, each a
// role and a name with its characters spaced (委員長　石 原 正 人　　副委員長
// 森 田 和 子), as minutes print them: most of the line's words are single
// characters and it has no 、. The spaces go, the line is cut before each
// counted role word (the role table's, longest first), and each entry is
// written "role name"; an entry without a role takes the one of the label
// it stands under (委　員). grid is false when the line is not such a grid;
// names is nil for a grid that cannot be cut into names (a name longer than
// spacedMembers splits a list written with spaces for 、 when every word
// ends with a counted role (山田会長　佐藤委員　鈴木委員); nil otherwise (山田
// 太郎 is one name).
func spacedMembers(t string, roles []AttendeeRole) []string {
	words := strings.FieldsFunc(t, isBlank)
	if len(words) < 2 {
		return nil
	}
	for _, w := range words {
		ends := false
		for _, r := range roles {
			if r.Counted && strings.HasSuffix(w, r.Word) && len(w) > len(r.Word) {
				ends = true
				break
			}
		}
		if !ends {
			return nil
		}
	}
	return words
}

// maxNameRunes is two names run together, a role without a name).
func gridNames(line, label string, roles []AttendeeRole) (names []string, grid bool) {
	var words []string
	for _, w := range strings.FieldsFunc(line, isBlank) {
		// （５名）: the count of the list, printed in its margin
		if !attendeeTotalRe.MatchString(w) {
			words = append(words, w)
		}
	}
	single := 0
	for _, w := range words {
		if runes(w) == 1 {
			single++
		}
	}
	if len(words) < 3 || 2*single <= len(words) || strings.ContainsAny(line, "、，,") {
		return nil, false
	}
	joined := []rune(strings.Join(words, ""))
	roleAt := func(i int) int { // runes of the longest counted role word at i
		best := 0
		for _, r := range roles {
			w := []rune(r.Word)
			if r.Counted && len(w) >= 2 && len(w) > best && i+len(w) <= len(joined) && string(joined[i:i+len(w)]) == r.Word {
				best = len(w)
			}
		}
		return best
	}
	type entry struct{ role, name string }
	var out []entry
	for i := 0; i < len(joined); {
		if n := roleAt(i); n > 0 {
			out = append(out, entry{role: string(joined[i : i+n])})
			i += n
			continue
		}
		if len(out) == 0 {
			out = append(out, entry{})
		}
		out[len(out)-1].name += string(joined[i])
		i++
	}
	labelRole := strings.Join(strings.FieldsFunc(label, isBlank), "")
	if c, k := roleOf(labelRole, roles); !k || !c {
		labelRole = ""
	}
	for _, e := range out {
		if e.name == "" || runes(e.name) > maxNameRunes {
			return nil, true
		}
		role := e.role
		if role == "" {
			role = labelRole
		}
		names = append(names, strings.TrimSpace(role+" "+e.name))
	}
	return names, true
}

// maxNameRunes is the longest personal name a grid of spaced names is
// taken to hold (やなざわ亜紀 is six); a longer run is names run together.
const maxNameRunes = 6

// attendeeMarks are the marks a list puts before a member's name: ◎ the
// chair, ○ the vice-chair.
const attendeeMarks = "◎○◯〇●・ 　"

// attendeeName reports whether an entry of an attendee list names a
// member present: not a count alone (委員12名, 事務局 都市計画課 4人 — the
// count goes to AttendeeCount), not an entry the role table says is not a
// member (事務局3人, 傍聴者).
func attendeeName(entry string, counted, known bool) bool {
	if known && !counted {
		return false
	}
	f := strings.TrimSpace(jtext.String(pageBracketRe.ReplaceAllString(entry, "")))
	if othersRe.MatchString(f) {
		return true // 館長ほか２名: one named, and others
	}
	if sm := countEntryRe.FindStringSubmatch(f); sm != nil && runes(sm[1]) <= 12 {
		return false
	}
	return strings.Trim(f, attendeeMarks) != ""
}

// othersInRemarkRe is a remark naming one member and counting the others:
// （会長 田中 健一ほか8人）.
var othersInRemarkRe = regexp.MustCompile(`[（(]([^（）()]*?)(?:ほか|他)\s*[0-9０-９]+\s*(?:人|名)\s*[)）]`)

// countEntryRe is an entry that is only a count, maybe after the words of
// whom: 12名, 委員12名, 事務局 都市計画課 4人.
var countEntryRe = regexp.MustCompile(`^([^0-9、]*?)\s*[0-9]+\s*(?:人|名)$`)

// foldWidthIfDigits folds full-width digits to ASCII (８名 → 8名) and
// leaves the rest as written.
func foldWidthIfDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// splitNames splits a list on 、, ，, and runs of wide spaces.
func splitNames(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == '､' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// trimSubLabel removes a leading 協議事項 / 報告事項 sub-label from an agenda
// item.
func trimSubLabel(s string) string {
	for _, w := range []string{"協議事項", "報告事項", "審議事項", "議題", "案件"} {
		if strings.HasPrefix(s, w) && len(s) > len(w) {
			return strings.TrimLeft(s[len(w):], " 　:：")
		}
	}
	return s
}

func isProcedure(s string) bool {
	k := normKey(s)
	for _, w := range agendaProcedure {
		if k == w {
			return true
		}
	}
	return false
}

// A result that states different outcomes for different items, clause by
// clause (「議題1は原案のとおり可決、議題2は継続審議とした。」), states no one
// outcome of the meeting: unset.
//
// A clause stating only the amendment (「一部修正の上、了承された。」: 一部修正の上
// before its 、) qualifies the approval of the clause after it: approved
// with changes.
func outcomeOf(s string, words []OutcomeWord) goal.MeetingOutcome {
	out := goal.OutcomeUnset
	amending := false
	for _, clause := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '。' || r == '\n' || r == '，' }) {
		o := clauseOutcome(clause, words)
		if o != goal.OutcomeUnset && containsAny(clause, outcomeNegations) {
			// 不承認, 可決されなかった: no outcome the table can name
			return goal.OutcomeUnset
		}
		if o == goal.OutcomeApprovedAmended && clauseOutcome(clause, approvalWords(words)) == goal.OutcomeUnset {
			amending = true
		}
		if amending && o == goal.OutcomeApproved {
			o = goal.OutcomeApprovedAmended
		}
		if o == goal.OutcomeUnset {
			continue
		}
		if out != goal.OutcomeUnset && o != out {
			return goal.OutcomeUnset
		}
		out = o
	}
	return out
}

// approvalWords are the phrases of the table stating approval.
func approvalWords(words []OutcomeWord) []OutcomeWord {
	var out []OutcomeWord
	for _, w := range words {
		if w.Outcome == goal.OutcomeApproved {
			out = append(out, w)
		}
	}
	return out
}

// clauseOutcome is the outcome of the first phrase of the table in s.
func clauseOutcome(s string, words []OutcomeWord) goal.MeetingOutcome {
	for _, w := range words {
		if strings.Contains(s, w.Phrase) {
			return w.Outcome
		}
	}
	return goal.OutcomeUnset
}

// readOpinions: each ・ (or speaker) piece is an opinion, → pieces answer
// the opinion before them; pieces without a mark continue the piece
// before.
func readOpinions(m *Meeting, sec *meetingSection) {
	for _, pt := range sec.parts {
		t := strings.TrimSpace(pt.text)
		switch {
		case pt.marker == "→" || pt.marker == "⇒" || strings.HasPrefix(t, "→") || strings.HasPrefix(t, "⇒"):
			a := strings.TrimSpace(strings.TrimLeft(t, "→⇒ 　"))
			if len(m.Opinions) == 0 {
				m.Opinions = append(m.Opinions, goal.Opinion{Text: ""})
			}
			o := &m.Opinions[len(m.Opinions)-1]
			o.Answers = append(o.Answers, a)
		default:
			m.Opinions = append(m.Opinions, goal.Opinion{Text: itemText(t)})
		}
	}
}

// readProposal: an introduction (naming who explained), ・ points, and
// ①… items of the point before them.
func readProposal(m *Meeting, sec *meetingSection) {
	pr := &m.Proposal
	for _, pt := range sec.parts {
		t := strings.TrimSpace(pt.text)
		mk := pt.marker
		switch {
		case mk != "" && ([]rune(mk)[0] >= '①' && []rune(mk)[0] <= '⑳'):
			item := itemText(t)
			if len(pr.Points) == 0 {
				pr.Points = append(pr.Points, goal.Point{})
			}
			p := &pr.Points[len(pr.Points)-1]
			p.Items = append(p.Items, item)
		case mk != "" || len(pr.Points) > 0 || pr.Summary != "":
			pr.Points = append(pr.Points, goal.Point{Text: itemText(t)})
		default:
			pr.Summary = t
			if sm := presentRe.FindStringSubmatch(t); sm != nil {
				pr.Presenter = strings.TrimSpace(sm[1])
			}
		}
	}
}

// meetingJSON is the documented JSON of a meeting.
type meetingJSON struct {
	Kind Kind `json:"kind"`
	goal.Meeting
	AttendeeCount int               `json:"attendee_count,omitempty"`
	Page          string            `json:"page,omitempty"`
	Fields        []Field           `json:"fields,omitempty"`
	Assessments   []goal.Assessment `json:"assessments"`
	Line          int               `json:"line,omitempty"`
	Coverage      float64           `json:"coverage"`
	Unread        []Unread          `json:"unread"`
}

// MarshalJSON writes the meeting as goal.Meeting's fields with "kind"
// ("meeting") first and attendee_count, page, fields, line, coverage
// (rounded to 3 decimals) and unread after them.
func (m Meeting) MarshalJSON() ([]byte, error) {
	un := m.Unread
	if un == nil {
		un = []Unread{}
	}
	as := m.Assessments
	if as == nil {
		as = []goal.Assessment{}
	}
	return json.Marshal(meetingJSON{Kind: KindMeeting, Meeting: m.Meeting, AttendeeCount: m.AttendeeCount, Page: m.Page,
		Fields: m.Fields, Assessments: as, Line: m.Line, Coverage: round3(m.Coverage), Unread: un})
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// sourceLine returns a one-line block's text as written in the source
// (spaces kept: 「市役所本館7階 第1会議室」), trimmed; text, the reader's
// repaired form, when the block spans several lines or parts.
func sourceLine(d *doc.Document, b *doc.Block, text string) string {
	if len(b.Parts) > 1 || b.Span.Start < 0 || b.Span.End > len(d.Source) {
		return text
	}
	src := d.Source[b.Span.Start:b.Span.End]
	if strings.ContainsAny(src, "\r\n") {
		return text
	}
	return collapseSpaces(strings.TrimFunc(src, isBlank))
}

// collapseSpaces turns runs of white space into one space.
func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, isBlank), " ")
}

// valueParts are the lines of a field's value as written in the source.
// A field read from a table cell has its pieces (the cell's lines) given.
func valueParts(d *doc.Document, b *doc.Block, i int, pieces []doc.Span) []meetingPart {
	var out []meetingPart
	if len(pieces) > 0 {
		for _, p := range pieces {
			t := collapseSpaces(strings.TrimFunc(d.Source[p.Start:p.End], isBlank))
			if t != "" {
				out = append(out, meetingPart{text: t, marker: markerOf(b, t), block: i, line: d.Line(p.Start), span: p, cell: true})
			}
		}
		return out
	}
	vs := b.ValueSpan
	if vs.Start < 0 || vs.End > len(d.Source) || vs.Start >= vs.End {
		for k, v := range strings.Split(b.Value, "\n") {
			if strings.TrimSpace(v) != "" {
				out = append(out, meetingPart{text: strings.TrimSpace(v), block: i, line: b.Line + k, span: b.Span})
			}
		}
		return out
	}
	src := d.Source[vs.Start:vs.End]
	if len(b.Parts) > 1 && strings.Count(src, "\n") != strings.Count(b.Value, "\n") {
		// a value joined across other text: the reader's form
		for k, v := range strings.Split(b.Value, "\n") {
			if strings.TrimSpace(v) != "" {
				out = append(out, meetingPart{text: strings.TrimSpace(v), block: i, line: b.Line + k, span: vs})
			}
		}
		return out
	}
	at := vs.Start
	for _, v := range splitAfterLines(src) {
		t := collapseSpaces(strings.TrimFunc(v, isBlank))
		if t != "" {
			lead := strings.Index(v, strings.TrimFunc(v, isBlank))
			sp := doc.Span{Start: at + lead, End: at + lead + len(strings.TrimFunc(v, isBlank))}
			out = append(out, meetingPart{text: t, marker: markerOf(b, t), block: i, line: d.Line(sp.Start), span: sp})
		}
		at += len(v)
	}
	return out
}

// blockText is a heading's title or another block's text.
func blockText(b *doc.Block) string {
	if b.Kind == doc.Heading && b.Title != "" {
		return b.Title
	}
	return b.Text
}

// joinContinuations joins a piece without a mark to the piece before it
// when that one does not end a sentence: lines broken by PDF extraction
// (「…市長公室から次のよう」「な説明があった。」). Lists of short entries
// (attendees, agenda, materials) keep their lines.
func joinContinuations(label string, parts []meetingPart) []meetingPart {
	switch label {
	case MeetingAttendees, MeetingAbsent, MeetingAgenda, MeetingMaterials, MeetingDate, MeetingTime, MeetingPlace, MeetingStaff:
		return parts
	}
	// under a proposal or opinions, an unmarked piece belongs to the point
	// or opinion before it even after a full stop.
	always := label == MeetingProposal || label == MeetingOpinions
	var out []meetingPart
	for _, p := range parts {
		if n := len(out); n > 0 && p.marker == "" && (always && out[n-1].marker != "" || !endsSentence(out[n-1].text)) && !startsMarked(p.text) {
			out[n-1].text += p.text
			continue
		}
		out = append(out, p)
	}
	return out
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isBlank)
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?")
}

// startsMarked: a piece that opens with a mark of its own (→, ・, ①, ○).
func startsMarked(s string) bool {
	r := []rune(strings.TrimSpace(s))
	return len(r) > 0 && (strings.ContainsRune("→⇒・●○◎◯〇■□◆◇※", r[0]) || (r[0] >= '①' && r[0] <= '⑳'))
}

// isListSection: sections whose value is a list of short entries.
func isListSection(label string) bool {
	switch label {
	case MeetingAttendees, MeetingAbsent, MeetingAgenda, MeetingMaterials:
		return true
	}
	return false
}

// isSpeech: a speaker's line that says something (○事務局　資料に基づき説明
// します。), not a marked label with its value (〇招集日時　令和元年…).
func isSpeech(s string) bool {
	return isSpeakerLine(s) && (saysSomething(s) || runes(s) > 60)
}

// saysSomething: text that is a sentence or a question (…します。, …か？),
// not a list or a value.
func saysSomething(s string) bool {
	t := strings.TrimRightFunc(s, isBlank)
	return endsSentence(t) || strings.Contains(t, "。")
}

// speakerPart: a piece that is a speaker's line, its mark kept as the
// piece's marker by the reader (a bullet 〇) or in its text.
func speakerPart(p meetingPart) bool {
	if isSpeakerLine(p.text) {
		return true
	}
	return p.marker != "" && strings.ContainsAny(p.marker, "○◎◯〇●") && isSpeakerLine(p.marker+p.text)
}

// speakerEnds end the name of a speaker in minutes: a title (委員長,
// 課長, 事務局, 説明員 …) or an honorific (君, 氏, さん).
var speakerEnds = []string{"長", "員", "局", "君", "氏", "さん", "者", "官", "監", "主査", "主幹", "参事", "担当", "係", "議長", "市長"}

// speakerNamed: the speaker of a speaker's piece names a person by a title
// or honorific, a bracketed name after it allowed (委員長（相馬君）).
func speakerNamed(p meetingPart) bool {
	t := strings.TrimSpace(p.marker + p.text)
	t = strings.TrimLeft(t, "○◎◯〇● 　")
	i := strings.IndexFunc(t, func(r rune) bool { return isBlank(r) || r == '：' || r == ':' })
	if j := strings.IndexAny(t, "）)"); j > 0 && (i < 0 || j < i) && runes(t[:j]) <= 12 {
		i = j + len(string([]rune(t[j:])[0])) // 会長（松本）それでは…
	}
	if i <= 0 {
		return false
	}
	head := strings.TrimSpace(pageBracketRe.ReplaceAllString(t[:i], ""))
	for _, e := range speakerEnds {
		if strings.HasSuffix(head, e) {
			return true
		}
	}
	return false
}

// agendaRecord takes out of an agenda the record written under its items
// (「(1)…について」 then 「-資料1に基づき、事務局から説明-」, 「・…とする。」,
// 「(委員)…か。」): a line of prose — a sentence, a speaker's line, a stage
// direction between dashes — and the unnumbered lines after it up to the
// next numbered item are returned as a section of opinions; the numbered
// items stay. nil when the agenda holds no prose.
func agendaRecord(sec *meetingSection) *meetingSection {
	var keep, moved []meetingPart
	inProse := false
	for _, p := range sec.parts {
		numbered := numberedItem(p.text)
		switch {
		case agendaProse(p):
			inProse = true
			moved = append(moved, p)
		case inProse && !numbered:
			moved = append(moved, p)
		default:
			inProse = false
			keep = append(keep, p)
		}
	}
	if len(moved) == 0 {
		return nil
	}
	sec.parts = keep
	return &meetingSection{label: MeetingOpinions, as: sec.as, block: sec.block, parts: moved}
}

// numberedItem: a line opening with a number of a list ((1), 1., ①, ア).
func numberedItem(s string) bool {
	f := jtext.String(strings.TrimFunc(s, isBlank))
	if stripNumber(f) != f {
		return true
	}
	r, _ := utf8.DecodeRuneInString(f)
	return r >= '①' && r <= '⑳'
}

// agendaProse: a line under an agenda that is no item: a sentence (…とする。,
// …か？), a speaker's line ((委員)…, ○委員長 …), a stage direction between
// dashes (-資料1に基づき、事務局から説明-).
func agendaProse(p meetingPart) bool {
	t := strings.TrimFunc(p.text, isBlank)
	if speakerPart(p) || endsSentence(t) {
		return true
	}
	for _, d := range []string{"-", "－", "―", "—"} {
		if strings.HasPrefix(t, d) && strings.HasSuffix(t, d) && len(t) > 2*len(d) {
			return true
		}
	}
	return false
}

// speakerAlone: a speaker's mark and name on a line of their own, the
// speech on the lines after (○浦田委員長). Only outside lists, where ◎山田会長
// alone on a line is a member listed.
func speakerAlone(p meetingPart) bool {
	t := strings.TrimSpace(p.marker + p.text)
	r, size := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("○◎◯〇●", r) {
		return false
	}
	name := t[size:]
	if name == "" || runes(name) > 12 || strings.ContainsFunc(name, isBlank) {
		return false
	}
	name = strings.TrimSpace(pageBracketRe.ReplaceAllString(name, ""))
	for _, e := range speakerEnds {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// unmarkedSpeaker: a line of minutes naming its speaker without a mark,
// by a title or honorific before a colon (委員長（相馬君）：ただいまより…,
// 本間君：…). Only outside lists, where 委員：… is a sub-label.
func unmarkedSpeaker(s string) bool {
	t := strings.TrimSpace(s)
	i := strings.IndexAny(t, ":：")
	if i <= 0 || runes(t[:i]) > 14 || strings.TrimSpace(t[i:]) == "：" || strings.TrimSpace(t[i:]) == ":" {
		return false
	}
	head := strings.TrimSpace(pageBracketRe.ReplaceAllString(t[:i], ""))
	if head == "" || strings.ContainsFunc(head, isBlank) {
		return false
	}
	for _, e := range speakerEnds {
		if strings.HasSuffix(head, e) {
			return true
		}
	}
	return false
}

// splitProse ends a section at a speaker's line (○委員長 …), and a list
// section (attendees, agenda, materials) also at a long sentence, and gives
// that piece and the rest a section of their own (opinions, the record of
// what was said), so a record is never read as agenda items, attendees, a
// result or its outcome.
func splitProse(sections []*meetingSection) []*meetingSection {
	var out []*meetingSection
	for _, sec := range sections {
		out = append(out, sec)
		if sec.label == MeetingOpinions || sec.label == MeetingProposal {
			continue
		}
		if sec.label == MeetingAgenda {
			if record := agendaRecord(sec); record != nil {
				out = append(out, record)
			}
		}
		list := isListSection(sec.label)
		for k, p := range sec.parts {
			// a speaker's line ends any section: what was said is
			// discussion, never a result, an agenda item or a field's
			// value; outside lists the speaker must read as a person
			// (○議題1　原案のとおり承認 is an item of a result)
			if (speakerPart(p) && (list || speakerNamed(p))) || (!list && (unmarkedSpeaker(p.text) || speakerAlone(p))) ||
				(list && runes(p.text) > 60 && endsSentence(p.text)) {
				rest := &meetingSection{label: MeetingOpinions, as: sec.as, block: sec.block, parts: sec.parts[k:]}
				sec.parts = sec.parts[:k]
				out = append(out, rest)
				break
			}
		}
	}
	return out
}

// isSpeakerLine: a line of minutes opening with a speaker mark and a name
// (○委員長　…, ◎事務局　…, 委員：…).
func isSpeakerLine(s string) bool {
	r := []rune(strings.TrimSpace(s))
	if len(r) < 3 || !strings.ContainsRune("○◎◯〇●", r[0]) {
		return false
	}
	for i := 1; i < len(r) && i <= 12; i++ {
		if r[i] == ' ' || r[i] == '\u3000' || r[i] == '：' || r[i] == ':' {
			return true
		}
		if (r[i] == '）' || r[i] == ')') && i+1 < len(r) {
			return true // ○会長（松本）それでは…: the name in brackets
		}
	}
	return false
}

var inlineItemRe = regexp.MustCompile(`[ 　、，]+(?:[（(][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|[①-⑳])`)

// splitInlineItems splits a line holding several numbered items after
// white space or a comma: 「（１）計画について　（２）その他」,
// 「(1)予算について、(2)条例について」.
func splitInlineItems(s string) []string {
	if parts := splitCountedItems(s); parts != nil {
		return parts
	}
	idx := inlineItemRe.FindAllStringIndex(s, -1)
	if len(idx) == 0 {
		return []string{s}
	}
	var out []string
	prev := 0
	for _, m := range idx {
		out = append(out, s[prev:m[0]])
		prev = m[0]
	}
	out = append(out, s[prev:])
	for k := range out {
		out[k] = strings.TrimLeft(out[k], " 　、，")
	}
	return out
}

// splitCountedItems splits a line of items numbered with bare numbers in
// sequence, 「1 生産緑地地区の変更について 2 用途地域の見直しについて」 (a
// table cell holding the whole agenda): the line opens with 1 and a space,
// and each next number, one more than the last, stands between spaces. nil
// when the line is not such a list.
func splitCountedItems(s string) []string {
	f := strings.TrimSpace(s)
	if !strings.HasPrefix(f, "1 ") && !strings.HasPrefix(f, "1　") && !strings.HasPrefix(f, "１ ") && !strings.HasPrefix(f, "１　") {
		return nil
	}
	var out []string
	rest := f
	for n := 2; ; n++ {
		at := -1
		for _, d := range []string{strconv.Itoa(n), foldWidthDigits(strconv.Itoa(n))} {
			for _, sp := range [][2]string{{" ", " "}, {"　", "　"}, {" ", "　"}, {"　", " "}} {
				if i := strings.Index(rest, sp[0]+d+sp[1]); i > 0 && (at < 0 || i < at) {
					at = i
				}
			}
		}
		if at < 0 {
			break
		}
		out = append(out, rest[:at])
		rest = strings.TrimLeft(rest[at:], " 　")
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, rest)
}

// foldWidthDigits writes ASCII digits full-width (2 → ２).
func foldWidthDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = r - '0' + '０'
		}
		b.WriteRune(r)
	}
	return b.String()
}
