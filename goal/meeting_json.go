package goal

import "strconv"

// meetingJSON is Meeting without its methods, for decoding.
type meetingJSON Meeting

// UnmarshalJSON reads the form Meeting's json tags write, and nothing
// else: an unknown field (also in a proposal, point or opinion, in other
// letter case, or given twice) or a negative session or overall number is a
// *JSONError wrapping ErrInvalidJSON.
func (m *Meeting) UnmarshalJSON(data []byte) error {
	var j meetingJSON
	if err := decodeStrict(data, &j, "Meeting"); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		n    int
	}{{"session", j.Session}, {"overall", j.Overall}} {
		if f.n < 0 {
			return &JSONError{Type: "Meeting", Field: f.name, Reason: "negative number " + strconv.Itoa(f.n)}
		}
	}
	*m = Meeting(j)
	return nil
}
