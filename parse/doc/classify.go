package doc

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// classify reads one piece on its own; the passes of Read revise it with
// what stands around it (tables, tables of contents, running headers).
func (r *Reader) classify(src string, p *piece) {
	s := src[p.start:p.end]
	p.textStart = p.start
	if isBoxRule(s) {
		p.kind, p.pipeSep, p.boxRule, p.pipe = pRow, true, true, true
		return
	}
	if cells := boxCells(src, p.start, p.end); cells != nil {
		p.kind, p.extra, p.pipe = pRow, &pieceExtra{cells: cells}, true
		return
	}
	if cells, sep := pipeCells(src, p.start, p.end); len(cells) >= 2 || sep {
		p.kind, p.extra, p.pipeSep, p.pipe = pRow, &pieceExtra{cells: cells}, sep, true
		return
	}
	if onlyATXMarks(s) || onlyLinks(s) {
		p.kind = pFurniture // Markdown marks; a line of links
		return
	}
	if !hasLetterOrDigit(s) {
		p.kind = pUnread
		return
	}
	// (1), ①, 〔1〕, Ⅰ alone on a line: a heading number whose title is on
	// the next line (unitTitles gives it one, or makes it furniture)
	n0, ok0 := r.readNumbering(s)
	if ok0 && n0.end == len(s) && loneNumberStyles[n0.style] {
		p.kind, p.num, p.lone = pHeading, numPtr(n0), true
		return
	}
	if isPageNumber(s) || r.isFurniture(s) {
		p.kind = pFurniture
		return
	}
	if cells := tabCells(src, p.start, p.end); len(cells) >= 2 {
		p.kind, p.extra = pRow, &pieceExtra{cells: cells}
		return
	}
	r.tocPageNumber(src, p)
	// Bold headings come out 2–4 times in a row: read the last copy.
	rp := repeatPrefix(s)
	p.textStart = p.start + rp
	s = src[p.textStart:p.end]
	if r.ownLabels != nil {
		// a label the caller gave (取組内容 in a goal sheet) is a field even
		// where it is also a block word
		saved := *p
		if r.field(src, p, p.textStart, false) && r.ownLabels[p.extra.label] {
			return
		}
		*p = saved
	}
	if w, ok := r.blockWord(s); ok {
		p.kind, p.word = pHeading, w
		return
	}
	if r.field(src, p, p.textStart, false) {
		return
	}
	n, ok := n0, ok0 // the same text unless a repeat was cut off
	if rp > 0 {
		n, ok = r.readNumbering(s)
	}
	if ok {
		title := strings.TrimSpace(src[p.textStart+n.end : p.end])
		if r.field(src, p, p.textStart+n.end, true) {
			return
		}
		if (n.style == "N" || n.style == "N.") && strings.HasPrefix(title, "第") {
			if d, ok := readDai(title, len("第")); ok && d.unit && d.style != "第N" {
				p.kind = pFurniture // 23 第2章 基本計画: a page number and the running header
				return
			}
		}
		if headingTitle(title, n) {
			p.kind, p.num = pHeading, numPtr(n)
			if w, ok := r.blockWord(title); ok {
				p.word = w
			}
			return
		}
		if title != "" && !n.glued && (n.style != "a" && n.style != "A" || endsSentence(title)) {
			p.kind, p.marker, p.textStart = pBullet, n.number, p.textStart+n.end
			// 「3 計画の期間 この計画の期間は…です。」: a heading with its
			// first sentence on the same line
			if at := titleBreak(src, p.textStart, p.end); at > 0 {
				p.splitAt = at
			}
			return
		}
	}
	if m, rest, ok := r.bulletMarker(s); ok {
		if w, isWord := r.blockWord(s[rest:]); isWord {
			p.kind, p.word, p.textStart = pHeading, w, p.textStart+rest
			return
		}
		// ■基本目標1　…, ◆第2章 …: a mark dressing a plan unit's heading
		if n, isNum := r.readNumbering(s[rest:]); isNum && n.unit {
			if title := strings.TrimSpace(s[rest+n.end:]); headingTitle(title, n) {
				p.kind, p.num, p.textStart = pHeading, numPtr(n), p.textStart+rest
				return
			}
		}
		p.kind, p.marker, p.textStart = pBullet, m, p.textStart+rest
		return
	}
	if bracketTitle(s) {
		p.kind, p.num = pHeading, &numbering{style: "word"}
		return
	}
	p.kind = pText
}

