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

var japaneseLabels = reportLabels{
	Lang:  "ja",
	Colon: "：", LParen: "（", RParen: "）", Dot: "・", Sep: "　",
	DefaultTitle: "成果指標の評価",
	Status: map[Status]string{StatusAchieved: "達成", StatusOnTrack: "順調", StatusBehind: "遅れ",
		StatusWorsened: "悪化", StatusNoData: "データなし", StatusUnset: "判定不可"},
	Trend:     map[Trend]string{TrendImproving: "改善傾向", TrendFlat: "横ばい", TrendWorsening: "悪化傾向", TrendUnset: "—"},
	Direction: map[Direction]string{DirectionIncrease: "↑ 増加をめざす", DirectionDecrease: "↓ 減少をめざす", DirectionMaintain: "→ 維持をめざす"},
	Cmp:       map[string]string{"ge": "以上", "gt": "超", "le": "以下", "lt": "未満", "approx": "程度"},
	Baseline:  "基準値", Target: "目標値", Actual: "実績値（最新）",
	Progress: "進捗率", Expected: "期待進捗", Achievement: "達成率", Rank: "評価",
	TrendLabel: "傾向", Owner: "担当", Node: "施策",
	Provisional:        "速報値",
	FiscalYearReported: "対象年度", Prepared: "作成日", Indicators: "指標数",
	Summary: "概要", ByOwner: "担当課別の集計", ByNode: "施策別の集計", Contributions: "寄与度（加重スコアへの寄与）",
	Score: "総合スコア", ScoreMean: "平均", ScoreWeighted: "加重平均",
	ScoreNote: "目標達成を1、それ以外は進捗率（0〜1に収めた値）として平均したもの",
	ScoredOf:  "%d指標中%d指標で算出",
	Weight:    "重み", Share: "比率", Contribution: "寄与度", NoOwner: "（指定なし）",
	Breakdown:           "内訳",
	Legend:              "凡例",
	LegendActual:        "実績値の推移",
	LegendProvisional:   "速報値",
	LegendBaseline:      "基準値",
	LegendTarget:        "目標値",
	LegendPlan:          "計画線（基準値から目標値へ一定のペースで進んだ場合）",
	LegendWorseZone:     "基準値より悪い範囲",
	LegendProgress:      "進捗率（縦線は期待進捗）",
	Undefined:           "算出できない数値",
	CardsHeading:        "指標ごとの評価",
	AchievementDecrease: "達成率（目標値÷実績値）",
	Indicator:           "指標",
	NoChart:             "年度が分からないため、推移のグラフは表示できません。",
	Backwards:           "基準値より悪化しています（基準値 %s → 実績値 %s）",
	Method:              "評価の方法",
	MethodText: []string{
		"進捗率 ＝（実績値 − 基準値）÷（目標値 − 基準値）。減少をめざす指標では（基準値 − 実績値）÷（基準値 − 目標値）と同じ値です。",
		"期待進捗 ＝（実績年度 − 基準年度）÷（目標年度 − 基準年度）。基準値から目標値まで毎年同じだけ進んだ場合の進捗率です。",
		"達成率 ＝ 実績値 ÷ 目標値。減少をめざす指標は 目標値 ÷ 実績値 とし、100%以上が目標の達成を表します。",
		"達成：実績値が目標を満たす。順調：進捗率が期待進捗以上。遅れ：進捗率が期待進捗未満。悪化：実績値が基準値より目標から遠ざかった。データなし：実績値がない。",
	},
	Source: "データ",
	Reasons: map[Reason]string{
		ReasonNoActual: "実績値がない", ReasonNoBaseline: "基準値がない", ReasonNoTarget: "目標値がない",
		ReasonTargetIsBaseline: "目標値が基準値と同じ", ReasonTargetIsZero: "目標値が0",
		ReasonNoBaselineYear: "基準年度がない", ReasonNoTargetYear: "目標年度がない",
		ReasonNoActualYear: "最新の実績値の年度がない", ReasonSameYears: "目標年度が基準年度と同じ",
		ReasonOneActual: "実績値が1つだけ", ReasonNoDirection: "増減の方向が分からない",
		ReasonNoProgress: "進捗率が算出できない", ReasonNotFinite: "数値が有限でない",
		ReasonActualIsZero:                 "実績値が0（目標値を割れない）",
		"a change target needs a baseline": "増減で示した目標には基準値が必要",
		"no indicator has a score":         "スコアのある指標がない",
		"all weights are zero":             "重みがすべて0",
	},
	ChartTitle: "%sの推移（基準値から目標値まで）",
	YearSuffix: "年度",
}

