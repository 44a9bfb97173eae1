package goal

// Comparator says how a measured value relates to a target's Value.
type Comparator uint8

// The comparators, with the Japanese words that state them. The zero value,
// CmpUnset, means "not known"; a target stated with no comparator word is
// CmpEq.
const (
	CmpUnset  Comparator = iota
	CmpEq                // exactly: no comparator word (月1回)
	CmpGE                // at least: 以上
	CmpGT                // more than: 超, を超える
	CmpLE                // at most: 以下, 以内 (within)
	CmpLT                // less than: 未満
	CmpApprox            // about: 約, 程度, 前後, およそ
	CmpRange             // from Value to Max inclusive: N～M, N以上M以下
)

var cmpNames = []string{"", "eq", "ge", "gt", "le", "lt", "approx", "range"}

// String returns the lowercase name used in JSON ("ge", …).
func (c Comparator) String() string { return enumName("Comparator", cmpNames, uint8(c)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error.
func (c Comparator) MarshalText() ([]byte, error) {
	return enumMarshal("Comparator", cmpNames, uint8(c))
}

// UnmarshalText implements encoding.TextUnmarshaler; "" is CmpUnset.
func (c *Comparator) UnmarshalText(text []byte) error {
	return enumUnmarshal(c, "Comparator", cmpNames, text)
}

// Holds reports whether the measured value x satisfies the comparator
// against value (and max, for CmpRange). CmpApprox holds within tol of value
// (relative, so tol 0.05 is ±5 %); CmpUnset holds for nothing.
func (c Comparator) Holds(x, value, max, tol float64) bool {
	switch c {
	case CmpEq:
		return x == value
	case CmpGE:
		return x >= value
	case CmpGT:
		return x > value
	case CmpLE:
		return x <= value
	case CmpLT:
		return x < value
	case CmpApprox:
		d := x - value
		if d < 0 {
			d = -d
		}
		m := value
		if m < 0 {
			m = -m
		}
		return d <= tol*m
	case CmpRange:
		return value <= x && x <= max
	}
	return false
}
