package parse

import (
	"sort"
	"strings"
)

// docLine is one line of a decoded document, without its line ending.
type docLine struct {
	text string
	at   int // byte offset of the line's first byte
	num  int // 1-based line number
}

// trimmed is the line without white space (ASCII, U+3000, NBSP) around it.
func (l docLine) trimmed() string { return strings.TrimFunc(l.text, isSpaceRune) }

// splitLines cuts a document into lines; "\r\n" and "\n" end a line, and a
// final line without an ending is kept.
func splitLines(doc string) []docLine {
	var out []docLine
	at, num := 0, 1
	for at < len(doc) {
		end := strings.IndexByte(doc[at:], '\n')
		next := 0
		if end < 0 {
			end = len(doc)
			next = len(doc)
		} else {
			end += at
			next = end + 1
		}
		text := doc[at:end]
		text = strings.TrimSuffix(text, "\r")
		out = append(out, docLine{text: text, at: at, num: num})
		at, num = next, num+1
	}
	return out
}

// lineIndex holds the byte offset at which each line of a document starts,
// so that line numbers of many positions cost a binary search each.
type lineIndex []int

func newLineIndex(doc string) lineIndex {
	ix := lineIndex{0}
	for i := 0; i < len(doc); i++ {
		if doc[i] == '\n' {
			ix = append(ix, i+1)
		}
	}
	return ix
}

// line returns the 1-based line holding byte offset off.
func (ix lineIndex) line(off int) int {
	return sort.Search(len(ix), func(i int) bool { return ix[i] > off })
}
