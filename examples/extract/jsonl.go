package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
)

// -jsonl output. Rendering through encoding/json's reflection cost as much
// as extracting a line, so appendRecord writes the record directly, byte
// for byte what encodeRecord (the reference, encoding/json with the goal
// types' MarshalJSON) writes; TestAppendRecordMatchesEncodingJSON holds the
// two together. Whatever appendRecord does not handle itself — a value
// MarshalJSON would refuse (an unset kind, a number that is not finite, an
// invalid year or date) — goes to encodeRecord, so errors read the same.

// record is one line of -jsonl output, as encodeRecord renders it.
type record struct {
	File    string             `json:"file,omitempty"`
	Line    int                `json:"line"`
	Text    string             `json:"text"`
	Targets []goal.Target      `json:"targets"`
	Figures []goal.Target      `json:"figures"`
	Dates   []goal.DateMention `json:"dates"`
	Error   string             `json:"error,omitempty"`
}

// encodeRecord renders one line of -jsonl output, with its newline, through
// encoding/json.
func encodeRecord(file string, ln parse.Line) ([]byte, error) {
	rec := record{File: file, Line: ln.Number, Text: ln.Text, Targets: ln.Targets, Figures: ln.Figures, Dates: ln.Dates}
	if ln.Err != nil {
		rec.Error = ln.Err.Error()
	}
	if rec.Targets == nil {
		rec.Targets = []goal.Target{}
	}
	if rec.Figures == nil {
		rec.Figures = []goal.Target{}
	}
	if rec.Dates == nil {
		rec.Dates = []goal.DateMention{}
	}
	var b bytes.Buffer
	je := json.NewEncoder(&b)
	je.SetEscapeHTML(false)
	if err := je.Encode(rec); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// appendRecord appends the -jsonl record of ln to dst, with its newline.
// The record's own strings (file, text, error) are written as the encoder
// writes them, without HTML escaping; the targets' and dates' strings as
// their MarshalJSON (json.Marshal) writes them, with it.
func appendRecord(dst []byte, file string, ln parse.Line) ([]byte, error) {
	b := dst
	b = append(b, '{')
	if file != "" {
		b = append(b, `"file":`...)
		b = appendString(b, file, false)
		b = append(b, ',')
	}
	b = append(b, `"line":`...)
	b = strconv.AppendInt(b, int64(ln.Number), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, ln.Text, false)
	b = append(b, `,"targets":`...)
	b, ok := appendArray(b, ln.Targets, appendTarget)
	if ok {
		b = append(b, `,"figures":`...)
		b, ok = appendArray(b, ln.Figures, appendTarget)
	}
	if ok {
		b = append(b, `,"dates":`...)
		b, ok = appendArray(b, ln.Dates, appendDate)
	}
	if !ok {
		enc, err := encodeRecord(file, ln)
		return append(dst, enc...), err
	}
	if ln.Err != nil {
		if msg := ln.Err.Error(); msg != "" {
			b = append(b, `,"error":`...)
			b = appendString(b, msg, false)
		}
	}
	return append(b, "}\n"...), nil
}

// appendArray appends items as a JSON array, each through appendItem; ok
// is false, and the array unfinished, as soon as appendItem refuses one.
func appendArray[T any](b []byte, items []T, appendItem func([]byte, T) ([]byte, bool)) (_ []byte, ok bool) {
	b = append(b, '[')
	for k, item := range items {
		if k > 0 {
			b = append(b, ',')
		}
		if b, ok = appendItem(b, item); !ok {
			return b, false
		}
	}
	return append(b, ']'), true
}

// appendTarget appends t in goal.Target's JSON form; ok is false for a
// target MarshalJSON would refuse or that this writer leaves to it.
func appendTarget(b []byte, t goal.Target) (_ []byte, ok bool) {
	kind, ok1 := enumText(uint8(t.Kind), t.Kind.String())
	cmp, ok2 := enumText(uint8(t.Cmp), t.Cmp.String())
	if !ok1 || !ok2 {
		return b, false
	}
	b = append(b, `{"kind":`...)
	b = appendString(b, kind, true)
	b = append(b, `,"value":`...)
	if b, ok = appendFloat(b, t.Value); !ok {
		return b, false
	}
	if t.Cmp == goal.CmpRange {
		b = append(b, `,"max":`...)
		if b, ok = appendFloat(b, t.Max); !ok {
			return b, false
		}
	}
	if t.Unit != "" {
		b = append(b, `,"unit":`...)
		b = appendString(b, t.Unit, true)
	}
	if t.Per != goal.PeriodUnset {
		if b, ok = appendEnum(b, `,"per":`, uint8(t.Per), t.Per.String()); !ok {
			return b, false
		}
	}
	if t.Interval > 1 {
		b = append(b, `,"interval":`...)
		b = strconv.AppendInt(b, int64(t.Interval), 10)
	}
	b = append(b, `,"cmp":`...)
	b = appendString(b, cmp, true)
	if t.Change != goal.ChangeUnset {
		if b, ok = appendEnum(b, `,"change":`, uint8(t.Change), t.Change.String()); !ok {
			return b, false
		}
	}
	if t.Subject != "" {
		b = append(b, `,"subject":`...)
		b = appendString(b, t.Subject, true)
	}
	if t.Action != "" {
		b = append(b, `,"action":`...)
		b = appendString(b, t.Action, true)
	}
	if t.By != 0 {
		if !t.By.Valid() {
			return b, false
		}
		b = append(b, `,"by":"`...)
		b = strconv.AppendInt(b, int64(t.By), 10)
		b = append(b, '"')
	}
	if t.Role != goal.RoleUnset {
		if b, ok = appendEnum(b, `,"role":`, uint8(t.Role), t.Role.String()); !ok {
			return b, false
		}
	}
	if t.Year.Value != 0 {
		b = append(b, `,"year":"`...)
		b = strconv.AppendInt(b, int64(t.Year.Value), 10)
		b = append(b, '"')
		if t.Year.Calendar {
			b = append(b, `,"calendar":true`...)
		}
	}
	return appendSource(b, t.Text, t.Span), true
}

// appendDate appends m in goal.DateMention's JSON form; ok is false for a
// mention MarshalJSON would refuse or that this writer leaves to it.
func appendDate(b []byte, m goal.DateMention) (_ []byte, ok bool) {
	kind, ok := enumText(uint8(m.Kind), m.Kind.String())
	if !ok {
		return b, false
	}
	switch m.Kind {
	case goal.DateKindDate:
		if m.Date.Validate() != nil || !m.ThroughDate.IsZero() && m.ThroughDate.Validate() != nil {
			return b, false
		}
	case goal.DateKindFiscalYear:
		if !m.FiscalYear.Valid() || m.ThroughFiscalYear != 0 && !m.ThroughFiscalYear.Valid() {
			return b, false
		}
	default:
		return b, false
	}
	b = append(b, `{"kind":`...)
	b = appendString(b, kind, true)
	b = append(b, `,"value":`...)
	b = appendString(b, m.Value(), true)
	if th := m.Through(); th != "" {
		b = append(b, `,"through":`...)
		b = appendString(b, th, true)
	}
	return appendSource(b, m.Text, m.Span), true
}

// appendSource ends a target's or a date mention's object with where it
// stands in the line: "text", "start" and "end", and the closing brace.
func appendSource(b []byte, text string, span goal.Span) []byte {
	b = append(b, `,"text":`...)
	b = appendString(b, text, true)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(span.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(span.End), 10)
	return append(b, '}')
}

// enumText is the text form of an enum value whose String is name: the
// name itself for a set value with a name; ok is false for the unset value
// and for one without a name (String's "Type(n)"), which MarshalText
// refuses.
func enumText(v uint8, name string) (string, bool) {
	if v == 0 || name == "" || strings.IndexByte(name, '(') >= 0 {
		return "", false
	}
	return name, true
}

// appendEnum appends key and the text of a set enum value (see enumText);
// ok is false for a value without a name.
func appendEnum(b []byte, key string, v uint8, name string) (_ []byte, ok bool) {
	text, ok := enumText(v, name)
	if !ok {
		return b, false
	}
	b = append(b, key...)
	return appendString(b, text, true), true
}

// appendFloat writes f as encoding/json does (ES6 number form); ok is
// false for NaN and infinities, which it refuses.
func appendFloat(b []byte, f float64) (_ []byte, ok bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

const hexDigits = "0123456789abcdef"

// jsonSafe[html][c] says an ASCII byte c goes into a JSON string as it is:
// not a control character, quote or backslash, and with html not <, >, &.
var jsonSafe = func() (t [2][utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[0][c] = c != '"' && c != '\\'
		t[1][c] = t[0][c] && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendString writes s as a JSON string exactly as encoding/json does:
// invalid UTF-8 becomes \ufffd, U+2028 and U+2029 are escaped, and with
// html so are <, > and &. Three-byte runes (kana, kanji) are checked on
// their bytes, not decoded.
func appendString[S string | []byte](b []byte, s S, html bool) []byte {
	safe := &jsonSafe[0]
	if html {
		safe = &jsonSafe[1]
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if safe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) {
			// A valid three-byte rune other than U+2028 and U+2029 (E2 80
			// A8/A9) goes as it is; E0 and ED, which have overlong and
			// surrogate forms, are decoded below.
			b1, b2 := s[i+1], s[i+2]
			if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 && !(c == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9)) {
				i += 3
				continue
			}
		}
		// A short conversion the compiler keeps on the stack.
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
