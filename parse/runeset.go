package parse

import (
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// runeSet is the set of characters that may start something a scanner
// reads, tested on the bytes without decoding, so the scan over text that
// holds none of them runs at close to memory speed. It covers ASCII and the
// runes UTF-8 writes in three bytes (U+0800–U+FFFF: kana, kanji, full-width
// forms), where a member is a bit in a mask indexed by the rune's first two
// bytes; anything else (two- and four-byte runes, invalid bytes) is left to
// the scanner to decode.
type runeSet struct {
	in    func(rune) bool // the members, for the runes next leaves to decoding
	ascii [128]bool
	// wide[b0&0x0F][b1&0x3F] has bit b2&0x3F set for each member whose
	// UTF-8 form is b0 b1 b2.
	wide [16][64]uint64
}

// newRuneSet builds the set of the ASCII bytes and three-byte runes for
// which in is true.
func newRuneSet(in func(rune) bool) *runeSet {
	rs := &runeSet{in: in}
	for c := rune(0); c < utf8.RuneSelf; c++ {
		rs.ascii[c] = in(c)
	}
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF || !in(r) { // surrogates have no UTF-8 form
			continue
		}
		rs.wide[r>>12][r>>6&0x3F] |= 1 << (r & 0x3F)
	}
	return rs
}

// next returns the first index at or after i where s holds a member, a
// rune outside the set's range or an invalid byte; len(s) when there is
// none. Every rune it passes over is valid and not a member.
func (rs *runeSet) next(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if rs.ascii[c] {
				return i
			}
			i++
		case c >= 0xE0 && c <= 0xEF && i+2 < len(s):
			b1, b2 := s[i+1], s[i+2]
			if b1&0xC0 != 0x80 || b2&0xC0 != 0x80 ||
				c == 0xE0 && b1 < 0xA0 || c == 0xED && b1 >= 0xA0 { // overlong, surrogate
				return i
			}
			if rs.wide[c&0x0F][b1&0x3F]>>(b2&0x3F)&1 != 0 {
				return i
			}
			i += 3
		default:
			return i
		}
	}
	return i
}

// none reports whether s holds no member at all: no byte or rune of it is
// one (an invalid byte never is).
func (rs *runeSet) none(s string) bool {
	for i := 0; ; {
		if i = rs.next(s, i); i >= len(s) {
			return true
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n > 1 && rs.in(r) || n == 1 && r < utf8.RuneSelf && rs.ascii[r] {
			return false
		}
		i += n
	}
}

// targetStarts holds what recognizer.scan stops at: a digit, a kanji
// numeral, or a word that opens a frequency, ratio or zero (毎 隔 四 半 月
// 週 年 倍 ゼ, see the cases of scan).
var targetStarts = newRuneSet(func(r rune) bool {
	switch r {
	case '毎', '隔', '四', '半', '月', '週', '年', '倍', 'ゼ':
		return true
	}
	return r < utf8.RuneSelf && jtext.IsDigit(byte(r)) || jtext.KanjiDigit(r) >= 0 || jtext.SmallUnit(r) > 0
})

// dateStarts holds what dateScanner.candidate accepts.
var dateStarts = newRuneSet(func(r rune) bool {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return dateScanner{s: string(b[:n])}.candidate(0)
})

// anyStart holds every character that can make Extract find anything:
// what starts a target or a date, and what width folding changes (U+FF01–
// U+FF9F: full-width ASCII, which may fold to a digit or a letter, and
// half-width katakana, which may fold to ゼ). A text with none of them has
// nothing to extract.
var anyStart = newRuneSet(func(r rune) bool {
	return targetStarts.in(r) || dateStarts.in(r) || jtext.MayFold(r)
})
