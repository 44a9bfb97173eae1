package goal

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIndicatorJSON(t *testing.T) {
	tests := []struct {
		name string
		in   Indicator
		want string
	}{
		{"everything",
			Indicator{Name: "合計特殊出生率", Direction: DirectionIncrease,
				Baseline: &IndicatorValue{Value: 1.32, Year: Year{Value: 2019, Calendar: true}},
				Interim:  []IndicatorValue{{Value: 1.38, Year: Year{Value: 2022, Calendar: true}, Cmp: CmpEq}},
				Target:   &IndicatorValue{Value: 1.45, Year: Year{Value: 2024, Calendar: true}, Cmp: CmpGE},
				Actuals:  []IndicatorValue{{Value: 1.35, Year: Year{Value: 2021, Calendar: true}}},
				Node:     "子育て支援", Text: "合計特殊出生率：1.32→1.45", Span: Span{Start: 3, End: 40}},
			`{"name":"合計特殊出生率","direction":"increase","baseline":{"value":1.32,"year":"2019","calendar":true},` +
				`"interim":[{"value":1.38,"year":"2022","calendar":true,"cmp":"eq"}],"target":{"value":1.45,"year":"2024","calendar":true,"cmp":"ge"},` +
				`"actuals":[{"value":1.35,"year":"2021","calendar":true}],"node":"子育て支援","text":"合計特殊出生率：1.32→1.45","start":3,"end":40}`},
		{"fiscal years, unit, no direction",
			Indicator{Name: "来館者数", Unit: "人", Baseline: &IndicatorValue{Value: 412000, Year: Year{Value: 2022}},
				Target: &IndicatorValue{Value: 450000, Cmp: CmpEq}, Text: "来館者数 412000 450000", Span: Span{End: 24}},
			`{"name":"来館者数","unit":"人","baseline":{"value":412000,"year":"2022"},"target":{"value":450000,"cmp":"eq"},"text":"来館者数 412000 450000","start":0,"end":24}`},
		{"nothing stated", Indicator{Name: "x"}, `{"name":"x","text":"","start":0,"end":0}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.JSONEq(t, tc.want, string(b))
			var back Indicator
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
}

func TestIndicatorValueJSONErrors(t *testing.T) {
	var v IndicatorValue
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"value":1,"year":"20x0"}`), &v), ErrInvalidDate)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"value":1,"year":"0"}`), &v), ErrInvalidDate)
	_, err := json.Marshal(IndicatorValue{Value: nan()})
	assert.Error(t, err)
}

func nan() float64 { var z float64; return z / z }

func TestTargetRoleYearJSON(t *testing.T) {
	in := Target{Kind: KindPercentage, Value: 35, Unit: "%", Cmp: CmpEq, Role: RoleTarget,
		Year: Year{Value: 2026}, Text: "35.0%", Span: Span{Start: 80, End: 85}}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"percentage","value":35,"unit":"%","cmp":"eq","role":"target","year":"2026","text":"35.0%","start":80,"end":85}`, string(b))
	var back Target
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)

	in.Role, in.Year = RoleBaseline, Year{Value: 2019, Calendar: true}
	b, err = json.Marshal(in)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"role":"baseline","year":"2019","calendar":true`)
}

func TestRoleText(t *testing.T) {
	for r, name := range []string{"", "target", "interim", "baseline", "actual", "other"} {
		if r == 0 {
			_, err := RoleUnset.MarshalText()
			assert.Error(t, err)
			continue
		}
		b, err := Role(r).MarshalText()
		require.NoError(t, err)
		assert.Equal(t, name, string(b))
		var back Role
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, Role(r), back)
	}
	assert.True(t, RoleInterim.Commits())
	assert.False(t, RoleBaseline.Commits())
	assert.Equal(t, "2024年", Year{Value: 2024, Calendar: true}.String())
	assert.Equal(t, "", Year{}.String())
}

func TestAssessmentJSON(t *testing.T) {
	a := Assessment{Indicator: "信頼感", Reached: NotReached, Trend: TrendUp, Text: "「信頼感」の指標は…上昇", Span: Span{Start: 1, End: 9}}
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{"indicator":"信頼感","reached":"not_reached","trend":"up","text":"「信頼感」の指標は…上昇","start":1,"end":9}`, string(b))
	var back Assessment
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a, back)
}
