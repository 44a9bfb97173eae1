package parse

import (
	"unicode"
	"unicode/utf8"
)

// maxSubjectRunes bounds a subject: what is counted is a noun phrase, not a
// clause.
const maxSubjectRunes = 16

// isNounRune reports whether r can be part of the noun phrase a subject is
// read from: kanji, katakana (with the long-vowel mark ー), the iteration
// mark 々, and Latin letters (SNS, CSR).
func isNounRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Katakana) || r == 'ー' || r == '々' || isASCIILetter(r)
}

// subjectParticles may stand between a subject and its quantity: 会議を月1回
// (meetings, once a month), 参加者の90% (ninety percent of participants).
var subjectParticles = []string{"を", "は", "が", "の"}

// subjectAround names what a target counts, as a byte scan: the noun run
// just before the target (連携団体 in 連携団体4団体以上), or before a particle
// (局内会議 in 局内会議を月1回), else the noun run after it that an object
// particle closes (本部内連絡会議 in 毎月本部内連絡会議を開催). Best effort;
// "" when the text does not say.
func (r *recognizer) subjectAround(start, end int) string {
	if sub := r.subjectBefore(start); sub != "" {
		return sub
	}
	return r.subjectAfter(end)
}

// subjectBefore reads the noun run ending at i, or ending before a particle
// at i.
func (r *recognizer) subjectBefore(i int) string {
	s := r.s
	if sub := nounRunBefore(s, i); sub != "" {
		return sub
	}
	for _, p := range subjectParticles {
		if endsAt(s, i, p) {
			return nounRunBefore(s, i-len(p))
		}
	}
	return ""
}

// subjectAfter reads a noun run starting at i that the object particle を
// closes; の is not enough (月1回開催の会議: 開催 is the act, not the object).
func (r *recognizer) subjectAfter(i int) string {
	s := r.s
	j, n := i, 0
	for j < len(s) && n < maxSubjectRunes {
		c, size := utf8.DecodeRuneInString(s[j:])
		if !isNounRune(c) || isNumeralRune(c) {
			break
		}
		j += size
		n++
	}
	if j > i && hasAt(s, j, "を") {
		return s[i:j]
	}
	return ""
}

// nounRunBefore returns the run of noun runes ending at i, at most
// maxSubjectRunes long, without leading numerals.
func nounRunBefore(s string, i int) string {
	j, n := i, 0
	for j > 0 && n < maxSubjectRunes {
		c, size := utf8.DecodeLastRuneInString(s[:j])
		if !isNounRune(c) {
			break
		}
		j -= size
		n++
	}
	for j < i {
		c, size := utf8.DecodeRuneInString(s[j:])
		if !isNumeralRune(c) {
			break
		}
		j += size
	}
	return s[j:i]
}
