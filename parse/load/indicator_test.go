package load

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
)

// indicatorSummary is an indicator as one line a reviewer can read: every
// field a user sees but the text and span (checked separately):
// name|unit|direction|node|b=V@Y|i=V@Y(cmp),…|t=V@Y(cmp)|a=V@Y,…
// with Y "2020" for a fiscal year, "2020c" for a calendar year, "" unknown.
func indicatorSummary(ind goal.Indicator) string {
	v := func(x *goal.IndicatorValue) string {
		if x == nil {
			return ""
		}
		s := strconv.FormatFloat(x.Value, 'f', -1, 64) + "@"
		if !x.Year.IsZero() {
			s += strconv.Itoa(x.Year.Value)
			if x.Year.Calendar {
				s += "c"
			}
		}
		if x.Cmp != goal.CmpUnset {
			s += "(" + x.Cmp.String() + ")"
		}
		return s
	}
	list := func(xs []goal.IndicatorValue) string {
		var parts []string
		for k := range xs {
			parts = append(parts, v(&xs[k]))
		}
		return strings.Join(parts, ",")
	}
	dir := ""
	if ind.Direction != goal.DirectionUnset {
		dir = ind.Direction.String()
	}
	return strings.Join([]string{ind.Name, ind.Unit, dir, ind.Node, "b=" + v(ind.Baseline),
		"i=" + list(ind.Interim), "t=" + v(ind.Target), "a=" + list(ind.Actuals)}, "|")
}

