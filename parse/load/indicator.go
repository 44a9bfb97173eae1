package load

import (
	"encoding/json"
	"math"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// IndicatorList is what ReadIndicators finds in a document: its indicators
// in document order, and what it did not read.
type IndicatorList struct {
	Indicators []goal.Indicator
	// Coverage is the share of non-blank, non-furniture bytes of the
	// document in the blocks the indicators were read from (and their
	// headings and footnotes); Unread are the spans of the tables and lines
	// that looked like indicators (a header word, an arrow, figures) but
	// could not be read as one.
	Coverage float64
	Unread   []doc.Span
}

// MarshalJSON writes {"indicators":[indicator…],"coverage":c,"unread":
// [{"start","end"}…]}; each indicator in the form goal.Indicator documents.
func (l IndicatorList) MarshalJSON() ([]byte, error) {
	type span struct {
		Start int `json:"start"`
		End   int `json:"end"`
	}
	j := struct {
		Indicators []goal.Indicator `json:"indicators"`
		Coverage   float64          `json:"coverage"`
		Unread     []span           `json:"unread"`
	}{Indicators: l.Indicators, Coverage: math.Round(l.Coverage*1000) / 1000, Unread: []span{}}
	if j.Indicators == nil {
		j.Indicators = []goal.Indicator{}
	}
	for _, u := range l.Unread {
		j.Unread = append(j.Unread, span{u.Start, u.End})
	}
	return json.Marshal(j)
}

// ReadIndicators reads the indicators (成果指標, KPI) of a document the
// structure reader has read: tables in any layout the reader recognizes
// (tab, pipe, aligned columns, one line), with header words naming the
// columns (v; nil for the defaults), years in the header (「現状値（令和2年度）」),
// in the cell (「42.5%(令和元年度)」) or in a footnote (※目標値は令和9年度),
// units in a unit column or the cell; and lines 「指標名：A→B」, 「指標名＝A→B未満」.
// p reads the figures and years (parse.ParseFigure, parse.Dates); nil uses
// a default parser.
func ReadIndicators(d *doc.Document, p *parse.Parser, v *IndicatorVocabulary) (*IndicatorList, error) {
	if p == nil {
		var err error
		if p, err = parse.New(); err != nil {
			return nil, err
		}
	}
	if v == nil {
		v, _ = NewIndicatorVocabulary(nil, nil)
	}
	ir := &indicatorReader{d: d, p: p, v: v, used: make([]bool, len(d.Blocks))}
	ir.read()
	l := &IndicatorList{Indicators: ir.out, Unread: ir.unread}
	l.Coverage = d.Coverage(func(b doc.Block) bool {
		for i := range d.Blocks {
			if d.Blocks[i].Span == b.Span && ir.used[i] {
				return true
			}
		}
		return false
	})
	return l, nil
}

// indicatorReader is the state of one ReadIndicators call.
type indicatorReader struct {
	d      *doc.Document
	p      *parse.Parser
	v      *IndicatorVocabulary
	used   []bool
	out    []goal.Indicator
	unread []doc.Span
	node   string // the title of the last heading that is not a block word
	// pending are the indicators of the current section that a footnote
	// may still give years to: index into out, and which figures lack one.
	pending []int
}

func (ir *indicatorReader) read() {
	for i := range ir.d.Blocks {
		b := &ir.d.Blocks[i]
		switch b.Kind {
		case doc.Heading:
			if b.Word == "" {
				ir.node = b.Title
				ir.pending = nil
			} else if ir.isIndicatorWord(b.Word) || ir.isIndicatorWord(b.Title) {
				ir.used[i] = true
			}
		case doc.Table:
			if ir.table(b) {
				ir.used[i] = true
			}
		case doc.Paragraph, doc.Bullet, doc.Field:
			text := ir.d.Source[b.Span.Start:b.Span.End]
			if ir.footnote(text) {
				ir.used[i] = true
				continue
			}
			if ind, ok := ir.line(b); ok {
				ir.add(ind)
				ir.used[i] = true
			}
		}
	}
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
	ind.Node = ir.node
	ir.out = append(ir.out, ind)
	ir.pending = append(ir.pending, len(ir.out)-1)
}

// footnote reads 「※現状値は令和3年度、目標値は令和9年度」: each column word
// followed by a year gives that year to the figures of that role, in the
// section's indicators that lack one. It reports whether text was one.
func (ir *indicatorReader) footnote(text string) bool {
	if len(ir.pending) == 0 {
		return false
	}
	dates, err := ir.p.Dates(text)
	if err != nil || len(dates) == 0 {
		return false
	}
	found := false
	for _, h := range ir.v.headers {
		if h.Column != ColumnBaseline && h.Column != ColumnTarget && h.Column != ColumnInterim && h.Column != ColumnActual {
			continue
		}
		at := strings.Index(text, h.Word)
		if at < 0 {
			continue
		}
		for _, dm := range dates {
			if dm.Span.Start < at+len(h.Word) {
				continue
			}
			y, ok := yearOf(dm)
			if !ok {
				break
			}
			// the date must follow the word closely: 「目標値は令和9年度」
			if gap := text[at+len(h.Word) : dm.Span.Start]; len(gap) > 12 {
				break
			}
			found = true
			for _, k := range ir.pending {
				ir.setMissingYear(&ir.out[k], h.Column, y)
			}
			break
		}
		// a longer word containing this one was already applied
		text = strings.Replace(text, h.Word, strings.Repeat(" ", len(h.Word)), 1)
	}
	return found
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

// yearOf is the year a date mention names when it is one: a fiscal year
// (年度) or a calendar year (年); a range gives its last year.
func yearOf(d goal.DateMention) (goal.Year, bool) {
	switch d.Kind {
	case goal.DateKindFiscalYear:
		fy := d.FiscalYear
		if d.ThroughFiscalYear != 0 {
			fy = d.ThroughFiscalYear
		}
		return goal.Year{Value: int(fy)}, true
	case goal.DateKindDate:
		if d.Date.Precision == goal.PrecisionYear && d.ThroughDate.Precision == goal.PrecisionUnset {
			return goal.Year{Value: d.Date.Year, Calendar: true}, true
		}
	}
	return goal.Year{}, false
}
