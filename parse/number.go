package parse

import "github.com/policygoal/policygoal/internal/jtext"

// number is a numeral read from folded text (see jtext.ReadNumber).
type number = jtext.Number

func parseNumber(s string, i int) (number, bool) { return jtext.ReadNumber(s, i) }
