package excerpt_test

import (
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/excerpt"
	"github.com/stretchr/testify/assert"
)

func TestQuote(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"short", "令和5年", `"令和5年"`},
		{"exactly the limit", strings.Repeat("a", 64), `"` + strings.Repeat("a", 64) + `"`},
		{"long ascii", strings.Repeat("a", 300000), `"` + strings.Repeat("a", 64) + `"… (300000 bytes)`},
		{"long kanji cut at a rune", strings.Repeat("漢", 30), `"` + strings.Repeat("漢", 21) + `"… (90 bytes)`},
		{"control characters escaped", "a\x1b[31mb", `"a\x1b[31mb"`},
		{"empty", "", `""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, excerpt.Quote(tt.in))
		})
	}
}
