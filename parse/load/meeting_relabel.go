package load

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
	"github.com/policygoal/policygoal/parse/doc"
)

// relabel returns a copy of d in which labelled lines the structure reader
// did not take for fields become Field blocks: a table whose rows are
// label and value (| 日時 | 令和6年… |), a label with a count in brackets
// (出席委員（８名） 山田委員、…), a label line the reader joined with the
// lines around it. Other lines of such blocks become Paragraph blocks of
// their own, so every byte stays in exactly one block.
func relabel(d *doc.Document, syn map[string]string) *doc.Document {
	keys := make([]string, 0, len(syn))
	for k := range syn {
		keys = append(keys, k)
	}
	// longest first: 出席委員 before 出席, 開催日時 before 日時
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	var out []doc.Block
	changed := false
	for i := range d.Blocks {
		b := &d.Blocks[i]
		switch b.Kind {
		case doc.Table:
			if fields, ok := tableFields(d, b, syn, keys); ok {
				out = append(out, fields...)
				changed = true
				continue
			}
			// lines the reader took for aligned columns because of the wide
			// spaces in 「（1）日　時　令和6年…」
			if split, ok := labelLines(d, b, syn, keys); ok {
				out = append(out, split...)
				changed = true
				continue
			}
		case doc.Paragraph:
			if split, ok := labelLines(d, b, syn, keys); ok {
				out = append(out, split...)
				changed = true
				continue
			}
		}
		out = append(out, *b)
	}
	if !changed {
		return d
	}
	nd := *d
	nd.Blocks = out
	return &nd
}

// tableFields turns a table whose every row starts with a meeting label
// into one Field block per row.
func tableFields(d *doc.Document, b *doc.Block, syn map[string]string, keys []string) ([]doc.Block, bool) {
	var out []doc.Block
	for _, r := range b.Rows {
		if len(r.Cells) < 2 {
			return nil, false
		}
		name, ok := syn[normKey(r.Cells[0].Text)]
		if !ok {
			return nil, false
		}
		var vals []string
		for _, c := range r.Cells[1:] {
			if t := strings.TrimSpace(c.Text); t != "" {
				vals = append(vals, t)
			}
		}
		last := r.Cells[len(r.Cells)-1].Span
		out = append(out, doc.Block{Kind: doc.Field, Span: r.Span, Line: d.Line(r.Span.Start), Label: name,
			LabelText: strings.TrimSpace(r.Cells[0].Text), Value: strings.Join(vals, " "), Text: strings.Join(vals, " "),
			ValueSpan: doc.Span{Start: r.Cells[1].Span.Start, End: last.End}})
	}
	if len(out) > 0 {
		// the table's separator rules (|---|, ||) belong to no row: each
		// field reaches back to the end of the one before it (the first to
		// the table's start, the last to its end), so that no line of the
		// table is lost
		out[0].Span.Start = min(out[0].Span.Start, b.Span.Start)
		for k := 1; k < len(out); k++ {
			out[k].Span.Start = min(out[k].Span.Start, out[k-1].Span.End)
		}
		out[len(out)-1].Span.End = max(out[len(out)-1].Span.End, b.Span.End)
	}
	return out, len(out) > 0
}

