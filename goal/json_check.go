package goal

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// ErrInvalidJSON is wrapped by the errors of the UnmarshalJSON methods for
// JSON that no MarshalJSON writes: an unknown field, a value out of its
// range, a field that contradicts another (max on a target that is not a
// range, a span that ends before it starts). Reading such JSON as if it
// made sense would hand a caller a value nobody stated.
var ErrInvalidJSON = errors.New("JSON that MarshalJSON never writes")

// JSONError reports a field of a JSON object that MarshalJSON would never
// write, and why.
type JSONError struct {
	Type   string // the goal type being read: "Target", "DateMention", …
	Field  string // the JSON field: "max", "interval", "start"
	Reason string
}

func (e *JSONError) Error() string {
	return "goal: " + e.Type + " JSON: " + strconv.Quote(e.Field) + ": " + e.Reason
}

// Unwrap returns ErrInvalidJSON.
func (e *JSONError) Unwrap() error { return ErrInvalidJSON }

// decodeStrict decodes data into v (a pointer to one of the JSON forms, a
// struct) refusing what MarshalJSON never writes: a field v does not have,
// a field name in other letter case ("Value" for "value", which
// encoding/json would take), a field given twice. typ names the goal type
// for errors.
func decodeStrict(data []byte, v any, typ string) error {
	if err := checkKeys(data, v, typ); err != nil {
		return err
	}
	// Nested plain structs (an organization's contact) are checked for
	// unknown fields by the decoder.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			if f, qerr := strconv.Unquote(field); qerr == nil {
				field = f
			}
			return &JSONError{Type: typ, Field: field, Reason: "unknown field"}
		}
		return err
	}
	return nil
}

// checkKeys checks the keys of the JSON object data against the json tags
// of the struct v points to. Anything that is not an object is left to
// json.Unmarshal to refuse.
func checkKeys(data []byte, v any, typ string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	known := jsonFields(reflect.TypeOf(v).Elem())
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil // malformed: json.Unmarshal says how
		}
		key, _ := tok.(string)
		switch {
		case !known[key]:
			return &JSONError{Type: typ, Field: key, Reason: "unknown field"}
		case seen[key]:
			return &JSONError{Type: typ, Field: key, Reason: "given twice"}
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil
		}
	}
	return nil
}

// jsonFieldCache holds, per struct type, the field names of its json tags.
var jsonFieldCache sync.Map // reflect.Type → map[string]bool

func jsonFields(t reflect.Type) map[string]bool {
	if m, ok := jsonFieldCache.Load(t); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			m[name] = true
		}
	}
	jsonFieldCache.Store(t, m)
	return m
}

// checkSpan checks a span as MarshalJSON writes it: both ends non-negative,
// the start not after the end.
func checkSpan(typ string, start, end int) error {
	switch {
	case start < 0:
		return &JSONError{Type: typ, Field: "start", Reason: "negative offset " + strconv.Itoa(start)}
	case end < 0:
		return &JSONError{Type: typ, Field: "end", Reason: "negative offset " + strconv.Itoa(end)}
	case start > end:
		return &JSONError{Type: typ, Field: "end", Reason: "before start (" + strconv.Itoa(end) + " < " + strconv.Itoa(start) + ")"}
	}
	return nil
}

// checkLine checks a 1-based line number (0: not written).
func checkLine(typ string, line int) error {
	if line < 0 {
		return &JSONError{Type: typ, Field: "line", Reason: "negative line " + strconv.Itoa(line)}
	}
	return nil
}

// checkTargetJSON checks the JSON form of a Target against what
// MarshalJSON writes: a kind and a comparator, max exactly when the
// comparator is a range (and not below value), interval only above 1 and
// with a period, an ordered span.
func checkTargetJSON(j targetJSON) error {
	bad := func(field, reason string) error { return &JSONError{Type: "Target", Field: field, Reason: reason} }
	switch {
	case j.Kind == KindUnset:
		return bad("kind", "missing or empty")
	case j.Cmp == CmpUnset:
		return bad("cmp", "missing or empty")
	case j.Max != nil && j.Cmp != CmpRange:
		return bad("max", "set on a target whose cmp is "+j.Cmp.String()+", not range")
	case j.Max == nil && j.Cmp == CmpRange:
		return bad("max", "missing on a range")
	case j.Max != nil && *j.Max < j.Value:
		return bad("max", "below value")
	case j.Interval != 0 && j.Interval <= 1:
		return bad("interval", strconv.Itoa(j.Interval)+" is not above 1 (an interval of 1 is left out)")
	case j.Interval != 0 && j.Per == PeriodUnset:
		return bad("interval", "without per")
	}
	return checkSpan("Target", j.Start, j.End)
}

func firstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
