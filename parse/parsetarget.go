package parse

import (
	"errors"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/excerpt"
)

// Sentinel errors of ParseTarget.
var (
	// ErrNoTarget: the text states no target.
	ErrNoTarget = errors.New("no target")
	// ErrManyTargets: the text states more than one target.
	ErrManyTargets = errors.New("more than one target")
)

// TargetError reports a text ParseTarget cannot read as one target.
type TargetError struct {
	Input string
	Found int   // how many targets the text states
	Err   error // ErrNoTarget or ErrManyTargets
}

func (e *TargetError) Error() string {
	s := "parse: " + excerpt.Quote(e.Input) + ": " + e.Err.Error()
	if e.Found > 1 {
		s += " (" + strconv.Itoa(e.Found) + ")"
	}
	return s
}

// Unwrap returns the sentinel.
func (e *TargetError) Unwrap() error { return e.Err }

// ParseTarget reads a text that states exactly one target, such as a KPI
// table cell: 「99.0%以上」, 「月1回以上」, 「50件」. Spaces around it are
// allowed; the span is into s as given. A text with no target, or with
// more than one, is a *TargetError wrapping ErrNoTarget or ErrManyTargets;
// a text over the parser's maximum is an *InputError wrapping ErrTooLong.
// A plain number (「50」) states no target: its unit and comparator are
// unknown, so callers that accept bare numbers read them themselves.
func (p *Parser) ParseTarget(s string) (goal.Target, error) {
	ex, err := p.Extract(s)
	if err != nil {
		return goal.Target{}, err
	}
	switch len(ex.Targets) {
	case 1:
		return ex.Targets[0], nil
	case 0:
		return goal.Target{}, &TargetError{Input: strings.TrimSpace(s), Err: ErrNoTarget}
	}
	return goal.Target{}, &TargetError{Input: strings.TrimSpace(s), Found: len(ex.Targets), Err: ErrManyTargets}
}
