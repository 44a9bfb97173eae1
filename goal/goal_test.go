package goal_test

import (
	"encoding/json"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGoalJSON(t *testing.T) {
	g := goal.Goal{
		Owner:     "総務局",
		Statement: "市民満足度向上のため、月1回開催します。",
		Purpose:   "市民満足度向上のため",
		Targets: []goal.Target{{Kind: goal.KindFrequency, Value: 1, Per: goal.PeriodMonth, Cmp: goal.CmpEq,
			Text: "月1回", Span: goal.Span{Start: 40, End: 47}}},
		Span: goal.Span{Start: 10, End: 70},
		Line: 3,
	}
	b, err := json.Marshal(g)
	require.NoError(t, err)
	assert.JSONEq(t, `{"owner":"総務局","text":"市民満足度向上のため、月1回開催します。","purpose":"市民満足度向上のため",
		"targets":[{"kind":"frequency","value":1,"per":"month","cmp":"eq","text":"月1回","start":40,"end":47}],
		"start":10,"end":70,"line":3}`, string(b))
	var back goal.Goal
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, g, back)
}

func TestGoalJSONNoTargets(t *testing.T) {
	b, err := json.Marshal(goal.Goal{Statement: "発信します。"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"発信します。","targets":[],"start":0,"end":0}`, string(b), "targets is [] not null")
	var back goal.Goal
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Nil(t, back.Targets, "zero value round-trips")
}
