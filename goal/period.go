package goal

// Period is the unit of time a frequency or a per-period count refers to.
type Period uint8

// The periods. The zero value, PeriodUnset, means "not per any period".
const (
	PeriodUnset      Period = iota
	PeriodDay               // 日, 毎日 (every day)
	PeriodWeek              // 週, 毎週 (every week)
	PeriodMonth             // 月, 毎月 (every month)
	PeriodQuarter           // 四半期 (a quarter of a year)
	PeriodHalfYear          // 半年, 半期 (half a year)
	PeriodYear              // 年, 年間 (a year)
	PeriodFiscalYear        // 年度, 毎年度 (a fiscal year, April to March)
)

var periodNames = []string{"", "day", "week", "month", "quarter", "half_year", "year", "fiscal_year"}

// periodsPerYear is how many of each period fit in a year.
var periodsPerYear = []float64{0, 365, 52, 12, 4, 2, 1, 1}

// String returns the lowercase name used in JSON ("month", …).
func (p Period) String() string { return enumName("Period", periodNames, uint8(p)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (p Period) MarshalText() ([]byte, error) { return enumMarshal("Period", periodNames, uint8(p)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is PeriodUnset.
func (p *Period) UnmarshalText(text []byte) error {
	return enumUnmarshal(p, "Period", periodNames, text)
}

// PerYear is how many periods of p make a year (12 for PeriodMonth); 0 for
// unset or unknown values. A day is counted as 1/365 of a year and a week as
// 1/52.
func (p Period) PerYear() float64 {
	if int(p) < len(periodsPerYear) {
		return periodsPerYear[p]
	}
	return 0
}
