package kpi

import "github.com/policygoal/policygoal/internal/enumtext"

// The enum helpers of this package; the rules (names indexed by value, 0 is
// unset and has no text form) are shared with goal in internal/enumtext.

func enumName(typ string, names []string, v uint8) string { return enumtext.Name(typ, names, v) }

func enumMarshal(typ string, names []string, v uint8) ([]byte, error) {
	return enumtext.Marshal("kpi", typ, names, v)
}

// enumUnmarshal reads text into *p, which is the unset value after an
// error; every enum's UnmarshalText is this one call.
func enumUnmarshal[T ~uint8](p *T, typ string, names []string, text []byte) error {
	v, err := enumtext.Unmarshal("kpi", typ, names, text)
	*p = T(v)
	return err
}
