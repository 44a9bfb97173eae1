// Package excerpt quotes input in error messages: at most MaxBytes of it,
// so that an error about a 300,000-character cell is one line, not the
// cell.
package excerpt

import (
	"strconv"
	"unicode/utf8"
)

// MaxBytes is how much of the input Quote keeps, cut back to a whole rune.
const MaxBytes = 64

// Quote returns s as a Go string literal (strconv.Quote) when it is at most
// MaxBytes long; otherwise its first MaxBytes (cut back to a whole rune)
// quoted, followed by "…" and how many bytes were left out.
func Quote(s string) string {
	if len(s) <= MaxBytes {
		return strconv.Quote(s)
	}
	return strconv.Quote(Cut(s)) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// Cut returns the first MaxBytes of s, cut back to the start of a rune so
// that no rune is split; s itself when it is no longer.
func Cut(s string) string {
	if len(s) <= MaxBytes {
		return s
	}
	end := MaxBytes
	for end > 0 && !utf8.RuneStart(s[end]) {
		end--
	}
	return s[:end]
}
