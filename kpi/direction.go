package kpi

import "github.com/policygoal/policygoal/goal"

// Direction says which way an indicator should move to improve. It is
// goal.Direction, so indicators read from plan text (goal.Indicator) and
// kpi's own share one vocabulary.
type Direction = goal.Direction

// The directions. The zero value, DirectionUnset, means "not stated";
// Evaluate then infers one (see Indicator.EffectiveDirection).
const (
	DirectionUnset    = goal.DirectionUnset
	DirectionIncrease = goal.DirectionIncrease // 増加, ↑: higher is better
	DirectionDecrease = goal.DirectionDecrease // 減少, ↓: lower is better
	DirectionMaintain = goal.DirectionMaintain // 維持, →: stay within Tolerance of the target
)
