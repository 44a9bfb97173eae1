package load_test

import (
	"fmt"
	"strings"

	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse/load"
)

func ExampleLoadIndicators() {
	plan := "■成果指標\n" +
		"指標名\t単位\t現状値（令和2年度）\t目標値（令和8年度）\t方向性\n" +
		"避難所運営訓練の実施地区数\t地区\t12\t30\t増加を目指す\n" +
		"合計特殊出生率：1.32（令和元年）→1.45（令和6年）\n"
	l, err := load.LoadIndicators(strings.NewReader(plan))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ind := range l.Indicators {
		fmt.Printf("%s [%s] %v (%v) → %v (%v)\n", ind.Name, ind.Unit, ind.Baseline.Value, ind.Baseline.Year, ind.Target.Value, ind.Target.Year)
	}
	fmt.Println(l.Indicators[0].Direction)
	k := kpi.FromGoal(l.Indicators[0])
	k.Observations = []kpi.Observation{{Value: 21, Year: 2023}}
	ev := kpi.Evaluate(k)
	fmt.Println(ev.Status, ev.Progress.Value)
	// Output:
	// 避難所運営訓練の実施地区数 [地区] 12 (2020) → 30 (2026)
	// 合計特殊出生率 [] 1.32 (2019年) → 1.45 (2024年)
	// increase
	// on_track 0.5
}
