package load

import (
	"encoding/json"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// Page is an organization's policy page (運営方針, 経営方針, 経営目標,
// 局長方針 …): the unit and its head, when the page was updated, its
// sections, the plans it names, and the contact block.
type Page struct {
	// Title is the page's title line as written.
	Title string
	// Organization is the page's unit with its head; when the contact
	// block names units under it, those are its descendants. Nil when the
	// page does not name its unit.
	Organization *goal.Organization
	// ContactUnit is the unit of the contact block, inside Organization's
	// tree when the path starts at it; nil without a contact block.
	ContactUnit *goal.Organization
	// Updated is the 更新日 (date of update); zero when not stated.
	// UpdatedText is the date as written.
	Updated     goal.Date
	UpdatedText string
	// Sections are the page's sections in order.
	Sections []Section
	// Plans are the named plans (「…計画」, 『…戦略』), each once, in order.
	Plans []string
	// Coverage is the share of non-blank, non-furniture bytes that went
	// into the value; Unread what did not, line by line.
	Coverage float64
	Unread   []Unread
}

// Section is one section of a page: its canonical word (使命, 重点取組),
// its heading as written, the prose paragraphs and the items (bullets,
// numbered items) under it.
type Section struct {
	Word       string   `json:"word"`
	Heading    string   `json:"heading"`
	Paragraphs []string `json:"paragraphs"`
	Items      []string `json:"items"`
	Line       int      `json:"line"`
}

// Section returns the first section with the given word.
func (p *Page) Section(word string) (Section, bool) {
	for _, s := range p.Sections {
		if s.Word == word {
			return s, true
		}
	}
	return Section{}, false
}

// LoadPage reads an organization's policy page.
//
// The unit comes from the title (「令和5年度○○区運営方針」 → ○○区,
// 「部局経営目標【建設部】」 → 建設部, 「○○局長 経営方針」 → ○○局 with head
// title ○○局長), else the breadcrumb; the head from a line 「○○長 氏名」
// (after a photo caption, 「…の写真」) before the first section; the update
// date from 更新日 anywhere in a line, read with parse's date reader.
// Sections are found by the words their headings hold
// (DefaultSectionWords, extended by WithPageSections); bullets and
// numbered items under them are Items, prose Paragraphs. Plans are names
// in 「」 or 『』 ending in a plan word anywhere in the page. The contact
// block gives the unit path and telephone, fax, e-mail and address.
//
// Errors are *Error values wrapping parse.ErrEncoding, parse.ErrRead,
// parse.ErrTooLong, parse.ErrNoContent (neither a unit nor a section), or
// ErrWrongKind.
func LoadPage(r io.Reader, opts ...Option) (*Page, error) {
	return loadKind(r, KindPage, opts, readPage)
}

var pageReaders sharedReader

type pageLoader struct {
	d     *doc.Document
	u     *blockUse
	p     *parse.Parser
	words []SectionWord
	pg    *Page
	// listedPlans are plans named without brackets in a 関連計画 field.
	listedPlans []string
	// pendingHead is a head line read before the line naming the unit;
	// pendingSpan where it is, lineSpan the line frontLine reads.
	pendingHead goal.Head
	// headTitle is a line holding only a head's title (福祉局長) whose name
	// comes on a later line, after a photo caption (（写真） / 高橋 直子).
	headTitle             string
	headTitleSpan         doc.Span
	pendingSpan, lineSpan doc.Span
	// yearLine is a line holding only the year (令和6年度) above the title.
	yearLine string
	yearSpan doc.Span
	// sectionStyle and sectionLevel are the numbering style and level of
	// the numbered headings that opened sections (1．部の使命): a heading
	// numbered alike is a section too, whatever its words (2．現状認識).
	sectionStyle string
	sectionLevel int
	// crumbLast is the last step of the page's breadcrumb, found once.
	crumbLast string
	// sectionMark is the mark of the marked lines that opened sections
	// (■基本理念): a short line marked alike is a section too (■組織体制).
	sectionMark string
}

func readPage(text string, c Config) (*Page, *blockUse, error) {
	d, err := pageReaders.structure(KindPage, text, c, nil)
	if err != nil {
		return nil, nil, err
	}
	l := &pageLoader{d: d, u: newBlockUse(d), p: c.Parser, words: append(append([]SectionWord(nil), c.pageSections...), defaultSectionWords...),
		pg: &Page{}}
	l.crumbLast = breadcrumbLast(d)
	l.updated()
	contactAt := contactStart(d.Source)
	var sec *Section
	var contact []srcLine
	lastPara, lastParaEnd := -1, 0 // the section and last line of the paragraph just read
	var joins []paragraphParts     // paragraphs made of several lines, joined at the end
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if l.u.used[i] {
			continue
		}
		if contactAt >= 0 && b.Span.Start >= contactAt {
			l.u.use(i) // read below, line by line with the furniture there
			continue
		}
		if b.Kind == doc.Table && l.itemTable(b) {
			l.u.use(i)
			continue
		}
		if sec == nil {
			// before the first section: title, update date, head, caption,
			// each on its own source line even where the reader joined them.
			l.u.use(i)
			for _, ln := range sourceLines(l.d, b) {
				l.lineSpan = ln.span
				if l.frontLine(ln.text) {
					continue
				}
				if w, heading, ok := l.sectionOfText(ln.text, b.Kind == doc.Heading); ok {
					if w == SectionContact {
						continue
					}
					l.pg.Sections = append(l.pg.Sections, Section{Word: w, Heading: heading, Paragraphs: []string{}, Items: []string{}, Line: ln.line})
					sec = &l.pg.Sections[len(l.pg.Sections)-1]
					if len(sourceLines(l.d, b)) == 1 {
						l.numberedSection(b)
					}
					continue
				}
				if sec != nil {
					sec.Paragraphs = append(sec.Paragraphs, ln.text)
					continue
				}
				l.u.unreadSpan(ln.span)
			}
			continue
		}
		if l.pg.Organization == nil && b.Kind != doc.Bullet {
			// the page's title printed after its sections (a PDF's footer:
			// 北山区運営方針（令和6年度）)
			if t := sourceLine(d, b, strings.Join(blockLines(b), " ")); runes(t) <= 40 && !strings.HasSuffix(t, "。") {
				if unit, head := unitOfTitle(t); unit != "" {
					l.pg.Title = t
					l.pg.Organization = goal.NewOrganization(unit)
					l.pg.Organization.Head.Title = head
					l.u.use(i)
					continue
				}
			}
		}
		if w, heading, rest, ok := l.sectionOverProse(b); ok {
			// 区運営の基本的な考え方 / prose on the next line, joined by the
			// reader into one paragraph
			l.u.use(i)
			l.pg.Sections = append(l.pg.Sections, Section{Word: w, Heading: heading, Paragraphs: []string{rest}, Items: []string{}, Line: b.Line})
			sec = &l.pg.Sections[len(l.pg.Sections)-1]
			lastPara, lastParaEnd = len(l.pg.Sections), d.Line(max(b.Span.End-1, b.Span.Start))
			continue
		}
		if w, heading, ok := l.sectionOf(b); ok {
			l.u.use(i)
			if w == SectionContact {
				continue
			}
			l.pg.Sections = append(l.pg.Sections, Section{Word: w, Heading: heading, Paragraphs: []string{}, Items: []string{}, Line: b.Line})
			sec = &l.pg.Sections[len(l.pg.Sections)-1]
			l.numberedSection(b)
			continue
		}
		if l.likeSection(b) {
			// 2．現状認識 between 1．部の使命 and 3．今年度の重点目標: a section
			// whose words the table lacks; its Word stays empty
			l.u.use(i)
			l.pg.Sections = append(l.pg.Sections, Section{Heading: strings.TrimSpace(sourceLine(d, b, b.Text)), Paragraphs: []string{}, Items: []string{}, Line: b.Line})
			sec = &l.pg.Sections[len(l.pg.Sections)-1]
			continue
		}
		if isReaderNote(b.Text) {
			continue // a PDF reader note: unread, not the section's content
		}
		if l.pg.Organization != nil && l.pg.Organization.Head.Name == "" && b.Kind == doc.Paragraph {
			// the head's line under a greeting (区長あいさつ / ○○区長 氏名)
			if h, ok := headOf(sourceLine(d, b, b.Text)); ok && (unitOfHead(h.Title) == "" || unitOfHead(h.Title) == l.pg.Organization.Name || l.pg.Organization.Head.Title == "") {
				l.pg.Organization.Head = h
				l.u.use(i)
				continue
			}
		}
		if b.Kind == doc.Field {
			if w, _, ok := l.sectionOfText(b.LabelText, true); ok && w == "関連計画" {
				// 関連計画：○○計画（第4期）、△△プラン — a section of its own
				l.u.use(i)
				l.pg.Sections = append(l.pg.Sections, Section{Word: w, Heading: strings.TrimSpace(b.LabelText), Paragraphs: []string{strings.TrimSpace(b.Value)}, Items: []string{}, Line: b.Line})
				sec = &l.pg.Sections[len(l.pg.Sections)-1]
				lastPara = -1
				for _, name := range splitNames(b.Value) {
					if isPlanName(name) {
						l.listedPlans = append(l.listedPlans, name)
					}
				}
				continue
			}
		}
		l.u.use(i)
		switch {
		case b.Kind == doc.Bullet || (b.Kind == doc.Heading && b.Number != ""):
			sec.Items = append(sec.Items, statementOf(b))
			if sec.Word == "関連計画" {
				// ・○○市森林整備計画 under 関連する計画: a plan named without 「」
				if name, ok := listedPlan(statementOf(b)); ok {
					l.listedPlans = append(l.listedPlans, name)
				}
			}
		case b.Kind == doc.Table:
			sec.Items = append(sec.Items, blockLines(b)...)
		case b.Kind == doc.Field:
			sec.Paragraphs = append(sec.Paragraphs, blockLines(b)...)
		default:
			// paragraphs on consecutive lines, without a blank line between,
			// are one paragraph (as the page shows them)
			text := sourceLine(d, b, b.Text)
			if n := len(sec.Paragraphs); n > 0 && lastPara == len(l.pg.Sections) && b.Line == lastParaEnd+1 {
				// joined once at the end: appending to the string line by
				// line would copy a long paragraph once per line
				si := len(l.pg.Sections) - 1
				if k := len(joins) - 1; k >= 0 && joins[k].sec == si && joins[k].para == n-1 {
					joins[k].parts = append(joins[k].parts, text)
				} else {
					joins = append(joins, paragraphParts{sec: si, para: n - 1, parts: []string{sec.Paragraphs[n-1], text}})
				}
			} else {
				sec.Paragraphs = append(sec.Paragraphs, text)
			}
			lastPara, lastParaEnd = len(l.pg.Sections), d.Line(max(b.Span.End-1, b.Span.Start))
			continue
		}
		lastPara = -1
	}
	for _, j := range joins {
		l.pg.Sections[j.sec].Paragraphs[j.para] = strings.Join(j.parts, "")
	}
	if contactAt >= 0 {
		contact = textLines(d, contactAt, len(d.Source))
	}
	l.contact(contact)
	if l.pg.Organization == nil {
		// no title names the unit: the deepest unit of the breadcrumb
		if name := breadcrumbOrg(d); name != "" {
			l.pg.Organization = goal.NewOrganization(name)
		}
	}
	if l.headTitle != "" {
		l.u.unreadSpan(l.headTitleSpan) // a head's title with no name after it
	}
	if o := l.pg.Organization; o != nil && !l.pendingHead.IsZero() && o.Head.Name == "" {
		o.Head = l.pendingHead
	} else if !l.pendingHead.IsZero() {
		l.u.unreadSpan(l.pendingSpan) // a head of no unit named on the page
	}
	if l.yearLine != "" && !strings.Contains(l.pg.Title, l.yearLine) {
		l.u.unreadSpan(l.yearSpan) // a year above no title
	}
	l.pg.Plans = namedPlans(d.Source)
	for _, name := range l.listedPlans {
		if !slices.Contains(l.pg.Plans, name) {
			l.pg.Plans = append(l.pg.Plans, name)
		}
	}
	// in order of first appearance, whether in 「」 or in a list
	slices.SortStableFunc(l.pg.Plans, func(a, b string) int { return firstAt(d.Source, a) - firstAt(d.Source, b) })
	if l.pg.Organization == nil && len(l.pg.Sections) == 0 {
		return nil, nil, errNoContent(KindPage, "neither a unit nor a section")
	}
	l.pg.Unread = l.u.unreadIn(0, -1)
	l.pg.Coverage = l.u.coverageIn(0, -1)
	return l.pg, l.u, nil
}

