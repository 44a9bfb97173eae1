package textenc

import (
	"strings"
	"unicode/utf8"
)

// Replace returns s, read from a stream of encoding enc, with each invalid
// UTF-8 sequence replaced by U+FFFD, and how many sequences were replaced.
// For Shift_JIS, whose decoder already wrote U+FFFD for each byte sequence
// it could not map (a real U+FFFD cannot occur in Shift_JIS), it counts
// those. Valid text comes back as it is, unallocated.
func Replace(s string, enc Encoding) (string, int) {
	if enc == ShiftJIS {
		return s, strings.Count(s, "\uFFFD")
	}
	if utf8.ValidString(s) {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			n++
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String(), n
}
