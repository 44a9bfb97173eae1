package doc

import (
	"strings"

	"github.com/policygoal/policygoal/internal/jtext"
)

// tocs finds tables of contents: runs of entries ending in page numbers
// (計画の策定にあたって3, 第2節 基本方針……12), or runs of headings with nothing
// under them that the body repeats later. Entries are matched to the body's
// headings.
func (st *state) tocs() {
	bodyKeys := map[string]int{} // heading key → last piece index
	titleKeys := map[string]int{}
	for i := range st.ps {
		if st.ps[i].kind == pHeading {
			bodyKeys[st.headingKey(i)] = i
			titleKeys[st.titleKey(i)] = i
		}
	}
	for i := 0; i < len(st.ps); i++ {
		if st.inGroup(i) || st.ps[i].kind == pAbsorbed {
			continue
		}
		if to, ok := st.pagedTOC(i, bodyKeys, titleKeys); ok {
			i = to
			continue
		}
		if to, ok := st.repeatedTOC(i, bodyKeys); ok {
			i = to
		}
	}
}

// titleKey is the folded title of a heading without its number.
func (st *state) titleKey(i int) string {
	p := &st.ps[i]
	return fold(st.src[p.textStart+p.n().end : p.end])
}

func (st *state) isTOCWord(i int) bool {
	p := &st.ps[i]
	if p.end-p.start > 24 {
		return false
	}
	f := fold(st.src[p.start:p.end])
	return f == "目次" || f == "もくじ" || strings.EqualFold(f, "contents") || f == "目 次"
}

// pagedTOC: 3+ entries with page numbers (2+ with dot leaders), pages not
// decreasing, a heading without page number (a 編 title) allowed between.
func (st *state) pagedTOC(i int, bodyKeys, titleKeys map[string]int) (int, bool) {
	from := i
	if st.isTOCWord(i) {
		i++
	}
	var idx []int
	leaders, last := 0, 0
	j := i
	for ; j < len(st.ps); j++ {
		p := &st.ps[j]
		if st.inGroup(j) || p.kind == pAbsorbed {
			break
		}
		if p.tocEnd == 0 {
			if p.kind == pHeading && j+1 < len(st.ps) && st.ps[j+1].tocEnd > 0 && (len(idx) > 0 || from < i) {
				idx = append(idx, j)
				continue
			}
			break
		}
		if int(p.tocPage) < last && !p.leader {
			break
		}
		last = int(p.tocPage)
		if p.leader {
			leaders++
		}
		idx = append(idx, j)
	}
	paged := 0
	for _, k := range idx {
		if st.ps[k].tocEnd > 0 {
			paged++
		}
	}
	if paged < 3 && !(paged >= 2 && leaders >= 2) {
		return 0, false
	}
	g := group{kind: TOC, from: from, to: idx[len(idx)-1]}
	for _, k := range idx {
		p := &st.ps[k]
		end := p.end
		if p.tocEnd > 0 {
			end = p.tocEnd
		}
		e := TOCEntry{Span: Span{p.start, p.end}, Page: int(p.tocPage)}
		from := p.start
		for _, w := range []string{"目次", "目　次", "目 次", "もくじ"} {
			if strings.HasPrefix(st.src[from:end], w) {
				from = skipSpaces(st.src[:end], from+len(w)) // 目次はじめに2: the TOC's own title glued on
			}
		}
		s := st.src[from:end]
		if n, ok := st.r.readNumbering(s); ok {
			e.Number, e.Style, e.rank = n.number, n.style, n.rank
			e.Title = st.cellText(Span{from + n.end, end})
			key := st.entryKey(n, s[n.end:])
			if b, ok := bodyKeys[key]; ok && b > g.to {
				e.Matched = true
			}
		} else {
			e.Title = st.cellText(Span{from, end})
			if b, ok := titleKeys[fold(s)]; ok && b > g.to {
				e.Matched = true
			}
		}
		g.entries = append(g.entries, e)
	}
	st.addGroup(g)
	return g.to, true
}

func (st *state) entryKey(n numbering, title string) string {
	var b strings.Builder
	b.WriteString(n.style)
	for _, o := range n.ordinal {
		b.WriteByte(' ')
		b.WriteString(itoa(o))
	}
	b.WriteByte('|')
	b.WriteString(fold(title))
	return b.String()
}

