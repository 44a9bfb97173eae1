package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// strongMarkers open a statement even in the middle of a line; ・ ○ ※ - do
// not, since they also occur inside words (広報・DX, ○○市, ※1).
const strongMarkers = "●◉◆◇■□▶▷►▸❖★☆➢➤◼▪"

// particles that continue a sentence: a block word or unit heading right
// after one of them is part of the sentence.
const particles = "のがをにはとでやへも「『（(・、，"

// splitLine cuts the trimmed line src[start:end] where a heading, a block
// word or a bullet starts in the middle of it (run-together text from e-book
// and PDF extraction). It returns the cut offsets, in order. On a page line
// (a run-together page, page true) headings glued to the text before them
// are cut too: 「…の展開1 脱炭素…」, 「…の実現(1) 省エネ…」, 「…推進▶…。①家庭の…」.
func (r *Reader) splitLine(src string, start, end int, page bool) []int {
	var cuts []int
	prev := rune(-1)
	lead := end
	for i := start; i < end; {
		c, w := decodeRune(src[i:end])
		if unicode.IsLetter(c) || unicode.IsNumber(c) {
			lead = i
			break
		}
		i += w
	}
	run, leaders := 0, false // dot leaders in a row; three or more seen
	for i := start; i < end; {
		var c rune
		var w int
		// kana and kanji inline: most runes of a line, and most of them
		// start nothing (cutAt's fast path, asked of one rune set here)
		if c0 := src[i]; c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED && i+2 < end && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			c, w = rune(c0&0x0F)<<12|rune(src[i+1]&0x3F)<<6|rune(src[i+2]&0x3F), 3
			if c > 0x3000 && prev != '。' && !r.cutFirst.has(c) {
				if c == '・' || c == '．' {
					if run++; run >= 3 {
						leaders = true
					}
				} else {
					run = 0
				}
				prev = c
				i += w
				continue
			}
		} else {
			c, w = decodeRune(src[i:end])
		}
		if isLeader(c) {
			if run++; run >= 3 {
				leaders = true
			}
		} else {
			run = 0
		}
		if i > start {
			if k := r.cutAt(src, start, lead, i, end, c, prev, page); k > 0 {
				if k == 1 || k == 3 {
					cuts = append(cuts, i)
				}
				if k >= 2 {
					// a block word: also cut after it
					wEnd := i + r.midWordLen(src, i, end)
					if wEnd < end {
						cuts = append(cuts, wEnd)
					}
					prev, _ = utf8.DecodeLastRuneInString(src[i:wEnd])
					if strings.IndexFunc(src[i:wEnd], isLeader) >= 0 {
						leaders = true // a word holding a dot: let leaderCuts see the line
					}
					i = wEnd
					run = 0
					continue
				}
			}
		}
		prev = c
		i += w
	}
	// dot leaders cut only after three in a row: most lines have none
	if !leaders {
		return dedupCuts(cuts)
	}
	if lc := leaderCuts(src, start, end); len(lc) > 0 {
		cuts = mergeCuts(cuts, lc)
	}
	return dedupCuts(cuts)
}

// isLeader: the dots of dot leaders (……, ・・・, ....).
func isLeader(r rune) bool {
	return r == '…' || r == '‥' || r == '・' || r == '.' || r == '．' || r == '·'
}

// leaderCuts cuts a table of contents printed on one line after each page
// number that follows dot leaders (1.計画の策定・・・・1 2.計画期間・・・1 …).
func leaderCuts(src string, start, end int) []int {
	var cuts []int
	leaders := 0
	for i := start; i < end; {
		r, w := decodeRune(src[i:end])
		if isLeader(r) {
			leaders++
			i += w
			continue
		}
		if leaders >= 3 {
			j := skipSpaces(src[:end], i)
			if _, k, ok := readDigits(src[:end], j, 3); ok {
				if m := skipSpaces(src[:end], k); m < end && m > k {
					cuts = append(cuts, m)
				}
				i = k
				leaders = 0
				continue
			}
		}
		leaders = 0
		i += w
	}
	return cuts
}

