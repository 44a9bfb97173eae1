package kpi

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/policygoal/policygoal/goal"
)

// Events are dated events read by ReadEvents: meetings held, sessions run.
type Events struct {
	Dates []goal.Date // in file order
	Rows  []int       // the 1-based row of each date
	// Header is the header row's cells when the file has one.
	Header []string
	// Errors lists rows whose date could not be read; they are skipped.
	Errors   []*CellError
	Encoding string
	Replaced int
}

// ReadEvents reads a CSV of events whose first column is a date. Dates in
// the text form "2023-04-12" (also "2023-04") are read here; every other
// form (令和5年4月12日, 2023/5/10, R5.8.9) goes through dates, which may be
// nil when the file holds only the text form. The first non-empty row is
// taken as a header when its first cell is not a date and holds no digit
// (開催日, date); a first row whose cell has digits but is not a date
// (2023-13-01) is a bad event, not a header. Encodings, line endings (LF,
// CR LF or CR) and limits are as for ReadTable (maxBytes 0 means
// DefaultMaxTableBytes).
//
// A row whose date cannot be read is a *CellError (wrapping ErrDate,
// ErrNoParser or ErrCSV) in Events.Errors and is skipped; the returned
// error is for input that cannot be read at all (a read error or
// ErrTooLarge).
func ReadEvents(r io.Reader, dates DateParser, maxBytes int) (Events, error) {
	rd, err := newRecordReader(r, maxBytes, "events")
	if err != nil {
		return Events{}, err
	}
	ev := Events{Encoding: rd.enc.String()}
	first := true
	for rec := range rd.all() {
		if rec.err != nil {
			ev.Errors = append(ev.Errors, rec.err)
			first = false
			continue
		}
		cell := normalizeCell(rec.cells[0])
		if cell == "" {
			continue
		}
		d, cerr := readDate(rec.cells[0], dates)
		if cerr != nil {
			if first && !strings.ContainsAny(cell, "0123456789") {
				ev.Header = slices.Clone(rec.cells)
				first = false
				continue
			}
			first = false
			header := ""
			if len(ev.Header) > 0 {
				header = ev.Header[0]
			}
			ev.Errors = append(ev.Errors, &CellError{Row: rec.row, Line: rec.row, Column: 1, Header: header,
				Value: rec.cells[0], Err: cerr.sentinel, Cause: cerr.cause})
			continue
		}
		first = false
		ev.Dates = append(ev.Dates, d)
		ev.Rows = append(ev.Rows, rec.row)
	}
	if rd.err != nil {
		return Events{}, rd.err
	}
	ev.Replaced = rd.replaced
	return ev, nil
}

func readDate(cell string, dates DateParser) (goal.Date, *cellFailure) {
	s := strings.TrimSpace(cell)
	if d, err := goal.ParseDate(normalizeCell(s)); err == nil && d.Precision >= goal.PrecisionMonth {
		return d, nil
	}
	if dates == nil {
		return goal.Date{}, &cellFailure{ErrNoParser, fmt.Errorf("a DateParser is needed for this form")}
	}
	d, err := dates.ParseDate(s)
	if err != nil {
		return goal.Date{}, &cellFailure{ErrDate, err}
	}
	if err := d.Validate(); err != nil || d.IsZero() {
		return goal.Date{}, &cellFailure{ErrDate, err}
	}
	return d, nil
}
