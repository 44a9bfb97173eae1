package parse

import (
	"strconv"

	"github.com/policygoal/policygoal/internal/errtext"
	"github.com/policygoal/policygoal/internal/textenc"
)

// Encoding names the text encoding of a document given to a loader. The zero
// value, EncodingAuto, detects it.
type Encoding = textenc.Encoding

// The encodings a loader reads.
const (
	// EncodingAuto takes UTF-8 (with or without a byte order mark) when the
	// bytes are valid UTF-8, otherwise Shift_JIS (CP932) when they decode
	// cleanly as that.
	EncodingAuto = textenc.Auto
	// EncodingUTF8 is UTF-8; a leading byte order mark is dropped.
	EncodingUTF8 = textenc.UTF8
	// EncodingShiftJIS is Shift_JIS with the Windows extensions (CP932), as
	// Excel and older municipal systems write it.
	EncodingShiftJIS = textenc.ShiftJIS
)

// ParseEncoding reads an encoding name as a user types it: "auto", "utf-8"
// ("utf8"), "shift_jis" ("sjis", "cp932", "windows-31j"); case does not
// matter. Anything else is an *OptionError wrapping ErrOption.
func ParseEncoding(name string) (Encoding, error) {
	e, err := textenc.ParseEncoding(name)
	if err != nil {
		return EncodingAuto, &OptionError{Option: "encoding", Reason: "unknown encoding " + strconv.Quote(name)}
	}
	return e, nil
}

// LoadError reports a document a loader could not read, and where in the
// decoded text the problem is. Line and Column are 1-based (Column counts
// runes); Offset is the byte offset into the decoded UTF-8 text. All three
// are 0 when the problem has no position (a read failure, an empty input).
type LoadError struct {
	Document string // what was being loaded: "outline"
	Line     int
	Column   int
	Offset   int
	Err      error // a sentinel: ErrEncoding, ErrSyntax, ErrNoContent, ErrRead, ErrTooLong
	Detail   string
}

func (e *LoadError) Error() string {
	return errtext.Positioned("parse: "+e.Document, e.Line, e.Column, e.Err, e.Detail)
}

// Unwrap returns the sentinel, so errors.Is(err, parse.ErrSyntax) works.
func (e *LoadError) Unwrap() error { return e.Err }

// DefaultMaxDocument is the largest document, in bytes before decoding, a
// loader (package parse/load) reads unless its WithMaxDocument says
// otherwise: 16 MiB.
const DefaultMaxDocument = 16 << 20