// mergeCuts merges two sorted cut lists.
func mergeCuts(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

func dedupCuts(c []int) []int {
	out := c[:0]
	for _, x := range c {
		if len(out) == 0 || out[len(out)-1] < x {
			out = append(out, x)
		}
	}
	return out
}

// cutAt decides whether a cut goes before src[i:] (1), after the block word
// starting there (2), or both (3); 0 for no cut.
// lead is where the first letter or digit of the line is: nothing but
// marks stands before it.
func (r *Reader) cutAt(src string, start, lead, i, end int, c, prev rune, page bool) int {
	// fast path: most runes of a line are kana and kanji that start nothing
	if c > 0x3000 && c != '第' && c != '【' && !r.midFirst(c) && prev != '。' && (c < 'Ⅰ' || c > 'Ⅻ') && !r.planFirst.has(c) && !(page && c == '（') {
		return 0
	}
	if page && i > lead && r.pageHeadingAt(src[start:i], src[i:end], c, prev) {
		return 1
	}
	if c >= 0x25A0 && c <= 0x27BF && strings.ContainsRune(strongMarkers, c) {
		if c == prev {
			return 0
		}
		next := runeAt(src[:end], i+utf8.RuneLen(c))
		if next == c || next == -1 {
			return 0
		}
		return 1
	}
	if (c == '第' || r.planFirst.has(c)) && i <= lead {
		return 0 // ■基本目標1, ◆第2章: a mark dressing the heading, read with it
	}
	if c == '第' && !strings.ContainsRune(particles, prev) {
		if n, ok := readDai(src[i:end], utf8.RuneLen(c)); ok && n.style != "第N" {
			return 1
		}
		return 0
	}
	if isSpace(prev) && i > lead && (c == '(' || c >= '0' && c <= '9') && r.spacedHeadingAt(src, lead, i, end) {
		return 1
	}
	if isDigitRune(c) && !isDigitRune(prev) && !isLatinLetter(prev) && prev != '.' && prev != '．' && prev != '第' &&
		prev != ',' && prev != '，' && prev != '-' && !strings.ContainsRune(particles, prev) {
		n, ok := readArabic(src[i:end])
		if ok && n.ordinal[0] > 0 && (n.style == "N." || prev == '。') && isTitleStart(runeAt(src[i:end], n.end)) {
			return 1
		}
		return 0
	}
	if r.planFirst.has(c) && !strings.ContainsRune(particles, prev) && !isDigitRune(prev) {
		// 基本目標1, 施策2-1 inside a run-together line
		if n, ok := r.readPlanWord(src[i:end]); ok && n.end > 0 && !r.insidePlanWord(src[start:i], n.style) {
			if t := runeAt(src[i:end], n.end); isSpace(runeAt(src[i:end], n.end-1)) || isTitleStart(t) {
				return 1
			}
		}
	}
	if c >= 'Ⅰ' && c <= 'Ⅻ' && (isSpace(prev) || isDigitRune(prev)) {
		if _, ok := r.readNumbering(src[i:end]); ok {
			return 1
		}
	}
	if prev == '。' {
		if n, ok := r.readNumbering(src[i:end]); ok && n.style != "a" && n.style != "A" && n.style != "ア" {
			return 1
		}
	}
	if c == '【' {
		if j := strings.IndexRune(src[i:end], '】'); j > 0 {
			inner := fold(src[i+utf8.RuneLen(c) : i+j])
			if _, ok := r.blockWords[inner]; ok {
				return 1
			}
		}
		return 0
	}
	if ws := r.midWords[c]; ws != nil && (isCJKWord(prev) || prev == '。' || prev == '」') && !strings.ContainsRune(particles, prev) {
		for _, w := range ws {
			if !strings.HasPrefix(src[i:end], w) {
				continue
			}
			if strings.HasSuffix(src[:i], w) {
				return 0 // a repeat of the word before it
			}
			after := i + len(w)
			if after == end {
				// at the line's end only after a finished sentence: 主な関連計画
				// is one phrase
				if prev == '。' || prev == '」' || prev == '）' {
					return 1
				}
				return 0
			}
			if prev == '。' {
				// 。成果指標（KPI）市内の…: a block word opening a new part
				a := after
				if o := runeAt(src[:end], a); o == '（' || o == '(' {
					if k := strings.IndexAny(src[a:min(end, a+40)], "）)"); k > 0 {
						a += k + len(string(runeAt(src[:end], a+k)))
					}
				}
				if a == end || !(runeAt(src[:end], a) >= 0x3041 && runeAt(src[:end], a) <= 0x309f) {
					return 3
				}
			}
			n := runeAt(src[:end], after)
			if isSpace(n) || strings.ContainsRune(strongMarkers, n) || n == '【' || n == '・' ||
				strings.HasPrefix(src[after:end], w) {
				return 3
			}
			return 0
		}
	}
	return 0
}

// midWordLen returns the length of the block word at src[i:] (as cutAt
// found it), with its repeats (成果指標成果指標).
func (r *Reader) midWordLen(src string, i, end int) int {
	c, _ := decodeRune(src[i:end])
	for _, w := range r.midWords[c] {
		if strings.HasPrefix(src[i:end], w) {
			n := len(w)
			for k := 1; k < 4 && strings.HasPrefix(src[i+n:end], w); k++ {
				n += len(w)
			}
			// a bracketed note (成果指標（KPI）) belongs to the word
			if o := runeAt(src[:end], i+n); o == '（' || o == '(' {
				if k := strings.IndexAny(src[i+n:min(end, i+n+40)], "）)"); k > 0 {
					n += k + len(string(runeAt(src[:end], i+n+k)))
				}
			}
			return n
		}
	}
	return 0
}

// insidePlanWord reports whether the plan word of style (目標N) at the end
// of before is the tail of a longer plan word (基本目標): the cut belongs
// before the longer one.
func (r *Reader) insidePlanWord(before, style string) bool {
	w := style
	if k := strings.Index(style, "N"); k > 0 {
		w = style[:k]
	}
	for _, pw := range r.planWords {
		if len(pw.Word) > len(w) && strings.HasSuffix(pw.Word, w) && strings.HasSuffix(before, pw.Word[:len(pw.Word)-len(w)]) {
			return true
		}
	}
	return false
}

// pageHeadingAt reports a heading number glued to the text before it on a
// run-together page: a spaced number and title (1 脱炭素社会の実現), a
// bracketed or circled number ((1) 省エネルギー, ①家庭の…), a Roman numeral
// (Ⅲ 計画の推進), after a letter that ends a title or a sentence, never
// after a particle or inside a figure (令和5年4月, 第2次).
func (r *Reader) pageHeadingAt(before, s string, c, prev rune) bool {
	for _, pw := range r.planWords {
		if strings.HasSuffix(before, pw.Word) {
			return false // 基本目標2: the plan word's own number
		}
	}
	if strings.ContainsRune(particles, prev) || isDigitRune(prev) || isLatinLetter(prev) || prev == '第' || prev == '.' ||
		prev == '．' || prev == ',' || prev == '，' || prev == '-' || isSpace(prev) {
		return false
	}
	switch {
	case isDigitRune(c):
		n, ok := readArabic(s)
		return ok && n.style == "N" && !n.glued && n.ordinal[0] > 0 && isTitleStart(runeAt(s, n.end))
	case c == '(' || c == '（' || c == '⑴' || c >= '①' && c <= '⑳' || c >= 'Ⅰ' && c <= 'Ⅻ':
		n, ok := r.readNumbering(s)
		if !ok || n.style != "(N)" && n.style != "①" && n.style != "Ⅰ" {
			return false
		}
		return isTitleStart(runeAt(s, n.end))
	}
	return false
}

// spacedHeadingAt reports a composite or bracketed heading number at
// src[i:] set off by spaces inside a line that itself opens with a heading
// number: e-book text runs a chapter's headings together on one line
// (「第3章 分野別計画 3-1 子育て・教育 3-1-1 妊娠期からの支援 …」). A figure in
// prose is not set off by spaces on both sides, nor is its line headed.
func (r *Reader) spacedHeadingAt(src string, lead, i, end int) bool {
	n, ok := r.readNumbering(src[i:end])
	if !ok || n.glued || !strings.HasPrefix(n.style, "N-N") && n.style != "(N)" || n.end <= len(n.number) ||
		!isTitleStart(runeAt(src[i:end], n.end)) {
		return false
	}
	h, ok := r.readNumbering(src[lead:end])
	if !ok {
		h, ok = r.readPlanWord(src[lead:end])
	}
	return ok && !h.glued && lead+h.end <= i
}
