package load

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/errtext"
	"github.com/policygoal/policygoal/internal/textenc"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
)

// Option configures one call of a loader of this package. Options are
// checked when the loader runs; a bad one is a *parse.OptionError wrapping
// parse.ErrOption.
type Option func(*Config) error

// Config is what the options set. The zero Config is not used: ReadText
// starts from the defaults (encoding detected, DefaultMaxDocument, a
// default parser and structure reader made on first need).
type Config struct {
	Encoding    parse.Encoding
	MaxDocument int
	Parser      *parse.Parser
	Reader      *doc.Reader

	goalColumns   []GoalColumn
	pageSections  []SectionWord
	meetingLabels []doc.Label
	outcomeWords  []OutcomeWord
	attendeeRoles []AttendeeRole

	indicatorHeaders []IndicatorHeader
	directionWords   []DirectionWord
	footnoteMarks    []string
}

// WithEncoding chooses the document's encoding instead of detecting it.
func WithEncoding(e parse.Encoding) Option {
	return func(c *Config) error {
		switch e {
		case parse.EncodingAuto, parse.EncodingUTF8, parse.EncodingShiftJIS:
			c.Encoding = e
			return nil
		}
		return &parse.OptionError{Option: "WithEncoding", Reason: "unknown " + e.String()}
	}
}

// WithMaxDocument sets the largest document, in bytes, a loader reads
// (default parse.DefaultMaxDocument); n must be positive.
func WithMaxDocument(n int) Option {
	return func(c *Config) error {
		if n <= 0 {
			return &parse.OptionError{Option: "WithMaxDocument", Reason: "must be positive"}
		}
		c.MaxDocument = n
		return nil
	}
}

// WithParser makes the loader use p (its reference time, input limit) to
// find targets and dates. Default: parse.New().
func WithParser(p *parse.Parser) Option {
	return func(c *Config) error {
		if p == nil {
			return &parse.OptionError{Option: "WithParser", Reason: "nil parser"}
		}
		c.Parser = p
		return nil
	}
}

// WithReader makes the loader read structure with r (its vocabulary
// extended by the caller). Default: the loader's own reader, whose
// vocabulary includes the loader's labels.
func WithReader(r *doc.Reader) Option {
	return func(c *Config) error {
		if r == nil {
			return &parse.OptionError{Option: "WithReader", Reason: "nil reader"}
		}
		c.Reader = r
		return nil
	}
}

// newConfig applies opts over the defaults.
func newConfig(opts []Option) (Config, error) {
	c := Config{Encoding: parse.EncodingAuto, MaxDocument: parse.DefaultMaxDocument}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&c); err != nil {
			return Config{}, err
		}
	}
	if c.Parser == nil {
		p, err := defaultParser()
		if err != nil {
			return Config{}, err
		}
		c.Parser = p
	}
	return c, nil
}

// loadKind is what every LoadX does: read r as text of kind k with opts
// (ReadText), then read that text with read. The use record read also
// returns (for the tests' check that no line is lost) is dropped.
func loadKind[T any](r io.Reader, k Kind, opts []Option, read func(string, Config) (T, *blockUse, error)) (T, error) {
	text, c, err := ReadText(r, k, opts...)
	if err != nil {
		var none T
		return none, err
	}
	v, _, err := read(text, c)
	return v, err
}

// ReadText reads all of r (at most the configured maximum) and decodes it
// as the options say. The returned text is what every position in a
// loader's value and errors refers to. Invalid bytes are an error wrapping
// parse.ErrEncoding, never replaced.
func ReadText(r io.Reader, kind Kind, opts ...Option) (string, Config, error) {
	c, err := newConfig(opts)
	if err != nil {
		return "", Config{}, err
	}
	if r == nil {
		return "", c, &Error{Kind: kind, Err: parse.ErrRead, Detail: "nil reader"}
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(c.MaxDocument)+1))
	if err != nil {
		return "", c, &Error{Kind: kind, Err: parse.ErrRead, Detail: err.Error()}
	}
	if len(data) > c.MaxDocument {
		return "", c, &Error{Kind: kind, Err: parse.ErrTooLong, Detail: "more than " + strconv.Itoa(c.MaxDocument) + " bytes"}
	}
	d, err := textenc.Decode(data, c.Encoding)
	if err != nil {
		return "", c, &Error{Kind: kind, Err: parse.ErrEncoding, Detail: err.Error()}
	}
	if d.Replaced > 0 {
		e := &Error{Kind: kind, Err: parse.ErrEncoding,
			Detail: strconv.Itoa(d.Replaced) + " invalid byte sequence(s) as " + d.Encoding.String()}
		if at := strings.IndexRune(d.Text, utf8.RuneError); at >= 0 {
			e.Line, e.Column = position(d.Text, at)
			e.Offset = at
		}
		return "", c, e
	}
	return d.Text, c, nil
}

// Error reports a document a loader could not read or refused, and where.
// Line and Column are 1-based (Column counts runes); Offset is the byte
// offset into the decoded text; all three are 0 when the problem has no
// position.
type Error struct {
	Kind   Kind // the kind the loader reads
	Line   int
	Column int
	Offset int
	// Err is a sentinel: parse.ErrEncoding, parse.ErrRead, parse.ErrTooLong,
	// parse.ErrNoContent, parse.ErrSyntax, ErrWrongKind.
	Err    error
	Detail string
}

func (e *Error) Error() string {
	return errtext.Positioned("load: "+e.Kind.String(), e.Line, e.Column, e.Err, e.Detail)
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// position returns the 1-based line and rune column of byte offset off.
func position(text string, off int) (line, col int) {
	if off > len(text) {
		off = len(text)
	}
	if off < 0 {
		off = 0
	}
	// LF, CR LF and a lone CR each end a line
	head := text[:off]
	line = 1 + strings.Count(head, "\n") + strings.Count(head, "\r") - strings.Count(head, "\r\n")
	start := strings.LastIndexAny(head, "\r\n") + 1
	return line, 1 + utf8.RuneCountInString(text[start:off])
}

// errNoContent is the error of a document holding nothing a loader reads.
func errNoContent(kind Kind, detail string) error {
	return &Error{Kind: kind, Err: parse.ErrNoContent, Detail: detail}
}

func optionError(option, reason string) error {
	return &parse.OptionError{Option: option, Reason: reason}
}
