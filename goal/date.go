package goal

// Precision says how much of a Date is known.
type Precision uint8

// The precisions. The zero value, PrecisionUnset, marks the zero Date.
const (
	PrecisionUnset Precision = iota
	PrecisionYear            // 2022年, 令和4年
	PrecisionMonth           // 令和4年6月
	PrecisionDay             // 2022年9月12日
)

// Date is a calendar date known to a year, a month or a day, in the
// proleptic Gregorian calendar. Fields finer than Precision are zero. The
// zero value means "unset".
type Date struct {
	Year      int
	Month     int // 1–12 when Precision ≥ PrecisionMonth
	Day       int // 1–31 when Precision is PrecisionDay
	Precision Precision
}