// bracketTitle: a line that is one bracketed title (【施策の目的】, ＜基本方針＞),
// a heading even when the word is not in the vocabulary.
var titleBrackets = [][2]string{{"【", "】"}, {"＜", "＞"}, {"［", "］"}, {"〈", "〉"}, {"《", "》"}, {"〔", "〕"}}

func bracketTitle(s string) bool {
	if len(s) > 70 {
		return false
	}
	for _, pr := range titleBrackets {
		open, close := pr[0], pr[1]
		if strings.HasPrefix(s, open) && strings.HasSuffix(s, close) {
			inner := s[len(open) : len(s)-len(close)]
			n := runeCount(inner)
			return n >= 2 && n <= 20 && !strings.ContainsAny(inner, "。【】＜＞") && hasLetterOrDigit(inner)
		}
	}
	return false
}

// headingTitle reports whether the text after a number is a heading title:
// short, not a sentence, not a row of figures. Plan units (第1章, 基本目標1)
// may have no title on their line.
func headingTitle(title string, n numbering) bool {
	if title == "" {
		return n.unit
	}
	limit := 60
	if n.glued {
		limit = 30
		if strings.Contains(title, "、") {
			return false
		}
	}
	if n.rank >= rankKana {
		limit = 40
	}
	if len(title) > 3*limit+8 || runeCount(title) > limit || strings.Contains(title, "。") || strings.Contains(title, "→") || strings.Contains(title, "⇒") {
		return false
	}
	if verbEnd(title) {
		return false // a sentence broken at the line's end, not a title
	}
	if figureTokens(title) >= 2 {
		return false
	}
	// 市民満足度 42%, 避難訓練の参加者数 1,200人: a table row, not a title
	if f := strings.FieldsFunc(title, isSpace); len(f) >= 2 {
		if last := f[len(f)-1]; figureLike(last) || hasDigit(last) && runeCount(last) <= 8 {
			return false // …年2回, …42%: a figure closing the line
		}
	}
	return true
}

// figureLike: a token that is a figure, maybe with a unit of up to three
// characters (42%, 1,200人, 12地区, △5.2).
func figureLike(tok string) bool {
	tok = strings.TrimLeft(tok, "△▲約")
	if tok == "" || !jtext.IsDigitRune(runeAt(tok, 0)) {
		return false
	}
	rest := strings.TrimLeftFunc(tok, func(r rune) bool { return jtext.IsDigitRune(r) || r == ',' || r == '.' || r == '，' || r == '．' })
	return runeCount(rest) <= 3
}

// figureTokens counts the white-space separated tokens holding a digit: two
// or more make a table row (市民満足度 42.5% 50%), not a heading.
func figureTokens(s string) int {
	// one pass over s: a token (a run of non-space runes) counts once when
	// it holds a digit
	n := 0
	counted := false
	for _, r := range s {
		switch {
		case isSpace(r):
			counted = false
		case !counted && jtext.IsDigitRune(r):
			n++
			counted = true
		}
	}
	return n
}

// repeatPrefix returns where the last copy starts when s starts with the
// same text 2–4 times in a row (基本目標1基本目標1基本目標1, 現状と課題 現状と課題:
// bold headings extracted several times), 0 otherwise. A copy is 3–64 runes
// and not all hiragana, so reduplicated words (ひとりひとり) stay.
func repeatPrefix(s string) int {
	first, fw := decodeRune(s)
	if first >= 0x3041 && first <= 0x309f || len(s) < 6 {
		return 0
	}
	fs := s[:fw]
	lim := min(len(s)/2, 64*4)
	for p := fw; p <= lim; {
		// the next place the first rune comes back, maybe after spaces
		k := strings.Index(s[p:], fs)
		if k < 0 {
			return 0
		}
		q := p + k // start of the candidate second copy
		unit := strings.TrimRightFunc(s[:q], isSpace)
		if gap := s[len(unit):q]; strings.TrimFunc(gap, isSpace) == "" && utf8.RuneCountInString(unit) >= 3 && !allHiragana(unit) {
			off, copies := 0, 1
			at := len(unit)
			for copies < 4 {
				r := strings.TrimLeftFunc(s[at:], isSpace)
				if !strings.HasPrefix(r, unit) {
					break
				}
				off = len(s) - len(r)
				at = off + len(unit)
				copies++
			}
			if copies >= 2 {
				return off
			}
		}
		p = q + fw
		if q > lim {
			break
		}
	}
	return 0
}