// indicatorFiles are indicator tables and lines written for this project in
// sixteen layouts of municipal plans (see LAYOUTS.md), with every
// indicator they state: 74 rows.
var indicatorFiles = []struct {
	file string
	want []string
}{
	{"pipe_actuals_prose_target", []string{
		"保育所等待機児童数|人||子育て支援の充実|b=12@2020|i=|t=0@2026(eq)|a=3@2023",
		"子育て支援センター利用者数|人||子育て支援の充実|b=24600@2020|i=|t=28000@2026(eq)|a=26100@2023",
		"子育てしやすいと感じる市民の割合|%|increase|子育て支援の充実|b=58.3@2020|i=|t=70@2026(ge)|a=61@2023",
		"放課後児童クラブの登録児童数|人||子育て支援の充実|b=|i=|t=2000@2026(eq)|a=1820@2023",
	}},
	{"tab_header_era_letters", []string{
		"地域の見守り活動に参加する市民の割合|%|increase|地域で支え合う福祉の推進|b=24.8@2022|i=|t=35@2028(eq)|a=",
		"認知症サポーター養成数（累計）|人|increase|地域で支え合う福祉の推進|b=18420@2022|i=|t=26000@2028(eq)|a=",
		"生活支援コーディネーターの配置数|人|increase|地域で支え合う福祉の推進|b=6@2022|i=|t=12@2028(eq)|a=",
		"ボランティアセンター登録者数|人||地域で支え合う福祉の推進|b=2310@2022|i=|t=3000@2028(eq)|a=",
	}},
	{"year_before_figure_footnote", []string{
		"週1回以上運動する成人の割合|%||健康で元気に暮らせるまち|b=42@2022|i=|t=55@2028(eq)|a=",
		"特定健康診査の受診率|%||健康で元気に暮らせるまち|b=38.5@2022|i=|t=60@2028(eq)|a=",
		"介護予防教室の参加者数|人||健康で元気に暮らせるまち|b=1250@2022|i=|t=1600@2028(eq)|a=",
		"がん検診受診者数|人||健康で元気に暮らせるまち|b=12400@2019c|i=|t=15000@2027c(eq)|a=",
	}},
	{"aligned_footnote", []string{
		"ごみのリサイクル率|%|increase|循環型社会の形成|b=18.4@2021|i=|t=25@2027(eq)|a=",
		"1人1日当たりごみ排出量|g|decrease|循環型社会の形成|b=912@2021|i=|t=850@2027(eq)|a=",
		"最終処分量|t|decrease|循環型社会の形成|b=6240@2021|i=|t=5500@2027(eq)|a=",
		"集団資源回収の実施団体数|団体|increase|循環型社会の形成|b=184@2021|i=|t=200@2027(eq)|a=",
		"不法投棄の年間処理件数|件|decrease|循環型社会の形成|b=96@2021|i=|t=60@2027(eq)|a=",
	}},
	{"arrow_lines", []string{
		"合計特殊出生率|||子育て支援の充実|b=1.32@2019c|i=|t=1.45@2024c(eq)|a=",
		"子育て支援センターの年間利用者数|人||子育て支援の充実|b=24600@2020|i=|t=28000@2025(eq)|a=",
		"放課後児童クラブの待機児童数|人||子育て支援の充実|b=37@2020|i=|t=0@2025(eq)|a=",
		"救急搬送の平均所要時間|分|decrease|救急・医療体制の確保|b=38.2@|i=|t=35@(le)|a=",
		"休日急患診療所の受診者満足度|%|increase|救急・医療体制の確保|b=82@|i=|t=90@(ge)|a=",
		"かかりつけ医を持つ市民の割合|%||救急・医療体制の確保|b=64.5@2021c|i=|t=75@2026c(eq)|a=",
	}},
	{"one_line", []string{
		"年間観光入込客数|人||にぎわいと活力のあるまち|b=4120000@|i=|t=5000000@(eq)|a=",
		"観光案内所の利用者数|人||にぎわいと活力のあるまち|b=32000@|i=|t=40000@(eq)|a=",
		"市内の創業件数|件||にぎわいと活力のあるまち|b=38@|i=|t=60@(eq)|a=",
		"中心市街地の歩行者通行量|人||にぎわいと活力のあるまち|b=12300@|i=|t=15000@(eq)|a=",
	}},
	{"pipe_cell_years", []string{
		"市民一人当たりの図書貸出冊数|冊||生涯学習の推進|b=5.2@2019|i=5.6@2023(eq)|t=6@2027(eq)|a=",
		"公民館講座の年間受講者数|人||生涯学習の推進|b=18420@2019|i=20000@2023(eq)|t=22000@2027(eq)|a=",
		"生涯学習ボランティアの登録者数|人||生涯学習の推進|b=312@2019|i=350@2023(eq)|t=400@2027(eq)|a=",
		"市民大学の修了者数（累計）|人||生涯学習の推進|b=1045@2019|i=1400@2023(eq)|t=1800@2027(eq)|a=",
		"学習成果を地域で活かしている人の割合|%|increase|生涯学習の推進|b=21.3@2019|i=25@2023(eq)|t=30@2027(ge)|a=",
	}},
	{"progress_actuals", []string{
		"公共施設の太陽光発電設備容量|kW||環境にやさしいまち|b=420@2019|i=|t=800@2025(eq)|a=610@2023",
		"市の事務事業に伴う温室効果ガス排出量|t-CO2||環境にやさしいまち|b=18200@2019|i=|t=15500@2025(eq)|a=16900@2023",
		"環境学習講座の参加者数|人||環境にやさしいまち|b=1150@2019|i=|t=1500@2025(eq)|a=1320@2023",
		"緑のカーテン設置施設数|施設||環境にやさしいまち|b=34@2019|i=|t=50@2025(eq)|a=41@2023",
		"電気自動車用充電設備の設置数|基||環境にやさしいまち|b=6@2019|i=|t=15@2025(eq)|a=11@2023",
	}},
	{"tab_header_years", []string{
		"自主防災組織の活動カバー率|%|increase|安全・安心なまちづくり|b=76.5@2020|i=|t=90@2026(eq)|a=",
		"避難所運営訓練の実施地区数|地区|increase|安全・安心なまちづくり|b=12@2020|i=|t=30@2026(eq)|a=",
		"住宅用火災警報器の設置率|%|increase|安全・安心なまちづくり|b=81.2@2020|i=|t=95@2026(eq)|a=",
		"交通事故の年間発生件数|件|decrease|安全・安心なまちづくり|b=1284@2020|i=|t=1000@2026(eq)|a=",
		"防犯灯のLED化率|%|maintain|安全・安心なまちづくり|b=100@2020|i=|t=100@2026(eq)|a=",
	}},
	{"three_figures", []string{
		"年間観光入込客数|人||産業振興|b=4120000@|i=4500000@(eq)|t=5000000@(eq)|a=",
		"農産物直売所の年間販売額|円||産業振興|b=380000000@|i=420000000@(eq)|t=450000000@(eq)|a=",
		"認定農業者数|人||産業振興|b=126@|i=135@(eq)|t=150@(eq)|a=",
		"企業誘致件数（累計）|件||産業振興|b=8@|i=14@(eq)|t=20@(eq)|a=",
		"市内事業所の従業者数|人||産業振興|b=48200@|i=49000@(eq)|t=50000@(eq)|a=",
		"子育て世帯の1世帯当たり年間電力使用量|kWh||産業振興|b=4820@|i=4600@(eq)|t=4300@(eq)|a=",
	}},
	{"year_columns", []string{
		"特定健康診査の受診率|%|increase|健康づくりの推進|b=38.6@2020|i=|t=60@2029(eq)|a=",
		"がん検診（胃がん）の受診率|%|increase|健康づくりの推進|b=9.8@2020|i=|t=15@2029(eq)|a=",
		"健康ポイント事業の参加者数|人|increase|健康づくりの推進|b=2140@2021|i=|t=5000@2029(eq)|a=",
		"成人の喫煙率|%|decrease|健康づくりの推進|b=14.2@2019|i=|t=12@2028(eq)|a=",
		"介護予防教室の延べ参加者数|人|increase|健康づくりの推進|b=6820@2020|i=|t=8000@2029(eq)|a=",
	}},
	{"two_row_header", []string{
		"市民活動団体数|団体||市民活動の支援|b=152@2020|i=|t=180@2026(eq)|a=",
		"ボランティア登録者数|人||市民活動の支援|b=2310@2020|i=|t=3000@2026(eq)|a=",
		"市民活動センターの年間利用件数|件||市民活動の支援|b=8420@2020|i=|t=9500@2026(eq)|a=",
	}},
	{"unit_column_footnote", []string{
		"公共施設の電力使用量|kWh/㎡|||b=3.21@2021|i=|t=3.05@2030(eq)|a=",
		"温室効果ガス排出量|千t-CO2|||b=1284@2021|i=|t=1020@2030(eq)|a=",
	}},
	{"cued_cells", []string{
		"自治会加入率|%|||b=68.2@2022|i=|t=75@2028(eq)|a=",
		"地域活動に参加している市民の割合|%|||b=31.5@2022|i=|t=40@2028(eq)|a=",
	}},
	{"fullwidth_bullets_calendar", []string{
		"年間観光入込客数|人|||b=4120000@2022c|i=|t=5000000@2028c(eq)|a=",
		"外国人観光客の宿泊者数|人泊|||b=21000@2022c|i=|t=50000@2028c(eq)|a=",
	}},
	{"short_header_words", []string{
		"地域おこし協力隊の定着率|%|||b=62.5@2022|i=70@2025(eq)|t=80@2028(eq)|a=",
		"移住相談件数|件|||b=148@2022|i=200@2025(eq)|t=250@2028(eq)|a=",
	}},
	// years only in a footnote phrased as a sentence, after aligned, tab and
	// headerless rows; 目標年度 as the cue word
	{"footnote_sentence", []string{
		"見守り協力事業所の登録数|事業所||地域福祉の推進|b=142@2021|i=|t=200@2027(eq)|a=",
		"認知症サポーター養成者数|人||地域福祉の推進|b=8350@2021|i=|t=12000@2027(eq)|a=",
		"地域食堂の開設箇所数|か所||地域福祉の推進|b=9@2021|i=|t=20@2027(eq)|a=",
		"市民一人当たりの都市公園面積|㎡||公園・緑地の整備|b=8.6@2022|i=|t=10@2030(eq)|a=",
		"公園愛護会の結成数|団体||公園・緑地の整備|b=47@2022|i=|t=60@2030(eq)|a=",
		"定期的に運動する成人の割合|%||生涯スポーツの振興|b=42@2023|i=|t=55@2030(eq)|a=",
		"総合型地域スポーツクラブの会員数|人||生涯スポーツの振興|b=1180@2023|i=|t=1500@2030(eq)|a=",
	}},
	// figures spaced digit by digit by a PDF text layer, in headerless
	// rows, arrow lines and tab cells; 「8 12」 and 「3」「5」 stay two figures
	{"spaced_digits", []string{
		"転入相談件数|件||移住・定住の促進|b=36@2019|i=|t=50@2025(eq)|a=",
		"空き家バンクの成約件数|件||移住・定住の促進|b=12@2019|i=|t=30@2025(eq)|a=",
		"お試し住宅の利用世帯数|||移住・定住の促進|b=8@|i=|t=12@(eq)|a=",
		"自主防災組織の活動カバー率|%||地域防災力の強化|b=65.2@|i=|t=80@(eq)|a=",
		"防災訓練の参加者数|人||地域防災力の強化|b=1240@|i=|t=2000@(eq)|a=",
		"避難行動要支援者の個別避難計画作成率|%||地域防災力の強化|b=42.5@2022|i=|t=70@2028(eq)|a=",
		"防災拠点倉庫の設置数|||地域防災力の強化|b=3@2022|i=|t=5@2028(eq)|a=",
	}},
	// arrow lines with a fiscal year, an era year letter and a month in the
	// bracket after each figure (as of that month: its calendar year)
	{"arrow_lines_month_years", []string{
		"健康診断の受診率|%|||b=42.5@2023|i=|t=50@2029(eq)|a=",
		"運動習慣のある市民の割合|%|||b=28@2022|i=|t=35@2028(eq)|a=",
		"待機児童数|人|||b=12@2024c|i=|t=0@2027c(eq)|a=",
	}},
	// arrow lines whose names hold figures (1日8g未満, 年1回以上), parted
	// from the value by a wide space; a thousands comma after a space
	{"arrow_names_with_figures", []string{
		"塩分を1日8g未満にしている人の割合|%||食生活|b=31.5@2023|i=|t=45@2029(eq)|a=",
		"歯科健診を年1回以上受ける人の数|人||食生活|b=2480@2023|i=|t=3000@2029(eq)|a=",
	}},
	// three dated figures with calendar years (年): baseline, interim,
	// target; in rows and in arrow chains; 千人 read into 人, also when a
	// space parts it from its figure (「1.2 千人」, 「4 8 千人」); the last row
	// under a heading that names no indicators
	{"three_dated_calendar", []string{
		"観光入込客数|人||観光の振興|b=385000@2019c|i=410000@2022c(eq)|t=440000@2025c(eq)|a=",
		"宿泊客数|人||観光の振興|b=62000@2019c|i=70000@2022c(eq)|t=80000@2025c(eq)|a=",
		"観光消費額|円||観光の振興|b=1450000000@2019c|i=1600000000@2022c(eq)|t=1800000000@2025c(eq)|a=",
		"道の駅の年間利用者数|人||交流人口の拡大|b=512000@2019c|i=540000@2022c(eq)|t=600000@2025c(eq)|a=",
		"体験型観光プログラムの参加者数|人||交流人口の拡大|b=2150@2019c|i=2600@2022c(eq)|t=3200@2025c(eq)|a=",
		"観光案内所の利用者数|人||交流人口の拡大|b=48000@2019c|i=52000@2022c(eq)|t=60000@2025c(eq)|a=",
		"観光関連の雇用者数|人||交流人口の拡大|b=1200@2019c|i=1400@2022c(eq)|t=1600@2025c(eq)|a=",
		"美術館の年間入館者数|人||文化・芸術の振興|b=96000@2019c|i=105000@2022c(eq)|t=120000@2025c(eq)|a=",
	}},
}

