package kpi

// Status is the verdict on an indicator; Evaluate documents the rules.
type Status uint8

// The statuses. The zero value, StatusUnset, means the indicator could not
// be judged (it has an actual but no target); Evaluation.StatusReason says
// why.
const (
	StatusUnset    Status = iota
	StatusNoData          // no actual value yet
	StatusAchieved        // the target holds for the latest actual
	StatusWorsened        // moved away from the target since the baseline
	StatusOnTrack         // progress at or above the expected pace
	StatusBehind          // progress below the expected pace
)

var statusNames = []string{"", "no_data", "achieved", "worsened", "on_track", "behind"}

// Statuses lists the set statuses in the order reports show them.
var Statuses = []Status{StatusAchieved, StatusOnTrack, StatusBehind, StatusWorsened, StatusNoData}

// String returns the lowercase name used in JSON ("on_track", …).
func (s Status) String() string { return enumName("Status", statusNames, uint8(s)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (s Status) MarshalText() ([]byte, error) { return enumMarshal("Status", statusNames, uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is StatusUnset.
func (s *Status) UnmarshalText(text []byte) error {
	return enumUnmarshal(s, "Status", statusNames, text)
}
