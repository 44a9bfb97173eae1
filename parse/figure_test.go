package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

var figureTests = []struct {
	name string
	in   string
	want Figure // Span is checked against Text
	err  error
}{
	{"bare number", "76.5", Figure{Value: 76.5, Cmp: goal.CmpEq, Text: "76.5"}, nil},
	{"grouped digits", " 1,284 ", Figure{Value: 1284, Cmp: goal.CmpEq, Text: "1,284"}, nil},
	{"unit that is no counter", "912g", Figure{Value: 912, Unit: "g", Cmp: goal.CmpEq, Text: "912g"}, nil},
	{"compound unit", "3.21kWh/㎡", Figure{Value: 3.21, Unit: "kWh/㎡", Cmp: goal.CmpEq, Text: "3.21kWh/㎡"}, nil},
	{"counter with a bracketed fiscal year", "5.2冊（令和元年度）", Figure{Value: 5.2, Unit: "冊", Cmp: goal.CmpEq, Year: goal.Year{Value: 2019}, Text: "5.2冊"}, nil},
	{"bare rate with a calendar year", "1.32（令和元年）", Figure{Value: 1.32, Cmp: goal.CmpEq, Year: goal.Year{Value: 2019, Calendar: true}, Text: "1.32"}, nil},
	{"bare era year in brackets", "1,200件以下（R8）", Figure{Value: 1200, Unit: "件", Cmp: goal.CmpLE, Year: goal.Year{Value: 2026}, Text: "1,200件以下"}, nil},
	{"duration with a comparator", "35分以内", Figure{Value: 35, Unit: "分", Cmp: goal.CmpLE, Text: "35分以内"}, nil},
	{"duration without a comparator", "38.2分", Figure{Value: 38.2, Unit: "分", Cmp: goal.CmpEq, Text: "38.2分"}, nil},
	{"unit beyond the counter, full width, calendar year", "２．１万人泊（令和４年）", Figure{Value: 21000, Unit: "人泊", Cmp: goal.CmpEq, Year: goal.Year{Value: 2022, Calendar: true}, Text: "２．１万人泊"}, nil},
	{"myriad unit", "412万人", Figure{Value: 4120000, Unit: "人", Cmp: goal.CmpEq, Text: "412万人"}, nil},
	{"minus sign △", "△5", Figure{Value: -5, Cmp: goal.CmpEq, Text: "△5"}, nil},
	{"full-width percentage", "８６．３％", Figure{Value: 86.3, Unit: "%", Cmp: goal.CmpEq, Text: "８６．３％"}, nil},
	{"a date alone is no figure", "令和3年度", Figure{}, ErrNoTarget},
	{"text is no figure", "調査中", Figure{}, ErrNoTarget},
	{"two quantities", "10件 20件", Figure{}, ErrManyTargets},
}

func TestParseFigure(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	for _, tc := range figureTests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := p.ParseFigure(tc.in)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				var te *TargetError
				assert.ErrorAs(t, err, &te)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.in[f.Span.Start:f.Span.End], f.Text)
			f.Span = goal.Span{}
			assert.Equal(t, tc.want, f)
		})
	}
}

// FuzzParseFigure: no panic; a figure's text is the input at its span.
func FuzzParseFigure(f *testing.F) {
	for _, tc := range figureTests {
		f.Add(tc.in)
	}
	f.Add("1／")
	p, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := p.ParseFigure(s)
		if err != nil {
			return
		}
		require.True(t, 0 <= fig.Span.Start && fig.Span.Start <= fig.Span.End && fig.Span.End <= len(s), "span %v", fig.Span)
		require.Equal(t, s[fig.Span.Start:fig.Span.End], fig.Text)
	})
}
