package kpi

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
)

// plain is a target stated as a bare number: no comparator word.
func plain(v float64) *goal.Target { return &goal.Target{Value: v} }

func ge(v float64) *goal.Target {
	return &goal.Target{Kind: goal.KindPercentage, Value: v, Cmp: goal.CmpGE, Unit: "%"}
}

func obs(pairs ...float64) []Observation {
	var out []Observation
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, Observation{Year: goal.FiscalYear(pairs[i]), Value: pairs[i+1]})
	}
	return out
}

type want struct {
	status      Status
	progress    *float64
	expected    *float64
	achievement *float64
	rank        string
	trend       Trend
}

func f(v float64) *float64 { return &v }

var evaluateTests = []struct {
	name string
	ind  Indicator
	want want
}{
	{
		name: "increasing on track",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(50), BaselineYear: 2020,
			Target: plain(100), TargetYear: 2025, Observations: obs(2021, 60, 2022, 80)},
		want: want{status: StatusOnTrack, progress: f(0.6), expected: f(0.4), achievement: f(0.8), rank: "C", trend: TrendImproving},
	},
	{
		name: "increasing behind",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(50), BaselineYear: 2020,
			Target: plain(100), TargetYear: 2024, Observations: obs(2023, 70)},
		want: want{status: StatusBehind, progress: f(0.4), expected: f(0.75), achievement: f(0.7), rank: "D", trend: TrendUnset},
	},
	{
		name: "decreasing on track",
		ind: Indicator{Direction: DirectionDecrease, Baseline: Num(200), BaselineYear: 2020,
			Target: plain(100), TargetYear: 2030, Observations: obs(2022, 170, 2023, 150)},
		want: want{status: StatusOnTrack, progress: f(0.5), expected: f(0.3), achievement: f(1.5), rank: "C", trend: TrendImproving},
	},
	{
		name: "decreasing worsened",
		ind: Indicator{Direction: DirectionDecrease, Baseline: Num(200), BaselineYear: 2020,
			Target: plain(100), TargetYear: 2030, Observations: obs(2022, 190, 2023, 220)},
		want: want{status: StatusWorsened, progress: f(-0.2), expected: f(0.3), achievement: f(2.2), rank: "D", trend: TrendWorsening},
	},
	{
		name: "decreasing achieved below target",
		ind: Indicator{Direction: DirectionDecrease, Baseline: Num(200), BaselineYear: 2020,
			Target: plain(100), TargetYear: 2030, Observations: obs(2024, 90)},
		want: want{status: StatusAchieved, progress: f(1.1), expected: f(0.4), achievement: f(0.9), rank: "A"},
	},
	{
		name: "target reached early",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(10), BaselineYear: 2020,
			Target: plain(20), TargetYear: 2030, Observations: obs(2021, 20)},
		want: want{status: StatusAchieved, progress: f(1), expected: f(0.1), achievement: f(1), rank: "A"},
	},
	{
		name: "actual past target year is clamped to expected 1",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(0), BaselineYear: 2020,
			Target: plain(10), TargetYear: 2022, Observations: obs(2024, 9)},
		want: want{status: StatusBehind, progress: f(0.9), expected: f(1), achievement: f(0.9), rank: "B"},
	},
	{
		name: "comparator ge counts: 99.0%以上 met by 99.0",
		ind: Indicator{Baseline: Num(95), BaselineYear: 2020, Target: ge(99), TargetYear: 2025,
			Observations: obs(2022, 99)},
		want: want{status: StatusAchieved, progress: f(1), expected: f(0.4), achievement: f(1), rank: "A"},
	},
	{
		name: "comparator lt is strict: 10件未満 not met by 10",
		ind: Indicator{Baseline: Num(20), BaselineYear: 2020,
			Target: &goal.Target{Kind: goal.KindCount, Value: 10, Cmp: goal.CmpLT, Unit: "件"}, TargetYear: 2025,
			Observations: obs(2025, 10)},
		want: want{status: StatusOnTrack, progress: f(1), expected: f(1), achievement: f(1), rank: "A"},
	},
	{
		name: "t = b: progress undefined, maintained value achieved",
		ind: Indicator{Direction: DirectionMaintain, Tolerance: 0.5, Baseline: Num(80), BaselineYear: 2020,
			Target: plain(80), TargetYear: 2025, Observations: obs(2022, 80.4)},
		want: want{status: StatusAchieved, expected: f(0.4), achievement: f(80.4 / 80), rank: "A"},
	},
	{
		name: "t = b: maintain out of tolerance is worsened, rank undefined",
		ind: Indicator{Direction: DirectionMaintain, Tolerance: 0.5, Baseline: Num(80), BaselineYear: 2020,
			Target: plain(80), TargetYear: 2025, Observations: obs(2022, 78)},
		want: want{status: StatusWorsened, expected: f(0.4), achievement: f(78.0 / 80)},
	},
	{
		name: "missing actuals: no_data",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(50), BaselineYear: 2020,
			Target: plain(100), TargetYear: 2025},
		want: want{status: StatusNoData},
	},
	{
		name: "missing baseline: progress undefined, behind",
		ind: Indicator{Direction: DirectionIncrease, BaselineYear: 2020,
			Target: plain(100), TargetYear: 2025, Observations: obs(2022, 60)},
		want: want{status: StatusBehind, expected: f(0.4), achievement: f(0.6)},
	},
	{
		name: "missing target: status unset",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(50), BaselineYear: 2020,
			Observations: obs(2021, 55, 2022, 60)},
		want: want{expected: nil, trend: TrendImproving},
	},
	{
		name: "zero target: achievement undefined",
		ind: Indicator{Direction: DirectionDecrease, Baseline: Num(12), BaselineYear: 2020,
			Target: plain(0), TargetYear: 2024, Observations: obs(2022, 6)},
		want: want{status: StatusOnTrack, progress: f(0.5), expected: f(0.5), rank: "C"},
	},
	{
		name: "direction inferred from target below baseline",
		ind: Indicator{Baseline: Num(30), BaselineYear: 2020, Target: plain(20), TargetYear: 2025,
			Observations: obs(2021, 32, 2022, 31)},
		want: want{status: StatusWorsened, progress: f(-0.1), expected: f(0.4), achievement: f(31.0 / 20), rank: "D", trend: TrendImproving},
	},
	{
		name: "change target: 10%削減 from 200 is 180",
		ind: Indicator{Baseline: Num(200), BaselineYear: 2020, TargetYear: 2024,
			Target:       &goal.Target{Kind: goal.KindPercentage, Value: 10, Unit: "%", Cmp: goal.CmpEq, Change: goal.ChangeDecrease},
			Observations: obs(2022, 190)},
		want: want{status: StatusOnTrack, progress: f(0.5), expected: f(0.5), achievement: f(190.0 / 180), rank: "C"},
	},
	{
		name: "target year from Target.By",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(0), BaselineYear: 2020,
			Target: &goal.Target{Value: 10, By: 2030}, Observations: obs(2025, 4)},
		want: want{status: StatusBehind, progress: f(0.4), expected: f(0.5), achievement: f(0.4), rank: "D"},
	},
	{
		name: "no years: expected undefined, progress below 1 is behind",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(0), Target: plain(10),
			Observations: []Observation{{Value: 9}}},
		want: want{status: StatusBehind, progress: f(0.9), achievement: f(0.9), rank: "B"},
	},
	{
		name: "flat trend",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(0), BaselineYear: 2020, Target: plain(10), TargetYear: 2030,
			Observations: obs(2021, 5, 2022, 5)},
		want: want{status: StatusOnTrack, progress: f(0.5), expected: f(0.2), achievement: f(0.5), rank: "C", trend: TrendFlat},
	},
	{
		name: "final figure wins over provisional of the same year; trend compares earlier year",
		ind: Indicator{Direction: DirectionIncrease, Baseline: Num(0), BaselineYear: 2020, Target: plain(10), TargetYear: 2030,
			Observations: []Observation{{Year: 2022, Value: 9, Provisional: false}, {Year: 2022, Value: 1, Provisional: true}, {Year: 2021, Value: 3}}},
		want: want{status: StatusOnTrack, progress: f(0.9), expected: f(0.2), achievement: f(0.9), rank: "B", trend: TrendImproving},
	},
}

