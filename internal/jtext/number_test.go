package jtext

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// The digit tables hold exactly the kanji below; every other rune of the
// Basic Multilingual Plane is no digit and no unit.
func TestDigitTablesExhaustive(t *testing.T) {
	digits := map[rune]int{'〇': 0, '零': 0, '一': 1, '壱': 1, '二': 2, '弐': 2, '三': 3, '参': 3,
		'四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	small := map[rune]float64{'十': 10, '百': 100, '千': 1000}
	big := map[rune]float64{'万': 1e4, '億': 1e8, '兆': 1e12}
	for r := rune(0); r <= 0xFFFF; r++ {
		d, ok := digits[r]
		if !ok {
			d = -1
		}
		if KanjiDigit(r) != d || SmallUnit(r) != small[r] || BigUnit(r) != big[r] {
			t.Errorf("%U %q: digit %d, small %v, big %v; want %d, %v, %v", r, r, KanjiDigit(r), SmallUnit(r), BigUnit(r), d, small[r], big[r])
		}
	}
	for c := 0; c < 256; c++ {
		assert.Equal(t, c >= '0' && c <= '9', IsDigit(byte(c)), "%q", c)
	}
}

// kanjiCounting writes n (0 < n < 10¹²) in the counting form: 千二百三十四万五千六.
func kanjiCounting(n int) string {
	const ds = "〇一二三四五六七八九"
	digit := func(d int) string { return string([]rune(ds)[d]) }
	four := func(n int) string { // 1 ≤ n ≤ 9999
		var b strings.Builder
		for _, u := range []struct {
			v int
			s string
		}{{1000, "千"}, {100, "百"}, {10, "十"}} {
			if d := n / u.v % 10; d > 1 {
				b.WriteString(digit(d) + u.s)
			} else if d == 1 {
				b.WriteString(u.s)
			}
		}
		if d := n % 10; d > 0 {
			b.WriteString(digit(d))
		}
		return b.String()
	}
	var b strings.Builder
	for _, u := range []struct {
		v int
		s string
	}{{1e8, "億"}, {1e4, "万"}, {1, ""}} {
		if part := n / u.v % 10000; part > 0 {
			b.WriteString(four(part) + u.s)
		}
	}
	return b.String()
}

// Every number below 100 000 reads back from its Arabic, its separated and
// its kanji spelling.
func TestReadNumberExhaustive(t *testing.T) {
	for n := 1; n < 100000; n++ {
		for _, s := range []string{strconv.Itoa(n), withCommas(n), kanjiCounting(n)} {
			got, ok := ReadNumber(s, 0)
			if !ok || got.Value != float64(n) || got.End != len(s) || got.OutOfRange {
				t.Fatalf("%q: got %+v, %v; want %d to the end", s, got, ok, n)
			}
			if wantKanji := !IsDigit(s[0]); got.Kanji != wantKanji {
				t.Fatalf("%q: Kanji %v", s, got.Kanji)
			}
		}
	}
}

func withCommas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func TestReadNumber(t *testing.T) {
	tests := []struct {
		name, in string
		value    float64
		end      int // -1: to the end
		kanji    bool
		out      bool // OutOfRange
	}{
		{"decimal", "99.5", 99.5, -1, false, false},
		{"separators and decimal", "1,234.5", 1234.5, -1, false, false},
		{"separator needs three digits", "12,34", 12, 2, false, false},
		{"full-width after folding", String("１２，３４５．６"), 12345.6, -1, false, false},
		{"myriad after Arabic", "1.2万", 12000, -1, false, false},
		{"Arabic and kanji units", "3万5千", 35000, -1, true, false},
		{"億 and 万", "1億2千万", 120000000, -1, true, false},
		{"positional kanji", "二〇二〇", 2020, -1, true, false},
		{"formal digits", "壱万弐千", 12000, -1, true, false},
		{"a lone unit starts none", "万一", 0, 0, false, false},
		{"two numerals in a row stop before the second", "二1", 2, len("二"), true, false},
		{"0万 is not read", "0万", 0, 1, false, false},
		{"PDF space after a separator", "4, 512人", 4512, len("4, 512"), false, false},
		{"PDF space around a point", "0. 47", 0.47, -1, false, false},
		{"two cells stay apart", "20 30", 20, 2, false, false},
		{"single digits before a counter", "1 2 0人", 120, len("1 2 0"), false, false},
		{"single digits with a spaced point before a spaced %", "6 4. 7 %", 64.7, len("6 4. 7"), false, false},
		{"single digits with a point between spaces", "7 8 . 3%", 78.3, len("7 8 . 3"), false, false},
		{"single digits and a point, no counter: the first cell", "6 4. 7", 6, 1, false, false},
		{"a plain decimal is no spaced run", "4.75%", 4.75, len("4.75"), false, false},
		{"single digits with a spaced separator before a counter", "1 ,2 6 4人", 1264, len("1 ,2 6 4"), false, false},
		{"a spaced separator before a whole group of three", "1 ,150人", 1150, len("1 ,150"), false, false},
		{"a spaced separator before two digits joins nothing", "1 ,15人", 1, len("1"), false, false},
		{"single digits with a separator then a space", "2, 4 1 8人", 2418, len("2, 4 1 8"), false, false},
		{"a separator before two digits is no thousands group", "2 ,4 1人", 2, 1, false, false},
		{"too many digits", "1234567890123456", 1234567890123456, -1, false, true},
		{"kanji beyond the digit bound", strings.Repeat("一", 16), 1111111111111111, -1, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := ReadNumber(tt.in, 0)
			end := tt.end
			if end < 0 {
				end = len(tt.in)
			}
			if end == 0 {
				assert.False(t, ok)
				return
			}
			assert.True(t, ok)
			assert.InDelta(t, tt.value, n.Value, 1e-9*tt.value+1e-12)
			assert.Equal(t, end, n.End)
			assert.Equal(t, tt.kanji, n.Kanji)
			assert.Equal(t, tt.out, n.OutOfRange)
		})
	}
}

