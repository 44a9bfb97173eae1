package kpi

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func rollupFixture() []Evaluation {
	mk := func(name, owner, node string, w Number, baseline, target, actual float64, hasActual bool) Indicator {
		ind := Indicator{Name: name, Owner: owner, Node: node, Weight: w, Direction: DirectionIncrease,
			Baseline: Num(baseline), BaselineYear: 2020, Target: plain(target), TargetYear: 2025}
		if hasActual {
			ind.Observations = obs(2023, actual)
		}
		return ind
	}
	return Evaluator{}.EvaluateAll([]Indicator{
		mk("a", "課A", "1", Num(3), 0, 10, 10, true),   // achieved, score 1
		mk("b", "課A", "1", Num(1), 0, 10, 2, true),    // behind, score 0.2
		mk("c", "課B", "1", Number{}, 0, 10, -5, true), // worsened, score 0 (clamped), weight 1
		mk("d", "課B", "2", Num(2), 0, 10, 0, false),   // no data
	})
}

func TestRollups(t *testing.T) {
	evs := rollupFixture()
	byOwner := RollupByOwner(evs)
	require.Len(t, byOwner, 2)
	a := byOwner[0]
	assert.Equal(t, "課A", a.Key)
	assert.Equal(t, 2, a.Indicators)
	assert.Equal(t, 1, a.ByStatus[StatusAchieved])
	assert.Equal(t, 1, a.ByStatus[StatusBehind])
	assert.InDelta(t, 0.6, a.MeanScore.Value, 1e-9)
	assert.InDelta(t, (3*1+1*0.2)/4, a.WeightedScore.Value, 1e-9)
	b := byOwner[1]
	assert.Equal(t, 1, b.ByStatus[StatusWorsened])
	assert.Equal(t, 1, b.ByStatus[StatusNoData])
	assert.InDelta(t, 0, b.MeanScore.Value, 1e-9)

	byNode := RollupByNode(evs)
	require.Len(t, byNode, 2)
	assert.Equal(t, 3, byNode[0].Indicators)
	assert.False(t, byNode[1].MeanScore.OK, "a node with only no-data indicators has no score")
	assert.NotEmpty(t, byNode[1].MeanScore.Reason)

	all := RollupAll(evs)
	assert.Equal(t, 4, all.Indicators)
	assert.InDelta(t, (3*1+1*0.2+1*0)/5, all.WeightedScore.Value, 1e-9)
	assert.False(t, RollupAll(nil).MeanScore.OK)
}

func TestContributions(t *testing.T) {
	evs := rollupFixture()
	cs := Contributions(evs)
	require.Len(t, cs, 4)
	assert.Equal(t, []string{"a", "b", "c", "d"}, []string{cs[0].Name, cs[1].Name, cs[2].Name, cs[3].Name})
	assert.InDelta(t, 0.6, cs[0].Share, 1e-9)
	assert.InDelta(t, 0.6, cs[0].Contribution.Value, 1e-9)
	assert.InDelta(t, 0.04, cs[1].Contribution.Value, 1e-9)
	assert.False(t, cs[3].Contribution.OK)
	sum := 0.0
	for _, c := range cs {
		sum += c.Contribution.Value
	}
	assert.InDelta(t, RollupAll(evs).WeightedScore.Value, sum, 1e-9, "contributions add up to the weighted score")
}
