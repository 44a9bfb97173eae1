package kpi

// reportLabels are the words of the HTML report in one language. The
// report is in Japanese unless HTMLOptions.English is set: its readers are
// municipal staff and residents.
type reportLabels struct {
	Lang                                       string // the page's lang attribute
	Colon, LParen, RParen, Dot, Sep            string // punctuation: full-width in Japanese
	DefaultTitle                               string
	Status                                     map[Status]string
	Trend                                      map[Trend]string
	Direction                                  map[Direction]string
	Cmp                                        map[string]string // comparator name → suffix/prefix
	Baseline, Target, Actual                   string
	Progress, Expected, Achievement, Rank      string
	TrendLabel, Owner, Node                    string
	Provisional                                string
	FiscalYearReported, Prepared, Indicators   string
	Summary, ByOwner, ByNode, Contributions    string
	Score, ScoreMean, ScoreWeighted, ScoreNote string
	ScoredOf                                   string // "%d of %d indicators scored"
	Weight, Share, Contribution, NoOwner       string
	Breakdown                                  string
	Legend, LegendActual, LegendProvisional    string
	LegendBaseline, LegendTarget, LegendPlan   string
	LegendWorseZone, LegendProgress            string
	Undefined                                  string // heading of the reasons line
	CardsHeading, Indicator                    string
	AchievementDecrease                        string
	NoChart                                    string
	Backwards                                  string // "worse than the baseline (%s → %s)"
	Method                                     string
	MethodText                                 []string
	Source                                     string
	Reasons                                    map[Reason]string
	ChartTitle                                 string // "%s: path from the baseline to the target"
	YearSuffix                                 string // after a Western fiscal year on the chart axis
	Yes, No                                    string
}

// japaneseLabels and englishLabels are the report's two languages.
var japaneseLabels, englishLabels = labelsIn(false), labelsIn(true)

// ownText, as the English of a reason, shows the reason as it is: the
// Reason constants are English already.
const ownText = ""

