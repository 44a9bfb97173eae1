package load

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goalsWant is what a user checks in a goal list: the title, each unit
// with its goals' statements and the texts of their targets.
type goalsWant struct {
	title string
	orgs  []orgWant
}

type orgWant struct {
	name, parent string
	head         string // "title name"
	goals        []goalWant
}

type goalWant struct {
	text    string
	targets []string
}

var goalsTests = []struct {
	name string
	in   string
	want goalsWant
}{
	{
		name: "tab table with a spaced header row repeated",
		in:   "「行動目標」一覧【局】\n\n局 等\t行 動 目 標\n総務局\t局内会議を月1回開催します。（12回）\n局 等\t行 動 目 標\n財政局\t広報を年4回行います。\n",
		want: goalsWant{title: "「行動目標」一覧【局】", orgs: []orgWant{
			{name: "総務局", goals: []goalWant{{"局内会議を月1回開催します。（12回）", []string{"月1回", "12回"}}}},
			{name: "財政局", goals: []goalWant{{"広報を年4回行います。", []string{"年4回"}}}},
		}},
	},
	{
		name: "csv with quoted cells",
		in:   "区等,重点目標\n中央区,\"講座を年6回開催し、\"\"参加者\"\"を100人以上にします。\"\n東区,相談会を月2回開きます。\n",
		want: goalsWant{orgs: []orgWant{
			{name: "中央区", goals: []goalWant{{"講座を年6回開催し、\"参加者\"を100人以上にします。", []string{"年6回", "100人以上"}}}},
			{name: "東区", goals: []goalWant{{"相談会を月2回開きます。", []string{"月2回"}}}},
		}},
	},
	{
		name: "department headings with bullets",
		in:   "令和6年度 各部の組織目標\n\n■総務部\n・時間外勤務を前年度比5%削減します。\n・電子申請の手続を50件以上にします。\n\n■市民生活部\n・研修会を年4回開催します。\n",
		want: goalsWant{title: "令和6年度 各部の組織目標", orgs: []orgWant{
			{name: "総務部", goals: []goalWant{{"時間外勤務を前年度比5%削減します。", []string{"5%削減"}}, {"電子申請の手続を50件以上にします。", []string{"50件以上"}}}},
			{name: "市民生活部", goals: []goalWant{{"研修会を年4回開催します。", []string{"年4回"}}}},
		}},
	},
	{
		name: "numbered goals under numbered departments",
		in:   "令和5年度 部局別重点目標\n\n1 企画政策部\n(1) 施策評価を年1回公表します。\n(2) 相談会を年8回以上開催します。\n\n2 産業振興部\n(1) セミナーを年4回開催します。\n",
		want: goalsWant{title: "令和5年度 部局別重点目標", orgs: []orgWant{
			{name: "企画政策部", goals: []goalWant{{"施策評価を年1回公表します。", []string{"年1回"}}, {"相談会を年8回以上開催します。", []string{"年8回以上"}}}},
			{name: "産業振興部", goals: []goalWant{{"セミナーを年4回開催します。", []string{"年4回"}}}},
		}},
	},
	{
		name: "goal sheets per section",
		in:   "令和6年度 健康福祉部 組織目標\n\n【健康づくり課】\n課題：受診率が低い。\n達成水準：受診率45%以上\n取組内容：通知を年3回行う。\n\n【高齢福祉課】\n目標：教室を月2回開催する。\n",
		want: goalsWant{title: "令和6年度 健康福祉部 組織目標", orgs: []orgWant{
			{name: "健康づくり課", parent: "健康福祉部", goals: []goalWant{{"受診率45%以上", []string{"45%以上"}}}},
			{name: "健康福祉部"},
			{name: "高齢福祉課", parent: "健康福祉部", goals: []goalWant{{"教室を月2回開催する。", []string{"月2回"}}}},
		}},
	},
	{
		name: "numbered divisions under the unit the title names, its head on the line below, the city in the title no unit",
		in:   "令和7年度　東山市 都市整備部 組織目標\n\n部長　佐藤 光男\n\n1 道路課\n(1) 危険箇所の改修を年間20か所以上実施する。\n\n2 公園緑地課\n(1) 公園遊具の更新を15基行う。\n",
		want: goalsWant{title: "令和7年度 東山市 都市整備部 組織目標", orgs: []orgWant{
			{name: "都市整備部", head: "部長 佐藤 光男"},
			{name: "道路課", parent: "都市整備部", goals: []goalWant{{"危険箇所の改修を年間20か所以上実施する。", []string{"年間20か所以上"}}}},
			{name: "公園緑地課", parent: "都市整備部", goals: []goalWant{{"公園遊具の更新を15基行う。", []string{"15基"}}}},
		}},
	},
	{
		name: "unit fields (課名：) under the unit the title names in brackets",
		in:   "令和6年度 組織目標（福祉部）\n\n課名：生活福祉課\n組織目標：生活困窮者の自立を支える\n達成水準：就労者数を年間60人以上とする。\n\n課名：障がい福祉課\n組織目標：地域で暮らし続けられる環境をつくる\n達成水準：グループホームの定員を前年度比10%増やす。\n",
		want: goalsWant{title: "令和6年度 組織目標（福祉部）", orgs: []orgWant{
			{name: "生活福祉課", parent: "福祉部", goals: []goalWant{{"生活困窮者の自立を支える", []string{"年間60人以上"}}}},
			{name: "福祉部"},
			{name: "障がい福祉課", parent: "福祉部", goals: []goalWant{{"地域で暮らし続けられる環境をつくる", []string{"10%増やす"}}}},
		}},
	},
	{
		name: "a head whose title names another unit is not the title unit's; 各部 is no unit",
		in:   "令和6年度 各部の組織目標\n環境部長　田村 進\n■総務部\n・研修を年4回開催します。\n",
		want: goalsWant{title: "令和6年度 各部の組織目標", orgs: []orgWant{
			{name: "総務部", goals: []goalWant{{"研修を年4回開催します。", []string{"年4回"}}}},
		}},
	},
	{
		name: "flattened pipe table, header rows by their words, division under bureau",
		in:   "| 部局 | 課等 | 重点目標 | 目標達成基準 |\n| 環境部 | 環境政策課 | 脱炭素の推進 | 診断件数30件以上 |\n| 部局 | 課等 | 重点目標 | 目標達成基準 |\n| 建設部 | 住宅課 | 空き家対策 | 登録件数15件以上 |\n",
		want: goalsWant{orgs: []orgWant{
			{name: "環境部"},
			{name: "環境政策課", parent: "環境部", goals: []goalWant{{"脱炭素の推進", []string{"30件以上"}}}},
			{name: "建設部"},
			{name: "住宅課", parent: "建設部", goals: []goalWant{{"空き家対策", []string{"15件以上"}}}},
		}},
	},
	{
		name: "one unit's list named only in the title",
		in:   "令和6年度 こども未来部 組織目標\n\n(1) 保育定員を120人拡大します。\n(2) 放課後児童クラブを2か所新設します。\n",
		want: goalsWant{title: "令和6年度 こども未来部 組織目標", orgs: []orgWant{
			{name: "こども未来部", goals: []goalWant{{"保育定員を120人拡大します。", []string{"120人拡大"}}, {"放課後児童クラブを2か所新設します。", []string{"2か所"}}}},
		}},
	},
	{
		name: "unit fields (部名：) and numbered goal marks (目標1)",
		in:   "令和5年度 組織目標\n部名：税務部\n目標1：市税の収納率を98.5%以上にします。\n部名：農林部\n目標1：新規就農者を年5人以上確保します。\n",
		want: goalsWant{title: "令和5年度 組織目標", orgs: []orgWant{
			{name: "税務部", goals: []goalWant{{"市税の収納率を98.5%以上にします。", []string{"98.5%以上"}}}},
			{name: "農林部", goals: []goalWant{{"新規就農者を年5人以上確保します。", []string{"年5人以上"}}}},
		}},
	},
	{
		name: "unit from the title glued with の, group headings over bullets",
		in:   "◆令和5年度 上下水道部の組織目標\n【目標1】安全な水の安定供給\n・耐震化率を55%以上にします。\n【目標2】経営の健全化\n・有収率を92%以上に維持します。\n",
		want: goalsWant{title: "令和5年度 上下水道部の組織目標", orgs: []orgWant{
			{name: "上下水道部", goals: []goalWant{{"耐震化率を55%以上にします。", []string{"55%以上"}}, {"有収率を92%以上に維持します。", []string{"92%以上"}}}},
		}},
	},
	{
		name: "a TAB row starting empty continues the bureau above",
		in:   "部局\t課等\t重点目標\t目標達成基準\n総務部\t人事課\t働きやすい職場\t月平均10時間以内\n\t情報政策課\t行政のデジタル化\t100手続以上\n",
		want: goalsWant{orgs: []orgWant{
			{name: "総務部"},
			{name: "人事課", parent: "総務部", goals: []goalWant{{"働きやすい職場", []string{"月平均10時間以内"}}}},
			{name: "情報政策課", parent: "総務部", goals: []goalWant{{"行政のデジタル化", nil}}},
		}},
	},
	{
		name: "a preamble under a title-only unit is a note, not a goal",
		in:   "令和6年度 福祉部 組織目標\nこの組織目標は、部の重点事項を定めたものです。\n(1) 相談件数を年300件以上にします。\n",
		want: goalsWant{title: "令和6年度 福祉部 組織目標", orgs: []orgWant{
			{name: "福祉部", goals: []goalWant{{"相談件数を年300件以上にします。", []string{"年300件以上"}}}},
		}},
	},
	{
		name: "division headings under department headings",
		in:   "令和6年度 組織目標\n■総務部\n○人事課\n・研修を年4回開催します。\n■市民部\n○市民課\n・待ち時間を15分以内にします。\n",
		want: goalsWant{title: "令和6年度 組織目標", orgs: []orgWant{
			{name: "総務部"},
			{name: "人事課", parent: "総務部", goals: []goalWant{{"研修を年4回開催します。", []string{"年4回"}}}},
			{name: "市民部"},
			{name: "市民課", parent: "市民部", goals: []goalWant{{"待ち時間を15分以内にします。", []string{"15分以内"}}}},
		}},
	},
	{
		name: "a table flattened one cell per line",
		in:   "令和6年度 重点目標\n部局\n課等\n重点目標\n目標達成基準\n環境部\n環境政策課\n脱炭素の推進\n診断件数30件以上\n建設部\n道路課\n通学路の安全確保\n点検を年2回実施\n",
		want: goalsWant{title: "令和6年度 重点目標", orgs: []orgWant{
			{name: "環境部"},
			{name: "環境政策課", parent: "環境部", goals: []goalWant{{"脱炭素の推進", []string{"30件以上"}}}},
			{name: "建設部"},
			{name: "道路課", parent: "建設部", goals: []goalWant{{"通学路の安全確保", []string{"年2回"}}}},
		}},
	},
	{
		name: "management sheets one cell per line: the title's division under its bureau, a second title starts the next unit",
		in: "令和5年度 組織目標管理シート（市民部 戸籍課）\n所属長 戸籍課長 石川 学\nNo.\n1\n課題\n窓口の待ち時間が長い。\n目標\n窓口の待ち時間を短くする。\n" +
			"達成水準\n平均待ち時間を20分以内にする。\n取組内容\n予約制を週3日行う。\n達成状況\n25分\n評価\nC\n1/2\n" +
			"令和5年度 組織目標管理シート（市民部 保険年金課）\n所属長 保険年金課長 森 由美\nNo.\n1\n目標\n口座振替を広げる。\n達成水準\n口座振替率を70％以上にする。\n達成状況\n72％\n評価\nA\n2/2\n",
		want: goalsWant{title: "令和5年度 組織目標管理シート（市民部 戸籍課）", orgs: []orgWant{
			{name: "市民部"},
			{name: "戸籍課", parent: "市民部", head: "戸籍課長 石川 学", goals: []goalWant{{"窓口の待ち時間を短くする。", []string{"20分以内"}}}},
			{name: "保険年金課", parent: "市民部", head: "保険年金課長 森 由美", goals: []goalWant{{"口座振替を広げる。", []string{"70％以上"}}}},
		}},
	},
	{
		name: "a sheet titled 目標管理 without brackets, 番号 over the goal number, 実績 and 自己評価 no targets",
		in:   "令和6年度 目標管理シート 上下水道部 浄水課\n番号\n1\n目標\n水質事故をなくす。\n達成基準\n水質事故の発生件数を0件にする。\n実績\n2件\n自己評価\nC\n",
		want: goalsWant{title: "令和6年度 目標管理シート 上下水道部 浄水課", orgs: []orgWant{
			{name: "上下水道部"},
			{name: "浄水課", parent: "上下水道部", goals: []goalWant{{"水質事故をなくす。", []string{"0件"}}}},
		}},
	},
	{
		name: "a label alone on its line with the value on the next, under a unit named by the title",
		in:   "令和6年度 税務課 組織目標\n課題\n滞納が増えている。\n目標\n市税の収納率を99%以上にする。\n取組内容\n催告を年2回行う。\n",
		want: goalsWant{title: "令和6年度 税務課 組織目標", orgs: []orgWant{
			{name: "税務課", goals: []goalWant{{"市税の収納率を99%以上にする。", []string{"99%以上"}}}},
		}},
	},
	{
		name: "html list in a cell is several goals",
		in:   "局等\t目標\n教育委員会事務局\t<ul style=\"x\"> ・研修を年2回行います。 ・講座を10事業実施します。</ul>\n",
		want: goalsWant{orgs: []orgWant{
			{name: "教育委員会事務局", goals: []goalWant{{"研修を年2回行います。", []string{"年2回"}}, {"講座を10事業実施します。", []string{"10事業"}}}},
		}},
	},
}

