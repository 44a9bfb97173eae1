package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number reading for dates, on width-folded text (so digits are ASCII).

// asciiNumberAt reads the ASCII digits at s[i:]: their value, where they
// end and how many there are (0 when s[i] is not a digit). More than 9
// digits read as value -1, which no date accepts.
func asciiNumberAt(s string, i int) (n, end, digits int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		if j-i < 9 {
			n = n*10 + int(s[j]-'0')
		}
		j++
	}
	if j-i > 9 {
		n = -1
	}
	return n, j, j - i
}

func isASCIIAlnum(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// kanjiUnit is the value of 十, 百 or 千, or 0 (smallUnit as an int).
func kanjiUnit(r rune) int { return int(smallUnit(r)) }

// kanjiNumberAt reads a kanji numeral at s[i:] in either the counting form
// (三十一 = 31, 百五十 = 150, 十 = 10) or the positional form used for years
// (二〇二二 = 2022). ok is false when there is no numeral there or it mixes
// the two forms (二〇十); values stop below 10000.
func kanjiNumberAt(s string, i int) (n, end int, ok bool) {
	total, cur := 0, -1
	positional, units := false, false
	lastUnit := 10000
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if d := kanjiDigit(r); d >= 0 {
			if cur >= 0 {
				positional = true
				cur = cur*10 + d
				if cur >= 10000 {
					return 0, i, false
				}
			} else {
				cur = d
			}
			j += size
			continue
		}
		if u := kanjiUnit(r); u > 0 {
			if positional || u >= lastUnit || cur == 0 {
				return 0, i, false
			}
			if cur < 0 {
				cur = 1
			}
			total += cur * u
			cur = -1
			units = true
			lastUnit = u
			j += size
			continue
		}
		break
	}
	if j == i || positional && units {
		return 0, i, false
	}
	if cur > 0 {
		total += cur
	}
	return total, j, true
}

// numberAt reads an ASCII or a kanji number at s[i:]; digits is the count
// of ASCII digits (0 for a kanji numeral).
func numberAt(s string, i int) (n, end, digits int, ok bool) {
	if i < len(s) && isDigit(s[i]) {
		n, end, digits = asciiNumberAt(s, i)
		return n, end, digits, true
	}
	n, end, ok = kanjiNumberAt(s, i)
	return n, end, 0, ok
}

// skipSpace skips up to four white-space runes — ASCII space, tab, CR, LF
// and the ideographic space U+3000 — which PDF extraction leaves inside
// dates (平成25⏎　（2013）年).
func skipSpace(s string, i int) int {
	for k := 0; k < 4 && i < len(s); k++ {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n':
			i++
		case strings.HasPrefix(s[i:], "\u3000"):
			i += 3
		default:
			return i
		}
	}
	return i
}

func itoa(n int) string { return strconv.Itoa(n) }