func TestLoadIndicators(t *testing.T) {
	rows := 0
	for _, tc := range indicatorFiles {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "indicators", tc.file+".txt"))
			require.NoError(t, err)
			l, err := LoadIndicators(strings.NewReader(string(src)))
			require.NoError(t, err)
			var got []string
			for _, ind := range l.Indicators {
				got = append(got, indicatorSummary(ind))
				assert.Equal(t, string(src[ind.Span.Start:ind.Span.End]), ind.Text, "span of %s", ind.Name)
				assert.NotContains(t, ind.Text, "\n", "one row or line per indicator")
			}
			assert.Equal(t, tc.want, got)
			for _, u := range l.Unread {
				assert.NotContains(t, u.Text, ind0(l), "a read row is not unread")
			}
			assert.Greater(t, l.Coverage, 0.75)
		})
		rows += len(tc.want)
	}
	assert.GreaterOrEqual(t, rows, 40)
}

// TestIndicatorsNoWrongValue: a table written one cell per line gives each
// row's figures from its own cells, never a baseline from the wrong cell.
func TestIndicatorsNoWrongValue(t *testing.T) {
	src := "成果指標\n指標名\n現状値\n目標値\n市民活動団体数\n152団体\n180団体\nボランティア登録者数\n2,310人\n3,000人\n"
	l, err := LoadIndicators(strings.NewReader(src))
	if err == nil {
		for _, ind := range l.Indicators {
			if ind.Name == "市民活動団体数" && ind.Baseline != nil {
				assert.Equal(t, 152.0, ind.Baseline.Value)
			}
		}
		return
	}
	assert.ErrorIs(t, err, parse.ErrNoContent)
}

