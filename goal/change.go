package goal

// Change says which way a target moves its quantity, when the text states a
// change rather than a level: 前年度比5%削減 (a 5 % cut on the previous year).
type Change uint8

// The changes. The zero value, ChangeUnset, means the target states a level.
const (
	ChangeUnset    Change = iota
	ChangeIncrease        // 増, 増やす, 向上, 引き上げ, 拡大
	ChangeDecrease        // 削減, 縮減, 減らす, 抑制
)

var changeNames = []string{"", "increase", "decrease"}

// String returns the lowercase name used in JSON ("increase", "decrease").
func (c Change) String() string { return enumName("Change", changeNames, uint8(c)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (c Change) MarshalText() ([]byte, error) { return enumMarshal("Change", changeNames, uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is ChangeUnset.
func (c *Change) UnmarshalText(text []byte) error {
	return enumUnmarshal(c, "Change", changeNames, text)
}
