package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// want is the part of a target the tests compare: every field a user sees
// except the deadline (tested on its own) and the span, which must cover
// Text.
type want struct {
	Kind     goal.Kind
	Value    float64
	Max      float64
	Cmp      goal.Comparator
	Unit     string
	Per      goal.Period
	Interval int
	Change   goal.Change
	Subject  string
	Action   string
	Text     string
}

func got(ts []goal.Target) []want {
	out := make([]want, 0, len(ts))
	for _, t := range ts {
		out = append(out, want{Kind: t.Kind, Value: t.Value, Max: t.Max, Cmp: t.Cmp, Unit: t.Unit, Per: t.Per,
			Interval: t.Interval, Change: t.Change, Subject: t.Subject, Action: t.Action, Text: t.Text})
	}
	return out
}

const (
	freq = goal.KindFrequency
	cnt  = goal.KindCount
	pct  = goal.KindPercentage
	rnk  = goal.KindRank
	rat  = goal.KindRatio
	dur  = goal.KindDuration
	eq   = goal.CmpEq
	ge   = goal.CmpGE
	gt   = goal.CmpGT
	le   = goal.CmpLE
	lt   = goal.CmpLT
	apx  = goal.CmpApprox
	rng  = goal.CmpRange
	day  = goal.PeriodDay
	week = goal.PeriodWeek
	mon  = goal.PeriodMonth
	qtr  = goal.PeriodQuarter
	half = goal.PeriodHalfYear
	year = goal.PeriodYear
	fy   = goal.PeriodFiscalYear
	inc  = goal.ChangeIncrease
	dec  = goal.ChangeDecrease
)

