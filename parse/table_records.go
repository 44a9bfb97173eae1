package parse

import "strings"

// mappedText is text taken from a document, with where each of its bytes
// came from: text[i] was read from doc[start[i]:end[i]]. For bytes copied
// as they are, end[i] = start[i]+1; a decoded entity (&amp;) maps each of
// its bytes to the whole entity, and a doubled quote ("") to both quotes.
type mappedText struct {
	text       string
	start, end []int
}

// docSpan returns the document range text[i:j] was read from; i < j.
func (m mappedText) docSpan(i, j int) (int, int) {
	return m.start[i], m.end[j-1]
}

// mappedBuilder accumulates a mappedText.
type mappedBuilder struct {
	b          strings.Builder
	start, end []int
}

// copyFrom appends doc[i:j] unchanged.
func (mb *mappedBuilder) copyFrom(doc string, i, j int) {
	mb.b.WriteString(doc[i:j])
	for k := i; k < j; k++ {
		mb.start = append(mb.start, k)
		mb.end = append(mb.end, k+1)
	}
}

// put appends s as read from doc[i:j].
func (mb *mappedBuilder) put(s string, i, j int) {
	mb.b.WriteString(s)
	for k := 0; k < len(s); k++ {
		mb.start = append(mb.start, i)
		mb.end = append(mb.end, j)
	}
}

func (mb *mappedBuilder) len() int { return mb.b.Len() }

func (mb *mappedBuilder) done() mappedText {
	return mappedText{text: mb.b.String(), start: mb.start, end: mb.end}
}

// slice returns m.text[i:j] with its map.
func (m mappedText) slice(i, j int) mappedText {
	return mappedText{text: m.text[i:j], start: m.start[i:j], end: m.end[i:j]}
}

// tableCell is one cell of a record: its text after unquoting, and where it
// starts in the document (the opening quote for a quoted cell).
type tableCell struct {
	mappedText
	at int
}

// tableRecord is one record of a delimited table: a line, or several lines
// when a quoted cell holds line breaks.
type tableRecord struct {
	cells []tableCell
	at    int // byte offset of the record's first byte
	line  int // 1-based line of the record's first byte
}

// blank reports whether every cell is empty or white space.
func (r tableRecord) blank() bool {
	for _, c := range r.cells {
		if strings.TrimSpace(strings.ReplaceAll(c.text, "\u3000", "")) != "" {
			return false
		}
	}
	return true
}

// recordScanner splits a decoded document into records. Cells are separated
// by delim; a cell that starts with '"' is quoted as in RFC 4180: it ends at
// the next '"' not doubled, may hold delimiters and line breaks, and "" in
// it is one quote. A quote elsewhere in a cell is an ordinary character, as
// HTML left in cells (style="…") needs.
//
// strict (CSV) makes a quoted cell that is not closed, or is followed by
// anything but a delimiter or a line end, an ErrSyntax error. Without it
// (TSV, where cells copied from web pages may start with a quote) such a
// cell is read again as an unquoted cell.
type recordScanner struct {
	doc    string
	delim  byte
	strict bool
	pos    int
	line   int
}

func newRecordScanner(doc string, delim byte, strict bool) *recordScanner {
	return &recordScanner{doc: doc, delim: delim, strict: strict, line: 1}
}

// next returns the next record; ok is false at the end of the document.
func (s *recordScanner) next() (rec tableRecord, ok bool, err error) {
	if s.pos >= len(s.doc) {
		return tableRecord{}, false, nil
	}
	rec = tableRecord{at: s.pos, line: s.line}
	for {
		cell, end, err := s.cell()
		if err != nil {
			return tableRecord{}, false, err
		}
		rec.cells = append(rec.cells, cell)
		if end {
			return rec, true, nil
		}
	}
}

// cell reads one cell at s.pos; end reports that it closed the record.
func (s *recordScanner) cell() (c tableCell, end bool, err error) {
	c.at = s.pos
	if s.pos < len(s.doc) && s.doc[s.pos] == '"' {
		c, end, ok, err := s.quoted()
		if err != nil || ok {
			return c, end, err
		}
		// Not a well-formed quoted cell (TSV only): read it plainly.
	}
	return s.plain()
}

// plain reads an unquoted cell up to the delimiter or the line end; a CR
// before LF is dropped.
func (s *recordScanner) plain() (tableCell, bool, error) {
	c := tableCell{at: s.pos}
	i := s.pos
	for i < len(s.doc) && s.doc[i] != s.delim && s.doc[i] != '\n' {
		i++
	}
	j := i
	if j > s.pos && s.doc[j-1] == '\r' && (i == len(s.doc) || s.doc[i] == '\n') {
		j--
	}
	var mb mappedBuilder
	mb.copyFrom(s.doc, s.pos, j)
	c.mappedText = mb.done()
	switch {
	case i == len(s.doc):
		s.pos = i
		return c, true, nil
	case s.doc[i] == '\n':
		s.pos = i + 1
		s.line++
		return c, true, nil
	default:
		s.pos = i + 1
		return c, false, nil
	}
}

// quoted reads a quoted cell. ok is false (and nothing consumed) when the
// cell is not well formed and the scanner is lenient.
func (s *recordScanner) quoted() (c tableCell, end, ok bool, err error) {
	c.at = s.pos
	var mb mappedBuilder
	i := s.pos + 1
	lines := 0
	for {
		q := strings.IndexByte(s.doc[i:], '"')
		if q < 0 {
			if s.strict {
				return c, false, false, loadErrorAt(tableDoc, s.doc, s.pos, ErrSyntax, "quoted cell not closed")
			}
			return c, false, false, nil
		}
		mb.copyFrom(s.doc, i, i+q)
		lines += strings.Count(s.doc[i:i+q], "\n")
		i += q
		if i+1 < len(s.doc) && s.doc[i+1] == '"' {
			mb.put(`"`, i, i+2)
			i += 2
			continue
		}
		i++ // past the closing quote
		break
	}
	k := i
	if k < len(s.doc) && s.doc[k] == '\r' {
		k++
	}
	switch {
	case k == len(s.doc):
		s.pos = k
		end = true
	case s.doc[k] == '\n':
		s.pos = k + 1
		lines++
		end = true
	case s.doc[i] == s.delim:
		s.pos = i + 1
	default:
		if s.strict {
			return c, false, false, loadErrorAt(tableDoc, s.doc, i, ErrSyntax, "text after the closing quote of a quoted cell")
		}
		return c, false, false, nil
	}
	s.line += lines
	c.mappedText = mb.done()
	return c, end, true, nil
}
