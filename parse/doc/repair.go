package doc

import (
	"strings"
	"unicode/utf8"
)

// textBuilder builds a block's repaired text from source ranges and keeps
// the map back to the source.
type textBuilder struct {
	src  string
	b    strings.Builder
	segs []seg
	last rune // last rune written
}

func (t *textBuilder) copyRun(s, e int) {
	if e <= s {
		return
	}
	tOff := t.b.Len()
	if n := len(t.segs); n > 0 && t.segs[n-1].s+t.segs[n-1].n == s && t.segs[n-1].t+t.segs[n-1].n == tOff {
		t.segs[n-1].n += e - s
	} else {
		t.segs = append(t.segs, seg{t: tOff, s: s, n: e - s})
	}
	t.b.WriteString(t.src[s:e])
	t.last, _ = utf8.DecodeLastRuneInString(t.src[s:e])
}

// add appends src[start:end], repaired: a single ASCII space between two
// characters of a word or number (住みやす い, 4,512 人, 0. 4 7%) and a
// glossary mark (NPO*, ライフスタイル*) are left out.
func (t *textBuilder) add(start, end int) {
	src := t.src
	run := start
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(src[i:end])
		switch {
		case r == ' ':
			prev := t.last
			if i > run {
				prev, _ = utf8.DecodeLastRuneInString(src[run:i])
			}
			next, _ := utf8.DecodeRuneInString(src[i+w : end])
			if i > start && i+w < end && joinable(prev, next) {
				t.copyRun(run, i)
				run = i + w
			}
		case r == '*' || r == '＊':
			prev := t.last
			if i > run {
				prev, _ = utf8.DecodeLastRuneInString(src[run:i])
			}
			next, _ := utf8.DecodeRuneInString(src[i+w : end])
			if i > start && (isCJK(prev) || isLatinLetter(prev)) && !isASCIIDigit(next) && !isLatinLetter(next) {
				t.copyRun(run, i)
				run = i + w
			}
		}
		i += w
	}
	t.copyRun(run, end)
}

func isLatinLetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }

// joinable reports whether a single space between prev and next is an
// extraction artifact inside a word or number.
func joinable(prev, next rune) bool {
	numPrev := isDigitRune(prev) || prev == ',' || prev == '.' || prev == '，' || prev == '．'
	numNext := isDigitRune(next) || next == '%' || next == '％'
	switch {
	case isCJKWord(prev) && isCJKWord(next):
		return true
	case numPrev && (numNext || isCJKWord(next)):
		return true
	case isCJKWord(prev) && isDigitRune(next):
		return true
	case (prev == '%' || prev == '％') && isCJKWord(next):
		return true
	case strings.ContainsRune("、。，．「『（", prev) && (isCJKWord(next) || isDigitRune(next)):
		return true
	case isCJKWord(prev) && strings.ContainsRune("、。，．」』）", next):
		return true
	}
	return false
}

// isCJKWord: kana, kanji and the long vowel mark, the characters a Japanese
// word is made of.
func isCJKWord(r rune) bool { return isKana(r) || isKanji(r) }

func (t *textBuilder) text() (string, []seg) { return t.b.String(), t.segs }