var targetTests = []struct {
	name string
	in   string
	want []want
}{
	// bare figures bounded in prose, digits spaced by PDF extraction
	{"bare figure with 以下 and に", "自殺死亡率を、令和8年までに12.5以下に減少させます。", []want{{Kind: cnt, Value: 12.5, Cmp: le, Change: goal.ChangeDecrease, Subject: "自殺死亡率", Action: "減少する", Text: "12.5以下"}}},
	{"bare figure with まで and a change verb", "合計特殊出生率を1.50まで回復させる", []want{{Kind: cnt, Value: 1.5, Cmp: eq, Subject: "合計特殊出生率", Action: "回復する", Text: "1.50"}}},
	{"bare figure after a topic, with its own verb", "待機児童数は0以下を維持し、事故件数を、令和10年度までに12以下に抑えます。", []want{
		{Kind: cnt, Value: 0, Cmp: le, Subject: "待機児童数", Action: "維持する", Text: "0以下"},
		{Kind: cnt, Value: 12, Cmp: le, Subject: "事故件数", Action: "抑える", Text: "12以下"}}},
	{"a manner of counting run together (年間延べ) is not the subject", "令和3年度の実績は、年間延べ4,200人の参加がありました。", []want{{Kind: cnt, Value: 4200, Cmp: eq, Unit: "人", Subject: "参加", Action: "ある", Text: "4,200人"}}},
	{"教科 is a counter", "全国平均を上回る教科数を4教科以上とする。", []want{{Kind: cnt, Value: 4, Cmp: ge, Unit: "教科", Subject: "教科数", Action: "する", Text: "4教科以上"}}},
	{"事業所 is read whole, not as 事業", "協力事業所を30事業所に増やす。", []want{{Kind: cnt, Value: 30, Cmp: eq, Unit: "事業所", Change: goal.ChangeIncrease, Subject: "協力事業所", Action: "増やす", Text: "30事業所に増やす"}}},
	{"a year before a figure is not its subject", "健康イベント参加者数 2019年 385千人", []want{{Kind: cnt, Value: 385000, Cmp: eq, Unit: "人", Subject: "健康イベント参加者数", Text: "385千人"}}},
	{"bare figure with 以上 and の is not read", "3以上の項目に該当する世帯", nil},
	{"bare figure without comparator is not read", "合計特殊出生率は1.50で推移", nil},
	{"spaced single digits before %", "割合を3 5％以下に抑えます", []want{{Kind: pct, Value: 35, Cmp: le, Unit: "%", Subject: "割合", Action: "抑える", Text: "3 5％以下"}}},
	{"spaced single digits before a kanji counter", "参加者を1 2 0人にする", []want{{Kind: cnt, Value: 120, Cmp: eq, Unit: "人", Subject: "参加者", Action: "する", Text: "1 2 0人"}}},
	{"two cells of single digits stay apart", "3 5", nil},
	{"a cell then a spaced count stays apart", "12 3人", []want{{Kind: cnt, Value: 3, Cmp: eq, Unit: "人", Subject: "", Action: "", Text: "3人"}}},
	// frequencies
	{"month once", "局内会議を月1回開催し", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Subject: "局内会議", Action: "開催する", Text: "月1回"}}},
	{"year at least, bracketed", "（年10回以上）", []want{{Kind: freq, Value: 10, Cmp: ge, Per: year, Subject: "", Action: "", Text: "年10回以上"}}},
	{"week with に", "週に2回実施", []want{{Kind: freq, Value: 2, Cmp: eq, Per: week, Subject: "", Action: "実施する", Text: "週に2回"}}},
	{"month with に, at least", "月に2回以上", []want{{Kind: freq, Value: 2, Cmp: ge, Per: mon, Subject: "", Action: "", Text: "月に2回以上"}}},
	{"year 年間", "年間12回開催", []want{{Kind: freq, Value: 12, Cmp: eq, Per: year, Subject: "", Action: "開催する", Text: "年間12回"}}},
	{"every month", "毎月開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Subject: "", Action: "開催する", Text: "毎月"}}},
	{"every week", "毎週発信", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Subject: "", Action: "発信する", Text: "毎週"}}},
	{"every day", "毎日点検", []want{{Kind: freq, Value: 1, Cmp: eq, Per: day, Subject: "", Action: "点検する", Text: "毎日"}}},
	{"every fiscal year", "毎年度見直す", []want{{Kind: freq, Value: 1, Cmp: eq, Per: fy, Subject: "", Action: "見直す", Text: "毎年度"}}},
	{"every month twice", "毎月2回", []want{{Kind: freq, Value: 2, Cmp: eq, Per: mon, Subject: "", Action: "", Text: "毎月2回"}}},
	{"quarter kanji ごと", "四半期ごとに確認", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Subject: "", Action: "確認する", Text: "四半期ごとに"}}},
	{"quarter digit ごと", "4半期ごとに確認", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Subject: "", Action: "確認する", Text: "4半期ごとに"}}},
	{"quarter once", "四半期に一度報告", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Subject: "", Action: "報告する", Text: "四半期に一度"}}},
	{"quarter 1回", "四半期に1回報告", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Subject: "", Action: "報告する", Text: "四半期に1回"}}},
	{"half year", "半年に1回点検", []want{{Kind: freq, Value: 1, Cmp: eq, Per: half, Subject: "", Action: "点検する", Text: "半年に1回"}}},
	{"every other month", "隔月で発行", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Subject: "", Action: "発行する", Text: "隔月"}}},
	{"every other week", "隔週開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Subject: "", Action: "開催する", Text: "隔週"}}},
	{"two months once", "2か月に1回開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Subject: "", Action: "開催する", Text: "2か月に1回"}}},
	{"two months ヶ月", "2ヶ月に1回", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Subject: "", Action: "", Text: "2ヶ月に1回"}}},
	{"three years 度", "3年に1度見直す", []want{{Kind: freq, Value: 1, Cmp: eq, Per: year, Interval: 3, Subject: "", Action: "見直す", Text: "3年に1度"}}},
	{"two weeks ごと", "2週間ごとに更新", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Subject: "", Action: "更新する", Text: "2週間ごとに"}}},
	{"kanji month once", "月一回開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Subject: "", Action: "開催する", Text: "月一回"}}},
	{"full-width", "（年１０回以上）", []want{{Kind: freq, Value: 10, Cmp: ge, Per: year, Subject: "", Action: "", Text: "年１０回以上"}}},
	{"month ごと", "月ごとに集計", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Subject: "", Action: "集計する", Text: "月ごとに"}}},
	{"per day", "1日3回巡回", []want{{Kind: freq, Value: 3, Cmp: eq, Per: day, Subject: "", Action: "巡回する", Text: "1日3回"}}},
	{"about per year", "年1回程度", []want{{Kind: freq, Value: 1, Cmp: apx, Per: year, Subject: "", Action: "", Text: "年1回程度"}}},
	{"about before period", "おおむね月1回開催", []want{{Kind: freq, Value: 1, Cmp: apx, Per: mon, Subject: "", Action: "開催する", Text: "おおむね月1回"}}},
	{"every month once", "市報を毎月1回発行", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Subject: "市報", Action: "発行する", Text: "毎月1回"}}},
	{"days a week", "週2日開館", []want{{Kind: freq, Value: 2, Cmp: eq, Per: week, Subject: "", Action: "開館する", Text: "週2日"}}},
	{"slash period", "2回/月以上", []want{{Kind: freq, Value: 2, Cmp: ge, Per: mon, Subject: "", Action: "", Text: "2回/月以上"}}},
	{"slash period count", "500件/年", []want{{Kind: cnt, Value: 500, Cmp: eq, Unit: "件", Per: year, Subject: "", Action: "", Text: "500件/年"}}},
	{"daily average", "1日平均300人", []want{{Kind: cnt, Value: 300, Cmp: eq, Unit: "人", Per: day, Subject: "", Action: "", Text: "1日平均300人"}}},

	// counts
	{"count bracket", "（12回）", []want{{Kind: cnt, Value: 12, Cmp: eq, Unit: "回", Subject: "", Action: "", Text: "12回"}}},
	{"count at least", "(20回以上)", []want{{Kind: cnt, Value: 20, Cmp: ge, Unit: "回", Subject: "", Action: "", Text: "20回以上"}}},
	{"groups", "(連携団体4団体以上)", []want{{Kind: cnt, Value: 4, Cmp: ge, Unit: "団体", Subject: "連携団体", Action: "", Text: "4団体以上"}}},
	{"projects", "10事業に取り組む", []want{{Kind: cnt, Value: 10, Cmp: eq, Unit: "事業", Subject: "", Action: "取り組む", Text: "10事業"}}},
	{"places か所", "3か所に設置", []want{{Kind: cnt, Value: 3, Cmp: eq, Unit: "か所", Subject: "", Action: "設置する", Text: "3か所"}}},
	{"places 箇所", "5箇所", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "か所", Subject: "", Action: "", Text: "5箇所"}}},
	{"places カ所", "5カ所", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "か所", Subject: "", Action: "", Text: "5カ所"}}},
	{"places ヶ所", "5ヶ所", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "か所", Subject: "", Action: "", Text: "5ヶ所"}}},
	{"people approx", "約200人が参加", []want{{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Subject: "", Action: "参加する", Text: "約200人"}}},
	{"companies", "30社以上", []want{{Kind: cnt, Value: 30, Cmp: ge, Unit: "社", Subject: "", Action: "", Text: "30社以上"}}},
	{"schools", "全52校で実施", []want{{Kind: cnt, Value: 52, Cmp: eq, Unit: "校", Subject: "", Action: "実施する", Text: "52校"}}},
	{"yen with 万", "500万円", []want{{Kind: cnt, Value: 5000000, Cmp: eq, Unit: "円", Subject: "", Action: "", Text: "500万円"}}},
	{"yen with 億", "1億2千万円", []want{{Kind: cnt, Value: 120000000, Cmp: eq, Unit: "円", Subject: "", Action: "", Text: "1億2千万円"}}},
	{"mixed myriad", "3万5千人", []want{{Kind: cnt, Value: 35000, Cmp: eq, Unit: "人", Subject: "", Action: "", Text: "3万5千人"}}},
	{"separators", "1,234件", []want{{Kind: cnt, Value: 1234, Cmp: eq, Unit: "件", Subject: "", Action: "", Text: "1,234件"}}},
	{"per year count", "年間500件", []want{{Kind: cnt, Value: 500, Cmp: eq, Unit: "件", Per: year, Subject: "", Action: "", Text: "年間500件"}}},
	{"per month 万", "月1万件", []want{{Kind: cnt, Value: 10000, Cmp: eq, Unit: "件", Per: mon, Subject: "", Action: "", Text: "月1万件"}}},
	{"zero", "待機児童ゼロを目指す", []want{{Kind: cnt, Value: 0, Cmp: eq, Subject: "待機児童", Action: "目指す", Text: "ゼロ"}}},
	{"kanji twelve", "十二回開催", []want{{Kind: cnt, Value: 12, Cmp: eq, Unit: "回", Subject: "", Action: "開催する", Text: "十二回"}}},
	{"kanji twenty", "二十件", []want{{Kind: cnt, Value: 20, Cmp: eq, Unit: "件", Subject: "", Action: "", Text: "二十件"}}},
	{"kanji 1500", "千五百人", []want{{Kind: cnt, Value: 1500, Cmp: eq, Unit: "人", Subject: "", Action: "", Text: "千五百人"}}},
	{"kanji positional", "一〇件", []want{{Kind: cnt, Value: 10, Cmp: eq, Unit: "件", Subject: "", Action: "", Text: "一〇件"}}},
	{"range tilde", "10～20件", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Subject: "", Action: "", Text: "10～20件"}}},
	{"range wave dash", "10〜20件", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Subject: "", Action: "", Text: "10〜20件"}}},
	{"range both units", "10件～20件", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Subject: "", Action: "", Text: "10件～20件"}}},
	{"range 以上以下", "10人以上20人以下", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "人", Subject: "", Action: "", Text: "10人以上20人以下"}}},
	{"more than 超", "100件超", []want{{Kind: cnt, Value: 100, Cmp: gt, Unit: "件", Subject: "", Action: "", Text: "100件超"}}},
	{"more than を超える", "100件を超える", []want{{Kind: cnt, Value: 100, Cmp: gt, Unit: "件", Subject: "", Action: "", Text: "100件を超える"}}},
	{"less than", "5件未満", []want{{Kind: cnt, Value: 5, Cmp: lt, Unit: "件", Subject: "", Action: "", Text: "5件未満"}}},
	{"at most", "5件以下", []want{{Kind: cnt, Value: 5, Cmp: le, Unit: "件", Subject: "", Action: "", Text: "5件以下"}}},
	{"about 程度", "50人程度", []want{{Kind: cnt, Value: 50, Cmp: apx, Unit: "人", Subject: "", Action: "", Text: "50人程度"}}},
	{"about 前後", "50人前後", []want{{Kind: cnt, Value: 50, Cmp: apx, Unit: "人", Subject: "", Action: "", Text: "50人前後"}}},
	{"about およそ", "およそ50人", []want{{Kind: cnt, Value: 50, Cmp: apx, Unit: "人", Subject: "", Action: "", Text: "およそ50人"}}},

	// percentages
	{"percent word", "1パーセント以上の老朽管更新", []want{{Kind: pct, Value: 1, Cmp: ge, Unit: "%", Subject: "老朽管更新", Action: "", Text: "1パーセント以上"}}},
	{"percent sign", "割合を100.0%", []want{{Kind: pct, Value: 100, Cmp: eq, Unit: "%", Subject: "割合", Action: "", Text: "100.0%"}}},
	{"percent full-width", "８６．３％", []want{{Kind: pct, Value: 86.3, Cmp: eq, Unit: "%", Subject: "", Action: "", Text: "８６．３％"}}},
	{"wari", "8割以上", []want{{Kind: pct, Value: 80, Cmp: ge, Unit: "%", Subject: "", Action: "", Text: "8割以上"}}},
	{"points", "5ポイント向上", []want{{Kind: pct, Value: 5, Cmp: eq, Unit: "pt", Change: inc, Subject: "", Action: "向上する", Text: "5ポイント向上"}}},
	{"decrease", "前年度比5%削減", []want{{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "", Action: "削減する", Text: "5%削減"}}},
	{"decrease with を", "時間外勤務を10%縮減する", []want{{Kind: pct, Value: 10, Cmp: eq, Unit: "%", Change: dec, Subject: "時間外勤務", Action: "縮減する", Text: "10%縮減"}}},
	{"increase 増", "来館者10%増", []want{{Kind: pct, Value: 10, Cmp: eq, Unit: "%", Change: inc, Subject: "来館者", Action: "", Text: "10%増"}}},
	{"increase with の", "20%の向上", []want{{Kind: pct, Value: 20, Cmp: eq, Unit: "%", Change: inc, Subject: "", Action: "向上する", Text: "20%の向上"}}},
	{"count increase", "30件に増やす", []want{{Kind: cnt, Value: 30, Cmp: eq, Unit: "件", Change: inc, Subject: "", Action: "増やす", Text: "30件に増やす"}}},

	// ranks, ratios, durations
	{"rank best", "ベスト10以内の維持", []want{{Kind: rnk, Value: 10, Cmp: le, Subject: "", Action: "維持する", Text: "ベスト10以内"}}},
	{"rank position", "全国1位", []want{{Kind: rnk, Value: 1, Cmp: eq, Subject: "", Action: "", Text: "1位"}}},
	{"rank top", "トップ3", []want{{Kind: rnk, Value: 3, Cmp: eq, Subject: "", Action: "", Text: "トップ3"}}},
	{"rank upper", "上位10位以内", []want{{Kind: rnk, Value: 10, Cmp: le, Subject: "", Action: "", Text: "上位10位以内"}}},
	{"ratio", "2倍にする", []want{{Kind: rat, Value: 2, Cmp: eq, Subject: "", Action: "する", Text: "2倍"}}},
	{"ratio at least", "1.5倍以上", []want{{Kind: rat, Value: 1.5, Cmp: ge, Subject: "", Action: "", Text: "1.5倍以上"}}},
	{"doubling", "来訪者数を倍増させる", []want{{Kind: rat, Value: 2, Cmp: eq, Subject: "来訪者数", Action: "倍増する", Text: "倍増"}}},
	{"halving", "事故件数の半減", []want{{Kind: rat, Value: 0.5, Cmp: eq, Subject: "事故件数", Action: "半減する", Text: "半減"}}},
	{"minutes within", "15分以内に到着", []want{{Kind: dur, Value: 15, Cmp: le, Unit: "分", Subject: "", Action: "到着する", Text: "15分以内"}}},
	{"days within", "3日以内に回答", []want{{Kind: dur, Value: 3, Cmp: le, Unit: "日", Subject: "", Action: "回答する", Text: "3日以内"}}},
	{"hours per month", "時間外勤務を月20時間以内", []want{{Kind: dur, Value: 20, Cmp: le, Unit: "時間", Per: mon, Subject: "時間外勤務", Action: "", Text: "月20時間以内"}}},
	{"waiting time average", "待ち時間を平均15分以内", []want{{Kind: dur, Value: 15, Cmp: le, Unit: "分", Subject: "待ち時間", Action: "", Text: "15分以内"}}},
	{"points then change", "10ポイント以上向上", []want{{Kind: pct, Value: 10, Cmp: ge, Unit: "pt", Change: inc, Subject: "", Action: "向上する", Text: "10ポイント以上向上"}}},
	{"a て-form verb in い is a く verb", "年間20回以上の出前講座を、町内会に出向いて開きます。",
		[]want{{Kind: freq, Value: 20, Cmp: ge, Per: year, Subject: "出前講座", Action: "出向く", Text: "年間20回以上"}}},
	{"に向けて is a particle: the object after it, the act after that", "年2回、保護者に向けて説明会を開きます。",
		[]want{{Kind: freq, Value: 2, Cmp: eq, Per: year, Subject: "説明会", Action: "開く", Text: "年2回"}}},
	{"に対して is a particle too", "年4回、地域に対して防災の出前講座を行います。",
		[]want{{Kind: freq, Value: 4, Cmp: eq, Per: year, Subject: "防災の出前講座", Action: "行う", Text: "年4回"}}},
	{"a time ago is no subject", "観光入込客数は10年前の1.3倍に増やす",
		[]want{{Kind: goal.KindRatio, Value: 1.3, Cmp: eq, Change: inc, Subject: "観光入込客数", Action: "増やす", Text: "1.3倍に増やす"}}},
	{"a point in time (計画策定時) is no subject", "子育てサロンの数は、計画策定時の6か所から、令和10年度に10か所とします。",
		[]want{{Kind: cnt, Value: 6, Cmp: eq, Unit: "か所", Subject: "子育てサロンの数", Action: "する", Text: "6か所"},
			{Kind: cnt, Value: 10, Cmp: eq, Unit: "か所", Subject: "子育てサロンの数", Action: "する", Text: "10か所"}}},
	{"実質 (net) before ゼロ is no subject", "二酸化炭素の排出を2050年に実質ゼロにします。",
		[]want{{Kind: cnt, Value: 0, Cmp: eq, Subject: "二酸化炭素の排出", Action: "する", Text: "ゼロ"}}},
	{"a modifier joined by への", "空き家バンクへの登録件数を20件以上にします。",
		[]want{{Kind: cnt, Value: 20, Cmp: ge, Unit: "件", Subject: "空き家バンクへの登録件数", Action: "する", Text: "20件以上"}}},
	{"a modifier joined by との", "事業者との見守り協定数を30件に増やす",
		[]want{{Kind: cnt, Value: 30, Cmp: eq, Unit: "件", Change: inc, Subject: "事業者との見守り協定数", Action: "増やす", Text: "30件に増やす"}}},
	{"a spaced era year is never the subject", "特定保健指導の実施率を、令和１ ０年度までに６０％に引き上げます。",
		[]want{{Kind: pct, Value: 60, Cmp: eq, Unit: "%", Change: inc, Subject: "特定保健指導の実施率", Action: "引き上げる", Text: "６０％に引き上げ"}}},
	{"the year before is no period", "参加者数は前年度1,050人", []want{{Kind: cnt, Value: 1050, Cmp: eq, Unit: "人", Subject: "参加者数", Text: "1,050人"}}},
	{"this fiscal year is no period", "今年度10回開催する", []want{{Kind: cnt, Value: 10, Cmp: eq, Unit: "回", Action: "開催する", Text: "10回"}}},
	{"every fiscal year is a period", "毎年度2回開催する", []want{{Kind: freq, Value: 2, Cmp: eq, Per: fy, Action: "開催する", Text: "毎年度2回"}}},
	{"yen decrease", "1,000万円の削減", []want{{Kind: cnt, Value: 1e7, Cmp: eq, Unit: "円", Change: dec, Subject: "", Action: "削減する", Text: "1,000万円の削減"}}},
	{"two in one sentence", "研修を年2回開催し、参加者の満足度90％以上", []want{
		{Kind: freq, Value: 2, Cmp: eq, Per: year, Subject: "研修", Action: "開催する", Text: "年2回"},
		{Kind: pct, Value: 90, Cmp: ge, Unit: "%", Subject: "参加者の満足度", Action: "", Text: "90％以上"}}},
	{"all day", "24時間365日対応", nil},

	// subject and action: what is measured and what is done
	{"subject with の modifier", "国民健康保険料の収納率を96%に高める", []want{{Kind: pct, Value: 96, Cmp: eq, Unit: "%", Subject: "国民健康保険料の収納率", Action: "高める", Text: "96%"}}},
	{"subject with two words joined by の", "救急車の平均到着時間を7分以内に短縮", []want{{Kind: dur, Value: 7, Cmp: le, Unit: "分", Subject: "救急車の平均到着時間", Action: "短縮する", Text: "7分以内"}}},
	{"subject after the quantity with の", "年間20回以上の健康講座を開催し", []want{{Kind: freq, Value: 20, Cmp: ge, Per: year, Subject: "健康講座", Action: "開催する", Text: "年間20回以上"}}},
	{"subject after a comma", "年に6回、防災訓練を実施", []want{{Kind: freq, Value: 6, Cmp: eq, Per: year, Subject: "防災訓練", Action: "実施する", Text: "年に6回"}}},
	{"subject with hiragana inside", "食べ残し量を半減させる", []want{{Kind: rat, Value: 0.5, Cmp: eq, Subject: "食べ残し量", Action: "半減する", Text: "半減"}}},
	{"basis next to the number is no subject", "水道の漏水量を前年度比3%削減", []want{{Kind: pct, Value: 3, Cmp: eq, Unit: "%", Change: dec, Subject: "水道の漏水量", Action: "削減する", Text: "3%削減"}}},
	{"basis with で", "温室効果ガス排出量を2013年度比で46%削減する", []want{{Kind: pct, Value: 46, Cmp: eq, Unit: "%", Change: dec, Subject: "温室効果ガス排出量", Action: "削減する", Text: "46%削減"}}},
	{"manner word skipped", "受講者を累計500人にします", []want{{Kind: cnt, Value: 500, Cmp: eq, Unit: "人", Subject: "受講者", Action: "する", Text: "500人"}}},
	{"place modifier left out", "市内の放置自転車を年間800台撤去します", []want{{Kind: cnt, Value: 800, Cmp: eq, Unit: "台", Per: year, Subject: "放置自転車", Action: "撤去する", Text: "年間800台"}}},
	{"act then what it is about", "月1回開催の「部長ミーティング」で共有", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Subject: "部長ミーティング", Action: "開催する", Text: "月1回"}}},
	{"godan verb", "相談窓口を3か所に増やします", []want{{Kind: cnt, Value: 3, Cmp: eq, Unit: "か所", Change: inc, Subject: "相談窓口", Action: "増やす", Text: "3か所"}}},
	{"change from the verb, a span of years is no period", "事業の参加者を3年間で5,000人増やします", []want{{Kind: cnt, Value: 5000, Cmp: eq, Unit: "人", Change: inc, Subject: "事業の参加者", Action: "増やす", Text: "5,000人"}}},
	{"change stem inside the target", "参加率を8%に引き上げることを目指す", []want{{Kind: pct, Value: 8, Cmp: eq, Unit: "%", Change: inc, Subject: "参加率", Action: "引き上げる", Text: "8%に引き上げ"}}},
	{"per unit basis skipped", "学校図書館の蔵書を1校あたり1万冊以上確保します。", []want{{Kind: cnt, Value: 10000, Cmp: ge, Unit: "冊", Subject: "学校図書館の蔵書", Action: "確保する", Text: "1万冊以上"}}},
	{"basis with から", "寄附件数は前年度から2割増加した", []want{{Kind: pct, Value: 20, Cmp: eq, Unit: "%", Change: inc, Subject: "寄附件数", Action: "増加する", Text: "2割増加"}}},
	{"deadline and comma passed", "刑法犯認知件数を、令和7年までに2,000件以下に減少させます", []want{{Kind: cnt, Value: 2000, Cmp: le, Unit: "件", Change: dec, Subject: "刑法犯認知件数", Action: "減少する", Text: "2,000件以下に減少"}}},
	{"place phrase with its modifier skipped", "ICTを活用した授業を全ての学級で週1回以上行う", []want{{Kind: freq, Value: 1, Cmp: ge, Per: week, Subject: "授業", Action: "行う", Text: "週1回以上"}}},
	{"grams and a per-person-per-day basis", "市民1人1日あたりのごみ排出量を900g以下とする", []want{{Kind: cnt, Value: 900, Cmp: le, Unit: "g", Subject: "市民1人1日あたりのごみ排出量", Action: "する", Text: "900g以下"}}},
	{"points of a list are no count", "以下の4点について検討する", nil},
	{"note in brackets between phrase and figure", "刑法犯認知件数（人口千人当たり） 6.5 件以下", []want{{Kind: cnt, Value: 6.5, Cmp: le, Unit: "件", Subject: "刑法犯認知件数", Action: "", Text: "6.5 件以下"}}},
	{"full-width brackets and space", "養成数（累計）　12,000人", []want{{Kind: cnt, Value: 12000, Cmp: eq, Unit: "人", Subject: "養成数", Action: "", Text: "12,000人"}}},
	{"quoted name before its particle", "「健康づくり教室」を年10回開催", []want{{Kind: freq, Value: 10, Cmp: eq, Per: year, Subject: "健康づくり教室", Action: "開催する", Text: "年10回"}}},
	{"quoted modifier joined by の", "「住みやすいと思う人」の割合が８６．３％であり", []want{{Kind: pct, Value: 86.3, Cmp: eq, Unit: "%", Subject: "「住みやすいと思う人」の割合", Action: "", Text: "８６．３％"}}},
	{"named as the goal, nothing done", "満足度90％以上を目標とします", []want{{Kind: pct, Value: 90, Cmp: ge, Unit: "%", Subject: "満足度", Action: "", Text: "90％以上"}}},
	{"verbal noun after の", "満足度90%以上の達成を図ります", []want{{Kind: pct, Value: 90, Cmp: ge, Unit: "%", Subject: "満足度", Action: "達成する", Text: "90%以上"}}},
	{"period word next to a percentage is no subject", "検診の受診率は毎年度50％以上とします", []want{{Kind: pct, Value: 50, Cmp: ge, Unit: "%", Subject: "検診の受診率", Action: "する", Text: "50％以上"}}},
	{"from one figure to another", "相談員を2名から4名に倍増します", []want{
		{Kind: cnt, Value: 2, Cmp: eq, Unit: "名", Subject: "相談員", Action: "", Text: "2名"},
		{Kind: cnt, Value: 4, Cmp: eq, Unit: "名", Change: inc, Subject: "相談員", Action: "倍増する", Text: "4名に倍増"}}},
	{"two cells of a row", "登録団体数 　 52 団体 　 60 団体", []want{
		{Kind: cnt, Value: 52, Cmp: eq, Unit: "団体", Subject: "登録団体数", Action: "", Text: "52 団体"},
		{Kind: cnt, Value: 60, Cmp: eq, Unit: "団体", Subject: "登録団体数", Action: "", Text: "60 団体"}}},
	{"decrease sign before the figure", "CO2排出量（基準年度比） 　 ▲30 ％", []want{{Kind: pct, Value: 30, Cmp: eq, Unit: "%", Subject: "CO2排出量", Action: "", Text: "30 ％"}}},
	{"quotation passed on the way to the act", "参加者の9割以上が「満足」と回答することを目指す", []want{{Kind: pct, Value: 90, Cmp: ge, Unit: "%", Subject: "参加者", Action: "回答する", Text: "9割以上"}}},
	{"spaced per-person-per-day basis", "ごみの 1 人 1 日当たり排出量 　 900 g", []want{{Kind: cnt, Value: 900, Cmp: eq, Unit: "g", Subject: "ごみの 1 人 1 日当たり排出量", Action: "", Text: "900 g"}}},
	{"numeral inside a の-phrase", "ごみの1人1日当たり排出量を850g以下", []want{{Kind: cnt, Value: 850, Cmp: le, Unit: "g", Subject: "ごみの1人1日当たり排出量", Action: "", Text: "850g以下"}}},
	{"増 starting a word is no change", "相談センターを2か所増設し", []want{{Kind: cnt, Value: 2, Cmp: eq, Unit: "か所", Subject: "相談センター", Action: "増設する", Text: "2か所"}}},
	{"verbal noun after の as the object", "延べ300人以上の意見を聴取します", []want{{Kind: cnt, Value: 300, Cmp: ge, Unit: "人", Subject: "意見", Action: "聴取する", Text: "300人以上"}}},
	{"baseline then target with から", "リサイクル率を、現状の18.2%から令和12年度には25%まで引き上げます", []want{
		{Kind: pct, Value: 18.2, Cmp: eq, Unit: "%", Subject: "リサイクル率", Action: "", Text: "18.2%"},
		{Kind: pct, Value: 25, Cmp: eq, Unit: "%", Change: inc, Subject: "リサイクル率", Action: "引き上げる", Text: "25%まで引き上げ"}}},
	{"cells with bracketed years", "利用者数 　 年間 185 万人 　 （令和 4 年度） 　 200 万人", []want{
		{Kind: cnt, Value: 1.85e6, Cmp: eq, Unit: "人", Per: year, Subject: "利用者数", Action: "", Text: "年間 185 万人"},
		{Kind: cnt, Value: 2e6, Cmp: eq, Unit: "人", Subject: "利用者数", Action: "", Text: "200 万人"}}},
	{"manner word of the next cell is no action", "活用件数 　 累計 12 件 　 累計 30 件", []want{
		{Kind: cnt, Value: 12, Cmp: eq, Unit: "件", Subject: "活用件数", Action: "", Text: "12 件"},
		{Kind: cnt, Value: 30, Cmp: eq, Unit: "件", Subject: "活用件数", Action: "", Text: "30 件"}}},
	{"listed counters 種目 and 言語", "競技を10種目、案内を4言語で", []want{
		{Kind: cnt, Value: 10, Cmp: eq, Unit: "種目", Subject: "競技", Action: "", Text: "10種目"},
		{Kind: cnt, Value: 4, Cmp: eq, Unit: "言語", Subject: "案内", Action: "", Text: "4言語"}}},
	{"a date before の is no subject", "緑地の割合は、平成30年度の41.2%から令和5年度には38.6%に低下しました", []want{
		{Kind: pct, Value: 41.2, Cmp: eq, Unit: "%", Subject: "緑地の割合", Action: "", Text: "41.2%"},
		{Kind: pct, Value: 38.6, Cmp: eq, Unit: "%", Subject: "緑地の割合", Action: "低下する", Text: "38.6%"}}},
	{"first year of an era is a date", "入込客数は、令和元年の412万人", []want{{Kind: cnt, Value: 4.12e6, Cmp: eq, Unit: "人", Subject: "入込客数", Action: "", Text: "412万人"}}},
	{"per-unit basis opening the phrase", "1人1日当たりのごみ排出量を800グラム以下に減らします", []want{{Kind: cnt, Value: 800, Cmp: le, Unit: "g", Change: dec, Subject: "1人1日当たりのごみ排出量", Action: "減らす", Text: "800グラム以下"}}},
	{"spaced Latin word in a subject", "道路照明灯の LED 化率 100 ％", []want{{Kind: pct, Value: 100, Cmp: eq, Unit: "%", Subject: "道路照明灯の LED 化率", Action: "", Text: "100 ％"}}},
	{"arrow past a bracketed year", "組織率 92.3%（令和5年度）→ 95.0%（令和11年度）", []want{
		{Kind: pct, Value: 92.3, Cmp: eq, Unit: "%", Subject: "組織率", Action: "", Text: "92.3%"},
		{Kind: pct, Value: 95, Cmp: eq, Unit: "%", Subject: "組織率", Action: "", Text: "95.0%"}}},
	{"ichidan verb", "連携団体を4団体以上に広げます", []want{{Kind: cnt, Value: 4, Cmp: ge, Unit: "団体", Subject: "連携団体", Action: "広げる", Text: "4団体以上"}}},
	{"light verb after a verbal noun", "事故件数を10%の削減を図る", []want{{Kind: pct, Value: 10, Cmp: eq, Unit: "%", Change: dec, Subject: "事故件数", Action: "削減する", Text: "10%の削減"}}},
	{"relative clause verb passed", "4半期ごとに各課の取組に係る状況を確認する", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Subject: "", Action: "確認する", Text: "4半期ごとに"}}},
	{"full-width subject and action", "相談件数を年間５００件に増やす", []want{{Kind: cnt, Value: 500, Cmp: eq, Unit: "件", Per: year, Change: inc, Subject: "相談件数", Action: "増やす", Text: "年間５００件に増やす"}}},
	{"full-width subject kept as written", "ＬＥＤ化率を１００％にする", []want{{Kind: pct, Value: 100, Cmp: eq, Unit: "%", Subject: "ＬＥＤ化率", Action: "する", Text: "１００％"}}},
	{"no subject, no action", "（１２回）", []want{{Kind: cnt, Value: 12, Cmp: eq, Unit: "回", Subject: "", Action: "", Text: "１２回"}}},
	{"no subject in a bracket after the sentence", "情報を発信します。(年12回以上)", []want{{Kind: freq, Value: 12, Cmp: ge, Per: year, Subject: "", Action: "", Text: "年12回以上"}}},

	// subject across commas, times and notes; subjects after a frequency; lists
	{"topic then comma, dates and には between, one act for both", "観光案内所の来訪者数は、令和7年度に1万2千人、令和11年度には1万5千人を目指します", []want{
		{Kind: cnt, Value: 12000, Cmp: eq, Unit: "人", Subject: "観光案内所の来訪者数", Action: "目指す", Text: "1万2千人"},
		{Kind: cnt, Value: 15000, Cmp: eq, Unit: "人", Subject: "観光案内所の来訪者数", Action: "目指す", Text: "1万5千人"}}},
	{"topic then comma full-width", "観光案内所の来訪者数は、令和７年度に１万２千人、令和１１年度には１万５千人を目指します", []want{
		{Kind: cnt, Value: 12000, Cmp: eq, Unit: "人", Subject: "観光案内所の来訪者数", Action: "目指す", Text: "１万２千人"},
		{Kind: cnt, Value: 15000, Cmp: eq, Unit: "人", Subject: "観光案内所の来訪者数", Action: "目指す", Text: "１万５千人"}}},
	{"object then comma and 現状の…から", "認知症サポーターを、現状の500人から900人へ増やします", []want{
		{Kind: cnt, Value: 500, Cmp: eq, Unit: "人", Subject: "認知症サポーター", Action: "", Text: "500人"},
		{Kind: cnt, Value: 900, Cmp: eq, Unit: "人", Change: inc, Subject: "認知症サポーター", Action: "増やす", Text: "900人"}}},
	{"object then comma, 中間年の date and 累計", "親子料理教室を、中間年の令和8年度に累計24回開催します", []want{{Kind: cnt, Value: 24, Cmp: eq, Unit: "回", Subject: "親子料理教室", Action: "開催する", Text: "24回"}}},
	{"については, までの累計で and two commas", "空き家バンクの登録件数については、令和10年度までの累計で、80件を目標とします", []want{{Kind: cnt, Value: 80, Cmp: eq, Unit: "件", Subject: "空き家バンクの登録件数", Action: "", Text: "80件"}}},
	{"については full-width", "空き家バンクの登録件数については、令和１０年度までの累計で、８０件を目標とします", []want{{Kind: cnt, Value: 80, Cmp: eq, Unit: "件", Subject: "空き家バンクの登録件数", Action: "", Text: "８０件"}}},
	{"これ takes the antecedent", "市立体育館の利用者数は現在8万人ですが、これを10万人に増やします", []want{
		{Kind: cnt, Value: 80000, Cmp: eq, Unit: "人", Subject: "市立体育館の利用者数", Action: "", Text: "8万人"},
		{Kind: cnt, Value: 100000, Cmp: eq, Unit: "人", Change: inc, Subject: "市立体育館の利用者数", Action: "増やす", Text: "10万人"}}},
	{"object past a comma and a dated baseline", "市内事業所の新規雇用者数を、2021年度の300人から2027年度に450人へ引き上げる", []want{
		{Kind: cnt, Value: 300, Cmp: eq, Unit: "人", Subject: "市内事業所の新規雇用者数", Action: "", Text: "300人"},
		{Kind: cnt, Value: 450, Cmp: eq, Unit: "人", Change: inc, Subject: "市内事業所の新規雇用者数", Action: "引き上げる", Text: "450人"}}},
	{"bracketed note after the topic", "市税の収納率（滞納繰越分）は、最終年度の令和12年度に40%とします", []want{{Kind: pct, Value: 40, Cmp: eq, Unit: "%", Subject: "市税の収納率", Action: "する", Text: "40%"}}},
	{"bracketed note full-width", "ふるさと納税の寄附額（金額ベース）は、令和９年度に３億円を目指します", []want{{Kind: cnt, Value: 3e+08, Cmp: eq, Unit: "円", Subject: "ふるさと納税の寄附額", Action: "目指す", Text: "３億円"}}},
	{"deadline first keeps の-modifiers", "令和10年度までに、特定健診の受診率を60%以上に引き上げます", []want{{Kind: pct, Value: 60, Cmp: ge, Unit: "%", Change: inc, Subject: "特定健診の受診率", Action: "引き上げる", Text: "60%以上に引き上げ"}}},
	{"deadline first full-width", "令和８年度までに、自主防災組織の結成率を９０％に高めます", []want{{Kind: pct, Value: 90, Cmp: eq, Unit: "%", Subject: "自主防災組織の結成率", Action: "高める", Text: "９０％"}}},
	{"quoted relative clause", "「住み続けたい」と回答した市民の割合を80%以上にします", []want{{Kind: pct, Value: 80, Cmp: ge, Unit: "%", Subject: "「住み続けたい」と回答した市民の割合", Action: "する", Text: "80%以上"}}},
	{"quoted relative clause with a verb", "「買い物に困っている」と感じる高齢者の割合を１０％以下に減らします", []want{{Kind: pct, Value: 10, Cmp: le, Unit: "%", Change: dec, Subject: "「買い物に困っている」と感じる高齢者の割合", Action: "減らす", Text: "１０％以下"}}},
	{"object after a frequency and a comma", "毎週1回、子育て世帯向けの読み聞かせ会を開催します", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Subject: "子育て世帯向けの読み聞かせ会", Action: "開催する", Text: "毎週1回"}}},
	{"object after a frequency full-width", "月に１回、高齢者向けのデジタル活用講座を開催します", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Subject: "高齢者向けのデジタル活用講座", Action: "開催する", Text: "月に１回"}}},
	{"time word is no subject", "上水道の有収率は92％に達しており、今後も92％以上を維持します", []want{
		{Kind: pct, Value: 92, Cmp: eq, Unit: "%", Subject: "上水道の有収率", Action: "達する", Text: "92％"},
		{Kind: pct, Value: 92, Cmp: ge, Unit: "%", Subject: "上水道の有収率", Action: "維持する", Text: "92％以上"}}},
	{"引き続き is no subject", "シルバー人材センターの会員数は、引き続き1,000人以上を維持します", []want{{Kind: cnt, Value: 1000, Cmp: ge, Unit: "人", Subject: "シルバー人材センターの会員数", Action: "維持する", Text: "1,000人以上"}}},
	{"counted noun without の, two years", "消防団員を、令和8年度に450人、令和12年度には500人まで確保します", []want{
		{Kind: cnt, Value: 450, Cmp: eq, Unit: "人", Subject: "消防団員", Action: "確保する", Text: "450人"},
		{Kind: cnt, Value: 500, Cmp: eq, Unit: "人", Subject: "消防団員", Action: "確保する", Text: "500人"}}},
	{"counted noun without の full-width", "子ども食堂を、令和７年度に１０か所、令和１０年度には１５か所まで増やします", []want{
		{Kind: cnt, Value: 10, Cmp: eq, Unit: "か所", Change: inc, Subject: "子ども食堂", Action: "増やす", Text: "１０か所"},
		{Kind: cnt, Value: 15, Cmp: eq, Unit: "か所", Change: inc, Subject: "子ども食堂", Action: "増やす", Text: "１５か所"}}},
	{"topic with も", "がん検診の受診率も５０％以上を維持します", []want{{Kind: pct, Value: 50, Cmp: ge, Unit: "%", Subject: "がん検診の受診率", Action: "維持する", Text: "５０％以上"}}},
	{"place before a topic is still no subject", "本市では、年12回以上開催します", []want{{Kind: freq, Value: 12, Cmp: ge, Per: year, Subject: "", Action: "開催する", Text: "年12回以上"}}},
	{"a new object ends the list", "相談会を年6回開催し、参加者を300人に増やします", []want{
		{Kind: freq, Value: 6, Cmp: eq, Per: year, Subject: "相談会", Action: "開催する", Text: "年6回"},
		{Kind: cnt, Value: 300, Cmp: eq, Unit: "人", Change: inc, Subject: "参加者", Action: "増やす", Text: "300人"}}},

	// numbers as PDF extraction leaves them
	{"space before counter", "職員数 4,512 人", []want{{Kind: cnt, Value: 4512, Cmp: eq, Unit: "人", Subject: "職員数", Action: "", Text: "4,512 人"}}},
	{"space before counter full-width", "職員数　４，５１２ 人", []want{{Kind: cnt, Value: 4512, Cmp: eq, Unit: "人", Subject: "職員数", Action: "", Text: "４，５１２ 人"}}},
	{"space after thousands separator", "4, 512人", []want{{Kind: cnt, Value: 4512, Cmp: eq, Unit: "人", Subject: "", Action: "", Text: "4, 512人"}}},
	{"digits spaced one by one around a point", "LED化率は6 4. 7 %です", []want{{Kind: pct, Value: 64.7, Cmp: eq, Unit: "%", Subject: "LED化率", Action: "", Text: "6 4. 7 %"}}},
	{"spaced decimal digits", "利用率 0. 4 7%", []want{{Kind: pct, Value: 0.47, Cmp: eq, Unit: "%", Subject: "利用率", Action: "", Text: "0. 4 7%"}}},
	{"spaced decimal full-width", "受診率 ２３ ．５ ％", []want{{Kind: pct, Value: 23.5, Cmp: eq, Unit: "%", Subject: "受診率", Action: "", Text: "２３ ．５ ％"}}},
	{"spaced approximation and change", "加入率 約 8% の増加を目指す", []want{{Kind: pct, Value: 8, Cmp: apx, Unit: "%", Change: inc, Subject: "加入率", Action: "増加する", Text: "約 8% の増加"}}},
	{"spaced comparator", "応答率 ９ 割 以上", []want{{Kind: pct, Value: 90, Cmp: ge, Unit: "%", Subject: "応答率", Action: "", Text: "９ 割 以上"}}},
	{"spaced period", "参加者数 年間 1,200 人", []want{{Kind: cnt, Value: 1200, Cmp: eq, Unit: "人", Per: year, Subject: "参加者数", Action: "", Text: "年間 1,200 人"}}},
	{"spaced change", "費用を 1,200 千円 削減", []want{{Kind: cnt, Value: 1.2e6, Cmp: eq, Unit: "円", Change: dec, Subject: "費用", Action: "削減する", Text: "1,200 千円 削減"}}},
	{"spaced every-period word", "実施回数を毎年度 1,000 回以上とする", []want{{Kind: freq, Value: 1000, Cmp: ge, Per: fy, Subject: "実施回数", Action: "する", Text: "毎年度 1,000 回以上"}}},
	{"spaced interval", "運行便数（平日） 1 日 120 便", []want{{Kind: cnt, Value: 120, Cmp: eq, Unit: "便", Per: day, Subject: "運行便数", Action: "", Text: "1 日 120 便"}}},
	{"spaced period never backs into the target before", "年10回 年 20回", []want{
		{Kind: freq, Value: 10, Cmp: eq, Per: year, Subject: "", Action: "", Text: "年10回"},
		{Kind: freq, Value: 20, Cmp: eq, Per: year, Subject: "", Action: "", Text: "年 20回"}}},
	{"two cells are two numbers", "20 30件", []want{{Kind: cnt, Value: 30, Cmp: eq, Unit: "件", Subject: "", Action: "", Text: "30件"}}},
	{"spaced ordinal is no count", "第 2 期計画", nil},
	{"spaced letters are a name", "C S 9 0 行 動 目 標", nil},
	{"letters before a space are a word", "SNS 3件", []want{{Kind: cnt, Value: 3, Cmp: eq, Unit: "件", Subject: "SNS", Action: "", Text: "3件"}}},

	// counters from the dictionary, units, scales
	{"scaled thousand people", "来場者数 1,830 千人", []want{{Kind: cnt, Value: 1830000, Cmp: eq, Unit: "人", Subject: "来場者数", Action: "", Text: "1,830 千人"}}},
	{"scaled million yen", "市債残高 ２，３００ 百万円", []want{{Kind: cnt, Value: 2.3e9, Cmp: eq, Unit: "円", Subject: "市債残高", Action: "", Text: "２，３００ 百万円"}}},
	{"scaled thousand yen unspaced", "事業費500千円", []want{{Kind: cnt, Value: 500000, Cmp: eq, Unit: "円", Subject: "事業費", Action: "", Text: "500千円"}}},
	{"scaled ten thousand people", "宿泊者数 15 万人を目指す", []want{{Kind: cnt, Value: 150000, Cmp: eq, Unit: "人", Subject: "宿泊者数", Action: "目指す", Text: "15 万人"}}},
	{"dictionary counter 軒", "空き家10軒を解体", []want{{Kind: cnt, Value: 10, Cmp: eq, Unit: "軒", Subject: "空き家", Action: "解体する", Text: "10軒"}}},
	{"dictionary counter 隻 with comparator", "漁船５隻以上", []want{{Kind: cnt, Value: 5, Cmp: ge, Unit: "隻", Subject: "漁船", Action: "", Text: "５隻以上"}}},
	{"dictionary counter 床 spaced", "病床 200 床", []want{{Kind: cnt, Value: 200, Cmp: eq, Unit: "床", Subject: "病床", Action: "", Text: "200 床"}}},
	{"listed counter 棟", "市営住宅5棟を改修", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "棟", Subject: "市営住宅", Action: "改修する", Text: "5棟"}}},
	{"kWh", "発電量 12,500 kWh", []want{{Kind: cnt, Value: 12500, Cmp: eq, Unit: "kWh", Subject: "発電量", Action: "", Text: "12,500 kWh"}}},
	{"tonnes", "排出量を 3,200 t 削減", []want{{Kind: cnt, Value: 3200, Cmp: eq, Unit: "t", Change: dec, Subject: "排出量", Action: "削減する", Text: "3,200 t 削減"}}},
	{"hectares full-width", "農地３５ｈａ", []want{{Kind: cnt, Value: 35, Cmp: eq, Unit: "ha", Subject: "農地", Action: "", Text: "３５ｈａ"}}},
	{"kilometres", "道路延長 5 km", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "km", Subject: "道路延長", Action: "", Text: "5 km"}}},
	{"kilograms", "1日500kg以下", []want{{Kind: cnt, Value: 500, Cmp: le, Unit: "kg", Per: day, Subject: "", Action: "", Text: "1日500kg以下"}}},
	{"per mille", "低体重児の割合 9.8‰", []want{{Kind: cnt, Value: 9.8, Cmp: eq, Unit: "‰", Subject: "低体重児の割合", Action: "", Text: "9.8‰"}}},
	{"grams", "ごみ排出量を850グラム以下にする", []want{{Kind: cnt, Value: 850, Cmp: le, Unit: "g", Subject: "ごみ排出量", Action: "する", Text: "850グラム以下"}}},
	{"Latin unit must end", "5 times", nil},
	{"rate per population", "自殺死亡率 16.5 人/10万人", []want{{Kind: cnt, Value: 16.5, Cmp: eq, Unit: "人/10万人", Subject: "自殺死亡率", Action: "", Text: "16.5 人/10万人"}}},
	{"rate per thousand", "認知件数 ３．２件／千人", []want{{Kind: cnt, Value: 3.2, Cmp: eq, Unit: "件/千人", Subject: "認知件数", Action: "", Text: "３．２件／千人"}}},
	{"durations in an indicator row", "活動時間 15,400時間→32,000時間", []want{
		{Kind: dur, Value: 15400, Cmp: eq, Unit: "時間", Subject: "活動時間", Action: "", Text: "15,400時間"},
		{Kind: dur, Value: 32000, Cmp: eq, Unit: "時間", Subject: "活動時間", Action: "", Text: "32,000時間"}}},

	// qualifiers and names are not targets
	{"per capita qualifier", "市民1人あたりの公園面積を10㎡以上にする", []want{{Kind: cnt, Value: 10, Cmp: ge, Unit: "㎡", Subject: "市民1人あたりの公園面積", Action: "する", Text: "10㎡以上"}}},
	{"per population qualifier", "人口10万人当たりの医師数を250人に増やす", []want{{Kind: cnt, Value: 250, Cmp: eq, Unit: "人", Change: inc, Subject: "人口10万人当たりの医師数", Action: "増やす", Text: "250人に増やす"}}},
	{"per unit につき", "1件につき3日以内に回答", []want{{Kind: dur, Value: 3, Cmp: le, Unit: "日", Subject: "", Action: "回答する", Text: "3日以内"}}},
	{"one a day", "1日1人", nil},
	{"one person a day", "1人1日あたり", nil},
	{"class size name", "35人学級を推進", nil},
	{"class size name full-width", "３５人学級を推進", nil},
	{"counter starting a word", "2030基本計画を策定", nil},
	{"counter starting a word full-width", "２０３０基本計画", nil},
	{"survey description", "回答者数 1,104 人、標本数 2,000 人", nil},
	{"age counter from the dictionary", "3歳児と65歳", nil},

	// not targets
	{"event name", "東京2020大会の開催", nil},
	{"plan name", "総合振興計画2030", nil},
	{"letters", "CS90行動目標と5G", nil},
	{"age qualifier", "3歳児健診と65歳以上の方", nil},
	{"ordinals", "第2期、第305回、第1次、第一に", nil},
	{"ordinal count", "3回目の開催", nil},
	{"anniversary", "15周年と100周年", nil},
	{"era dates", "令和2年、2022年9月12日、平成19（2007）年", nil},
	{"fiscal year", "2030年度までに", nil},
	{"telephone", "電話番号:072-228-7401", nil},
	{"fax full-width", "ＦＡＸ：０７２－２２２－８４４１", nil},
	{"postal code", "〒590-0078", nil},
	{"address", "南瓦町3番1号 本館4階、6丁目4番4号", nil},
	{"heading number", "1 市民と市との情報共有の充実", nil},
	{"heading parens", "(1) 新たなエンジン", nil},
	{"population qualifier", "人口5万人以上の都市", nil},
	{"kanji idioms", "一層推進し、市民一人ひとりが、万一の災害、二次元コード、百貨店、千葉、九州、一部", nil},
	{"time of day", "午後3時50分から", nil},
	{"page reference", "資料9ページのとおり", nil},
	{"five years", "計画期間を5年間に短縮", nil},
	{"zero carbon", "ゼロカーボンシティ", nil},
	{"date slash", "2025/4/1", nil},
	{"era abbrev", "R6.10.1とH30年度", nil},
	{"circled number", "①重点課題", nil},

	// written goal and progress sentences: what is measured and done
	{"a label after a 、 names no subject", "現状値は令和4年度で42.3%、目標値は令和10年度で55%です。",
		[]want{{Kind: pct, Value: 42.3, Cmp: eq, Unit: "%", Subject: "", Action: "", Text: "42.3%"}, {Kind: pct, Value: 55, Cmp: eq, Unit: "%", Subject: "", Action: "", Text: "55%"}}},
	{"a figure in a relative clause of its subject (だった)", "平成30年度に38.0%だった受診率は、令和5年度に45.6%まで上昇しました。",
		[]want{{Kind: pct, Value: 38, Cmp: eq, Unit: "%", Subject: "受診率", Action: "", Text: "38.0%"}, {Kind: pct, Value: 45.6, Cmp: eq, Unit: "%", Change: inc, Subject: "受診率", Action: "上昇する", Text: "45.6%まで上昇"}}},
	{"a later figure after a month-end date keeps the topic", "登録者数は令和6年3月末現在で1,842人であり、令和10年度末に2,500人を目指します。",
		[]want{{Kind: cnt, Value: 1842, Cmp: eq, Unit: "人", Subject: "登録者数", Action: "", Text: "1,842人"}, {Kind: cnt, Value: 2500, Cmp: eq, Unit: "人", Subject: "登録者数", Action: "目指す", Text: "2,500人"}}},
	{"実績 is a label, not what is counted", "令和5年度の実績は125件で、前年度から8件増加しました。",
		[]want{{Kind: cnt, Value: 125, Cmp: eq, Unit: "件", Subject: "", Action: "", Text: "125件"}, {Kind: cnt, Value: 8, Cmp: eq, Unit: "件", Change: inc, Subject: "", Action: "増加する", Text: "8件増加"}}},
	{"について names what the sentence is about", "市役所のCO2排出量について、令和12年度までに平成25年度比50%の削減を図ります。",
		[]want{{Kind: pct, Value: 50, Cmp: eq, Unit: "%", Change: dec, Subject: "市役所のCO2排出量", Action: "削減する", Text: "50%の削減"}}},
	{"an aim noun after の is the act", "国保の特定健診受診率60%の達成に向けて、未受診者への勧奨を年3回行います。",
		[]want{{Kind: pct, Value: 60, Cmp: eq, Unit: "%", Subject: "国保の特定健診受診率", Action: "達成する", Text: "60%"},
			{Kind: freq, Value: 3, Cmp: eq, Per: year, Subject: "未受診者への勧奨", Action: "行う", Text: "年3回"}}},
	{"a year as topic is passed to the topic before the predicate", "相談窓口の利用件数は年々増加しており、令和5年度は2,140件でした。",
		[]want{{Kind: cnt, Value: 2140, Cmp: eq, Unit: "件", Subject: "相談窓口の利用件数", Action: "", Text: "2,140件"}}},
	{"として names what it is done as, not what is done", "健康づくり教室は、各公民館を会場として年間36回開催します。",
		[]want{{Kind: freq, Value: 36, Cmp: eq, Per: year, Subject: "健康づくり教室", Action: "開催する", Text: "年間36回"}}},
	{"a change word closing the compound before a 、", "がん検診の受診率向上に努め、令和11年度には50%を達成します。",
		[]want{{Kind: pct, Value: 50, Cmp: eq, Unit: "%", Subject: "がん検診の受診率", Action: "達成する", Text: "50%"}}},
	{"a copula で、 ends the first figure's clause", "本市の高齢化率は32.4%で、全国平均の29.1%を上回っています。",
		[]want{{Kind: pct, Value: 32.4, Cmp: eq, Unit: "%", Subject: "高齢化率", Action: "", Text: "32.4%"}, {Kind: pct, Value: 29.1, Cmp: eq, Unit: "%", Subject: "", Action: "上回る", Text: "29.1%"}}},
	{"what is exceeded (を上回る) is no subject", "「住みやすい」と答えた人の割合が78.4%で、前回調査を2.1ポイント上回りました。",
		[]want{{Kind: pct, Value: 78.4, Cmp: eq, Unit: "%", Subject: "「住みやすい」と答えた人の割合", Action: "", Text: "78.4%"}, {Kind: pct, Value: 2.1, Cmp: eq, Unit: "pt", Subject: "", Action: "上回る", Text: "2.1ポイント"}}},
	{"has achieved (を達成しています) is an actual", "待機児童数は、令和6年4月1日時点でゼロを達成しています。",
		[]want{{Kind: cnt, Value: 0, Cmp: eq, Subject: "待機児童数", Action: "達成する", Text: "ゼロ"}}},
	{"a verb before こと is the act: 抑えることを目標とします", "健診後の特定保健指導の未利用率を、令和9年度までに15%以下に抑えることを目標とします。",
		[]want{{Kind: pct, Value: 15, Cmp: le, Unit: "%", Subject: "健診後の特定保健指導の未利用率", Action: "抑える", Text: "15%以下"}}},
	{"a て-clause between the object and the figure is passed", "子育て相談会を、各地区の集会所に出向いて年24回開催します。",
		[]want{{Kind: freq, Value: 24, Cmp: eq, Per: year, Subject: "子育て相談会", Action: "開催する", Text: "年24回"}}},
	{"the thing whose change is aimed at names what the figure after 、 measures", "公共施設の予約システムの利用率の向上を図り、令和8年度に60%を目指します。",
		[]want{{Kind: pct, Value: 60, Cmp: eq, Unit: "%", Subject: "公共施設の予約システムの利用率", Action: "目指す", Text: "60%"}}},
	{"a topic across a predicate (ありますが、今後は)", "図書館の利用者数は減少傾向にありますが、今後は年間12万人を目指します。",
		[]want{{Kind: cnt, Value: 120000, Cmp: eq, Unit: "人", Per: year, Subject: "図書館の利用者数", Action: "目指す", Text: "年間12万人"}}},
	{"an actual whose subject is its event (の参加にとどまる)", "昨年度の防災講演会は、６４０人の参加にとどまりました。",
		[]want{{Kind: cnt, Value: 640, Cmp: eq, Unit: "人", Subject: "参加", Action: "とどまる", Text: "６４０人"}}},
	{"a quota compared with an actual is no target", "消防団員は、条例定数５８０人に対して実員が４９２人となっています。",
		[]want{{Kind: cnt, Value: 580, Cmp: eq, Unit: "人", Subject: "条例定数", Action: "", Text: "５８０人"}, {Kind: cnt, Value: 492, Cmp: eq, Unit: "人", Subject: "実員", Action: "なる", Text: "４９２人"}}},
	{"a multiple of a past level is a growth, not a level", "市内の観光入込客数は、20年前の約1.4倍に増えました。",
		[]want{{Kind: rat, Value: 1.4, Cmp: apx, Subject: "観光入込客数", Action: "増える", Text: "約1.4倍"}}},
	{"a spaced thousands separator inside single digits", "令和5年度の乳がん検診の受診者数は 2 ,4 1 8人となりました。",
		[]want{{Kind: cnt, Value: 2418, Cmp: eq, Unit: "人", Subject: "乳がん検診の受診者数", Action: "なる", Text: "2 ,4 1 8人"}}},
	{"a sentence-opening year is the year of an actual later in it", "令和5年度は、ごみ減量出前講座を各地区で開き、受講者が1,460人となりました。",
		[]want{{Kind: cnt, Value: 1460, Cmp: eq, Unit: "人", Subject: "受講者", Action: "なる", Text: "1,460人"}}},
	{"a bare decimal stated with で、 and the one it is compared with", "本市の合計特殊出生率は1.31で、県平均の1.39を下回っています。",
		[]want{{Kind: cnt, Value: 1.31, Cmp: eq, Subject: "合計特殊出生率", Action: "", Text: "1.31"}, {Kind: cnt, Value: 1.39, Cmp: eq, Subject: "県平均", Action: "下回る", Text: "1.39"}}},
	{"a counter of three kanji after a deadline", "見守り協力事業所を、令和9年度までに120事業所以上に増やします。",
		[]want{{Kind: cnt, Value: 120, Cmp: ge, Unit: "事業所", Change: inc, Subject: "見守り協力事業所", Action: "増やす", Text: "120事業所以上"}}},
	{"an actual stated with 実績で and a year", "空き家の相談件数は、令和5年度の実績で412件となっています。",
		[]want{{Kind: cnt, Value: 412, Cmp: eq, Unit: "件", Subject: "空き家の相談件数", Action: "なる", Text: "412件"}}},
	{"a verb before こと after a duration", "救急車の現場到着時間の平均を、8分以内に短縮することを目標とします。",
		[]want{{Kind: dur, Value: 8, Cmp: le, Unit: "分", Subject: "救急車の現場到着時間", Action: "短縮する", Text: "8分以内"}}},
	{"a frequency stated with は before a 、 and a place", "介護予防教室は毎月2回、地区の公民館で開催します。",
		[]want{{Kind: freq, Value: 2, Cmp: eq, Per: mon, Subject: "介護予防教室", Action: "開催する", Text: "毎月2回"}}},
	{"a baseline with its year, then the level reached", "特定健診の受診率は、平成30年度の38.5%から令和5年度には44.1%に上昇しました。",
		[]want{{Kind: pct, Value: 38.5, Cmp: eq, Unit: "%", Subject: "特定健診の受診率", Action: "", Text: "38.5%"}, {Kind: pct, Value: 44.1, Cmp: eq, Unit: "%", Change: inc, Subject: "特定健診の受診率", Action: "上昇する", Text: "44.1%に上昇"}}},
	{"a calendar year with で before an actual", "本市の耕作放棄地面積は、令和5年で約320haとなっています。",
		[]want{{Kind: cnt, Value: 320, Cmp: apx, Unit: "ha", Subject: "耕作放棄地面積", Action: "なる", Text: "約320ha"}}},
	{"a duration per year with とします", "職員の年次有給休暇の平均取得日数を、年間15日以上とします。",
		[]want{{Kind: freq, Value: 15, Cmp: ge, Per: year, Subject: "職員の年次有給休暇の平均取得日数", Action: "する", Text: "年間15日以上"}}},
	{"a baseline with 現在の and a target after から", "地域猫活動の支援団体を、現在の8団体から15団体に増やします。",
		[]want{{Kind: cnt, Value: 8, Cmp: eq, Unit: "団体", Subject: "地域猫活動の支援団体", Action: "", Text: "8団体"}, {Kind: cnt, Value: 15, Cmp: eq, Unit: "団体", Change: inc, Subject: "地域猫活動の支援団体", Action: "増やす", Text: "15団体"}}},
	{"a verb before こと after a figure with を", "乳幼児健診の受診率98.0%を維持することを目標とします。",
		[]want{{Kind: pct, Value: 98, Cmp: eq, Unit: "%", Subject: "乳幼児健診の受診率", Action: "維持する", Text: "98.0%"}}},
	{"a rate and a change in points after で、", "市税の収納率は98.7%で、前年度を0.3ポイント上回りました。",
		[]want{{Kind: pct, Value: 98.7, Cmp: eq, Unit: "%", Subject: "市税の収納率", Action: "", Text: "98.7%"}, {Kind: pct, Value: 0.3, Cmp: eq, Unit: "pt", Subject: "", Action: "上回る", Text: "0.3ポイント"}}},
	{"a limit per year", "自転車盗難の認知件数を年間430件以下に抑えます。",
		[]want{{Kind: cnt, Value: 430, Cmp: le, Unit: "件", Per: year, Subject: "自転車盗難の認知件数", Action: "抑える", Text: "年間430件以下"}}},
	{"an actual with あります and a year", "職員提案制度への応募は、令和5年度に36件ありました。",
		[]want{{Kind: cnt, Value: 36, Cmp: eq, Unit: "件", Subject: "職員提案制度への応募", Action: "ある", Text: "36件"}}},
	{"a predicate made of a verbal noun between two figures", "市民活動センターの登録団体数は、平成29年度の180団体から増加し、現在は245団体です。",
		[]want{{Kind: cnt, Value: 180, Cmp: eq, Unit: "団体", Change: inc, Subject: "市民活動センターの登録団体数", Action: "増加する", Text: "180団体"}, {Kind: cnt, Value: 245, Cmp: eq, Unit: "団体", Subject: "市民活動センターの登録団体数", Action: "", Text: "245団体"}}},
}

