package parse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/jtext"
)

// eraAt reports whether an era begins at s[i:] of the folded text: its kanji
// name (令和), its one-character sign (㋿) or its capital letter (R6.10.1,
// H30年度). A letter counts only when no ASCII letter or digit precedes it
// and a digit or 元 follows, so CH30, FY, H2O and M&A are not eras. letter
// reports the abbreviated form, whose years must be ASCII digits or 元.
func eraAt(s string, i int) (e goal.Era, end int, letter bool) {
	if i >= len(s) {
		return goal.EraUnset, i, false
	}
	c := s[i]
	if c < 0x80 {
		if !eraLetters[c] {
			return goal.EraUnset, i, false
		}
		if i > 0 && isASCIIAlnum(s[i-1]) {
			return goal.EraUnset, i, false
		}
		if i+1 >= len(s) || !jtext.IsDigit(s[i+1]) && !strings.HasPrefix(s[i+1:], "元") {
			return goal.EraUnset, i, false
		}
		e, _ := goal.EraByName(s[i : i+1])
		return e, i + 1, true
	}
	for _, sp := range eraSpellings {
		if strings.HasPrefix(s[i:], sp.text) {
			return sp.era, i + len(sp.text), false
		}
	}
	return goal.EraUnset, i, false
}

// eraSpelling is one way to write an era in full: its name or its sign.
type eraSpelling struct {
	text string
	era  goal.Era
}

// eraSpellings are the names (令和) and signs (㋿) of every era, built once
// from goal's era table.
var eraSpellings = func() []eraSpelling {
	var out []eraSpelling
	for _, e := range goal.Eras() {
		out = append(out, eraSpelling{e.Name(), e}, eraSpelling{string(e.Sign()), e})
	}
	return out
}()

// eraNames are the eras' names (令和, 平成 …), from goal's era table: a
// number right after one is the year of a date, not a quantity.
var eraNames = func() []string {
	var out []string
	for _, e := range goal.Eras() {
		out = append(out, e.Name())
	}
	return out
}()

// eraLetters are the eras' one-letter abbreviations (M T S H R), and
// eraFirstRunes the first runes of their names and their signs (令, ㋿ …),
// from goal's era table.
var eraLetters, eraFirstRunes = func() (letters [utf8.RuneSelf]bool, first []rune) {
	for _, e := range goal.Eras() {
		letters[e.Abbrev()] = true
		r, _ := utf8.DecodeRuneInString(e.Name())
		first = append(first, r, e.Sign())
	}
	return letters, first
}()

// mayStartDate reports whether the rune r can begin a date expression: an
// era's name or sign, or a kanji numeral (a Western year 二〇二四年).
func mayStartDate(r rune) bool {
	return slices.Contains(eraFirstRunes, r) || jtext.KanjiDigit(r) >= 0 || jtext.SmallUnit(r) > 0
}

// eraYearAt reads an era year at s[i:]: 元 (1), ASCII digits (at most
// three: 明治150年 exists as a count) or, unless letter, a kanji numeral
// (令和十年).
func eraYearAt(s string, i int, letter bool) (n, end int, ok bool) {
	if strings.HasPrefix(s[i:], "元") {
		return 1, i + len("元"), true
	}
	if i < len(s) && jtext.IsDigit(s[i]) {
		n, end, digits := jtext.ReadDigits(s, i)
		if digits == 1 {
			if m, e, ok := spacedEraYear(s, i); ok {
				return m, e, true
			}
		}
		return n, end, digits <= 3
	}
	if letter {
		return 0, i, false
	}
	return jtext.ReadKanjiInt(s, i)
}

// spacedEraYear reads an era year whose digits a PDF text layer spaced one
// by one (「令和1 0年度」 is 令和10年度): two or three single digits, each
// after one space, and 年 next (a space before it allowed). Digits of more
// than one character are never joined (「令和12 3年度」 stays unread), so two
// numbers side by side are not read as one.
func spacedEraYear(s string, i int) (n, end int, ok bool) {
	n, end = int(s[i]-'0'), i+1
	digits := 1
	for digits < 3 {
		j := end
		if sp := spaceAt(s, j); sp > 0 {
			j += sp
		} else {
			break
		}
		if j >= len(s) || !jtext.IsDigit(s[j]) || j+1 < len(s) && jtext.IsDigit(s[j+1]) {
			break
		}
		n, end = n*10+int(s[j]-'0'), j+1
		digits++
	}
	if digits < 2 {
		return 0, i, false
	}
	j := end
	if sp := spaceAt(s, j); sp > 0 {
		j += sp
	}
	if !strings.HasPrefix(s[j:], "年") {
		return 0, i, false
	}
	return n, end, true
}

// spaceAt is the length of one space (ASCII or wide) at s[j], or 0.
func spaceAt(s string, j int) int {
	switch {
	case j < len(s) && s[j] == ' ':
		return 1
	case strings.HasPrefix(s[j:], "\u3000"):
		return len("\u3000")
	}
	return 0
}
