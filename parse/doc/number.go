package doc

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// numbering is a heading number found at the start of a text.
type numbering struct {
	end     int    // bytes of the number and the separator after it
	number  string // as written, trimmed
	style   string
	ordinal []int
	rank    int  // default rank: lower is higher (第N章 12 … (a) 90)
	unit    bool // a plan unit (第N章) or plan word (基本目標1): may stand without a title
	glued   bool // no separator between number and title (1子育て支援): a heading only when the line is one
}

// Default ranks of the numbering styles, the official order (公用文) 第1 → 1
// → (1) → ア → (ア) → a → (a), with the plan units above them.
var unitRank = map[rune]int{'編': 10, '部': 11, '章': 12, '節': 13, '款': 14, '項': 15}

const (
	rankRoman     = 18
	rankDai       = 20
	rankN         = 40
	rankComposite = 41
	rankBracket   = 45
	rankParen     = 50
	rankHalfParen = 52
	rankCircled   = 55
	rankKana      = 60
	rankKanaParen = 70
	rankLatin     = 80
	rankLatinPar  = 90
)

// aiueo is the order of katakana item marks (ア, イ, ウ …).
const aiueo = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"

// kanaOrdinal maps a katakana item mark to its ordinal (ア → 1).
var kanaOrdinal = func() map[rune]int {
	m := map[rune]int{}
	for i, r := range []rune(aiueo) {
		m[r] = i + 1
	}
	return m
}()

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\v' || r == '\f'
}

func isBlankRune(r rune) bool { return isSpace(r) || r == '\n' || r == '\r' }

// readDigits reads a run of at most maxDigits digits (ASCII or full-width)
// at s[i:] with the one reader, jtext.ReadWideDigits; it returns the value and
// the end. ok is false when there is no digit, or more than maxDigits: a
// year or an amount, not a heading or page number.
func readDigits(s string, i, maxDigits int) (v, end int, ok bool) {
	v, end, digits := jtext.ReadWideDigits(s, i)
	if digits == 0 || digits > maxDigits {
		return 0, i, false
	}
	return v, end, true
}

func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, w := decodeRune(s[i:])
		if !isSpace(r) {
			break
		}
		i += w
	}
	return i
}

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := decodeRune(s[i:])
	return r
}

// counterAfter reports runes that make a number a quantity, not a heading
// number (1年, 3件, 10%).
func counterAfter(r rune) bool {
	return strings.ContainsRune("年月日回件人%％か箇ヶカ校所円歳倍割位点時分秒号条次期世万億千百周km㎞mｍ.,，．:：/／~～〜", r)
}

// sepAfter consumes the separator after a number: spaces, or one of 「.．、:：」
// followed by spaces. It reports whether there was one.
func sepAfter(s string, i int) (int, bool) {
	j := skipSpaces(s, i)
	if j > i {
		return j, true
	}
	return i, false
}

