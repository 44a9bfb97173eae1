package goal

// Role says what a quantity in plan text is: a value the text commits to
// (目標値, a target), an interim target (中間目標値), a starting point (現状値,
// 基準値, 策定時), a measured result (実績値), or another figure (a
// definition inside an indicator's name such as 「週1回以上運動する人の割合」,
// a threshold, a sample size, an achievement rate).
type Role uint8

// The roles. The zero value, RoleUnset, means "not decided".
const (
	RoleUnset    Role = iota
	RoleTarget        // 目標値: what the text commits to
	RoleInterim       // 中間目標値: an interim target
	RoleBaseline      // 現状値, 基準値, 策定時, 現在の値: the starting point
	RoleActual        // 実績値, 〜であった: a measured result
	RoleOther         // definitions, thresholds, sample sizes, rates of achievement
)

var roleNames = []string{"", "target", "interim", "baseline", "actual", "other"}

// String returns the lowercase name used in JSON ("target", …).
func (r Role) String() string { return enumName("Role", roleNames, uint8(r)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (r Role) MarshalText() ([]byte, error) { return enumMarshal("Role", roleNames, uint8(r)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is RoleUnset.
func (r *Role) UnmarshalText(text []byte) error {
	return enumUnmarshal(r, "Role", roleNames, text)
}

// Commits reports whether the role is one the text commits to: RoleTarget
// or RoleInterim.
func (r Role) Commits() bool { return r == RoleTarget || r == RoleInterim }
