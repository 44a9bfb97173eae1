package parse

import (
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/internal/jtext"
)

// Dates read their numbers with jtext.ReadInt, jtext.ReadDigits and
// jtext.ReadKanjiInt; these are the helpers around them.

func isASCIIAlnum(c byte) bool {
	return jtext.IsDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// skipSpace skips up to four white-space runes — ASCII space, tab, CR, LF
// and the ideographic space U+3000 — which PDF extraction leaves inside
// dates (平成25⏎　（2013）年).
func skipSpace(s string, i int) int {
	for k := 0; k < 4 && i < len(s); k++ {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n':
			i++
		case strings.HasPrefix(s[i:], "\u3000"):
			i += 3
		default:
			return i
		}
	}
	return i
}

func itoa(n int) string { return strconv.Itoa(n) }
