package kpi

import (
	"strconv"

	"github.com/policygoal/policygoal/goal"
)

// FromGoal turns an indicator as a plan states it (goal.Indicator, what
// parse/load's LoadIndicators returns) into one kpi evaluates, without
// passing through CSV: the same values ReadTable would give for a row with
// the same figures.
//
//   - Baseline and its year → Baseline, BaselineYear; Target → Target (a
//     *goal.Target with the value, comparator and unit; KindPercentage when
//     the unit is %, as ReadTable reads a plain "90.0" under a % unit) and
//     TargetYear; Interim → Interim milestones; Actuals → Observations.
//   - A calendar year (Year.Calendar, written 年 rather than 年度) is used
//     as the fiscal year of the same number: kpi counts in fiscal years,
//     and a year's actual is dated by the year it is named after.
//   - Name, Unit, Direction and Node are copied; Text and Span are not kept.
//
// Actuals from another source (a file of 実績値) are added to the result's
// Observations by the caller, or with AddActuals.
func FromGoal(gi goal.Indicator) Indicator {
	ind := Indicator{Name: gi.Name, Unit: gi.Unit, Direction: gi.Direction, Node: gi.Node}
	if gi.Baseline != nil {
		ind.Baseline = Num(gi.Baseline.Value)
		ind.BaselineYear = gi.Baseline.Year.FiscalYear()
	}
	if gi.Target != nil {
		ind.Target = targetOf(*gi.Target, gi.Unit)
		ind.TargetYear = gi.Target.Year.FiscalYear()
	}
	for _, v := range gi.Interim {
		ind.Interim = append(ind.Interim, Milestone{Year: v.Year.FiscalYear(), Target: *targetOf(v, gi.Unit)})
	}
	for _, a := range gi.Actuals {
		ind.Observations = append(ind.Observations, Observation{Value: a.Value, Year: a.Year.FiscalYear()})
	}
	return ind
}

// targetOf is the target a figure states, as ReadTable builds it from a
// cell: CmpEq when no comparator was stated.
func targetOf(v goal.IndicatorValue, unit string) *goal.Target {
	cmp := v.Cmp
	if cmp == goal.CmpUnset {
		cmp = goal.CmpEq
	}
	t := &goal.Target{Value: v.Value, Cmp: cmp, Unit: unit, Text: strconv.FormatFloat(v.Value, 'f', -1, 64) + unit}
	if unit == "%" {
		t.Kind = goal.KindPercentage
	}
	return t
}

// AddActuals appends to each indicator the observations of the indicator
// of the same name in actuals (for example a table of 実績値 read with
// ReadTable), and returns the names in actuals that matched none, so none is
// dropped silently. Names are compared after trimming spaces and folding
// widths, as ReadTable compares them.
func AddActuals(inds []Indicator, actuals []Indicator) (unmatched []string) {
	byName := map[string]int{}
	for i := range inds {
		byName[normalizeCell(inds[i].Name)] = i
	}
	for _, a := range actuals {
		i, ok := byName[normalizeCell(a.Name)]
		if !ok {
			unmatched = append(unmatched, a.Name)
			continue
		}
		inds[i].Observations = append(inds[i].Observations, a.Observations...)
	}
	return unmatched
}
