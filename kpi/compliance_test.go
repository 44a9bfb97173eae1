package kpi

import (
	"encoding/json"
	"math"
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
	_, err := CheckFrequency(goal.Target{Kind: goal.KindCount, Value: 3, Cmp: goal.CmpGE}, nil, day(2023, 4, 1), day(2023, 5, 1))
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

// A target that cannot be judged, or whose Compliance json.Marshal would
// refuse, is an error wrapping ErrTarget.
func TestCheckFrequencyValidatesTarget(t *testing.T) {
	tests := []struct {
		name string
		tg   goal.Target
		msg  string
	}{
		{"no comparator", goal.Target{Kind: goal.KindFrequency, Value: 1, Per: goal.PeriodMonth, Text: "月1回"}, `kpi: target "月1回": not a target: no comparator`},
		{"no kind", goal.Target{Value: 1, Cmp: goal.CmpGE, Per: goal.PeriodMonth}, `kpi: target "": not a target: no kind`},
		{"NaN value", goal.Target{Kind: goal.KindFrequency, Value: math.NaN(), Cmp: goal.CmpGE, Per: goal.PeriodMonth}, `kpi: target "": not a target: value or max not finite`},
		{"infinite max", goal.Target{Kind: goal.KindFrequency, Value: 1, Max: math.Inf(1), Cmp: goal.CmpRange, Per: goal.PeriodMonth}, `kpi: target "": not a target: value or max not finite`},
		{"negative interval", goal.Target{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpGE, Per: goal.PeriodMonth, Interval: -2}, `kpi: target "": not a target: negative interval`},
		{"range upside down", goal.Target{Kind: goal.KindFrequency, Value: 5, Max: 2, Cmp: goal.CmpRange, Per: goal.PeriodMonth}, `kpi: target "": not a target: range max below its value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CheckFrequency(tt.tg, nil, day(2023, 4, 1), day(2023, 5, 31))
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrTarget)
			assert.Equal(t, tt.msg, err.Error())
		})
	}
}

// FuzzCheckFrequency: every Compliance CheckFrequency returns marshals.
func FuzzCheckFrequency(f *testing.F) {
	f.Add(uint8(1), 1.0, 0.0, uint8(3), uint8(3), 0, 2023, 4, 2024, 3)
	f.Add(uint8(2), 10.0, 20.0, uint8(7), uint8(6), 2, 2020, 1, 2020, 12)
	f.Fuzz(func(t *testing.T, kind uint8, value, maxv float64, cmp, per uint8, interval, y1, m1, y2, m2 int) {
		tg := goal.Target{Kind: goal.Kind(kind % 12), Value: value, Max: maxv, Cmp: goal.Comparator(cmp % 10),
			Per: goal.Period(per % 10), Interval: interval % 50, Text: "x"}
		from := goal.Date{Year: 2000 + y1%50, Month: 1 + (m1%12+12)%12, Precision: goal.PrecisionMonth}
		to := goal.Date{Year: 2000 + y2%50, Month: 1 + (m2%12+12)%12, Precision: goal.PrecisionMonth}
		c, err := CheckFrequency(tg, []goal.Date{from}, from, to)
		if err != nil {
			return
		}
		if _, err := json.Marshal(c); err != nil {
			t.Fatalf("%+v: Compliance does not marshal: %v", tg, err)
		}
	})
}
