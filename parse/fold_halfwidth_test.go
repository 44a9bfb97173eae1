package parse

import (
	"testing"

	"golang.org/x/text/width"
)

// foldRune widens every half-width katakana and mark exactly as
// width.Widen does.
func TestFoldRuneHalfWidthEveryRune(t *testing.T) {
	for r := rune(0xFF61); r <= 0xFF9F; r++ {
		s := string(r)
		got, used := foldRune(s, r, len(s))
		want := []rune(width.Widen.String(s))
		if used != len(s) || len(want) != 1 || got != want[0] {
			t.Errorf("%U: got %U, want %q", r, got, string(want))
		}
	}
}
