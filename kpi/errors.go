package kpi

import (
	"errors"
	"strconv"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// Sentinel errors; the typed errors wrap them, so test with errors.Is.
var (
	ErrNumber    = errors.New("not a number")
	ErrYear      = errors.New("not a fiscal year")
	ErrDate      = errors.New("not a date")
	ErrTarget    = errors.New("not a target")
	ErrDirection = errors.New("unknown direction")
	ErrStage     = errors.New("unknown logic-model stage")
	ErrFlag      = errors.New("not a yes/no value")
	ErrNoParser  = errors.New("text needs a parser")
	ErrConflict  = errors.New("conflicts with an earlier row of the same indicator")
	ErrMissing   = errors.New("required value missing")
	ErrCSV       = errors.New("malformed CSV")
	ErrNoHeader  = errors.New("no header row")
	ErrTooLarge  = errors.New("input too large")
	ErrNotPeriod = errors.New("target has no period")
	ErrDateRange = errors.New("bad date range")
	ErrImprecise = errors.New("date too imprecise for the period")
	ErrTooMany   = errors.New("too many periods")
	ErrUndecoded = errors.New("invalid bytes in input")
	ErrExtraCell = errors.New("cell beyond the header's columns")
)

// CellError reports one bad cell of a table or event file. The row it is in
// is skipped; the other rows are still read.
type CellError struct {
	Row    int    // 1-based record number, the header row included (the spreadsheet row)
	Line   int    // 1-based line in the decoded text where the cell starts
	Column int    // 1-based column; 0 when the error concerns the whole row
	Header string // the column's header as written; "" when there is none
	Value  string // the cell as written
	Err    error  // a sentinel such as ErrNumber
	Cause  error  // the parser's own error, if one was called; may be nil
}

func (e *CellError) Error() string {
	s := "kpi: row " + strconv.Itoa(e.Row)
	if e.Column > 0 {
		s += ", column " + strconv.Itoa(e.Column)
		if e.Header != "" {
			s += " (" + e.Header + ")"
		}
	}
	s += ": "
	if e.Value != "" {
		s += excerpt.Quote(e.Value) + ": "
	}
	s += e.Err.Error()
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	}
	return s
}

// Unwrap returns the sentinel and the cause, for errors.Is and errors.As.
func (e *CellError) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Err}
	}
	return []error{e.Err, e.Cause}
}
