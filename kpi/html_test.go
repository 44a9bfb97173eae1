package kpi

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeReport(t *testing.T, evs []Evaluation, opt HTMLOptions) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, WriteHTMLReport(&b, evs, opt))
	return b.String()
}

// cardOf returns the HTML of the card of the indicator named name.
func cardOf(t *testing.T, page, name string) string {
	t.Helper()
	i := strings.Index(page, "<h3>"+html.EscapeString(name)+"</h3>")
	require.GreaterOrEqual(t, i, 0, "card of %s", name)
	end := strings.Index(page[i:], "</article>")
	require.Greater(t, end, 0)
	return page[i : i+end]
}

func TestHTMLReport(t *testing.T) {
	evs := sampleEvaluations(t)
	page := writeReport(t, evs, HTMLOptions{Title: "○○市 成果指標の評価", Prepared: goal.Date{Year: 2024, Month: 6, Day: 30, Precision: goal.PrecisionDay}, Source: "sample.csv"})

	for _, tt := range []struct {
		name  string
		check func(t *testing.T)
	}{
		{"one card per indicator", func(t *testing.T) {
			assert.Equal(t, len(evs), strings.Count(page, "data-indicator>"))
		}},
		{"Japanese labels, title, fiscal year of the latest actual, date, source", func(t *testing.T) {
			assert.Contains(t, page, `<html lang="ja">`)
			assert.Contains(t, page, "<h1>○○市 成果指標の評価</h1>")
			assert.Contains(t, page, `<p class="sub">対象年度：令和5年度　作成日：2024年6月30日　指標数：7</p>`)
			assert.Contains(t, page, "データ：sample.csv")
			for _, s := range []string{"達成", "順調", "遅れ", "悪化", "データなし"} {
				assert.Contains(t, page, `<span class="badge">`+s+`</span>`)
			}
			assert.NotContains(t, page, "on track")
		}},
		{"baseline, target and latest actual with years and units", func(t *testing.T) {
			c := cardOf(t, page, "交通事故件数")
			assert.Contains(t, c, `data-figure="baseline">1,200件（令和2年度）`)
			assert.Contains(t, c, `data-figure="target">1,000件（令和7年度）`)
			assert.Contains(t, c, `data-figure="actual">1,250件（令和5年度）`)
			assert.Contains(t, cardOf(t, page, "市民満足度"), `data-figure="target">70%以上（令和7年度）`)
		}},
		{"direction-adjusted achievement for a decreasing indicator", func(t *testing.T) {
			c := cardOf(t, page, "交通事故件数")
			assert.Contains(t, c, "達成率（目標値÷実績値）")
			assert.Contains(t, c, `data-figure="achievement">80%`)
			assert.NotContains(t, c, ">125%", "not actual ÷ target")
		}},
		{"going backwards is stated and drawn", func(t *testing.T) {
			c := cardOf(t, page, "交通事故件数")
			assert.Contains(t, c, `<p class="back">基準値より悪化しています（基準値 1,200件 → 実績値 1,250件）</p>`)
			assert.Contains(t, c, `class="worse"`)
			assert.Contains(t, c, "backpt")
			assert.NotContains(t, cardOf(t, page, "市民満足度"), `class="back"`)
		}},
		{"a chart per indicator with years, plan line and target", func(t *testing.T) {
			c := cardOf(t, page, "市民満足度")
			assert.Contains(t, c, `<svg class="chart s-ontrack"`)
			assert.Contains(t, c, "<title>市民満足度の推移（基準値から目標値まで）</title>")
			assert.Contains(t, c, `<polyline class="actual"`)
			assert.Contains(t, c, `<line class="plan"`)
			assert.Contains(t, c, `<polygon class="goal"`)
			assert.Equal(t, 3, strings.Count(c, "<circle"), "three actuals")
			assert.Contains(t, c, ">2020年度</text>")
			assert.Contains(t, c, ">2025年度</text>")
		}},
		{"reasons for undefined figures in Japanese", func(t *testing.T) {
			assert.Contains(t, cardOf(t, page, "待機児童数"), "達成率：実績値が0（目標値を割れない）")
			assert.Contains(t, cardOf(t, page, "再生可能エネルギー導入量"), "実績値がない")
		}},
		{"score line and roll-ups by owner and node", func(t *testing.T) {
			assert.Contains(t, page, "総合スコア")
			assert.Contains(t, page, "7指標中6指標で算出")
			assert.Contains(t, page, "<h2>担当課別の集計</h2>")
			assert.Contains(t, page, "<h2>施策別の集計</h2>")
			assert.Equal(t, 14, strings.Count(page, "data-rollup>"), "7 owners and 7 nodes")
		}},
		{"legend lists only what is used", func(t *testing.T) {
			legend := page[strings.Index(page, `<ul class="legend">`):]
			legend = legend[:strings.Index(legend, "</ul>")]
			assert.Contains(t, legend, "計画線")
			assert.Contains(t, legend, "基準値より悪い範囲")
			assert.NotContains(t, legend, "判定不可", "no indicator is unjudged")
			assert.NotContains(t, legend, "速報値", "no provisional figure")
		}},
		{"contribution table: largest first, weights and shares, unscored last with dashes", func(t *testing.T) {
			table := page[strings.Index(page, "<h2>寄与度"):]
			rows := regexp.MustCompile(`<tr><td class="name">[^\n]*`).FindAllString(table, -1)
			require.Len(t, rows, 7)
			assert.Equal(t, `<tr><td class="name">待機児童数</td><td class="num">3</td><td class="num">27.3%</td><td class="num">1.00</td><td class="num">0.27</td></tr>`, rows[0])
			assert.Equal(t, `<tr><td class="name">交通事故件数</td><td class="num">2</td><td class="num">18.2%</td><td class="num">0.00</td><td class="num">0.00</td></tr>`, rows[5])
			assert.Equal(t, `<tr><td class="name">再生可能エネルギー導入量</td><td class="num">2</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>`, rows[6])
		}},
		{"self-contained: no script, no external asset", func(t *testing.T) {
			assert.NotContains(t, page, "<script")
			assert.NotRegexp(t, regexp.MustCompile(`(?i)(src|href)=|url\(|@import`), page)
		}},
	} {
		t.Run(tt.name, tt.check)
	}
}

