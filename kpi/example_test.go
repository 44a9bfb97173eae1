package kpi_test

import (
	"fmt"
	"os"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/kpi"
)

// A decreasing indicator: traffic accidents from 1,200 (FY2020) to 1,000
// by FY2025, with 1,100 in FY2023.
func ExampleEvaluate() {
	ind := kpi.Indicator{
		Name:         "交通事故件数",
		Unit:         "件",
		Direction:    kpi.DirectionDecrease,
		Baseline:     kpi.Num(1200),
		BaselineYear: 2020,
		Target:       &goal.Target{Kind: goal.KindCount, Value: 1000, Cmp: goal.CmpEq, Unit: "件"},
		TargetYear:   2025,
		Observations: []kpi.Observation{{Value: 1150, Year: 2022}, {Value: 1100, Year: 2023}},
	}
	ev := kpi.Evaluate(ind)
	fmt.Printf("progress %.2f, expected %.2f, achievement %.2f\n", ev.Progress.Value, ev.Expected.Value, ev.Achievement.Value)
	fmt.Println(ev.Status, ev.Rank, ev.Trend)
	// Output:
	// progress 0.50, expected 0.60, achievement 1.10
	// behind C improving
}

// An indicator with no actual yet is no_data, and its figures say why they
// are undefined instead of being zero.
func ExampleEvaluate_noData() {
	ev := kpi.Evaluate(kpi.Indicator{Name: "再エネ導入量", Baseline: kpi.Num(1000), BaselineYear: 2020,
		Target: &goal.Target{Value: 3000}, TargetYear: 2030})
	fmt.Println(ev.Status, ev.Progress.OK, ev.Progress.Reason)
	// Output:
	// no_data false no actual value
}

// 月1回以上 (at least once a month) over the first quarter of FY2023.
func ExampleCheckFrequency() {
	target := goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpGE, Per: goal.PeriodMonth, Text: "月1回以上"}
	events := []goal.Date{
		{Year: 2023, Month: 4, Day: 12, Precision: goal.PrecisionDay},
		{Year: 2023, Month: 6, Day: 1, Precision: goal.PrecisionDay},
		{Year: 2023, Month: 6, Day: 20, Precision: goal.PrecisionDay},
	}
	from := goal.Date{Year: 2023, Month: 4, Day: 1, Precision: goal.PrecisionDay}
	to := goal.Date{Year: 2023, Month: 6, Day: 30, Precision: goal.PrecisionDay}
	c, err := kpi.CheckFrequency(target, events, from, to)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range c.Periods {
		fmt.Println(p.Period, p.Count, p.Met)
	}
	fmt.Println("met", c.Met, "missed", c.Missed)
	// Output:
	// 2023-04 1 true
	// 2023-05 0 false
	// 2023-06 2 true
	// met 2 missed 1
}

func ExampleWriteText() {
	evs := kpi.Evaluator{}.EvaluateAll([]kpi.Indicator{
		{Name: "市民満足度", Direction: kpi.DirectionIncrease, Baseline: kpi.Num(62), BaselineYear: 2020,
			Target: &goal.Target{Kind: goal.KindPercentage, Value: 70, Cmp: goal.CmpGE, Unit: "%"}, TargetYear: 2025,
			Observations: []kpi.Observation{{Value: 65, Year: 2022}, {Value: 67.2, Year: 2023}}, Weight: kpi.Num(2)},
		{Name: "待機児童数", Direction: kpi.DirectionDecrease, Baseline: kpi.Num(35), BaselineYear: 2020,
			Target: &goal.Target{Value: 0}, TargetYear: 2024, Observations: []kpi.Observation{{Value: 0, Year: 2023}}},
	})
	kpi.WriteText(os.Stdout, evs)
	// Output:
	// KPI evaluation — 2 indicators: achieved 1, on track 1
	// Score (1 = target met): mean 0.83, weighted 0.77
	//
	// Indicator   Status    Progress  Expected  Achievement  Rank  Trend
	// 市民満足度  on track  65.0%     60.0%     96.0%        C     improving
	// 待機児童数  achieved  100.0%    75.0%     —            A     —
	//
	// Undefined figures:
	//   待機児童数 — achievement: target is zero
	//
	// Contributions (寄与度) to the weighted score:
	// Indicator   Weight  Share  Score  Contribution
	// 市民満足度  2       66.7%  0.65   0.43
	// 待機児童数  1       33.3%  1.00   0.33
}