// labelLines splits a paragraph into its source lines when one of them
// opens with a meeting label; nil, false when none does.
func labelLines(d *doc.Document, b *doc.Block, syn map[string]string, keys []string) ([]doc.Block, bool) {
	lines := sourceLines(d, b)
	found := false
	type labelled struct {
		name, as string
		valueAt  int
		hasLabel bool
	}
	ls := make([]labelled, len(lines))
	for k, ln := range lines {
		src := d.Source[ln.span.Start:ln.span.End] // as written, spaces kept
		if name, as, at, ok := lineLabel(src, syn, keys); ok && !isSpeakerLine(src) {
			ls[k] = labelled{name: name, as: as, valueAt: ln.span.Start + at, hasLabel: true}
			found = true
		}
	}
	if !found {
		return nil, false
	}
	var out []doc.Block
	for k, ln := range lines {
		if !ls[k].hasLabel {
			out = append(out, doc.Block{Kind: doc.Paragraph, Span: ln.span, Line: ln.line, Text: ln.text})
			continue
		}
		vs := doc.Span{Start: ls[k].valueAt, End: ln.span.End}
		if vs.Start > vs.End {
			vs.Start = vs.End
		}
		value := strings.TrimFunc(d.Source[vs.Start:vs.End], isBlank)
		out = append(out, doc.Block{Kind: doc.Field, Span: ln.span, Line: ln.line, Label: ls[k].name, LabelText: ls[k].as,
			Value: collapseSpaces(value), Text: collapseSpaces(value), ValueSpan: vs})
	}
	return out, true
}

// lineLabel reads a meeting label at the start of a line, in any of the
// forms summaries use: after a number ((1), 1, ①) or a mark, in brackets
// (【日時】), with spaces inside (日 時), with a count in brackets after it
// (出席委員（８名）), followed by ：, :, white space or the end of the line.
// It returns the canonical name, the label as written (number and brackets
// included) and the byte offset where the value starts.
func lineLabel(t string, syn map[string]string, keys []string) (name, as string, valueAt int, ok bool) {
	s := strings.TrimFunc(t, isBlank)
	rest := stripNumber(jtext.String(s))
	// map back: drop as many runes of s as the number took
	s = dropRunes(s, utf8.RuneCountInString(jtext.String(s))-utf8.RuneCountInString(rest))
	s = strings.TrimLeftFunc(s, isBlank)
	if r, size := utf8.DecodeRuneInString(s); strings.ContainsRune("■□◆◇●【[［〔<＜〈《", r) {
		s = s[size:]
	}
	for _, k := range keys {
		n, matched := matchSpaced(s, k)
		if !matched {
			continue
		}
		after := s[n:]
		// a closing bracket, a count in brackets: （８名）
		if r, size := utf8.DecodeRuneInString(after); strings.ContainsRune("】]］〕>＞〉》", r) {
			after = after[size:]
		}
		if strings.HasPrefix(after, "（") || strings.HasPrefix(after, "(") {
			// only a count: （８名）, (12人)
			if j := strings.IndexAny(after, "）)"); j > 0 && runes(after[:j]) <= 8 && countRe.MatchString(jtext.String(after[:j])) {
				after = after[j+len(string([]rune(after[j:])[0])):]
			}
		}
		trimmed := strings.TrimLeftFunc(after, isBlank)
		switch {
		case after == "" || trimmed == "":
		case strings.HasPrefix(trimmed, "：") || strings.HasPrefix(trimmed, ":"):
		case len(trimmed) < len(after): // white space after the label
		default:
			continue // the word goes on: 議題について…
		}
		value := strings.TrimLeft(trimmed, "：: ")
		value = strings.TrimLeftFunc(value, isBlank)
		asText := strings.TrimFunc(t[:len(t)-len(value)], func(r rune) bool { return isBlank(r) || r == '：' || r == ':' })
		if syn[k] == MeetingAttendees && strings.HasSuffix(value, "。") {
			continue // 委員　…。 is a sentence of minutes, not a list of attendees
		}
		return syn[k], asText, len(t) - len(value), true
	}
	return "", "", 0, false
}

// matchSpaced matches word at the start of s allowing white space between
// its runes (日　時), folding s as it goes (jtext); it returns the bytes of s
// matched.
func matchSpaced(s, word string) (int, bool) {
	i := 0
	for _, w := range word {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isBlank(r) || i == 0 {
				break
			}
			i += size
		}
		if i >= len(s) {
			return 0, false
		}
		r, size := jtext.Next(s[i:])
		if r != w {
			return 0, false
		}
		i += size
	}
	return i, true
}
