package kpi

import (
	"math"

	"github.com/policygoal/policygoal/goal"
)

// Evaluator evaluates indicators. The zero value is ready to use, with
// DefaultRanks and exact flatness.
type Evaluator struct {
	// Ranks is the rank scheme; a scheme with no bands means DefaultRanks.
	Ranks RankScheme
	// FlatBand is how far, in the indicator's unit, the last two actuals may
	// differ and still count as a flat trend; 0 means only equal values are
	// flat.
	FlatBand float64
}

// Evaluation is the verdict on one indicator. Every figure that cannot be
// computed has OK false and a Reason; Status, Rank and Trend likewise have
// a reason when unset.
type Evaluation struct {
	Indicator Indicator // the indicator evaluated

	Direction  Direction       // the effective direction (see Indicator.EffectiveDirection)
	Actual     Figure          // a: the latest actual
	ActualYear goal.FiscalYear // the fiscal year of the latest actual; 0 when not known
	Target     Figure          // t: the target value the figures use

	Progress    Figure // (a − b) / (t − b)
	Expected    Figure // (actual year − baseline year) / (target year − baseline year), in [0, 1]
	Achievement Figure // a / t

	Status       Status
	StatusReason Reason // why Status is unset
	Rank         string // "" when undefined
	RankReason   Reason
	Trend        Trend
	TrendReason  Reason

	// Interim is the interim target due by the latest actual's year — the
	// one with the greatest year not after it — and whether the actual meets
	// it; nil when there is none.
	Interim *InterimResult
}

// InterimResult says whether the latest actual meets an interim target.
type InterimResult struct {
	Milestone Milestone
	Met       bool
}

// Evaluate evaluates ind with the zero Evaluator.
func Evaluate(ind Indicator) Evaluation { return Evaluator{}.Evaluate(ind) }

// EvaluateAll evaluates each indicator in order.
func (e Evaluator) EvaluateAll(inds []Indicator) []Evaluation {
	out := make([]Evaluation, len(inds))
	for i, ind := range inds {
		out[i] = e.Evaluate(ind)
	}
	return out
}

// Evaluate applies the rules, with b the baseline, t the target value and a
// the latest actual (see Indicator.Latest):
//
//   - t is Target.Value. For a range target (N～M) it is the bound nearer
//     the baseline (Max for a decreasing indicator without baseline). For a
//     target stating a change (5%削減, a 5 % cut) it is the baseline moved by
//     that change: b × (1 ∓ v/100) for "%", b ∓ v otherwise.
//   - progress = (a − b) / (t − b); undefined when t = b or either is missing.
//   - expected = (actual year − baseline year) / (target year − baseline
//     year), clamped to [0, 1]; undefined when a year is missing or the
//     target year equals the baseline year. The target year is TargetYear,
//     else Target.By.
//   - achievement = a / t; undefined when t = 0 or either is missing. It is
//     not direction-adjusted: for a decreasing indicator below 1 is good.
//   - status: no_data when there is no actual; unset when there is no
//     target; achieved when the target holds for a — by its comparator when
//     it states one (以上 ge, 超 gt, 以下 le, 未満 lt, 約 approx within ±10 %,
//     a range), otherwise a ≥ t for increase, a ≤ t for decrease,
//     |a − t| ≤ Tolerance for maintain, and goal.Target.Holds when the
//     direction is unknown; otherwise worsened when progress < 0; on_track
//     when progress ≥ expected (≥ 1 when expected is undefined); else
//     behind. When progress is undefined and the target not met, the status
//     is worsened if a lies farther from t than b does, else behind.
//   - rank: by the Evaluator's RankScheme (see RankScheme).
//   - trend: from the last two actuals (by fiscal year), direction-adjusted;
//     for maintain, moving closer to t (or b when there is no target) is
//     improving.
func (e Evaluator) Evaluate(ind Indicator) Evaluation {
	ev := Evaluation{Indicator: ind, Direction: ind.EffectiveDirection()}
	latest, hasActual := ind.Latest()
	if hasActual {
		ev.Actual = defined(latest.Value)
		ev.ActualYear = latest.Year
	} else {
		ev.Actual = undefined(ReasonNoActual)
	}
	ev.Target = ind.targetValue(ev.Direction)
	a, t, b := ev.Actual, ev.Target, figureOf(ind.Baseline, ReasonNoBaseline)

	ev.Progress = progress(a, b, t)
	ev.Expected = expected(ind, ev.Actual, ev.ActualYear)
	switch {
	case !a.OK:
		ev.Achievement = undefined(a.Reason)
	case !t.OK:
		ev.Achievement = undefined(t.Reason)
	case t.Value == 0:
		ev.Achievement = undefined(ReasonTargetIsZero)
	default:
		ev.Achievement = defined(a.Value / t.Value)
	}

	switch {
	case !a.OK:
		ev.Status = StatusNoData
	case !t.OK:
		ev.StatusReason = t.Reason
	case ind.holds(*ind.Target, t.Value, a.Value, ev.Direction):
		ev.Status = StatusAchieved
	case ev.Progress.OK && ev.Progress.Value < 0:
		ev.Status = StatusWorsened
	case ev.Progress.OK:
		pace := 1.0
		if ev.Expected.OK {
			pace = ev.Expected.Value
		}
		if ev.Progress.Value >= pace {
			ev.Status = StatusOnTrack
		} else {
			ev.Status = StatusBehind
		}
	case b.OK && math.Abs(a.Value-t.Value) > math.Abs(b.Value-t.Value):
		ev.Status = StatusWorsened
	default:
		ev.Status = StatusBehind
	}

	ranks := e.Ranks
	if len(ranks.Bands) == 0 {
		ranks = DefaultRanks
	}
	if ev.Status == StatusUnset {
		ev.RankReason = ev.StatusReason
	} else {
		ev.Rank, ev.RankReason = ranks.rank(ev.Status, ev.Progress)
	}
	ev.Trend, ev.TrendReason = e.trend(&ind, ev.Direction, t)
	ev.Interim = ind.interim(latest, hasActual, ev.Direction)
	return ev
}

