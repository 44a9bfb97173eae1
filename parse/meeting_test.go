package parse_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func clock(t *testing.T, h, m int) goal.ClockTime {
	c, err := goal.Clock(h, m)
	require.NoError(t, err)
	return c
}

func TestLoadMeeting305(t *testing.T) {
	m, err := newParser(t).LoadMeeting(bytes.NewReader(readTestdata(t, "saitama_strategy_meeting_305.txt")))
	require.NoError(t, err)
	assert.Equal(t, "都市経営戦略会議", m.Body)
	assert.Equal(t, goal.FiscalYear(2020), m.FiscalYear)
	assert.Equal(t, 5, m.Session)
	assert.Equal(t, 305, m.Overall)
	assert.Equal(t, "2020-11-20", m.Date.String())
	assert.Equal(t, clock(t, 15, 50), m.Start)
	assert.Equal(t, clock(t, 16, 30), m.End)
	assert.Equal(t, "政策会議室", m.Place)
	assert.Len(t, m.Attendees, 10)
	assert.Equal(t, "理事（広報広聴・シティセールス担当）", m.Attendees[9], "an attendee wrapped onto the next line")
	assert.Equal(t, []string{"第２期さいたま市ＰＲマスタープランの策定について"}, m.Agenda)
	assert.Equal(t, "市長公室", m.Proposal.Presenter)
	require.Len(t, m.Proposal.Points, 14)
	assert.Contains(t, m.Proposal.Points[0].Text, "市内外の方との関係性向上", "a word broken over lines is joined")
	assert.Len(t, m.Proposal.Points[1].Items, 4)
	assert.True(t, strings.HasSuffix(m.Proposal.Points[1].Items[3], "含まないこととする。"))
	assert.True(t, strings.HasSuffix(m.Proposal.Points[13].Text, "設置要綱の改定を検討していく。"), "a line without ・ continues the point")
	require.Len(t, m.Opinions, 10)
	answered := 0
	for _, o := range m.Opinions {
		answered += len(o.Answers)
		assert.NotContains(t, o.Text, "→")
	}
	assert.Equal(t, 6, answered)
	assert.Equal(t, []string{"承知。"}, m.Opinions[3].Answers)
	assert.Equal(t, goal.OutcomeApproved, m.Outcome)
	assert.Contains(t, m.Result, "原案のとおり了承")
	assert.Equal(t, []string{"第２期さいたま市ＰＲマスタープランの策定について"}, m.Materials)
}

func TestGoldenMeeting(t *testing.T) {
	m, err := newParser(t).LoadMeeting(bytes.NewReader(readTestdata(t, "saitama_strategy_meeting_305.txt")))
	require.NoError(t, err)
	checkGolden(t, "meeting_305.json", m)
}

var meetingTests = []struct {
	name           string
	in             string
	fy             goal.FiscalYear
	session, total int
	date           string
	start, end     string
	agenda         []string
	opinions       []goal.Opinion
	outcome        goal.MeetingOutcome
	errIs          error
	errLine        int
}{
	{
		name: "ascii digits, morning, half past, CRLF",
		in:   "■令和5年度第1回（第320回）都市経営戦略会議結果概要\r\n【日時】令和5年4月12日（水）午前9時半～午前11時\r\n",
		fy:   2023, session: 1, total: 320, date: "2023-04-12", start: "09:30", end: "11:00",
	},
	{
		name:    "colon times, no overall number, amended",
		in:      "第3回 経営会議 議事概要\n【日 時】 2024年6月3日 13:00～14:15\n＜結果＞\n一部修正のうえ了承\n",
		session: 3, date: "2024-06-03", start: "13:00", end: "14:15", outcome: goal.OutcomeApprovedAmended,
	},
	{
		name:    "numbered agenda items",
		in:      "第2回会議\n【議 題】\n(1) 予算について\n(2) 計画の\n改定について\n",
		session: 2, agenda: []string{"(1) 予算について", "(2) 計画の改定について"},
	},
	{
		name:     "answer before any opinion, continuation",
		in:       "第2回会議\n＜意見等＞\n→ 回答です。\n・ 意見の\n続きです。\n→ 答え\nの続き。\n",
		session:  2,
		opinions: []goal.Opinion{{Answers: []string{"回答です。"}}, {Text: "意見の続きです。", Answers: []string{"答えの続き。"}}},
	},
	{
		name:    "continued",
		in:      "第9回会議\n<結 果>\n継続審議とする。\n",
		session: 9, outcome: goal.OutcomeContinued,
	},
	{
		name:    "unreadable date",
		in:      "第2回会議\n\n【日時】 未定\n",
		errIs:   parse.ErrSyntax,
		errLine: 3,
	},
	{
		name:    "impossible time",
		in:      "第2回会議\n【日時】令和2年11月20日 午後13時～\n",
		errIs:   parse.ErrSyntax,
		errLine: 2,
	},
	{
		name:  "no heading",
		in:    "ただの文章です。\n",
		errIs: parse.ErrNoContent,
	},
}

func TestLoadMeeting(t *testing.T) {
	p := newParser(t)
	for _, tt := range meetingTests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := p.LoadMeeting(strings.NewReader(tt.in))
			if tt.errIs != nil {
				require.ErrorIs(t, err, tt.errIs)
				var le *parse.LoadError
				require.ErrorAs(t, err, &le)
				assert.Equal(t, tt.errLine, le.Line, err.Error())
				assert.Empty(t, m.Title)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.fy, m.FiscalYear)
			assert.Equal(t, tt.session, m.Session)
			assert.Equal(t, tt.total, m.Overall)
			assert.Equal(t, tt.date, m.Date.String())
			assert.Equal(t, tt.start, m.Start.String())
			assert.Equal(t, tt.end, m.End.String())
			if tt.agenda != nil {
				assert.Equal(t, tt.agenda, m.Agenda)
			}
			if tt.opinions != nil {
				assert.Equal(t, tt.opinions, m.Opinions)
			}
			assert.Equal(t, tt.outcome, m.Outcome)
		})
	}
}

func ExampleParser_LoadMeeting() {
	p, _ := parse.New()
	summary := " ■令和２年度第５回（第３０５回）都市経営戦略会議結果概要 \n" +
		"【日 時】 令和２年１１月２０日（金）午後３時５０分～午後４時３０分 \n" +
		"＜ 結  果 ＞ \n原案のとおり了承とする。\n"
	m, err := p.LoadMeeting(strings.NewReader(summary))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Body, m.FiscalYear, m.Session, m.Overall)
	fmt.Println(m.Date, m.Start, m.End, m.Outcome)
	// Output:
	// 都市経営戦略会議 令和2年度 5 305
	// 2020-11-20 15:50 16:30 approved
}
