// Package enumtext holds the text form shared by the project's small
// enumerations (goal.Comparator, goal.BlockKind, kpi.Status …): a table of
// lowercase names indexed by the value, where index 0 is the unset value.
//
// It exists so that goal and kpi, which must not import each other, render
// and read their enums by one set of rules. It uses only the standard
// library, so goal stays free of third-party imports.
package enumtext

import (
	"fmt"
	"strconv"

	"github.com/policygoal/policygoal/internal/excerpt"
)

// Name returns names[v] for a known value, and Type(v) otherwise, so String
// never panics on a value built by conversion.
func Name(typ string, names []string, v uint8) string {
	if int(v) < len(names) && names[v] != "" {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal renders a known, set value as its name. The zero value and unknown
// values are errors, because they have no name a reader could parse back;
// struct fields of enum type use omitempty to leave unset values out. pkg
// prefixes the error ("goal", "kpi").
func Marshal(pkg, typ string, names []string, v uint8) ([]byte, error) {
	if v == 0 || int(v) >= len(names) {
		return nil, fmt.Errorf("%s: cannot marshal %s", pkg, Name(typ, names, v))
	}
	return []byte(names[v]), nil
}

// Unmarshal is the inverse of Marshal. The empty string yields the zero value
// ("unset"); an unknown name is an error prefixed with pkg, quoting at most
// excerpt.MaxBytes of the text.
func Unmarshal(pkg, typ string, names []string, text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(names); i++ {
		if names[i] == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %s", pkg, typ, excerpt.Quote(string(text)))
}

// UnmarshalInto is Unmarshal storing the value in *p, which is the unset
// value after an error, so that an enum's UnmarshalText is one call.
func UnmarshalInto[T ~uint8](p *T, pkg, typ string, names []string, text []byte) error {
	v, err := Unmarshal(pkg, typ, names, text)
	*p = T(v)
	return err
}
