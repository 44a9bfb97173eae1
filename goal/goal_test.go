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

func TestClockTime(t *testing.T) {
	c, err := goal.Clock(15, 50)
	require.NoError(t, err)
	assert.Equal(t, "15:50", c.String())
	assert.Equal(t, 15, c.Hour())
	assert.Equal(t, 50, c.Minute())
	midnight, err := goal.Clock(0, 0)
	require.NoError(t, err)
	assert.False(t, midnight.IsZero(), "00:00 is a set time")
	assert.True(t, goal.ClockTime{}.IsZero())
	for _, bad := range [][2]int{{24, 0}, {-1, 0}, {12, 60}} {
		_, err := goal.Clock(bad[0], bad[1])
		assert.ErrorIs(t, err, goal.ErrClockTime)
	}
	var back goal.ClockTime
	require.NoError(t, back.UnmarshalText([]byte("09:05")))
	assert.Equal(t, "09:05", back.String())
	assert.Error(t, back.UnmarshalText([]byte("9:5")))
	_, err = goal.ClockTime{}.MarshalText()
	assert.Error(t, err)
}

func TestMeetingJSONOmitsUnset(t *testing.T) {
	b, err := json.Marshal(goal.Meeting{Title: "第1回会議"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"title":"第1回会議","attendees":null,"agenda":null,"proposal":{"points":null},
		"opinions":null,"materials":null}`, string(b))
	var m goal.Meeting
	require.NoError(t, json.Unmarshal([]byte(`{"title":"x","date":"2020-11-20","start":"15:50","outcome":"approved","fiscal_year":"2020"}`), &m))
	assert.Equal(t, "15:50", m.Start.String())
	assert.Equal(t, goal.OutcomeApproved, m.Outcome)
	assert.Equal(t, goal.FiscalYear(2020), m.FiscalYear)
}