func TestEvaluate(t *testing.T) {
	for _, tt := range evaluateTests {
		t.Run(tt.name, func(t *testing.T) {
			ev := Evaluate(tt.ind)
			assert.Equal(t, tt.want.status, ev.Status, "status")
			assertFigure(t, "progress", tt.want.progress, ev.Progress)
			assertFigure(t, "expected", tt.want.expected, ev.Expected)
			assertFigure(t, "achievement", tt.want.achievement, ev.Achievement)
			assert.Equal(t, tt.want.rank, ev.Rank, "rank")
			assert.Equal(t, tt.want.trend, ev.Trend, "trend")
			if ev.Status == StatusUnset {
				assert.NotEmpty(t, ev.StatusReason)
			}
			if ev.Rank == "" {
				assert.NotEmpty(t, ev.RankReason)
			}
			if ev.Trend == TrendUnset {
				assert.NotEmpty(t, ev.TrendReason)
			}
		})
	}
}

func assertFigure(t *testing.T, name string, want *float64, got Figure) {
	t.Helper()
	if want == nil {
		assert.False(t, got.OK, "%s should be undefined, got %v", name, got.Value)
		assert.NotEmpty(t, got.Reason, "%s needs a reason", name)
		return
	}
	if assert.True(t, got.OK, "%s undefined: %s", name, got.Reason) {
		assert.InDelta(t, *want, got.Value, 1e-9, name)
	}
}

