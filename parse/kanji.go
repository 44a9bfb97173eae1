package parse

import (
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// kanjiWindowRunes is how much text around a kanji numeral is tokenized to
// decide whether it is a numeral: enough for the word it may belong to
// (一人ひとり, 一部, 十分), little enough to stay cheap.
const kanjiWindowRunes = 12

// kanjiNumeralConfirmed asks the tokenizer whether the kanji at s[start:end]
// are a numeral: every token that overlaps them must be tagged 名詞,数
// (noun, number). 一 in 一部 (a part), 一層 (further) or 十分 (enough) belongs
// to a longer word and is not. If the dictionary cannot be loaded the
// numeral is not confirmed: losing a kanji-written target is better than
// reporting 一部 as a count.
func kanjiNumeralConfirmed(s string, start, end int) bool {
	tok, err := sharedTokenizer()
	if err != nil {
		return false
	}
	ws := start
	for k := 0; k < kanjiWindowRunes && ws > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(s[:ws])
		ws -= n
	}
	we := end
	for k := 0; k < kanjiWindowRunes && we < len(s); k++ {
		_, n := utf8.DecodeRuneInString(s[we:])
		we += n
	}
	return numeralTokens(tok.Tokenize(s[ws:we]), ws, start, end)
}

// numeralTokens reports whether the tokens (of text starting at byte base)
// that overlap [start, end) lie inside it and are all tagged 名詞,数.
func numeralTokens(tokens []tokenizer.Token, base, start, end int) bool {
	for _, t := range tokens {
		ts := base + t.Position
		te := ts + len(t.Surface)
		if te <= start || ts >= end {
			continue
		}
		if ts < start || te > end {
			return false // the token reaches outside the numeral: 一部, 一層
		}
		pos := t.POS()
		if len(pos) < 2 || pos[1] != "数" {
			return false
		}
	}
	return true
}

// kanjiNumeralConfirmedWhole is the slow path kanjiNumeralConfirmed stands
// for: the same check against the tokens of the whole text. Tests compare
// the two over every document and the fuzz corpus.
func kanjiNumeralConfirmedWhole(s string, start, end int) bool {
	tok, err := sharedTokenizer()
	if err != nil {
		return false
	}
	return numeralTokens(tok.Tokenize(s), 0, start, end)
}
