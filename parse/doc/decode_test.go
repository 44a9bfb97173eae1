package doc

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecodeRune: decodeRune and runeCount agree with the standard library
// on every input, valid UTF-8 or not.
func FuzzDecodeRune(f *testing.F) {
	for _, s := range []string{"", "a", "現状と課題", "\xe0\xa0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
		"\xef\xbf\xbd", "\xe3\x81", "\xe3\x81\xff", "\xf0\x9f\x98\x80", "\xff\xfe", "ＫＰＩ１２３"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
		for i := 0; i < len(s); i++ {
			r, w := decodeRune(s[i:])
			wr, ww := utf8.DecodeRuneInString(s[i:])
			if r != wr || w != ww {
				t.Fatalf("decodeRune(%q) = %U %d, want %U %d", s[i:], r, w, wr, ww)
			}
		}
	})
}