// paragraphParts are the lines of one paragraph of a section, in order.
type paragraphParts struct {
	sec, para int
	parts     []string
}

// numberedSection keeps the numbering of a heading that opened a section,
// the first one only: the page's top-level sections are numbered alike.
func (l *pageLoader) numberedSection(b *doc.Block) {
	if l.sectionStyle == "" && b.Kind == doc.Heading && b.Number != "" && b.Style != "" && b.Style != "word" {
		l.sectionStyle, l.sectionLevel = b.Style, b.Level
	}
	if l.sectionMark == "" && b.Kind == doc.Bullet {
		l.sectionMark = strings.TrimSpace(b.Marker)
	}
	if l.sectionMark == "" && b.Kind == doc.Heading && b.Number == "" {
		// ■基本方針, which the reader reads as a worded heading
		for _, m := range sectionMarks {
			if strings.HasPrefix(strings.TrimSpace(b.Text), m) {
				l.sectionMark = m
			}
		}
	}
}

// likeSection reports whether a block is numbered or marked as the
// headings that opened sections are, and short enough to be a heading.
func (l *pageLoader) likeSection(b *doc.Block) bool {
	switch {
	case l.sectionStyle != "" && b.Kind == doc.Heading && b.Style == l.sectionStyle && b.Level == l.sectionLevel && b.Title != "":
		return true
	case l.sectionMark != "" && b.Kind == doc.Bullet && strings.TrimSpace(b.Marker) == l.sectionMark:
		t := strings.TrimSpace(b.Text)
		return runes(t) <= 20 && !strings.ContainsAny(t, "。、，,")
	}
	return false
}