func TestRankSchemes(t *testing.T) {
	tests := []struct {
		name     string
		scheme   RankScheme
		status   Status
		progress Figure
		want     string
	}{
		{"default achieved", DefaultRanks, StatusAchieved, undefined(ReasonTargetIsBaseline), "A"},
		{"default 1", DefaultRanks, StatusOnTrack, defined(1), "A"},
		{"default 0.8", DefaultRanks, StatusBehind, defined(0.8), "B"},
		{"default 0.79", DefaultRanks, StatusBehind, defined(0.79), "C"},
		{"default 0.5", DefaultRanks, StatusBehind, defined(0.5), "C"},
		{"default negative", DefaultRanks, StatusWorsened, defined(-3), "D"},
		{"default no progress", DefaultRanks, StatusBehind, undefined(ReasonNoBaseline), ""},
		{"default no data", DefaultRanks, StatusNoData, undefined(ReasonNoActual), ""},
		{"five 0.6", FiveLevelRanks, StatusBehind, defined(0.6), "B"},
		{"five 0", FiveLevelRanks, StatusBehind, defined(0), "C"},
		{"five negative", FiveLevelRanks, StatusWorsened, defined(-0.01), "D"},
		{"symbols achieved", SymbolRanks, StatusAchieved, defined(0.9), "◎"},
		{"symbols half", SymbolRanks, StatusOnTrack, defined(0.5), "○"},
		{"symbols negative", SymbolRanks, StatusWorsened, defined(-1), "×"},
		{"no catch-all band", RankScheme{Bands: []RankBand{{Min: 0, Label: "ok"}}}, StatusWorsened, defined(-1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason := tt.scheme.rank(tt.status, tt.progress)
			assert.Equal(t, tt.want, got)
			if got == "" {
				assert.NotEmpty(t, reason)
			}
		})
	}
	for name, s := range RankSchemes {
		assert.NoError(t, s.Validate(), name)
	}
	assert.ErrorIs(t, RankScheme{}.Validate(), ErrRankScheme)
	assert.ErrorIs(t, RankScheme{Bands: []RankBand{{0, "a"}, {1, "b"}}}.Validate(), ErrRankScheme)
	assert.ErrorIs(t, RankScheme{Bands: []RankBand{{math.NaN(), "a"}}}.Validate(), ErrRankScheme)
}

func TestEvaluatorCustomRanksAndFlatBand(t *testing.T) {
	ind := Indicator{Direction: DirectionIncrease, Baseline: Num(0), BaselineYear: 2020, Target: plain(10), TargetYear: 2030,
		Observations: obs(2021, 5, 2022, 5.05)}
	ev := Evaluator{Ranks: SymbolRanks, FlatBand: 0.1}.Evaluate(ind)
	assert.Equal(t, "○", ev.Rank)
	assert.Equal(t, TrendFlat, ev.Trend)
	assert.Equal(t, TrendImproving, Evaluate(ind).Trend)
}

func TestInterim(t *testing.T) {
	ind := Indicator{Direction: DirectionIncrease, Baseline: Num(0), BaselineYear: 2020, Target: plain(100), TargetYear: 2030,
		Interim:      []Milestone{{Year: 2025, Target: goal.Target{Value: 50}}, {Year: 2023, Target: goal.Target{Value: 30}}},
		Observations: obs(2024, 35)}
	ev := Evaluate(ind)
	if assert.NotNil(t, ev.Interim) {
		assert.Equal(t, goal.FiscalYear(2023), ev.Interim.Milestone.Year)
		assert.True(t, ev.Interim.Met)
	}
	ind.Observations = obs(2022, 35)
	assert.Nil(t, Evaluate(ind).Interim)
}

func TestEvaluationJSON(t *testing.T) {
	ev := Evaluate(Indicator{Name: "待機児童数", Direction: DirectionDecrease, Baseline: Num(12), BaselineYear: 2020,
		Target: plain(0), TargetYear: 2024, Observations: obs(2022, 6)})
	b, err := json.Marshal(ev)
	assert.NoError(t, err)
	assert.JSONEq(t, `{"name":"待機児童数","status":"on_track","progress":0.5,"expected":0.5,"achievement":null,"rank":"C","trend":null}`, string(b))

	b, err = json.Marshal(Evaluate(Indicator{Name: "x"}))
	assert.NoError(t, err)
	assert.JSONEq(t, `{"name":"x","status":"no_data","progress":null,"expected":null,"achievement":null,"rank":null,"trend":null}`, string(b))
}

func TestEnumsRoundTrip(t *testing.T) {
	for s := StatusNoData; s <= StatusBehind; s++ {
		b, err := s.MarshalText()
		assert.NoError(t, err)
		var back Status
		assert.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	_, err := StatusUnset.MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Status(99)", Status(99).String())
	assert.Equal(t, "maintain", DirectionMaintain.String())
	assert.Equal(t, "outcome", StageOutcome.String())
	assert.Equal(t, "worsening", TrendWorsening.String())
	var d Direction
	assert.Error(t, d.UnmarshalText([]byte("sideways")))
}
