package kpi

import (
	"fmt"
	"strconv"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// enumName returns names[v] for a known value, and Type(v) otherwise, so
// String never panics on a value built by conversion.
func enumName(typ string, names []string, v uint8) string {
	if int(v) < len(names) && names[v] != "" {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// enumMarshal renders a known, set value as its name; the zero value and
// unknown values are errors, because they have no name a reader could parse
// back.
func enumMarshal(typ string, names []string, v uint8) ([]byte, error) {
	if v == 0 || int(v) >= len(names) {
		return nil, fmt.Errorf("kpi: cannot marshal %s", enumName(typ, names, v))
	}
	return []byte(names[v]), nil
}

// enumUnmarshal is the inverse of enumMarshal; "" yields the zero value.
func enumUnmarshal(typ string, names []string, text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(names); i++ {
		if names[i] == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("kpi: unknown %s %s", typ, excerpt.Quote(string(text)))
}
