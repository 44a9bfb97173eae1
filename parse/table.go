package parse

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// tableDoc names the document kind in a goal table's errors.
const tableDoc = "goal table"

// GoalTable is a table of organizations and the goals each sets itself, such
// as Saitama City's 「CS90行動目標」一覧【局】 (the list of every bureau's
// CS90 action goals).
//
// Positions (goal and target spans, lines) are byte offsets and lines in
// the decoded UTF-8 text: for UTF-8 input without a byte order mark that is
// the input itself; after a byte order mark, add 3 to reach the
// input's bytes; for Shift_JIS input they refer to the UTF-8 text.
type GoalTable struct {
	// Title is the table's title: the first line before the table when it
	// reads as a heading (it does not end in 。 or 、 and is at most 80
	// characters). Empty when the document has none.
	Title string
	// Notes are the other lines outside the table (preamble prose, remarks
	// after it), trimmed, in order. Header rows are not notes.
	Notes []string
	// Organizations are the organizations of the table, each once, in order
	// of first appearance, with the kind their names say (OrgKindOf).
	Organizations []goal.Organization
	// Goals are the goal statements in order; Goal.Owner names the row's
	// organization.
	Goals []goal.Goal
}

// GoalsOf returns the goals of the named organization, in order; none for a
// name the table does not hold.
func (t GoalTable) GoalsOf(name string) []goal.Goal {
	var out []goal.Goal
	for _, g := range t.Goals {
		if g.Owner == name {
			out = append(out, g)
		}
	}
	return out
}

// LoadTable reads a goal table: rows of two cells, organization and goal,
// separated by TAB (TSV) or comma (CSV, RFC 4180 quoting), as chosen by
// WithTableFormat or detected (TSV when any line holds a TAB).
//
// The reader is decoded as WithEncoding says (detected by default: UTF-8
// with or without BOM, or Shift_JIS). It understands what copies of such
// tables carry:
//   - a title line and prose before the table (Title, Notes);
//   - header rows, also repeated in the middle and in spaced form
//     (「局 等	C S 9 0 行 動 目 標」): a row whose organization cell names no
//     kind of organization and whose other cell is a short label holding
//     目標, 取組, 内容 or 項目, or any row equal to such a header once spaces
//     are removed and widths folded;
//   - HTML left in a cell (<ul …>, <li>, <br>, &amp;): tags are removed,
//     block tags and ・ bullets at the start of a cell or after white space
//     separate goals, so one cell can hold several;
//   - a row with an empty organization cell continues the organization
//     above; a row with an empty goal cell lists an organization with no
//     goal; a TSV line without a TAB right after a row whose goal does not
//     end a sentence (。 or a closing bracket) continues that goal.
//
// Each goal gets its purpose clause (PurposeClause) and the targets p finds
// in it (Extract), with spans into the decoded document.
//
// Errors are *LoadError values: ErrEncoding for bytes invalid in the
// encoding, ErrSyntax (with line and column) for a row of more than two
// non-empty cells, a goal row before any organization, or — in CSV — a
// malformed quoted cell; ErrNoContent when no row is found; ErrTooLong and
// ErrRead from reading. A bad option is an *OptionError.
func (p *Parser) LoadTable(r io.Reader, opts ...LoadOption) (GoalTable, error) {
	c, err := newLoadConfig(opts)
	if err != nil {
		return GoalTable{}, err
	}
	doc, err := readDocument(r, c, tableDoc)
	if err != nil {
		return GoalTable{}, err
	}
	return p.loadTableText(doc, c.format)
}

// tableLoader is the state of one LoadTable call.
type tableLoader struct {
	p        *Parser
	doc      string
	tsv      bool
	t        GoalTable
	orgIndex map[string]int
	headers  map[string]bool
	owner    string // organization of the last row
	// lastGoal is the goal cell of the row just read, kept so that a TSV
	// line without a TAB can continue it; nil when the previous record
	// was not a row.
	lastGoal  *mappedBuilder
	lines     lineIndex // line starts, built on the first goal
	rowSeen   bool
	titleDone bool
}

