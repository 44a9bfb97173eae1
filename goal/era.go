package goal

import (
	"errors"
	"strconv"
)

// Era is a Japanese era (元号, gengō) of the modern calendar: years are
// counted from 1 (元年, gannen, "first year") in the year the era began.
type Era uint8

// The eras since the Gregorian calendar's adoption era. The zero value,
// EraUnset, means "no era" (a Western year).
const (
	EraUnset Era = iota
	Meiji        // 明治, M, ㍾: from 1868-01-25 (Gregorian), year 1 = 1868
	Taisho       // 大正, T, ㍽: from 1912-07-30
	Showa        // 昭和, S, ㍼: from 1926-12-25
	Heisei       // 平成, H, ㍻: from 1989-01-08
	Reiwa        // 令和, R, ㋿: from 2019-05-01
)

// ErrEraYear is wrapped by errors about an era year that does not exist:
// year 0 or below, or a month or day before the era began (平成元年1月7日 —
// that day was 昭和64年1月7日).
var ErrEraYear = errors.New("invalid era year")

// eraInfo is one row of the era table.
type eraInfo struct {
	name   string // 明治
	abbrev byte   // M
	sign   rune   // ㍾ (U+337E), one character for the era name
	start  Date   // first day, day precision
	ascii  string // meiji
}

// eras is the era table, indexed by Era. Meiji's start is the Gregorian date
// of the lunar new year of Meiji 1 (the era was proclaimed later in 1868 and
// applied from that new year); dates before 1873 were lunar, so day-level
// arithmetic in early Meiji is Gregorian by convention, not by record.
var eras = [...]eraInfo{
	{},
	{"明治", 'M', '㍾', Date{1868, 1, 25, PrecisionDay}, "meiji"},
	{"大正", 'T', '㍽', Date{1912, 7, 30, PrecisionDay}, "taisho"},
	{"昭和", 'S', '㍼', Date{1926, 12, 25, PrecisionDay}, "showa"},
	{"平成", 'H', '㍻', Date{1989, 1, 8, PrecisionDay}, "heisei"},
	{"令和", 'R', '㋿', Date{2019, 5, 1, PrecisionDay}, "reiwa"},
}

// Eras lists the known eras, oldest first.
func Eras() []Era { return []Era{Meiji, Taisho, Showa, Heisei, Reiwa} }

func (e Era) known() bool { return e > EraUnset && int(e) < len(eras) }

// String returns the romanized lowercase name ("reiwa"); unset or unknown
// values print as Era(N).
func (e Era) String() string {
	if e.known() {
		return eras[e].ascii
	}
	return "Era(" + strconv.Itoa(int(e)) + ")"
}

// Name returns the era's name in kanji (令和), or "" for an unknown era.
func (e Era) Name() string {
	if e.known() {
		return eras[e].name
	}
	return ""
}

// Abbrev returns the one-letter abbreviation used in tables and forms (R for
// 令和, as in R6.10.1), or 0 for an unknown era.
func (e Era) Abbrev() byte {
	if e.known() {
		return eras[e].abbrev
	}
	return 0
}

// Sign returns the single-character era sign (㋿ for 令和), or 0.
func (e Era) Sign() rune {
	if e.known() {
		return eras[e].sign
	}
	return 0
}

// Start returns the era's first day (day precision), or the zero Date.
func (e Era) Start() Date {
	if e.known() {
		return eras[e].start
	}
	return Date{}
}

// End returns the era's last day (the day before the next era began), or
// the zero Date for the current era and unknown ones.
func (e Era) End() Date {
	if !e.known() || int(e)+1 >= len(eras) {
		return Date{}
	}
	return addDays(eras[e+1].start, -1)
}

// EraByName returns the era named s: the kanji name (令和), the one-letter
// abbreviation in either case (R, r), the era sign (㋿) or the romanized name
// (reiwa). ok is false for anything else.
func EraByName(s string) (e Era, ok bool) {
	for i := 1; i < len(eras); i++ {
		x := eras[i]
		switch {
		case s == x.name, s == x.ascii, s == string(x.sign),
			len(s) == 1 && (s[0] == x.abbrev || s[0] == x.abbrev+'a'-'A'):
			return Era(i), true
		}
	}
	return EraUnset, false
}

// Year returns the Western year of era year n (1 = 元年). Years past the
// era's end are valid arithmetic (平成32年 is 2020: plans written before 2019
// count on in 平成). n below 1, or an unknown era, is an error wrapping
// ErrEraYear.
func (e Era) Year(n int) (int, error) {
	if !e.known() {
		return 0, &eraError{era: e, year: n, why: "unknown era"}
	}
	if n < 1 {
		return 0, &eraError{era: e, year: n, why: "era years start at 1 (元年)"}
	}
	y := eras[e].start.Year + n - 1
	if y > MaxYear {
		return 0, &eraError{era: e, year: n, why: "year out of range"}
	}
	return y, nil
}

// Date returns the date of era year n, month and day (month 0: year
// precision; day 0: month precision, as NewDate). A month or day wholly
// before the era began is an error wrapping ErrEraYear (平成元年1月7日 was
// 昭和64年1月7日; 平成元年1月 is valid, as part of January 1989 was 平成).
// Days after the era's end are accepted, like years. A date that does not
// exist wraps ErrInvalidDate.
func (e Era) Date(n, month, day int) (Date, error) {
	y, err := e.Year(n)
	if err != nil {
		return Date{}, err
	}
	d, err := NewDate(y, month, day)
	if err != nil {
		return Date{}, err
	}
	if d.Last().Compare(eras[e].start) < 0 {
		return Date{}, &eraError{era: e, year: n, why: d.String() + " is before the era began (" + eras[e].start.String() + ")"}
	}
	return d, nil
}

// eraError is the error Year and Date return.
type eraError struct {
	era  Era
	year int
	why  string
}

func (e *eraError) Error() string {
	return "goal: " + e.era.String() + " year " + strconv.Itoa(e.year) + ": " + e.why
}

func (e *eraError) Unwrap() error { return ErrEraYear }

// EraOf returns the era in force on the day-precision date d and its era
// year; EraUnset and 0 before Meiji or for an invalid date. For coarser
// dates see EraOfYear.
func EraOf(d Date) (Era, int) {
	if d.Validate() != nil {
		return EraUnset, 0
	}
	d = d.First()
	for i := len(eras) - 1; i >= 1; i-- {
		if eras[i].start.Compare(d) <= 0 {
			return Era(i), d.Year - eras[i].start.Year + 1
		}
	}
	return EraUnset, 0
}

// EraOfYear returns the era a Western year is named in and its era year:
// the era in force at the end of that year, so a year in which an era began
// takes the new era's 元年 (2019 is 令和元年, 1989 平成元年, 1926 昭和元年).
// EraUnset and 0 before Meiji.
func EraOfYear(year int) (Era, int) {
	return EraOf(Date{Year: year, Month: 12, Day: 31, Precision: PrecisionDay})
}

// FormatEraYear writes era year n as the Japanese do: 元 for 1, digits
// otherwise ("令和元", "令和6").
func FormatEraYear(e Era, n int) string {
	if n == 1 {
		return e.Name() + "元"
	}
	return e.Name() + strconv.Itoa(n)
}

// addDays moves a valid day-precision date by n days.
func addDays(d Date, n int) Date {
	t := d.Time(nil).AddDate(0, 0, n)
	return DateOf(t)
}
