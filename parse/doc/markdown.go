package doc

import "strings"

// Documents converted from web pages to Markdown (by pandoc, html2text and
// the scrapers civic-tech pipelines use) keep the page's structure in
// Markdown marks: 「## 第3章　施策の展開」 for a heading, 「[印刷](#)」 for a
// link, 「| 指標 | 現状値 |」 for a table. The reader reads the text after a
// heading's marks as any other line (its numbering and words decide
// whether it is a heading and at which level), drops the marks themselves
// as furniture, and drops lines that are nothing but links (navigation,
// share buttons, 「[このページの先頭へ](#top)」). Pipe tables and bullets
// need nothing of their own.

// maxATXMarks is the most '#' a Markdown heading has (######).
const maxATXMarks = 6

// atxMarks returns the length of the Markdown heading marks that open
// src[ts:te] — one to six '#' and the spaces after them — or 0 when the
// line does not open so. At least one space must follow the marks, and
// text must follow the space: 「#1」 and 「# 」 alone are no heading.
func atxMarks(src string, ts, te int) int {
	i := ts
	for i < te && src[i] == '#' {
		i++
	}
	n := i - ts
	if n == 0 || n > maxATXMarks {
		return 0
	}
	j := i
	for j < te {
		if src[j] == ' ' || src[j] == '\t' {
			j++
		} else if strings.HasPrefix(src[j:te], "\u3000") {
			j += len("\u3000")
		} else {
			break
		}
	}
	if j == i || j == te {
		return 0
	}
	return j - ts
}

// onlyATXMarks reports whether s is a run of Markdown heading marks.
func onlyATXMarks(s string) bool {
	return s != "" && len(s) <= maxATXMarks && strings.Trim(s, "#") == ""
}

// onlyLinks reports whether s is nothing but Markdown links and the spaces,
// bars and dots between them (「[印刷](#) [X](#)」, 「[ページの先頭へ](#top)」):
// navigation, never content.
func onlyLinks(s string) bool {
	links := 0
	for s != "" {
		s = strings.TrimLeft(s, " \t|・/\u3000")
		if s == "" {
			break
		}
		if s[0] != '[' {
			return false
		}
		close := strings.Index(s, "](")
		if close < 0 || strings.ContainsAny(s[1:close], "[]") {
			return false
		}
		end := strings.IndexByte(s[close:], ')')
		if end < 0 {
			return false
		}
		s = s[close+end+1:]
		links++
	}
	return links > 0
}