// readNumbering recognizes a heading number at the start of s (s is trimmed).
func (r *Reader) readNumbering(s string) (numbering, bool) {
	if s == "" {
		return numbering{}, false
	}
	c, w := decodeRune(s)
	switch {
	case c == '第':
		return readDai(s, w)
	case c == '(' || c == '（':
		return readParen(s, w)
	case c == '〔' || c == '【' || c == '[' || c == '［' || c == '《' || c == '<' || c == '＜' || c == '〈':
		return readBracket(s, c, w)
	case c >= 'Ⅰ' && c <= 'Ⅻ':
		return finishMark(s, w, "Ⅰ", []int{int(c-'Ⅰ') + 1}, rankRoman, true)
	case c >= '①' && c <= '⑳':
		return finishMark(s, w, "①", []int{int(c-'①') + 1}, rankCircled, true)
	case c >= '㉑' && c <= '㉟':
		return finishMark(s, w, "①", []int{int(c-'㉑') + 21}, rankCircled, true)
	case c >= '❶' && c <= '❿':
		return finishMark(s, w, "❶", []int{int(c-'❶') + 1}, rankCircled, true)
	case c >= '⑴' && c <= '⒇':
		return finishMark(s, w, "(N)", []int{int(c-'⑴') + 1}, rankParen, true)
	case c >= '⒈' && c <= '⒛':
		return finishMark(s, w, "N.", []int{int(c-'⒈') + 1}, rankN, true)
	case jtext.IsDigitRune(c):
		return readArabic(s)
	}
	if k, ok := kanaOrdinal[c]; ok {
		return readLetter(s, w, "ア", k, rankKana)
	}
	if c >= 'a' && c <= 'z' || c >= 'ａ' && c <= 'ｚ' {
		o := int(c - 'a')
		if c >= 'ａ' {
			o = int(c - 'ａ')
		}
		return readLetter(s, w, "a", o+1, rankLatin)
	}
	if c >= 'A' && c <= 'Z' || c >= 'Ａ' && c <= 'Ｚ' {
		o := int(c - 'A')
		if c >= 'Ａ' {
			o = int(c - 'Ａ')
		}
		return readLetter(s, w, "A", o+1, rankLatin-5)
	}
	return r.readPlanWord(s)
}

// finishMark ends a mark that delimits itself (①, Ⅰ): spaces or a dot may follow.
func finishMark(s string, i int, style string, ord []int, rank int, selfDelim bool) (numbering, bool) {
	num := s[:i]
	if c := runeAt(s, i); c == '.' || c == '．' {
		i += utf8.RuneLen(c)
	}
	j, sp := sepAfter(s, i)
	if !sp && !selfDelim {
		return numbering{}, false
	}
	return numbering{end: j, number: num, style: style, ordinal: ord, rank: rank}, true
}

// readDai reads 第N章, 第 1 節, 第一編, 第1 (no unit, then a space).
func readDai(s string, i int) (numbering, bool) {
	j := skipSpaces(s, i)
	v, k, ok := readDigits(s, j, 3)
	if !ok {
		v, k, ok = jtext.ReadKanjiInt(s, j)
	}
	if !ok {
		return numbering{}, false
	}
	k2 := skipSpaces(s, k)
	u := runeAt(s, k2)
	if rank, isUnit := unitRank[u]; isUnit {
		end := k2 + utf8.RuneLen(u)
		// 第2章で (in chapter 2), 第3節の: a reference inside a sentence.
		if n := runeAt(s, end); strings.ContainsRune("でにのをはがともへや」』、，", n) {
			return numbering{}, false
		}
		e, _ := sepAfter(s, end)
		return numbering{end: e, number: strings.TrimSpace(s[:end]), style: "第N" + string(u), ordinal: []int{v}, rank: rank, unit: true}, true
	}
	e, sp := sepAfter(s, k)
	if !sp && e < len(s) {
		return numbering{}, false // 第2期, 第3次: an ordinal in a name
	}
	return numbering{end: e, number: s[:k], style: "第N", ordinal: []int{v}, rank: rankDai, unit: true}, true
}

// readParen reads (1), （２）, (ア), (a), (i) and their half forms.
func readParen(s string, i int) (numbering, bool) {
	j := skipSpaces(s, i)
	var style string
	var ord, rank int
	var k int
	if v, e, ok := readDigits(s, j, 2); ok {
		style, ord, rank, k = "(N)", v, rankParen, e
	} else {
		c, w := decodeRune(s[j:])
		if x, ok := kanaOrdinal[c]; ok {
			style, ord, rank, k = "(ア)", x, rankKanaParen, j+w
		} else if c >= 'a' && c <= 'z' || c >= 'ａ' && c <= 'ｚ' {
			o := int(c - 'a')
			if c >= 'ａ' {
				o = int(c - 'ａ')
			}
			style, ord, rank, k = "(a)", o+1, rankLatinPar, j+w
		} else if c >= 'A' && c <= 'Z' || c >= 'Ａ' && c <= 'Ｚ' {
			o := int(c - 'A')
			if c >= 'Ａ' {
				o = int(c - 'Ａ')
			}
			style, ord, rank, k = "(A)", o+1, rankLatinPar-5, j+w
		} else {
			return numbering{}, false
		}
	}
	k = skipSpaces(s, k)
	c := runeAt(s, k)
	if c != ')' && c != '）' {
		return numbering{}, false
	}
	k += utf8.RuneLen(c)
	e, _ := sepAfter(s, k)
	return numbering{end: e, number: s[:k], style: style, ordinal: []int{ord}, rank: rank}, true
}