func allHiragana(s string) bool {
	for _, r := range s {
		if r < 0x3041 || r > 0x309f {
			return false
		}
	}
	return true
}

// isPageNumber: 12, - 12 -, ― 12 ―, P.12, p12, 12/40, 12ページ.
func isPageNumber(s string) bool {
	if len(s) > 32 {
		return false
	}
	t := strings.TrimFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("-－―—–‐ー~～()（）[]［］", r)
	})
	t = strings.TrimPrefix(strings.TrimPrefix(t, "P."), "p.")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "P"), "p")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "ページ"), "頁")
	if i := strings.IndexAny(t, "/／"); i > 0 {
		if !allDigits(t[i+len(string(runeAt(t, i))):]) {
			return false
		}
		t = t[:i]
	}
	t = strings.TrimFunc(t, isSpace)
	return t != "" && allDigits(t) && runeCount(t) <= 4
}

func allDigits(s string) bool { return s != "" && strings.TrimFunc(s, jtext.IsDigitRune) == "" }

// crumbSeparators stand between the steps of a breadcrumb (ホーム > 組織 >
// …, トップ ≫ 消防本部について ≫ …).
var crumbSeparators = []string{">", "＞", "›", "»", "≫"}

// countAny counts the occurrences in s of each of seps.
func countAny(s string, seps []string) int {
	n := 0
	for _, sep := range seps {
		n += strings.Count(s, sep)
	}
	return n
}

// isFurniture: a furniture phrase alone, or followed by a number or a few
// characters (ページID 1234, 記事番号：0001234); a breadcrumb (ホーム > 組織 > …).
func (r *Reader) isFurniture(s string) bool {
	crumbs := countAny(s, crumbSeparators) > 0
	if !crumbs && (len(s) > 3*(r.maxFurn+24) || !r.furnFirst.has(foldedAt(s, 0)) || utf8.RuneCountInString(s) > r.maxFurn+24) {
		return false // no phrase starts so, or too long for one, and no breadcrumb
	}
	f := fold(s)
	for _, ph := range r.furniture {
		if rest, ok := strings.CutPrefix(f, ph); ok {
			rest = strings.TrimLeft(rest, ":：")
			if rest == "" || allDigits(rest) || runeCount(rest) <= 3 || controlWords(s, ph) {
				return true
			}
		}
	}
	if !crumbs {
		return false
	}
	seps := countAny(f, crumbSeparators)
	if seps >= 2 || seps == 1 && (strings.HasPrefix(f, "ホーム") || strings.HasPrefix(f, "トップ") || strings.HasPrefix(f, "Home")) {
		return !strings.ContainsAny(f, "。")
	}
	return false
}

// controlWords: s is a page control's name (the furniture phrase ph)
// followed by the choices it offers, short words between spaces (文字サイズ
// 標準 拡大, 背景色 白 黒 青).
func controlWords(s, ph string) bool {
	words := strings.FieldsFunc(s, isSpace)
	if len(words) < 2 || len(words) > 6 || fold(words[0]) != ph {
		return false
	}
	for _, w := range words[1:] {
		if runeCount(w) > 3 || strings.ContainsAny(w, "。、") {
			return false
		}
	}
	return true
}

// blockWord: s is a block word, maybe in brackets or after a mark
// (【成果指標】, ＜現状と課題＞, ■施策の方向, 現状と課題：).
func (r *Reader) blockWord(s string) (string, bool) {
	if len(s) > 3*24+8 {
		return "", false
	}
	t := strings.TrimFunc(s, func(c rune) bool {
		return isSpace(c) || strings.ContainsRune("【】［］[]〈〉<>＜＞《》〔〕■□◆◇●○◎◉▶▷►❖★☆:：", c)
	})
	// （現状と課題）, (主な取組): a block word in round brackets, the whole line
	for _, pr := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutPrefix(t, pr[0]); ok && strings.HasSuffix(in, pr[1]) {
			t = strings.TrimFunc(strings.TrimSuffix(in, pr[1]), isSpace)
			break
		}
	}
	if t == "" || runeCount(t) > 20 {
		return "", false
	}
	// most lines start with a rune no block word starts with: no fold
	if !r.wordFirst.has(foldedAt(t, 0)) {
		return "", false
	}
	w, ok := r.blockWords[fold(t)]
	if !ok {
		// 成果指標（KPI）, 主な取組（抜粋）: a block word with a note
		if i := strings.IndexAny(t, "(（"); i > 0 && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
			w, ok = r.blockWords[fold(t[:i])]
		}
	}
	return w, ok
}

