package parse

import (
	"errors"
	"strconv"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/excerpt"
)

// Sentinel errors about dates; DateError wraps them, so test with errors.Is.
var (
	// ErrNoDate: the text is not a date (or not of the kind asked for: a
	// fiscal year given to ParseDate, a date with a month to ParseFiscalYear).
	ErrNoDate = errors.New("no date")
	// ErrEraYear: an era year that does not exist — 令和0年, or a day before
	// the era began (平成元年1月7日 was 昭和64年1月7日). The same value as
	// goal.ErrEraYear.
	ErrEraYear = goal.ErrEraYear
	// ErrInvalidDate: a month or day that does not exist (2023年2月29日, 13月).
	// The same value as goal.ErrInvalidDate.
	ErrInvalidDate = goal.ErrInvalidDate
	// ErrYearMismatch: an era year and the Western year written beside it
	// disagree (平成19（2008）年); the parser reports it rather than guess
	// which is right.
	ErrYearMismatch = errors.New("era year and Western year disagree")
)

// DateError reports a date that cannot be read: text that is not a date
// (ParseDate, ParseFiscalYear), or a date-shaped expression found in running
// text that names no real day (ScanDates).
type DateError struct {
	Input  string // what was read: ParseDate's argument, or the expression ScanDates found
	Offset int    // byte offset of the problem in the caller's input
	Err    error  // wraps ErrNoDate, ErrEraYear, ErrInvalidDate or ErrYearMismatch
}

func (e *DateError) Error() string {
	return "parse: date " + excerpt.Quote(e.Input) + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Err.Error()
}

// Unwrap returns the underlying error, which wraps one of the sentinels.
func (e *DateError) Unwrap() error { return e.Err }

// detailError adds a detail to a sentinel while keeping it for errors.Is.
type detailError struct {
	sentinel error
	detail   string
}

func (e *detailError) Error() string { return e.sentinel.Error() + ": " + e.detail }
func (e *detailError) Unwrap() error { return e.sentinel }

func withDetail(sentinel error, detail string) error {
	return &detailError{sentinel: sentinel, detail: detail}
}