// itemTable reads a page laid out as a table of two columns, 項目 | 内容
// (item | content): the unit and head rows (事務所名, 所長) give the unit and
// its head, every other row a section headed by its left cell, whose right
// cell holds the section's items (1 … 2 …, ・… ・…) or its prose. It reports
// whether b was such a table.
func (l *pageLoader) itemTable(b *doc.Block) bool {
	pairs := 0
	for _, r := range b.Rows {
		if c := nonEmptyTrailing(r.Cells); len(c) == 2 && itemLabel(c[0].Text) {
			pairs++
		}
	}
	if pairs < 3 || 3*pairs < 2*len(b.Rows) {
		return false
	}
	for _, r := range b.Rows {
		c := nonEmptyTrailing(r.Cells)
		if len(c) != 2 || !itemLabel(c[0].Text) {
			continue
		}
		label, value := strings.TrimSpace(c[0].Text), strings.TrimSpace(l.d.Source[c[1].Span.Start:c[1].Span.End])
		if r.Header || slices.Contains(itemTableHeaders, normKey(label)) {
			continue
		}
		if isOrgName(value) && strings.HasSuffix(normKey(label), "名") && !strings.HasSuffix(normKey(label), "長名") {
			if l.pg.Organization == nil {
				l.pg.Organization = goal.NewOrganization(value) // 事務所名 | 東部土木事務所
			}
			continue
		}
		if h, ok := headOf(label + " " + value); ok && strings.HasSuffix(label, "長") && runes(label) <= 8 {
			if l.pg.Organization != nil && l.pg.Organization.Head.Name == "" {
				l.pg.Organization.Head = h // 所長 | 藤森 千尋
			}
			continue
		}
		w, _, _ := l.sectionOfText(label, true)
		sec := Section{Word: w, Heading: label, Paragraphs: []string{}, Items: []string{}, Line: l.d.Line(r.Span.Start)}
		if items := cellListItems(value); len(items) >= 2 {
			sec.Items = items
		} else {
			sec.Paragraphs = append(sec.Paragraphs, collapseSpaces(value))
		}
		l.pg.Sections = append(l.pg.Sections, sec)
	}
	return true
}

// itemTableHeaders head the columns of an item table.
var itemTableHeaders = []string{"項目", "内容", "区分", "事項"}

// itemLabel: a left cell of an item table: short, no sentence.
func itemLabel(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && runes(t) <= 12 && !strings.ContainsAny(t, "。、")
}

