package kpi

import "github.com/policygoal/policygoal/internal/enumtext"

// The enum helpers of this package; the rules (names indexed by value, 0 is
// unset and has no text form) are shared with goal in internal/enumtext.

func enumName(typ string, names []string, v uint8) string { return enumtext.Name(typ, names, v) }

func enumMarshal(typ string, names []string, v uint8) ([]byte, error) {
	return enumtext.Marshal("kpi", typ, names, v)
}

func enumUnmarshal[T ~uint8](p *T, typ string, names []string, text []byte) error {
	return enumtext.UnmarshalInto(p, "kpi", typ, names, text)
}
