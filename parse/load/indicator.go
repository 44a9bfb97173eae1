package load

import (
	"encoding/json"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jtext"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// IndicatorList is what LoadIndicators finds in a document: its
// indicators in document order, and what it did not read.
type IndicatorList struct {
	Indicators []goal.Indicator
	// Coverage is the share of the document's non-blank, non-furniture
	// bytes in the blocks the indicators were read from (with their
	// headings and footnotes); Unread is the rest, line by line, and the
	// rows of indicator tables that could not be read as an indicator.
	Coverage float64
	Unread   []Unread
}

// MarshalJSON writes {"indicators":[indicator…],"coverage":c,"unread":[…]};
// each indicator in the form goal.Indicator documents, unread entries as in
// the other loaders ({"line","text","start","end","problem"?}).
func (l IndicatorList) MarshalJSON() ([]byte, error) {
	j := struct {
		Indicators []goal.Indicator `json:"indicators"`
		Coverage   float64          `json:"coverage"`
		Unread     []Unread         `json:"unread"`
	}{Indicators: l.Indicators, Coverage: math.Round(l.Coverage*1000) / 1000, Unread: l.Unread}
	if j.Indicators == nil {
		j.Indicators = []goal.Indicator{}
	}
	if j.Unread == nil {
		j.Unread = []Unread{}
	}
	return json.Marshal(j)
}

// WithIndicatorHeaders adds header words to the indicator table vocabulary
// (DefaultIndicatorHeaders); a word already known takes the new column.
func WithIndicatorHeaders(h ...IndicatorHeader) Option {
	return func(c *Config) error {
		if _, err := NewIndicatorVocabulary(h, nil); err != nil {
			return optionError("WithIndicatorHeaders", err.Error())
		}
		c.indicatorHeaders = append(c.indicatorHeaders, h...)
		return nil
	}
}

// WithFootnoteMarks adds marks that open a note under an indicator table
// (DefaultFootnoteMarks): a note gives years to the figures above that
// lack one (「◇目標値は令和12年度」 with WithFootnoteMarks("◇")). An empty
// mark is an error.
func WithFootnoteMarks(marks ...string) Option {
	return func(c *Config) error {
		for _, m := range marks {
			if strings.TrimSpace(m) == "" {
				return optionError("WithFootnoteMarks", "empty mark")
			}
		}
		c.footnoteMarks = append(c.footnoteMarks, marks...)
		return nil
	}
}

// WithDirectionWords adds direction words (DefaultDirectionWords).
func WithDirectionWords(d ...DirectionWord) Option {
	return func(c *Config) error {
		if _, err := NewIndicatorVocabulary(nil, d); err != nil {
			return optionError("WithDirectionWords", err.Error())
		}
		c.directionWords = append(c.directionWords, d...)
		return nil
	}
}

// LoadIndicators reads the indicators (成果指標, KPI) of a plan text or an
// indicator table:
//
//   - tables in every layout the structure reader recognizes (tab, pipe,
//     aligned columns, one line, run together), their header row found by
//     its words (DefaultIndicatorHeaders, extended by WithIndicatorHeaders;
//     a cell names the column of the longest word it holds): name, unit,
//     baseline, interim, target, actual, their year columns, direction,
//     definition, source; a table without a header is read when its rows
//     hold a name and figures (baseline, interim …, target in order);
//   - years from the cell (「42.5%(令和元年度)」), the header
//     (「現状値（令和2年度）」, or a second header row of years), a year
//     column, or a footnote after the table (※目標値は令和9年度); a year
//     written 年 is a calendar year (Calendar), 年度 a fiscal year;
//   - units from a unit column, a header bracket (「目標値（％）」) or the
//     cell (「412万人」 is 4120000 人, as parse reads it);
//   - direction from a direction column (DefaultDirectionWords: 増加を目指す,
//     減少を目指す, 維持, ↑ ↓ →), otherwise from the target's comparator
//     (以上 increase, 以下/未満/以内 decrease), otherwise unset;
//   - lines 「指標名：A（年）→B（年）」 and 「指標名＝A→B未満」.
//
// Node is the title of the last numbered or titled heading above. Figures
// are read by parse.ParseFigure and years by parse's date reader.
//
// Errors are *Error values wrapping parse.ErrEncoding, parse.ErrRead,
// parse.ErrTooLong, parse.ErrNoContent (no indicator found) or
// ErrWrongKind (none found, and the document is clearly of another kind).
func LoadIndicators(r io.Reader, opts ...Option) (*IndicatorList, error) {
	text, c, err := ReadText(r, KindIndicators, opts...)
	if err != nil {
		return nil, err
	}
	v, err := NewIndicatorVocabulary(c.indicatorHeaders, c.directionWords)
	if err != nil {
		return nil, err
	}
	if len(c.footnoteMarks) > 0 {
		v.marks = append(DefaultFootnoteMarks(), c.footnoteMarks...)
	}
	dr, err := indicatorsReader(c, v)
	if err != nil {
		return nil, err
	}
	l := ReadIndicators(dr.Read(text), c.Parser, v)
	if len(l.Indicators) == 0 {
		if err := CheckKind(KindIndicators, text); err != nil {
			return nil, err
		}
		return nil, errNoContent(KindIndicators, "no indicator found")
	}
	return l, nil
}

var indicatorsReaders sharedReader

// indicatorsReader is the structure reader LoadIndicators uses: the
// caller's, or one that knows the indicator header words as table header
// words (made once for the default vocabulary).
func indicatorsReader(c Config, v *IndicatorVocabulary) (*doc.Reader, error) {
	if c.Reader != nil {
		return c.Reader, nil
	}
	words := func() []string {
		var w []string
		for _, h := range v.headers {
			w = append(w, h.Word)
		}
		return w
	}
	if len(c.indicatorHeaders) > 0 {
		return doc.NewReader(doc.WithTableHeaderWords(words()...))
	}
	return indicatorsReaders.get(func() []doc.Option { return []doc.Option{doc.WithTableHeaderWords(words()...)} })
}

// ReadIndicators reads the indicators of a document the structure reader
// has read, as LoadIndicators does (p and v nil: the defaults). Callers
// that already hold the blocks (a plan loader) use it directly.
func ReadIndicators(d *doc.Document, p *parse.Parser, v *IndicatorVocabulary) *IndicatorList {
	if p == nil {
		var err error
		if p, err = defaultParser(); err != nil {
			p = nil
		}
	}
	if v == nil {
		v, _ = NewIndicatorVocabulary(nil, nil)
	}
	ir := &indicatorReader{d: d, p: p, v: v, u: newBlockUse(d), nodeBlock: -1}
	if p != nil {
		ir.read()
	}
	return &IndicatorList{Indicators: ir.out, Unread: ir.u.unreadIn(0, -1), Coverage: ir.u.coverageIn(0, -1)}
}

// indicatorReader is the state of one ReadIndicators call.
type indicatorReader struct {
	d         *doc.Document
	p         *parse.Parser
	v         *IndicatorVocabulary
	u         *blockUse
	out       []goal.Indicator
	node      string // the title of the last heading that is not a block word
	nodeBlock int    // its block index, -1 before the first
	inSection bool   // under a heading naming indicators (成果指標, KPI)
	// pending are the indicators of the current section (index into out)
	// that a footnote may still give years to.
	pending []int
}

func (ir *indicatorReader) read() {
	skipTo := -1
	for i := range ir.d.Blocks {
		b := &ir.d.Blocks[i]
		if b.Span.Start < skipTo {
			if b.Span.End <= skipTo {
				ir.u.use(i) // read as a table written one cell per line
				continue
			}
		} else if end, ok := ir.cellLines(b.Span.Start); ok {
			skipTo = end
			if b.Span.End <= skipTo {
				ir.u.use(i)
				continue
			}
		}
		switch b.Kind {
		case doc.Heading:
			if ir.isIndicatorWord(b.Word) || ir.isIndicatorWord(b.Title) {
				ir.u.use(i)
				ir.inSection = true
			} else {
				ir.node, ir.nodeBlock = b.Title, i
				ir.pending = nil
				ir.inSection = false
			}
		case doc.Table:
			if ir.table(b) {
				ir.u.use(i)
			}
		case doc.Paragraph, doc.Bullet, doc.Field:
			text := ir.d.Source[b.Span.Start:b.Span.End]
			if b.Kind == doc.Paragraph && ir.sectionTitle(b.Text) {
				ir.u.use(i) // 「（施策の成果指標）」 standing for a heading
				ir.inSection = true
				continue
			}
			if ir.footnote(text) {
				ir.u.use(i)
				continue
			}
			if ind, ok := ir.line(b); ok {
				ir.add(ind)
				ir.u.use(i)
				continue
			}
			if ir.inSection && ir.rowLines(b) {
				ir.u.use(i)
			} else if !ir.inSection && ir.datedRow(b) {
				ir.u.use(i)
			}
		}
	}
}

// datedRow reads a one-line row outside an indicator section when it is
// evidently one: a short name without sentence punctuation, then three or
// more figures each with its year, the years rising
// (「観光入込客数 385千人(2019年) 410千人(2022年) 440千人(2025年)」).
// Prose that names a figure or two with years is not read.
func (ir *indicatorReader) datedRow(b *doc.Block) bool {
	line := ir.d.Source[b.Span.Start:b.Span.End]
	if b.Kind != doc.Paragraph || strings.ContainsAny(line, "\r\n。") {
		return false
	}
	// the row ends with the last figure's year bracket, and the name is no
	// sentence subject (「人口は 12万人(2010年) … と減少している」)
	if t := strings.TrimSpace(line); !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "）") {
		return false
	}
	ind, ok := ir.lineRow(line)
	if !ok || ind.Baseline == nil || ind.Target == nil || len(ind.Interim) == 0 ||
		utf8.RuneCountInString(ind.Name) > 40 || strings.ContainsAny(ind.Name, "、，,") || endsWithParticle(ind.Name) {
		return false
	}
	vals := append(append([]goal.IndicatorValue{*ind.Baseline}, ind.Interim...), *ind.Target)
	for k, v := range vals {
		if v.Year.IsZero() || (k > 0 && v.Year.Value <= vals[k-1].Year.Value) {
			return false
		}
	}
	ind.Span = goal.Span{Start: b.Span.Start, End: b.Span.End}
	ind.Text = line
	ir.add(ind)
	return true
}

