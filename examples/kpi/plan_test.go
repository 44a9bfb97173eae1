package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlanEqualsHandMadeCSV: a plan's indicator table and lines
// (testdata/kpi/plan_indicators.txt) with a separate file of actuals give
// the same evaluation as the hand-made CSV of the same figures.
func TestPlanEqualsHandMadeCSV(t *testing.T) {
	for _, format := range []string{"-json", "-md"} {
		t.Run(format, func(t *testing.T) {
			code, fromPlan, errs := runCmd(format, "-plan", "../../testdata/kpi/plan_indicators.txt", "../../testdata/kpi/plan_actuals.csv")
			require.Equal(t, 0, code, errs)
			code, fromCSV, errs := runCmd(format, "../../testdata/kpi/plan_handmade.csv")
			require.Equal(t, 0, code, errs)
			assert.Equal(t, fromCSV, fromPlan)
			assert.Contains(t, fromPlan, "ごみのリサイクル率", "the indicator from a line is evaluated too")
		})
	}
}

func TestPlanActualsWithoutIndicator(t *testing.T) {
	actuals := writeTemp(t, "actuals.csv", []byte("指標名,実績値,実績年度\n存在しない指標,5,令和5年度\n"))
	code, _, errs := runCmd("-json", "-plan", "../../testdata/kpi/plan_indicators.txt", actuals)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, `"存在しない指標": no such indicator`)

	code, _, errs = runCmd("-plan", "../../testdata/kpi/plan_indicators.txt", "a.csv", "b.csv")
	assert.Equal(t, 2, code, errs)
}