func (p *Parser) loadTableText(doc string, format TableFormat) (GoalTable, error) {
	if format == FormatAuto {
		format = FormatCSV
		if strings.IndexByte(doc, '\t') >= 0 {
			format = FormatTSV
		}
	}
	l := &tableLoader{p: p, doc: doc, tsv: format == FormatTSV,
		orgIndex: map[string]int{}, headers: map[string]bool{}}
	delim := byte(',')
	if l.tsv {
		delim = '\t'
	}
	sc := newRecordScanner(doc, delim, !l.tsv)
	for {
		rec, ok, err := sc.next()
		if err != nil {
			return GoalTable{}, err
		}
		if !ok {
			break
		}
		if err := l.record(rec); err != nil {
			return GoalTable{}, err
		}
	}
	if err := l.flushGoal(); err != nil {
		return GoalTable{}, err
	}
	if !l.rowSeen {
		return GoalTable{}, &LoadError{Document: tableDoc, Err: ErrNoContent, Detail: "no row of organization and goal"}
	}
	return l.t, nil
}

// record classifies one record: blank, prose, header or row.
func (l *tableLoader) record(rec tableRecord) error {
	if rec.blank() {
		return l.flushGoal()
	}
	cells := rec.cells
	for len(cells) > 2 && strings.TrimSpace(cells[len(cells)-1].text) == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) == 1 {
		return l.prose(cells[0])
	}
	if err := l.flushGoal(); err != nil {
		return err
	}
	if len(cells) > 2 {
		line, col := position(l.doc, cells[2].at)
		return &LoadError{Document: tableDoc, Line: line, Column: col, Offset: cells[2].at, Err: ErrSyntax,
			Detail: strconv.Itoa(len(cells)) + " cells; a goal table row has two (organization, goal)"}
	}
	l.titleDone = true
	orgText, _ := stripMarkup(cells[0].mappedText)
	org := strings.TrimFunc(orgText.text, isSpaceRune)
	if l.isHeader(org, cells[1].text) {
		return nil
	}
	if org == "" {
		if l.owner == "" {
			line, col := position(l.doc, cells[0].at)
			return &LoadError{Document: tableDoc, Line: line, Column: col, Offset: cells[0].at, Err: ErrSyntax,
				Detail: "goal row with no organization, and none above it"}
		}
		org = l.owner
	}
	l.rowSeen = true
	l.owner = org
	if _, ok := l.orgIndex[org]; !ok {
		l.orgIndex[org] = len(l.t.Organizations)
		l.t.Organizations = append(l.t.Organizations, goal.Organization{Name: org, Kind: goal.OrgKindOf(org)})
	}
	l.lastGoal = &mappedBuilder{}
	l.lastGoal.appendMapped(cells[1].mappedText, 0, len(cells[1].text))
	return nil
}

// prose handles a record of one cell: the title, a note, or (TSV) the
// continuation of the goal cell just read.
func (l *tableLoader) prose(c tableCell) error {
	text := strings.TrimFunc(c.text, isSpaceRune)
	if l.tsv && l.lastGoal != nil && !endsStatement(l.lastGoal.b.String()) {
		l.lastGoal.appendMapped(c.mappedText, 0, len(c.text))
		return nil
	}
	if err := l.flushGoal(); err != nil {
		return err
	}
	if !l.titleDone {
		l.titleDone = true
		if !strings.HasSuffix(text, "。") && !strings.HasSuffix(text, "、") && utf8.RuneCountInString(text) <= 80 {
			l.t.Title = text
			return nil
		}
	}
	l.t.Notes = append(l.t.Notes, text)
	return nil
}

// endsStatement reports whether a goal cell ends as a finished statement
// does: with 。 or a closing bracket.
func endsStatement(s string) bool {
	s = strings.TrimRightFunc(s, isSpaceRune)
	for _, end := range []string{"。", ")", "）", "」", "』", "】", ">"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// headerKey normalizes a row for comparing header rows: widths folded,
// white space removed.
func headerKey(org, text string) string {
	return removeWhite(fold(org).text) + "\t" + removeWhite(fold(text).text)
}

func removeWhite(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpaceRune(r) {
			return -1
		}
		return r
	}, s)
}

// headerWords are what the goal column's label holds: 目標 (goal), 取組
// (initiative), 内容 (content), 項目 (item).
var headerWords = []string{"目標", "取組", "内容", "項目"}

