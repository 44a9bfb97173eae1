package parse

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestRuneSetNext checks every ASCII byte and every three-byte rune: next
// stops at a member and passes over anything else, and it stops at what it
// cannot judge without decoding.
func TestRuneSetNext(t *testing.T) {
	for _, set := range []struct {
		name string
		rs   *runeSet
		in   func(rune) bool
	}{
		{"targets", targetStarts, func(r rune) bool {
			switch r {
			case '毎', '隔', '四', '半', '月', '週', '年', '倍', 'ゼ':
				return true
			}
			return r < utf8.RuneSelf && isDigit(byte(r)) || kanjiDigit(r) >= 0 || smallUnit(r) > 0
		}},
		{"dates", dateStarts, func(r rune) bool {
			return dateScanner{s: string(r)}.candidate(0)
		}},
	} {
		t.Run(set.name, func(t *testing.T) {
			for r := rune(0); r <= 0xFFFF; r++ {
				if r >= 0x80 && r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
					continue
				}
				s := "あ" + string(r) + "い"
				want := len(s)
				if set.in(r) {
					want = len("あ")
				}
				if got := set.rs.next(s, 0); got != want {
					t.Fatalf("next(%q) = %d, want %d", s, got, want)
				}
			}
		})
	}
	for _, c := range []struct {
		name string
		s    string
		want int
	}{
		{"empty", "", 0},
		{"two-byte rune", "あé", len("あ")},
		{"four-byte rune", "あ😀", len("あ")},
		{"invalid byte", "あ\xff", len("あ")},
		{"stray continuation byte", "あ\x80", len("あ")},
		{"cut three-byte rune", "あ\xe3\x81", len("あ")},
		{"overlong", "あ\xe0\x80\xb1", len("あ")},
		{"surrogate", "あ\xed\xa0\x80", len("あ")},
		{"digit after prose", "今後とも推進する1", len("今後とも推進する")},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, targetStarts.next(c.s, 0))
			assert.Equal(t, c.want, dateStarts.next(c.s, 0))
		})
	}
}
