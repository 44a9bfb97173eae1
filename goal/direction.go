package goal

// Direction says which way an indicator should move to improve
// (方向性: 増加を目指す, 減少を目指す, 維持).
type Direction uint8

// The directions. The zero value, DirectionUnset, means "not stated".
const (
	DirectionUnset    Direction = iota
	DirectionIncrease           // 増加, ↑: higher is better
	DirectionDecrease           // 減少, ↓: lower is better
	DirectionMaintain           // 維持, →: stay near the target
)

var directionNames = []string{"", "increase", "decrease", "maintain"}

// String returns the lowercase name used in JSON ("increase", …).
func (d Direction) String() string { return enumName("Direction", directionNames, uint8(d)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (d Direction) MarshalText() ([]byte, error) {
	return enumMarshal("Direction", directionNames, uint8(d))
}

// UnmarshalText implements encoding.TextUnmarshaler; "" is DirectionUnset.
func (d *Direction) UnmarshalText(text []byte) error {
	return enumUnmarshal(d, "Direction", directionNames, text)
}
