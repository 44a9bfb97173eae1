package kpi_test

import (
	"fmt"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/kpi"
)

// For an indicator that should decrease, the achievement rate a report
// shows is target ÷ actual: 1,250 accidents against a target of 1,000 is
// 80 %, where actual ÷ target would give a misleading 125 %.
func ExampleEvaluation_DirectedAchievement() {
	ev := kpi.Evaluate(kpi.Indicator{
		Name: "交通事故件数", Unit: "件", Direction: kpi.DirectionDecrease,
		Baseline: kpi.Num(1200), BaselineYear: 2020,
		Target: &goal.Target{Kind: goal.KindCount, Value: 1000, Cmp: goal.CmpEq, Unit: "件"}, TargetYear: 2025,
		Observations: []kpi.Observation{{Value: 1250, Year: 2023}},
	})
	fmt.Printf("%s: achievement %.2f, directed %.2f, progress %.2f\n",
		ev.Status, ev.Achievement.Value, ev.DirectedAchievement().Value, ev.Progress.Value)
	// Output: worsened: achievement 1.25, directed 0.80, progress -0.25
}