func TestIsNumeralStart(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{{"1", true}, {"一", true}, {"十", true}, {"万", false}, {"a", false}, {"", false}, {"\xff", false}} {
		assert.Equal(t, tt.want, IsNumeralStart(tt.in, 0), "%q", tt.in)
	}
}

// Every year a date writes reads back from its digits, its positional
// kanji (二〇二四) and its counting kanji (二千二十四).
func TestReadIntExhaustive(t *testing.T) {
	const ds = "〇一二三四五六七八九"
	for n := 1; n < 10000; n++ {
		var pos strings.Builder
		for _, c := range strconv.Itoa(n) {
			pos.WriteRune([]rune(ds)[c-'0'])
		}
		for _, s := range []string{strconv.Itoa(n), pos.String(), kanjiCounting(n)} {
			got, end, digits, ok := ReadInt(s, 0)
			if !ok || got != n || end != len(s) {
				t.Fatalf("%q: got %d to %d, %v; want %d", s, got, end, ok, n)
			}
			if IsDigit(s[0]) != (digits == utf8.RuneCountInString(s)) {
				t.Fatalf("%q: digits %d", s, digits)
			}
		}
	}
}

func TestReadKanjiInt(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"十", 10, true}, {"十一", 11, true}, {"三十", 30, true}, {"三十一", 31, true},
		{"百五十", 150, true}, {"二〇二二", 2022, true}, {"千九百八十九", 1989, true},
		{"元", 0, false}, {"二〇十", 0, false}, {"十百", 0, false}, {"〇十", 0, false}, {"", 0, false},
		{"一〇〇〇〇", 0, false},
	}
	for _, tt := range tests {
		n, end, ok := ReadKanjiInt(tt.in, 0)
		assert.Equal(t, tt.ok, ok, tt.in)
		if tt.ok {
			assert.Equal(t, tt.want, n, tt.in)
			assert.Equal(t, len(tt.in), end, tt.in)
		}
	}
}

func TestReadDigits(t *testing.T) {
	n, end, digits := ReadDigits("2024年", 0)
	assert.Equal(t, []int{2024, 4, 4}, []int{n, end, digits})
	n, end, digits = ReadDigits("1234567890", 0)
	assert.Equal(t, []int{-1, 10, 10}, []int{n, end, digits}, "more than nine digits are no date number")
	n, end, digits = ReadDigits("年", 0)
	assert.Equal(t, []int{0, 0, 0}, []int{n, end, digits})
	n, end, digits = ReadDigits("１２", 0)
	assert.Equal(t, []int{0, 0, 0}, []int{n, end, digits}, "full-width digits are folded text's no digits")
}

func TestReadWideDigits(t *testing.T) {
	tests := []struct {
		name           string
		in             string
		at             int
		n, end, digits int
	}{
		{"full-width digits, as unfolded text writes them", "第１２章", len("第"), 12, len("第１２"), 2},
		{"mixed widths", "1２3x", 0, 123, len("1２3"), 3},
		{"ascii only agrees with ReadDigits", "2024年", 0, 2024, 4, 4},
		{"a cut full-width digit is none", "\xef\xbc", 0, 0, 0, 0},
		{"no digit", "年", 0, 0, 0, 0},
		{"ten digits are no date number", "１２３４５６７８９０", 0, -1, len("１２３４５６７８９０"), 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, end, digits := ReadWideDigits(tt.in, tt.at)
			assert.Equal(t, []int{tt.n, tt.end, tt.digits}, []int{n, end, digits})
		})
	}
}

// DigitValue agrees with ReadWideDigits on every rune of the digit ranges and
// their neighbours.
func TestDigitValue(t *testing.T) {
	for r := rune('/'); r <= ':'; r++ {
		for _, c := range []rune{r, r - '0' + '０'} {
			n, _, digits := ReadWideDigits(string(c), 0)
			want := -1
			if digits == 1 {
				want = n
			}
			assert.Equal(t, want, DigitValue(c), "%U", c)
			assert.Equal(t, want >= 0, IsDigitRune(c), "%U", c)
		}
	}
}

func TestIsNumeralRune(t *testing.T) {
	for _, r := range "0９〇一九十百千万億兆零壱" {
		assert.True(t, IsNumeralRune(r), "%c", r)
	}
	for _, r := range "a年円.,元" {
		assert.False(t, IsNumeralRune(r), "%c", r)
	}
}