// quantities are the targets and figures of an extraction, in order of
// position.
func quantities(ex Extraction) []goal.Target {
	all := append(append([]goal.Target(nil), ex.Targets...), ex.Figures...)
	sortBySpan(all)
	return all
}

func TestExtractTargets(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	for _, tc := range targetTests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.Extract(tc.in)
			require.NoError(t, err)
			if tc.want == nil {
				tc.want = []want{}
			}
			// recognition, whatever the role: what the text commits to is in
			// Targets, its baselines and actuals in Figures (see role_test.go)
			all := quantities(ex)
			assert.Equal(t, tc.want, got(all))
			for _, tg := range all {
				assert.Equal(t, tc.in[tg.Span.Start:tg.Span.End], tg.Text, "span must cover the text")
			}
		})
	}
}

func TestExtractDeadlinesAndDates(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	tests := []struct {
		name  string
		in    string
		by    []goal.FiscalYear
		dates int
	}{
		{"era fiscal year before", "令和7年度までに年10回以上開催する", []goal.FiscalYear{2025}, 1},
		{"western end of year", "2030年度末までに温室効果ガスを50%削減", []goal.FiscalYear{2030}, 1},
		{"deadline after", "相談件数を年間500件とすることを令和8年度までに達成する", []goal.FiscalYear{2026}, 1},
		{"no deadline", "令和2年度に研修を年10回", []goal.FiscalYear{0}, 1},
		{"two deadlines", "令和5年度までに10件、令和7年度までに20件", []goal.FiscalYear{2023, 2025}, 2},
		{"date numerals are not counts", "令和２年１１月２０日に開催", nil, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.Extract(tc.in)
			require.NoError(t, err)
			require.Len(t, ex.Targets, len(tc.by))
			for k, tg := range ex.Targets {
				assert.Equal(t, tc.by[k], tg.By, "target %q", tg.Text)
			}
			assert.Len(t, ex.Dates, tc.dates)
		})
	}
}

func TestParseTarget(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	tests := []struct {
		name string
		in   string
		want want
		err  error
	}{
		{"percent cell", " 99.0%以上 ", want{Kind: pct, Value: 99, Cmp: ge, Unit: "%", Text: "99.0%以上"}, nil},
		{"frequency cell", "月1回以上", want{Kind: freq, Value: 1, Cmp: ge, Per: mon, Text: "月1回以上"}, nil},
		{"count cell", "50件", want{Kind: cnt, Value: 50, Cmp: eq, Unit: "件", Text: "50件"}, nil},
		{"bare number", "50", want{}, ErrNoTarget},
		{"two targets", "月1回、50件", want{}, ErrManyTargets},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tg, err := p.ParseTarget(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				var te *TargetError
				assert.ErrorAs(t, err, &te)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []want{tc.want}, got([]goal.Target{tg}))
		})
	}
}
