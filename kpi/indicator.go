package kpi

import (
	"github.com/policygoal/policygoal/goal"
)

// Number is an optional number. OK false means "no data"; it is never read
// as zero.
type Number struct {
	Value float64
	OK    bool
}

// Num returns a present Number.
func Num(v float64) Number { return Number{Value: v, OK: true} }

// Observation is one actual value (実績値) of an indicator.
type Observation struct {
	Value float64
	// Year is the fiscal year the value is for; zero when not known, which
	// leaves the expected pace undefined if this is the latest actual.
	Year goal.FiscalYear
	// Provisional marks a preliminary figure (速報値, 見込値); a final
	// (確定値) figure for the same year takes precedence.
	Provisional bool
}

// Milestone is an interim target (中間目標) to be met in a given fiscal year.
type Milestone struct {
	Year   goal.FiscalYear
	Target goal.Target
}

// Indicator is one KPI (成果指標) with its baseline, target and actuals.
//
// The zero value is an indicator with nothing known; Evaluate gives it the
// status no_data.
type Indicator struct {
	Name string
	Unit string // 単位: %, 件, 人, 回 …; informational
	// Direction says which way is better; DirectionUnset lets Evaluate infer
	// it (see EffectiveDirection).
	Direction Direction
	// Tolerance is how far, in Unit, the actual of a maintain indicator may
	// lie from the target and still count as achieved. Only maintain uses it.
	Tolerance float64
	Stage     Stage // logic-model stage

	Baseline     Number // 基準値 (also 現状値, 策定時)
	BaselineYear goal.FiscalYear
	// Target is the final target (目標値); nil when the indicator has none.
	// Its comparator counts: 「99.0%以上」 is met by 99.0 and more.
	Target     *goal.Target
	TargetYear goal.FiscalYear // 目標年度; when zero, Target.By is used
	Interim    []Milestone     // interim targets, any order

	// Observations are the actuals in any order; an absent year means no
	// actual, never an actual of 0.
	Observations []Observation

	Owner  string // the organization responsible (担当課, 所管課)
	Node   string // the plan node (施策, 基本目標) the indicator measures
	Weight Number // weight in roll-ups and the contribution table; unset counts as 1
	Source string // where the figures come from (出典)
}

// targetYear is TargetYear, or the target's own deadline when that is unset.
func (ind *Indicator) targetYear() goal.FiscalYear {
	if ind.TargetYear != 0 {
		return ind.TargetYear
	}
	if ind.Target != nil {
		return ind.Target.By
	}
	return 0
}

// EffectiveDirection is Direction when it is set. Otherwise it is inferred
// from the target: a comparator 以上/超 (ge, gt) means increase, 以下/未満
// (le, lt) means decrease, a stated change (増加, 削減) means that change;
// failing that, a target above the baseline means increase and one below it
// decrease. It is DirectionUnset when none of these says.
func (ind *Indicator) EffectiveDirection() Direction {
	if ind.Direction != DirectionUnset {
		return ind.Direction
	}
	if ind.Target == nil {
		return DirectionUnset
	}
	switch ind.Target.Cmp {
	case goal.CmpGE, goal.CmpGT:
		return DirectionIncrease
	case goal.CmpLE, goal.CmpLT:
		return DirectionDecrease
	}
	switch ind.Target.Change {
	case goal.ChangeIncrease:
		return DirectionIncrease
	case goal.ChangeDecrease:
		return DirectionDecrease
	}
	if ind.Baseline.OK {
		switch t := ind.Target.Value; {
		case t > ind.Baseline.Value:
			return DirectionIncrease
		case t < ind.Baseline.Value:
			return DirectionDecrease
		}
	}
	return DirectionUnset
}

// Latest returns the latest actual: the observation with the greatest year,
// a final figure before a provisional one of the same year, and among equals
// the one given last. ok is false when there are no observations.
func (ind *Indicator) Latest() (Observation, bool) {
	i := latestIndex(ind.Observations)
	if i < 0 {
		return Observation{}, false
	}
	return ind.Observations[i], true
}

// previous returns the actual before the latest one: the latest among
// those of an earlier fiscal year, so a provisional and a final figure of
// the same year are never compared. When the latest has no year, it is the
// latest of the others.
func (ind *Indicator) previous() (Observation, bool) {
	last := latestIndex(ind.Observations)
	if last < 0 {
		return Observation{}, false
	}
	ly := ind.Observations[last].Year
	best := -1
	for i, o := range ind.Observations {
		if i == last || (ly != 0 && o.Year >= ly) {
			continue
		}
		if best < 0 || !observationBefore(o, ind.Observations[best]) {
			best = i
		}
	}
	if best < 0 {
		return Observation{}, false
	}
	return ind.Observations[best], true
}

// latestIndex is the index of the latest observation; -1 when there are
// none.
func latestIndex(obs []Observation) int {
	best := -1
	for i, o := range obs {
		if best < 0 || !observationBefore(o, obs[best]) {
			best = i
		}
	}
	return best
}

// observationBefore orders observations: by year, then provisional before
// final. Equal observations are not before each other, so the later in the
// list wins.
func observationBefore(a, b Observation) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	return a.Provisional && !b.Provisional
}
