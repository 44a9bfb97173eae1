package doc

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// Read reads src, decoded UTF-8 text (callers decode bytes first; see
// parse.DecodeDocument), into blocks. It never fails: what it cannot read is
// in Document.Unread. Invalid UTF-8 is read byte by byte and never splits a
// valid character. Time and memory are linear in len(src).
func (r *Reader) Read(src string) *Document {
	d := &Document{Source: src, lineStarts: lineStarts(src)}
	ps := r.pieces(src, d)
	st := &state{r: r, src: src, d: d, ps: ps, titles: map[int]headTitle{}}
	st.collapseRepeatedHeadings()
	st.joinWrappedTitles()
	st.unitTitles()
	st.labelValues()
	st.tables()
	st.tocs()
	st.runningHeaders()
	st.keys = nil // the last pass comparing headings is done: let the keys go before the blocks are made
	st.markTitles()
	st.shortTitles()
	st.assemble()
	inferLevels(d.Blocks)
	return d
}

func lineStarts(src string) []int {
	// sized by a vectorized count of the line ends (CR LF counted twice)
	starts := make([]int, 1, 1+strings.Count(src, "\n")+strings.Count(src, "\r"))
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// pieces splits every line into trimmed pieces and classifies them.
func (r *Reader) pieces(src string, d *Document) []piece {
	// one piece per line that holds text (run-together lines add a few)
	n := 0
	for ln, ls := range d.lineStarts {
		le := len(src)
		if ln+1 < len(d.lineStarts) {
			le = d.lineStarts[ln+1]
		}
		if ts, te := trimSpan(src, ls, le); ts < te {
			n++
		}
	}
	ps := make([]piece, 0, n+n/8+1)
	titles := r.runningTitles(src, d.lineStarts)
	pagesBegun := false // a page line holding a running title came
	blank := false
	for ln, ls := range d.lineStarts {
		le := len(src)
		if ln+1 < len(d.lineStarts) {
			le = d.lineStarts[ln+1]
		}
		ts, te := trimSpan(src, ls, le)
		if ts == te {
			blank = true
			continue
		}
		indent := strings.HasPrefix(src[ls:le], "\u3000")
		rtCuts, hasTitle := runningTitleCuts(src, ts, te, titles, nil)
		if hasTitle && !pagesBegun {
			if pageStart(src, ts, te) >= 0 {
				pagesBegun = true
			} else if slices.Contains(titles, src[ts:te]) {
				hasTitle = false // the title on the cover, before the pages: front matter
			}
		}
		// a run-together page: its headings are glued to each other
		page := hasTitle || pageStart(src, ts, te) >= 0 && runeCount(src[ts:te]) >= pageLineRunes
		var cuts []int
		if strings.IndexByte(src[ts:te], '\t') < 0 {
			// a tab row is cells: a block word inside one (重点取組) opens nothing
			cuts = r.splitLine(src, ts, te, page)
		}
		if n := atxMarks(src, ts, te); n > 0 {
			// 「## 第3章　施策の展開」: the marks are one piece, the text
			// another
			cuts = dedupCuts(mergeCuts([]int{ts + n}, cuts))
		}
		if len(rtCuts) > 0 {
			cuts = dedupCuts(mergeCuts(cuts, rtCuts))
		}
		if len(cuts) > 0 {
			cuts = pageNumberCuts(src, ts, te, cuts)
		}
		from := ts
		n0 := len(ps)
		for k := 0; k <= len(cuts); k++ {
			to := te
			if k < len(cuts) {
				to = cuts[k]
			}
			a, b := trimSpan(src, from, to)
			from = to
			if a == b {
				continue
			}
			p := piece{start: a, end: b, line: ln + 1, runTogether: len(cuts) > 0}
			if len(ps) == n0 {
				p.first, p.indent, p.blankBefore = true, indent, blank
			}
			r.classify(src, &p)
			if hasTitle && slices.Contains(titles, src[a:b]) {
				p.kind, p.splitAt = pFurniture, 0
			}
			if p.splitAt > 0 {
				// a heading and its first sentence on one line: two pieces
				q := piece{start: p.splitAt, end: p.end, line: p.line, runTogether: true}
				hs, he := trimSpan(src, p.start, p.splitAt)
				h := piece{start: hs, end: he, line: p.line, first: p.first, indent: p.indent, blankBefore: p.blankBefore, runTogether: true}
				r.classify(src, &h)
				q.start, q.end = trimSpan(src, q.start, q.end)
				r.classify(src, &q)
				if h.kind == pHeading {
					ps = append(ps, h, q)
					continue
				}
			}
			ps = append(ps, p)
		}
		ps[len(ps)-1].last = true
		blank = false
	}
	return ps
}

// pageNumberCuts adds cuts around a page number glued to the start or end of
// a run-together page (「12第3次○○市総合計画第2章…」, 「…進めます。13」).
func pageNumberCuts(src string, ts, te int, cuts []int) []int {
	if v, k, ok := readDigits(src[:te], ts, 3); ok && v > 0 && k < cuts[0] {
		c := runeAt(src[:te], k)
		quantity := counterAfter(c) && !(c == 'か' && !strings.ContainsRune("所月年国", runeAt(src[:te], k+len("か"))))
		// 3-2 健康・福祉, 1.5倍: a heading's composite number or a figure
		if !quantity && !isSpace(c) && c != ')' && c != '）' && c != '-' && c != '－' && c != '.' && c != '．' && c != ',' {
			cuts = append([]int{k}, cuts...)
		}
	}
	i := te
	for i > ts {
		c, w := utf8.DecodeLastRuneInString(src[ts:i])
		if !jtext.IsDigitRune(c) {
			break
		}
		i -= w
	}
	if i < te && i > cuts[len(cuts)-1] && te-i <= 9 {
		if c, _ := utf8.DecodeLastRuneInString(src[ts:i]); c == '。' {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// state is the working state of one Read.
type state struct {
	r   *Reader
	src string
	d   *Document
	ps  []piece

	groups []group
	gOf    []int32 // piece index → group index + 1; 0 outside groups

	titles map[int]headTitle // heading piece → title/subtitle pieces
	values map[int]int       // label piece → its value's piece on the next line
	keys   []string          // piece → headingKey, computed once ("": not yet; a key is never empty)
}

type group struct {
	kind    Kind
	from    int // first piece
	to      int // last piece, inclusive
	rows    []Row
	entries []TOCEntry
}

type headTitle struct {
	title    []int // pieces whose text is the title
	subtitle []int
}

// group returns the index of the group piece i is in.
func (st *state) group(i int) (int, bool) {
	if st.gOf == nil || st.gOf[i] == 0 {
		return 0, false
	}
	return int(st.gOf[i]) - 1, true
}

func (st *state) inGroup(i int) bool { return st.gOf != nil && st.gOf[i] != 0 }

func (st *state) text(p *piece) string { return st.src[p.textStart:p.end] }

// headingKey identifies a heading by style, number and folded title (with
// a title wrapped onto the next line).
func (st *state) headingKey(i int) string {
	if st.keys == nil {
		st.keys = make([]string, len(st.ps))
	}
	if k := st.keys[i]; k != "" {
		return k
	}
	k := st.computeKey(i)
	st.keys[i] = k
	return k
}

func (st *state) computeKey(i int) string {
	p := &st.ps[i]
	t := st.src[p.textStart+p.n().end : p.end]
	if p.n().style == "" {
		t = st.src[p.textStart:p.end]
	}
	var b strings.Builder
	b.WriteString(p.n().style)
	for _, o := range p.n().ordinal {
		b.WriteByte(' ')
		b.WriteString(itoa(o))
	}
	b.WriteByte('|')
	b.WriteString(fold(t))
	if ht, ok := st.titles[i]; ok && len(ht.title) > 1 && ht.title[0] == i {
		for _, j := range ht.title[1:] {
			b.WriteString(fold(st.src[st.ps[j].start:st.ps[j].end]))
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 && n >= 0 {
		return string(rune('0' + n))
	}
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// nextPiece returns the index of the next piece not absorbed, or -1.
func (st *state) next(i int) int {
	for j := i + 1; j < len(st.ps); j++ {
		if st.ps[j].kind != pAbsorbed {
			return j
		}
	}
	return -1
}

func (st *state) prev(i int) int {
	for j := i - 1; j >= 0; j-- {
		if st.ps[j].kind != pAbsorbed {
			return j
		}
	}
	return -1
}

func (st *state) absorb(j, owner int) {
	st.ps[j].kind = pAbsorbed
	st.ps[j].owner = int32(owner)
}

// collapseRepeatedHeadings: the same heading twice in a row (a bold heading
// extracted twice, a section title printed above its own heading) is one
// heading; the last copy, nearest to its text, is the heading.
func (st *state) collapseRepeatedHeadings() {
	for i := 0; i < len(st.ps); i++ {
		if st.ps[i].kind != pHeading {
			continue
		}
		k := st.headingKey(i)
		last := i
		for j := st.next(i); j > 0 && st.ps[j].kind == pHeading && (st.ps[j].first || st.ps[j].line == st.ps[i].line) && st.headingKey(j) == k; j = st.next(j) {
			last = j
		}
		for j := i; j < last; j++ {
			if st.ps[j].kind != pAbsorbed {
				st.absorb(j, last)
			}
		}
		i = last
	}
}

// joinWrappedTitles joins a heading title wrapped onto the next line when
// the document states the joined title elsewhere (in its table of contents).
func (st *state) joinWrappedTitles() {
	keys := map[string]bool{}
	for i := range st.ps {
		if st.ps[i].kind == pHeading && st.ps[i].n().style != "" {
			keys[st.headingKey(i)] = true
		}
	}
	for i := range st.ps {
		p := &st.ps[i]
		if p.kind != pHeading || p.n().style == "" || !p.last {
			continue
		}
		j := i + 1
		if j >= len(st.ps) || st.ps[j].kind != pText || !st.ps[j].first || st.ps[j].blankBefore || !st.ps[j].last {
			continue
		}
		k := st.headingKey(i) + fold(st.src[st.ps[j].start:st.ps[j].end])
		if keys[k] {
			st.titles[i] = headTitle{title: []int{i, j}}
			st.keys[i] = ""
			st.absorb(j, i)
		}
	}
}

// unitTitles gives a plan unit standing alone (第1章) its title: the short
// line(s) below it, with an English line as subtitle and its numbered
// repeat dropped (第4章 / 計画の推進にあたって / PROMOTION OF THE PLAN / 04 PROMOTION
// OF THE PLAN); otherwise the short lines right above it, the first the
// title and the rest the subtitle.
func (st *state) unitTitles() {
	for i := range st.ps {
		p := &st.ps[i]
		if p.kind != pHeading || !p.n().unit && !p.lone || p.textStart+p.n().end < p.end {
			continue
		}
		if _, done := st.titles[i]; done {
			continue
		}
		if p.lone {
			// the title must be the next line; without one the number is
			// page furniture
			if j := st.next(i); j > 0 && st.titleLine(j) && !st.ps[j].blankBefore {
				st.titles[i] = headTitle{title: []int{j}}
				st.absorb(j, i)
			} else {
				p.kind = pFurniture
			}
			continue
		}
		if j := st.next(i); j > 0 && st.titleLine(j) && !latinOnly(st.text(&st.ps[j])) {
			ht := headTitle{title: []int{j}}
			st.absorb(j, i)
			if k := st.next(j); k > 0 && st.ps[k].kind == pText && latinOnly(st.text(&st.ps[k])) {
				ht.subtitle = []int{k}
				st.absorb(k, i)
				sub := fold(st.text(&st.ps[k]))
				if m := st.next(k); m > 0 && st.ps[m].first && strings.HasSuffix(fold(st.src[st.ps[m].start:st.ps[m].end]), sub) &&
					latinOnly(st.src[st.ps[m].start:st.ps[m].end]) {
					st.absorb(m, i)
				}
			}
			st.titles[i] = ht
			continue
		}
		var above []int
		for j := st.prev(i); j >= 0 && len(above) < 3; j = st.prev(j) {
			// 課長：山辺 孝之 over 重点目標1 is a labelled line, no title
			if !st.titleLine(j) || st.ps[j].indent || labelledLine(st.text(&st.ps[j])) {
				break
			}
			above = append([]int{j}, above...)
		}
		if len(above) == 0 {
			continue
		}
		if b := st.prev(above[0]); b >= 0 {
			q := &st.ps[b]
			if q.kind == pText || q.kind == pBullet {
				if !endsSentence(st.src[q.start:q.end]) && !strings.HasSuffix(st.src[q.start:q.end], "）") {
					continue
				}
			}
		}
		ht := headTitle{title: above[:1], subtitle: above[1:]}
		for _, j := range above {
			st.absorb(j, i)
		}
		st.titles[i] = ht
	}
}

// titleLine: a whole short line of text that is no sentence.
func (st *state) titleLine(j int) bool {
	q := &st.ps[j]
	if q.kind != pText || !q.first || !q.last {
		return false
	}
	t := st.src[q.start:q.end]
	return runeCount(t) <= 40 && !endsSentence(t)
}

// shortTitles reads a short unnumbered line followed by a sentence or
// bullets as a heading (style "title"): 広報 / 適切な情報発信により…目指します。
func (st *state) shortTitles() {
	for i := range st.ps {
		p := &st.ps[i]
		if p.kind != pText || !p.first || !p.last || p.indent {
			continue
		}
		if st.inGroup(i) {
			continue
		}
		t := st.src[p.start:p.end]
		if n := runeCount(t); n > 15 || endsSentence(t) || strings.ContainsAny(t, "、，「」『』()（）:：") ||
			latinOnly(t) && n > 10 || strings.IndexFunc(t, jtext.IsDigitRune) >= 0 {
			continue
		}
		j := st.next(i)
		if j < 0 || !st.ps[j].first {
			continue
		}
		q := &st.ps[j]
		if st.inGroup(j) {
			continue
		}
		nt := st.src[q.start:q.end]
		okNext := q.kind == pBullet || q.kind == pText && (endsSentence(nt) || runeCount(nt) > 30) && !midSentence(st.src[q.textStart:q.end])
		if !okNext || fragmentEnd(t) {
			continue
		}
		// it must start a block: after a blank line, a heading, page
		// furniture or a finished sentence
		starts := p.blankBefore || q.blankBefore
		if b := st.prev(i); b < 0 {
			starts = true
		} else if !starts {
			pb := &st.ps[b]
			switch pb.kind {
			case pHeading, pFurniture, pField, pLabelOnly, pRow:
				starts = true
			case pText, pBullet:
				// with no blank line around it, a line that reads as part of
				// a sentence (本市は引き続き) is not a title
				last, _ := utf8.DecodeLastRuneInString(t)
				sentenceLike := strings.ContainsAny(t, "はを") || last >= 0x3041 && last <= 0x309f && !strings.HasSuffix(t, "くり") && !strings.HasSuffix(t, "まち")
				starts = !sentenceLike && endsSentence(st.src[pb.start:pb.end]) && (endsSentence(nt) || q.kind == pBullet)
			}
		}
		if !starts {
			continue
		}
		p.kind = pHeading
		p.num = &numbering{style: "title"}
	}
}

// titleMarks dress a short heading as often as they open a bullet
// (■子育て支援の充実, ◆現状).
const titleMarks = "■□◆◇●○〇◎▶▷"

// markTitles reads a marked short line as a heading (style "■" …, the mark
// itself) when it is no item of a list: the pieces around it do not carry
// the same mark, and what follows is text or other bullets.
func (st *state) markTitles() {
	for i := range st.ps {
		p := &st.ps[i]
		if p.kind != pBullet || !p.first || !p.last || !strings.Contains(titleMarks, p.marker) || p.marker == "" {
			continue
		}
		t := st.src[p.textStart:p.end]
		if runeCount(t) > 25 || strings.ContainsAny(t, "。、，") || endsSentence(t) || strings.IndexFunc(t, jtext.IsDigitRune) >= 0 && figureTokens(t) > 0 {
			continue
		}
		if b := st.prev(i); b >= 0 && st.ps[b].kind == pBullet && st.ps[b].marker == p.marker {
			continue
		}
		j := st.next(i)
		if j < 0 || st.inGroup(j) {
			continue
		}
		q := &st.ps[j]
		if q.kind == pBullet && q.marker == p.marker || q.kind != pBullet && q.kind != pText || q.indent || fragmentEnd(t) {
			continue
		}
		p.kind = pHeading
		p.num = &numbering{style: p.marker, rank: -1}
		p.word, _ = st.r.blockWord(t)
	}
}

// fragmentEnd: text that stops where a sentence goes on (…を, …にして,
// …ため): a broken line, not a title.
func fragmentEnd(t string) bool {
	for _, e := range []string{"を", "に", "が", "は", "で", "して", "ため", "ので", "から", "より", "つつ", "とともに", "など"} {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// labelValues gives a label standing alone (開催日時) the line below it as
// its value.
func (st *state) labelValues() {
	for i := range st.ps {
		if st.ps[i].kind != pLabelOnly {
			continue
		}
		// the value may open with a figure glued to its words (28施設で実施済み),
		// which alone would read as a heading numbered 28
		if j := i + 1; j < len(st.ps) && st.ps[j].first && (st.ps[j].kind == pText ||
			st.ps[j].kind == pHeading && st.ps[j].num != nil && st.ps[j].num.glued && st.ps[j].num.style == "N" ||
			st.ps[j].kind == pBullet && isDashMarker(st.ps[j].marker)) {
			if st.values == nil {
				st.values = map[int]int{}
			}
			st.values[i] = j
			st.absorb(j, i)
		}
	}
}

// isDashMarker: a dash that opens a label's value (－（該当なし）: none
// stated) rather than a bullet of its own.
func isDashMarker(m string) bool { return m == "-" || m == "－" || m == "―" || m == "‐" }

// labelledLine: a line that opens with a short label and a colon
// (課長：山辺 孝之, 所属: 下水道課), a value rather than a title.
func labelledLine(t string) bool {
	for k, r := range t {
		if r == '：' || r == ':' {
			return k > 0 && k+utf8.RuneLen(r) < len(t)
		}
		if k >= 3*12 {
			return false
		}
	}
	return false
}
