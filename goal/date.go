package goal

import (
	"errors"
	"strconv"
	"time"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// Precision says how much of a Date is known.
type Precision uint8

// The precisions. The zero value, PrecisionUnset, marks the zero Date.
const (
	PrecisionUnset Precision = iota
	PrecisionYear            // 2022年, 令和4年
	PrecisionMonth           // 令和4年6月
	PrecisionDay             // 2022年9月12日
)

var precisionNames = []string{"", "year", "month", "day"}

// String returns "year", "month" or "day"; unset or unknown values print as
// Precision(N).
func (p Precision) String() string { return enumName("Precision", precisionNames, uint8(p)) }

// ErrInvalidDate is wrapped by every error about a date that cannot exist:
// year 0, month 13, 30 February, a precision that does not match the fields.
var ErrInvalidDate = errors.New("invalid date")

// MinYear and MaxYear bound the years a Date or FiscalYear can hold, so that
// every value prints as four digits ("YYYY") and reads back.
const (
	MinYear = 1
	MaxYear = 9999
)

// Date is a calendar date known to a year, a month or a day, in the
// proleptic Gregorian calendar. Fields finer than Precision are zero. The
// zero value means "unset".
//
// Build one with NewDate (which validates) or as a literal checked with
// Validate. Text form (String, MarshalText, JSON): "2022", "2022-09" or
// "2022-09-12".
type Date struct {
	Year      int
	Month     int // 1–12 when Precision ≥ PrecisionMonth
	Day       int // 1–31 when Precision is PrecisionDay
	Precision Precision
}

// NewDate returns the date of the given year, month and day; month 0 means
// "only the year is known" (PrecisionYear) and day 0 "only the month"
// (PrecisionMonth). A day without a month, or a date that does not exist
// (year outside MinYear–MaxYear, month 13, 30 February), is an error wrapping
// ErrInvalidDate.
func NewDate(year, month, day int) (Date, error) {
	d := Date{Year: year, Month: month, Day: day, Precision: PrecisionDay}
	switch {
	case month == 0 && day == 0:
		d.Precision = PrecisionYear
	case day == 0:
		d.Precision = PrecisionMonth
	}
	if err := d.Validate(); err != nil {
		return Date{}, err
	}
	return d, nil
}

// DateOf returns the day-precision date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: int(m), Day: d, Precision: PrecisionDay}
}

// IsZero reports whether d is the zero (unset) Date; with it the JSON tag
// option omitzero leaves unset dates out.
func (d Date) IsZero() bool { return d == Date{} }

// Validate reports whether d is a date that exists, with the fields its
// Precision says are known and zeros in the others. The zero Date is not
// valid. Errors wrap ErrInvalidDate.
func (d Date) Validate() error {
	bad := func(why string) error { return &dateError{d: d, why: why} }
	switch d.Precision {
	case PrecisionYear:
		if d.Month != 0 || d.Day != 0 {
			return bad("month or day set on a year-precision date")
		}
	case PrecisionMonth:
		if d.Day != 0 {
			return bad("day set on a month-precision date")
		}
	case PrecisionDay:
	default:
		return bad("precision unset")
	}
	if d.Year < MinYear || d.Year > MaxYear {
		return bad("year out of range")
	}
	if d.Precision >= PrecisionMonth && (d.Month < 1 || d.Month > 12) {
		return bad("month out of range")
	}
	if d.Precision == PrecisionDay && (d.Day < 1 || d.Day > DaysIn(d.Year, d.Month)) {
		return bad("day out of range")
	}
	return nil
}

// dateError is the error Validate returns.
type dateError struct {
	d   Date
	why string
}

