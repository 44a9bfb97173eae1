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

// splitLines cuts a document into lines; "\r\n", "\n" and a lone "\r" end
// a line, and a final line without an ending is kept.
func splitLines(doc string) []docLine {
	var out []docLine
	at, num := 0, 1
	for at < len(doc) {
		end, next := lineEnd(doc, at)
		out = append(out, docLine{text: doc[at:end], at: at, num: num})
		at, num = next, num+1
	}
	return out
}

// lineEnd returns where the line starting at doc[at:] ends (before its
// ending) and where the next line starts: LF, CR LF and a lone CR each end
// a line.
func lineEnd(doc string, at int) (end, next int) {
	i := strings.IndexAny(doc[at:], "\r\n")
	if i < 0 {
		return len(doc), len(doc)
	}
	end = at + i
	if doc[end] == '\r' && end+1 < len(doc) && doc[end+1] == '\n' {
		return end, end + 2
	}
	return end, end + 1
}

// lineIndex holds the byte offset at which each line of a document starts,
// so that line numbers of many positions cost a binary search each.
type lineIndex []int

func newLineIndex(doc string) lineIndex {
	ix := lineIndex{0}
	for at := 0; at < len(doc); {
		_, next := lineEnd(doc, at)
		if next < len(doc) || next > at && (doc[next-1] == '\n' || doc[next-1] == '\r') {
			ix = append(ix, next)
		}
		at = next
	}
	return ix
}

// line returns the 1-based line holding byte offset off.
func (ix lineIndex) line(off int) int {
	return sort.Search(len(ix), func(i int) bool { return ix[i] > off })
}
