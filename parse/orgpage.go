package parse

import (
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// orgPageDoc names the document kind in an organization page's errors.
const orgPageDoc = "organization page"

// OrganizationPage is a local government unit's policy page as municipal
// web sites publish it (Sakai City's 「市長公室」 page, say): who the unit is
// and who leads it, how it means to run itself, the reforms and this
// year's focus, the plans it names, and who wrote the page.
type OrganizationPage struct {
	// Organization is the page's unit (市長公室) with its head, and — when
	// the contact block names units under it (市長公室 秘書部 秘書課) —
	// those units as its descendants, the last holding the contact.
	Organization *goal.Organization
	// ContactUnit is the unit of the contact block (このページの作成担当,
	// "the author of this page"): 秘書課 inside Organization's tree, or a
	// separate tree when the block names another root. Nil when the page
	// has no contact block.
	ContactUnit *goal.Organization
	// Updated is the page's 更新日 (date of update); zero when the page
	// states none or the date cannot be read, UpdatedText is as written.
	Updated     goal.Date
	UpdatedText string
	// Policies are the paragraphs under 「このような考え方で組織を運営します」
	// ("we run the organization with these ideas"), one per block of
	// lines separated by a blank line, the lines of a block joined.
	Policies []string
	// Reforms are the ・ items under 「このように行財政改革に取り組みます」
	// ("we tackle administrative and fiscal reform like this").
	Reforms []string
	// FocusAreas are the paragraphs under 「今年度は特に以下のことについて
	// 重点的に取り組みます」 ("this year we focus on the following").
	FocusAreas []string
	// Plans are the plans, strategies and guidelines the page names in
	// 「」 or 『』 (堺市基本計画2025, 堺市広報戦略), each once, in order.
	Plans []string
	// Unread are the lines the loader recognized as none of the above and
	// not as page furniture, trimmed, so nothing is lost silently.
	Unread []string
}

// The sections of a page, by a phrase their heading holds.
type pageSection uint8

const (
	sectionNone pageSection = iota
	sectionPolicies
	sectionReforms
	sectionFocus
	sectionContact
)

var sectionHeadings = []struct {
	phrase  string
	section pageSection
}{
	{"考え方で組織を運営", sectionPolicies},
	{"運営方針", sectionPolicies},
	{"行財政改革に取り組", sectionReforms},
	{"重点的に取り組", sectionFocus},
	{"作成担当", sectionContact},
	{"お問い合わせ", sectionContact},
	{"問合せ先", sectionContact},
}

// boilerplate marks page furniture: navigation, PDF reader notes, links.
var boilerplate = []string{
	"このページの先頭です", "本文ここから", "本文ここまで", "ページの先頭へ", "PDF形式のファイル",
	"Adobe", "Acrobat", "メールを送る", "印刷用ページ",
}

// isBoilerplate reports page furniture; navigation markers end in
// ここから / ここまで ("from here", "to here").
func isBoilerplate(s string) bool {
	for _, b := range boilerplate {
		if strings.Contains(s, b) {
			return true
		}
	}
	return strings.HasSuffix(s, "ここから") || strings.HasSuffix(s, "ここまで")
}

// LoadOrganizationPage reads the text of an organization's policy page.
// The first line that is not page furniture (このページの先頭です,
// 本文ここから, PDF reader notes …) names the organization; 更新日:… gives
// the update date (read with ParseDate); a line 「<title>長 <name>」 before
// the first section, after an image's alt text ending in 写真 (photo) when
// there is one, gives the head (室長の写真市長公室長 森 功一 → title 市長公室長,
// name 森 功一). Sections are found by their headings (see the fields of
// OrganizationPage); the contact block after このページの作成担当 gives the
// unit path (space-separated), 電話番号 / TEL, ファクス / FAX, メール / an
// address with @, and 〒postal code followed by the address.
//
// Errors are *LoadError values: ErrEncoding, ErrTooLong, ErrRead as for
// every loader, and ErrNoContent when no organization name is found.
func (p *Parser) LoadOrganizationPage(r io.Reader, opts ...LoadOption) (OrganizationPage, error) {
	c, err := newLoadConfig(opts)
	if err != nil {
		return OrganizationPage{}, err
	}
	doc, err := readDocument(r, c, orgPageDoc)
	if err != nil {
		return OrganizationPage{}, err
	}
	return p.loadOrgPageText(doc)
}

func (p *Parser) loadOrgPageText(doc string) (OrganizationPage, error) {
	var pg OrganizationPage
	section := sectionNone
	var block []string // lines of the paragraph being read
	flush := func() {
		if len(block) == 0 {
			return
		}
		text := strings.Join(block, "")
		block = nil
		switch section {
		case sectionPolicies:
			pg.Policies = append(pg.Policies, text)
		case sectionFocus:
			pg.FocusAreas = append(pg.FocusAreas, text)
		}
	}
	var contactLines []string
	var reforms [][]string // the lines of each reform item
	for _, l := range splitLines(doc) {
		s := l.trimmed()
		if s == "" {
			flush()
			continue
		}
		if isBoilerplate(s) {
			flush()
			continue
		}
		if sec, ok := headingOf(s); ok {
			flush()
			section = sec
			continue
		}
		if rest, ok := cutUpdated(s); ok {
			flush()
			pg.UpdatedText = rest
			if d, err := p.ParseDate(rest); err == nil {
				pg.Updated = d
			}
			continue
		}
		switch {
		case pg.Organization == nil:
			pg.Organization = goal.NewOrganization(s)
		case section == sectionNone:
			if h, ok := headOf(s); ok && pg.Organization.Head.IsZero() {
				pg.Organization.Head = h
			} else {
				pg.Unread = append(pg.Unread, s)
			}
		case section == sectionReforms:
			if item, ok := cutBullet(s); ok {
				reforms = append(reforms, []string{item})
			} else if n := len(reforms); n > 0 {
				reforms[n-1] = append(reforms[n-1], s) // a wrapped item
			} else {
				pg.Unread = append(pg.Unread, s)
			}
		case section == sectionContact:
			contactLines = append(contactLines, s)
		default:
			block = append(block, s)
		}
	}
	flush()
	for _, r := range reforms {
		pg.Reforms = append(pg.Reforms, strings.Join(r, ""))
	}
	if pg.Organization == nil {
		return OrganizationPage{}, &LoadError{Document: orgPageDoc, Err: ErrNoContent, Detail: "no organization name"}
	}
	pg.readContact(contactLines)
	pg.Plans = namedPlans(pg.Policies, pg.Reforms, pg.FocusAreas)
	return pg, nil
}

// headingOf reports whether s is a section heading: a short line holding
// one of the heading phrases and no sentence end.
func headingOf(s string) (pageSection, bool) {
	if utf8.RuneCountInString(s) > 40 || strings.Contains(s, "。") {
		return sectionNone, false
	}
	for _, h := range sectionHeadings {
		if strings.Contains(s, h.phrase) {
			return h.section, true
		}
	}
	return sectionNone, false
}

// cutUpdated returns the text after 更新日 (date of update) and its colon.
func cutUpdated(s string) (string, bool) {
	for _, label := range []string{"更新日", "最終更新日", "掲載日"} {
		if rest, ok := strings.CutPrefix(s, label); ok {
			rest = strings.TrimLeft(rest, ":：　 ")
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// headOf reads a head line: an optional image alt text ending in 写真
// ("photo of …"), a title ending in 長 (chief: 局長, 室長, 市長公室長), a
// space, and the name. 室長の写真市長公室長 森 功一 → {市長公室長, 森 功一}.
func headOf(s string) (goal.Head, bool) {
	if i := strings.LastIndex(s, "写真"); i >= 0 {
		s = strings.TrimFunc(s[i+len("写真"):], isSpaceRune)
	}
	sp := strings.IndexFunc(s, isSpaceRune)
	if sp < 0 {
		return goal.Head{}, false
	}
	title, name := s[:sp], strings.TrimFunc(s[sp:], isSpaceRune)
	if !strings.HasSuffix(title, "長") || name == "" || utf8.RuneCountInString(name) > 12 ||
		strings.ContainsAny(name, "。、「") {
		return goal.Head{}, false
	}
	return goal.Head{Title: title, Name: name}, true
}

// cutBullet returns a bullet item's text without its mark.
func cutBullet(s string) (string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(bullets, r) {
		return "", false
	}
	return strings.TrimFunc(s[n:], isSpaceRune), true
}

// readContact reads the contact block: the first line is the unit path,
// the others telephone, fax, e-mail and postal address.
func (pg *OrganizationPage) readContact(lines []string) {
	if len(lines) == 0 {
		return
	}
	var contact goal.Contact
	var path []string
	for i, s := range lines {
		switch label, value := contactField(s); label {
		case "tel":
			contact.Telephone = value
		case "fax":
			contact.Fax = value
		case "email":
			contact.Email = value
		case "postal":
			code, addr := value, ""
			if sp := strings.IndexFunc(value, isSpaceRune); sp >= 0 {
				code, addr = value[:sp], strings.TrimFunc(value[sp:], isSpaceRune)
			}
			contact.PostalCode = code
			contact.Address = addr
		default:
			if i == 0 {
				path = strings.FieldsFunc(s, isSpaceRune)
			} else {
				pg.Unread = append(pg.Unread, s)
			}
		}
	}
	if len(path) == 0 {
		path = []string{pg.Organization.Name}
	}
	// Attach the path under the page's unit when it starts there.
	var at *goal.Organization
	if path[0] == pg.Organization.Name {
		at = pg.Organization
		path = path[1:]
	} else {
		at = goal.NewOrganization(path[0])
		path = path[1:]
	}
	for _, name := range path {
		child, ok := findChild(at, name)
		if !ok {
			child = goal.NewOrganization(name)
			at.AddChild(child)
		}
		at = child
	}
	at.Contact = contact
	pg.ContactUnit = at
}

func findChild(o *goal.Organization, name string) (*goal.Organization, bool) {
	for _, c := range o.Children {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}

// contactField recognizes a contact line: its kind and value.
func contactField(s string) (kind, value string) {
	for _, f := range []struct{ kind, label string }{
		{"tel", "電話番号"}, {"tel", "電話"}, {"tel", "TEL"}, {"tel", "Tel"},
		{"fax", "ファクス"}, {"fax", "ファックス"}, {"fax", "FAX"}, {"fax", "Fax"},
		{"email", "メールアドレス"}, {"email", "メール"}, {"email", "E-mail"}, {"email", "Email"},
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

// planWords end the names of plans: 計画 (plan), 戦略 (strategy),
// ガイドライン (guideline), 方針 (policy), プラン (plan), 指針 (guideline),
// ビジョン (vision).
var planWords = []string{"計画", "戦略", "ガイドライン", "方針", "プラン", "指針", "ビジョン"}

// namedPlans returns the bracketed names (「…」, 『…』) that name a plan: a
// plan word followed by nothing but a year or edition (堺市基本計画2025,
// 第2期…プラン). Each name once, in order.
func namedPlans(groups ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range groups {
		for _, s := range g {
			for _, name := range bracketed(s) {
				if isPlanName(name) && !seen[name] {
					seen[name] = true
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// bracketed returns the texts inside 「」 and 『』 in s (the innermost
// when nested).
func bracketed(s string) []string {
	var out []string
	for _, pair := range [][2]string{{"「", "」"}, {"『", "』"}} {
		rest := s
		for {
			i := strings.Index(rest, pair[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(pair[0]):]
			j := strings.Index(rest, pair[1])
			if j < 0 {
				break
			}
			inner := rest[:j]
			if k := strings.LastIndex(inner, pair[0]); k >= 0 {
				inner = inner[k+len(pair[0]):]
			}
			out = append(out, inner)
			rest = rest[j+len(pair[1]):]
		}
	}
	return out
}

func isPlanName(name string) bool {
	for _, w := range planWords {
		i := strings.LastIndex(name, w)
		if i <= 0 {
			continue
		}
		tail := name[i+len(w):]
		tail = strings.TrimLeft(tail, "0123456789０１２３４５６７８９年度版（）()・ ")
		if tail == "" {
			return true
		}
	}
	return false
}

// MarshalJSON writes {"organization":{…},"contact_unit":[path]?,
// "updated":"YYYY-MM-DD"?,"updated_text"?,"policies","reforms",
// "focus_areas","plans","unread"?}; the organization as goal.Organization
// writes it (children nested, the contact on its unit), lists [] when empty.
func (pg OrganizationPage) MarshalJSON() ([]byte, error) {
	type pageJSON struct {
		Organization *goal.Organization `json:"organization"`
		ContactUnit  []string           `json:"contact_unit,omitempty"`
		Updated      *goal.Date         `json:"updated,omitempty"`
		UpdatedText  string             `json:"updated_text,omitempty"`
		Policies     []string           `json:"policies"`
		Reforms      []string           `json:"reforms"`
		FocusAreas   []string           `json:"focus_areas"`
		Plans        []string           `json:"plans"`
		Unread       []string           `json:"unread,omitempty"`
	}
	nonNil := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	j := pageJSON{Organization: pg.Organization, UpdatedText: pg.UpdatedText,
		Policies: nonNil(pg.Policies), Reforms: nonNil(pg.Reforms), FocusAreas: nonNil(pg.FocusAreas),
		Plans: nonNil(pg.Plans), Unread: pg.Unread}
	if pg.ContactUnit != nil {
		j.ContactUnit = pg.ContactUnit.Path()
	}
	if !pg.Updated.IsZero() {
		d := pg.Updated
		j.Updated = &d
	}
	return json.Marshal(j)
}
