package parse_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

func newParser(t testing.TB) *parse.Parser {
	t.Helper()
	p, err := parse.New()
	require.NoError(t, err)
	return p
}

func TestLoadTableCS90(t *testing.T) {
	src := readTestdata(t, "saitama_cs90_bureaus.txt")
	tab, err := newParser(t).LoadTable(bytes.NewReader(src))
	require.NoError(t, err)

	assert.Equal(t, "「CS90行動目標」一覧【局】", tab.Title)
	require.Len(t, tab.Organizations, 30)
	kinds := map[goal.OrgKind]int{}
	for _, o := range tab.Organizations {
		kinds[o.Kind]++
		assert.NotContains(t, o.Name, "等", "a header row was taken for an organization")
	}
	assert.Equal(t, map[goal.OrgKind]int{goal.OrgHeadquarters: 1, goal.OrgBureau: 13, goal.OrgOffice: 1,
		goal.OrgSecretariat: 5, goal.OrgWard: 10}, kinds)
	assert.Equal(t, "都市戦略本部", tab.Organizations[0].Name)
	assert.Equal(t, "岩槻区", tab.Organizations[29].Name)

	edu := tab.GoalsOf("教育委員会事務局")
	require.Len(t, edu, 3)
	assert.True(t, strings.HasPrefix(edu[1].Statement, "グローバル社会で"), edu[1].Statement)
	assert.Contains(t, edu[1].Statement, "「グローバル・スタディ」", "a ・ inside a sentence is no bullet")
	assert.Len(t, tab.Goals, 32)

	for _, g := range tab.Goals {
		assert.NotContains(t, g.Statement, "<", g.Owner)
		assert.NotContains(t, g.Statement, "style=", g.Owner)
		assert.False(t, strings.HasPrefix(g.Statement, "・"), g.Owner)
		require.True(t, g.Span.Valid(len(src)), g.Owner)
		assert.Equal(t, g.Statement, string(src[g.Span.Start:g.Span.End]), "no markup inside, so the span is the statement")
		for _, tg := range g.Targets {
			assert.Equal(t, tg.Text, string(src[tg.Span.Start:tg.Span.End]), "target spans point into the document")
			assert.True(t, g.Span.Start <= tg.Span.Start && tg.Span.End <= g.Span.End)
		}
	}
	assert.Equal(t, "市民満足度向上のため", tab.GoalsOf("総務局")[0].Purpose)
	assert.Equal(t, "市政を担う優秀な人材を確保するため", tab.GoalsOf("人事委員会事務局")[0].Purpose)
	assert.Empty(t, tab.GoalsOf("財政局")[0].Purpose)
	assert.Equal(t, 16, tab.GoalsOf("総務局")[0].Line)
}

func TestGoldenCS90(t *testing.T) {
	tab, err := newParser(t).LoadTable(bytes.NewReader(readTestdata(t, "saitama_cs90_bureaus.txt")))
	require.NoError(t, err)
	checkGolden(t, "cs90_bureaus.json", tab)
}

func TestLoadTableEncodings(t *testing.T) {
	src := readTestdata(t, "saitama_cs90_bureaus.txt")
	want, err := newParser(t).LoadTable(bytes.NewReader(src))
	require.NoError(t, err)

	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes(src)
	require.NoError(t, err)
	withBOM := append([]byte{0xEF, 0xBB, 0xBF}, src...)
	for _, tc := range []struct {
		name string
		in   []byte
		opts []parse.LoadOption
	}{
		{"shift_jis detected", sjis, nil},
		{"shift_jis chosen", sjis, []parse.LoadOption{parse.WithEncoding(parse.EncodingShiftJIS)}},
		{"utf-8 with BOM", withBOM, nil},
		{"utf-8 chosen", src, []parse.LoadOption{parse.WithEncoding(parse.EncodingUTF8)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := newParser(t).LoadTable(bytes.NewReader(tc.in), tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, want.Title, got.Title)
			assert.Equal(t, want.Organizations, got.Organizations)
			require.Len(t, got.Goals, len(want.Goals))
			for i := range want.Goals {
				assert.Equal(t, want.Goals[i].Statement, got.Goals[i].Statement)
			}
		})
	}
}

