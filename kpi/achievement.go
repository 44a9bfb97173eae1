package kpi

// ReasonActualIsZero: a decreasing indicator's actual is 0, so the target
// cannot be divided by it.
const ReasonActualIsZero Reason = "actual is zero"

// DirectedAchievement is the achievement rate (達成率) adjusted for the
// indicator's direction, as Japanese municipalities report it, so that 100 %
// or more always means the target is reached and more is better:
//
//   - for an indicator that should increase (or be maintained, or whose
//     direction is unknown): a / t (実績値 ÷ 目標値), the same as Achievement;
//   - for an indicator that should decrease (交通事故件数, 待機児童数): t / a
//     (目標値 ÷ 実績値). 1,250 accidents against a target of 1,000 is 80 %,
//     not the 125 % that a / t gives.
//
// It is undefined when a or t is missing, when t is 0 for a / t, or when a is
// 0 for t / a (ReasonActualIsZero; the status says whether the target
// holds). The distance from the baseline is measured by Progress, (a − b) /
// (t − b), which needs no such adjustment: for a decreasing indicator it
// equals (b − a) / (b − t), the 進捗率 of the same reports. docs/kpi.md
// cites where both forms are used.
func (ev Evaluation) DirectedAchievement() Figure {
	if ev.Direction != DirectionDecrease {
		return ev.Achievement
	}
	a, t := ev.Actual, ev.Target
	switch {
	case !a.OK:
		return undefined(a.Reason)
	case !t.OK:
		return undefined(t.Reason)
	case a.Value == 0:
		return undefined(ReasonActualIsZero)
	}
	return defined(t.Value / a.Value)
}