// isHeader reports whether the row is a header row, and remembers new ones.
func (l *tableLoader) isHeader(org, text string) bool {
	key := headerKey(org, text)
	if l.headers[key] {
		return true
	}
	if goal.OrgKindOf(org) != goal.OrgKindUnset {
		return false
	}
	label := removeWhite(fold(text).text)
	if label == "" || utf8.RuneCountInString(label) > 30 || strings.ContainsAny(label, "。、") {
		return false
	}
	for _, w := range headerWords {
		if strings.Contains(label, w) {
			l.headers[key] = true
			return true
		}
	}
	return false
}

// flushGoal turns the goal cell of the last row into goals.
func (l *tableLoader) flushGoal() error {
	if l.lastGoal == nil {
		return nil
	}
	cell := l.lastGoal.done()
	l.lastGoal = nil
	text, breaks := stripMarkup(cell)
	for _, it := range splitItems(text, breaks) {
		g, err := l.goalOf(it)
		if err != nil {
			return err
		}
		l.t.Goals = append(l.t.Goals, g)
	}
	return nil
}

// goalOf builds the goal of one statement, with its targets mapped to the
// document.
func (l *tableLoader) goalOf(it mappedText) (goal.Goal, error) {
	start, end := it.docSpan(0, len(it.text))
	if l.lines == nil {
		l.lines = newLineIndex(l.doc)
	}
	line := l.lines.line(start)
	g := goal.Goal{Owner: l.owner, Statement: it.text, Purpose: PurposeClause(it.text),
		Span: goal.Span{Start: start, End: end}, Line: line}
	ex, err := l.p.Extract(it.text)
	if err != nil {
		var ie *InputError
		sentinel := err
		if errors.As(err, &ie) {
			sentinel = ie.Err
		}
		line, col := position(l.doc, start)
		return goal.Goal{}, &LoadError{Document: tableDoc, Line: line, Column: col, Offset: start, Err: sentinel, Detail: err.Error()}
	}
	for _, t := range ex.Targets {
		if t.Span.Start < 0 || t.Span.End > len(it.text) || t.Span.Start >= t.Span.End {
			continue // a recognizer bug must not take the loader down
		}
		s, e := it.docSpan(t.Span.Start, t.Span.End)
		t.Span = goal.Span{Start: s, End: e}
		t.Text = l.doc[s:e]
		g.Targets = append(g.Targets, t)
	}
	return g, nil
}

// tableJSON is the documented JSON form of a goal table.
type tableJSON struct {
	Title         string         `json:"title"`
	Organizations []tableOrgJSON `json:"organizations"`
}

type tableOrgJSON struct {
	Name  string          `json:"name"`
	Kind  goal.OrgKind    `json:"kind,omitempty"`
	Goals []tableGoalJSON `json:"goals"`
}

type tableGoalJSON struct {
	Text    string        `json:"text"`
	Purpose string        `json:"purpose,omitempty"`
	Targets []goal.Target `json:"targets"`
}

// MarshalJSON writes the documented form, organizations in table order with
// their goals nested:
//
//	{"title":…,"organizations":[{"name","kind"?,"goals":[{"text","purpose"?,"targets":[…]}]}]}
//
// kind is the Japanese label ("局") and is left out when unset; goals and
// targets are [] (never null) when empty; a target is written as
// goal.Target.MarshalJSON writes it, spans into the decoded document.
func (t GoalTable) MarshalJSON() ([]byte, error) {
	j := tableJSON{Title: t.Title, Organizations: make([]tableOrgJSON, 0, len(t.Organizations))}
	at := map[string]int{}
	for _, o := range t.Organizations {
		at[o.Name] = len(j.Organizations)
		j.Organizations = append(j.Organizations, tableOrgJSON{Name: o.Name, Kind: o.Kind, Goals: []tableGoalJSON{}})
	}
	for _, g := range t.Goals {
		i, ok := at[g.Owner]
		if !ok {
			i = len(j.Organizations)
			at[g.Owner] = i
			j.Organizations = append(j.Organizations, tableOrgJSON{Name: g.Owner, Kind: goal.OrgKindOf(g.Owner)})
		}
		targets := g.Targets
		if targets == nil {
			targets = []goal.Target{}
		}
		j.Organizations[i].Goals = append(j.Organizations[i].Goals, tableGoalJSON{Text: g.Statement, Purpose: g.Purpose, Targets: targets})
	}
	return json.Marshal(j)
}