var loadTableTests = []struct {
	name   string
	in     string
	opts   []parse.LoadOption
	orgs   []string // names, in order
	goals  []string // owner: statement
	title  string
	notes  []string
	errIs  error
	errPos [2]int // line, column of the error, when errIs is set
}{
	{
		name:  "tsv with title, prose and header",
		in:    "職員の取組一覧\n\n前文です。\n局等\t目標\n総務局\t月1回開催します。\n西区\t発信します。\n",
		title: "職員の取組一覧", notes: []string{"前文です。"},
		orgs:  []string{"総務局", "西区"},
		goals: []string{"総務局: 月1回開催します。", "西区: 発信します。"},
	},
	{
		name:  "spaced header repeated mid-table is skipped",
		in:    "局 等\tC S 9 0 行 動 目 標\n総務局\tA。\n\n局等\tCS90行動目標\n西区\tB。\n",
		orgs:  []string{"総務局", "西区"},
		goals: []string{"総務局: A。", "西区: B。"},
	},
	{
		name:  "full-width spaced header matches the folded one",
		in:    "所属\t取組内容\n総務局\tA。\n所　属\t取　組　内　容\n西区\tB。\n",
		orgs:  []string{"総務局", "西区"},
		goals: []string{"総務局: A。", "西区: B。"},
	},
	{
		name:  "ul remnant with bullets is three goals",
		in:    "教育委員会事務局\t<ul style=\"list-style-type: none\"> ・一つ目。 ・報・連・相の二つ目。 ・三つ目。</ul>\n",
		orgs:  []string{"教育委員会事務局"},
		goals: []string{"教育委員会事務局: 一つ目。", "教育委員会事務局: 報・連・相の二つ目。", "教育委員会事務局: 三つ目。"},
	},
	{
		name:  "li items and entities",
		in:    "市民局\t<ul><li>A&amp;B を進めます。</li><li>C&#12290;</li></ul>\n",
		orgs:  []string{"市民局"},
		goals: []string{"市民局: A&B を進めます。", "市民局: C。"},
	},
	{
		name:  "br separates, span is dropped",
		in:    "市民局\t<span>一つ目。</span><br>二つ目。\n",
		orgs:  []string{"市民局"},
		goals: []string{"市民局: 一つ目。", "市民局: 二つ目。"},
	},
	{
		name:  "a less-than sign that is no tag stays",
		in:    "市民局\t満足度 <90% を改善します。\n",
		orgs:  []string{"市民局"},
		goals: []string{"市民局: 満足度 <90% を改善します。"},
	},
	{
		name:  "empty organization cell continues the one above",
		in:    "総務局\tA。\n\tB。\n",
		orgs:  []string{"総務局"},
		goals: []string{"総務局: A。", "総務局: B。"},
	},
	{
		name:  "organization without goal",
		in:    "総務局\t\n西区\tB。\n",
		orgs:  []string{"総務局", "西区"},
		goals: []string{"西区: B。"},
	},
	{
		name:  "tsv line without tab continues an unfinished goal",
		in:    "総務局\t市民満足度向上のため、情報を\n発信します。\n\n注記です。\n",
		orgs:  []string{"総務局"},
		goals: []string{"総務局: 市民満足度向上のため、情報を発信します。"},
		notes: []string{"注記です。"},
	},
	{
		name:  "tsv line after a finished goal is a note",
		in:    "総務局\tA。\n※ 年度ごとに見直します\n",
		orgs:  []string{"総務局"},
		goals: []string{"総務局: A。"},
		notes: []string{"※ 年度ごとに見直します"},
	},
	{
		name:  "trailing empty cells and CRLF",
		in:    "総務局\tA。\t\t\r\n西区\tB。\r\n",
		orgs:  []string{"総務局", "西区"},
		goals: []string{"総務局: A。", "西区: B。"},
	},
	{
		name:  "tsv quoted cell with a line break",
		in:    "総務局\t\"一行目、\n二行目。\"\n",
		orgs:  []string{"総務局"},
		goals: []string{"総務局: 一行目、二行目。"},
	},
	{
		name:  "tsv cell starting with a quote that is not a quoted cell",
		in:    "総務局\t\"浦和\"を発信します。\n",
		orgs:  []string{"総務局"},
		goals: []string{"総務局: \"浦和\"を発信します。"},
	},
	{
		name:  "csv with quoted commas, newlines and doubled quotes",
		in:    "組織,目標\n総務局,\"月1回開催し、\n\"\"部長会議\"\"で共有します, 毎月。\"\nWeb Team,\"Publish\nweekly.\"\n",
		orgs:  []string{"総務局", "Web Team"},
		goals: []string{"総務局: 月1回開催し、\"部長会議\"で共有します, 毎月。", "Web Team: Publish weekly."},
	},
	{
		name:  "csv chosen although a tab occurs",
		in:    "総務局,A\tB。\n",
		opts:  []parse.LoadOption{parse.WithTableFormat(parse.FormatCSV)},
		orgs:  []string{"総務局"},
		goals: []string{"総務局: A\tB。"},
	},
	{
		name:   "csv unterminated quote",
		in:     "総務局,A。\n西区,\"B。\n",
		errIs:  parse.ErrSyntax,
		errPos: [2]int{2, 4},
	},
	{
		name:   "csv text after closing quote",
		in:     "総務局,\"A\"B\n",
		errIs:  parse.ErrSyntax,
		errPos: [2]int{1, 8},
	},
	{
		name:   "three cells",
		in:     "総務局\tA。\n西区\tB。\t備考\n",
		errIs:  parse.ErrSyntax,
		errPos: [2]int{2, 7},
	},
	{
		name:   "goal row before any organization",
		in:     "\tA。\n",
		errIs:  parse.ErrSyntax,
		errPos: [2]int{1, 1},
	},
	{
		name:  "prose only",
		in:    "タイトル\n本文です。\n",
		errIs: parse.ErrNoContent,
	},
	{
		name:  "empty input",
		in:    "",
		errIs: parse.ErrNoContent,
	},
	{
		name:   "invalid bytes in chosen utf-8",
		in:     "総務局\tA\xff。\n",
		opts:   []parse.LoadOption{parse.WithEncoding(parse.EncodingUTF8)},
		errIs:  parse.ErrEncoding,
		errPos: [2]int{1, 6},
	},
	{
		name:  "too long",
		in:    "総務局\tA。\n",
		opts:  []parse.LoadOption{parse.WithMaxDocument(4)},
		errIs: parse.ErrTooLong,
	},
}

