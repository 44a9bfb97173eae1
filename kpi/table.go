package kpi

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/excerpt"
	"github.com/policygoal/policygoal/internal/textenc"
)

// DefaultMaxTableBytes is the largest table ReadTable accepts unless
// TableOptions.MaxBytes says otherwise: 32 MiB, far above any KPI sheet.
const DefaultMaxTableBytes = 32 << 20

// maxHeaderSearch is how many leading rows may precede the header row
// (titles, notes) before ReadTable gives up looking for it.
const maxHeaderSearch = 10

// TableOptions configures ReadTable. The zero value reads plain numbers and
// four-digit years only; set the parsers to read target text and era years.
type TableOptions struct {
	// Targets reads target cells that are not a plain number
	// (「99.0%以上」). Nil makes such a cell an error wrapping ErrNoParser.
	Targets TargetParser
	// Years reads year cells that are not four plain digits (2020年度,
	// 令和2年度, R2). Nil makes such a cell an error wrapping ErrNoParser.
	Years FiscalYearParser
	// MaxBytes is the largest input accepted; 0 means DefaultMaxTableBytes.
	MaxBytes int
	// Headers adds header words: each maps a header text to the English
	// field name of the README's table ("name", "baseline", "target_year" …),
	// read before the built-in aliases. A name that is no field is ignored.
	Headers map[string]string
	// Directions adds direction words (「のばす」: DirectionIncrease), read
	// before the built-in ones.
	Directions map[string]Direction
}

// Table is what ReadTable read.
type Table struct {
	Indicators []Indicator // in order of first appearance
	// Errors lists the bad cells, in row order; each one's row was skipped.
	Errors []*CellError
	// Header is the header row as written; HeaderRow its 1-based row.
	Header    []string
	HeaderRow int
	// Ignored lists header cells that name no known column (or repeat
	// one); their cells are not read.
	Ignored []string
	// Encoding is "utf-8" or "shift_jis"; Replaced counts invalid byte
	// sequences read as U+FFFD.
	Encoding string
	Replaced int
}