// cellListItems splits a cell holding a list run together on one line
// (「1 道路の…。 2 橋梁の…。」, 「・夜間の… ・河川の…」) into its items; nil
// when it holds fewer than two.
func cellListItems(s string) []string {
	var items []string
	var cur []string
	flush := func() {
		if t := strings.Join(cur, " "); t != "" {
			items = append(items, t)
		}
		cur = nil
	}
	words := strings.FieldsFunc(s, isBlank)
	for k := 0; k < len(words); k++ {
		w := words[k]
		prevEnds := len(cur) == 0 || strings.HasSuffix(cur[len(cur)-1], "。")
		switch {
		case prevEnds && k+1 < len(words) && isItemNumberCell(w) && !strings.ContainsAny(w, "()（）"):
			flush() // 1 道路の…
			continue
		case prevEnds && (strings.HasPrefix(w, "・") || strings.HasPrefix(w, "●") || strings.HasPrefix(w, "○")):
			flush()
			_, size := utf8.DecodeRuneInString(w)
			if w = w[size:]; w == "" {
				continue
			}
		}
		cur = append(cur, w)
	}
	flush()
	if len(items) < 2 {
		return nil
	}
	return items
}

// sectionOf reports whether a block is a section heading: a heading, or a
// short line with no sentence end, holding a section phrase.
func (l *pageLoader) sectionOf(b *doc.Block) (string, string, bool) {
	var t string
	switch b.Kind {
	case doc.Heading:
		t = b.Title
		if t == "" {
			t = b.Text
		}
	case doc.Paragraph:
		t = b.Text
	case doc.Bullet:
		if !slices.Contains(sectionMarks, strings.TrimSpace(b.Marker)) {
			return "", "", false
		}
		t = b.Text // ■基本理念: a marked heading
	case doc.Field:
		if strings.TrimSpace(b.Value) != "" {
			return "", "", false
		}
		t = b.LabelText
	default:
		return "", "", false
	}
	if strings.Contains(t, "\n") {
		return "", "", false
	}
	return l.sectionOfText(sourceLine(l.d, b, strings.Join(blockLines(b), " ")), b.Kind == doc.Heading)
}

// sectionOverProse reports whether a paragraph the reader joined from
// several lines starts with a section heading: a short first line with no
// sentence end or comma that sectionOfText takes, then prose. It returns
// the section's word, the heading and the prose after it.
func (l *pageLoader) sectionOverProse(b *doc.Block) (word, heading, rest string, ok bool) {
	marked := b.Kind == doc.Bullet && slices.Contains(sectionMarks, strings.TrimSpace(b.Marker))
	if b.Kind != doc.Paragraph && !marked {
		return "", "", "", false
	}
	lines := sourceLines(l.d, b)
	if len(lines) < 2 || strings.ContainsAny(lines[0].text, "。、，,：:") {
		return "", "", "", false
	}
	w, h, ok := l.sectionOfText(lines[0].text, false)
	if !ok && marked && strings.TrimSpace(b.Marker) == l.sectionMark && runes(lines[0].text) <= 20 && !isBreadcrumb(lines[0].text) {
		// ■組織体制 over its prose, marked as the sections before it: a
		// section whose words the table lacks
		w, h, ok = "", strings.TrimSpace(lines[0].text), true
	}
	if !ok || w == SectionContact {
		return "", "", "", false
	}
	if marked {
		l.numberedSection(b)
	}
	var prose []string
	for _, ln := range lines[1:] {
		prose = append(prose, ln.text)
	}
	return w, h, strings.Join(prose, ""), true
}

// sectionOfText reports whether a line is a section heading: short, no
// sentence end, holding a section phrase.
func (l *pageLoader) sectionOfText(t string, heading bool) (string, string, bool) {
	if runes(t) > 40 || strings.HasSuffix(strings.TrimSpace(t), "。") || isBreadcrumb(t) || isFileLink(t) {
		return "", "", false
	}
	k := normKey(t)
	if runes(k) > 30 {
		return "", "", false
	}
	for _, w := range l.words {
		for _, ph := range w.Phrases {
			if strings.Contains(k, normKey(ph)) {
				return w.Word, strings.TrimSpace(t), true
			}
		}
		for _, e := range w.Endings {
			if strings.HasSuffix(k, normKey(e)) && !strings.ContainsAny(t, "、，,") {
				return w.Word, strings.TrimSpace(t), true
			}
		}
	}
	return "", "", false
}