// bulletMarker finds a bullet marker at the start of s; rest is where the
// statement starts.
func (r *Reader) bulletMarker(s string) (marker string, rest int, ok bool) {
	if !r.bulletFirst.has(runeAt(s, 0)) {
		return "", 0, false
	}
	for _, m := range r.bullets {
		if !strings.HasPrefix(s, m) {
			continue
		}
		after := s[len(m):]
		// ○○市 (a placeholder), ■■■ (a rule), -12 (a negative number)
		if strings.HasPrefix(after, m) || after == "" {
			return "", 0, false
		}
		if (m == "-" || m == "－" || m == "‐") && jtext.IsDigitRune(runeAt(after, 0)) {
			return "", 0, false
		}
		return m, len(s) - len(strings.TrimLeftFunc(after, isSpace)), true
	}
	return "", 0, false
}

// field reads a labelled field at src[at:p.end]: 【日時】value, 日時：value,
// 日　時　value, or a label alone (pLabelOnly).
func (r *Reader) field(src string, p *piece, at int, needValue bool) bool {
	s := src[at:p.end]
	bracket := false
	i := 0
	if c := runeAt(s, 0); c == '【' || c == '［' || c == '[' || c == '〔' || c == '＜' || c == '<' || c == '■' || c == '◆' || c == '○' {
		bracket = c != '■' && c != '◆' && c != '○'
		i = utf8.RuneLen(c)
	}
	first := foldedAt(s, i)
	if !r.labelFirst.has(first) {
		return false
	}
	for _, l := range r.labels {
		if l.first != first {
			continue
		}
		n, ok := matchFolded(s[i:], l.form)
		if !ok {
			continue
		}
		j := i + n
		if q := labelQualifier(s[j:]); q > 0 && !bracket && r.ownLabels[l.name] {
			n += q // 達成状況（9月末時点）, 出席者（敬称略）: the label with its note
			j += q
		}
		after := runeAt(s, j)
		closed := false
		if bracket {
			if after != '】' && after != '］' && after != ']' && after != '〕' && after != '＞' && after != '>' {
				continue
			}
			j += utf8.RuneLen(after)
			closed = true
		}
		k := skipSpaces(s, j)
		sep := k > j || closed
		if c := runeAt(s, k); c == ':' || c == '：' {
			k = skipSpaces(s, k+utf8.RuneLen(c))
			sep = true
		}
		if k >= len(s) {
			if needValue {
				continue
			}
			if sep || bracket || j == len(s) {
				p.kind, p.extra = pLabelOnly, &pieceExtra{label: l.name, labelText: strings.TrimSpace(s[i : i+n])}
				p.textStart = p.end
				return true
			}
			continue
		}
		if !sep {
			continue
		}
		p.kind, p.extra, p.textStart = pField, &pieceExtra{label: l.name, labelText: strings.TrimSpace(s[i : i+n])}, at+k
		return true
	}
	return false
}

// labelQualifier returns the bytes of a note in round brackets right after
// a label the caller gave (（9月末時点）, （敬称略）) that ends the line or comes before a
// colon or a space; 0 when there is none or it is only a number ((1) opens
// an item).
func labelQualifier(s string) int {
	c := runeAt(s, 0)
	if c != '（' && c != '(' {
		return 0
	}
	w := utf8.RuneLen(c)
	k := strings.IndexAny(s[w:], "）)")
	// a year in the brackets dates a page (会議結果（令和6年5月開催分）): a title
	if k <= 0 || runeCount(s[w:w+k]) > 16 || allDigits(fold(s[w:w+k])) || strings.Contains(s[w:w+k], "年") {
		return 0
	}
	end := w + k + 1 // ) and ） are 1 and 3 bytes
	if s[w+k] != ')' {
		end = w + k + len("）")
	}
	if a := runeAt(s, end); end < len(s) && a != ':' && a != '：' && !isSpace(a) {
		return 0
	}
	return end
}