// endsWithParticle reports whether a name ends with a particle (は, が,
// を, も, で, に, と): the subject of a sentence, not an indicator's name.
func endsWithParticle(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune("はがをもでにと", r)
}

// sectionTitle reports whether a short line without figures names an
// indicator block (「（施策の成果指標）」, 「■目標指標」).
func (ir *indicatorReader) sectionTitle(t string) bool {
	return utf8.RuneCountInString(t) <= 20 && ir.isIndicatorWord(t) &&
		!strings.ContainsAny(t, "0123456789０１２３４５６７８９：:→")
}

// isIndicatorWord reports whether a heading names an indicator block.
func (ir *indicatorReader) isIndicatorWord(w string) bool {
	for _, k := range []string{"指標", "KPI", "ＫＰＩ"} {
		if strings.Contains(w, k) {
			return true
		}
	}
	return false
}

func (ir *indicatorReader) add(ind goal.Indicator) {
	for _, k := range ir.pending {
		if o := &ir.out[k]; o.Span == ind.Span && ind.Span.End > ind.Span.Start {
			return // read already, from a block that starts inside its table
		}
	}
	ind.Node = ir.node
	if ir.nodeBlock >= 0 {
		ir.u.use(ir.nodeBlock) // the heading the indicator belongs to was read
	}
	ir.out = append(ir.out, ind)
	ir.pending = append(ir.pending, len(ir.out)-1)
}