// labelsIn returns the report's words in Japanese, or in English when
// english is set. Every word stands next to its translation, so a label
// added in one language is added in both.
func labelsIn(english bool) reportLabels {
	t := func(ja, en string) string {
		if english {
			return en
		}
		return ja
	}
	return reportLabels{
		Lang:  t("ja", "en"),
		Colon: t("：", ": "), LParen: t("（", " ("), RParen: t("）", ")"), Dot: t("・", " · "), Sep: t("　", " · "),
		DefaultTitle: t("成果指標の評価", "KPI evaluation"),
		Status: map[Status]string{
			StatusAchieved: t("達成", "achieved"), StatusOnTrack: t("順調", "on track"), StatusBehind: t("遅れ", "behind"),
			StatusWorsened: t("悪化", "worsened"), StatusNoData: t("データなし", "no data"), StatusUnset: t("判定不可", "not judged"),
		},
		Trend: map[Trend]string{
			TrendImproving: t("改善傾向", "improving"), TrendFlat: t("横ばい", "flat"),
			TrendWorsening: t("悪化傾向", "worsening"), TrendUnset: "—",
		},
		Direction: map[Direction]string{
			DirectionIncrease: t("↑ 増加をめざす", "↑ higher is better"),
			DirectionDecrease: t("↓ 減少をめざす", "↓ lower is better"),
			DirectionMaintain: t("→ 維持をめざす", "→ maintain"),
		},
		Cmp: map[string]string{
			"ge": t("以上", "or more"), "gt": t("超", "more than"), "le": t("以下", "or less"),
			"lt": t("未満", "less than"), "approx": t("程度", "about"),
		},
		Baseline: t("基準値", "Baseline"), Target: t("目標値", "Target"), Actual: t("実績値（最新）", "Latest actual"),
		Progress: t("進捗率", "Progress"), Expected: t("期待進捗", "Expected pace"),
		Achievement: t("達成率", "Achievement"), Rank: t("評価", "Rank"),
		TrendLabel: t("傾向", "Trend"), Owner: t("担当", "Owner"), Node: t("施策", "Plan node"),
		Provisional:        t("速報値", "provisional"),
		FiscalYearReported: t("対象年度", "Fiscal year"), Prepared: t("作成日", "Prepared"), Indicators: t("指標数", "Indicators"),
		Summary: t("概要", "Summary"), ByOwner: t("担当課別の集計", "By owner"), ByNode: t("施策別の集計", "By plan node"),
		Contributions: t("寄与度（加重スコアへの寄与）", "Contributions to the weighted score"),
		Score:         t("総合スコア", "Score"), ScoreMean: t("平均", "mean"), ScoreWeighted: t("加重平均", "weighted"),
		ScoreNote: t("目標達成を1、それ以外は進捗率（0〜1に収めた値）として平均したもの",
			"1 for a target met, otherwise progress clamped to 0–1"),
		ScoredOf: t("%d指標中%d指標で算出", "scored on %[2]d of %[1]d indicators"),
		Weight:   t("重み", "Weight"), Share: t("比率", "Share"), Contribution: t("寄与度", "Contribution"),
		NoOwner:             t("（指定なし）", "(none)"),
		Breakdown:           t("内訳", "Breakdown"),
		Legend:              t("凡例", "Legend"),
		LegendActual:        t("実績値の推移", "actuals"),
		LegendProvisional:   t("速報値", "provisional figure"),
		LegendBaseline:      t("基準値", "baseline"),
		LegendTarget:        t("目標値", "target"),
		LegendPlan:          t("計画線（基準値から目標値へ一定のペースで進んだ場合）", "plan line (steady pace from baseline to target)"),
		LegendWorseZone:     t("基準値より悪い範囲", "worse than the baseline"),
		LegendProgress:      t("進捗率（縦線は期待進捗）", "progress (the mark is the expected pace)"),
		Undefined:           t("算出できない数値", "Not computed"),
		CardsHeading:        t("指標ごとの評価", "Indicators"),
		AchievementDecrease: t("達成率（目標値÷実績値）", "Achievement (target ÷ actual)"),
		Indicator:           t("指標", "Indicator"),
		NoChart:             t("年度が分からないため、推移のグラフは表示できません。", "No chart: the fiscal years are not known."),
		Backwards:           t("基準値より悪化しています（基準値 %s → 実績値 %s）", "Worse than the baseline (baseline %s → actual %s)"),
		Method:              t("評価の方法", "Method"),
		MethodText: []string{
			t("進捗率 ＝（実績値 − 基準値）÷（目標値 − 基準値）。減少をめざす指標では（基準値 − 実績値）÷（基準値 − 目標値）と同じ値です。",
				"Progress = (actual − baseline) ÷ (target − baseline); for an indicator that should decrease this equals (baseline − actual) ÷ (baseline − target)."),
			t("期待進捗 ＝（実績年度 − 基準年度）÷（目標年度 − 基準年度）。基準値から目標値まで毎年同じだけ進んだ場合の進捗率です。",
				"Expected pace = (actual year − baseline year) ÷ (target year − baseline year): the progress of a steady path from the baseline to the target."),
			t("達成率 ＝ 実績値 ÷ 目標値。減少をめざす指標は 目標値 ÷ 実績値 とし、100%以上が目標の達成を表します。",
				"Achievement = actual ÷ target; for an indicator that should decrease, target ÷ actual, so that 100% or more always means the target is met."),
			t("達成：実績値が目標を満たす。順調：進捗率が期待進捗以上。遅れ：進捗率が期待進捗未満。悪化：実績値が基準値より目標から遠ざかった。データなし：実績値がない。",
				"Achieved: the actual meets the target. On track: progress at or above the expected pace. Behind: below it. Worsened: farther from the target than the baseline. No data: no actual."),
		},
		Source: t("データ", "Data"),
		Reasons: map[Reason]string{
			ReasonNoActual: t("実績値がない", ownText), ReasonNoBaseline: t("基準値がない", ownText),
			ReasonNoTarget: t("目標値がない", ownText), ReasonTargetIsBaseline: t("目標値が基準値と同じ", ownText),
			ReasonTargetIsZero: t("目標値が0", ownText), ReasonNoBaselineYear: t("基準年度がない", ownText),
			ReasonNoTargetYear: t("目標年度がない", ownText), ReasonNoActualYear: t("最新の実績値の年度がない", ownText),
			ReasonSameYears: t("目標年度が基準年度と同じ", ownText), ReasonOneActual: t("実績値が1つだけ", ownText),
			ReasonNoDirection: t("増減の方向が分からない", ownText), ReasonNoProgress: t("進捗率が算出できない", ownText),
			ReasonNotFinite:                    t("数値が有限でない", ownText),
			ReasonActualIsZero:                 t("実績値が0（目標値を割れない）", "actual is zero (the target cannot be divided by it)"),
			"a change target needs a baseline": t("増減で示した目標には基準値が必要", ownText),
			"no indicator has a score":         t("スコアのある指標がない", ownText),
			"all weights are zero":             t("重みがすべて0", ownText),
		},
		ChartTitle: t("%sの推移（基準値から目標値まで）", "%s: path from the baseline to the target"),
		YearSuffix: t("年度", ""),
	}
}

// reason is r in the report's language; an unknown reason, and one whose
// text is ownText, is shown as it is.
func (l *reportLabels) reason(r Reason) string {
	if s := l.Reasons[r]; s != ownText {
		return s
	}
	return string(r)
}
