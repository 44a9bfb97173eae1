package load

import "github.com/policygoal/policygoal/goal"

// blockKinds says which block words make which kind of plan block. Words
// not listed give a LevelBlock node without a kind.
var blockKinds = map[string]goal.BlockKind{
	"現状と課題": goal.BlockIssues, "現状・課題": goal.BlockIssues, "現状及び課題": goal.BlockIssues, "主な課題": goal.BlockIssues,
	"現状": goal.BlockIssues, "課題": goal.BlockIssues,
	"施策展開": goal.BlockMeasures, "施策の展開": goal.BlockMeasures, "施策の方向": goal.BlockMeasures, "施策の方向性": goal.BlockMeasures,
	"主な取組": goal.BlockMeasures, "主な取組み": goal.BlockMeasures, "主な取り組み": goal.BlockMeasures, "具体的な取組": goal.BlockMeasures,
	"取組方針": goal.BlockMeasures, "施策の内容": goal.BlockMeasures,
}

// styleLevels names the level of a numbered heading by its numbering style
// (outside a measures block).
var styleLevels = map[string]string{
	"N": LevelPart, "N.": LevelPart, "N)": LevelPart, "Ⅰ": LevelPart, "第N": LevelPart, "A": LevelPart,
	"(N)": LevelSubpart, "①": LevelSubpart, "❶": LevelSubpart, "〔N〕": LevelSubpart, "【N】": LevelSubpart, "[N]": LevelSubpart,
	"［N］": LevelSubpart, "＜N＞": LevelSubpart, "<N>": LevelSubpart, "〈N〉": LevelSubpart, "《N》": LevelSubpart, "N-N": LevelSubpart,
	"ア": LevelItem, "ア)": LevelItem, "(ア)": LevelItem, "a": LevelItem, "a)": LevelItem, "(a)": LevelItem, "(A)": LevelItem,
	"A)": LevelItem, "N-N-N": LevelItem, "N-N-N-N": LevelItem,
}

// visionMarkers open the vision bullets quoted at a chapter's head.
const visionMarkers = "◉"

// zoneSuffixes end the names of the zones of an area division (地域区分).
var zoneSuffixes = []string{"ゾーン", "エリア", "地区", "地域"}

// zoneHeadSuffixes end a heading that names one zone.
var zoneHeadSuffixes = []string{"ゾーン", "エリア", "地区"}

// planTitleWords end a plan's title: 総合計画, 推進プラン, ビジョン, 総合戦略, 基本構想.
var planTitleWords = []string{"計画", "プラン", "ビジョン", "戦略", "構想"}

// issuerEnds end the issuing body at the head of a plan title (さいたま市, 埼玉県).
const issuerEnds = "都道府県市町村区"

// notIssuerNext: a name followed by one of these is a word, not an issuer
// (市民…, 市政…, 市場…).
const notIssuerNext = "民政場街内域営長議立有"
