package goal

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// FiscalQuarter is a quarter (四半期) of a Japanese fiscal year: Q1 is
// April–June, Q2 July–September, Q3 October–December and Q4 January–March of
// the following Western year. The zero value means "unset".
type FiscalQuarter struct {
	Year    FiscalYear
	Quarter int // 1–4
}

// FiscalQuarterOf returns the fiscal quarter the calendar day of t (in t's
// location) falls in: 2024-01-15 is FY2023-Q4.
func FiscalQuarterOf(t time.Time) FiscalQuarter {
	q, _ := DateOf(t).FiscalQuarter()
	return q
}

// Valid reports whether the year is valid and Quarter is 1–4.
func (q FiscalQuarter) Valid() bool { return q.Year.Valid() && q.Quarter >= 1 && q.Quarter <= 4 }

// Start returns the quarter's first day; the zero Date when invalid.
func (q FiscalQuarter) Start() Date {
	if !q.Valid() {
		return Date{}
	}
	y, m := q.firstMonth()
	return Date{Year: y, Month: m, Day: 1, Precision: PrecisionDay}
}

// End returns the quarter's last day; the zero Date when invalid.
func (q FiscalQuarter) End() Date {
	if !q.Valid() {
		return Date{}
	}
	y, m := q.firstMonth()
	m += 2
	return Date{Year: y, Month: m, Day: DaysIn(y, m), Precision: PrecisionDay}
}

func (q FiscalQuarter) firstMonth() (year, month int) {
	if q.Quarter == 4 {
		return int(q.Year) + 1, 1
	}
	return int(q.Year), 4 + 3*(q.Quarter-1)
}

// Contains reports whether the calendar day of t falls in the quarter.
func (q FiscalQuarter) Contains(t time.Time) bool { return q.Valid() && FiscalQuarterOf(t) == q }

// ContainsDate reports whether every day d covers falls in the quarter:
// true for a day or month inside it, false for year-precision and invalid
// dates.
func (q FiscalQuarter) ContainsDate(d Date) bool {
	if d.Validate() != nil {
		return false
	}
	got, ok := d.FiscalQuarter()
	return ok && q.Valid() && got == q
}

// Next returns the following quarter (FY2023-Q4 → FY2024-Q1).
func (q FiscalQuarter) Next() FiscalQuarter {
	if q.Quarter >= 4 {
		return FiscalQuarter{Year: q.Year + 1, Quarter: 1}
	}
	return FiscalQuarter{Year: q.Year, Quarter: q.Quarter + 1}
}

// String returns "FY2023-Q1"; "" for the zero value and
// "FiscalQuarter(Y,Q)" for other invalid values.
func (q FiscalQuarter) String() string {
	if q == (FiscalQuarter{}) {
		return ""
	}
	if !q.Valid() {
		return "FiscalQuarter(" + strconv.Itoa(int(q.Year)) + "," + strconv.Itoa(q.Quarter) + ")"
	}
	return "FY" + strconv.Itoa(int(q.Year)) + "-Q" + strconv.Itoa(q.Quarter)
}

// MarshalText writes String's form; invalid values (the zero value
// included) are errors.
func (q FiscalQuarter) MarshalText() ([]byte, error) {
	if !q.Valid() {
		return nil, fmt.Errorf("goal: cannot marshal %s", q.String())
	}
	return []byte(q.String()), nil
}

// UnmarshalText reads "FY2023-Q1"; "" is the zero value.
func (q *FiscalQuarter) UnmarshalText(text []byte) error {
	s := string(text)
	if s == "" {
		*q = FiscalQuarter{}
		return nil
	}
	rest, ok := strings.CutPrefix(s, "FY")
	ys, qs, ok2 := strings.Cut(rest, "-Q")
	var y FiscalYear
	err1 := y.UnmarshalText([]byte(ys)) // canonical: no sign, no leading zero
	n, err2 := strconv.Atoi(qs)
	v := FiscalQuarter{Year: y, Quarter: n}
	if !ok || !ok2 || err1 != nil || err2 != nil || !v.Valid() || len(qs) != 1 || qs[0] < '0' || qs[0] > '9' {
		return fmt.Errorf("goal: bad fiscal quarter %s: want FY2023-Q1", excerpt.Quote(s))
	}
	*q = v
	return nil
}
