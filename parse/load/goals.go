package load

import (
	"encoding/json"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// GoalList is a list of the goals organizations set themselves (組織目標,
// 重点目標, 行動目標, CS90行動目標 …), read from any of the layouts cities
// publish: a table (TAB, CSV, pipes, flattened with header rows), a
// department heading followed by bullets or numbered goals, per-section
// goal sheets (課題 / 達成水準 / 取組内容 / 目標 / 達成状況), or one unit's
// list named only in its title or breadcrumb.
type GoalList struct {
	// Title is the list's title line; empty when there is none.
	Title string
	// Organizations are the units, each once, in order of first
	// appearance, with the kind their names say and, for a table with a
	// bureau and a division column, the bureau as Parent.
	Organizations []*goal.Organization
	// Goals are the goals in document order; Goal.Owner names the unit.
	Goals []Goal
	// Notes are prose lines outside the goals (a preamble).
	Notes []string
	// Updated is the list's 更新日 (date of update); zero when not stated.
	Updated goal.Date
	// Coverage is the share of non-blank, non-furniture bytes that went
	// into the value; Unread what did not, line by line.
	Coverage float64
	Unread   []Unread
}

// Goal is one goal with the labelled parts a goal sheet or a table gives
// it besides its statement (取組内容, 目標達成基準, 課題 …).
type Goal struct {
	goal.Goal
	Fields []Field
}

// GoalsOf returns the goals of the named unit, in order.
func (l *GoalList) GoalsOf(name string) []Goal {
	var out []Goal
	for _, g := range l.Goals {
		if g.Owner == name {
			out = append(out, g)
		}
	}
	return out
}

// LoadGoals reads a goal list.
//
// Units come from table columns recognized by their header words
// (DefaultGoalColumns, extended by WithGoalColumns: 部局, 課等, 局等 …;
// header rows are never read as units, wherever they repeat), from two-cell
// rows whose first cell names a unit (a name ending in 局, 部, 課, 区, 室 …),
// from headings or marked lines that are a unit's name (■総務部, 1 企画政策部,
// 【健康づくり課】), and otherwise from the title (「令和6年度 ○○部 組織目標」)
// or the breadcrumb. Goals are the table's goal cells (one per ・ or <li>
// item), the bullets, numbered items and sentences under a unit, and one
// per goal sheet, whose statement is its 目標 (or 達成水準) and whose other
// parts are kept as Fields. Targets come from parse's Extract over the
// statement and the parts that state them (取組内容, 目標達成基準), with spans
// into the decoded text.
//
// Errors are *Error values wrapping parse.ErrEncoding, parse.ErrRead,
// parse.ErrTooLong, parse.ErrNoContent (no goal found), or ErrWrongKind (a
// *WrongKindError: the document is clearly of another kind).
func LoadGoals(r io.Reader, opts ...Option) (*GoalList, error) {
	return loadKind(r, KindGoals, opts, readGoals)
}

var goalsReaders sharedReader

// goalSheetDocLabels are the goal sheet labels for the structure reader.
func goalSheetDocLabels() []doc.Label {
	// 所属：環境保全課 names the unit of the sheet below it
	out := []doc.Label{{Name: "所属", Synonyms: []string{"所属名", "課名", "課等", "担当課", "部署", "部署名", "組織名", "部局名", "部名", "局名", "所属部局"}}}
	for _, g := range goalSheetLabels {
		out = append(out, doc.Label{Name: g.Words[0], Synonyms: g.Words[1:]})
	}
	return out
}

// goalsLoader is the state of one LoadGoals call.
type goalsLoader struct {
	d       *doc.Document
	u       *blockUse
	p       *parse.Parser
	cols    []GoalColumn
	l       *GoalList
	orgs    map[string]*goal.Organization
	owner   string // the unit the blocks being read belong to
	docOrg  string // the unit the whole list belongs to (title, breadcrumb)
	sheet   *sheetGoal
	started bool   // a goal or unit has been read
	group   string // the heading over the goals being read, if any
	skipTo  int    // end of the title's line: blocks before it are the title
	// headings are the units whose headings enclose the blocks being read,
	// largest first.
	headings []*goal.Organization
	// tableCols are the columns of the last header row, kept across table
	// blocks (a table broken by a page break goes on with its columns).
	tableCols tableColumns
	// space is the space-separated table being read, across blocks (a
	// page break between its rows).
	space spaceTable
	// contactAt is where the page's contact block starts (お問い合わせ);
	// nothing after it is a goal. -1 when there is none.
	contactAt int
}

// sheetGoal is a goal sheet being read.
type sheetGoal struct {
	owner  string
	fields map[string]int // role → index in parts
	parts  []sheetPart
	line   int
}

type sheetPart struct {
	role, label string
	block       int
	value       string
	targets     bool
}

// readGoals loads text; it also returns what was used, for the tests'
// check that no line is lost.
func readGoals(text string, c Config) (*GoalList, *blockUse, error) {
	d, err := goalsReaders.structure(KindGoals, text, c, func() []doc.Option { return []doc.Option{doc.WithLabels(goalSheetDocLabels()...)} })
	if err != nil {
		return nil, nil, err
	}
	sheetLabelLines(d)
	g := &goalsLoader{d: d, u: newBlockUse(d), p: c.Parser, cols: append(append([]GoalColumn(nil), c.goalColumns...), defaultGoalColumns...),
		l: &GoalList{}, orgs: map[string]*goal.Organization{}}
	g.docOrg = g.documentOrg()
	g.contactAt = contactStart(d.Source)
	cells := g.cellTables()
	g.owner, g.started = "", false // the title and what follows are read in order below
	for i := range d.Blocks {
		if inCells(cells, d.Blocks[i].Span.Start) {
			g.u.use(i) // read as a table flattened one cell per line
			continue
		}
		if g.contactAt >= 0 && d.Blocks[i].Span.Start >= g.contactAt {
			break
		}
		if d.Blocks[i].Span.Start < g.skipTo {
			g.u.use(i) // the rest of the title's line, which the reader cut
			continue
		}
		g.block(i)
	}
	g.flushSheet()
	if len(g.l.Goals) == 0 {
		if i := slices.IndexFunc(g.u.problems, func(p Unread) bool { return p.Problem != "" }); i >= 0 {
			// say where the first problem is: that is what the user fixes
			p := g.u.problems[i]
			line, col := position(d.Source, p.Start)
			return nil, nil, &Error{Kind: KindGoals, Line: line, Column: col, Offset: p.Start, Err: parse.ErrSyntax,
				Detail: p.Problem + "; no goal found"}
		}
		return nil, nil, errNoContent(KindGoals, "no goal found")
	}
	g.l.Organizations = unitsWithGoals(g.l.Organizations, g.l.Goals)
	g.l.Unread = g.u.unreadIn(0, -1)
	g.l.Coverage = g.u.coverageIn(0, -1)
	return g.l, g.u, nil
}

// unitsWithGoals keeps the units that own a goal or enclose one that does:
// a name in a publisher's line (○○市 行政経営課) or a heading over units
// that name themselves elsewhere owns nothing in the list.
func unitsWithGoals(orgs []*goal.Organization, goals []Goal) []*goal.Organization {
	keep := map[*goal.Organization]bool{}
	byName := map[string]*goal.Organization{}
	for _, o := range orgs {
		byName[o.Name] = o
	}
	for _, gl := range goals {
		for o := byName[gl.Owner]; o != nil && !keep[o]; o = o.Parent {
			keep[o] = true
		}
	}
	out := orgs[:0]
	for _, o := range orgs {
		if !keep[o] {
			continue
		}
		kids := o.Children[:0]
		for _, c := range o.Children {
			if keep[c] {
				kids = append(kids, c)
			}
		}
		clear(o.Children[len(kids):])
		o.Children = kids
		out = append(out, o)
	}
	return out
}

// documentOrg finds the unit a whole list belongs to: named in a title
// line holding a goal word (「令和6年度 こども未来部 組織目標」), else the
// last unit of a breadcrumb (ホーム > 組織から探す > こども未来部 > …).
func (g *goalsLoader) documentOrg() string {
	for i := range g.d.Blocks {
		b := &g.d.Blocks[i]
		if b.Kind == doc.Table {
			break
		}
		for _, ln := range sourceLines(g.d, b) {
			if t := ln.text; runes(t) <= 60 && containsAny(t, goalTitleWords) {
				if units := titleUnits(t); len(units) > 1 {
					// 「…（教育部 学校支援課）」: the division, under its bureau
					return g.placeTitleUnits(units)
				}
				if o := orgInText(t); o != "" {
					return o
				}
			}
		}
		if i > 8 {
			break
		}
	}
	return breadcrumbOrg(g.d)
}

// breadcrumbOrg returns the deepest unit a breadcrumb names (ホーム > 組織から
// 探す > こども未来部 > こども政策課 > 組織目標 → こども政策課); "" when there is
// no breadcrumb or it names no unit.
func breadcrumbOrg(d *doc.Document) string {
	for _, s := range d.Furniture {
		t := d.Source[s.Start:s.End]
		if !strings.Contains(t, ">") && !strings.Contains(t, "＞") && !strings.Contains(t, "›") {
			continue
		}
		parts := strings.FieldsFunc(t, func(r rune) bool { return r == '>' || r == '＞' || r == '›' })
		for j := len(parts) - 1; j >= 0; j-- {
			name := strings.TrimFunc(parts[j], isBlank)
			if isOrgName(name) {
				return name
			}
		}
	}
	return ""
}

// orgInText finds a unit's name among the space-separated words of a
// title, or before a goal word glued to it (○○部組織目標).
func orgInText(t string) string {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool {
		return isBlank(r) || strings.ContainsRune("【】「」（）()・◆◇■□●○", r)
	}) {
		if isMunicipality(w) {
			continue // whose list it is, not a unit in it
		}
		if isOrgName(w) {
			return w
		}
		for _, gw := range goalTitleWords {
			// glued to the goal word: ○○部組織目標, ○○部の組織目標
			if i := strings.Index(w, gw); i > 0 {
				if o := strings.TrimSuffix(w[:i], "の"); isOrgName(o) {
					return o
				}
			}
		}
	}
	return ""
}

