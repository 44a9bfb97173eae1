package kpi

import (
	"fmt"
	"io"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/textenc"
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
// taken as a header when its first cell is not a date. Encodings and limits
// are as for ReadTable (maxBytes 0 means DefaultMaxTableBytes).
//
// A row whose date cannot be read is a *CellError (wrapping ErrDate,
// ErrNoParser or ErrCSV) in Events.Errors and is skipped; the returned
// error is for input that cannot be read at all (a read error or
// ErrTooLarge).
func ReadEvents(r io.Reader, dates DateParser, maxBytes int) (Events, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxTableBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
	if err != nil {
		return Events{}, fmt.Errorf("kpi: reading events: %w", err)
	}
	if len(data) > maxBytes {
		return Events{}, fmt.Errorf("kpi: events over %d bytes: %w", maxBytes, ErrTooLarge)
	}
	dec, err := textenc.Decode(data, textenc.Auto)
	if err != nil {
		return Events{}, fmt.Errorf("kpi: decoding events: %w", err)
	}
	ev := Events{Encoding: dec.Encoding.String(), Replaced: dec.Replaced}
	rd := newRecordReader(dec.Text)
	first := true
	for {
		rec, ok := rd.next()
		if !ok {
			break
		}
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
			if first {
				ev.Header = rec.cells
				first = false
				continue
			}
			header := ""
			if len(ev.Header) > 0 {
				header = ev.Header[0]
			}
			ev.Errors = append(ev.Errors, &CellError{Row: rec.row, Column: 1, Header: header,
				Value: rec.cells[0], Err: cerr.sentinel, Cause: cerr.cause})
			continue
		}
		first = false
		ev.Dates = append(ev.Dates, d)
		ev.Rows = append(ev.Rows, rec.row)
	}
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
