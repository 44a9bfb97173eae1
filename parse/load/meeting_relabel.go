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
func relabel(d *doc.Document, syn map[string]string) (*doc.Document, map[int][]doc.Span) {
	pieces := map[int][]doc.Span{}
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
			if fields, ok := tableFields(d, b, syn, len(out), pieces); ok {
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
		case doc.Paragraph, doc.Bullet:
			// a bullet too: 〇招集日時　令和元年…, the reader's bullet
			if split, ok := labelLines(d, b, syn, keys); ok {
				out = append(out, split...)
				changed = true
				continue
			}
		}
		out = append(out, *b)
	}
	if !changed {
		return d, pieces
	}
	nd := *d
	nd.Blocks = out
	return &nd, pieces
}

// tableFields turns a table of a meeting's particulars into Field blocks:
// a cell naming a meeting label (会議名, 日　時, 出席委員 …) is a label and
// the cells after it, up to the next label, its value; a row may hold
// several label and value pairs (│日時│…│場所│…│). A row whose label cell
// is empty continues the field before it; a row with no label becomes a
// Paragraph. The table is refused (false) when fewer than two of its rows,
// or fewer than half of them, hold a label, unless it is a single row of a
// label and a value. The value's pieces — each line
// of a box-drawn cell (Cell.Parts), each cell — are returned by block
// index in pieces, as written in the source.
func tableFields(d *doc.Document, b *doc.Block, syn map[string]string, base int, pieces map[int][]doc.Span) ([]doc.Block, bool) {
	labelled := 0
	for _, r := range b.Rows {
		for _, c := range r.Cells {
			if _, ok := syn[normKey(c.Text)]; ok {
				labelled++
				break
			}
		}
	}
	// one row of a label and its value is a table of particulars too: the
	// reader ends a table at a row it does not take for one (|  | 林委員 |)
	single := len(b.Rows) == 1 && len(b.Rows[0].Cells) >= 2 && strings.TrimSpace(b.Rows[0].Cells[1].Text) != "" &&
		syn[normKey(b.Rows[0].Cells[0].Text)] != "" && syn[normKey(b.Rows[0].Cells[1].Text)] == ""
	if !single && (labelled < 2 || 2*labelled < len(b.Rows)) {
		return nil, false
	}
	cellPieces := func(c doc.Cell) []doc.Span {
		if len(c.Parts) > 0 {
			return c.Parts
		}
		if c.Span.Start < c.Span.End {
			return []doc.Span{c.Span}
		}
		return nil
	}
	var out []doc.Block
	var vals [][]doc.Span // the value pieces of each block of out
	for _, r := range b.Rows {
		rowStart := len(out)
		cur := -1 // the field of this row being filled
		for k, c := range r.Cells {
			if name, ok := syn[normKey(c.Text)]; ok && strings.TrimSpace(c.Text) != "" {
				// a later pair of the row owns no bytes of its own: the
				// row's span is the first pair's
				sp := doc.Span{Start: r.Span.End, End: r.Span.End}
				if len(out) == rowStart {
					sp = r.Span
				}
				out = append(out, doc.Block{Kind: doc.Field, Span: sp, Line: d.Line(c.Span.Start), Label: name,
					LabelText: collapseSpaces(c.Text), ValueSpan: doc.Span{Start: -1, End: -1}})
				vals = append(vals, nil)
				cur = len(out) - 1
				continue
			}
			if cur < 0 && k == 0 && isItemNumberCell(c.Text) {
				continue // │１│開催日時│…│: the item's number before its label
			}
			if cur < 0 && k == 0 && strings.TrimSpace(c.Text) == "" && rowStart > 0 {
				// │      │杉本委員、…│: the row goes on with the field before
				cur = rowStart - 1
				out[cur].Span.End = max(out[cur].Span.End, r.Span.End)
				continue
			}
			if cur < 0 {
				break // no label opens this row
			}
			vals[cur] = append(vals[cur], cellPieces(c)...)
		}
		if cur < 0 {
			var texts []string
			for _, c := range r.Cells {
				if t := strings.TrimSpace(c.Text); t != "" {
					texts = append(texts, collapseSpaces(t))
				}
			}
			out = append(out, doc.Block{Kind: doc.Paragraph, Span: r.Span, Line: d.Line(r.Span.Start), Text: strings.Join(texts, " ")})
			vals = append(vals, nil)
		}
	}
	for k := range out {
		if out[k].Kind != doc.Field {
			continue
		}
		var texts []string
		for _, p := range vals[k] {
			texts = append(texts, collapseSpaces(strings.TrimFunc(d.Source[p.Start:p.End], isBlank)))
		}
		out[k].Value = strings.Join(texts, "\n")
		out[k].Text = out[k].Value
		pieces[base+k] = vals[k]
	}
	// the table's rules (├──┤, |---|) belong to no row: each block reaches
	// back to the end of the one before it (the first to the table's
	// start, the last to its end), so that no line of the table is lost
	out[0].Span.Start = min(out[0].Span.Start, b.Span.Start)
	last := 0
	for k := 1; k < len(out); k++ {
		if out[k].Span.Start < out[k].Span.End {
			out[k].Span.Start = min(out[k].Span.Start, out[last].Span.End)
			last = k
		}
	}
	out[last].Span.End = max(out[last].Span.End, b.Span.End)
	for k := last + 1; k < len(out); k++ {
		out[k].Span = doc.Span{Start: out[last].Span.End, End: out[last].Span.End}
	}
	return out, true
}

// isItemNumberCell: a cell holding only an item number (１, (2), 3.).
func isItemNumberCell(t string) bool {
	t = jtext.String(strings.TrimFunc(t, isBlank))
	if t == "" {
		return false
	}
	t = strings.Trim(t, "()（）.．、")
	_, end, digits := jtext.ReadDigits(t, 0)
	return digits > 0 && end == len(t)
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
		if name, as, at, ok := lineLabel(src, syn, keys); ok && !isSpeech(src) {
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
	if r, size := utf8.DecodeRuneInString(s); strings.ContainsRune("■□◆◇●○〇◎◯【[［〔<＜〈《", r) {
		s = s[size:]
	}
	for _, k := range keys {
		n, matched := matchSpaced(s, k)
		if !matched {
			continue
		}
		after := s[n:]
		if n > len(k) && spacedOn(after) {
			// 事 務 局 長 田 伏 智: a line spaced character by character,
			// not the label 事　務　局 before its value
			continue
		}
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
		if (syn[k] == MeetingAttendees || syn[k] == MeetingStaff) && saysSomething(value) {
			continue // 委員　…。, 事務局　…。 are sentences of minutes, not lists of people
		}
		return syn[k], asText, len(t) - len(value), true
	}
	return "", "", 0, false
}

// spacedOn reports whether s goes on spaced character by character: white
// space, one character, white space again.
func spacedOn(s string) bool {
	t := strings.TrimLeftFunc(s, isBlank)
	if len(t) == len(s) {
		return false
	}
	_, size := utf8.DecodeRuneInString(t)
	if size == 0 || size >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[size:])
	return isBlank(r)
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
