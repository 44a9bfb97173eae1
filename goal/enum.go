package goal

import (
	"fmt"
	"strconv"
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
// back. Struct fields of enum type use omitempty to leave unset values out.
func enumMarshal(typ string, names []string, v uint8) ([]byte, error) {
	if v == 0 || int(v) >= len(names) {
		return nil, fmt.Errorf("goal: cannot marshal %s", enumName(typ, names, v))
	}
	return []byte(names[v]), nil
}

// enumUnmarshal is the inverse of enumMarshal. The empty string yields the
// zero value ("unset").
func enumUnmarshal(typ string, names []string, text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(names); i++ {
		if names[i] == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("goal: unknown %s %s", typ, quoteExcerpt(string(text)))
}
