package cli

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/excerpt"
	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

// Where is the position prefix of a problem: "file:line:col: ", "file:line: "
// or "file: "; "" when nothing is known. line and col are 1-based; 0 means
// unknown.
func Where(file string, line, col int) string {
	var b strings.Builder
	b.WriteString(file)
	if line > 0 {
		if b.Len() > 0 {
			b.WriteByte(':')
		}
		b.WriteString(strconv.Itoa(line))
		if col > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(col))
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String() + ": "
}

// Describe renders err about file as "file:line:col: what". The position
// comes from the typed errors of the library (*parse.LoadError,
// *kpi.CellError, *fs.PathError); the message is built from their fields,
// so no package prefix ("parse: ", "kpi: ") appears, once or nested.
func Describe(file string, err error) string {
	line, col, msg := locate(err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// "open x.csv: no such file or directory" names the file the user
		// typed; the operation is Go's, not the user's.
		file, msg = pe.Path, Message(pe.Err)
	}
	return Where(file, line, col) + dedupe(msg)
}

// dedupe drops a ": "-separated part of msg that repeats an earlier one
// ("not a date: no date: not a date" → "not a date: no date"), as happens
// when each layer names the same failure.
func dedupe(msg string) string {
	parts := strings.Split(msg, ": ")
	seen := make(map[string]bool, len(parts))
	out := parts[:0]
	for _, p := range parts {
		if seen[p] {
			continue
		}
		seen[p] = true
		out = append(out, p)
	}
	return strings.Join(out, ": ")
}

// locate finds the position a library error carries and the message
// without it.
func locate(err error) (line, col int, msg string) {
	var le *parse.LoadError
	var ce *kpi.CellError
	var de *load.Error
	var wk *load.WrongKindError
	switch {
	case errors.As(err, &wk):
		return 0, 0, "this looks like " + withArticle(wk.Got.String()) + " document, not " + wk.Want.String()
	case errors.As(err, &de):
		msg = Message(de.Err)
		if de.Detail != "" {
			msg += ": " + de.Detail
		}
		return de.Line, de.Column, msg
	case errors.As(err, &le):
		msg = Message(le.Err)
		if le.Detail != "" {
			msg += ": " + le.Detail
		}
		return le.Line, le.Column, msg
	case errors.As(err, &ce):
		var b strings.Builder
		if ce.Line == 0 && ce.Row > 0 {
			// The reader knew the record, not the line it starts on.
			b.WriteString("row " + strconv.Itoa(ce.Row) + ", ")
		}
		if ce.Column > 0 {
			b.WriteString("column " + strconv.Itoa(ce.Column))
			if ce.Header != "" {
				b.WriteString(" (" + ce.Header + ")")
			}
			b.WriteString(": ")
		}
		if ce.Value != "" {
			b.WriteString(Quote(ce.Value) + ": ")
		}
		b.WriteString(Message(ce.Err))
		if ce.Cause != nil {
			var de *parse.DateError
			if errors.As(ce.Cause, &de) && de.Input == ce.Value {
				b.WriteString(": " + Message(de.Err)) // the value is quoted already
			} else {
				b.WriteString(": " + Message(ce.Cause))
			}
		}
		return ce.Line, 0, b.String()
	}
	return 0, 0, Message(err)
}

// Message is err's text without the package prefixes the library puts on
// its errors ("parse: ", "kpi: ", "goal: "), wherever a wrapped error
// repeats them, and without byte offsets the caller turns into columns.
func Message(err error) string {
	var de *parse.DateError
	if errors.As(err, &de) {
		return Quote(de.Input) + ": " + Message(de.Err)
	}
	var ie *parse.InputError
	if errors.As(err, &ie) {
		s := Message(ie.Err)
		if ie.Detail != "" {
			s += ": " + ie.Detail
		}
		return s
	}
	s := err.Error()
	for _, p := range packagePrefixes {
		s = strings.TrimPrefix(s, p)
		s = strings.ReplaceAll(s, ": "+p, ": ")
	}
	return s
}

// packagePrefixes are the prefixes the library's error strings start with.
var packagePrefixes = []string{"parse: ", "kpi: ", "goal: ", "load: "}

// withArticle puts the indefinite article before a kind's name: "a goals",
// "an indicators".
func withArticle(s string) string {
	if s != "" && strings.ContainsAny(s[:1], "aeiou") {
		return "an " + s
	}
	return "a " + s
}

// Quote quotes s for a message, cut to at most excerpt.MaxBytes bytes (at
// a rune boundary) with an ellipsis, so a huge cell never floods the
// terminal.
func Quote(s string) string { return excerpt.Quote(s) }

// Column is the 1-based column (in runes) of byte offset off in line.
func Column(line string, off int) int {
	off = min(max(off, 0), len(line))
	return utf8.RuneCountInString(line[:off]) + 1
}

// OneLine folds s onto one line: line breaks and runs of white space become
// one space, and control characters (terminal escapes) are dropped.
func OneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			space = true
			continue
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
