package parse

import (
	"time"

	"github.com/policygoal/policygoal/goal"
)

// dateConfig is the Parser's date settings (the Parser field dates).
type dateConfig struct {
	// ref is the reference time relative dates are read against (今年度,
	// this fiscal year; 年度内に, within the fiscal year); zero: not set,
	// and relative dates stay unresolved.
	ref time.Time
}

// referenceFiscalYear is the fiscal year of the reference time, 0 when
// none is set.
func (c dateConfig) referenceFiscalYear() goal.FiscalYear {
	if c.ref.IsZero() {
		return 0
	}
	return goal.FiscalYearOf(c.ref)
}

// WithReferenceTime sets the time relative dates are read against: a
// target 「年度内に」 (within the fiscal year) or 「今年度中に」 (during this
// fiscal year) gets the fiscal year of t (in t's location) as its deadline,
// 「来年度までに」 (by next fiscal year) the one after. Without it such
// deadlines are left unset; the parser never reads the clock. The zero time
// is an error.
func WithReferenceTime(t time.Time) Option {
	return func(p *Parser) error {
		if t.IsZero() {
			return &OptionError{Option: "WithReferenceTime", Reason: "zero time"}
		}
		p.dates.ref = t
		return nil
	}
}
