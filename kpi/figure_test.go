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

func TestDirectedAchievement(t *testing.T) {
	dec := func(b, tg, a float64) Evaluation {
		return Evaluate(Indicator{Name: "x", Direction: DirectionDecrease, Baseline: Num(b), BaselineYear: 2020,
			Target: plain(tg), TargetYear: 2025, Observations: obs(2023, a)})
	}
	inc := Evaluate(Indicator{Name: "y", Direction: DirectionIncrease, Baseline: Num(62), BaselineYear: 2020,
		Target: plain(70), TargetYear: 2025, Observations: obs(2023, 67.2)})
	for _, tt := range []struct {
		name   string
		ev     Evaluation
		want   float64
		reason Reason
	}{
		{"decrease, worse than target: target ÷ actual", dec(1200, 1000, 1250), 0.8, ""},
		{"decrease, better than target: above 100 %", dec(1200, 1000, 800), 1.25, ""},
		{"decrease, actual zero", dec(35, 0, 0), 0, ReasonActualIsZero},
		{"increase: actual ÷ target", inc, 0.96, ""},
		{"no actual", Evaluate(Indicator{Name: "z", Direction: DirectionDecrease, Target: plain(5)}), 0, ReasonNoActual},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.ev.DirectedAchievement()
			if tt.reason != "" {
				assert.False(t, f.OK)
				assert.Equal(t, tt.reason, f.Reason)
				return
			}
			require.True(t, f.OK, f.Reason)
			assert.InDelta(t, tt.want, f.Value, 1e-9)
		})
	}
}