// Score is the indicator's share of the way to its target for roll-ups: 1
// when achieved, otherwise progress clamped to [0, 1]; undefined when
// neither is known. Clamping keeps one indicator far past (or far behind)
// its target from outweighing the rest; the status counts still show it.
func (ev Evaluation) Score() Figure {
	if ev.Status == StatusAchieved {
		return defined(1)
	}
	if ev.Status == StatusNoData {
		return undefined(ReasonNoActual)
	}
	if !ev.Progress.OK {
		return ev.Progress
	}
	return defined(clamp01(ev.Progress.Value))
}

func figureOf(n Number, r Reason) Figure {
	if !n.OK {
		return undefined(r)
	}
	return defined(n.Value)
}

func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }

func progress(a, b, t Figure) Figure {
	switch {
	case !a.OK:
		return undefined(a.Reason)
	case !t.OK:
		return undefined(t.Reason)
	case !b.OK:
		return undefined(b.Reason)
	case t.Value == b.Value:
		return undefined(ReasonTargetIsBaseline)
	}
	return defined((a.Value - b.Value) / (t.Value - b.Value))
}

func expected(ind Indicator, a Figure, ay goal.FiscalYear) Figure {
	by, ty := ind.BaselineYear, ind.targetYear()
	switch {
	case !a.OK:
		return undefined(a.Reason)
	case ay == 0:
		return undefined(ReasonNoActualYear)
	case by == 0:
		return undefined(ReasonNoBaselineYear)
	case ty == 0:
		return undefined(ReasonNoTargetYear)
	case ty == by:
		return undefined(ReasonSameYears)
	}
	return defined(clamp01(float64(ay-by) / float64(ty-by)))
}

// targetValue is t, as Evaluate documents it.
func (ind *Indicator) targetValue(dir Direction) Figure {
	if ind.Target == nil {
		return undefined(ReasonNoTarget)
	}
	tg := ind.Target
	if tg.Change != goal.ChangeUnset {
		if !ind.Baseline.OK {
			return undefined("a change target needs a baseline")
		}
		b, v := ind.Baseline.Value, tg.Value
		if tg.Change == goal.ChangeDecrease {
			v = -v
		}
		if tg.Unit == "%" {
			return defined(b * (1 + v/100))
		}
		return defined(b + v)
	}
	if tg.Cmp == goal.CmpRange {
		if ind.Baseline.OK && ind.Baseline.Value > tg.Max {
			return defined(tg.Max)
		}
		if !ind.Baseline.OK && dir == DirectionDecrease {
			return defined(tg.Max)
		}
	}
	return defined(tg.Value)
}

// holds reports whether x meets the target tg, whose value Evaluate uses as
// t.
func (ind *Indicator) holds(tg goal.Target, t, x float64, dir Direction) bool {
	if tg.Change == goal.ChangeUnset {
		switch tg.Cmp {
		case goal.CmpGE, goal.CmpGT, goal.CmpLE, goal.CmpLT, goal.CmpApprox, goal.CmpRange:
			return tg.Cmp.Holds(x, tg.Value, tg.Max, 0.10)
		}
	}
	switch dir {
	case DirectionIncrease:
		return x >= t
	case DirectionDecrease:
		return x <= t
	case DirectionMaintain:
		return math.Abs(x-t) <= ind.Tolerance
	}
	return tg.Holds(x)
}

func (e Evaluator) trend(ind *Indicator, dir Direction, t Figure) (Trend, Reason) {
	last, ok := ind.Latest()
	if !ok {
		return TrendUnset, ReasonNoActual
	}
	prev, ok := ind.previous()
	if !ok {
		return TrendUnset, ReasonOneActual
	}
	var better float64 // positive when last is better than prev
	switch dir {
	case DirectionIncrease:
		better = last.Value - prev.Value
	case DirectionDecrease:
		better = prev.Value - last.Value
	case DirectionMaintain:
		ref := t
		if !ref.OK {
			ref = figureOf(ind.Baseline, ReasonNoBaseline)
		}
		if !ref.OK {
			return TrendUnset, ReasonNoTarget
		}
		better = math.Abs(prev.Value-ref.Value) - math.Abs(last.Value-ref.Value)
	default:
		return TrendUnset, ReasonNoDirection
	}
	switch {
	case math.IsNaN(better):
		return TrendUnset, ReasonNotFinite
	case math.Abs(better) <= e.FlatBand:
		return TrendFlat, ""
	case better > 0:
		return TrendImproving, ""
	}
	return TrendWorsening, ""
}

func (ind *Indicator) interim(latest Observation, ok bool, dir Direction) *InterimResult {
	if !ok || latest.Year == 0 {
		return nil
	}
	var due *Milestone
	for i := range ind.Interim {
		m := &ind.Interim[i]
		if m.Year <= latest.Year && (due == nil || m.Year >= due.Year) {
			due = m
		}
	}
	if due == nil {
		return nil
	}
	sub := *ind
	sub.Target = &due.Target
	t := sub.targetValue(dir)
	if !t.OK {
		return &InterimResult{Milestone: *due}
	}
	return &InterimResult{Milestone: *due, Met: sub.holds(due.Target, t.Value, latest.Value, dir)}
}
