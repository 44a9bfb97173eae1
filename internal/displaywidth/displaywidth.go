// Package displaywidth measures text in terminal columns, so that tables
// of Japanese text line up: kanji, kana and full-width (全角) letters take
// two columns, half-width katakana (半角カナ) and ASCII one, combining marks
// and control characters none. It is the one measure the commands' tables
// (internal/cli) and kpi's text report share.
package displaywidth

import (
	"unicode"

	"golang.org/x/text/width"
)

// String is how many terminal columns s takes.
func String(s string) int {
	n := 0
	for _, r := range s {
		n += Rune(r)
	}
	return n
}

// Rune is how many terminal columns r takes: 2 for East Asian wide and
// full-width runes, 0 for control characters and combining marks, else 1.
func Rune(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