// frontLine reads a line before the first section: a photo caption, the
// head, the title, a second title line restating the unit, the update
// line. It reports whether the line was read.
func (l *pageLoader) frontLine(t string) bool {
	if isFurnitureText(t) {
		return true
	}
	if t == l.crumbLast && t != "" && runes(t) <= 60 && (l.pg.Title == "" || l.pg.Title == t ||
		l.pg.Organization != nil && l.pg.Title == l.pg.Organization.Name) {
		// the page's name, the last step of its breadcrumb (消防長あいさつ・
		// 運営方針): the title, never a section, even when it holds a
		// section's words; it replaces a site header that only names the
		// unit (北浜市消防本部)
		l.pg.Title = t
		if unit, head := unitOfTitle(t); unit != "" && l.pg.Organization == nil {
			l.pg.Organization = goal.NewOrganization(unit)
			l.pg.Organization.Head.Title = head
		}
		return true
	}
	if c := photoRe.FindString(t); c == t && runes(t) <= 20 {
		return true // a photo's caption
	}
	if l.pg.Title != "" && (t == l.pg.Title || l.yearLine != "" && l.yearLine+" "+t == l.pg.Title) {
		return true // the title printed twice (a heading and the page's name)
	}
	if l.pg.Title == "" && l.yearLine == "" && eraOnlyRe.MatchString(t) {
		// 令和6年度 on its own line above the title: part of it
		l.yearLine, l.yearSpan = t, l.lineSpan
		return true
	}
	if l.pg.UpdatedText != "" && strings.Contains(t, l.pg.UpdatedText) && runes(t) <= 60 {
		return true // the update line (記事番号：… 更新日：…)
	}
	if l.headTitle != "" && isPersonName(t) {
		if h, ok := headOf(l.headTitle + " " + t); ok {
			l.headTitle = ""
			if l.pg.Organization == nil {
				l.pg.Organization = goal.NewOrganization(unitOfHead(h.Title))
			}
			if l.pg.Organization.Head.Name == "" {
				l.pg.Organization.Head = h
			}
			return true
		}
	}
	if l.headTitle == "" && isHeadTitleLine(t) && (l.pg.Organization == nil && unitOfHead(t) != "" ||
		l.pg.Organization != nil && l.pg.Organization.Head.Name == "" && (unitOfHead(t) == "" || unitOfHead(t) == l.pg.Organization.Name)) {
		l.headTitle, l.headTitleSpan = t, l.lineSpan
		return true
	}
	if h, ok := headOf(t); ok && (l.pg.Organization == nil || l.pg.Organization.Head.Name == "") {
		unit := unitOfHead(h.Title)
		if l.pg.Organization == nil && unit != "" {
			l.pg.Organization = goal.NewOrganization(unit)
		}
		if l.pg.Organization == nil && l.pendingHead.IsZero() {
			// 区長 山田 花子 before the title that names the ward
			l.pendingHead, l.pendingSpan = h, l.lineSpan
			return true
		}
		if l.pg.Organization != nil && (unit == "" || unit == l.pg.Organization.Name || l.pg.Organization.Head.Title == "") {
			l.pg.Organization.Head = h
			return true
		}
	}
	if l.pg.Title == "" && runes(t) <= 60 && !strings.HasSuffix(t, "。") && !siteName(t) {
		if unit, head := unitOfTitle(t); unit != "" {
			l.pg.Title = t
			if l.yearLine != "" && !strings.Contains(t, l.yearLine) {
				l.pg.Title = l.yearLine + " " + t
			}
			if l.pg.Organization == nil {
				l.pg.Organization = goal.NewOrganization(unit)
			}
			if head != "" && l.pg.Organization.Head.Title == "" {
				l.pg.Organization.Head.Title = head
			}
			if !l.pendingHead.IsZero() && l.pg.Organization.Head.Name == "" {
				l.pg.Organization.Head = l.pendingHead
				l.pendingHead = goal.Head{}
			}
			return true
		}
	}
	// a second title line naming the unit more fully: 振興局経営目標, then
	// 令和3年度 部局経営目標（山里振興局）
	if o := l.pg.Organization; o != nil && runes(t) <= 60 && !strings.HasSuffix(t, "。") {
		if u, _ := unitOfTitle(t); u != "" && u != o.Name && strings.HasSuffix(u, o.Name) {
			o.Name, o.Kind = u, goal.OrgKindOf(u)
			return true
		}
	}
	// a second title line restating the unit: 令和6年度 部局経営目標（建設部）
	if o := l.pg.Organization; o != nil && runes(t) <= 60 && strings.Contains(t, o.Name) && !strings.HasSuffix(t, "。") {
		if _, _, isSection := l.sectionOfText(t, false); !isSection || strings.Contains(t, "年度") {
			return true
		}
	}
	return false
}

// srcLine is one non-blank source line of a block.
type srcLine struct {
	text string
	line int
	span doc.Span
}

// fileLinkRe is the note of a link to a file: （PDF：182KB）, (PDF形式 1.2MB),
// [Word 35KB].
var fileLinkRe = regexp.MustCompile(`(?i)[（(\[［](?:PDF|Word|Excel|ワード|エクセル)[^）)\]］]*?[0-9０-９.,]+\s*(?:KB|MB|キロバイト|メガバイト)[^）)\]］]*[）)\]］]`)

// isFileLink: a line naming a file to download (市民生活部の運営方針（PDF：182KB）),
// never a section's heading.
func isFileLink(s string) bool { return fileLinkRe.MatchString(s) }

// isReaderNote: a note about reading PDF files (Adobe Acrobat Reader),
// page furniture the structure reader did not know.
func isReaderNote(s string) bool {
	return strings.Contains(s, "Adobe") && containsAny(s, []string{"Reader", "ダウンロード", "PDF", "Acrobat"})
}

// photoRe is a photo's caption before a head's line: 局長の写真, （写真）,
// ［写真］, 写真：. The marker and its brackets are never part of a name.
var photoRe = regexp.MustCompile(`^.*写真[)）\]］】〕]?[:：]?`)

// headOf reads a head line: an optional photo caption (…の写真), a title
// ending in 長 (chief: 局長, 区長, 市長公室長) or another of headTitleEndings
// (上下水道事業管理者), white space, and a name of at
// most 12 characters. 室長の写真市長公室長 森 功一 → {市長公室長, 森 功一}.
func headOf(s string) (goal.Head, bool) {
	s = strings.TrimFunc(photoRe.ReplaceAllString(s, ""), isBlank)
	sp := strings.IndexFunc(s, isBlank)
	if sp < 0 {
		return goal.Head{}, false
	}
	title, name := s[:sp], strings.TrimFunc(s[sp:], isBlank)
	if !hasAnySuffix(title, headTitleEndings) || runes(title) > 16 || runes(title) < 2 || name == "" || runes(name) > 12 ||
		strings.ContainsAny(name, "。、「」（）()：:") || containsAny(name, notNames) {
		return goal.Head{}, false
	}
	name = strings.Join(strings.FieldsFunc(name, isBlank), " ")
	return goal.Head{Title: title, Name: name}, true
}

