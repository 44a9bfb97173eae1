// Package errtext writes the message of an error about a document, the
// one form every loader's error takes: "pkg: what:line:column: sentinel:
// detail". It is for the Error methods of parse and its loaders; it is not
// an error type.
package errtext

import (
	"strconv"
	"strings"
)

// Positioned returns the message of an error about where, at a 1-based
// line and rune column: "where:line:column: err: detail". The position is
// left out when line is 0 (a read failure, an empty input), err when it is
// nil, detail when it is empty.
func Positioned(where string, line, column int, err error, detail string) string {
	var b strings.Builder
	b.WriteString(where)
	if line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(line))
		b.WriteString(":")
		b.WriteString(strconv.Itoa(column))
	}
	b.WriteString(": ")
	if err != nil {
		b.WriteString(err.Error())
	}
	if detail != "" {
		b.WriteString(": ")
		b.WriteString(detail)
	}
	return b.String()
}