// footnote reads a note after a table that gives years to its figures:
// 「※現状値は令和3年度、目標値は令和9年度」, 「※目標年度はいずれも令和12年度」,
// 「※目標値は、後期計画の最終年度である令和9年度の数値です。」. Each value
// or year column word (目標値, 目標年度, 基準値 …) gives the first year after
// it — before the next such word and the end of its sentence (。) — to the
// figures of that role, in the section's indicators that lack one. On a
// line opening with a note mark (footnoteMarks) the year may stand anywhere
// in that clause; on another line it must follow the word closely
// (「目標値は令和9年度」), so prose that merely names a year is not a note.
// It reports whether text was one.
func (ir *indicatorReader) footnote(text string) bool {
	if len(ir.pending) == 0 {
		return false
	}
	dates, err := ir.p.Dates(text)
	if err != nil || len(dates) == 0 {
		return false
	}
	note := ir.isFootnote(text)
	// the role words of the line in order, a longer word first where two
	// overlap (目標年度 before 目標)
	type cue struct {
		at, end int
		col     IndicatorColumn
	}
	var cues []cue
	blanked := text
	for _, h := range ir.v.headers {
		col, ok := footnoteColumn(h.Column)
		if !ok {
			continue
		}
		for {
			at := strings.Index(blanked, h.Word)
			if at < 0 {
				break
			}
			cues = append(cues, cue{at, at + len(h.Word), col})
			blanked = blanked[:at] + strings.Repeat(" ", len(h.Word)) + blanked[at+len(h.Word):]
		}
	}
	sort.Slice(cues, func(i, j int) bool { return cues[i].at < cues[j].at })
	found := false
	for k, c := range cues {
		limit := len(text)
		if k+1 < len(cues) {
			limit = cues[k+1].at
		}
		if i := strings.Index(text[c.end:limit], "。"); i >= 0 {
			limit = c.end + i
		}
		for _, dm := range dates {
			if dm.Span.Start < c.end || dm.Span.Start >= limit {
				continue
			}
			y, ok := goal.YearOf(dm)
			if !ok {
				break
			}
			if !note && dm.Span.Start-c.end > 12 {
				break
			}
			found = true
			for _, p := range ir.pending {
				ir.setMissingYear(&ir.out[p], c.col, y)
			}
			break
		}
	}
	return found
}

