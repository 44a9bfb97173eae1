package parse

import (
	"errors"
	"strconv"
)

// Sentinel errors; the typed errors below wrap them, so test with errors.Is.
var (
	ErrTooLong   = errors.New("input too long")
	ErrOption    = errors.New("invalid option")
	ErrTokenizer = errors.New("tokenizer unavailable")
	// ErrRange marks a numeral too long or too large to be a quantity; it is
	// reported in Extraction.Problems and the numeral is not a target.
	ErrRange = errors.New("numeral out of range")

	// The document loaders' sentinels; a *LoadError wraps one of them.

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

// OptionError reports an option that cannot be applied.
type OptionError struct {
	Option string
	Reason string
}

func (e *OptionError) Error() string { return "parse: " + e.Option + ": " + e.Reason }

// Unwrap returns ErrOption.
func (e *OptionError) Unwrap() error { return ErrOption }

// InputError reports input Extract refuses, with where in it the problem is.
type InputError struct {
	Offset int   // byte offset into the input
	Err    error // a sentinel such as ErrTooLong
	Detail string
}

func (e *InputError) Error() string {
	s := "parse: at byte " + strconv.Itoa(e.Offset) + ": " + e.Err.Error()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the sentinel.
func (e *InputError) Unwrap() error { return e.Err }
