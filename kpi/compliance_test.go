package kpi

import (
	"encoding/json"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(y, m, d int) goal.Date {
	return goal.Date{Year: y, Month: m, Day: d, Precision: goal.PrecisionDay}
}

func month(y, m int) goal.Date { return goal.Date{Year: y, Month: m, Precision: goal.PrecisionMonth} }

var monthlyMin = goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpGE, Per: goal.PeriodMonth, Text: "月1回以上"}

func TestCheckFrequency(t *testing.T) {
	events := []goal.Date{day(2023, 4, 12), day(2023, 5, 10), day(2023, 5, 30), day(2023, 8, 9),
		month(2023, 10), day(2024, 1, 15), day(2024, 3, 31), day(2024, 4, 1), day(2023, 3, 31)}
	type period struct {
		name  string
		count int
		met   bool
	}
	tests := []struct {
		name     string
		target   goal.Target
		from, to goal.Date
		want     []period
		met      int
		outside  int
		unplaced int
	}{
		{
			name: "monthly minimum over a fiscal year", target: monthlyMin,
			from: day(2023, 4, 1), to: day(2024, 3, 31),
			want: []period{{"2023-04", 1, true}, {"2023-05", 2, true}, {"2023-06", 0, false}, {"2023-07", 0, false},
				{"2023-08", 1, true}, {"2023-09", 0, false}, {"2023-10", 1, true}, {"2023-11", 0, false},
				{"2023-12", 0, false}, {"2024-01", 1, true}, {"2024-02", 0, false}, {"2024-03", 1, true}},
			met: 6, outside: 2,
		},
		{
			name:   "no comparator is a minimum: 月1回 met by two",
			target: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpEq, Per: goal.PeriodMonth},
			from:   day(2023, 5, 1), to: day(2023, 5, 31),
			want: []period{{"2023-05", 2, true}}, met: 1, outside: 7,
		},
		{
			name:   "at most: 月1回以下 missed by two",
			target: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpLE, Per: goal.PeriodMonth},
			from:   month(2023, 4), to: month(2023, 6),
			want: []period{{"2023-04", 1, true}, {"2023-05", 2, false}, {"2023-06", 0, true}}, met: 2, outside: 6,
		},
		{
			name:   "fiscal quarters: 四半期ごと",
			target: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpEq, Per: goal.PeriodQuarter},
			from:   day(2023, 4, 1), to: day(2024, 3, 31),
			want: []period{{"FY2023-Q1", 3, true}, {"FY2023-Q2", 1, true}, {"FY2023-Q3", 1, true}, {"FY2023-Q4", 2, true}},
			met:  4, outside: 2,
		},
		{
			name:   "fiscal years: 年10回以上, partial second year",
			target: goal.Target{Kind: goal.KindFrequency, Value: 10, Cmp: goal.CmpGE, Per: goal.PeriodYear},
			from:   day(2022, 4, 1), to: day(2024, 4, 30),
			want: []period{{"FY2022", 1, false}, {"FY2023", 7, false}, {"FY2024", 1, false}},
			met:  0,
		},
		{
			name:   "two-month cycle: 2か月に1回",
			target: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpEq, Per: goal.PeriodMonth, Interval: 2},
			from:   day(2023, 4, 1), to: day(2023, 9, 30),
			want: []period{{"2023-04..2023-05", 3, true}, {"2023-06..2023-07", 0, false}, {"2023-08..2023-09", 1, true}},
			met:  2, outside: 5,
		},
		{
			name:   "weeks: a month-precision event cannot be placed",
			target: goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpGE, Per: goal.PeriodWeek},
			from:   day(2023, 10, 1), to: day(2023, 10, 8),
			want: []period{{"2023-W39", 0, false}, {"2023-W40", 0, false}},
			met:  0, outside: 8, unplaced: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := CheckFrequency(tt.target, events, tt.from, tt.to)
			require.NoError(t, err)
			var got []period
			for _, p := range c.Periods {
				got = append(got, period{p.Period, p.Count, p.Met})
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.met, c.Met)
			assert.Equal(t, len(tt.want)-tt.met, c.Missed)
			assert.Equal(t, tt.outside, c.Outside, "outside")
			assert.Len(t, c.Unplaced, tt.unplaced, "unplaced")
		})
	}
}

func TestCheckFrequencyErrors(t *testing.T) {
	_, err := CheckFrequency(goal.Target{Kind: goal.KindCount, Value: 3}, nil, day(2023, 4, 1), day(2023, 5, 1))
	assert.ErrorIs(t, err, ErrNotPeriod)
	_, err = CheckFrequency(monthlyMin, nil, day(2024, 4, 1), day(2023, 5, 1))
	assert.ErrorIs(t, err, ErrDateRange)
	_, err = CheckFrequency(monthlyMin, nil, goal.Date{Year: 2023, Precision: goal.PrecisionYear}, day(2023, 5, 1))
	assert.ErrorIs(t, err, ErrDateRange)
	_, err = CheckFrequency(monthlyMin, nil, day(2023, 2, 30), day(2023, 5, 1))
	assert.ErrorIs(t, err, ErrDateRange)
	_, err = CheckFrequency(monthlyMin, nil, goal.Date{}, day(2023, 5, 1))
	assert.ErrorIs(t, err, ErrDateRange)
	daily := goal.Target{Kind: goal.KindFrequency, Value: 1, Per: goal.PeriodDay, Cmp: goal.CmpEq}
	_, err = CheckFrequency(daily, nil, day(1900, 1, 1), day(2100, 1, 1))
	assert.ErrorIs(t, err, ErrTooMany)
}

func TestComplianceJSON(t *testing.T) {
	c, err := CheckFrequency(monthlyMin, []goal.Date{day(2023, 4, 12)}, day(2023, 4, 1), day(2023, 5, 31))
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"target":{"kind":"frequency","value":1,"per":"month","cmp":"ge","text":"月1回以上","start":0,"end":0},
		"periods":[{"period":"2023-04","count":1,"met":true},{"period":"2023-05","count":0,"met":false}],"met":1,"missed":1}`, string(b))
}
