package goal

import (
	"fmt"
	"strconv"
)

// FiscalYear is a Japanese fiscal year (年度), 1 April to 31 March, named by
// the Western year in which it starts: 令和6年度 is FiscalYear(2024). The
// zero value means "unset".
type FiscalYear int

// MarshalText renders the year as "YYYY" (JSON "2024"). The zero value is an
// error; leave it out with omitempty.
func (fy FiscalYear) MarshalText() ([]byte, error) {
	if fy <= 0 {
		return nil, fmt.Errorf("goal: cannot marshal FiscalYear(%d)", int(fy))
	}
	return []byte(strconv.Itoa(int(fy))), nil
}

// UnmarshalText reads "YYYY"; "" is the zero value.
func (fy *FiscalYear) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*fy = 0
		return nil
	}
	n, err := strconv.Atoi(string(text))
	if err != nil || n <= 0 {
		return fmt.Errorf("goal: bad fiscal year %q", text)
	}
	*fy = FiscalYear(n)
	return nil
}
