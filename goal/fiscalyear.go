package goal

import (
	"fmt"
	"strconv"
	"time"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// FiscalYear is a Japanese fiscal year (年度), 1 April to 31 March, named by
// the Western year in which it starts: 令和6年度 is FiscalYear(2024). The
// zero value means "unset".
type FiscalYear int

// FiscalYearOf returns the fiscal year the calendar day of t (in t's own
// location) falls in: 2025-03-31 is FY2024, 2025-04-01 is FY2025.
func FiscalYearOf(t time.Time) FiscalYear {
	y, m, _ := t.Date()
	if m >= time.April {
		return FiscalYear(y)
	}
	return FiscalYear(y - 1)
}

// Valid reports whether fy is a year from MinYear to MaxYear (so the zero
// value is not valid).
func (fy FiscalYear) Valid() bool { return fy >= MinYear && fy <= MaxYear }

// Start returns 1 April of the fiscal year (day precision); the zero Date
// for an invalid fiscal year.
func (fy FiscalYear) Start() Date {
	if !fy.Valid() {
		return Date{}
	}
	return Date{Year: int(fy), Month: 4, Day: 1, Precision: PrecisionDay}
}

// End returns 31 March of the following Western year (day precision); the
// zero Date for an invalid fiscal year.
func (fy FiscalYear) End() Date {
	if !fy.Valid() {
		return Date{}
	}
	return Date{Year: int(fy) + 1, Month: 3, Day: 31, Precision: PrecisionDay}
}

// Contains reports whether the calendar day of t (in t's location) falls in
// the fiscal year.
func (fy FiscalYear) Contains(t time.Time) bool { return fy.Valid() && FiscalYearOf(t) == fy }

// ContainsDate reports whether every day d covers falls in the fiscal year:
// true for a day or month inside it, false for a year-precision date (a
// calendar year straddles two fiscal years) and for invalid dates.
func (fy FiscalYear) ContainsDate(d Date) bool {
	if d.Validate() != nil {
		return false
	}
	got, ok := d.FiscalYear()
	return ok && fy.Valid() && got == fy
}

// Quarter returns the fiscal year's quarter q (1–4): Q1 is April–June, Q4
// January–March of the next Western year. Other q give an invalid
// FiscalQuarter (see FiscalQuarter.Valid).
func (fy FiscalYear) Quarter(q int) FiscalQuarter { return FiscalQuarter{Year: fy, Quarter: q} }

// Era returns the era the fiscal year is named in and its era year: the
// era in force at the end of the calendar year in which it starts
// (EraOfYear), so FY2019 is 令和元年度 (the usage the government adopted)
// and FY1988 昭和63年度. EraUnset before Meiji.
func (fy FiscalYear) Era() (Era, int) { return EraOfYear(int(fy)) }

// String returns the era form 「令和6年度」 (元年度 for an era's first
// year); a fiscal year before Meiji prints as 「1850年度」 and an invalid one
// (including the zero value) as "FiscalYear(N)".
func (fy FiscalYear) String() string {
	if !fy.Valid() {
		return "FiscalYear(" + strconv.Itoa(int(fy)) + ")"
	}
	e, n := fy.Era()
	if e == EraUnset {
		return strconv.Itoa(int(fy)) + "年度"
	}
	return FormatEraYear(e, n) + "年度"
}

// Western returns the Western form 「2024年度」.
func (fy FiscalYear) Western() string { return strconv.Itoa(int(fy)) + "年度" }

// MarshalText renders the year as "YYYY" (JSON "2024"). The zero value is an
// error; leave it out with omitempty.
func (fy FiscalYear) MarshalText() ([]byte, error) {
	if !fy.Valid() {
		return nil, fmt.Errorf("goal: cannot marshal FiscalYear(%d)", int(fy))
	}
	return []byte(strconv.Itoa(int(fy))), nil
}

// UnmarshalText reads the year as MarshalText writes it: 1 to 9999 in
// decimal digits, no sign and no leading zero ("2024", not "+2024",
// "02024" or "10000"); "" is the zero value.
func (fy *FiscalYear) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*fy = 0
		return nil
	}
	n := 0
	for i, c := range text {
		if c < '0' || c > '9' || i == 0 && c == '0' || i >= 4 {
			return fmt.Errorf("goal: bad fiscal year %s: want 1 to 9999 in canonical form", excerpt.Quote(string(text)))
		}
		n = n*10 + int(c-'0')
	}
	*fy = FiscalYear(n)
	return nil
}