func TestLoadGoals(t *testing.T) {
	for _, tt := range goalsTests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := LoadGoals(strings.NewReader(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want.title, l.Title, "title")
			var got []orgWant
			for _, o := range l.Organizations {
				ow := orgWant{name: o.Name}
				if !o.Head.IsZero() {
					ow.head = o.Head.Title + " " + o.Head.Name
				}
				if o.Parent != nil {
					ow.parent = o.Parent.Name
				}
				for _, g := range l.GoalsOf(o.Name) {
					gw := goalWant{text: g.Statement}
					for _, tg := range g.Targets {
						gw.targets = append(gw.targets, tg.Text)
						assert.Equal(t, tg.Text, tt.in[tg.Span.Start:tg.Span.End], "target span")
					}
					ow.goals = append(ow.goals, gw)
				}
				got = append(got, ow)
			}
			assert.Equal(t, tt.want.orgs, got)
		})
	}
}

func TestLoadGoalsHeadInHeading(t *testing.T) {
	l, err := LoadGoals(strings.NewReader("令和6年度 組織目標\n■総務部（部長 山田 太郎）\n・研修を年4回開催します。\n"))
	require.NoError(t, err)
	require.Len(t, l.Organizations, 1)
	assert.Equal(t, "総務部", l.Organizations[0].Name)
	assert.Equal(t, "部長", l.Organizations[0].Head.Title)
	assert.Equal(t, "山田 太郎", l.Organizations[0].Head.Name)
	b, err := l.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(b), `"head":{"title":"部長","name":"山田 太郎"}`)
}