func TestLoadTable(t *testing.T) {
	p := newParser(t)
	for _, tt := range loadTableTests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := p.LoadTable(strings.NewReader(tt.in), tt.opts...)
			if tt.errIs != nil {
				require.ErrorIs(t, err, tt.errIs)
				var le *parse.LoadError
				require.True(t, errors.As(err, &le))
				if tt.errPos != [2]int{} {
					assert.Equal(t, tt.errPos, [2]int{le.Line, le.Column}, err.Error())
				}
				assert.Equal(t, parse.GoalTable{}, tab)
				return
			}
			require.NoError(t, err)
			var orgs, goals []string
			for _, o := range tab.Organizations {
				orgs = append(orgs, o.Name)
			}
			for _, g := range tab.Goals {
				goals = append(goals, g.Owner+": "+g.Statement)
			}
			assert.Equal(t, tt.orgs, orgs)
			assert.Equal(t, tt.goals, goals)
			assert.Equal(t, tt.title, tab.Title)
			assert.Equal(t, tt.notes, tab.Notes)
		})
	}
}

func TestLoadTableBadOptions(t *testing.T) {
	p := newParser(t)
	for name, o := range map[string]parse.LoadOption{
		"encoding":  parse.WithEncoding(parse.Encoding(9)),
		"format":    parse.WithTableFormat(parse.TableFormat(9)),
		"max bytes": parse.WithMaxDocument(0),
	} {
		_, err := p.LoadTable(strings.NewReader("総務局\tA。"), o)
		assert.ErrorIs(t, err, parse.ErrOption, name)
	}
}

func TestPurposeClause(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"ため with comma", "市民満足度向上のため、CSパートナーズと連携します。", "市民満足度向上のため"},
		{"ために", "市民満足度の更なる向上のために、取り組みます。", "市民満足度の更なる向上のために"},
		{"するため", "市政を担う優秀な人材を確保するため、伝えます。", "市政を担う優秀な人材を確保するため"},
		{"full-width comma", "安全のため，点検します。", "安全のため"},
		{"ためには keeps ため", "達成するためには、連携が必要です。", "達成するため"},
		{"no purpose", "未利用地の有効活用を図る。", ""},
		{"ため in a later sentence", "発信します。周知のため、掲示します。", ""},
		{"therefore is no purpose", "そのため、会議を開催します。", ""},
		{"ため not ending a clause", "ためになる情報を発信します。", ""},
		{"leading bullet and space", "・ 安全のため、点検します。", "安全のため"},
		{"empty", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, parse.PurposeClause(tt.in))
		})
	}
}

func TestGoalTableJSONShape(t *testing.T) {
	tab, err := newParser(t).LoadTable(strings.NewReader("一覧\n総務局\t市民満足度向上のため、発信します。\nCSパートナーズ\t\n"))
	require.NoError(t, err)
	b, err := json.Marshal(tab)
	require.NoError(t, err)
	assert.JSONEq(t, `{"title":"一覧","organizations":[
		{"name":"総務局","kind":"局","goals":[{"text":"市民満足度向上のため、発信します。","purpose":"市民満足度向上のため","targets":[]}]},
		{"name":"CSパートナーズ","goals":[]}]}`, string(b))
}

func ExampleParser_LoadTable() {
	p, err := parse.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	const table = "「CS90行動目標」一覧【局】\n" +
		"局 等\tC S 9 0 行 動 目 標\n" +
		"総務局\t市民満足度向上のため、部長ミーティングで情報共有を行います。\n" +
		"教育委員会事務局\t<ul style=\"list-style-type: none\"> ・情報発信します。 ・学習教材を提供します。</ul>\n"
	tab, err := p.LoadTable(strings.NewReader(table))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tab.Title)
	for _, o := range tab.Organizations {
		fmt.Printf("%s (%s)\n", o.Name, o.Kind)
		for _, g := range tab.GoalsOf(o.Name) {
			fmt.Printf("  %s [purpose: %q]\n", g.Statement, g.Purpose)
		}
	}
	// Output:
	// 「CS90行動目標」一覧【局】
	// 総務局 (局)
	//   市民満足度向上のため、部長ミーティングで情報共有を行います。 [purpose: "市民満足度向上のため"]
	// 教育委員会事務局 (事務局)
	//   情報発信します。 [purpose: ""]
	//   学習教材を提供します。 [purpose: ""]
}
