package goal

import "strconv"

// Year is the year a figure refers to: a fiscal year (年度, April to March,
// named by the Western year it starts in) or, when Calendar is set, a
// calendar year (年). The two are kept apart because 「令和2年」 and
// 「令和2年度」 are different periods (January–December 2020 against April
// 2020–March 2021).
//
// The zero value is unset (the text states no year).
type Year struct {
	Value    int  // the Western year, 1–9999; 0 is unset
	Calendar bool // written as 年 (calendar year), not 年度
}

// IsZero reports whether the year is unset.
func (y Year) IsZero() bool { return y.Value == 0 }

// String is "2024" for a fiscal year, "2024年" for a calendar year, "" when unset.
func (y Year) String() string {
	if y.Value == 0 {
		return ""
	}
	s := strconv.Itoa(y.Value)
	if y.Calendar {
		s += "年"
	}
	return s
}

// FiscalYear is the fiscal year of the value: Value itself for a fiscal year,
// and for a calendar year the fiscal year it mostly lies in (its April to
// December), which is also Value. Zero when unset.
func (y Year) FiscalYear() FiscalYear { return FiscalYear(y.Value) }

// yearJSON is the JSON form of a year: "YYYY" (or "" when unset) and
// whether it is a calendar year.
func yearJSON(y Year) (string, bool) {
	if y.Value == 0 {
		return "", false
	}
	return strconv.Itoa(y.Value), y.Calendar
}

// yearFromJSON reads the form yearJSON writes; a year outside 1–9999 is an
// error wrapping ErrInvalidDate.
func yearFromJSON(s string, calendar bool) (Year, error) {
	if s == "" {
		return Year{}, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 9999 {
		return Year{}, &yearError{s}
	}
	return Year{Value: n, Calendar: calendar}, nil
}

type yearError struct{ text string }

func (e *yearError) Error() string {
	return "goal: year " + strconv.Quote(e.text) + ": " + ErrInvalidDate.Error()
}
func (e *yearError) Unwrap() error { return ErrInvalidDate }

// YearOf is the year a date mention names when it names a year: a fiscal
// year (年度, Calendar false) or a calendar year (年 with no month,
// Calendar true). A range gives its last year. A date with a month or a day
// is not a year of a figure: ok is false.
func YearOf(d DateMention) (y Year, ok bool) {
	switch d.Kind {
	case DateKindFiscalYear:
		fy := d.FiscalYear
		if d.ThroughFiscalYear != 0 {
			fy = d.ThroughFiscalYear
		}
		return Year{Value: int(fy)}, true
	case DateKindDate:
		if d.Date.Precision == PrecisionYear && d.ThroughDate.Precision == PrecisionUnset {
			return Year{Value: d.Date.Year, Calendar: true}, true
		}
	}
	return Year{}, false
}
