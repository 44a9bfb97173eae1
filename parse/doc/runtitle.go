package doc

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// Running titles of run-together pages. E-book and some PDF exports put a
// whole page on one line that starts with the page number glued to the
// publication's running title (柱, the title printed at the head of every
// page): 「8北川市環境基本計画（第2次）Ⅱ 施策の展開…」, 「9北川市環境基本計画
// （第2次）(2) …」. The title is the text the page lines share after their
// page numbers; it is furniture wherever it recurs, also in the middle or at
// the end of a line (a footer run into the page's last sentence).

const (
	maxRunningTitle  = 40 // runes
	minRunningTitle  = 5  // runes: shorter shared text is no title
	maxRunningTitles = 4  // titles looked for in each line
	pageLineRunes    = 40 // a page line is at least this long (runes)
)

// pageStart returns where the text of a run-together page line starts after
// its leading page number (8北川市…), or -1 when the line does not start
// with a page number glued to text.
func pageStart(src string, ts, te int) int {
	v, k, ok := readDigits(src[:te], ts, 3)
	if !ok || v == 0 || k >= te {
		return -1
	}
	c := runeAt(src[:te], k)
	if isSpace(c) || counterAfter(c) || c == ')' || c == '）' || c == '-' || c == '－' || isLatinLetter(c) {
		return -1
	}
	return k
}

// runningTitles finds the running titles of the document's page lines: the
// longest text shared by two or more page lines right after their page
// numbers, cut back before any heading it runs into (第1章 …) and before a
// trailing bracket or number that only begins a heading ((1), Ⅱ).
func (r *Reader) runningTitles(src string, starts []int) []string {
	groups := map[string][]string{} // first runes → the texts after the page numbers
	var order []string
	for ln, ls := range starts {
		le := len(src)
		if ln+1 < len(starts) {
			le = starts[ln+1]
		}
		ts, te := trimSpan(src, ls, le)
		if te-ts < pageLineRunes || runeCount(src[ts:te]) < pageLineRunes {
			continue // a page run together on one line is long
		}
		k := pageStart(src, ts, te)
		if k < 0 {
			continue
		}
		rest := src[k:te]
		if n := runeIndex(rest, maxRunningTitle+1); n < len(rest) {
			rest = rest[:n]
		}
		key := rest[:runeIndex(rest, minRunningTitle)]
		if _, seen := groups[key]; !seen {
			order = append(order, key)
		}
		groups[key] = append(groups[key], rest)
	}
	var titles []string
	for _, key := range order {
		g := groups[key]
		if len(g) < 2 || len(titles) == maxRunningTitles {
			continue
		}
		t := g[0]
		for _, s := range g[1:] {
			t = t[:commonPrefix(t, s)]
		}
		if t = r.trimRunningTitle(t); t != "" && r.titleEndsEach(t, g) {
			titles = append(titles, t)
		}
	}
	return titles
}

// trimRunningTitle cuts a shared prefix back to a title: before the first
// heading or block word in it, without the opening of a number ((, Ⅱ, 第)
// and spaces at its end. It returns "" when what is left is no title (too
// short, a heading itself, a sentence).
func (r *Reader) trimRunningTitle(t string) string {
	for len(t) > 0 {
		c, w := utf8.DecodeLastRuneInString(t)
		if c == utf8.RuneError && w <= 1 {
			t = t[:len(t)-1] // a prefix ending inside a character
			continue
		}
		if !(isSpace(c) || jtext.IsDigitRune(c) || c >= 'Ⅰ' && c <= 'Ⅻ' || c >= '①' && c <= '⑳' || strings.ContainsRune("(（【〔［[第", c)) {
			break
		}
		t = t[:len(t)-w]
	}
	if cuts := r.splitLine(t, 0, len(t), false); len(cuts) > 0 {
		t = strings.TrimRightFunc(t[:cuts[0]], isSpace)
	}
	if runeCount(t) < minRunningTitle || strings.Contains(t, "。") || !hasLetterOrDigit(t) {
		return ""
	}
	if _, ok := r.readNumbering(t); ok {
		return "" // 第2章 くらし on every page: a heading, read as such elsewhere
	}
	if _, _, ok := r.bulletMarker(t); ok {
		return ""
	}
	return t
}

// titleEndsEach reports whether, on every page line of the group, what
// follows the title t starts a part of its own: a heading number, a bullet,
// a block word (8北川市環境基本計画Ⅱ 施策の展開, 9北川市環境基本計画(2) …).
// Numbered headings glued to their titles share no such prefix (1子育て支援の
// 充実について…, 2子育て支援の拡充…: 子育て支援の is no title).
func (r *Reader) titleEndsEach(t string, g []string) bool {
	for _, s := range g {
		rest := strings.TrimLeftFunc(s[len(t):], isSpace)
		if rest == "" {
			continue
		}
		if _, ok := r.readNumbering(rest); ok {
			continue
		}
		if _, _, ok := r.bulletMarker(rest); ok {
			continue
		}
		if r.midWordLen(rest, 0, len(rest)) > 0 {
			continue
		}
		return false
	}
	return true
}

// runningTitleCuts adds the cuts around every running title in the line
// src[ts:te] to cuts and reports whether the line holds one.
func runningTitleCuts(src string, ts, te int, titles []string, cuts []int) ([]int, bool) {
	found := false
	var add []int
	for _, t := range titles {
		for from := ts; from < te; {
			k := strings.Index(src[from:te], t)
			if k < 0 {
				break
			}
			a := from + k
			b := a + len(t)
			found = true
			if a > ts {
				add = append(add, a)
			}
			if b < te {
				add = append(add, b)
			}
			from = b
		}
	}
	if len(add) == 0 {
		return cuts, found
	}
	slices.Sort(add)
	return dedupCuts(mergeCuts(cuts, add)), found
}

// runeIndex returns the byte offset of the n-th rune of s (len(s) when s is
// shorter).
func runeIndex(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
