package goal

// Kind says what sort of quantity a target measures.
type Kind uint8

// The kinds of target. The zero value, KindUnset, means "not known".
const (
	KindUnset      Kind = iota
	KindFrequency       // occurrences per period: 月1回 (once a month), 毎週 (every week)
	KindCount           // a number with its counter: 10事業 (ten projects), 4団体 (four bodies)
	KindPercentage      // a share: 1パーセント, 8割 (80 %), 5ポイント (points, unit "pt")
	KindRank            // a place in a ranking: 3位, ベスト10 (top ten)
	KindRatio           // a multiple: 2倍 (twice), 半減 (halving, 0.5)
	KindDuration        // a time span measured as the target: 15分以内 (within 15 minutes)
)

var kindNames = []string{"", "frequency", "count", "percentage", "rank", "ratio", "duration"}

// String returns the lowercase name used in JSON ("frequency", …); an unset
// or unknown value prints as Kind(N).
func (k Kind) String() string { return enumName("Kind", kindNames, uint8(k)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error;
// leave it out with omitempty.
func (k Kind) MarshalText() ([]byte, error) { return enumMarshal("Kind", kindNames, uint8(k)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is KindUnset.
func (k *Kind) UnmarshalText(text []byte) error {
	return enumUnmarshal(k, "Kind", kindNames, text)
}
