package jtext

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number is a numeral read from folded text.
type Number struct {
	Value float64
	Start int // byte offsets in the text read
	End   int
	Kanji bool // written with at least one kanji digit (一, 二, 十 …): a word check may be needed
	// OutOfRange is set when the numeral is too long to be a quantity (more
	// than MaxDigits digits, or an overflowing value); the caller reports it.
	OutOfRange bool
}

// MaxDigits bounds the digits of a numeral read as a quantity: no municipal
// target states more than a trillion of anything, and the bound keeps a
// 5 000-digit run from being silently rounded.
const MaxDigits = 15

// KanjiDigit gives the value of the kanji digits 〇 一 … 九 (and 零, 壱, 弐, 参,
// the formal forms used on certificates); -1 for anything else.
func KanjiDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一', '壱':
		return 1
	case '二', '弐':
		return 2
	case '三', '参':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// SmallUnit gives the value of 十 (ten), 百 (hundred), 千 (thousand); 0 otherwise.
func SmallUnit(r rune) float64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	}
	return 0
}

// BigUnit gives the value of the myriad units 万 (10⁴), 億 (10⁸), 兆 (10¹²); 0 otherwise.
func BigUnit(r rune) float64 {
	switch r {
	case '万':
		return 1e4
	case '億':
		return 1e8
	case '兆':
		return 1e12
	}
	return 0
}

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsNumeralStart reports whether the rune at s[i:] can begin a numeral
// ReadNumber reads.
func IsNumeralStart(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if IsDigit(s[i]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return KanjiDigit(r) >= 0 || SmallUnit(r) > 0
}

// arabic reads an Arabic numeral at s[i:]: digits with optional thousands
// separators (1,234) and an optional decimal part (100.0). It returns the
// digits without separators and the end offset, or end == i when there is
// none.
//
// PDF extraction leaves spaces inside numbers; they are read where nothing
// else can be meant: one space after a thousands separator followed by
// exactly three digits (「4, 512」), one space on either side of a decimal
// point between digits (「0. 47」「23 .5」), and, once the point itself is
// spaced, single digits separated by single spaces after it (「0. 4 7」:
// the text was broken character by character). A space between two runs
// of whole digits (「20 30」) is never read through: two cells mean two
// numbers. Nor is a space between single digits (「3 5%」) unless the
// digits run straight into a counter (see spacedDigitsEnd). end never
// includes a trailing space.
func arabic(s string, i int) (digits string, end int) {
	j := i
	for j < len(s) && IsDigit(s[j]) {
		j++
	}
	if j == i {
		return "", i
	}
	var b strings.Builder
	b.WriteString(s[i:j])
	if digits, k, ok := spacedDigits(s, i, j); ok {
		// 「3 5%」, 「6 4. 7 %」: single digits broken apart, right before
		// a counter
		return digits, k
	}
	// Thousands separators: exactly three digits after each comma.
	for {
		k := j
		if k < len(s) && s[k] == ',' {
			k++
			if k < len(s) && s[k] == ' ' {
				k++
			}
		} else {
			break
		}
		if k+3 <= len(s) && IsDigit(s[k]) && IsDigit(s[k+1]) && IsDigit(s[k+2]) && (k+3 == len(s) || !IsDigit(s[k+3])) {
			b.WriteString(s[k : k+3])
			j = k + 3
			continue
		}
		break
	}
	// A decimal part, the point possibly spaced.
	k, spaced := j, false
	if k < len(s) && s[k] == ' ' {
		k, spaced = k+1, true
	}
	if k < len(s) && s[k] == '.' {
		k++
		if k < len(s) && s[k] == ' ' {
			k, spaced = k+1, true
		}
		if k < len(s) && IsDigit(s[k]) {
			b.WriteByte('.')
			for k < len(s) && IsDigit(s[k]) {
				b.WriteByte(s[k])
				k++
			}
			// 「0. 4 7」: single digits after a spaced point.
			for spaced && k+1 < len(s) && s[k] == ' ' && IsDigit(s[k+1]) && (k+2 == len(s) || !IsDigit(s[k+2])) && IsDigit(s[k-1]) {
				b.WriteByte(s[k+1])
				k += 2
			}
			j = k
		}
	}
	return b.String(), j
}

// ReadNumber reads a numeral starting at s[i:]: Arabic (1,234.5), kanji
// (十二, 二十, 千五百, positional 一〇), or mixed with myriad units (3万5千,
// 1億2千万, 500万). ok is false when no numeral starts at i. A lone unit
// character such as 万 never starts a numeral (万一 is "by any chance").
func ReadNumber(s string, i int) (n Number, ok bool) {
	n.Start = i
	var (
		total, section float64
		current        = -1.0 // pending digits not yet multiplied by a unit
		lastKanjiDigit bool   // current was built from kanji digits, positionally
		digitCount     int
		j              = i
		any            bool
	)
	for j < len(s) {
		if IsDigit(s[j]) {
			if current >= 0 {
				break // two numerals in a row (二1): stop before the second
			}
			digits, end := arabic(s, j)
			intPart, _, _ := strings.Cut(digits, ".")
			digitCount += len(intPart)
			v, err := strconv.ParseFloat(digits, 64)
			if err != nil || digitCount > MaxDigits {
				n.OutOfRange = true
			}
			current = v
			lastKanjiDigit = false
			j = end
			any = true
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if d := KanjiDigit(r); d >= 0 {
			switch {
			case current >= 0 && lastKanjiDigit:
				current = current*10 + float64(d) // positional: 二〇二〇
			case current >= 0:
				goto done
			default:
				current = float64(d)
			}
			digitCount++
			if digitCount > MaxDigits {
				n.OutOfRange = true
			}
			lastKanjiDigit = true
			n.Kanji = true
			j += size
			any = true
			continue
		}
		if u := SmallUnit(r); u > 0 {
			if current < 0 {
				current = 1
			}
			section += current * u
			current = -1
			lastKanjiDigit = false
			n.Kanji = true
			j += size
			any = true
			continue
		}
		if u := BigUnit(r); u > 0 && any {
			if current >= 0 {
				section += current
			}
			if section == 0 {
				break // 0万: not a numeral we read
			}
			total += section * u
			section, current = 0, -1
			lastKanjiDigit = false
			j += size
			continue
		}
		break
	}
done:
	if !any {
		return Number{}, false
	}
	if current >= 0 {
		section += current
	}
	n.Value = total + section
	n.End = j
	if math.IsInf(n.Value, 0) || math.IsNaN(n.Value) {
		n.OutOfRange = true
	}
	return n, true
}

// spacedDigits reads single digits separated by single spaces, as PDF
// extraction breaks a number character by character (「3 5%」, 「1 2 0人」,
// 「6 4. 7 %」 with one decimal point, spaced or not, between two of them),
// from the one digit at s[i:j]. It returns the digits (with the point) and
// where the last digit ends when the run goes straight on, or after one
// space, to a counter (%, a kanji or katakana), so that nothing but one
// number can be meant; ok is false otherwise. Two cells of a row (「3 5」,
// 「12 30人」) are never joined.
func spacedDigits(s string, i, j int) (digits string, end int, ok bool) {
	if j-i != 1 || i >= 2 && s[i-1] == ' ' && IsDigit(s[i-2]) {
		return "", j, false
	}
	var b strings.Builder
	b.WriteString(s[i:j])
	k, point, spaced := j, false, false
	// 「2 ,4 1 8人」: a thousands separator inside the run, then exactly
	// three digits a group.
	commas, group := 0, 1
	for {
		m, sp, pt := k, false, false
		if m < len(s) && s[m] == ' ' {
			m, sp = m+1, true
		}
		if !point && m+1 < len(s) && s[m] == ',' && (commas == 0 && group <= 3 || group == 3) {
			m++
			if m < len(s) && s[m] == ' ' {
				m, sp = m+1, true
			}
			if m+3 <= len(s) && IsDigit(s[m]) && IsDigit(s[m+1]) && IsDigit(s[m+2]) && (m+3 == len(s) || !IsDigit(s[m+3])) && (sp || spaced) {
				// 「1 ,150人」: a whole group after a spaced separator
				b.WriteString(s[m : m+3])
				k, spaced, commas, group = m+3, true, commas+1, 3
				continue
			}
			if m >= len(s) || !IsDigit(s[m]) || m+1 < len(s) && IsDigit(s[m+1]) {
				break
			}
			b.WriteByte(s[m])
			k, spaced, commas, group = m+1, spaced || sp, commas+1, 1
			continue
		}
		if !point && m < len(s) && s[m] == '.' {
			m, pt = m+1, true
			if m < len(s) && s[m] == ' ' {
				m, sp = m+1, true
			}
		}
		if !sp && !pt || m >= len(s) || !IsDigit(s[m]) || m+1 < len(s) && IsDigit(s[m+1]) {
			break // the next part is no single digit
		}
		if pt {
			b.WriteByte('.')
			point = true
		}
		b.WriteByte(s[m])
		k, spaced = m+1, spaced || sp
		if !point {
			group++
		}
	}
	if !spaced || commas > 0 && group != 3 {
		return "", j, false
	}
	c := k
	if c < len(s) && s[c] == ' ' {
		c++ // 「7 %」
	}
	if c >= len(s) {
		return "", j, false
	}
	if s[c] == '%' {
		return b.String(), k, true
	}
	if r, _ := utf8.DecodeRuneInString(s[c:]); r >= 0x3000 && (r >= 0x30A0 && r <= 0x30FF || r >= 0x4E00 && r <= 0x9FFF) {
		return b.String(), k, true
	}
	return "", j, false
}
