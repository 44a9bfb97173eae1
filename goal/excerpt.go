package goal

import (
	"strconv"
	"unicode/utf8"
)

// quoteExcerpt quotes s for an error message, at most 64 bytes of it (cut
// at a rune) followed by "…" and its length when it is longer, so that an
// error about a huge value is one line. (goal imports only the standard
// library; internal/excerpt does the same for parse and kpi.)
func quoteExcerpt(s string) string {
	const max = 64
	if len(s) <= max {
		return strconv.Quote(s)
	}
	end := max
	for end > 0 && !utf8.RuneStart(s[end]) {
		end--
	}
	return strconv.Quote(s[:end]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}