// matchFolded matches form (folded, without spaces) at the start of s,
// skipping spaces inside s (日　時) and folding it as fold does (ｶﾞ is
// ガ); it returns the bytes of s used.
func matchFolded(s, form string) (int, bool) {
	i, j := 0, 0
	for j < len(form) {
		if i >= len(s) {
			return 0, false
		}
		c, w := decodeRune(s[i:])
		if jtext.MayFold(c) {
			c, w = jtext.Next(s[i:])
		}
		if isSpace(c) && i > 0 {
			i += w
			continue
		}
		f, fw := decodeRune(form[j:])
		if c != f {
			return 0, false
		}
		i += w
		j += fw
	}
	return i, true
}

// tabCells splits a line on tabs; it returns nil unless 2+ cells are non-empty.
func tabCells(src string, start, end int) []Span {
	if strings.IndexByte(src[start:end], '\t') < 0 {
		return nil
	}
	return splitCells(src, start, end, func(s string, i int) (int, bool) {
		if s[i] == '\t' {
			return 1, true
		}
		return 0, false
	})
}

// pipeCells splits | a | b | rows; sep reports a |---| separator row.
func pipeCells(src string, start, end int) ([]Span, bool) {
	s := src[start:end]
	if strings.Count(s, "|")+strings.Count(s, "｜") < 2 {
		return nil, false
	}
	if strings.Trim(s, "|｜-:－ ") == "" {
		return nil, true
	}
	cells := splitCells(src, start, end, func(s string, i int) (int, bool) {
		if s[i] == '|' {
			return 1, true
		}
		if strings.HasPrefix(s[i:], "｜") {
			return len("｜"), true
		}
		return 0, false
	})
	return cells, false
}

// splitCells splits src[start:end] at separators, trimming each cell; it
// keeps empty cells between separators but returns nil when fewer than two
// cells are non-empty.
func splitCells(src string, start, end int, isSep func(s string, i int) (int, bool)) []Span {
	var cells []Span
	nonEmpty := 0
	cs := start
	for i := start; i <= end; {
		w, sep := 0, false
		if i < end {
			w, sep = isSep(src, i)
		}
		if i == end || sep {
			a, b := trimSpan(src, cs, i)
			cells = append(cells, Span{a, b})
			if a < b {
				nonEmpty++
			}
			if i == end {
				break
			}
			i += w
			cs = i
			continue
		}
		_, rw := decodeRune(src[i:end])
		i += rw
	}
	// leading and trailing empty cells of | a | b | rows are not cells
	for len(cells) > 0 && cells[0].Start == cells[0].End {
		cells = cells[1:]
	}
	for len(cells) > 0 && cells[len(cells)-1].Start == cells[len(cells)-1].End {
		cells = cells[:len(cells)-1]
	}
	if nonEmpty < 2 {
		return nil
	}
	return cells
}

// tocPageNumber finds a page number at the end of a possible table of
// contents entry: after dot leaders (……12, ・・・12, ....12) or glued/spaced
// after a title (計画の策定にあたって3, 第2節 基本方針 12). Whether the piece
// is an entry is decided with its neighbours.
func (r *Reader) tocPageNumber(src string, p *piece) {
	s := src[p.start:p.end]
	i := len(s)
	for i > 0 {
		c, w := utf8.DecodeLastRuneInString(s[:i])
		if !jtext.IsDigitRune(c) {
			break
		}
		i -= w
	}
	if i == len(s) || i == 0 || runeCount(s[i:]) > 3 {
		return
	}
	page, _, _ := readDigits(s, i, 3)
	j := i
	leader := false
	for j > 0 {
		c, w := utf8.DecodeLastRuneInString(s[:j])
		if strings.ContainsRune("…‥・.．·-－ ", c) || c == '\u3000' || c == '\t' {
			if c != ' ' && c != '\u3000' && c != '\t' {
				leader = true
			}
			j -= w
			continue
		}
		break
	}
	if j == 0 {
		return
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:j])
	if !leader && (jtext.IsDigitRune(prev) || prev == '第' || counterBefore(prev)) {
		return
	}
	if leader && j < i {
		// dot leaders need at least two dots (…… counts as two)
		dots := strings.Count(s[j:i], "…") * 2
		dots += strings.Count(s[j:i], "‥")*2 + strings.Count(s[j:i], "・") + strings.Count(s[j:i], ".") + strings.Count(s[j:i], "．") + strings.Count(s[j:i], "·")
		if dots < 2 {
			leader = false
		}
	}
	if runeCount(s[:j]) > 50 || strings.Contains(s[:j], "。") {
		return
	}
	p.tocEnd, p.tocPage, p.leader = p.start+j, int32(page), leader
}