var englishLabels = reportLabels{
	Lang:  "en",
	Colon: ": ", LParen: " (", RParen: ")", Dot: " · ", Sep: " · ",
	DefaultTitle: "KPI evaluation",
	Status: map[Status]string{StatusAchieved: "achieved", StatusOnTrack: "on track", StatusBehind: "behind",
		StatusWorsened: "worsened", StatusNoData: "no data", StatusUnset: "not judged"},
	Trend:     map[Trend]string{TrendImproving: "improving", TrendFlat: "flat", TrendWorsening: "worsening", TrendUnset: "—"},
	Direction: map[Direction]string{DirectionIncrease: "↑ higher is better", DirectionDecrease: "↓ lower is better", DirectionMaintain: "→ maintain"},
	Cmp:       map[string]string{"ge": "or more", "gt": "more than", "le": "or less", "lt": "less than", "approx": "about"},
	Baseline:  "Baseline", Target: "Target", Actual: "Latest actual",
	Progress: "Progress", Expected: "Expected pace", Achievement: "Achievement", Rank: "Rank",
	TrendLabel: "Trend", Owner: "Owner", Node: "Plan node",
	Provisional:        "provisional",
	FiscalYearReported: "Fiscal year", Prepared: "Prepared", Indicators: "Indicators",
	Summary: "Summary", ByOwner: "By owner", ByNode: "By plan node", Contributions: "Contributions to the weighted score",
	Score: "Score", ScoreMean: "mean", ScoreWeighted: "weighted",
	ScoreNote: "1 for a target met, otherwise progress clamped to 0–1",
	ScoredOf:  "scored on %[2]d of %[1]d indicators",
	Weight:    "Weight", Share: "Share", Contribution: "Contribution", NoOwner: "(none)",
	Breakdown:           "Breakdown",
	Legend:              "Legend",
	LegendActual:        "actuals",
	LegendProvisional:   "provisional figure",
	LegendBaseline:      "baseline",
	LegendTarget:        "target",
	LegendPlan:          "plan line (steady pace from baseline to target)",
	LegendWorseZone:     "worse than the baseline",
	LegendProgress:      "progress (the mark is the expected pace)",
	Undefined:           "Not computed",
	CardsHeading:        "Indicators",
	AchievementDecrease: "Achievement (target ÷ actual)",
	Indicator:           "Indicator",
	NoChart:             "No chart: the fiscal years are not known.",
	Backwards:           "Worse than the baseline (baseline %s → actual %s)",
	Method:              "Method",
	MethodText: []string{
		"Progress = (actual − baseline) ÷ (target − baseline); for an indicator that should decrease this equals (baseline − actual) ÷ (baseline − target).",
		"Expected pace = (actual year − baseline year) ÷ (target year − baseline year): the progress of a steady path from the baseline to the target.",
		"Achievement = actual ÷ target; for an indicator that should decrease, target ÷ actual, so that 100% or more always means the target is met.",
		"Achieved: the actual meets the target. On track: progress at or above the expected pace. Behind: below it. Worsened: farther from the target than the baseline. No data: no actual.",
	},
	Source: "Data",
	Reasons: map[Reason]string{
		ReasonActualIsZero: "actual is zero (the target cannot be divided by it)",
	},
	ChartTitle: "%s: path from the baseline to the target",
	YearSuffix: "",
}

// reason is r in the report's language; an unknown reason is shown as it
// is.
func (l *reportLabels) reason(r Reason) string {
	if s, ok := l.Reasons[r]; ok {
		return s
	}
	return string(r)
}
