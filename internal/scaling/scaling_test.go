package scaling_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/scaling"
	"github.com/stretchr/testify/assert"
)

func TestRepeat(t *testing.T) {
	tests := []struct {
		name string
		unit string
		n    int
		want string
	}{
		{"ascii cut", "abc", 7, "abcabca"},
		{"cut back to a whole rune", "令和3～", 5, "令"},
		{"whole units", "令和", 6, "令和"},
		{"empty unit", "", 10, ""},
		{"zero size", "abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scaling.Repeat(tt.unit, tt.n)
			assert.Equal(t, tt.want, got)
			assert.True(t, utf8.ValidString(got))
		})
	}
}

// TestMeasure checks that Measure tells a linear function from a quadratic
// one, in time and in allocated bytes.
func TestMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling: timing checks are skipped under -short, like scaling.Check")
	}
	small, large := strings.Repeat("a", 1000), strings.Repeat("a", 1000*scaling.Factor)
	sink := 0
	linear := func(_ testing.TB, s string) {
		for i := 0; i < len(s); i++ {
			sink += int(s[i])
		}
	}
	quadratic := func(_ testing.TB, s string) {
		for i := 0; i < len(s); i++ {
			sink += strings.Count(s[i:], "a")
		}
	}
	quadraticBytes := func(_ testing.TB, s string) {
		for i := 0; i < len(s); i += 64 {
			sink += len(strings.Clone(s[i:]))
		}
	}
	g := scaling.Measure(t, quadratic, small, large)
	assert.Greater(t, g.Time, scaling.MaxRatio, "quadratic time: %s", g)
	assert.False(t, g.OK())
	g = scaling.Measure(t, quadraticBytes, small, large)
	assert.Greater(t, g.Bytes, scaling.MaxBytesRatio, "quadratic bytes: %s", g)
	assert.False(t, g.OK())
	ok := false
	for range 3 { // a busy machine may slow one measurement
		if g = scaling.Measure(t, linear, small, large); g.OK() {
			ok = true
			break
		}
	}
	assert.True(t, ok, "linear: %s", g)
	assert.NotZero(t, sink)
}