// counterBefore: runes that make trailing digits part of the text (令和3, 約5).
func counterBefore(r rune) bool { return strings.ContainsRune("和成正治約計全第No.＃#", r) }

// titleBreak finds where a heading title ends and its first sentence
// begins on the same line: the first white space within 25 runes of start,
// with no comma or full stop before it and a sentence after it. 0 when none.
func titleBreak(src string, start, end int) int {
	if at := gluedTitleBreak(src, start, end); at > 0 {
		return at
	}
	n := 0
	for i := start; i < end && n <= 25; n++ {
		r, w := decodeRune(src[i:end])
		if r == '、' || r == '。' || r == '，' || r == '「' {
			return 0
		}
		if isSpace(r) {
			if n < 2 {
				return 0
			}
			rest := strings.TrimSpace(src[i:end])
			if runeCount(rest) >= 10 && endsSentence(rest) {
				return i
			}
			return 0
		}
		i += w
	}
	return 0
}

// titleEnds close a measure's title (施策名): a verbal noun after の
// (見守り活動の充実, 権利擁護の推進), づくり, or an aim verb after を/に
// (支え合いの輪を広げる, 支援につなげる). E-book text runs such a title
// straight into its first sentence: 「(1) 見守り活動の充実ひとり暮らしの…。」.
var titleEnds = []string{
	"の充実", "の推進", "の強化", "の確保", "の向上", "の促進", "の整備", "の育成", "の支援", "の創出", "の形成",
	"の実現", "の構築", "の拡充", "の保全", "の活用", "の展開", "の防止", "の継承", "の振興", "の改善", "の普及",
	"づくり", "を広げる", "をつなぐ", "を育む", "を守る", "を高める", "を進める", "を支える", "につなげる", "につなぐ",
}

// gluedTitleBreak finds the end of a title glued to its first sentence
// (no space between): right after the first title end within 25 runes,
// with no comma or full stop before it and a sentence of ten runes or more
// after it. 0 when none.
func gluedTitleBreak(src string, start, end int) int {
	lim := start
	for n := 0; lim < end && n < 25; n++ {
		r, w := decodeRune(src[lim:end])
		if r == '、' || r == '。' || r == '，' || r == '「' || isSpace(r) {
			break
		}
		lim += w
	}
	best := 0
	for _, e := range titleEnds {
		if i := strings.Index(src[start:lim], e); i > 0 && (best == 0 || start+i+len(e) < best) {
			best = start + i + len(e)
		}
	}
	if best == 0 || best >= end {
		return 0
	}
	rest := src[best:end]
	if runeCount(rest) < 10 || !endsSentence(rest) || isSpace(runeAt(rest, 0)) || continuesPhrase(rest) {
		return 0
	}
	return best
}

// phraseContinuations carry the words before them on: 安全対策を進めるため、
// is one clause, not a title and a sentence.
var phraseContinuations = []string{"ため", "こと", "よう", "など", "ので", "ながら", "つつ", "とともに"}

// continuesPhrase: rest opens with a particle or a word that continues
// the phrase before it.
func continuesPhrase(rest string) bool {
	if strings.ContainsRune(particles, runeAt(rest, 0)) {
		return true
	}
	for _, c := range phraseContinuations {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// loneNumberStyles may stand alone on a line with the title below; a bare
// number alone is a page number.
var loneNumberStyles = map[string]bool{"(N)": true, "①": true, "〔N〕": true, "【N】": true, "Ⅰ": true, "(ア)": true}

// verbEnd: text ending the way a broken sentence or a statement without
// its full stop does (…整備され, …を, …取り組みます), which a title does not.
func verbEnd(t string) bool {
	// not する, つくる, ない: strategy titles end in plain verbs (雇用を創出する)
	for _, e := range []string{"され", "られ", "てい", "して", "ます", "です", "ません", "を", "が", "は", "に", "で", "、"} {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}
