package doc

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jtext"
)

// textBuilder builds a block's repaired text from source ranges and keeps
// the map back to the source. Every text byte is copied from the source, so
// the segments alone describe the text: a text of one segment is a substring
// of the source (no copy), and the segment is kept inline.
type textBuilder struct {
	src   string
	first seg   // the first segment (n == 0: none yet)
	more  []seg // the segments after the first, when there are several
	n     int   // bytes of text
	last  rune  // last rune written
}

func (t *textBuilder) copyRun(s, e int) {
	if e <= s {
		return
	}
	switch {
	case t.n == 0:
		t.first = seg{t: 0, s: s, n: e - s}
	case len(t.more) == 0 && t.first.s+t.first.n == s:
		t.first.n += e - s
	case len(t.more) > 0 && t.more[len(t.more)-1].s+t.more[len(t.more)-1].n == s:
		t.more[len(t.more)-1].n += e - s
	default:
		t.more = append(t.more, seg{t: t.n, s: s, n: e - s})
	}
	t.n += e - s
	t.last, _ = utf8.DecodeLastRuneInString(t.src[s:e])
}

// resume continues the text of b, from its segments (its Text may not be
// materialized yet).
func (t *textBuilder) resume(b *Block) {
	if b.seg0.n == 0 {
		return
	}
	t.first, t.more = b.seg0, b.segs
	last := t.first
	if len(t.more) > 0 {
		last = t.more[len(t.more)-1]
	}
	t.n = last.t + last.n
	t.last, _ = utf8.DecodeLastRuneInString(t.src[last.s : last.s+last.n])
}

// setSegs stores only the map in b; materialize makes the text later, once.
func (t *textBuilder) setSegs(b *Block) {
	b.seg0, b.segs = t.first, t.more
}

// text returns the text, its first segment and the others.
func (t *textBuilder) text() (string, seg, []seg) {
	if t.n == 0 {
		return "", seg{}, nil
	}
	if len(t.more) == 0 {
		return t.src[t.first.s : t.first.s+t.first.n], t.first, nil
	}
	buf := make([]byte, 0, t.n)
	buf = append(buf, t.src[t.first.s:t.first.s+t.first.n]...)
	for _, g := range t.more {
		buf = append(buf, t.src[g.s:g.s+g.n]...)
	}
	return string(buf), t.first, t.more
}

// set stores the text and its map in b.
func (t *textBuilder) set(b *Block) {
	b.Text, b.seg0, b.segs = t.text()
}

// add appends src[start:end], repaired: a single ASCII space between two
// characters of a word or number (住みやす い, 4,512 人, 0. 4 7%) and a
// glossary mark (NPO*, ライフスタイル*) are left out.
func (t *textBuilder) add(start, end int) {
	src := t.src
	run := start
	for i := start; i < end; i++ {
		c := src[i]
		// only ' ', '*' and ＊ (EF BC 8A) can be left out: a byte scan finds them
		if c != ' ' && c != '*' && c != 0xEF {
			continue
		}
		r, w := decodeRune(src[i:end])
		if r != ' ' && r != '*' && r != '＊' {
			i += w - 1
			continue
		}
		prev := t.last
		if i > run {
			prev, _ = utf8.DecodeLastRuneInString(src[run:i])
		}
		next, _ := decodeRune(src[i+w : end])
		drop := false
		if r == ' ' {
			drop = i > start && i+w < end && joinable(prev, next)
			if drop && jtext.IsDigitRune(prev) && jtext.IsDigitRune(next) {
				// 2 0 2 5年, 令和1 0年: one digit spaced from the next; but
				// 12 30 (two numbers) stay apart
				drop = digitRunBefore(src[start:i]) == 1 || digitRunAfterUnit(src[i+w:end])
			}
			if drop && isCJKWord(prev) && jtext.IsDigitRune(next) {
				// 120人 200人: two figures, the first with its unit, stay apart
				// (a digit among the three characters before the space)
				before := src[start:i]
				for k := 0; k < 3 && before != ""; k++ {
					pr, pw := utf8.DecodeLastRuneInString(before)
					if k > 0 && jtext.IsDigitRune(pr) {
						drop = false
						break
					}
					before = before[:len(before)-pw]
				}
			}
		} else {
			drop = i > start && (isCJK(prev) || isLatinLetter(prev)) && !isASCIIDigit(next) && !isLatinLetter(next)
		}
		if drop {
			t.copyRun(run, i)
			run = i + w
		}
		i += w - 1
	}
	t.copyRun(run, end)
}

func isLatinLetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }

// joinable reports whether a single space between prev and next is an
// extraction artifact inside a word or number.
// wordsBeforeNumber are the runes a number is written right after, so a
// space the extraction put between them is no space: 約 (about), 第
// (ordinal), 元 (first year), 計 and 全 (total, all), and the last rune of
// every era's name (令和 6年, 平成 30年), from goal's era table.
var wordsBeforeNumber = func() string {
	s := "約第元計全"
	for _, e := range goal.Eras() {
		r, _ := utf8.DecodeLastRuneInString(e.Name())
		if !strings.ContainsRune(s, r) {
			s += string(r)
		}
	}
	return s
}()

func joinable(prev, next rune) bool {
	numPrev := jtext.IsDigitRune(prev) || prev == ',' || prev == '.' || prev == '，' || prev == '．'
	numNext := jtext.IsDigitRune(next) || next == '%' || next == '％'
	switch {
	case isCJKWord(prev) && isCJKWord(next):
		return true
	case numPrev && isCJKWord(next), numPrev && !jtext.IsDigitRune(prev) && numNext:
		return true // 4,512 人, 0. 47
	case jtext.IsDigitRune(prev) && numNext:
		return true // digits: decided by add, which sees the runs around
	case strings.ContainsRune(wordsBeforeNumber, prev) && jtext.IsDigitRune(next):
		return true // 約 8%, 令和 6年, 第 2章
	case (prev == '%' || prev == '％') && isCJKWord(next):
		return true
	case strings.ContainsRune("、。，．「『（", prev) && (isCJKWord(next) || jtext.IsDigitRune(next)):
		return true
	case isCJKWord(prev) && strings.ContainsRune("、。，．」』）", next):
		return true
	}
	return false
}

// isCJKWord: kana, kanji and the long vowel mark, the characters a Japanese
// word is made of.
func isCJKWord(r rune) bool { return isKana(r) || isKanji(r) }

// digitRunBefore counts the digits right before the end of s.
func digitRunBefore(s string) int {
	n := 0
	for s != "" {
		c, w := utf8.DecodeLastRuneInString(s)
		if !jtext.IsDigitRune(c) {
			break
		}
		n++
		s = s[:len(s)-w]
	}
	return n
}

// digitRunAfterUnit: s starts with one digit glued to a unit or sign (7%,
// 0年), the tail of a number whose digits were spaced apart.
func digitRunAfterUnit(s string) bool {
	c, w := decodeRune(s)
	if !jtext.IsDigitRune(c) {
		return false
	}
	n, _ := decodeRune(s[w:])
	return n == '%' || n == '％' || isCJKWord(n)
}
