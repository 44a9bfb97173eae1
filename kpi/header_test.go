package kpi

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// headerTests are header rows of real-layout KPI sheets (written for this
// project) with the values the first indicator row must give.
var headerTests = []struct {
	name  string
	table string
	want  Indicator
	// ignored are the header cells reported as not read
	ignored []string
}{
	{"years in header cells",
		"指標名,単位,現状値（令和2年度）,目標値（令和8年度）,方向性\n避難所運営訓練の実施地区数,地区,12,30,増加を目指す\n",
		Indicator{Name: "避難所運営訓練の実施地区数", Unit: "地区", Direction: DirectionIncrease,
			Baseline: Num(12), BaselineYear: 2020, TargetYear: 2026,
			Target: &goal.Target{Value: 30, Cmp: goal.CmpEq, Unit: "地区", Text: "30"}}, nil},
	{"long name header, western header years, decrease sentence",
		"めざす姿の成果指標名,単位,基準値(2019年度),目標値(2025年度),めざす方向\n刑法犯認知件数,件,\"1,532\",\"1,200\",減少を目指す\n",
		Indicator{Name: "刑法犯認知件数", Unit: "件", Direction: DirectionDecrease,
			Baseline: Num(1532), BaselineYear: 2019, TargetYear: 2025,
			Target: &goal.Target{Value: 1200, Cmp: goal.CmpEq, Unit: "件", Text: "1,200"}}, nil},
	{"interim column is not the target; rate of achievement ignored",
		"指標名,単位,策定時,中間目標値,最終目標値,達成率\n市民農園の区画数,区画,320,360,400,50%\n",
		Indicator{Name: "市民農園の区画数", Unit: "区画", Baseline: Num(320),
			Target: &goal.Target{Value: 400, Cmp: goal.CmpEq, Unit: "区画", Text: "400"}},
		[]string{"中間目標値", "達成率"}},
	{"unit note in a header is not a year",
		"指標名,現状値（％）,目標値（％）,方向\n特定健診の受診率,38.6,60.0,↑\n",
		Indicator{Name: "特定健診の受診率", Direction: DirectionIncrease, Baseline: Num(38.6),
			Target: &goal.Target{Value: 60, Cmp: goal.CmpEq, Text: "60.0"}}, nil},
	{"maintain sentence and actual year in header",
		"指標名,単位,基準値,実績値（令和5年度）,目標値,方向性\n防犯灯のLED化率,%,100,100,100,維持を目指す\n",
		Indicator{Name: "防犯灯のLED化率", Unit: "%", Direction: DirectionMaintain, Baseline: Num(100),
			Target:       &goal.Target{Kind: goal.KindPercentage, Value: 100, Cmp: goal.CmpEq, Unit: "%", Text: "100"},
			Observations: []Observation{{Value: 100, Year: 2023}}}, nil},
}

func TestReadTableHeaderWords(t *testing.T) {
	for _, tc := range headerTests {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(strings.NewReader(tc.table), withParsers)
			require.NoError(t, err)
			assert.Empty(t, tab.Errors)
			require.Len(t, tab.Indicators, 1)
			assert.Equal(t, tc.want, tab.Indicators[0])
			assert.Equal(t, tc.ignored, tab.Ignored)
		})
	}
}

func TestReadTableHeaderYearUnreadable(t *testing.T) {
	tab, err := ReadTable(strings.NewReader("指標名,単位,現状値（令和2年度）,目標値\n来館者数,人,100,120\n"), TableOptions{})
	require.NoError(t, err)
	require.Len(t, tab.Errors, 1, "a header year that cannot be read is reported, not dropped")
	assert.Equal(t, 1, tab.Errors[0].Row)
	assert.Equal(t, 3, tab.Errors[0].Column)
	assert.ErrorIs(t, tab.Errors[0], ErrNoParser)
	require.Len(t, tab.Indicators, 1)
	assert.Equal(t, goal.FiscalYear(0), tab.Indicators[0].BaselineYear)
}

func TestReadTableCallerWords(t *testing.T) {
	src := "KGI,スタート値,ゴール値,向き\n市内宿泊者数,81000,95000,のばす\n"
	_, err := ReadTable(strings.NewReader(src), TableOptions{})
	assert.ErrorIs(t, err, ErrNoHeader)
	tab, err := ReadTable(strings.NewReader(src), TableOptions{
		Headers:    map[string]string{"KGI": "name", "スタート値": "baseline", "ゴール値": "target", "向き": "direction"},
		Directions: map[string]Direction{"のばす": DirectionIncrease},
	})
	require.NoError(t, err)
	require.Len(t, tab.Indicators, 1)
	assert.Equal(t, DirectionIncrease, tab.Indicators[0].Direction)
	assert.Equal(t, Num(81000), tab.Indicators[0].Baseline)
}

func TestFromGoal(t *testing.T) {
	gi := goal.Indicator{
		Name: "ごみのリサイクル率", Unit: "%", Direction: goal.DirectionIncrease, Node: "循環型社会",
		Baseline: &goal.IndicatorValue{Value: 18.4, Year: goal.Year{Value: 2020}},
		Interim:  []goal.IndicatorValue{{Value: 21, Year: goal.Year{Value: 2023}, Cmp: goal.CmpEq}},
		Target:   &goal.IndicatorValue{Value: 25, Year: goal.Year{Value: 2026, Calendar: true}, Cmp: goal.CmpGE},
		Actuals:  []goal.IndicatorValue{{Value: 20.1, Year: goal.Year{Value: 2022}}},
		Text:     "ignored", Span: goal.Span{Start: 1, End: 2},
	}
	assert.Equal(t, Indicator{
		Name: "ごみのリサイクル率", Unit: "%", Direction: DirectionIncrease, Node: "循環型社会",
		Baseline: Num(18.4), BaselineYear: 2020,
		Target:     &goal.Target{Kind: goal.KindPercentage, Value: 25, Cmp: goal.CmpGE, Unit: "%", Text: "25%"},
		TargetYear: 2026,
		Interim: []Milestone{{Year: 2023, Target: goal.Target{Kind: goal.KindPercentage, Value: 21, Cmp: goal.CmpEq,
			Unit: "%", Text: "21%"}}},
		Observations: []Observation{{Value: 20.1, Year: 2022}},
	}, FromGoal(gi))
	assert.Equal(t, Indicator{Name: "x"}, FromGoal(goal.Indicator{Name: "x"}), "nothing stated, nothing set")

	inds := []Indicator{FromGoal(gi)}
	un := AddActuals(inds, []Indicator{{Name: "ごみのリサイクル率", Observations: []Observation{{Value: 21, Year: 2023}}},
		{Name: "ほか", Observations: []Observation{{Value: 1}}}})
	assert.Equal(t, []string{"ほか"}, un)
	assert.Len(t, inds[0].Observations, 2)
}
