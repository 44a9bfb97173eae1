package load

import (
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// joinSpacedDigits undoes the spacing a PDF text layer puts between the
// characters of a figure: 「3 6件(2019年度)」 is 36件, 「6 5 . 2 %→8 0 %」 is
// 65.2%→80%, 「1 , 2 4 0人」 is 1,240人. A run is joined only when it is
// evidently one figure: two or more digits each standing alone between
// single spaces, and either a decimal point or thousands comma among them,
// a spaced % or scale word (千, 万, 億), or a unit, bracket or arrow right
// after the last digit.
// 「3 5」 alone stays two figures (a baseline 3 and a target 5). The
// result is used for reading values only; spans stay on the source text.
func joinSpacedDigits(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	changed := false
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !jtext.IsDigitRune(r) || (i > 0 && precededByFigure(s[:i])) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		end, digits, sep := spacedRun(s, i)
		tail := end
		percent := false
		if rest := s[end:]; strings.HasPrefix(rest, " %") || strings.HasPrefix(rest, " ％") ||
			strings.HasPrefix(rest, " 千") || strings.HasPrefix(rest, " 万") || strings.HasPrefix(rest, " 億") {
			// a spaced % or scale word (4 8 千人) belongs to the figure
			_, pn := utf8.DecodeRuneInString(rest[1:])
			tail, percent = end+1+pn, true
		}
		attached := false
		if end < len(s) && !percent {
			nr, _ := utf8.DecodeRuneInString(s[end:])
			attached = nr != ' ' && nr != '\t' && nr != '\u3000'
		}
		if digits < 2 || !(sep || percent || attached) {
			b.WriteString(s[i:end])
			i = end
			continue
		}
		b.WriteString(strings.ReplaceAll(s[i:tail], " ", ""))
		i = tail
		changed = true
	}
	if !changed {
		return s
	}
	return b.String()
}

// spacedRun reads, from a digit at i, tokens of one character (a digit, a
// decimal point or a thousands comma) separated by single spaces, and
// returns where the last digit ends, the number of digits and whether a
// point or comma was among them.
func spacedRun(s string, i int) (end, digits int, sep bool) {
	_, n := utf8.DecodeRuneInString(s[i:])
	end, digits = i+n, 1
	j := end
	pendingSep := false
	for j+1 < len(s) && s[j] == ' ' {
		t, tn := utf8.DecodeRuneInString(s[j+1:])
		after := j + 1 + tn
		if after < len(s) {
			if nr, _ := utf8.DecodeRuneInString(s[after:]); jtext.IsDigitRune(nr) || isSpacedSep(nr) {
				break // the token is not one character: 「3 12件」
			}
		}
		switch {
		case jtext.IsDigitRune(t):
			digits++
			end = after
			if pendingSep {
				sep, pendingSep = true, false
			}
		case isSpacedSep(t) && !pendingSep:
			pendingSep = true
		default:
			return end, digits, sep
		}
		j = after
	}
	return end, digits, sep
}

// precededByFigure reports whether the text before a digit ends in a digit,
// point or comma: the digit is inside a figure, not the start of a run.
func precededByFigure(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return jtext.IsDigitRune(r) || isSpacedSep(r)
}

func isSpacedSep(r rune) bool { return r == '.' || r == ',' || r == '．' || r == '，' }