func TestLoadGoalsErrors(t *testing.T) {
	_, err := LoadGoals(strings.NewReader("\n\n"))
	assert.True(t, errors.Is(err, parse.ErrNoContent), "%v", err)
	_, err = LoadGoals(strings.NewReader("【日時】令和6年5月9日 午後2時\n【場所】会議室\n【出席者】委員5人\n【議題】計画について\n"))
	assert.True(t, errors.Is(err, ErrWrongKind), "%v", err)
}

// TestLoadGoalsSheetFields checks what a management sheet gives besides
// the statement: every labelled part as a field (actuals and grades too,
// never as targets), the head of each sheet's unit, nothing unread.
func TestLoadGoalsSheetFields(t *testing.T) {
	in := goalsTests[slices.IndexFunc(goalsTests, func(tt struct {
		name string
		in   string
		want goalsWant
	}) bool {
		return strings.HasPrefix(tt.name, "management sheets")
	})].in
	l, err := LoadGoals(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, l.Goals, 2)
	type fw struct{ label, value string }
	fields := func(g Goal) []fw {
		var out []fw
		for _, f := range g.Fields {
			out = append(out, fw{f.Label, f.Value})
		}
		return out
	}
	assert.Equal(t, []fw{{"課題", "窓口の待ち時間が長い。"}, {"達成水準", "平均待ち時間を20分以内にする。"}, {"取組内容", "予約制を週3日行う。"},
		{"達成状況", "25分"}, {"評価", "C"}}, fields(l.Goals[0]))
	assert.Equal(t, []fw{{"達成水準", "口座振替率を70％以上にする。"}, {"達成状況", "72％"}, {"評価", "A"}}, fields(l.Goals[1]))
	heads := map[string]string{}
	for _, o := range l.Organizations {
		heads[o.Name] = o.Head.Title + "|" + o.Head.Name
	}
	assert.Equal(t, map[string]string{"市民部": "|", "戸籍課": "戸籍課長|石川 学", "保険年金課": "保険年金課長|森 由美"}, heads)
	assert.Empty(t, l.Unread, "page numbers 1/2 are furniture; No. and its number are read")
	assert.Empty(t, l.Notes)

	// the other sheet row: 番号 is read, 実績 and 自己評価 are fields
	for _, tt := range goalsTests {
		if !strings.HasPrefix(tt.name, "a sheet titled") {
			continue
		}
		l, err := LoadGoals(strings.NewReader(tt.in))
		require.NoError(t, err)
		require.Len(t, l.Goals, 1)
		assert.Equal(t, []fw{{"達成基準", "水質事故の発生件数を0件にする。"}, {"実績", "2件"}, {"自己評価", "C"}}, fields(l.Goals[0]))
		assert.Empty(t, l.Unread)
	}
}

