package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// textPiece says where a run of a statement's text came from: bytes
// [text, text+n) of the statement are bytes [doc, doc+n) of the document;
// doc is -1 for a space the loader inserted between two Latin words.
type textPiece struct{ text, doc, n int }

// statementBuilder gathers one statement from the pieces of the lines it is
// spread over, removing line breaks, indentation and glossary marks, and
// remembers where each byte came from so target spans can point into the
// document.
type statementBuilder struct {
	b      strings.Builder
	pieces []textPiece
	line   int
	start  int // document byte range covered, first to last byte
	end    int
}

func newStatement(line int) *statementBuilder { return &statementBuilder{line: line, start: -1} }

func (s *statementBuilder) text() string { return s.b.String() }

// add appends doc[from:to], trimmed of spaces, to the statement. A glossary
// mark — an asterisk (* or ＊) right after a word, as in NPO* or
// ライフスタイル*, which sends the reader to the plan's glossary (用語解説) —
// is dropped; an asterisk after a space or at the start is kept. A single
// ASCII space between two Japanese characters, an extraction artifact, is
// dropped too.
func (s *statementBuilder) add(doc string, from, to int) {
	from, to = trimOutlineSpace(doc, from, to)
	if from >= to {
		return
	}
	if s.start < 0 || from < s.start {
		s.start = from
	}
	if to > s.end {
		s.end = to
	}
	if cur := s.b.String(); cur != "" {
		last, _ := utf8.DecodeLastRuneInString(cur)
		first, _ := utf8.DecodeRuneInString(doc[from:to])
		if isLatinWordRune(last) && isLatinWordRune(first) {
			s.pieces = append(s.pieces, textPiece{text: s.b.Len(), doc: -1, n: 1})
			s.b.WriteByte(' ')
		}
	}
	runStart := from
	prev := rune(-1)
	if cur := s.b.String(); cur != "" {
		prev, _ = utf8.DecodeLastRuneInString(cur)
	}
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(doc[i:to])
		if (r == '*' || r == '＊') && prev >= 0 && !isOutlineSpace(prev) && prev != '*' && prev != '＊' {
			s.write(doc, runStart, i)
			runStart = i + n
		} else if r == ' ' && prev >= 0x80 && !isOutlineSpace(prev) {
			// A space the extraction left between two Japanese characters
			// (「に向けた 適切な」) is not part of the sentence.
			if next, _ := utf8.DecodeRuneInString(doc[i+n : to]); next >= 0x80 && !isOutlineSpace(next) {
				s.write(doc, runStart, i)
				runStart = i + n
			}
		}
		prev = r
		i += n
	}
	s.write(doc, runStart, to)
}

func (s *statementBuilder) write(doc string, from, to int) {
	if from >= to {
		return
	}
	if k := len(s.pieces); k > 0 && s.pieces[k-1].doc >= 0 && s.pieces[k-1].doc+s.pieces[k-1].n == from {
		s.pieces[k-1].n += to - from
	} else {
		s.pieces = append(s.pieces, textPiece{text: s.b.Len(), doc: from, n: to - from})
	}
	s.b.WriteString(doc[from:to])
}

func isLatinWordRune(r rune) bool {
	return r < 0x80 && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
}

// docSpan maps a byte range of the statement's text to the document.
func (s *statementBuilder) docSpan(start, end int) (int, int, bool) {
	if start >= end {
		return 0, 0, false
	}
	ds, ok1 := s.docOffset(start, false)
	de, ok2 := s.docOffset(end, true)
	return ds, de, ok1 && ok2 && ds < de
}

// docOffset maps text offset i to the document; with atEnd it maps the end
// of the byte before i (for the end of a half-open range).
func (s *statementBuilder) docOffset(i int, atEnd bool) (int, bool) {
	for k, p := range s.pieces {
		if p.doc < 0 {
			continue
		}
		if !atEnd && i >= p.text && i < p.text+p.n {
			return p.doc + i - p.text, true
		}
		if atEnd && i > p.text && i <= p.text+p.n {
			return p.doc + i - p.text, true
		}
		// An offset inside an inserted space maps to the next real byte
		// (start) or the end of the previous one (end).
		if k+1 < len(s.pieces) && s.pieces[k+1].doc < 0 && i >= s.pieces[k+1].text && i <= s.pieces[k+1].text+s.pieces[k+1].n {
			if atEnd {
				return p.doc + p.n, true
			}
			if k+2 < len(s.pieces) {
				return s.pieces[k+2].doc, true
			}
		}
	}
	return 0, false
}

// finish turns the builder into a goal.Statement, with the targets p finds
// in its text; base is added to every document offset (3 when a byte order
// mark was dropped). A statement with no text is reported as !ok.
func (s *statementBuilder) finish(p *Parser, doc string, base int) (st goal.Statement, ok bool, err error) {
	text := s.text()
	if text == "" {
		return goal.Statement{}, false, nil
	}
	st = goal.Statement{Text: text, Line: s.line, Span: goal.Span{Start: s.start + base, End: s.end + base}}
	ex, err := p.Extract(text)
	if err != nil {
		return goal.Statement{}, true, err
	}
	for _, t := range ex.Targets {
		ds, de, ok := s.docSpan(t.Span.Start, t.Span.End)
		if !ok {
			continue
		}
		t.Text = doc[ds:de]
		t.Span = goal.Span{Start: ds + base, End: de + base}
		st.Targets = append(st.Targets, t)
	}
	return st, true, nil
}