// ind0 is the first indicator's name, or a string no text holds.
func ind0(l *IndicatorList) string {
	if len(l.Indicators) == 0 {
		return "\x00"
	}
	return l.Indicators[0].Name
}

// TestIndicatorGolden keeps the JSON of every indicator document, the
// public form of goal.Indicator (rewritten only with -update).
func TestIndicatorGolden(t *testing.T) {
	for _, tc := range indicatorFiles {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "indicators", tc.file+".txt"))
			require.NoError(t, err)
			l, err := LoadIndicators(strings.NewReader(string(src)))
			require.NoError(t, err)
			got, err := json.MarshalIndent(l, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", "indicators", tc.file+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "rerun with -update and review")
			var back IndicatorList
			var raw struct {
				Indicators []goal.Indicator `json:"indicators"`
			}
			require.NoError(t, json.Unmarshal(got, &raw))
			back.Indicators = raw.Indicators
			assert.Equal(t, l.Indicators, back.Indicators, "goal.Indicator reads its JSON back")
		})
	}
}

func TestIndicatorVocabulary(t *testing.T) {
	src := "重要業績評価指標\nKGI名\t単位\tスタート値\tゴール値\t向き\n市内宿泊者数\t人泊\t81,000\t95,000\tのばす\n"
	l, err := LoadIndicators(strings.NewReader(src))
	require.NoError(t, err)
	require.Len(t, l.Indicators, 1, "read as a headerless row: name, unit, two figures")
	assert.Equal(t, "市内宿泊者数|人泊|||b=81000@|i=|t=95000@(eq)|a=", indicatorSummary(l.Indicators[0]),
		"のばす is no direction word by default")

	l, err = LoadIndicators(strings.NewReader(src),
		WithIndicatorHeaders(IndicatorHeader{"KGI名", ColumnName}, IndicatorHeader{"スタート値", ColumnBaseline},
			IndicatorHeader{"ゴール値", ColumnTarget}, IndicatorHeader{"向き", ColumnDirection}),
		WithDirectionWords(DirectionWord{"のばす", goal.DirectionIncrease}))
	require.NoError(t, err)
	require.Len(t, l.Indicators, 1)
	assert.Equal(t, "市内宿泊者数|人泊|increase||b=81000@|i=|t=95000@(eq)|a=", indicatorSummary(l.Indicators[0]))

	_, err = LoadIndicators(strings.NewReader(src), WithIndicatorHeaders(IndicatorHeader{"", ColumnName}))
	assert.ErrorIs(t, err, parse.ErrOption)
	_, err = LoadIndicators(strings.NewReader(src), WithDirectionWords(DirectionWord{"x", goal.DirectionUnset}))
	assert.ErrorIs(t, err, parse.ErrOption)
}

