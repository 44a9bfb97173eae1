package doc

import (
	"errors"
	"fmt"
	"strings"
)

// ErrOption is wrapped by the errors of options that cannot be applied.
var ErrOption = errors.New("doc: bad option")

// Option configures a Reader. Each vocabulary option extends the default
// table; an empty entry is an error wrapping ErrOption.
type Option func(*config) error

// PlanWord is a word that numbers a plan's units (基本目標1, 施策2), with its
// rank: a lower rank is a higher level when two plan words meet for the
// first time (基本目標 above 施策 above 取組).
type PlanWord struct {
	Word string
	Rank int
}

type config struct {
	blockWords  []string
	furniture   []string
	labels      []Label
	bullets     []string
	planWords   []PlanWord
	tableHeader []string
}

// defaultBlockWords are the unnumbered headings of plans (block words):
// 現状と課題 (current state and issues), 施策の方向 (direction of measures),
// 主な取組 (main efforts), 成果指標 (outcome indicators) ….
var defaultBlockWords = []string{
	"現状と課題", "現状・課題", "現状及び課題", "現状", "課題", "主な課題", "施策の方向", "施策の方向性", "施策展開", "施策の展開",
	"主な取組", "主な取組み", "主な取り組み", "具体的な取組", "主な事業", "主要事業", "成果指標", "目標指標", "数値目標",
	"指標", "KPI", "重要業績評価指標", "めざす姿", "目指す姿", "目指すまちの姿", "めざすまちの姿", "基本方針", "基本的な考え方",
	"施策の体系", "取組方針", "関連する個別計画", "関連計画", "個別計画", "担当課", "所管課", "SDGs", "SDGsとの関連",
	"計画の策定にあたって", "はじめに", "施策の内容",
	"役割分担", "市民の役割", "行政の役割", "市の取組", "今後の方向性", "取組の方向", "基本目標", "重点施策", "施策",
	"主要な取組", "主要な取り組み", "主な施策", "具体的な施策", "施策の概要", "取組内容", "目標値", "現状と今後の課題", "課題と方向性",
	"基本的な方向", "めざす姿と指標", "数値目標", "重要業績評価指標（KPI）", "KPI（重要業績評価指標）", "評価指標",
}

var defaultFurniture = []string{
	"ページの先頭へ", "ページの先頭へ戻る", "ページの先頭です", "ページの先頭", "このページの先頭へ", "このページの先頭です",
	"本文ここから", "本文ここまで", "メニューを飛ばして本文へ", "本文へ", "ナビゲーションを飛ばす", "ページID", "ページ番号",
	"記事番号", "印刷", "印刷する", "このページを印刷する", "ツイート", "シェア", "LINEで送る", "Facebook", "X(旧Twitter)",
	"このページに関するお問い合わせ", "この記事に関するお問い合わせ", "より良いウェブサイトにするためにアンケートにご協力ください", "Adobe Acrobat Reader",
	"PDFファイルをご覧いただくには", "PDF形式のファイルをご覧いただく場合には", "Adobe Readerのダウンロード", "閉じる",
	"前のページへ戻る", "トップページ", "サイトマップ", "文字サイズ", "背景色", "よくある質問", "Language",
	"本文へスキップ", "メインコンテンツへスキップ", "このページの情報は役に立ちましたか", "このページの内容はわかりやすかったですか",
}

var defaultLabels = []Label{
	{Name: "日時", Synonyms: []string{"開催日時", "日程", "開催日"}},
	{Name: "場所", Synonyms: []string{"会場", "開催場所"}},
	{Name: "出席者", Synonyms: []string{"出席委員", "委員", "事務局", "欠席者", "出席", "参加者", "傍聴者", "傍聴人"}},
	{Name: "議題", Synonyms: []string{"案件", "次第", "議事", "協議事項", "報告事項", "会議次第"}},
	{Name: "結果", Synonyms: []string{"決定事項", "結論", "会議結果", "主な意見", "審議結果"}},
	{Name: "担当課", Synonyms: []string{"所管課", "担当部署", "担当", "所管"}},
	{Name: "計画期間", Synonyms: []string{"期間", "目標年度"}},
	{Name: "関連計画", Synonyms: []string{"関連する個別計画", "個別計画"}},
	{Name: "問い合わせ", Synonyms: []string{"お問い合わせ", "問合せ", "連絡先", "電話", "ファクス", "FAX", "メール"}},
	{Name: "更新日", Synonyms: []string{"最終更新日", "掲載日"}},
}

// defaultBullets: the marks that open a statement. 「- ・」 (a markdown hyphen
// before a middle dot) is matched before ・ and -.
var defaultBullets = []string{
	"- ・", "●", "○", "〇", "◉", "◎", "◆", "◇", "■", "□", "▶", "▷", "►", "▸", "❖", "★", "☆", "・", "･", "※", "➢",
	"✓", "✔", "-", "－", "‐", "•", "◦", "▪", "▫", "◯", "◼", "➤", "→",
}