// Error names the date as a user wrote it (2023-13-01, 2023-02, 2023), not
// as a Go struct.
func (e *dateError) Error() string {
	two := func(n int) string {
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	s := strconv.Itoa(e.d.Year)
	switch {
	case e.d.Precision == PrecisionDay || e.d.Day != 0:
		s += "-" + two(e.d.Month) + "-" + two(e.d.Day)
	case e.d.Precision == PrecisionMonth || e.d.Month != 0:
		s += "-" + two(e.d.Month)
	}
	return "goal: invalid date " + s + ": " + e.why
}

func (e *dateError) Unwrap() error { return ErrInvalidDate }

// DaysIn returns the number of days in the month (1–12) of year in the
// Gregorian calendar; 0 for a month out of range.
func DaysIn(year, month int) int {
	switch month {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 0
}

// String returns "2022", "2022-09" or "2022-09-12" by precision, and "" for
// the zero Date. An invalid date prints its fields all the same.
func (d Date) String() string {
	if d.Precision == PrecisionUnset {
		return ""
	}
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Year, 4)
	if d.Precision >= PrecisionMonth {
		b = append(b, '-')
		b = appendPadded(b, d.Month, 2)
	}
	if d.Precision >= PrecisionDay {
		b = append(b, '-')
		b = appendPadded(b, d.Day, 2)
	}
	return string(b)
}

func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ParseDate reads the text form String writes: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD" with exactly four, two and two digits. Anything else, or a
// date that does not exist, is an error wrapping ErrInvalidDate. (Package
// parse reads the Japanese forms.)
func ParseDate(s string) (Date, error) {
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, true
	}
	var y, m, d int
	ok := true
	switch len(s) {
	case 4:
		y, ok = num(s)
	case 7:
		var ok2 bool
		y, ok = num(s[:4])
		m, ok2 = num(s[5:])
		ok = ok && ok2 && s[4] == '-'
	case 10:
		var ok2, ok3 bool
		y, ok = num(s[:4])
		m, ok2 = num(s[5:7])
		d, ok3 = num(s[8:])
		ok = ok && ok2 && ok3 && s[4] == '-' && s[7] == '-'
	default:
		ok = false
	}
	if !ok {
		return Date{}, &dateTextError{text: s}
	}
	if len(s) > 4 && m == 0 || len(s) > 7 && d == 0 {
		return Date{}, &dateTextError{text: s}
	}
	return NewDate(y, m, d)
}

type dateTextError struct{ text string }

func (e *dateTextError) Error() string {
	return "goal: bad date " + excerpt.Quote(e.text) + ": want YYYY, YYYY-MM or YYYY-MM-DD"
}

func (e *dateTextError) Unwrap() error { return ErrInvalidDate }

// MarshalText writes String's form. The zero Date and invalid dates are
// errors; leave unset dates out with omitzero.
func (d Date) MarshalText() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads String's form; "" is the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// First returns the first day the date covers: d itself at day precision,
// the 1st of the month, or 1 January. The zero Date gives the zero Date.
func (d Date) First() Date {
	first, _ := d.days()
	return first
}

// Last returns the last day the date covers: d itself at day precision, the
// last day of the month, or 31 December. The zero Date gives the zero Date.
func (d Date) Last() Date {
	_, last := d.days()
	return last
}

// days returns the first and the last day d covers, at day precision; a
// date at day precision, and the zero Date, cover only themselves.
func (d Date) days() (first, last Date) {
	day := func(month, day int) Date { return Date{Year: d.Year, Month: month, Day: day, Precision: PrecisionDay} }
	switch d.Precision {
	case PrecisionYear:
		return day(1, 1), day(12, 31)
	case PrecisionMonth:
		return day(d.Month, 1), day(d.Month, DaysIn(d.Year, d.Month))
	}
	return d, d
}

// Time returns the first instant the date covers (midnight of First) in loc;
// a nil loc means UTC. The zero Date gives the zero time.Time.
func (d Date) Time(loc *time.Location) time.Time {
	if d.Precision == PrecisionUnset {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	f := d.First()
	return time.Date(f.Year, time.Month(f.Month), f.Day, 0, 0, 0, 0, loc)
}

// Contains reports whether the calendar day of t (in t's location) falls
// within the days d covers. The zero Date contains nothing.
func (d Date) Contains(t time.Time) bool {
	if d.Precision == PrecisionUnset {
		return false
	}
	day := DateOf(t)
	first, last := d.days()
	return first.Compare(day) <= 0 && day.Compare(last) <= 0
}

// Compare orders dates by their first day, then coarser precision first
// (2022 < 2022-01 < 2022-01-01 < 2022-01-02). It returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	a, b := d.First(), e.First()
	for _, c := range [...][2]int{{a.Year, b.Year}, {a.Month, b.Month}, {a.Day, b.Day}, {int(d.Precision), int(e.Precision)}} {
		if c[0] < c[1] {
			return -1
		}
		if c[0] > c[1] {
			return +1
		}
	}
	return 0
}

// FiscalYear returns the fiscal year (April to March) the date falls in. A
// year-precision date straddles two fiscal years, so ok is false for it and
// for the zero Date.
func (d Date) FiscalYear() (fy FiscalYear, ok bool) {
	if d.Precision < PrecisionMonth {
		return 0, false
	}
	if d.Month >= 4 {
		return FiscalYear(d.Year), true
	}
	return FiscalYear(d.Year - 1), true
}

// FiscalQuarter returns the fiscal quarter the date falls in; ok is false
// for year-precision and zero dates.
func (d Date) FiscalQuarter() (q FiscalQuarter, ok bool) {
	fy, ok := d.FiscalYear()
	if !ok {
		return FiscalQuarter{}, false
	}
	return FiscalQuarter{Year: fy, Quarter: quarterOfMonth(d.Month)}, true
}

// quarterOfMonth is the fiscal quarter (1–4) of a month: April–June is 1,
// January–March is 4.
func quarterOfMonth(m int) int { return ((m+8)%12)/3 + 1 }