// isHeadTitleLine: a line that is only a head's title (福祉局長, 区長),
// its name to come on a later line.
func isHeadTitleLine(t string) bool {
	return strings.HasSuffix(t, "長") && runes(t) >= 2 && runes(t) <= 16 && !strings.ContainsFunc(t, isBlank) &&
		!strings.ContainsAny(t, "。、「」（）()：:") && (unitOfHead(t) != "" || runes(t) <= 3)
}

// isPersonName: a line that reads as a person's name, family and given
// name between a space (高橋 直子): two words of kanji or kana, short.
func isPersonName(t string) bool {
	words := strings.FieldsFunc(t, isBlank)
	if len(words) != 2 {
		return false
	}
	for _, w := range words {
		if runes(w) > 6 {
			return false
		}
		for _, r := range w {
			if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '々' {
				return false
			}
		}
	}
	return !containsAny(t, notNames)
}

// breadcrumbLast is the last step of the page's breadcrumb (ホーム > … >
// 消防長あいさつ・運営方針), "" when it has none.
func breadcrumbLast(d *doc.Document) string {
	for _, sp := range d.Furniture {
		t := d.Source[sp.Start:sp.End]
		if !isBreadcrumb(t) {
			continue
		}
		last := t
		for _, sep := range breadcrumbSeparators {
			if i := strings.LastIndex(last, sep); i >= 0 {
				last = last[i+len(sep):]
			}
		}
		return strings.TrimFunc(last, isBlank)
	}
	return ""
}

// siteName: a line that is only a municipality's name (桜ヶ丘市, 海浜町), the
// site's name over every page, not the title of a unit's policy.
func siteName(t string) bool {
	t = strings.TrimFunc(t, isBlank)
	return isMunicipality(t) && isOrgName(t) && !strings.ContainsFunc(t, isBlank)
}

// unitOfHead is the unit a head's title leads: 環境局長 → 環境局, 緑ヶ丘区長 →
// 緑ヶ丘区, 市長公室長 → 市長公室; "" when the rest names no unit (市長).
func unitOfHead(title string) string {
	u := strings.TrimSuffix(title, "長")
	if isOrgName(u) {
		return u
	}
	return ""
}

// eraNamesRe matches the name of any era in goal's era table (令和, 平成 …):
// the one era list, not a second one written out here.
var eraNamesRe = func() string {
	var names []string
	for _, e := range goal.Eras() {
		names = append(names, regexp.QuoteMeta(e.Name()))
	}
	return "(?:" + strings.Join(names, "|") + ")"
}()

// eraPrefixRe is a year before a unit's name in a title: 令和5年度, 2024年度.
var eraPrefixRe = regexp.MustCompile(`^` + eraNamesRe + `?[0-9０-９元]+年度?`)

// eraOnlyRe is a line that is only a fiscal year: 令和6年度, 2024年度.
var eraOnlyRe = regexp.MustCompile(`^` + eraNamesRe + `?[0-9０-９元]+年度(?:[（(][^（）()]*[)）])?$`)

// bracketTailRe is a remark in brackets after a title: （令和6年度）.
var bracketTailRe = regexp.MustCompile(`[（(][^（）()]*[)）]$`)

