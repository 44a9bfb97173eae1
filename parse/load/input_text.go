package load

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
	"github.com/policygoal/policygoal/parse/doc"
)

// Text helpers shared by the goal list, page and meeting loaders.

// labelBrackets enclose labels and section names: 【日時】, ＜結果＞, [場所].
const labelBrackets = "【】＜＞<>［］[]〈〉《》〔〕「」()（）"

// normKey is the form labels and words are compared in: widths folded,
// white space, brackets, a leading heading number and a trailing colon
// removed (「1 日　時：」 and 【日 時】 are both 日時).
func normKey(s string) string {
	s = jtext.String(strings.TrimFunc(s, isBlank))
	s = stripNumber(s)
	s = strings.TrimRight(s, ":： ")
	return strings.Map(func(r rune) rune {
		if isBlank(r) || strings.ContainsRune(labelBrackets, r) || r == '■' || r == '◆' || r == '●' || r == '○' || r == '◎' {
			return -1
		}
		return r
	}, s)
}

// itemText removes a leading item mark from s: numbers (1. (1) ① ア),
// bullets (・ ● ○ - ・) and the spaces after them.
func itemText(s string) string {
	s = strings.TrimFunc(s, isBlank)
	for i := 0; i < 3; i++ {
		t := stripNumber(jtext.String(s))
		if len(t) < len(jtext.String(s)) {
			// map back: drop as many runes from s as were dropped from the folded form.
			dropped := utf8.RuneCountInString(jtext.String(s)) - utf8.RuneCountInString(t)
			s = dropRunes(s, dropped)
		}
		r, size := utf8.DecodeRuneInString(s)
		if strings.ContainsRune("・･●○◯〇◉◆◇■□▶▷❖★☆※-－–—•‣➢→⇒◎", r) && size < len(s) {
			s = s[size:]
		} else if isKatakanaMark(s) {
			s = dropRunes(s, 1)
		}
		s = strings.TrimLeftFunc(s, isBlank)
	}
	return strings.TrimFunc(s, isBlank)
}

// isKatakanaMark: ア．, イ. , (ア) — a katakana item mark followed by a dot
// or a space.
func isKatakanaMark(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if r < 'ア' || r > 'ン' || size >= len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[size:])
	return next == '.' || next == '．' || next == ' ' || next == '\u3000'
}

func dropRunes(s string, n int) string {
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
	}
	return s
}

// blockLines returns the text of a block as the lines a reader of the page
// sees: a heading with its number, a bullet with its text, a field as
// label and value, a table row per line with its cells separated by a
// space.
func blockLines(b *doc.Block) []string {
	switch b.Kind {
	case doc.Heading:
		t := strings.TrimSpace(b.Number + " " + b.Title)
		if t == "" {
			t = b.Text
		}
		return []string{t}
	case doc.Field:
		return []string{b.LabelText + "：" + b.Value}
	case doc.Table:
		var out []string
		for _, r := range b.Rows {
			var cells []string
			for _, c := range r.Cells {
				cells = append(cells, c.Text)
			}
			out = append(out, strings.Join(cells, " "))
		}
		return out
	case doc.TOC:
		var out []string
		for _, e := range b.Entries {
			out = append(out, strings.TrimSpace(e.Number+" "+e.Title))
		}
		return out
	}
	return strings.Split(b.Text, "\n")
}

// runes counts the runes of s.
func runes(s string) int { return utf8.RuneCountInString(s) }

// sourceLines splits a block's source bytes into trimmed lines with
// runs of white space collapsed (the reader may join lines that are
// separate facts: a title, an update line, a head line).
func sourceLines(d *doc.Document, b *doc.Block) []srcLine {
	var out []srcLine
	spans := b.Parts
	if len(spans) == 0 {
		spans = []doc.Span{b.Span}
	}
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(d.Source) || sp.Start >= sp.End {
			continue
		}
		out = append(out, textLines(d, sp.Start, sp.End)...)
	}
	return out
}

// textLines returns the non-blank source lines of d.Source[from:to],
// trimmed, with runs of white space collapsed.
func textLines(d *doc.Document, from, to int) []srcLine {
	var out []srcLine
	at := from
	for _, ln := range splitAfterLines(d.Source[from:to]) {
		t := strings.TrimFunc(ln, isBlank)
		if t != "" {
			a := at + strings.Index(ln, t)
			out = append(out, srcLine{text: collapseSpaces(t), line: d.Line(a), span: doc.Span{Start: a, End: a + len(t)}})
		}
		at += len(ln)
	}
	return out
}

// inSpans reports whether offset off lies in one of spans.
func inSpans(spans []doc.Span, off int) bool {
	for _, s := range spans {
		if s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}

// splitAfterLines splits s after each line end: LF, CR LF or a lone CR,
// as the structure reader counts lines.
func splitAfterLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			out = append(out, s)
			break
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// lineOf returns the trimmed line holding byte off and the offset where the
// line ends.
func lineOf(src string, off int) (string, int) {
	a := strings.LastIndexAny(src[:off], "\r\n") + 1
	b := strings.IndexAny(src[off:], "\r\n")
	if b < 0 {
		b = len(src)
	} else {
		b += off
	}
	return strings.TrimFunc(src[a:b], isBlank), b
}

// lineAt returns the text of the line holding byte off, trimmed; "" when
// off lies outside src.
func lineAt(src string, off int) string {
	if off < 0 || off > len(src) {
		return ""
	}
	t, _ := lineOf(src, off)
	return t
}