// repeatedTOC: 2+ numbered headings in a row with nothing under them, each
// repeated as a heading after the run: a table of contents without pages.
// The run grows while every entry so far comes back after its last entry,
// so a run that is no table of contents costs one step.
func (st *state) repeatedTOC(i int, bodyKeys map[string]int) (int, bool) {
	var idx []int
	minLast := -1
	for j := i; j >= 0 && j < len(st.ps); j = st.next(j) {
		p := &st.ps[j]
		if st.inGroup(j) || p.kind != pHeading || p.n().style == "" || p.n().style == "title" || !p.first {
			break
		}
		last, found := bodyKeys[st.headingKey(j)]
		if !found || last <= j {
			break
		}
		if minLast < 0 || last < minLast {
			minLast = last
		}
		if minLast <= j {
			break
		}
		idx = append(idx, j)
	}
	// every entry must come back after the whole run
	for len(idx) > 0 {
		end := idx[len(idx)-1]
		ok := true
		for _, k := range idx {
			if bodyKeys[st.headingKey(k)] <= end {
				ok = false
				break
			}
		}
		if ok {
			break
		}
		idx = idx[:len(idx)-1]
	}
	n := len(idx)
	if n < 2 {
		return 0, false
	}
	g := group{kind: TOC, from: i, to: idx[n-1]}
	for _, k := range idx {
		p := &st.ps[k]
		g.entries = append(g.entries, TOCEntry{Span: Span{p.start, p.end}, Number: p.n().number, Style: p.n().style, rank: p.n().rank,
			Title: st.cellText(Span{p.textStart + p.n().end, p.end}), Matched: true})
	}
	st.addGroup(g)
	return g.to, true
}

// runningHeaders drops running headers and footers: a short line that is no
// heading of the body and comes back 3+ times (the plan's name on every
// page, maybe with the page number: 12 第3次○○市総合計画), and a plan-unit
// heading repeated with the same number and title far from its first place.
func (st *state) runningHeaders() {
	count := map[string]int{}
	key := func(i int) string {
		p := &st.ps[i]
		if p.end-p.start > 3*40+24 {
			return "" // longer than a running header
		}
		s := strings.TrimFunc(st.src[p.start:p.end], func(r rune) bool {
			return jtext.IsDigitRune(r) || isSpace(r) || strings.ContainsRune("-－―—–", r)
		})
		if s == "" || runeCount(s) > 40 || strings.IndexFunc(s, sentencePunct) >= 0 {
			return ""
		}
		return fold(s)
	}
	cand := func(i int) bool {
		p := &st.ps[i]
		if st.inGroup(i) {
			return false
		}
		return p.kind == pText || p.kind == pHeading && (p.n().style == "N" || p.n().style == "N.") && p.word == ""
	}
	// each candidate's key, made once: the second pass reads it back
	keys := make([]string, len(st.ps))
	for i := range st.ps {
		if cand(i) {
			if k := key(i); k != "" {
				keys[i] = k
				count[k]++
			}
		}
	}
	st.contactBlocks()
	seen := map[string]bool{}
	for i := range st.ps {
		p := &st.ps[i]
		if cand(i) {
			if k := keys[i]; k != "" && count[k] >= 3 {
				p.kind = pFurniture
				continue
			}
		}
		if p.kind == pHeading && p.n().unit {
			if st.inGroup(i) {
				continue
			}
			// the key without a page number glued to the title (第2章 基本計画23)
			k := strings.TrimRightFunc(st.headingKey(i), jtext.IsDigitRune)
			if seen[k] && p.textStart+p.n().end < p.end {
				p.kind = pFurniture
			}
			seen[k] = true
		}
	}
}

// sentencePunct: punctuation a running header never holds (。、「」（）()).
func sentencePunct(r rune) bool {
	switch r {
	case '。', '、', '「', '」', '（', '）', '(', ')':
		return true
	}
	return false
}

// contactStarters open a page's contact block (このページに関するお問い合わせ,
// inquiries about this page): the short lines after one, up to a blank line
// or a heading, are the office's name, telephone and mail — page furniture.
var contactStarters = []string{"このページに関するお問い合わせ", "この記事に関するお問い合わせ", "お問い合わせ先", "問い合わせ先", "お問い合わせ"}

func (st *state) contactBlocks() {
	for i := 0; i < len(st.ps); i++ {
		p := &st.ps[i]
		if p.kind != pFurniture || !p.first {
			continue
		}
		f := fold(st.src[p.start:p.end])
		starts := false
		for _, c := range contactStarters {
			if strings.HasPrefix(f, c) {
				starts = true
			}
		}
		if !starts {
			continue
		}
		for j := i + 1; j < len(st.ps); j++ {
			q := &st.ps[j]
			t := st.src[q.start:q.end]
			if q.blankBefore || q.kind == pHeading || runeCount(t) > 40 || strings.Contains(t, "。") {
				break
			}
			if st.inGroup(j) {
				break
			}
			if q.kind == pText || q.kind == pField || q.kind == pFurniture {
				q.kind = pFurniture
				i = j
				continue
			}
			break
		}
	}
}