func TestLoadIndicatorsRefusesOtherKinds(t *testing.T) {
	f, err := os.Open("../../testdata/saitama_strategy_meeting_305.txt")
	require.NoError(t, err)
	defer f.Close()
	_, err = LoadIndicators(f)
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrWrongKind) || errors.Is(err, parse.ErrNoContent), "%v", err)
}

func TestIndicatorRowUnread(t *testing.T) {
	src := "指標名\t現状値\t目標値\n図書館の年間来館者数\t41万人\t45万人\n（調査中）\t－\t－\n"
	l, err := LoadIndicators(strings.NewReader(src))
	require.NoError(t, err)
	require.Len(t, l.Indicators, 1)
	require.Len(t, l.Unread, 1)
	assert.Equal(t, 3, l.Unread[0].Line)
	assert.NotEmpty(t, l.Unread[0].Problem)
}

// FuzzLoadIndicators: no panic, and every indicator's text is the document
// at its span, with a name.
func FuzzLoadIndicators(f *testing.F) {
	for _, tc := range indicatorFiles {
		src, err := os.ReadFile(filepath.Join("testdata", "indicators", tc.file+".txt"))
		require.NoError(f, err)
		f.Add(string(src))
	}
	// Load the tokenizer dictionary here, once per fuzzing process: a seed
	// with a kanji numeral (一人当たり) would otherwise pay for it within the
	// fuzzer's time limit for one input.
	_, _ = LoadIndicators(strings.NewReader("指標名\t現状値\t目標値\n一人当たり十件\t十件\t二十件\n"))
	f.Fuzz(func(t *testing.T, s string) {
		l, err := LoadIndicators(strings.NewReader(s))
		if err != nil {
			return
		}
		// Spans index the decoded text: s itself when it is UTF-8, its
		// UTF-8 decoding when the bytes were read as Shift_JIS.
		text, _, err := ReadText(strings.NewReader(s), KindUnset)
		require.NoError(t, err)
		for _, ind := range l.Indicators {
			require.NotEmpty(t, ind.Name)
			require.True(t, 0 <= ind.Span.Start && ind.Span.Start <= ind.Span.End && ind.Span.End <= len(text))
			require.Equal(t, text[ind.Span.Start:ind.Span.End], ind.Text)
		}
		require.GreaterOrEqual(t, l.Coverage, 0.0)
		require.LessOrEqual(t, l.Coverage, 1.0)
	})
}

