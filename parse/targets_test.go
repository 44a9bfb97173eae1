package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// want is the part of a target the tests compare: the fields the
// acceptance measure scores, and the text the span covers.
type want struct {
	Kind     goal.Kind
	Value    float64
	Max      float64
	Cmp      goal.Comparator
	Unit     string
	Per      goal.Period
	Interval int
	Change   goal.Change
	Text     string
}

func got(ts []goal.Target) []want {
	out := make([]want, 0, len(ts))
	for _, t := range ts {
		out = append(out, want{t.Kind, t.Value, t.Max, t.Cmp, t.Unit, t.Per, t.Interval, t.Change, t.Text})
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
	// frequencies
	{"month once", "局内会議を月1回開催し", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Text: "月1回"}}},
	{"year at least, bracketed", "（年10回以上）", []want{{Kind: freq, Value: 10, Cmp: ge, Per: year, Text: "年10回以上"}}},
	{"week with に", "週に2回実施", []want{{Kind: freq, Value: 2, Cmp: eq, Per: week, Text: "週に2回"}}},
	{"month with に, at least", "月に2回以上", []want{{Kind: freq, Value: 2, Cmp: ge, Per: mon, Text: "月に2回以上"}}},
	{"year 年間", "年間12回開催", []want{{Kind: freq, Value: 12, Cmp: eq, Per: year, Text: "年間12回"}}},
	{"every month", "毎月開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Text: "毎月"}}},
	{"every week", "毎週発信", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Text: "毎週"}}},
	{"every day", "毎日点検", []want{{Kind: freq, Value: 1, Cmp: eq, Per: day, Text: "毎日"}}},
	{"every fiscal year", "毎年度見直す", []want{{Kind: freq, Value: 1, Cmp: eq, Per: fy, Text: "毎年度"}}},
	{"every month twice", "毎月2回", []want{{Kind: freq, Value: 2, Cmp: eq, Per: mon, Text: "毎月2回"}}},
	{"quarter kanji ごと", "四半期ごとに確認", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Text: "四半期ごとに"}}},
	{"quarter digit ごと", "4半期ごとに確認", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Text: "4半期ごとに"}}},
	{"quarter once", "四半期に一度報告", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Text: "四半期に一度"}}},
	{"quarter 1回", "四半期に1回報告", []want{{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Text: "四半期に1回"}}},
	{"half year", "半年に1回点検", []want{{Kind: freq, Value: 1, Cmp: eq, Per: half, Text: "半年に1回"}}},
	{"every other month", "隔月で発行", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Text: "隔月"}}},
	{"every other week", "隔週開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Text: "隔週"}}},
	{"two months once", "2か月に1回開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Text: "2か月に1回"}}},
	{"two months ヶ月", "2ヶ月に1回", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Text: "2ヶ月に1回"}}},
	{"three years 度", "3年に1度見直す", []want{{Kind: freq, Value: 1, Cmp: eq, Per: year, Interval: 3, Text: "3年に1度"}}},
	{"two weeks ごと", "2週間ごとに更新", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Text: "2週間ごとに"}}},
	{"kanji month once", "月一回開催", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Text: "月一回"}}},
	{"full-width", "（年１０回以上）", []want{{Kind: freq, Value: 10, Cmp: ge, Per: year, Text: "年１０回以上"}}},
	{"month ごと", "月ごとに集計", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Text: "月ごとに"}}},
	{"per day", "1日3回巡回", []want{{Kind: freq, Value: 3, Cmp: eq, Per: day, Text: "1日3回"}}},
	{"about per year", "年1回程度", []want{{Kind: freq, Value: 1, Cmp: apx, Per: year, Text: "年1回程度"}}},
	{"about before period", "おおむね月1回開催", []want{{Kind: freq, Value: 1, Cmp: apx, Per: mon, Text: "おおむね月1回"}}},
	{"every month once", "市報を毎月1回発行", []want{{Kind: freq, Value: 1, Cmp: eq, Per: mon, Text: "毎月1回"}}},
	{"days a week", "週2日開館", []want{{Kind: freq, Value: 2, Cmp: eq, Per: week, Text: "週2日"}}},
	{"slash period", "2回/月以上", []want{{Kind: freq, Value: 2, Cmp: ge, Per: mon, Text: "2回/月以上"}}},
	{"slash period count", "500件/年", []want{{Kind: cnt, Value: 500, Cmp: eq, Unit: "件", Per: year, Text: "500件/年"}}},
	{"daily average", "1日平均300人", []want{{Kind: cnt, Value: 300, Cmp: eq, Unit: "人", Per: day, Text: "1日平均300人"}}},

	// counts
	{"count bracket", "（12回）", []want{{Kind: cnt, Value: 12, Cmp: eq, Unit: "回", Text: "12回"}}},
	{"count at least", "(20回以上)", []want{{Kind: cnt, Value: 20, Cmp: ge, Unit: "回", Text: "20回以上"}}},
	{"groups", "(連携団体4団体以上)", []want{{Kind: cnt, Value: 4, Cmp: ge, Unit: "団体", Text: "4団体以上"}}},
	{"projects", "10事業に取り組む", []want{{Kind: cnt, Value: 10, Cmp: eq, Unit: "事業", Text: "10事業"}}},
	{"places か所", "3か所に設置", []want{{Kind: cnt, Value: 3, Cmp: eq, Unit: "か所", Text: "3か所"}}},
	{"places 箇所", "5箇所", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "か所", Text: "5箇所"}}},
	{"places カ所", "5カ所", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "か所", Text: "5カ所"}}},
	{"places ヶ所", "5ヶ所", []want{{Kind: cnt, Value: 5, Cmp: eq, Unit: "か所", Text: "5ヶ所"}}},
	{"people approx", "約200人が参加", []want{{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Text: "約200人"}}},
	{"companies", "30社以上", []want{{Kind: cnt, Value: 30, Cmp: ge, Unit: "社", Text: "30社以上"}}},
	{"schools", "全52校で実施", []want{{Kind: cnt, Value: 52, Cmp: eq, Unit: "校", Text: "52校"}}},
	{"yen with 万", "500万円", []want{{Kind: cnt, Value: 5000000, Cmp: eq, Unit: "円", Text: "500万円"}}},
	{"yen with 億", "1億2千万円", []want{{Kind: cnt, Value: 120000000, Cmp: eq, Unit: "円", Text: "1億2千万円"}}},
	{"mixed myriad", "3万5千人", []want{{Kind: cnt, Value: 35000, Cmp: eq, Unit: "人", Text: "3万5千人"}}},
	{"separators", "1,234件", []want{{Kind: cnt, Value: 1234, Cmp: eq, Unit: "件", Text: "1,234件"}}},
	{"per year count", "年間500件", []want{{Kind: cnt, Value: 500, Cmp: eq, Unit: "件", Per: year, Text: "年間500件"}}},
	{"per month 万", "月1万件", []want{{Kind: cnt, Value: 10000, Cmp: eq, Unit: "件", Per: mon, Text: "月1万件"}}},
	{"zero", "待機児童ゼロを目指す", []want{{Kind: cnt, Value: 0, Cmp: eq, Text: "ゼロ"}}},
	{"kanji twelve", "十二回開催", []want{{Kind: cnt, Value: 12, Cmp: eq, Unit: "回", Text: "十二回"}}},
	{"kanji twenty", "二十件", []want{{Kind: cnt, Value: 20, Cmp: eq, Unit: "件", Text: "二十件"}}},
	{"kanji 1500", "千五百人", []want{{Kind: cnt, Value: 1500, Cmp: eq, Unit: "人", Text: "千五百人"}}},
	{"kanji positional", "一〇件", []want{{Kind: cnt, Value: 10, Cmp: eq, Unit: "件", Text: "一〇件"}}},
	{"range tilde", "10～20件", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Text: "10～20件"}}},
	{"range wave dash", "10〜20件", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Text: "10〜20件"}}},
	{"range both units", "10件～20件", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Text: "10件～20件"}}},
	{"range 以上以下", "10人以上20人以下", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "人", Text: "10人以上20人以下"}}},
	{"more than 超", "100件超", []want{{Kind: cnt, Value: 100, Cmp: gt, Unit: "件", Text: "100件超"}}},
	{"more than を超える", "100件を超える", []want{{Kind: cnt, Value: 100, Cmp: gt, Unit: "件", Text: "100件を超える"}}},
	{"less than", "5件未満", []want{{Kind: cnt, Value: 5, Cmp: lt, Unit: "件", Text: "5件未満"}}},
	{"at most", "5件以下", []want{{Kind: cnt, Value: 5, Cmp: le, Unit: "件", Text: "5件以下"}}},
	{"about 程度", "50人程度", []want{{Kind: cnt, Value: 50, Cmp: apx, Unit: "人", Text: "50人程度"}}},
	{"about 前後", "50人前後", []want{{Kind: cnt, Value: 50, Cmp: apx, Unit: "人", Text: "50人前後"}}},
	{"about およそ", "およそ50人", []want{{Kind: cnt, Value: 50, Cmp: apx, Unit: "人", Text: "およそ50人"}}},

	// percentages
	{"percent word", "1パーセント以上の老朽管更新", []want{{Kind: pct, Value: 1, Cmp: ge, Unit: "%", Text: "1パーセント以上"}}},
	{"percent sign", "割合を100.0%", []want{{Kind: pct, Value: 100, Cmp: eq, Unit: "%", Text: "100.0%"}}},
	{"percent full-width", "８６．３％", []want{{Kind: pct, Value: 86.3, Cmp: eq, Unit: "%", Text: "８６．３％"}}},
	{"wari", "8割以上", []want{{Kind: pct, Value: 80, Cmp: ge, Unit: "%", Text: "8割以上"}}},
	{"points", "5ポイント向上", []want{{Kind: pct, Value: 5, Cmp: eq, Unit: "pt", Change: inc, Text: "5ポイント向上"}}},
	{"decrease", "前年度比5%削減", []want{{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Text: "5%削減"}}},
	{"decrease with を", "時間外勤務を10%縮減する", []want{{Kind: pct, Value: 10, Cmp: eq, Unit: "%", Change: dec, Text: "10%縮減"}}},
	{"increase 増", "来館者10%増", []want{{Kind: pct, Value: 10, Cmp: eq, Unit: "%", Change: inc, Text: "10%増"}}},
	{"increase with の", "20%の向上", []want{{Kind: pct, Value: 20, Cmp: eq, Unit: "%", Change: inc, Text: "20%の向上"}}},
	{"count increase", "30件に増やす", []want{{Kind: cnt, Value: 30, Cmp: eq, Unit: "件", Change: inc, Text: "30件に増やす"}}},

	// ranks, ratios, durations
	{"rank best", "ベスト10以内の維持", []want{{Kind: rnk, Value: 10, Cmp: le, Text: "ベスト10以内"}}},
	{"rank position", "全国1位", []want{{Kind: rnk, Value: 1, Cmp: eq, Text: "1位"}}},
	{"rank top", "トップ3", []want{{Kind: rnk, Value: 3, Cmp: eq, Text: "トップ3"}}},
	{"rank upper", "上位10位以内", []want{{Kind: rnk, Value: 10, Cmp: le, Text: "上位10位以内"}}},
	{"ratio", "2倍にする", []want{{Kind: rat, Value: 2, Cmp: eq, Text: "2倍"}}},
	{"ratio at least", "1.5倍以上", []want{{Kind: rat, Value: 1.5, Cmp: ge, Text: "1.5倍以上"}}},
	{"doubling", "来訪者数を倍増させる", []want{{Kind: rat, Value: 2, Cmp: eq, Text: "倍増"}}},
	{"halving", "事故件数の半減", []want{{Kind: rat, Value: 0.5, Cmp: eq, Text: "半減"}}},
	{"minutes within", "15分以内に到着", []want{{Kind: dur, Value: 15, Cmp: le, Unit: "分", Text: "15分以内"}}},
	{"days within", "3日以内に回答", []want{{Kind: dur, Value: 3, Cmp: le, Unit: "日", Text: "3日以内"}}},
	{"hours per month", "時間外勤務を月20時間以内", []want{{Kind: dur, Value: 20, Cmp: le, Unit: "時間", Per: mon, Text: "月20時間以内"}}},
	{"waiting time average", "待ち時間を平均15分以内", []want{{Kind: dur, Value: 15, Cmp: le, Unit: "分", Text: "15分以内"}}},
	{"points then change", "10ポイント以上向上", []want{{Kind: pct, Value: 10, Cmp: ge, Unit: "pt", Change: inc, Text: "10ポイント以上向上"}}},
	{"yen decrease", "1,000万円の削減", []want{{Kind: cnt, Value: 1e7, Cmp: eq, Unit: "円", Change: dec, Text: "1,000万円の削減"}}},
	{"two in one sentence", "研修を年2回開催し、参加者の満足度90％以上", []want{
		{Kind: freq, Value: 2, Cmp: eq, Per: year, Text: "年2回"},
		{Kind: pct, Value: 90, Cmp: ge, Unit: "%", Text: "90％以上"}}},
	{"all day", "24時間365日対応", nil},

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
			assert.Equal(t, tc.want, got(ex.Targets))
			for _, tg := range ex.Targets {
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
