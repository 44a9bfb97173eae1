package jtext

import "unicode/utf8"

// ReadDigits reads the ASCII digits at s[i:], as folded text writes them:
// their value, where they end and how many there are (0 when s[i] is not a
// digit). More than 9 digits read as value -1, which no date accepts. It is
// small enough to inline: the date scanner calls it on every candidate.
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

// ReadWideDigits is ReadDigits for text not yet folded: it reads ASCII and
// full-width digits (０-９) alike, and digits counts digits, not bytes.
func ReadWideDigits(s string, i int) (n, end, digits int) {
	j := i
	for j < len(s) {
		d, size := digitAt(s, j)
		if size == 0 {
			break
		}
		if digits < 9 {
			n = n*10 + d
		}
		digits++
		j += size
	}
	if digits > 9 {
		n = -1
	}
	return n, j, digits
}

// digitAt reads one ASCII or full-width digit at s[j:]; size is 0 when
// there is none. Full-width ０-９ are U+FF10–U+FF19: EF BC 90–99.
func digitAt(s string, j int) (d, size int) {
	switch c := s[j]; {
	case IsDigit(c):
		return int(c - '0'), 1
	case c == 0xEF && j+2 < len(s) && s[j+1] == 0xBC && s[j+2] >= 0x90 && s[j+2] <= 0x99:
		return int(s[j+2] - 0x90), 3
	}
	return 0, 0
}

// DigitValue gives the value of an ASCII or a full-width digit (0 or ０ is
// 0), or -1 for any other rune.
func DigitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// IsDigitRune reports whether r is an ASCII or a full-width digit.
func IsDigitRune(r rune) bool { return DigitValue(r) >= 0 }

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

// IsNumeralRune reports whether r can stand in a numeral: an ASCII or
// full-width digit, a kanji digit (〇 一 … 九) or a unit (十 百 千 万 億 兆).
func IsNumeralRune(r rune) bool {
	return IsDigitRune(r) || KanjiDigit(r) >= 0 || SmallUnit(r) > 0 || BigUnit(r) > 0
}