// isFootnote reports whether text opens with a note mark of the table
// (DefaultFootnoteMarks, extended by WithFootnoteMarks), a note's number
// allowed after it (※1, 注1）, （注2）, 注①). A mark that ends in a letter
// (注, 備考) must be followed by a number, a closing bracket, a colon, a
// point or a space, so 注意 and 注目 do not open notes; one that ends in an
// opening bracket （注 must be closed (（注）, （注1）).
func (ir *indicatorReader) isFootnote(text string) bool {
	marks := ir.v.marks
	if marks == nil {
		marks = defaultFootnoteMarks
	}
	text = strings.TrimLeft(text, " 　\t")
	for _, m := range marks {
		if !strings.HasPrefix(text, m) {
			continue
		}
		rest := text[len(m):]
		numbered := false
		for rest != "" {
			r, size := utf8.DecodeRuneInString(rest)
			if !(jtext.IsDigitRune(r) || r >= '①' && r <= '⑳') {
				break
			}
			rest, numbered = rest[size:], true
		}
		last, _ := utf8.DecodeLastRuneInString(m)
		first, _ := utf8.DecodeRuneInString(rest)
		switch {
		case strings.ContainsRune("（(［[", last) || strings.ContainsAny(m, "（(［["):
			if strings.ContainsRune("）)］]", first) {
				return true
			}
		case unicode.IsLetter(last):
			if numbered || rest == "" || strings.ContainsRune("）)］]：:.．、 　\t", first) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// footnoteColumn is the value column a footnote word gives years to: a
// value column itself, or its year column (目標年度 → the target).
func footnoteColumn(c IndicatorColumn) (IndicatorColumn, bool) {
	switch c {
	case ColumnBaseline, ColumnTarget, ColumnInterim, ColumnActual:
		return c, true
	case ColumnBaselineYear:
		return ColumnBaseline, true
	case ColumnTargetYear:
		return ColumnTarget, true
	case ColumnActualYear:
		return ColumnActual, true
	}
	return ColumnUnset, false
}

func (ir *indicatorReader) setMissingYear(ind *goal.Indicator, c IndicatorColumn, y goal.Year) {
	switch c {
	case ColumnBaseline:
		if ind.Baseline != nil && ind.Baseline.Year.IsZero() {
			ind.Baseline.Year = y
		}
	case ColumnTarget:
		if ind.Target != nil && ind.Target.Year.IsZero() {
			ind.Target.Year = y
		}
	case ColumnInterim:
		for k := range ind.Interim {
			if ind.Interim[k].Year.IsZero() {
				ind.Interim[k].Year = y
			}
		}
	case ColumnActual:
		for k := range ind.Actuals {
			if ind.Actuals[k].Year.IsZero() {
				ind.Actuals[k].Year = y
			}
		}
	}
}