// readBracket reads 〔1〕, 【1】, [1], ＜1＞.
func readBracket(s string, open rune, i int) (numbering, bool) {
	closeOf := map[rune]rune{'〔': '〕', '【': '】', '[': ']', '［': '］', '《': '》', '<': '>', '＜': '＞', '〈': '〉'}
	v, k, ok := readDigits(s, skipSpaces(s, i), 2)
	if !ok {
		return numbering{}, false
	}
	k = skipSpaces(s, k)
	if runeAt(s, k) != closeOf[open] {
		return numbering{}, false
	}
	k += utf8.RuneLen(closeOf[open])
	e, _ := sepAfter(s, k)
	style := string(open) + "N" + string(closeOf[open])
	return numbering{end: e, number: s[:k], style: style, ordinal: []int{v}, rank: rankBracket}, true
}

// readArabic reads 1, 1., 1), 2-3-1, 1.2.
func readArabic(s string) (numbering, bool) {
	v, k, ok := readDigits(s, 0, 2)
	if !ok {
		return numbering{}, false
	}
	ord := []int{v}
	// composite 2-3-1 / 1.2.1
	for len(ord) < 4 {
		c := runeAt(s, k)
		if c != '-' && c != '－' && c != '‐' && c != '−' && c != '―' && c != '.' && c != '．' {
			break
		}
		v2, k2, ok2 := readDigits(s, k+utf8.RuneLen(c), 2)
		if !ok2 {
			break
		}
		ord = append(ord, v2)
		k = k2
	}
	if len(ord) > 1 {
		if counterAfter(runeAt(s, k)) && runeAt(s, k) != '.' && runeAt(s, k) != '．' {
			return numbering{}, false
		}
		e, sp := sepAfter(s, k)
		if c := runeAt(s, k); !sp && (c == '.' || c == '．') {
			e, _ = sepAfter(s, k+utf8.RuneLen(c))
		} else if !sp && e < len(s) && !isTitleStart(runeAt(s, k)) {
			return numbering{}, false
		}
		style := "N" + strings.Repeat("-N", len(ord)-1)
		return numbering{end: e, number: s[:k], style: style, ordinal: ord, rank: rankComposite + len(ord) - 2}, true
	}
	c := runeAt(s, k)
	switch c {
	case '.', '．', '、':
		e := k + utf8.RuneLen(c)
		if jtext.IsDigitRune(runeAt(s, e)) {
			return numbering{}, false
		}
		e, _ = sepAfter(s, e)
		return numbering{end: e, number: s[:k+utf8.RuneLen(c)], style: "N.", ordinal: ord, rank: rankN}, true
	case ')', '）':
		e, _ := sepAfter(s, k+utf8.RuneLen(c))
		return numbering{end: e, number: s[:k+utf8.RuneLen(c)], style: "N)", ordinal: ord, rank: rankHalfParen}, true
	}
	if ord[0] > 50 {
		return numbering{}, false // a page number or an amount, not a heading number
	}
	e, sp := sepAfter(s, k)
	if !sp && e < len(s) && ord[0] >= 1 && ord[0] <= 30 {
		// 1子育て支援の充実: the space lost in extraction; kanji or katakana
		// only (3つの, 2人 are quantities)
		if c := runeAt(s, k); (isKanji(c) || c >= 0x30a1 && c <= 0x30fa) && !counterAfter(c) {
			return numbering{end: k, number: s[:k], style: "N", ordinal: ord, rank: rankN, glued: true}, true
		}
	}
	if !sp || e >= len(s) || jtext.IsDigitRune(runeAt(s, e)) {
		return numbering{}, false // 2 0 2 5年: a spaced number
	}
	if c := runeAt(s, e); counterAfter(c) {
		// 4,512 人, 3 年で: a quantity; 3 人材育成, 2 年金制度: a title
		if n := runeAt(s, e+utf8.RuneLen(c)); !isKanji(n) && !(n >= 0x30a1 && n <= 0x30ff) {
			return numbering{}, false
		}
	}
	return numbering{end: e, number: s[:k], style: "N", ordinal: ord, rank: rankN}, true
}

