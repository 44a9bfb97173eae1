package cli

import "strings"

// NeutralizeCell makes a CSV cell safe to open in a spreadsheet program.
// A cell beginning with = + - @, a tab or a carriage return is read by
// Excel, LibreOffice and Google Sheets as a formula (CSV injection, "=HYPERLINK(…)",
// "@SUM(…)"), so it gets a leading apostrophe, which those programs show as
// text and do not display. A cell that is a plain number ("-5", "+1.5") is
// left as it is: a spreadsheet reads it as the number it is.
func NeutralizeCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if isPlainNumber(s) {
		return s
	}
	return "'" + s
}

// isPlainNumber reports whether s is a decimal number with an optional
// sign, fraction and exponent ("-5", "+1.5", "-2e3"), which spreadsheets
// read as a number; "Inf", "NaN" and hexadecimal forms are not.
func isPlainNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - start
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// NeutralizeRow applies NeutralizeCell to every cell of row, in place, and
// returns it.
func NeutralizeRow(row []string) []string {
	for i, c := range row {
		row[i] = NeutralizeCell(c)
	}
	return row
}
