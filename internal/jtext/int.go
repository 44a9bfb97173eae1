package jtext

import "unicode/utf8"

// ReadDigits reads the ASCII digits at s[i:]: their value, where they
// end and how many there are (0 when s[i] is not a digit). More than 9
// digits read as value -1, which no date accepts.
func ReadDigits(s string, i int) (n, end, digits int) {
	j := i
	for j < len(s) && IsDigit(s[j]) {
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

// ReadKanjiInt reads a kanji numeral at s[i:] in either the counting form
// (三十一 = 31, 百五十 = 150, 十 = 10) or the positional form used for years
// (二〇二二 = 2022). ok is false when there is no numeral there or it mixes
// the two forms (二〇十); values stop below 10000.
func ReadKanjiInt(s string, i int) (n, end int, ok bool) {
	total, cur := 0, -1
	positional, units := false, false
	lastUnit := 10000
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if d := KanjiDigit(r); d >= 0 {
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
		if u := int(SmallUnit(r)); u > 0 {
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

// ReadInt reads an ASCII or a kanji integer at s[i:] as dates write them;
// digits is the count of ASCII digits (0 for a kanji numeral).
func ReadInt(s string, i int) (n, end, digits int, ok bool) {
	if i < len(s) && IsDigit(s[i]) {
		n, end, digits = ReadDigits(s, i)
		return n, end, digits, true
	}
	n, end, ok = ReadKanjiInt(s, i)
	return n, end, 0, ok
}