func TestGoalTableIndicatorColumn(t *testing.T) {
	for _, tt := range []struct {
		name     string
		in       string
		targets  []string // "text subject"
		fields   []Field
		goalText string
	}{
		{
			name:     "an indicator column names what the value column's figure measures",
			in:       "所属,重点目標,指標,目標値\n市民課,窓口の待ち時間を短縮する,平均待ち時間,15分以内\n",
			goalText: "窓口の待ち時間を短縮する",
			targets:  []string{"15分以内 平均待ち時間"},
			fields:   []Field{{Label: "指標", Value: "平均待ち時間", Line: 2}, {Label: "目標達成基準", Value: "15分以内", Line: 2}},
		},
		{
			name:     "an indicator cell that states its own target keeps its own subject",
			in:       "所属,重点目標,指標\n健康課,健診を広める,特定健診受診率45%以上\n",
			goalText: "健診を広める",
			targets:  []string{"45%以上 特定健診受診率"},
			fields:   []Field{{Label: "指標", Value: "特定健診受診率45%以上", Line: 2}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := LoadGoals(strings.NewReader(tt.in))
			require.NoError(t, err)
			require.Len(t, l.Goals, 1)
			g := l.Goals[0]
			assert.Equal(t, tt.goalText, g.Statement)
			var got []string
			for _, tg := range g.Targets {
				got = append(got, tg.Text+" "+tg.Subject)
			}
			assert.Equal(t, tt.targets, got)
			assert.Equal(t, tt.fields, g.Fields)
		})
	}
}