// isOrgName: a short name ending in a unit's kind (局, 部, 課 …), no
// sentence, no digits-only.
func isOrgName(s string) bool {
	s = strings.TrimFunc(s, isBlank)
	if s == "" || runes(s) > 24 || strings.ContainsAny(s, "。、，,：:") {
		return false
	}
	k := goal.OrgKindOf(s)
	if k == goal.OrgKindUnset {
		return false
	}
	// 各部 (each department), 関係課 (the divisions concerned), 担当課 (the
	// division in charge): a word for units, not a unit's name
	if slices.Contains(genericUnitStems, strings.TrimSuffix(s, k.String())) {
		return false
	}
	// 年度, a date or a number before the unit is a title, not a name; 年
	// in a word is part of the name (保険年金課, 青少年課)
	if dateInNameRe.MatchString(s) {
		return false
	}
	for _, w := range []string{"年度", "目標", "方針", "計画"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// genericUnitStems before a unit's kind make a word for units, not a name:
// 各 (each), 全 (all), 関係 (concerned), 担当/所管 (in charge), 当/本/同 (this,
// the same), 他 (other), 主管 (lead), 関連 (related).
var genericUnitStems = []string{"各", "全", "関係", "担当", "所管", "当", "本", "同", "他", "主管", "関連", "所属", "各担当"}

// dateInNameRe is a year, month or day written with a number: 令和6年,
// 5月, 元年.
var dateInNameRe = regexp.MustCompile(`[0-9０-９元〇一二三四五六七八九十]+[年月日]`)

// orgHeading returns the unit a heading-like block names: ■総務部,
// 1 企画政策部, 【健康づくり課】, (教育委員会事務局).
func orgHeading(b *doc.Block) string {
	var t string
	switch b.Kind {
	case doc.Heading:
		t = b.Title
		if t == "" {
			t = b.Text
		}
	case doc.Paragraph, doc.Bullet:
		t = b.Text
	case doc.Field:
		if strings.TrimSpace(b.Value) != "" {
			return ""
		}
		t = b.LabelText
	default:
		return ""
	}
	t = strings.TrimFunc(itemText(t), isBlank)
	// 総務部（部長 山田太郎）: the remark in brackets is not the name
	if u := bracketTailRe.ReplaceAllString(t, ""); u != t && !strings.HasPrefix(t, "（") && !strings.HasPrefix(t, "(") {
		t = strings.TrimFunc(u, isBlank)
	}
	t = strings.Trim(t, "【】[]〔〕（）()■□◆◇●○")
	t = strings.TrimFunc(t, isBlank)
	if isOrgName(t) && !strings.ContainsFunc(t, isBlank) {
		return t
	}
	if name, _, ok := orgAndHead(t); ok {
		return name
	}
	return ""
}

// sheetUnitLine reads a sheet's unit line holding several labelled values
// apart by wide gaps: 「部局名　こども未来部　　所属名　保育課　　所属長　課長
// 井坂 直美」 — the units, each under the one before, and the head of the
// last. It reports whether b was one.
func (g *goalsLoader) sheetUnitLine(b *doc.Block) bool {
	v := b.Value
	if vs := b.ValueSpan; vs.Start >= 0 && vs.Start < vs.End && vs.End <= len(g.d.Source) {
		v = g.d.Source[vs.Start:vs.End] // as written: the reader joins 湯川 智
	}
	parts := wideGapParts(v)
	if len(parts) < 2 || !isOrgName(parts[0]) {
		return false
	}
	units := []string{parts[0]}
	var head goal.Head
	for _, p := range parts[1:] {
		p = strings.Replace(p, "：", " ", 1)
		k := strings.IndexFunc(p, isBlank)
		if k <= 0 {
			return false
		}
		label, rest := p[:k], strings.TrimFunc(p[k:], isBlank)
		if col, ok := g.columnOf(label); ok && col.Role == RoleOrg && isOrgName(rest) {
			units = append(units, rest)
		} else if h, ok := headOf(rest); ok && slices.Contains(headLabels, normKey(label)) {
			head = h
		} else {
			return false
		}
	}
	g.flushSheet()
	owner := units[len(units)-1]
	for k := len(units) - 1; k > 0; k-- {
		if p, c := g.org(units[k-1]), g.org(units[k]); c.Parent == nil && p != c {
			p.AddChild(c)
		}
	}
	g.setOwner(owner)
	if o := g.org(owner); o.Head.IsZero() && !head.IsZero() {
		o.Head = head
	}
	return true
}

// wideGapParts splits s at runs of two or more blanks or at an
// ideographic space run of two (the gaps between a sheet line's fields).
func wideGapParts(s string) []string {
	var parts []string
	from, blanks, gapStart := 0, 0, -1
	for i, r := range s {
		if isBlank(r) {
			if blanks == 0 {
				gapStart = i
			}
			blanks++
			continue
		}
		if blanks >= 2 {
			if t := strings.TrimFunc(s[from:gapStart], isBlank); t != "" {
				parts = append(parts, t)
			}
			from = i
		}
		blanks = 0
	}
	if t := strings.TrimFunc(s[from:], isBlank); t != "" {
		parts = append(parts, t)
	}
	return parts
}

// orgAndHead reads a unit's heading that names its head after the unit:
// 「総務部　部長　高村 英樹」.
func orgAndHead(t string) (string, goal.Head, bool) {
	t = strings.TrimFunc(t, isBlank)
	i := strings.IndexFunc(t, isBlank)
	if i <= 0 {
		return "", goal.Head{}, false
	}
	name, rest := t[:i], t[i:]
	if !isOrgName(name) {
		return "", goal.Head{}, false
	}
	h, ok := headOf(strings.TrimFunc(rest, isBlank))
	if !ok {
		return "", goal.Head{}, false
	}
	return name, h, true
}

func (g *goalsLoader) org(name string) *goal.Organization {
	if o, ok := g.orgs[name]; ok {
		return o
	}
	o := goal.NewOrganization(name)
	g.orgs[name] = o
	g.l.Organizations = append(g.l.Organizations, o)
	return o
}

func (g *goalsLoader) block(i int) {
	b := &g.d.Blocks[i]
	switch b.Kind {
	case doc.Table:
		g.flushSheet()
		g.table(i)
		return
	case doc.TOC:
		return
	}
	lines := b.Kind == doc.Paragraph || b.Kind == doc.Heading
	// a header line opening with a unit label (部局名 課名 重点目標 …) is read
	// as a field 部局名 by the structure reader: it is a table's header
	headerField := b.Kind == doc.Field && g.hasSpaceHeader(b)
	if (b.Kind == doc.Paragraph || b.Kind == doc.Bullet) && joinedShortLines(g.d, b) || lines && hasCSVLine(g.d, b) ||
		lines && (g.space.cols > 0 || g.hasSpaceHeader(b)) || headerField {
		g.u.use(i)
		g.paragraphLines(b)
		return
	}
	if b.Kind == doc.Field && normKey(b.Label) == "更新日" {
		if ds, err := g.p.Dates(b.Value); err == nil && len(ds) > 0 && ds[0].Kind == goal.DateKindDate {
			g.l.Updated = ds[0].Date
			g.u.use(i)
			return
		}
	}
	if name := orgHeading(b); name != "" {
		g.flushSheet()
		g.setOwner(name)
		g.headInRemark(sourceLine(g.d, b, b.Text))
		g.u.use(i)
		g.started = true
		return
	}
	if b.Kind == doc.Field {
		// 所属：環境保全課 — the unit of the goal sheet that follows
		if col, ok := g.columnOf(b.LabelText); ok && col.Role == RoleOrg && g.sheetUnitLine(b) {
			g.u.use(i)
			g.started = true
			return
		}
		if col, ok := g.columnOf(b.LabelText); ok && col.Role == RoleOrg && isOrgName(strings.TrimSpace(b.Value)) {
			g.flushSheet()
			owner := strings.TrimSpace(b.Value)
			// 所属：建設部 下水道課 — a unit under the unit before it
			if vs := b.ValueSpan; vs.Start >= 0 && vs.Start < vs.End && vs.End <= len(g.d.Source) {
				if units := unitsIn(g.d.Source[vs.Start:vs.End]); len(units) > 1 {
					owner = g.placeTitleUnits(units)
				}
			}
			g.setOwner(owner) // under the title's unit, if larger
			g.u.use(i)
			g.started = true
			return
		}
		if role, ok := sheetRole(b); ok {
			g.sheetField(i, role)
			return
		}
	}
	t := sourceLine(g.d, b, strings.Join(blockLines(b), " "))
	if (b.Kind == doc.Heading || b.Kind == doc.Paragraph) && !strings.ContainsAny(g.d.Source[b.Span.Start:b.Span.End], "\r\n") {
		if g.sheetHead(t) || g.started && g.laterSheetTitle(t) {
			g.u.use(i)
			g.started = true
			return
		}
	}
	if !g.started && (b.Kind == doc.Heading || b.Kind == doc.Paragraph) && runes(t) <= 80 && !strings.HasSuffix(t, "。") &&
		(g.l.Title == "" || containsAny(t, goalTitleWords) && !containsAny(g.l.Title, goalTitleWords)) {
		if g.l.Title != "" {
			g.l.Notes = append(g.l.Notes, g.l.Title)
		}
		// the title's whole line: the reader may cut it (令和6年度 / 重点目標一…)
		line, end := lineOf(g.d.Source, b.Span.Start)
		if b.Span.End <= end && !strings.Contains(line, ",") {
			t, g.skipTo = line, end
		}
		g.l.Title = strings.TrimLeft(strings.TrimSpace(collapseSpaces(t)), "◆◇■□●○")
		g.u.use(i)
		return
	}
	owner := g.owner
	if owner == "" {
		owner = g.docOrg
	}
	if (b.Kind == doc.Paragraph || b.Kind == doc.Heading) && g.owner != "" && g.org(g.owner).Head.IsZero() && g.unitHead(g.owner, t) {
		// 【総務部】 / 部長　田村 正樹: the unit's head, not a heading over
		// its goals
		g.u.use(i)
		return
	}
	if owner != "" && (b.Kind == doc.Heading || b.Kind == doc.Paragraph && isGroupHeading(t)) && runes(t) <= 40 && !endsGoal(t) {
		// a heading over goals (【目標1】安全な水の安定供給): the goals below
		// carry it
		g.flushSheet()
		g.group = strings.TrimSpace(t)
		g.u.use(i)
		return
	}
	if b.Kind == doc.Bullet && slices.Contains(goalNoteMarkers, strings.TrimSpace(b.Marker)) {
		// ※括弧内は担当課です。: a note on the list, not a goal
		g.l.Notes = append(g.l.Notes, strings.TrimSpace(b.Text))
		g.u.use(i)
		return
	}
	isItem := b.Kind == doc.Bullet || (b.Kind == doc.Heading && b.Number != "")
	// prose is a goal only under a unit's own heading; under a unit named
	// only by the title it may be a preamble (この組織目標は…), so only
	// items count there
	prose := b.Kind == doc.Paragraph && endsGoal(b.Text) && g.owner != ""
	if owner != "" && (isItem || prose) && isGoalSentence(statementOf(b)) {
		g.flushSheet()
		g.addGoal(owner, i, statementOf(b), nil)
		g.u.use(i)
		return
	}
	if !g.started && (b.Kind == doc.Paragraph || b.Kind == doc.Heading) && g.titleUnitHead(t) {
		g.u.use(i)
		return
	}
	if !g.started && b.Kind == doc.Paragraph {
		g.l.Notes = append(g.l.Notes, strings.TrimSpace(b.Text))
		g.u.use(i)
	}
}

// titleUnitHead reads a head line under the title (「部長　佐藤 光男」,
// 「都市整備部長 佐藤 光男」) into the unit the title names, when the head's
// title leads that unit or names its kind alone (部長 for a 部).
func (g *goalsLoader) titleUnitHead(t string) bool {
	return g.unitHead(g.docOrg, t)
}

// unitHead reads a head line (「部長　田村 正樹」) into the unit named, when
// the head's title leads that unit or names its kind alone: the title's
// unit, or the unit whose heading the line stands under (【総務部】).
func (g *goalsLoader) unitHead(name, t string) bool {
	if name == "" {
		return false
	}
	h, ok := headOf(strings.TrimSpace(t))
	if !ok {
		return false
	}
	unit := unitOfHead(h.Title)
	if unit == "" && strings.HasSuffix(name, strings.TrimSuffix(h.Title, "長")) {
		unit = name
	}
	if unit != name {
		return false
	}
	if o := g.org(unit); o.Head.IsZero() {
		o.Head = h
	}
	return true
}

// statementOf is a goal block's text without its mark or number.
func statementOf(b *doc.Block) string {
	switch {
	case b.Kind == doc.Heading && b.Title != "":
		return b.Title
	case b.Kind == doc.Bullet:
		return strings.TrimSpace(b.Text)
	}
	return itemText(b.Text)
}

// endsGoal: a paragraph ending as a goal sentence does (。, ます, する).
func endsGoal(s string) bool {
	s = strings.TrimFunc(s, isBlank)
	for _, e := range []string{"。", "ます", "する", "します", "図る", "目指す", "めざす"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// contactPhrases open the contact block at the end of a web page.
var contactPhrases = []string{"このページに関するお問い合わせ", "この記事に関するお問い合わせ", "このページの作成担当", "このページについてのお問い合わせ", "お問い合わせ先", "問合せ先", "問い合わせ先"}

// contactStart returns the offset of the first line that opens a contact
// block, or -1.
func contactStart(src string) int {
	best := -1
	for _, p := range contactPhrases {
		off := 0
		for {
			i := strings.Index(src[off:], p)
			if i < 0 {
				break
			}
			i += off
			ls := strings.LastIndexAny(src[:i], "\r\n") + 1
			if strings.TrimFunc(src[ls:i], isBlank) == "" {
				if best < 0 || ls < best {
					best = ls
				}
				break
			}
			off = i + len(p)
		}
	}
	return best
}

// isGoalSentence: text long enough to state a goal.
func isGoalSentence(s string) bool {
	s = strings.TrimSpace(s)
	return runes(s) >= 8 && !isOrgName(s)
}

// sheetRole is the role of a goal sheet's field.
func sheetRole(b *doc.Block) (GoalColumn, bool) {
	for _, cand := range []string{b.LabelText, b.Label} {
		k := normKey(cand)
		for _, c := range goalSheetLabels {
			for _, w := range c.Words {
				if k == w {
					return c, true
				}
			}
		}
	}
	return GoalColumn{}, false
}

func (g *goalsLoader) sheetField(i int, role GoalColumn) {
	b := &g.d.Blocks[i]
	owner := g.owner
	if owner == "" {
		owner = g.docOrg
	}
	if g.sheet != nil {
		if _, again := g.sheet.fields[role.Role]; again || g.sheet.owner != owner {
			g.flushSheet()
		}
	}
	if g.sheet == nil {
		g.sheet = &sheetGoal{owner: owner, fields: map[string]int{}, line: b.Line}
	}
	value := strings.TrimSpace(b.Value)
	// a label with no value followed by a unit's heading (達成状況： then
	// 【高齢福祉課】): the reader took the heading for the value
	next := ""
	valueOnNextLine := b.ValueSpan.Start > b.Span.Start && b.ValueSpan.Start <= len(g.d.Source) &&
		strings.ContainsAny(g.d.Source[b.Span.Start:b.ValueSpan.Start], "\r\n")
	if o := orgHeading(&doc.Block{Kind: doc.Paragraph, Text: value}); o != "" && valueOnNextLine {
		next, value = o, ""
	}
	g.sheet.fields[role.Role] = len(g.sheet.parts)
	g.sheet.parts = append(g.sheet.parts, sheetPart{role: role.Role, label: strings.TrimSpace(b.LabelText), block: i,
		value: value, targets: role.Targets && value != ""})
	g.u.use(i)
	g.started = true
	if next != "" {
		g.flushSheet()
		g.owner = next
		g.org(next)
	}
}

// flushSheet turns the goal sheet being read into a goal: the statement
// is its 目標, else 達成水準, else 取組内容; the other parts are fields.
func (g *goalsLoader) flushSheet() {
	s := g.sheet
	g.sheet = nil
	if s == nil {
		return
	}
	stmt := -1
	for _, role := range []string{RoleGoal, "達成水準", "取組内容"} {
		if k, ok := s.fields[role]; ok && s.parts[k].value != "" {
			stmt = k
			break
		}
	}
	owner := s.owner
	if stmt < 0 || owner == "" {
		// not a goal: leave the fields unread
		for _, p := range s.parts {
			g.u.used[p.block] = false
		}
		return
	}
	var fields []Field
	var extra []int
	for k, p := range s.parts {
		if k == stmt {
			continue
		}
		fields = append(fields, Field{Label: p.label, Value: p.value, Line: g.d.Blocks[p.block].Line})
		if p.targets && p.value != "" {
			extra = append(extra, p.block)
		}
	}
	g.addGoalField(owner, s.parts[stmt].block, fields, extra)
}

// addGoal adds a goal read from block i with statement text.
func (g *goalsLoader) addGoal(owner string, i int, text string, fields []Field) {
	b := &g.d.Blocks[i]
	if u := trailingUnit(text); u != "" && u != owner {
		// ●…を維持する。（こども家庭課）: the unit in charge, under the
		// heading's larger unit
		o, h := g.org(u), g.org(owner)
		if o.Parent == nil && orgRank(h.Kind) > 0 && orgRank(o.Kind) > orgRank(h.Kind) {
			h.AddChild(o)
		}
		owner = u
	}
	start := strings.Index(b.Text, text)
	if g.group != "" {
		fields = append([]Field{{Label: "見出し", Value: g.group, Line: b.Line}}, fields...)
	}
	gl := Goal{Goal: goal.Goal{Owner: owner, Statement: text, Purpose: parse.PurposeClause(text), Line: b.Line}, Fields: fields}
	gl.Span = goal.Span{Start: b.Span.Start, End: b.Span.End}
	if start >= 0 {
		gl.Targets = g.targets(b, start, text)
		sp := g.d.SourceSpan(b, start, start+len(text))
		gl.Span = goal.Span{Start: sp.Start, End: sp.End}
	}
	g.org(owner)
	g.l.Goals = append(g.l.Goals, gl)
	g.started = true
}

// addGoalField adds a goal whose statement is field block i's value, with
// targets also from the values of the extra blocks.
func (g *goalsLoader) addGoalField(owner string, i int, fields []Field, extra []int) {
	b := &g.d.Blocks[i]
	text := strings.TrimSpace(b.Value)
	gl := Goal{Goal: goal.Goal{Owner: owner, Statement: text, Purpose: parse.PurposeClause(text), Line: b.Line,
		Span: goal.Span{Start: b.ValueSpan.Start, End: b.ValueSpan.End}}, Fields: fields}
	gl.Targets = g.valueTargets(b)
	for _, k := range extra {
		gl.Targets = append(gl.Targets, g.valueTargets(&g.d.Blocks[k])...)
	}
	g.org(owner)
	g.l.Goals = append(g.l.Goals, gl)
	g.started = true
}

// unitNoteLabels may open the unit a goal names in brackets at its end
// (（担当：市民課）).
var unitNoteLabels = []string{"担当課", "担当部署", "担当", "所管課", "所管"}

// trailingUnit returns the unit a goal names in brackets at its end
// (「…を維持する。（こども家庭課）」, 「…（担当：市民課）【前年度 34か所】」),
// or "" when it names none.
func trailingUnit(t string) string {
	t = strings.TrimRightFunc(t, isBlank)
	for _, note := range [][2]string{{"【", "】"}, {"［", "］"}, {"[", "]"}} {
		// a note after the unit: the last year's figure
		if strings.HasSuffix(t, note[1]) {
			if i := strings.LastIndex(t, note[0]); i > 0 {
				t = strings.TrimRightFunc(t[:i], isBlank)
			}
		}
	}
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if !strings.HasSuffix(t, br[1]) {
			continue
		}
		i := strings.LastIndex(t, br[0])
		if i <= 0 {
			continue
		}
		name := strings.TrimFunc(t[i+len(br[0]):len(t)-len(br[1])], isBlank)
		for _, l := range unitNoteLabels {
			if rest, ok := strings.CutPrefix(name, l); ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
				name = strings.TrimFunc(strings.TrimLeft(rest, "：:"), isBlank)
				break
			}
		}
		if isOrgName(name) && !strings.ContainsFunc(name, isBlank) {
			return name
		}
	}
	return ""
}

// targets extracts the targets of text, found at byte start of b.Text,
// with spans mapped to the source.
func (g *goalsLoader) targets(b *doc.Block, start int, text string) []goal.Target {
	ex, err := g.p.Extract(text)
	if err != nil {
		return nil
	}
	out := []goal.Target{}
	for _, t := range ex.Targets {
		if t.Span.Start < 0 || t.Span.End > len(text) || t.Span.Start >= t.Span.End {
			continue
		}
		sp := g.d.SourceSpan(b, start+t.Span.Start, start+t.Span.End)
		t.Span = goal.Span{Start: sp.Start, End: sp.End}
		t.Text = g.d.Source[sp.Start:sp.End]
		out = append(out, t)
	}
	return out
}

// valueTargets extracts targets from a field's value as it stands in the
// source (ValueSpan), so spans need no mapping.
func (g *goalsLoader) valueTargets(b *doc.Block) []goal.Target {
	return sourceTargets(g.p, g.d.Source, b.ValueSpan)
}

// sourceTargets extracts the targets of source[s.Start:s.End], spans into
// the source.
func sourceTargets(p *parse.Parser, source string, s doc.Span) []goal.Target {
	out := []goal.Target{}
	if s.Start < 0 || s.End > len(source) || s.Start >= s.End {
		return out
	}
	text := source[s.Start:s.End]
	ex, err := p.Extract(text)
	if err != nil {
		return out
	}
	for _, t := range ex.Targets {
		if t.Span.Start < 0 || t.Span.End > len(text) || t.Span.Start >= t.Span.End {
			continue
		}
		t.Span = goal.Span{Start: s.Start + t.Span.Start, End: s.Start + t.Span.End}
		t.Text = source[t.Span.Start:t.Span.End]
		out = append(out, t)
	}
	return out
}

// goalListJSON is the documented JSON of a goal list.
type goalListJSON struct {
	Kind          Kind          `json:"kind"`
	Title         string        `json:"title"`
	Updated       *goal.Date    `json:"updated,omitempty"`
	Organizations []goalOrgJSON `json:"organizations"`
	Notes         []string      `json:"notes,omitempty"`
	Coverage      float64       `json:"coverage"`
	Unread        []Unread      `json:"unread"`
}

type goalOrgJSON struct {
	Name   string         `json:"name"`
	Kind   goal.OrgKind   `json:"kind,omitempty"`
	Parent string         `json:"parent,omitempty"`
	Head   *goal.Head     `json:"head,omitempty"`
	Goals  []goalItemJSON `json:"goals"`
}

type goalItemJSON struct {
	Text    string        `json:"text"`
	Purpose string        `json:"purpose,omitempty"`
	Targets []goal.Target `json:"targets"`
	Fields  []Field       `json:"fields,omitempty"`
	Line    int           `json:"line,omitempty"`
}

// MarshalJSON writes the documented form: units in order with their goals
// nested. A unit with no goal of its own that only encloses others (the
// bureau of a bureau and division table) is named as their "parent" and
// not listed itself, unless the list names its head.
//
//	{"kind":"goals","title":…,"organizations":[{"name","kind"?,"parent"?,
//	  "goals":[{"text","purpose"?,"targets":[…],"fields"?:[…],"line"}]}],
//	 "notes"?:[…],"coverage":0.97,"unread":[…]}
func (l GoalList) MarshalJSON() ([]byte, error) {
	j := goalListJSON{Kind: KindGoals, Title: l.Title, Organizations: []goalOrgJSON{}, Notes: l.Notes,
		Coverage: round3(l.Coverage), Unread: l.Unread}
	if j.Unread == nil {
		j.Unread = []Unread{}
	}
	if !l.Updated.IsZero() {
		d := l.Updated
		j.Updated = &d
	}
	at := map[string]int{}
	add := func(name string, o *goal.Organization) int {
		if i, ok := at[name]; ok {
			return i
		}
		oj := goalOrgJSON{Name: name, Kind: goal.OrgKindOf(name), Goals: []goalItemJSON{}}
		if o != nil {
			oj.Kind = o.Kind
			if o.Parent != nil {
				oj.Parent = o.Parent.Name
			}
			if !o.Head.IsZero() {
				h := o.Head
				oj.Head = &h
			}
		}
		at[name] = len(j.Organizations)
		j.Organizations = append(j.Organizations, oj)
		return at[name]
	}
	has := map[string]bool{}
	for _, g := range l.Goals {
		has[g.Owner] = true
	}
	for _, o := range l.Organizations {
		// a bureau that only encloses divisions is their "parent", not a
		// unit of the list
		if !has[o.Name] && len(o.Children) > 0 && o.Head.IsZero() {
			continue
		}
		add(o.Name, o)
	}
	for _, g := range l.Goals {
		i := add(g.Owner, nil)
		targets := g.Targets
		if targets == nil {
			targets = []goal.Target{}
		}
		j.Organizations[i].Goals = append(j.Organizations[i].Goals, goalItemJSON{Text: g.Statement, Purpose: g.Purpose,
			Targets: targets, Fields: g.Fields, Line: g.Line})
	}
	return json.Marshal(j)
}

// paragraphLines reads a paragraph the structure reader joined from
// several source lines (short lines without a sentence end, CSV rows) line
// by line: CSV rows as a table, other lines as a title, a unit's heading,
// a goal or a note; a line that is none of them is unread.
func (g *goalsLoader) paragraphLines(b *doc.Block) {
	var rows []doc.Row
	flushRows := func() {
		if len(rows) > 0 {
			g.flushSheet()
			g.tableRows(rows)
			rows = nil
		}
	}
	for _, ln := range sourceLines(g.d, b) {
		// a space-separated table first: its cells hold numbers with
		// commas (1,200人) that are no CSV
		if r := g.spaceRow(ln); r != nil {
			rows = append(rows, *r)
			continue
		}
		if cells := csvCells(g.d.Source, ln.span); cells != nil {
			rows = append(rows, doc.Row{Span: ln.span, Cells: cells})
			continue
		}
		flushRows()
		if at := unterminatedQuote(g.d.Source, ln.span); at >= 0 {
			// 総務局,"A… — a CSV row whose quoted cell never ends
			g.u.problem(doc.Span{Start: at, End: ln.span.End}, "quoted cell not closed")
			continue
		}
		if !g.line(ln) {
			g.u.unreadSpan(ln.span)
		}
	}
	flushRows()
}

// line reads one source line; false when it is none of a title, a unit's
// heading, a goal or a note.
func (g *goalsLoader) line(ln srcLine) bool {
	t := ln.text
	if isFurnitureText(t) {
		return true
	}
	if name := orgHeading(&doc.Block{Kind: doc.Paragraph, Text: t}); name != "" {
		g.flushSheet()
		g.setOwner(name)
		g.started = true
		return true
	}
	if !g.started && runes(t) <= 80 && !strings.HasSuffix(t, "。") &&
		(g.l.Title == "" || containsAny(t, goalTitleWords) && !containsAny(g.l.Title, goalTitleWords)) {
		if g.l.Title != "" {
			g.l.Notes = append(g.l.Notes, g.l.Title)
		}
		g.l.Title = strings.TrimLeft(t, "◆◇■□●○")
		return true
	}
	if g.laterSheetTitle(t) || g.sheetHead(t) {
		g.started = true
		return true
	}
	owner := g.owner
	if owner == "" {
		owner = g.docOrg
	}
	if owner != "" && isGroupHeading(t) {
		g.flushSheet()
		g.group = t
		g.started = true
		return true
	}
	stmt := itemText(t)
	if owner != "" && (endsGoal(t) && g.owner != "" || stmt != t) && isGoalSentence(stmt) {
		g.flushSheet()
		at := ln.span.Start + strings.Index(g.d.Source[ln.span.Start:ln.span.End], stmt)
		if at < ln.span.Start {
			at = ln.span.Start
		}
		gl := Goal{Goal: goal.Goal{Owner: owner, Statement: stmt, Purpose: parse.PurposeClause(stmt), Line: ln.line,
			Span: goal.Span{Start: at, End: ln.span.End}}}
		gl.Targets = sourceTargets(g.p, g.d.Source, doc.Span{Start: at, End: ln.span.End})
		g.org(owner)
		g.l.Goals = append(g.l.Goals, gl)
		g.started = true
		return true
	}
	if !g.started {
		g.l.Notes = append(g.l.Notes, t)
		return true
	}
	return false
}

// joinedShortLines: a block the structure reader joined from several
// source lines of which the first is short and ends no sentence — a title,
// a head line and a heading run together — rather than one sentence
// wrapped at the page width.
func joinedShortLines(d *doc.Document, b *doc.Block) bool {
	lines := sourceLines(d, b)
	if len(lines) < 2 {
		return false
	}
	first := lines[0].text
	return runes(first) <= 40 && !strings.HasSuffix(first, "、") && !strings.HasSuffix(first, "，")
}

// hasCSVLine: a block holding a line of comma-separated cells, which the
// structure reader took for prose.
func hasCSVLine(d *doc.Document, b *doc.Block) bool {
	if !strings.Contains(d.Source[b.Span.Start:b.Span.End], ",") {
		return false
	}
	for _, ln := range sourceLines(d, b) {
		if csvCells(d.Source, ln.span) != nil || unterminatedQuote(d.Source, ln.span) >= 0 {
			return true
		}
	}
	return false
}

// isGroupHeading: a short line opening with a bracketed or marked label
// and no sentence end (【目標1】安全な水の安定供給, ■重点目標2 …), a heading
// over the goals below it.
func isGroupHeading(t string) bool {
	t = strings.TrimSpace(t)
	if runes(t) > 40 || endsGoal(t) {
		return false
	}
	r := []rune(t)
	return len(r) > 2 && strings.ContainsRune("【［[〔■□◆◇", r[0])
}

// orgRank orders kinds of unit from the largest: a 課 heading after a 部
// heading is a division of that department.
func orgRank(k goal.OrgKind) int {
	switch k {
	case goal.OrgHeadquarters, goal.OrgBureau, goal.OrgWard, goal.OrgSecretariat, goal.OrgCommission:
		return 1
	case goal.OrgDepartment, goal.OrgOffice:
		return 2
	case goal.OrgDivision, goal.OrgEstablishment, goal.OrgCenter:
		return 3
	case goal.OrgSection:
		return 4
	}
	return 0
}

// setOwner makes name the unit of the goals that follow; a smaller unit
// after a larger one's heading (■総務部 then ○人事課) is placed under it.
func (g *goalsLoader) setOwner(name string) {
	o := g.org(name)
	r := orgRank(o.Kind)
	// the nearest enclosing heading of a larger unit
	for len(g.headings) > 0 {
		top := g.headings[len(g.headings)-1]
		if rt := orgRank(top.Kind); rt > 0 && r > rt {
			if o.Parent == nil && top != o {
				top.AddChild(o)
			}
			break
		}
		g.headings = g.headings[:len(g.headings)-1]
	}
	// no larger unit's heading above: a smaller unit is placed under the
	// unit the title names (「都市整備部 組織目標」 / 1 道路課)
	if len(g.headings) == 0 && o.Parent == nil && g.docOrg != "" && g.docOrg != name {
		if top := g.org(g.docOrg); orgRank(top.Kind) > 0 && r > orgRank(top.Kind) {
			top.AddChild(o)
		}
	}
	g.headings = append(g.headings, o)
	g.owner = name
	g.group = ""
}

// headInRemark reads the head a unit's heading names in brackets
// (■総務部（部長 山田太郎）) into the unit being read.
func (g *goalsLoader) headInRemark(line string) {
	if _, h, ok := orgAndHead(strings.TrimLeft(itemText(line), "【[〔（(■□◆◇●○")); ok {
		if o := g.orgs[g.owner]; o != nil && o.Head.IsZero() {
			o.Head = h
		}
		return
	}
	m := bracketTailRe.FindString(line)
	if m == "" || g.owner == "" {
		return
	}
	inner := strings.TrimFunc(strings.Trim(m, "（）()"), isBlank)
	if h, ok := headOf(inner); ok {
		if o := g.orgs[g.owner]; o != nil && o.Head.IsZero() {
			o.Head = h
		}
	}
}
