package load

// SectionWord names a kind of section of an organization page and the
// phrases its heading holds (compared with spaces removed and widths
// folded). The first word whose phrase a heading holds decides, so more
// specific phrases come first.
type SectionWord struct {
	// Word is the canonical name reported in Section.Word (使命, 重点取組).
	Word    string
	Phrases []string
	// Endings make a heading of this kind when it ends in one (区運営の基本的
	// な考え方, 水道事業の方針): broader than a phrase, so only at the end.
	Endings []string
}

// SectionContact is the Word of the contact block (このページの作成担当,
// お問い合わせ), read into the page's contact unit, not into Sections.
const SectionContact = "問い合わせ"

var defaultSectionWords = []SectionWord{
	{Word: SectionContact, Phrases: []string{"このページの作成担当", "作成担当", "このページに関するお問い合わせ", "お問い合わせ先", "お問い合わせ", "問合せ先", "問い合わせ先"}},
	{Word: "使命", Phrases: []string{"使命", "ミッション", "Mission", "MISSION", "部局の役割", "組織の役割", "役割"}},
	{Word: "基本理念", Phrases: []string{"基本理念", "理念", "めざす姿", "目指す姿", "将来像", "めざすまち", "目指すまち", "ビジョン", "Vision"}},
	{Word: "あいさつ", Phrases: []string{"ごあいさつ", "あいさつ", "挨拶", "メッセージ"}},
	{Word: "運営方針", Phrases: []string{"考え方で組織を運営", "運営方針", "組織運営"}, Endings: []string{"の考え方", "基本的な考え方"}},
	{Word: "経営方針", Phrases: []string{"経営方針", "基本方針"}, Endings: []string{"方針"}},
	{Word: "経営課題", Phrases: []string{"経営課題", "現状と課題", "課題"}},
	{Word: "行財政改革", Phrases: []string{"行財政改革", "業務改革", "行政改革"}},
	{Word: "今年度の重点", Phrases: []string{"今年度の重点", "本年度の重点", "重点的に取り組", "今年度の取組"}},
	{Word: "重点施策", Phrases: []string{"重点施策", "重点事業", "主要事業", "主要施策", "施策の柱", "取組の柱", "重点項目"}, Endings: []string{"つの柱"}},
	{Word: "重点取組", Phrases: []string{"重点取組", "重点取り組み", "重点的な取組"}},
	{Word: "主な取組", Phrases: []string{"主な取組", "主な取り組み", "主要な取組", "主要な取り組み", "具体的な取組", "取組内容"}, Endings: []string{"取組", "取組み", "取り組み"}},
	{Word: "目標", Phrases: []string{"経営目標", "組織目標", "重点目標", "目標"}},
	{Word: "関連計画", Phrases: []string{"関連する計画", "関連計画", "関連する個別計画"}},
}

// DefaultSectionWords returns a copy of the default section words.
func DefaultSectionWords() []SectionWord {
	out := make([]SectionWord, len(defaultSectionWords))
	for i, w := range defaultSectionWords {
		out[i] = SectionWord{Word: w.Word, Phrases: clone(w.Phrases), Endings: clone(w.Endings)}
	}
	return out
}

// WithPageSections adds section words, tried before the defaults.
func WithPageSections(words ...SectionWord) Option {
	return func(c *Config) error {
		for _, w := range words {
			if w.Word == "" || len(w.Phrases)+len(w.Endings) == 0 {
				return optionError("WithPageSections", "section word with no name and no phrases or endings")
			}
		}
		c.pageSections = append(c.pageSections, words...)
		return nil
	}
}

// planWords end the names of plans: 計画 (plan), 戦略 (strategy),
// ガイドライン (guideline), 方針 (policy), プラン (plan), 指針 (guideline),
// ビジョン (vision), 大綱 (outline), 構想 (concept).
var planWords = []string{"計画", "戦略", "ガイドライン", "方針", "プラン", "指針", "ビジョン", "大綱", "構想"}

// pageTitleSuffixes end a page's title after the unit's name.
var pageTitleSuffixes = []string{"の運営方針", "運営方針", "の経営方針", "経営方針", "経営目標", "部局経営目標", "の目標と取組", "の方針", "方針", "の紹介", "組織目標", "の使命", "の目標"}

// updateLabels introduce the date a page was updated: 更新日, 最終更新日,
// 掲載日 (date posted), 登録日 (date entered).
var updateLabels = []string{"最終更新日", "更新日", "掲載日", "登録日", "更新"}

// headTitleEndings end the title of a unit's head: 長 (chief: 局長, 区長,
// 消防長) and 管理者 (the manager of a public enterprise: 上下水道事業管理者).
var headTitleEndings = []string{"長", "管理者"}

// sectionMarks make a short marked line a section's heading (■基本理念);
// other bullets (・, ●) mark items.
var sectionMarks = []string{"■", "□", "◆", "◇", "▼", "▽", "▶", "▷"}

// updateAfterDate follow the date on a line of its own (2024.05.15 更新,
// 令和6年6月3日掲載: updated, posted, published on).
var updateAfterDate = []string{"更新", "更新日", "掲載", "掲載日", "公開", "公開日"}

// notPlanEndings end items a related-plans list holds that are no plan:
// 制度 (a system), 条例 (an ordinance), 要綱/規則 (rules), file links.
var notPlanEndings = []string{"制度", "条例", "要綱", "規則", "規程", ".pdf", ".docx", ".doc", ".xlsx", ".xls", ".html", ".htm"}
