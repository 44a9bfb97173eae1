package parse

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// assessWant is an assessment as a user sees it, without its span.
type assessWant struct {
	Indicator string
	Reached   goal.Attainment
	Trend     goal.Trend
	Actual    *goal.IndicatorValue
}

func assessOf(as []goal.Assessment) []assessWant {
	var out []assessWant
	for _, a := range as {
		out = append(out, assessWant{a.Indicator, a.Reached, a.Trend, a.Actual})
	}
	return out
}

var assessmentTests = []struct {
	name string
	in   string
	want []assessWant
}{
	{"not reached but rising, then falling",
		"前計画の評価では、「協働意識」の指標は目標値に達しなかったものの上昇し、「地域への愛着」に関する指標は減少した。",
		[]assessWant{{"協働意識", goal.NotReached, goal.TrendUp, nil}, {"地域への愛着", 0, goal.TrendDown, nil}}},
	{"quoted indicator reached",
		"「公園の満足度」は目標値を達成した。", []assessWant{{"公園の満足度", goal.Reached, 0, nil}}},
	{"actual quoted in passing with its year",
		"令和4年度の市民アンケートでは「まちに誇りを持つ人」の割合が62.5%であり、前回から横ばいである。",
		[]assessWant{{"まちに誇りを持つ人の割合", 0, goal.TrendFlat, &goal.IndicatorValue{Value: 62.5, Year: goal.Year{Value: 2022}}}}},
	{"indicator named after 指標", "成果指標「市民活動への参加率」は低下している。",
		[]assessWant{{"市民活動への参加率", 0, goal.TrendDown, nil}}},
	{"a line broken inside the sentence",
		"「防災意識」の指標は目標に届かなかっ\n\nたが、増加傾向にある。", []assessWant{{"防災意識", goal.NotReached, goal.TrendUp, nil}}},
	{"a quoted title is no indicator", "「第2期広報戦略」を策定した。", nil},
	{"an indicator named without assessment is not listed", "「信頼感」の指標について説明があった。", nil},
}

func TestAssessments(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	for _, tc := range assessmentTests {
		t.Run(tc.name, func(t *testing.T) {
			as, err := p.Assessments(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, assessOf(as))
			for _, a := range as {
				assert.Equal(t, tc.in[a.Span.Start:a.Span.End], a.Text)
			}
		})
	}
}

// TestAssessmentsSeedMeeting: the 305th strategy meeting summary assesses
// three indicators of the previous plan, and quotes ８６．３％ as the FY2020
// actual of 住みやすいと思う人の割合 (not a target).
func TestAssessmentsSeedMeeting(t *testing.T) {
	src, err := os.ReadFile("../testdata/saitama_strategy_meeting_305.txt")
	require.NoError(t, err)
	p, err := New()
	require.NoError(t, err)
	as, err := p.Assessments(string(src))
	require.NoError(t, err)
	assert.Equal(t, []assessWant{
		{"信頼感", goal.NotReached, goal.TrendUp, nil},
		{"共有感", 0, goal.TrendDown, nil},
		{"さいたま市を住みやすいと思う人の割合", goal.NotReached, goal.TrendUp, nil},
		{"住みやすいと思う人の割合", 0, 0, &goal.IndicatorValue{Value: 86.3, Year: goal.Year{Value: 2020}}},
	}, assessOf(as))
	assert.Equal(t, "「共有感」に関する指標は減少している", as[1].Text)
	assert.Contains(t, as[3].Text, "８６．３％")
	for _, a := range as {
		assert.Equal(t, string(src[a.Span.Start:a.Span.End]), a.Text)
	}
}

func TestSeedActualIsNoTarget(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	ex, err := p.Extract("令和２年度市民意識調査では「住みやすいと思う人」の割合が８６．３％であり、市")
	require.NoError(t, err)
	assert.Empty(t, ex.Targets)
	require.Len(t, ex.Figures, 1)
	assert.Equal(t, goal.RoleActual, ex.Figures[0].Role)
	assert.Equal(t, goal.Year{Value: 2020}, ex.Figures[0].Year)
}

// FuzzAssessments: never a panic, and every assessment's text is the input
// at its span.
func FuzzAssessments(f *testing.F) {
	for _, tc := range assessmentTests {
		f.Add(tc.in)
	}
	f.Add("「」「の指標は\n\n上昇")
	p, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		as, err := p.Assessments(s)
		if err != nil {
			return
		}
		for _, a := range as {
			require.True(t, 0 <= a.Span.Start && a.Span.Start <= a.Span.End && a.Span.End <= len(s), "span %v in %d bytes", a.Span, len(s))
			require.Equal(t, s[a.Span.Start:a.Span.End], a.Text)
		}
	})
}
