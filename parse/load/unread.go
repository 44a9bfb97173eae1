package load

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/parse/doc"
)

// Unread is a part of a document a loader could not place: a line (or the
// part of one) that fits none of the value's fields, or a value the loader
// found but could not accept (Problem says why: an end time before the
// start, a number out of range). Start and End are byte offsets into the
// decoded text, Line is 1-based. Every kind of value reports what it did
// not read in this one shape.
type Unread struct {
	Line    int    `json:"line"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Problem string `json:"problem,omitempty"`
}

// blockUse records which blocks of a document a loader placed, and the
// problems it found, to build Unread and Coverage at the end.
type blockUse struct {
	d        *doc.Document
	used     []bool
	problems []Unread
}

func newBlockUse(d *doc.Document) *blockUse {
	return &blockUse{d: d, used: make([]bool, len(d.Blocks))}
}

// use marks block i as placed.
func (u *blockUse) use(i int) { u.used[i] = true }

// problem records a span the loader found but refused, with why.
func (u *blockUse) problem(s doc.Span, why string) {
	if s.Start < 0 || s.End > len(u.d.Source) || s.Start >= s.End {
		return
	}
	u.problems = append(u.problems, Unread{Line: u.d.Line(s.Start), Text: u.d.Source[s.Start:s.End],
		Start: s.Start, End: s.End, Problem: why})
}

// unreadSpan records a part of a used block the loader did not read.
func (u *blockUse) unreadSpan(s doc.Span) { u.problem(s, "") }

// unreadIn returns the unread parts within [from, to): blocks not used, the
// reader's own unread spans, and the problems, in document order, one entry
// per line of text. A nil range (to < 0) means the whole document.
func (u *blockUse) unreadIn(from, to int) []Unread {
	if to < 0 {
		to = len(u.d.Source)
	}
	in := func(s doc.Span) bool { return s.Start >= from && s.Start < to }
	var out []Unread
	for i, b := range u.d.Blocks {
		if !u.used[i] && in(b.Span) {
			out = append(out, u.spanLines(b.Span)...)
		}
	}
	for _, s := range u.d.Unread {
		if in(s) {
			out = append(out, u.spanLines(s)...)
		}
	}
	for _, p := range u.problems {
		if p.Start >= from && p.Start < to {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	// a line both unread and refused with a problem is listed once, with
	// its problem
	dedup := out[:0]
	for _, x := range out {
		if n := len(dedup); n > 0 && dedup[n-1].Start == x.Start && dedup[n-1].End == x.End {
			if dedup[n-1].Problem == "" {
				dedup[n-1] = x
			}
			continue
		}
		dedup = append(dedup, x)
	}
	out = dedup
	if out == nil {
		out = []Unread{}
	}
	return out
}

// spanLines splits a span into one Unread per non-blank line.
func (u *blockUse) spanLines(s doc.Span) []Unread {
	var out []Unread
	src := u.d.Source
	if s.Start < 0 || s.End > len(src) || s.Start >= s.End {
		return nil
	}
	start := s.Start
	for start < s.End {
		end := strings.IndexAny(src[start:s.End], "\r\n")
		if end < 0 {
			end = s.End
		} else {
			end += start
		}
		text := src[start:end]
		trimmed := strings.TrimFunc(text, isBlank)
		if trimmed != "" {
			lead := strings.Index(text, trimmed)
			a := start + lead
			out = append(out, Unread{Line: u.d.Line(a), Text: trimmed, Start: a, End: a + len(trimmed)})
		}
		start = end + 1
	}
	return out
}

// coverageIn is the share of non-blank, non-furniture bytes in [from, to)
// that are in used blocks; 1 for a range with no such bytes.
func (u *blockUse) coverageIn(from, to int) float64 {
	if to < 0 {
		to = len(u.d.Source)
	}
	total, used := 0, 0
	count := func(s doc.Span) int {
		a, b := max(s.Start, from), min(s.End, to)
		if a >= b {
			return 0
		}
		n := 0
		for _, r := range u.d.Source[a:b] {
			if !isBlank(r) {
				n += len(string(r))
			}
		}
		return n
	}
	for i := range u.d.Blocks {
		n := 0
		for _, p := range doc.BlockParts(&u.d.Blocks[i]) {
			n += count(p) // not the page furniture between a block's parts
		}
		total += n
		if u.used[i] {
			used += n
		}
	}
	for _, s := range u.d.Unread {
		total += count(s)
	}
	// lines of used blocks the loader could not read
	for _, p := range u.problems {
		if p.Problem == "" {
			used -= count(doc.Span{Start: p.Start, End: p.End})
		}
	}
	if total == 0 {
		return 1
	}
	return max(float64(used), 0) / float64(total)
}

// partition returns the unread parts and the coverage of each byte range
// [bounds[k], bounds[k+1]) (the last to the end of the source), in one pass
// over the document: a page of many meetings stays linear.
func (u *blockUse) partition(bounds []int) ([][]Unread, []float64) {
	all := u.unreadIn(0, -1)
	n := len(bounds)
	unread := make([][]Unread, n)
	total := make([]int, n)
	used := make([]int, n)
	part := func(off int) int {
		// the last bound at or before off
		k := sort.SearchInts(bounds, off+1) - 1
		return max(k, 0)
	}
	for _, x := range all {
		k := part(x.Start)
		unread[k] = append(unread[k], x)
	}
	nonBlank := func(s doc.Span) int {
		c := 0
		for _, r := range u.d.Source[s.Start:s.End] {
			if !isBlank(r) {
				c += utf8.RuneLen(r)
			}
		}
		return c
	}
	for i, b := range u.d.Blocks {
		if b.Span.Start < 0 || b.Span.End > len(u.d.Source) || b.Span.Start >= b.Span.End {
			continue
		}
		k := part(b.Span.Start)
		c := nonBlank(b.Span)
		total[k] += c
		if u.used[i] {
			used[k] += c
		}
	}
	for _, s := range u.d.Unread {
		if s.Start >= 0 && s.End <= len(u.d.Source) && s.Start < s.End {
			total[part(s.Start)] += nonBlank(s)
		}
	}
	for _, p := range u.problems {
		if p.Problem == "" && p.Start >= 0 && p.End <= len(u.d.Source) && p.Start < p.End {
			used[part(p.Start)] -= nonBlank(doc.Span{Start: p.Start, End: p.End})
		}
	}
	cov := make([]float64, n)
	for k := range cov {
		if unread[k] == nil {
			unread[k] = []Unread{}
		}
		cov[k] = 1
		if total[k] > 0 {
			cov[k] = float64(max(used[k], 0)) / float64(total[k])
		}
	}
	return unread, cov
}