// The Evaluator's report evaluates on the fly and holds no evaluation
// list; the page must be the same bytes.
func TestEvaluatorHTMLReportIsTheSamePage(t *testing.T) {
	tab, err := ReadTable(bytes.NewReader(readSample(t)), withParsers)
	require.NoError(t, err)
	for _, opt := range []HTMLOptions{{}, {Title: "T", English: true, FiscalYear: 2022, Source: "s.csv"}} {
		var want, got bytes.Buffer
		e := Evaluator{Ranks: RankSchemes["sabcd"]}
		require.NoError(t, WriteHTMLReport(&want, e.EvaluateAll(tab.Indicators), opt))
		require.NoError(t, e.WriteHTMLReport(&got, tab.Indicators, opt))
		assert.Equal(t, want.String(), got.String())
	}
	var empty bytes.Buffer
	require.NoError(t, Evaluator{}.WriteHTMLReport(&empty, nil, HTMLOptions{}))
	assert.Contains(t, empty.String(), "指標数：0")
}

func TestHTMLReportEscapesAndDegrades(t *testing.T) {
	hostile := `<script>alert("x")</script>&"'`
	evs := []Evaluation{
		Evaluate(Indicator{Name: hostile, Unit: `</text><script>`, Owner: `<b>課</b>`, Node: `"><svg onload=x>`,
			Baseline: Num(1), BaselineYear: 2020, Target: plain(2), TargetYear: 2025, Observations: obs(2022, 1.5)}),
		Evaluate(Indicator{Name: "年度なし", Baseline: Num(1), Target: plain(2), Observations: []Observation{{Value: 1.5}}}),
		Evaluate(Indicator{Name: "目標なし", Observations: obs(2022, 3)}),
	}
	page := writeReport(t, evs, HTMLOptions{Title: hostile, Source: hostile})
	assert.NotContains(t, page, "<script")
	assert.NotContains(t, page, "<b>課")
	assert.NotContains(t, page, "<svg onload")
	assert.Contains(t, page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&amp;&#34;&#39;")
	assert.Contains(t, cardOf(t, page, "年度なし"), "年度が分からないため")
	assert.NotContains(t, cardOf(t, page, "年度なし"), "<svg class=\"chart")
	assert.Contains(t, cardOf(t, page, "目標なし"), "判定不可")
	assert.Contains(t, cardOf(t, page, "目標なし"), "評価：目標値がない")
	assert.Contains(t, page, "判定不可", "used, so in the legend")
}

func TestHTMLReportEnglish(t *testing.T) {
	page := writeReport(t, sampleEvaluations(t), HTMLOptions{English: true, FiscalYear: 2024})
	assert.Contains(t, page, `<html lang="en">`)
	assert.Contains(t, page, "<h1>KPI evaluation</h1>")
	assert.Contains(t, page, `<p class="sub">Fiscal year: FY2024 · Indicators: 7</p>`)
	assert.NotContains(t, page, "：", "no full-width punctuation in English")
	assert.Contains(t, page, `data-figure="baseline">1,200件 (FY2020)`)
	assert.Contains(t, page, "Achievement (target ÷ actual)")
	assert.Contains(t, page, `<span class="badge">worsened</span>`)
	assert.NotContains(t, page, "悪化")
}

func TestGroupDigits(t *testing.T) {
	for in, want := range map[float64]string{1250: "1,250", 67.2: "67.2", 1500000: "1,500,000", -1200: "−1,200",
		0.6500000000000004: "0.65", 999: "999", 1e21: "1,000,000,000,000,000,000,000"} {
		assert.Equal(t, want, groupDigits(in), "%v", in)
	}
}

func TestHTMLReportExtremeValues(t *testing.T) {
	evs := []Evaluation{
		Evaluate(Indicator{Name: "huge", Baseline: Num(1.7e308), BaselineYear: 2020, Target: plain(-1.7e308), TargetYear: 2025,
			Observations: obs(2022, 1e308, 2023, -1e308)}),
		Evaluate(Indicator{Name: "flat", Baseline: Num(5), BaselineYear: 2020, Target: plain(5), TargetYear: 2020,
			Observations: obs(2020, 5)}),
		Evaluate(Indicator{Name: "far years", Baseline: Num(1), BaselineYear: 1, Target: plain(2), TargetYear: 9999,
			Observations: obs(5000, 1.5)}),
	}
	page := writeReport(t, evs, HTMLOptions{})
	assert.NotRegexp(t, regexp.MustCompile(`NaN|Inf`), page)
	assert.Equal(t, 3, strings.Count(page, `<svg class="chart`))
	assert.Less(t, strings.Count(cardOf(t, page, "far years"), "<line class=\"axis\""), 20, "year ticks thinned")
}