// TestIndicatorRowShapes: row shapes one per behaviour, each with every
// indicator it states (indicatorSummary) and the lines left unread.
func TestIndicatorRowShapes(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		opts   []Option
		want   []string
		unread []string
	}{
		{
			name: "a name starting with a number, under a header",
			in:   "成果指標\n指標名 現状値 目標値\n週1回以上運動する成人の割合 42.0% 55.0%\n",
			want: []string{"週1回以上運動する成人の割合|%|||b=42@|i=|t=55@(eq)|a="},
		},
		{
			name: "a name starting with a number, headerless and run together",
			in:   "成果指標\n週1回以上運動する成人の割合 42.0% 55.0%\n1日30分以上歩く人の割合38.5%50.0%\n",
			want: []string{"週1回以上運動する成人の割合|%|||b=42@|i=|t=55@(eq)|a=", "1日30分以上歩く人の割合|%|||b=38.5@|i=|t=50@(eq)|a="},
		},
		{
			name: "a year written before each figure, headerless",
			in:   "成果指標\n健康イベント参加者数 2019年 385千人 2028年 450千人\n",
			want: []string{"健康イベント参加者数|人|||b=385000@2019c|i=|t=450000@2028c(eq)|a="},
		},
		{
			name: "a year before each figure in a table whose columns it does not fit",
			in:   "成果指標\n指標名 現状値 目標値\n特定健診受診率 38.5% 60.0%\nがん検診受診者数 令和元年度 12,400人 令和9年度 15,000人\n",
			want: []string{"特定健診受診率|%|||b=38.5@|i=|t=60@(eq)|a=", "がん検診受診者数|人|||b=12400@2019|i=|t=15000@2027(eq)|a="},
		},
		{
			name: "a footnote year spaced digit by digit",
			in:   "成果指標\n指標名 現状値 目標値\n自治会加入率 68.2% 75.0%\n※現状値は令和4年度、目標値は令和1 0年度\n",
			want: []string{"自治会加入率|%|||b=68.2@2022|i=|t=75@2028(eq)|a="},
		},
		{
			name: "numbered note marks: 注1） and （注2）",
			in:   "成果指標\n指標名 現状値 目標値\n自治会加入率 68.2% 75.0%\n注1）現状値は令和4年度\n（注2）目標値は令和10年度\n",
			want: []string{"自治会加入率|%|||b=68.2@2022|i=|t=75@2028(eq)|a="},
		},
		{
			name:   "注意 opens no note: the year stays unset",
			in:     "成果指標\n指標名 現状値 目標値\n自治会加入率 68.2% 75.0%\n注意事項として、目標値の考え方は令和10年度に見直します。\n",
			want:   []string{"自治会加入率|%|||b=68.2@|i=|t=75@(eq)|a="},
			unread: []string{"注意事項として、目標値の考え方は令和10年度に見直します。: not an indicator row"},
		},
		{
			name: "a caller's note mark",
			in:   "成果指標\n指標名 現状値 目標値\n自治会加入率 68.2% 75.0%\n◇現状値は令和4年度の数値、目標値は令和10年度の数値\n",
			opts: []Option{WithFootnoteMarks("◇")},
			want: []string{"自治会加入率|%|||b=68.2@2022|i=|t=75@2028(eq)|a="},
		},
		{
			name: "a table written one cell per line, years in the header, the heading over it its title",
			in:   "成果指標\n指標名\n現状値（令和4年度）\n目標値（令和10年度）\n市民活動団体数\n152団体\n180団体\n\nボランティア登録者数\n2,310人\n3,000人\n",
			want: []string{"市民活動団体数|団体|||b=152@2022|i=|t=180@2028(eq)|a=", "ボランティア登録者数|人|||b=2310@2022|i=|t=3000@2028(eq)|a="},
		},
		{
			name:   "one cell per line: a row whose value cell holds text ends the table",
			in:     "指標名\n現状値\n目標値\n市民活動団体数\n152団体\n180団体\n地域の清掃活動\n毎月実施\n継続\n",
			want:   []string{"市民活動団体数|団体|||b=152@|i=|t=180@(eq)|a="},
			unread: []string{"地域の清掃活動", "毎月実施", "継続"},
		},
		{
			name: "a sentence under an indicator heading: name from the subject, roles and years from Extract",
			in:   "成果指標\n放課後児童クラブの登録児童数は、令和5年度に1,820人となり、令和8年度には2,000人を目指します。\n",
			want: []string{"放課後児童クラブの登録児童数|人|||b=|i=|t=2000@2026(eq)|a=1820@2023"},
		},
		{
			name:   "a sentence about two things is no indicator",
			in:     "成果指標\n市民活動団体数 152団体 180団体\n利用者数は1,200人となり、満足度は80%を目指します。\n",
			want:   []string{"市民活動団体数|団体|||b=152@|i=|t=180@(eq)|a="},
			unread: []string{"利用者数は1,200人となり、満足度は80%を目指します。: not an indicator row"},
		},
		{
			name:   "a line refused as a row is unread once, with its problem",
			in:     "成果指標\n市民活動団体数 152団体 180団体\nこの指標は毎年度の調査で把握します\n",
			want:   []string{"市民活動団体数|団体|||b=152@|i=|t=180@(eq)|a="},
			unread: []string{"この指標は毎年度の調査で把握します: not an indicator row"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := LoadIndicators(strings.NewReader(tt.in), tt.opts...)
			require.NoError(t, err)
			var got []string
			for _, ind := range l.Indicators {
				got = append(got, indicatorSummary(ind))
				assert.Equal(t, ind.Text, tt.in[ind.Span.Start:ind.Span.End], "span")
			}
			assert.Equal(t, tt.want, got)
			var un []string
			for _, u := range l.Unread {
				s := u.Text
				if u.Problem != "" {
					s += ": " + u.Problem
				}
				un = append(un, s)
			}
			assert.Equal(t, tt.unread, un, "unread")
		})
	}
	_, err := LoadIndicators(strings.NewReader("成果指標\n"), WithFootnoteMarks(" "))
	assert.Error(t, err)
}