// isTitleStart reports a rune a heading title may start with right after a
// number with no separator (kanji, kana).
func isTitleStart(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || r >= 0x4e00 && r <= 0x9fff || r == '「' || r == '『'
}

// readLetter reads ア / a followed by a space, a dot or a closing bracket.
func readLetter(s string, w int, style string, ord, rank int) (numbering, bool) {
	c := runeAt(s, w)
	switch c {
	case '.', '．':
		e, _ := sepAfter(s, w+utf8.RuneLen(c))
		return numbering{end: e, number: s[:w+utf8.RuneLen(c)], style: style, ordinal: []int{ord}, rank: rank}, true
	case ')', '）':
		e, _ := sepAfter(s, w+utf8.RuneLen(c))
		return numbering{end: e, number: s[:w+utf8.RuneLen(c)], style: style + ")", ordinal: []int{ord}, rank: rank + 3}, true
	}
	e, sp := sepAfter(s, w)
	if !sp || e >= len(s) {
		return numbering{}, false
	}
	return numbering{end: e, number: s[:w], style: style, ordinal: []int{ord}, rank: rank}, true
}

// readPlanWord reads 基本目標1, 施策 2, 施策3-1-2.
func (r *Reader) readPlanWord(s string) (numbering, bool) {
	c := runeAt(s, 0)
	if !r.planFirst.has(c) {
		return numbering{}, false
	}
	// only the plan words starting with s's first rune, in r.planWords'
	// order (longest first): the first rune of many is a common kanji
	// (事, 方, 目, 主), so this runs on many lines
	for _, pw := range r.planBy[c] {
		if !strings.HasPrefix(s, pw.Word) {
			continue
		}
		i := skipSpaces(s, len(pw.Word))
		v, k, ok := readDigits(s, i, 2)
		if !ok {
			v, k, ok = jtext.ReadKanjiInt(s, i)
		}
		if !ok {
			continue
		}
		ord := []int{v}
		for len(ord) < 4 {
			c := runeAt(s, k)
			if c != '-' && c != '－' && c != '‐' && c != '−' && c != '.' && c != '．' {
				break
			}
			v2, k2, ok2 := readDigits(s, k+utf8.RuneLen(c), 2)
			if !ok2 {
				break
			}
			ord, k = append(ord, v2), k2
		}
		if c := runeAt(s, k); counterAfter(c) && c != ':' && c != '：' && c != '.' && c != '．' {
			continue
		}
		e := k
		if c := runeAt(s, e); c == ':' || c == '：' || c == '.' || c == '．' {
			e += utf8.RuneLen(c)
		}
		e, _ = sepAfter(s, e)
		style := pw.Word + "N" + strings.Repeat("-N", len(ord)-1)
		return numbering{end: e, number: strings.TrimSpace(s[:k]), style: style, ordinal: ord, rank: pw.Rank + len(ord) - 1, unit: true}, true
	}
	return numbering{}, false
}
