package parse

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

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

// Sentinel errors of the document loaders; a *LoadError wraps one of them.
var (
	// ErrEncoding: the bytes are not valid in the chosen (or any detected)
	// encoding. Loaders never replace invalid bytes silently.
	ErrEncoding = errors.New("invalid text encoding")
	// ErrSyntax: the document breaks a rule of its format (an unterminated
	// quoted cell, a row with too many cells, a row without an organization).
	ErrSyntax = errors.New("malformed document")
	// ErrNoContent: the document holds nothing the loader recognizes (no
	// table row, no organization name, no meeting heading).
	ErrNoContent = errors.New("no content recognized")
	// ErrRead: the io.Reader failed.
	ErrRead = errors.New("read failed")
)

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
	var b strings.Builder
	b.WriteString("parse: ")
	b.WriteString(e.Document)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Column))
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	return b.String()
}

// Unwrap returns the sentinel, so errors.Is(err, parse.ErrSyntax) works.
func (e *LoadError) Unwrap() error { return e.Err }

// DefaultMaxDocument is the largest document, in bytes before decoding, a
// loader reads unless WithMaxDocument says otherwise: 16 MiB.
const DefaultMaxDocument = 16 << 20

// LoadOption configures one call of a document loader (LoadOutline).
// Options are checked when the loader
// runs; a bad one is an *OptionError wrapping ErrOption.
type LoadOption func(*loadConfig) error

// loadConfig is the state the options set. The zero value is not used;
// newLoadConfig sets the defaults.
type loadConfig struct {
	encoding    Encoding
	maxDocument int
}

func newLoadConfig(opts []LoadOption) (loadConfig, error) {
	c := loadConfig{encoding: EncodingAuto, maxDocument: DefaultMaxDocument}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&c); err != nil {
			return loadConfig{}, err
		}
	}
	return c, nil
}

// WithEncoding chooses the document's encoding instead of detecting it
// (EncodingAuto, the default). An unknown value is an error.
func WithEncoding(e Encoding) LoadOption {
	return func(c *loadConfig) error {
		switch e {
		case EncodingAuto, EncodingUTF8, EncodingShiftJIS:
			c.encoding = e
			return nil
		}
		return &OptionError{Option: "WithEncoding", Reason: "unknown " + e.String()}
	}
}

// WithMaxDocument sets the largest document, in bytes, a loader reads; n
// must be positive. A longer input is a *LoadError wrapping ErrTooLong.
func WithMaxDocument(n int) LoadOption {
	return func(c *loadConfig) error {
		if n <= 0 {
			return &OptionError{Option: "WithMaxDocument", Reason: "must be positive"}
		}
		c.maxDocument = n
		return nil
	}
}

// readDocument reads all of r (at most c.maxDocument bytes) and decodes it.
// The returned text is what every position in a loader's result and errors
// refers to.
func readDocument(r io.Reader, c loadConfig, doc string) (string, error) {
	if r == nil {
		return "", &LoadError{Document: doc, Err: ErrRead, Detail: "nil reader"}
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(c.maxDocument)+1))
	if err != nil {
		return "", &LoadError{Document: doc, Err: ErrRead, Detail: err.Error()}
	}
	if len(data) > c.maxDocument {
		return "", &LoadError{Document: doc, Err: ErrTooLong,
			Detail: "more than " + strconv.Itoa(c.maxDocument) + " bytes"}
	}
	d, err := textenc.Decode(data, c.encoding)
	if err != nil {
		return "", &LoadError{Document: doc, Err: ErrEncoding, Detail: err.Error()}
	}
	if d.Replaced > 0 {
		at := strings.IndexRune(d.Text, utf8.RuneError)
		e := &LoadError{Document: doc, Err: ErrEncoding,
			Detail: strconv.Itoa(d.Replaced) + " invalid byte sequence(s) as " + d.Encoding.String()}
		if at >= 0 {
			e.Line, e.Column = position(d.Text, at)
			e.Offset = at
		}
		return "", e
	}
	return d.Text, nil
}

// position returns the 1-based line and rune column of byte offset off in
// text. LF, CR LF and a lone CR each end one line.
func position(text string, off int) (line, col int) {
	if off > len(text) {
		off = len(text)
	}
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch text[i] {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue // CR LF ends the line at its LF
			}
			line, start = line+1, i+1
		case '\n':
			line, start = line+1, i+1
		}
	}
	return line, 1 + utf8.RuneCountInString(text[start:off])
}

// loadErrorAt builds a *LoadError for byte offset off of the decoded text.
func loadErrorAt(doc, text string, off int, sentinel error, detail string) *LoadError {
	line, col := position(text, off)
	return &LoadError{Document: doc, Line: line, Column: col, Offset: off, Err: sentinel, Detail: detail}
}