// TestIndicatorCellLines: a table written one cell per line whose header
// cells and one value carry their year on a line of their own, names with
// their unit in brackets (a base in brackets is no unit), and a 直近値
// column beside 基準値, which is the latest actual, not the baseline.
func TestIndicatorCellLines(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "indicators", "cell_lines_year_lines_latest.txt"))
	require.NoError(t, err)
	l, err := LoadIndicators(strings.NewReader(string(src)))
	require.NoError(t, err)
	var got []string
	for _, ind := range l.Indicators {
		got = append(got, indicatorSummary(ind))
		assert.Equal(t, string(src[ind.Span.Start:ind.Span.End]), ind.Text, "span of %s", ind.Name)
	}
	assert.Equal(t, []string{
		"市域の温室効果ガス排出量|千t|||b=1240@2023|i=|t=980@2030(eq)|a=",
		"家庭ごみの1人1日当たり排出量|g|||b=512@2022|i=|t=470@2030(eq)|a=",
		"自殺死亡率（人口10万人当たり）||||b=16.2@2023|i=|t=12@2030(eq)|a=",
		"公共施設の太陽光発電設備容量|kW|||b=1850@2023|i=|t=3000@2030(eq)|a=2100@2024",
	}, got, "each indicator once")
	require.Len(t, l.Unread, 1)
	assert.Equal(t, "第2次西川市環境基本計画", l.Unread[0].Text)
}

// TestIndicatorDashUnit: 「－」 in a unit column states no unit (a ratio).
func TestIndicatorDashUnit(t *testing.T) {
	l, err := LoadIndicators(strings.NewReader("指標名\t単位\t現状値（R5）\t目標値（R11）\n合計特殊出生率\t－\t1.38\t1.50\n転入者数\t人\t4,120\t4,500\n"))
	require.NoError(t, err)
	require.Len(t, l.Indicators, 2)
	assert.Equal(t, "", l.Indicators[0].Unit)
	assert.Equal(t, 1.38, l.Indicators[0].Baseline.Value)
	assert.Equal(t, "人", l.Indicators[1].Unit)
}