// Err returns the row errors joined (errors.Join), or nil when there were
// none.
func (t Table) Err() error {
	errs := make([]error, len(t.Errors))
	for i, e := range t.Errors {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// ReadTable reads an indicator table: CSV as spreadsheet programs write it
// (UTF-8 with or without BOM, or Shift_JIS/CP932; CRLF or LF), with one row
// per indicator and fiscal year.
//
// The header row — the first of the first ten rows that names the indicator
// column and at least two others — may be in English (name, unit,
// direction, baseline, baseline_year, target, target_year, actual,
// actual_year, and optionally kind, weight, owner, node, source, tolerance,
// provisional) or in Japanese (指標名, 単位, 方向, 基準値, 基準年度, 目標値,
// 目標年度, 実績値, 実績年度, and optionally 区分, 重み, 担当課, 施策, 出典,
// 許容幅, 速報); see the README for every alias. Rows above it are skipped.
//
// Rows with the same name are one indicator; a row with an empty name
// continues the indicator above it (as merged cells export). Definition
// cells (unit, direction, baseline, target, …) may be repeated on every row
// or given once; a row that gives a different value is a conflict. Each
// non-empty actual becomes an Observation; an empty actual, a dash or
// 未集計 means no data, never 0.
//
// Cells: numbers as "1,234", "99.5%", "△5" (minus 5), "1.2万"; years as four
// digits or through opts.Years; targets as a plain number (a target with no
// comparator, Kind percentage when the unit is %) or through
// opts.Targets; directions as increase/decrease/maintain, 増加/減少/維持 or
// ↑/↓/→.
//
// A bad cell is a *CellError in Table.Errors naming its row and column
// (wrapping ErrNumber, ErrYear, ErrTarget, ErrDirection, ErrStage,
// ErrFlag, ErrNoParser, ErrConflict, ErrMissing or ErrCSV); its row is
// skipped and the other rows are read. The returned error is for a table
// that cannot be read at all: a read error, ErrTooLarge, or ErrNoHeader;
// the Table is then empty.
func ReadTable(r io.Reader, opts TableOptions) (Table, error) {
	rd, err := newRecordReader(r, opts.MaxBytes, "table")
	if err != nil {
		return Table{}, err
	}
	tr := tableReader{opts: opts, byName: map[string]int{}}
	tr.table.Encoding = rd.enc.String()

	for len(tr.cols) == 0 {
		rec, ok := rd.next()
		if rd.err != nil {
			return Table{}, rd.err
		}
		if !ok {
			return Table{}, fmt.Errorf("kpi: %w (a row naming %s and at least two other columns)", ErrNoHeader, "name/指標名")
		}
		if rec.err != nil || rd.records > maxHeaderSearch {
			if rd.records > maxHeaderSearch {
				return Table{}, fmt.Errorf("kpi: %w in the first %d rows", ErrNoHeader, maxHeaderSearch)
			}
			continue
		}
		if cols, known := headerColumnsWith(rec.cells, opts.Headers); known >= 3 {
			tr.setColumns(cols)
			tr.table.Header, tr.table.HeaderRow = slices.Clone(rec.cells), rec.row
			tr.readHeaderYears(rec)
			for i, c := range cols {
				if c == colNone && normalizeCell(rec.cells[i]) != "" {
					tr.table.Ignored = append(tr.table.Ignored, rec.cells[i])
				}
			}
		}
	}
	for rec := range rd.all() {
		if rec.err != nil {
			tr.table.Errors = append(tr.table.Errors, rec.err)
			continue
		}
		tr.row(rec)
	}
	if rd.err != nil {
		return Table{}, rd.err
	}
	t := tr.table
	t.Replaced = rd.replaced
	// The indicators were built in place, in order of first appearance:
	// no copy at the end, when the whole table is in memory.
	t.Indicators = slices.Clip(tr.inds)
	return t, nil
}

// record is one CSV record with the 1-based row (line) it starts on. Its
// cells are the reader's scratch, valid until the next record: whatever is
// kept is copied (cells are substrings of one string per record).
type record struct {
	cells []string
	row   int
	err   *CellError
	csv   *csv.Reader // for the line of each field
}

// line returns the 1-based line on which cell i starts.
func (r record) line(i int) int {
	if r.csv == nil || i < 0 || i >= len(r.cells) {
		return r.row
	}
	line, _ := r.csv.FieldPos(i)
	return line
}

// recordReader streams the records of a table or event file: decoded
// (UTF-8 or Shift_JIS), every line ending read as one, invalid bytes
// replaced and counted, at most a limit of bytes. Only one record is held
// at a time, so memory follows what the caller keeps, not the file.
type recordReader struct {
	csv      *csv.Reader
	enc      textenc.Encoding
	records  int
	replaced int
	// err is a read error or ErrTooLarge; the file cannot be read on.
	err error
}

// newRecordReader reads r, at most limit bytes (0: DefaultMaxTableBytes);
// what names the input in errors ("table", "events").
func newRecordReader(r io.Reader, limit int, what string) (*recordReader, error) {
	if limit <= 0 {
		limit = DefaultMaxTableBytes
	}
	lr := &limitReader{r: r, left: int64(limit), what: what, limit: limit}
	src, enc, err := textenc.NewReader(lr, textenc.Auto)
	if err != nil {
		return nil, lr.wrap(err)
	}
	c := csv.NewReader(textenc.Newlines(src))
	c.FieldsPerRecord = -1
	c.ReuseRecord = true
	return &recordReader{csv: c, enc: enc}, nil
}

// limitReader fails with ErrTooLarge once more than limit bytes are read.
type limitReader struct {
	r     io.Reader
	left  int64
	limit int
	what  string
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, fmt.Errorf("kpi: %s over %d bytes: %w", l.what, l.limit, ErrTooLarge)
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n, fmt.Errorf("kpi: %s over %d bytes: %w", l.what, l.limit, ErrTooLarge)
	}
	return n, err
}

// wrap names a read error; ErrTooLarge comes named already.
func (l *limitReader) wrap(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return fmt.Errorf("kpi: reading %s: %w", l.what, err)
}

// all yields the remaining records in order, a malformed one with its err
// set, until the end of the input or until it cannot be read on; the
// caller then checks rr.err.
func (rr *recordReader) all() iter.Seq[record] {
	return func(yield func(record) bool) {
		for {
			rec, ok := rr.next()
			if !ok || !yield(rec) {
				return
			}
		}
	}
}

// next returns the next record; ok is false at the end or when the input
// cannot be read on (rr.err). A malformed record comes back with err set;
// reading goes on with the next line.
func (rr *recordReader) next() (record, bool) {
	cells, err := rr.csv.Read()
	if err == io.EOF {
		return record{}, false
	}
	var pe *csv.ParseError
	if err != nil && !errors.As(err, &pe) {
		if !errors.Is(err, ErrTooLarge) {
			err = fmt.Errorf("kpi: reading: %w", err)
		}
		rr.err = err
		return record{}, false
	}
	rr.records++
	if pe != nil {
		if pe.Err != nil && !errors.Is(pe.Err, csv.ErrBareQuote) && !errors.Is(pe.Err, csv.ErrQuote) && !errors.Is(pe.Err, csv.ErrFieldCount) {
			rr.err = fmt.Errorf("kpi: reading: %w", pe.Err)
			if errors.Is(pe.Err, ErrTooLarge) {
				rr.err = pe.Err
			}
			return record{}, false
		}
		return record{row: pe.StartLine, err: &CellError{Row: pe.StartLine, Line: pe.Line, Err: ErrCSV, Cause: pe.Err}}, true
	}
	for i, c := range cells {
		var n int
		if cells[i], n = textenc.Replace(c, rr.enc); n > 0 {
			rr.replaced += n
		}
	}
	line, _ := rr.csv.FieldPos(0)
	return record{cells: cells, row: line, csv: rr.csv}, true
}

// tableReader accumulates indicators row by row.
type tableReader struct {
	opts   TableOptions
	cols   []column
	table  Table
	byName map[string]int
	inds   []Indicator // in order of first appearance
	states []pending   // what reading inds[i] needs, dropped at the end
	last   int         // index of the indicator of the previous good row
	// colIndex is the first column of each field (columnOf), built on
	// first use.
	colIndex []int
	// defSlot is the index in pending.defs of each definition field the
	// header has, -1 for the others; numDefs how many there are.
	defSlot [numColumns]int8
	numDefs int
	// lastFailed is set when the previous non-empty row was skipped.
	lastFailed bool
	// headerYears are years read from header cells (「現状値（令和2年度）」),
	// by year column; see header.go.
	headerYears [numColumns]goal.FiscalYear
}

// pending is what reading an indicator needs beyond the indicator: the
// text each definition column first had, to detect conflicting rows.
type pending struct {
	// defs holds the first text of each definition column the header
	// has (tableReader.defSlot): only those, and in one string, since a
	// string per slot cost more than the indicator itself on a large
	// table.
	defs defTexts
	// seen holds the (year, provisional) of each observation, so that a
	// second value for the same year is found without a walk over all of
	// them (quadratic for an indicator of many rows).
	seen map[observationKey]bool
}

// hasObservation reports whether the indicator has a value for key. A few
// observations are searched; from the ninth on, a map is kept (most
// indicators have a handful, and a map each would cost more memory than
// the table).
func (p *pending) hasObservation(ind *Indicator, key observationKey) bool {
	obs := ind.Observations
	if p.seen == nil && len(obs) >= 8 {
		p.seen = make(map[observationKey]bool, 2*len(obs))
		for _, o := range obs {
			p.seen[observationKey{o.Year, o.Provisional}] = true
		}
	}
	if p.seen != nil {
		return p.seen[key]
	}
	for _, o := range obs {
		if o.Year == key.year && o.Provisional == key.provisional {
			return true
		}
	}
	return false
}

type observationKey struct {
	year        goal.FiscalYear
	provisional bool
}

// cell is one cell of a row with its position.
type cellAt struct {
	text string
	col  int // 0-based
}

func (tr *tableReader) row(rec record) {
	var cells [numColumns]cellAt
	empty := true
	for i, text := range rec.cells {
		if i < len(tr.cols) && tr.cols[i] != colNone {
			cells[tr.cols[i]] = cellAt{text: text, col: i}
		}
		if normalizeCell(text) != "" {
			empty = false
		}
	}
	if empty {
		return
	}
	bad := func(c column, err, cause error) {
		at := cells[c]
		e := &CellError{Row: rec.row, Line: rec.line(at.col), Column: at.col + 1, Value: at.text, Err: err, Cause: cause}
		if c == colName && at.text == "" {
			e.Column = tr.columnOf(colName) + 1
		}
		if e.Column > 0 && e.Column <= len(tr.table.Header) {
			e.Header = tr.table.Header[e.Column-1]
		}
		tr.table.Errors = append(tr.table.Errors, e)
	}
	// A cell beyond the header has no column to go to: often a number
	// written with an unquoted thousands comma (1,234) that shifted every
	// cell after it. The row is skipped rather than read shifted.
	for i := len(tr.cols); i < len(rec.cells); i++ {
		if normalizeCell(rec.cells[i]) != "" {
			tr.table.Errors = append(tr.table.Errors, &CellError{Row: rec.row, Line: rec.line(i), Column: i + 1,
				Value: rec.cells[i], Err: ErrExtraCell, Cause: fmt.Errorf("the header has %d columns", len(tr.cols))})
			tr.lastFailed = true
			return
		}
	}

	// Parse every cell first, so a bad row changes nothing.
	name := normalizeCell(cells[colName].text)
	if name == "" && (len(tr.inds) == 0 || tr.lastFailed) {
		// A continuation row needs a good row above it; after a skipped row
		// it would attach to the wrong indicator.
		cause := errors.New("no indicator above to continue")
		if tr.lastFailed {
			cause = errors.New("continues a row that was skipped")
		}
		bad(colName, ErrMissing, cause)
		tr.lastFailed = true
		return
	}
	tr.lastFailed = true // until the row is applied
	unit := normalizeCell(cells[colUnit].text)
	if unit == "" {
		// Numbers on a row without its own unit are read in the unit the
		// indicator already has ("50件" where 件 was given above).
		if name == "" {
			unit = tr.inds[tr.last].Unit
		} else if i, found := tr.byName[name]; found {
			unit = tr.inds[i].Unit
		}
	}
	var v rowValues
	ok := true
	check := func(c column, err error) {
		if err != nil {
			var ce *cellFailure
			if errors.As(err, &ce) {
				bad(c, ce.sentinel, ce.cause)
			} else {
				bad(c, err, nil)
			}
			ok = false
		}
	}
	var err error
	v.direction, err = tr.direction(cells[colDirection].text)
	check(colDirection, err)
	v.stage, err = parseStage(cells[colStage].text)
	check(colStage, err)
	v.baseline, err = numberCell(cells[colBaseline].text, unit)
	check(colBaseline, err)
	v.weight, err = numberCell(cells[colWeight].text, "")
	if err == nil && v.weight.OK && v.weight.Value < 0 {
		err = &cellFailure{ErrNumber, errNegativeWeight}
	}
	check(colWeight, err)
	v.tolerance, err = numberCell(cells[colTolerance].text, unit)
	check(colTolerance, err)
	v.actual, err = numberCell(cells[colActual].text, unit)
	check(colActual, err)
	v.provisional, err = parseProvisional(cells[colProvisional].text)
	check(colProvisional, err)
	v.baselineYear, err = tr.year(cells[colBaselineYear].text)
	check(colBaselineYear, err)
	v.targetYear, err = tr.year(cells[colTargetYear].text)
	check(colTargetYear, err)
	v.actualYear, err = tr.year(cells[colActualYear].text)
	check(colActualYear, err)
	v.headerYears(tr.headerYears)
	v.target, err = tr.target(cells[colTarget].text, unit)
	check(colTarget, err)
	v.owner, v.node, v.source = normalizeCell(cells[colOwner].text), normalizeCell(cells[colNode].text), normalizeCell(cells[colSource].text)
	if !ok {
		return
	}

	idx := tr.last
	if name != "" {
		var found bool
		idx, found = tr.byName[name]
		if !found {
			idx = len(tr.inds)
			name = strings.Clone(name) // not the record's line: see own
			tr.inds = append(tr.inds, Indicator{Name: name})
			tr.states = append(tr.states, pending{})
			tr.byName[name] = idx
		}
	}
	p, ind := &tr.states[idx], &tr.inds[idx]
	// Definition cells: the first non-empty text stands; a different one
	// later is a conflict.
	for c := colUnit; c < numColumns; c++ {
		slot := tr.defSlot[c]
		if slot < 0 {
			continue
		}
		text := normalizeCell(cells[c].text)
		earlier := p.defs.get(int(slot))
		if text == "" || earlier == "" || earlier == text {
			continue
		}
		bad(c, ErrConflict, fmt.Errorf("earlier %s", excerpt.Quote(earlier)))
		ok = false
	}
	key := observationKey{v.actualYear, v.provisional}
	if v.actual.OK && p.hasObservation(ind, key) {
		bad(colActual, ErrConflict, fmt.Errorf("a value for %s is already given", yearText(v.actualYear)))
		ok = false
	}
	if !ok {
		return
	}
	for c := colUnit; c < numColumns; c++ {
		if slot := tr.defSlot[c]; slot >= 0 && p.defs.get(int(slot)) == "" {
			if text := normalizeCell(cells[c].text); text != "" {
				p.defs = p.defs.with(int(slot), text, tr.numDefs)
			}
		}
	}
	v.apply(ind, unit)
	if v.actual.OK && p.seen != nil {
		p.seen[key] = true
	}
	tr.last, tr.lastFailed = idx, false
}

func yearText(fy goal.FiscalYear) string {
	if fy == 0 {
		return "no year"
	}
	return fmt.Sprintf("FY%d", int(fy))
}

// setColumns takes the header's fields and numbers the definition fields
// it has (every field but the name and an actual's value, year and
// provisional flag) for pending.defs.
func (tr *tableReader) setColumns(cols []column) {
	tr.cols = cols
	for c := range tr.defSlot {
		tr.defSlot[c] = -1
	}
	for _, c := range cols {
		switch c {
		case colNone, colName, colActual, colActualYear, colProvisional:
			continue
		}
		if tr.defSlot[c] < 0 {
			tr.defSlot[c] = int8(tr.numDefs)
			tr.numDefs++
		}
	}
}

// columnOf returns the 0-based index of field c's column, or -1: a lookup,
// since a header of a million columns and a million rows that each ask
// would otherwise take time quadratic in the file.
func (tr *tableReader) columnOf(c column) int {
	if tr.colIndex == nil {
		tr.colIndex = make([]int, numColumns)
		for i := range tr.colIndex {
			tr.colIndex[i] = -1
		}
		for i, cc := range tr.cols {
			if tr.colIndex[cc] < 0 {
				tr.colIndex[cc] = i
			}
		}
	}
	return tr.colIndex[c]
}

// rowValues are the parsed cells of one row.
type rowValues struct {
	direction                            Direction
	stage                                Stage
	baseline, weight, tolerance          Number
	actual                               Number
	provisional                          bool
	baselineYear, targetYear, actualYear goal.FiscalYear
	target                               *goal.Target
	owner, node, source                  string
}

func (v *rowValues) apply(ind *Indicator, unit string) {
	if ind.Unit == "" {
		ind.Unit = own(unit)
	}
	if ind.Direction == DirectionUnset {
		ind.Direction = v.direction
	}
	if ind.Stage == StageUnset {
		ind.Stage = v.stage
	}
	if !ind.Baseline.OK {
		ind.Baseline = v.baseline
	}
	if ind.BaselineYear == 0 {
		ind.BaselineYear = v.baselineYear
	}
	if ind.Target == nil {
		ind.Target = v.target
	}
	if ind.TargetYear == 0 {
		ind.TargetYear = v.targetYear
	}
	if !ind.Weight.OK {
		ind.Weight = v.weight
	}
	if ind.Tolerance == 0 && v.tolerance.OK {
		ind.Tolerance = v.tolerance.Value
	}
	if ind.Owner == "" {
		ind.Owner = own(v.owner)
	}
	if ind.Node == "" {
		ind.Node = own(v.node)
	}
	if ind.Source == "" {
		ind.Source = own(v.source)
	}
	if v.actual.OK {
		ind.Observations = append(ind.Observations, Observation{Value: v.actual.Value, Year: v.actualYear, Provisional: v.provisional})
	}
}

// cellFailure carries a sentinel and the cause from a cell reader to the
// row, which adds the position.
type cellFailure struct {
	sentinel error
	cause    error
}

func (c *cellFailure) Error() string { return c.sentinel.Error() }

func numberCell(text, unit string) (Number, error) {
	v, present, err := parseNumber(text, unit)
	if err != nil {
		return Number{}, err
	}
	if !present {
		return Number{}, nil
	}
	return Num(v), nil
}

// year reads a fiscal-year cell: four digits here, anything else through
// the FiscalYearParser.
func (tr *tableReader) year(text string) (goal.FiscalYear, error) {
	s := normalizeCell(text)
	if s == "" || noData[strings.ToLower(s)] {
		return 0, nil
	}
	if n, ok := plainYear(s); ok {
		return goal.FiscalYear(n), nil
	}
	if tr.opts.Years == nil {
		return 0, &cellFailure{ErrNoParser, errors.New("set TableOptions.Years to read years other than four digits")}
	}
	fy, err := tr.opts.Years.ParseFiscalYear(s)
	if err != nil {
		return 0, &cellFailure{ErrYear, err}
	}
	if !fy.Valid() {
		return 0, &cellFailure{ErrYear, fmt.Errorf("year %d out of range", int(fy))}
	}
	return fy, nil
}

// target reads a target cell: a plain number here, text through the
// TargetParser.
func (tr *tableReader) target(text, unit string) (*goal.Target, error) {
	s := normalizeCell(text)
	v, present, err := parseNumber(s, unit)
	if err == nil {
		if !present {
			return nil, nil
		}
		t := &goal.Target{Value: v, Cmp: goal.CmpEq, Unit: own(unit), Text: own(strings.TrimSpace(text))}
		if unit == "%" || strings.HasSuffix(s, "%") {
			t.Kind, t.Unit = goal.KindPercentage, "%"
		}
		return t, nil
	}
	if tr.opts.Targets == nil {
		return nil, &cellFailure{ErrNoParser, errors.New("set TableOptions.Targets to read target text")}
	}
	t, err := tr.opts.Targets.ParseTarget(strings.TrimSpace(text))
	if err != nil {
		return nil, &cellFailure{ErrTarget, err}
	}
	t.Text, t.Unit, t.Subject, t.Action = own(t.Text), own(t.Unit), own(t.Subject), own(t.Action)
	return &t, nil
}

// own returns a copy of a cell's text that an indicator keeps. A cell is
// a substring of its record's line (encoding/csv reads a record into one
// string), so a kept cell would keep the whole line alive: on a large
// table the lines would outweigh the indicators.
func own(s string) string { return strings.Clone(s) }
