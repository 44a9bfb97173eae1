package goal

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTargetJSON(t *testing.T) {
	tests := []struct {
		name string
		t    Target
		json string
	}{
		{"frequency", Target{Kind: KindFrequency, Value: 1, Cmp: CmpGE, Per: PeriodMonth, Text: "月1回以上", Span: Span{3, 16}},
			`{"kind":"frequency","value":1,"per":"month","cmp":"ge","text":"月1回以上","start":3,"end":16}`},
		{"interval", Target{Kind: KindFrequency, Value: 1, Cmp: CmpEq, Per: PeriodMonth, Interval: 2, Text: "2か月に1回", Span: Span{0, 14}},
			`{"kind":"frequency","value":1,"per":"month","interval":2,"cmp":"eq","text":"2か月に1回","start":0,"end":14}`},
		{"range", Target{Kind: KindCount, Value: 10, Max: 20, Cmp: CmpRange, Unit: "件", Text: "10～20件", Span: Span{0, 11}},
			`{"kind":"count","value":10,"max":20,"unit":"件","cmp":"range","text":"10～20件","start":0,"end":11}`},
		{"zero value kept", Target{Kind: KindCount, Value: 0, Cmp: CmpEq, Subject: "待機児童", Text: "ゼロ", Span: Span{12, 18}},
			`{"kind":"count","value":0,"cmp":"eq","subject":"待機児童","text":"ゼロ","start":12,"end":18}`},
		{"subject and action", Target{Kind: KindFrequency, Value: 1, Cmp: CmpEq, Per: PeriodMonth, Subject: "局内会議", Action: "開催する", Text: "月1回", Span: Span{15, 22}},
			`{"kind":"frequency","value":1,"per":"month","cmp":"eq","subject":"局内会議","action":"開催する","text":"月1回","start":15,"end":22}`},
		{"change and deadline", Target{Kind: KindPercentage, Value: 5, Cmp: CmpEq, Unit: "%", Change: ChangeDecrease, By: 2030, Text: "5%削減", Span: Span{0, 8}},
			`{"kind":"percentage","value":5,"unit":"%","cmp":"eq","change":"decrease","by":"2030","text":"5%削減","start":0,"end":8}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.t)
			require.NoError(t, err)
			assert.JSONEq(t, tc.json, string(b))
			assert.Equal(t, tc.json, string(b), "field order is part of the contract")
			var back Target
			require.NoError(t, json.Unmarshal(b, &back))
			want := tc.t
			if want.Interval == 1 {
				want.Interval = 0
			}
			assert.Equal(t, want, back)
		})
	}
}

func TestTargetJSONRejectsUnset(t *testing.T) {
	_, err := json.Marshal(Target{Value: 1, Cmp: CmpEq})
	assert.Error(t, err, "a target without a kind has no JSON form")
	var back Target
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"often","value":1,"cmp":"eq"}`), &back))
}

func TestEnumStrings(t *testing.T) {
	assert.Equal(t, "frequency", KindFrequency.String())
	assert.Equal(t, "Kind(0)", KindUnset.String())
	assert.Equal(t, "Kind(200)", Kind(200).String())
	assert.Equal(t, "half_year", PeriodHalfYear.String())
	assert.Equal(t, "Period(9)", Period(9).String())
	assert.Equal(t, "range", CmpRange.String())
	assert.Equal(t, "decrease", ChangeDecrease.String())
	for k := KindFrequency; k <= KindDuration; k++ {
		var back Kind
		b, err := k.MarshalText()
		require.NoError(t, err)
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
}

func TestTargetPerYear(t *testing.T) {
	tests := []struct {
		name string
		t    Target
		rate float64
		ok   bool
	}{
		{"monthly", Target{Kind: KindFrequency, Value: 1, Per: PeriodMonth}, 12, true},
		{"every two months", Target{Kind: KindFrequency, Value: 1, Per: PeriodMonth, Interval: 2}, 6, true},
		{"quarterly", Target{Kind: KindFrequency, Value: 1, Per: PeriodQuarter}, 4, true},
		{"ten a year", Target{Kind: KindFrequency, Value: 10, Per: PeriodYear}, 10, true},
		{"every three years", Target{Kind: KindFrequency, Value: 1, Per: PeriodYear, Interval: 3}, 1.0 / 3, true},
		{"weekly", Target{Kind: KindFrequency, Value: 1, Per: PeriodWeek}, 52, true},
		{"no period", Target{Kind: KindCount, Value: 12, Unit: "回"}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rate, ok := tc.t.PerYear()
			assert.Equal(t, tc.ok, ok)
			assert.InDelta(t, tc.rate, rate, 1e-9)
		})
	}
}

func TestTargetString(t *testing.T) {
	tests := []struct {
		name string
		t    Target
		want string
	}{
		{"monthly at least", Target{Kind: KindFrequency, Value: 1, Cmp: CmpGE, Per: PeriodMonth}, "月1回以上"},
		{"two months", Target{Kind: KindFrequency, Value: 1, Cmp: CmpEq, Per: PeriodMonth, Interval: 2}, "2か月に1回"},
		{"percent", Target{Kind: KindPercentage, Value: 1, Cmp: CmpGE, Unit: "%"}, "1%以上"},
		{"points", Target{Kind: KindPercentage, Value: 5, Cmp: CmpEq, Unit: "pt", Change: ChangeIncrease}, "5ポイント増加"},
		{"rank", Target{Kind: KindRank, Value: 10, Cmp: CmpLE}, "10位以内"},
		{"about", Target{Kind: KindCount, Value: 200, Cmp: CmpApprox, Unit: "人"}, "約200人"},
		{"range", Target{Kind: KindCount, Value: 10, Max: 20, Cmp: CmpRange, Unit: "件"}, "10～20件"},
		{"per year count", Target{Kind: KindCount, Value: 500, Cmp: CmpEq, Unit: "件", Per: PeriodYear}, "年間500件"},
		{"decrease", Target{Kind: KindPercentage, Value: 5, Cmp: CmpEq, Unit: "%", Change: ChangeDecrease}, "5%削減"},
		{"duration", Target{Kind: KindDuration, Value: 15, Cmp: CmpLE, Unit: "分"}, "15分以内"},
		{"ratio", Target{Kind: KindRatio, Value: 1.5, Cmp: CmpGE}, "1.5倍以上"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.t.String())
		})
	}
}

func TestTargetHolds(t *testing.T) {
	monthly := Target{Kind: KindFrequency, Value: 1, Cmp: CmpEq, Per: PeriodMonth}
	assert.True(t, monthly.Holds(1))
	assert.True(t, monthly.Holds(3), "a frequency without comparator is a minimum")
	assert.False(t, monthly.Holds(0))
	atMost := Target{Kind: KindFrequency, Value: 1, Cmp: CmpLE, Per: PeriodMonth}
	assert.False(t, atMost.Holds(2))
	pct := Target{Kind: KindPercentage, Value: 99, Cmp: CmpGE, Unit: "%"}
	assert.True(t, pct.Holds(99.5))
	assert.False(t, pct.Holds(98.9))
	rng := Target{Kind: KindCount, Value: 10, Max: 20, Cmp: CmpRange}
	assert.True(t, rng.Holds(20))
	assert.False(t, rng.Holds(21))
}