// unitOfTitle finds the unit a page title names, and a head title when the
// title is a head's (環境局長 経営方針).
func unitOfTitle(t string) (unit, head string) {
	// bracketed: 部局経営目標【建設部】, （建設部）
	for _, pair := range [][2]string{{"【", "】"}, {"（", "）"}, {"(", ")"}, {"〔", "〕"}} {
		if i := strings.Index(t, pair[0]); i >= 0 {
			if j := strings.Index(t[i:], pair[1]); j > 0 {
				inner := strings.TrimSpace(t[i+len(pair[0]) : i+j])
				if isOrgName(inner) {
					return inner, ""
				}
			}
		}
	}
	for _, w := range strings.FieldsFunc(t, isBlank) {
		w = bracketTailRe.ReplaceAllString(eraPrefixRe.ReplaceAllString(w, ""), "")
		for _, suf := range pageTitleSuffixes {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		if i := strings.LastIndex(w, "・"); i >= 0 {
			// 区長あいさつ・区運営方針: two pages' names; the unit, if any, is
			// in the last
			w = w[i+len("・"):]
		}
		if isOrgName(w) {
			return w, ""
		}
		if strings.HasSuffix(w, "長") {
			if u := unitOfHead(w); u != "" {
				return u, w
			}
		}
	}
	return "", ""
}

// updated finds 更新日 anywhere in a line and reads the date after it.
func (l *pageLoader) updated() {
	src := l.d.Source
	for _, lab := range updateLabels {
		i := strings.Index(src, lab)
		if i < 0 {
			continue
		}
		rest := src[i+len(lab):]
		if nl := strings.IndexAny(rest, "\r\n"); nl >= 0 {
			rest = rest[:nl]
		}
		rest = strings.TrimLeft(rest, ":：　 ")
		ds, err := l.p.Dates(rest)
		if err != nil || len(ds) == 0 || ds[0].Kind != goal.DateKindDate || ds[0].Span.Start > 6 {
			continue
		}
		l.setUpdated(ds[0], i)
		return
	}
	// the date first: 2024.05.15 更新, 令和6年6月3日掲載
	for _, ln := range textLines(l.d, 0, len(src)) {
		t := strings.TrimFunc(ln.text, isBlank)
		if runes(t) > 40 || !hasAnySuffix(t, updateAfterDate) {
			continue
		}
		ds, err := l.p.Dates(t)
		if err != nil || len(ds) == 0 || ds[0].Kind != goal.DateKindDate || ds[0].Span.Start > 0 {
			continue
		}
		if rest := strings.TrimFunc(t[ds[0].Span.End:], isBlank); !slices.Contains(updateAfterDate, rest) {
			continue
		}
		l.setUpdated(ds[0], ln.span.Start)
		return
	}
}

// setUpdated takes d, found in the line holding byte at, as the update
// date; the block of that one line is read.
func (l *pageLoader) setUpdated(d goal.DateMention, at int) {
	src := l.d.Source
	l.pg.Updated = d.Date
	l.pg.UpdatedText = d.Text
	ls := strings.LastIndexAny(src[:at], "\r\n") + 1
	for k := range l.d.Blocks {
		b := &l.d.Blocks[k]
		if b.Span.Start >= ls && b.Span.Start <= at && !strings.ContainsAny(src[b.Span.Start:b.Span.End], "\r\n") && runes(src[b.Span.Start:b.Span.End]) <= 60 {
			l.u.use(k)
		}
	}
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// contact reads the contact block: the unit path, telephone, fax, e-mail
// and postal address; other lines are unread.
func (l *pageLoader) contact(lines []srcLine) {
	var c goal.Contact
	var path []string
	for _, ln := range lines {
		if normKey(ln.text) == "" || containsAny(ln.text, contactPhrases) {
			continue
		}
		for _, s := range contactParts(ln.text) {
			switch kind, value := contactField(s); kind {
			case "tel":
				c.Telephone = value
			case "fax":
				c.Fax = value
			case "email":
				c.Email = value
			case "postal":
				code, addr := value, ""
				if sp := strings.IndexFunc(value, isBlank); sp >= 0 {
					code, addr = value[:sp], strings.TrimFunc(value[sp:], isBlank)
				}
				c.PostalCode, c.Address = code, addr
			default:
				words := strings.FieldsFunc(s, isBlank)
				switch {
				case path == nil && len(words) > 0 && isOrgName(words[0]):
					path = words
				case strings.Contains(s, "メールを送る") || strings.Contains(s, "お問い合わせフォーム"):
					// a link: read
				default:
					if !inSpans(l.d.Furniture, ln.span.Start) {
						l.u.unreadSpan(ln.span)
					}
				}
			}
		}
	}
	if path == nil && c.IsZero() {
		return
	}
	if len(path) == 0 {
		if l.pg.Organization == nil {
			return
		}
		path = []string{l.pg.Organization.Name}
	}
	var at *goal.Organization
	if l.pg.Organization != nil && path[0] == l.pg.Organization.Name {
		at = l.pg.Organization
	} else {
		at = goal.NewOrganization(path[0])
		if l.pg.Organization == nil {
			l.pg.Organization = at
		}
	}
	for _, name := range path[1:] {
		var child *goal.Organization
		for _, ch := range at.Children {
			if ch.Name == name {
				child = ch
			}
		}
		if child == nil {
			child = goal.NewOrganization(name)
			at.AddChild(child)
		}
		at = child
	}
	at.Contact = c
	l.pg.ContactUnit = at
}

// contactLabels open a contact field on a line: telephone, fax, e-mail.
var contactLabels = []string{"電話", "TEL", "Tel", "ファクス", "ファックス", "FAX", "Fax", "メールアドレス", "E-mail", "Email", "〒"}

// contactParts cuts a line holding several contact fields
// (「電話：06-1234-5678　ファックス：06-1234-5679」) at the spaces before each
// label; a line with one field or none is one part.
func contactParts(s string) []string {
	words := strings.FieldsFunc(s, isBlank)
	var parts []string
	for _, w := range words {
		opens := false
		for _, lab := range contactLabels {
			if strings.HasPrefix(w, lab) {
				opens = true
				break
			}
		}
		if opens || len(parts) == 0 {
			parts = append(parts, w)
		} else {
			parts[len(parts)-1] += " " + w
		}
	}
	labelled := 0
	for _, p := range parts {
		if k, _ := contactField(p); k != "" {
			labelled++
		}
	}
	if labelled < 2 {
		return []string{s}
	}
	return parts
}

// contactField recognizes a contact line: its kind and value.
func contactField(s string) (kind, value string) {
	for _, f := range []struct{ kind, label string }{
		{"tel", "電話番号"}, {"tel", "電話"}, {"tel", "TEL"}, {"tel", "Tel"},
		{"fax", "ファクス番号"}, {"fax", "ファクス"}, {"fax", "ファックス番号"}, {"fax", "ファックス"}, {"fax", "FAX"}, {"fax", "Fax"},
		{"email", "メールアドレス"}, {"email", "E-mail"}, {"email", "Email"},
	} {
		if rest, ok := strings.CutPrefix(s, f.label); ok {
			rest = strings.TrimLeft(rest, ":：　 ")
			if rest != "" {
				return f.kind, strings.TrimSpace(rest)
			}
		}
	}
	if rest, ok := strings.CutPrefix(s, "〒"); ok {
		return "postal", strings.TrimSpace(rest)
	}
	if strings.Contains(s, "@") && !strings.ContainsAny(s, " 　") {
		return "email", s
	}
	return "", ""
}

// fileSizeRe is a link's file note after a name: （PDF：1.2MB）.
var fileSizeRe = regexp.MustCompile(`[（(](?:PDF|pdf|ＰＤＦ|Word|Excel)[^（）()]*[)）]$`)

// listedPlan reads an item under a related-plans heading as a plan's name:
// a plan word in it (計画, 戦略, ビジョン …), no sentence, and no ending that
// names something else (制度, 条例, a file). A link's file note is dropped.
func listedPlan(item string) (string, bool) {
	name := strings.TrimFunc(fileSizeRe.ReplaceAllString(strings.TrimSpace(item), ""), isBlank)
	if runes(name) < 3 || runes(name) > 60 || strings.ContainsAny(name, "。、") {
		return "", false
	}
	k := strings.ToLower(name)
	for _, e := range notPlanEndings {
		if strings.HasSuffix(k, e) {
			return "", false
		}
	}
	if isPlanName(name) || containsAny(name, planWords) {
		return name, true
	}
	return "", false
}

// namedPlans returns the names in 「」 or 『』 that name a plan: a plan word
// followed by nothing but a year, an edition or a bracketed remark
// (堺市基本計画2025, 環境基本計画（第3次）). Each once, in order of
// appearance; linear in the text.
func namedPlans(s string) []string {
	out := []string{}
	seen := map[string]bool{}
	type open struct{ at, size int }
	var stack []open
	for i, r := range s {
		switch r {
		case '「', '『':
			stack = append(stack, open{i, len(string(r))})
			if len(stack) > 32 {
				stack = stack[1:]
			}
		case '」', '』':
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			name := s[o.at+o.size : i]
			if strings.ContainsAny(name, "\r\n") {
				continue
			}
			if isPlanName(name) && !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		case '\n':
			stack = stack[:0]
		}
	}
	return out
}

var planTailRe = regexp.MustCompile(`^[0-9０-９年度版・ 　]*(?:[（(][^（）()]{0,20}[)）])?$`)

func isPlanName(name string) bool {
	if runes(name) > 60 || runes(name) < 3 {
		return false
	}
	for _, w := range planWords {
		i := strings.LastIndex(name, w)
		if i <= 0 {
			continue
		}
		if planTailRe.MatchString(name[i+len(w):]) {
			return true
		}
	}
	return false
}

// pageJSON is the documented JSON of a page.
type pageJSON struct {
	Kind         Kind               `json:"kind"`
	Title        string             `json:"title"`
	Organization *goal.Organization `json:"organization"`
	ContactUnit  []string           `json:"contact_unit,omitempty"`
	Updated      *goal.Date         `json:"updated,omitempty"`
	UpdatedText  string             `json:"updated_text,omitempty"`
	Sections     []Section          `json:"sections"`
	Plans        []string           `json:"plans"`
	Coverage     float64            `json:"coverage"`
	Unread       []Unread           `json:"unread"`
}

// MarshalJSON writes the documented form:
//
//	{"kind":"page","title","organization":{…}|null,"contact_unit"?:[path],
//	 "updated"?:"YYYY-MM-DD","updated_text"?,"sections":[{"word","heading",
//	 "paragraphs","items","line"}],"plans":[…],"coverage","unread":[…]}
func (p Page) MarshalJSON() ([]byte, error) {
	j := pageJSON{Kind: KindPage, Title: p.Title, Organization: p.Organization, UpdatedText: p.UpdatedText,
		Sections: p.Sections, Plans: p.Plans, Coverage: round3(p.Coverage), Unread: p.Unread}
	if j.Sections == nil {
		j.Sections = []Section{}
	}
	if j.Plans == nil {
		j.Plans = []string{}
	}
	if j.Unread == nil {
		j.Unread = []Unread{}
	}
	if p.ContactUnit != nil {
		j.ContactUnit = p.ContactUnit.Path()
	}
	if !p.Updated.IsZero() {
		d := p.Updated
		j.Updated = &d
	}
	return json.Marshal(j)
}

// isBreadcrumb: a navigation path (ホーム > 組織から探す > 総務部).
func isBreadcrumb(s string) bool {
	n := 0
	for _, sep := range breadcrumbSeparators {
		n += strings.Count(s, sep)
	}
	return n >= 2
}

// breadcrumbSeparators stand between the steps of a breadcrumb (ホーム ≫ 消防本部について ≫ …).
var breadcrumbSeparators = []string{">", "＞", "›", "»", "≫"}

// furnitureWords are navigation words beyond the reader's furniture
// phrases that a line made only of furniture may hold.
var furnitureWords = []string{"本文", "メニュー", "ここから", "ここまで"}

// isFurnitureText: a line made only of page furniture phrases
// (「ページの先頭です。 メニューを飛ばして本文へ」), which the reader leaves
// when two share a line.
func isFurnitureText(t string) bool {
	rest := t
	for _, p := range doc.DefaultFurniture() {
		rest = strings.ReplaceAll(rest, p, "")
	}
	for _, p := range furnitureWords {
		rest = strings.ReplaceAll(rest, p, "")
	}
	return strings.TrimFunc(rest, func(r rune) bool { return isBlank(r) || strings.ContainsRune("。、.・|｜", r) }) == "" && rest != t
}

// notNames are words after a title ending in 長 that show the line is no
// head's name: 市長 あいさつ, 局長 メッセージ, 区長 運営方針.
var notNames = []string{"方針", "目標", "計画", "あいさつ", "挨拶", "メッセージ", "について", "より", "から", "紹介", "プロフィール"}

// firstAt is the offset of the first s in src; past the end when there is
// none (a name the reader repaired), so it sorts last.
func firstAt(src, s string) int {
	if i := strings.Index(src, s); i >= 0 {
		return i
	}
	return len(src)
}