var defaultPlanWords = []PlanWord{
	{"基本目標", 30}, {"政策目標", 30}, {"基本方針", 31}, {"政策", 32}, {"分野", 32}, {"柱", 32},
	{"重点施策", 34}, {"施策", 35}, {"取組", 37}, {"取り組み", 37}, {"事業", 38}, {"プロジェクト", 36},
	{"重点プロジェクト", 34}, {"戦略", 33}, {"目標", 33}, {"方針", 31}, {"基本施策", 35}, {"施策目標", 34}, {"重点目標", 33},
	{"基本方向", 31}, {"政策分野", 32}, {"個別施策", 36}, {"単位施策", 36}, {"主要施策", 35}, {"具体的施策", 36}, {"推進施策", 36},
}

// defaultTableHeader are words of table headers (indicator tables, goal
// lists): a line made of them starts a table.
var defaultTableHeader = []string{
	"指標名", "指標", "成果指標", "目標指標", "KPI", "単位", "現状値", "基準値", "策定時", "直近値", "中間目標値", "目標値", "目標",
	"方向性", "方向", "実績値", "達成率", "評価", "出典", "指標の説明", "算出方法", "年度", "項目", "内容", "担当課", "所管課",
	"部局", "課等", "重点目標", "取組内容", "目標達成基準", "局", "区分", "名称", "現状", "目標年度", "基準年度", "備考",
}

func defaultConfig() config {
	return config{
		blockWords:  append([]string(nil), defaultBlockWords...),
		furniture:   append([]string(nil), defaultFurniture...),
		labels:      append([]Label(nil), defaultLabels...),
		bullets:     append([]string(nil), defaultBullets...),
		planWords:   append([]PlanWord(nil), defaultPlanWords...),
		tableHeader: append([]string(nil), defaultTableHeader...),
	}
}

// DefaultBlockWords returns a copy of the default block words.
func DefaultBlockWords() []string { return append([]string(nil), defaultBlockWords...) }

// DefaultFurniture returns a copy of the default furniture phrases.
func DefaultFurniture() []string { return append([]string(nil), defaultFurniture...) }

// DefaultLabels returns a copy of the default field labels.
func DefaultLabels() []Label {
	out := make([]Label, len(defaultLabels))
	for i, l := range defaultLabels {
		out[i] = Label{Name: l.Name, Synonyms: append([]string(nil), l.Synonyms...)}
	}
	return out
}

// DefaultBulletMarkers returns a copy of the default bullet markers.
func DefaultBulletMarkers() []string { return append([]string(nil), defaultBullets...) }

// DefaultPlanWords returns a copy of the default plan words.
func DefaultPlanWords() []PlanWord { return append([]PlanWord(nil), defaultPlanWords...) }

// DefaultTableHeaderWords returns a copy of the default table header words.
func DefaultTableHeaderWords() []string { return append([]string(nil), defaultTableHeader...) }

func nonEmpty(what string, words []string) error {
	for _, w := range words {
		if strings.TrimSpace(w) == "" {
			return fmt.Errorf("%w: empty %s", ErrOption, what)
		}
	}
	return nil
}

// WithBlockWords adds unnumbered heading words (現状と課題, 施策の方向 …).
func WithBlockWords(words ...string) Option {
	return func(c *config) error {
		if err := nonEmpty("block word", words); err != nil {
			return err
		}
		c.blockWords = append(c.blockWords, words...)
		return nil
	}
}

// WithFurniture adds page furniture phrases (ページの先頭へ …): a line that
// is one of them, or starts with one and goes on with a number or at most a
// few characters, is furniture.
func WithFurniture(phrases ...string) Option {
	return func(c *config) error {
		if err := nonEmpty("furniture phrase", phrases); err != nil {
			return err
		}
		c.furniture = append(c.furniture, phrases...)
		return nil
	}
}

// WithLabels adds field labels. A label whose Name is already known adds
// its synonyms to it.
func WithLabels(labels ...Label) Option {
	return func(c *config) error {
		for _, l := range labels {
			if strings.TrimSpace(l.Name) == "" {
				return fmt.Errorf("%w: empty label name", ErrOption)
			}
			if err := nonEmpty("label synonym", l.Synonyms); err != nil {
				return err
			}
			c.labels = append(c.labels, Label{Name: l.Name, Synonyms: append([]string(nil), l.Synonyms...)})
		}
		return nil
	}
}

// WithBulletMarkers adds bullet markers (●, ・ …).
func WithBulletMarkers(markers ...string) Option {
	return func(c *config) error {
		if err := nonEmpty("bullet marker", markers); err != nil {
			return err
		}
		c.bullets = append(c.bullets, markers...)
		return nil
	}
}

// WithPlanWords adds words that number plan units (基本目標1, 施策2) with
// their rank.
func WithPlanWords(words ...PlanWord) Option {
	return func(c *config) error {
		for _, w := range words {
			if strings.TrimSpace(w.Word) == "" {
				return fmt.Errorf("%w: empty plan word", ErrOption)
			}
		}
		c.planWords = append(c.planWords, words...)
		return nil
	}
}

// WithTableHeaderWords adds words of table headers (指標名, 目標値 …).
func WithTableHeaderWords(words ...string) Option {
	return func(c *config) error {
		if err := nonEmpty("table header word", words); err != nil {
			return err
		}
		c.tableHeader = append(c.tableHeader, words...)
		return nil
	}
}
