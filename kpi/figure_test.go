package kpi

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFigureJSONPrecision(t *testing.T) {
	for _, tt := range []struct {
		name string
		f    Figure
		want string
	}{
		{"floating-point noise rounded", Figure{Value: 0.6500000000000004, OK: true}, "0.65"},
		{"four places kept", Figure{Value: 0.12345, OK: true}, "0.1235"},
		{"negative rounds away from zero", Figure{Value: -0.25005, OK: true}, "-0.2501"},
		{"tiny negative is zero, not -0", Figure{Value: -0.00001, OK: true}, "0"},
		{"whole number", Figure{Value: 1, OK: true}, "1"},
		{"large value unchanged", Figure{Value: 1e300, OK: true}, "1e+300"},
		{"undefined is null", Figure{Reason: ReasonNoActual}, "null"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.f)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
		})
	}
	assert.Equal(t, 0.65, roundTo(0.1+0.55, FigurePrecision))
	assert.True(t, math.IsInf(roundTo(math.Inf(1), 2), 1))
}
