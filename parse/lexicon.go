package parse

import "github.com/policygoal/policygoal/goal"

// The words the recognizer reads, as they appear after width folding. Each
// list is ordered longest first where one entry is a prefix of another, so
// the first match is the longest. Every row has an example in
// lexicon_test.go that reads differently without it: a new row needs one.

// periodWord is a word naming a period: 月 (month) in 月1回, 毎週 (every week).
type periodWord struct {
	word  string
	per   goal.Period
	every bool // 毎…: the word alone states a frequency (毎月 = once a month)
}

// periodWords precede a count (月1回, 年間500件) or stand alone with 毎.
var periodWords = []periodWord{
	{"毎年度", goal.PeriodFiscalYear, true},
	{"毎四半期", goal.PeriodQuarter, true},
	{"毎月", goal.PeriodMonth, true},
	{"毎週", goal.PeriodWeek, true},
	{"毎日", goal.PeriodDay, true},
	{"毎年", goal.PeriodYear, true},
	{"四半期", goal.PeriodQuarter, false},
	{"4半期", goal.PeriodQuarter, false},
	{"年度", goal.PeriodFiscalYear, false},
	{"年間", goal.PeriodYear, false},
	{"月間", goal.PeriodMonth, false},
	{"半年", goal.PeriodHalfYear, false},
	{"半期", goal.PeriodHalfYear, false},
	{"月", goal.PeriodMonth, false},
	{"年", goal.PeriodYear, false},
	{"週", goal.PeriodWeek, false},
	{"日", goal.PeriodDay, false},
}

// notPeriodBefore are the kanji that, right before a period word, make a
// word naming one particular period rather than a rate: 前年度 (the fiscal
// year before), 昨年 (last year), 本年度 and 今年度 (this fiscal year), 次年度,
// 翌年 (the next), 各年度 (each), 当年度 and 同年度 (that year), 初年度 (the
// first), 最終年度 (the last), 単年度 (a single year), 例年 (usual years),
// 先月 (last month), 来年 (next year).
const notPeriodBefore = "前昨本今次翌各当同初終単例先来"

// periodLinks may stand between a period word and its count: 週に2回 (twice
// a week), 1日当たり3回 (three times per day), 年間で12回.
var periodLinks = []string{"当たり", "あたり", "につき", "に", "で", "平均", ""}

// intervalUnit is a unit of time after a number that makes it a cycle:
// 2か月に1回 (once every two months), 2週間ごと (every two weeks).
type intervalUnit struct {
	word string
	per  goal.Period
}

var intervalUnits = []intervalUnit{
	{"か月間", goal.PeriodMonth}, {"ヶ月間", goal.PeriodMonth}, {"カ月間", goal.PeriodMonth}, {"ケ月間", goal.PeriodMonth},
	{"か月", goal.PeriodMonth}, {"ヶ月", goal.PeriodMonth}, {"カ月", goal.PeriodMonth}, {"ケ月", goal.PeriodMonth},
	{"ヵ月", goal.PeriodMonth}, {"箇月", goal.PeriodMonth},
	{"週間", goal.PeriodWeek}, {"週", goal.PeriodWeek},
	{"年間", goal.PeriodYear}, {"年", goal.PeriodYear},
	{"日間", goal.PeriodDay}, {"日", goal.PeriodDay},
}

// cycleWords follow an interval: ごと and 毎 (every), おき (skipping: 1日おき
// is every other day).
var cycleWords = []string{"ごとに", "ごと", "毎に", "毎", "おきに", "おき"}

// counter is a counter word (助数詞) after a number, and the unit it is
// reported as.
type counter struct {
	word string
	unit string
}

// counters are the counters of counts, the fast path: a counter the list
// lacks is found in the dictionary (名詞,接尾,助数詞; see dictCounter), and
// units of measure are in unitCounters. 回 and 度 (times) make a frequency
// when a period precedes the number. か所 stands for all its spellings.
// ページ, 点 and つ are left out on purpose: 資料9ページ (page 9 of the
// handout) and 以下の4点 (the four points below) are references, not targets.
var counters = []counter{
	{"事業所", "事業所"}, {"医療機関", "医療機関"}, // before 事業 and 機関, which they hold
	{"団体", "団体"}, {"事業", "事業"}, {"世帯", "世帯"}, {"施設", "施設"}, {"店舗", "店舗"},
	{"種類", "種類"}, {"項目", "項目"}, {"講座", "講座"}, {"地区", "地区"}, {"企業", "企業"},
	{"機関", "機関"}, {"路線", "路線"}, {"区画", "区画"}, {"品目", "品目"}, {"事例", "事例"},
	{"チーム", "チーム"}, {"コース", "コース"}, {"種目", "種目"}, {"言語", "言語"},
	{"教科", "教科"}, {"分野", "分野"},
	{"か所", "か所"}, {"箇所", "か所"}, {"カ所", "か所"}, {"ヶ所", "か所"}, {"ケ所", "か所"},
	{"ヵ所", "か所"}, {"個所", "か所"},
	{"回", "回"}, {"件", "件"}, {"人", "人"}, {"名", "名"}, {"社", "社"}, {"校", "校"},
	{"園", "園"}, {"本", "本"}, {"円", "円"}, {"台", "台"}, {"戸", "戸"}, {"冊", "冊"},
	{"部", "部"}, {"棟", "棟"}, {"基", "基"}, {"館", "館"}, {"枚", "枚"}, {"者", "者"},
	{"組", "組"}, {"便", "便"}, {"店", "店"}, {"頭", "頭"}, {"匹", "匹"}, {"個", "個"},
	{"隊", "隊"}, {"指標", "指標"},
}

// durationUnits measure a span of time; a duration is a target only with a
// comparator (15分以内, within fifteen minutes), since a bare 5年 or 3日 is a
// period or a date far more often than a goal.
var durationUnits = []counter{
	{"時間", "時間"}, {"週間", "週間"}, {"か月", "か月"}, {"ヶ月", "か月"}, {"カ月", "か月"},
	{"ケ月", "か月"}, {"ヵ月", "か月"}, {"日間", "日"}, {"年間", "年"},
	{"分", "分"}, {"秒", "秒"}, {"日", "日"}, {"年", "年"},
}

// percentUnits; 割 (tenths) is scaled to percent, ポイント is percentage points.
var percentUnits = []struct {
	word  string
	unit  string
	scale float64
}{
	{"パーセント", "%", 1}, {"%", "%", 1}, {"ポイント", "pt", 1}, {"pt", "pt", 1}, {"割", "%", 10},
}

// comparatorWord is a comparator after a quantity.
type comparatorWord struct {
	word string
	cmp  goal.Comparator
}

var comparatorsAfter = []comparatorWord{
	{"以上", goal.CmpGE},                                                                 // at least
	{"以下", goal.CmpLE},                                                                 // at most
	{"以内", goal.CmpLE},                                                                 // within
	{"未満", goal.CmpLT},                                                                 // less than
	{"を超える", goal.CmpGT}, {"を超え", goal.CmpGT}, {"を上回る", goal.CmpGT}, {"超", goal.CmpGT}, // more than
	{"を下回る", goal.CmpLT},                                                   // below
	{"程度", goal.CmpApprox}, {"前後", goal.CmpApprox}, {"ほど", goal.CmpApprox}, // about
}

// approxBefore are the words for "about" that precede a number.
var approxBefore = []string{"おおよそ", "おおむね", "およそ", "概ね", "約"}

// rankBefore precede a rank: ベスト10 (best ten), トップ3 (top three), 上位10位.
var rankBefore = []string{"ベスト", "トップ", "TOP", "上位"}

// rangeMarks join the two ends of a range: 10～20件. The full-width ～ is
// folded to ~; the wave dash 〜 is not a width variant and is listed itself.
// A hyphen (the full-width － folds to it) is no range mark between
// quantities: 072-228 is a code.
var rangeMarks = []string{"~", "〜"}

// dateRangeMarks join two dates besides the rangeMarks: a hyphen or a dash
// (令和4年6月―9月), the tilde operator ∼ and the long vowel mark ー that
// documents type for a dash (2016∼2025年度, 13:30ー15:00), or から (from …
// to).
var dateRangeMarks = []string{"-", "―", "–", "—", "∼", "ー", "から"}

// RangeMarks returns the marks that join the two ends of a range of dates
// or times, as they stand in width-folded text (jtext: ～ and － are folded
// to ~ and -): 令和3年度～令和12年度, 13:30－15:00, 4月から9月. It is the one
// list the loaders share with the date recognizer; between two quantities
// only the first two (~ and 〜) join a range, as a hyphen there is a code
// (072-228). The slice is a copy: changing it changes nothing here.
func RangeMarks() []string {
	return append(append([]string(nil), rangeMarks...), dateRangeMarks...)
}

// changeWords state the direction of a change when they follow the
// quantity, possibly after a particle: 5%削減 (a 5 % cut), 10%の向上.
var changeWords = []struct {
	word   string
	change goal.Change
}{
	{"削減", goal.ChangeDecrease}, {"縮減", goal.ChangeDecrease}, {"減らす", goal.ChangeDecrease},
	{"減少", goal.ChangeDecrease}, {"低減", goal.ChangeDecrease}, {"抑制", goal.ChangeDecrease},
	{"引き下げ", goal.ChangeDecrease}, {"圧縮", goal.ChangeDecrease}, {"減", goal.ChangeDecrease},
	{"増やす", goal.ChangeIncrease}, {"増加", goal.ChangeIncrease}, {"向上", goal.ChangeIncrease},
	{"引き上げ", goal.ChangeIncrease}, {"拡大", goal.ChangeIncrease}, {"上昇", goal.ChangeIncrease},
	{"アップ", goal.ChangeIncrease}, {"倍増", goal.ChangeIncrease}, {"半減", goal.ChangeDecrease},
	{"増", goal.ChangeIncrease},
}

// changeLinks may stand between a quantity and its change word.
var changeLinks = []string{"を", "の", "まで", "に", ""}

// unitCounters are units of measure read like counters, with the unit they
// are reported as. A Latin unit must not run on into a word (3 times is no
// mass): see counterAt.
var unitCounters = []counter{
	{"kWh", "kWh"}, {"MWh", "MWh"}, {"kW", "kW"}, {"km2", "㎢"}, {"㎢", "㎢"}, {"km", "km"}, {"kg", "kg"},
	{"ha", "ha"}, {"㎡", "㎡"}, {"m2", "㎡"}, {"㎥", "㎥"}, {"m3", "㎥"}, {"t", "t"}, {"g", "g"}, {"‰", "‰"},
	{"キロメートル", "km"}, {"キログラム", "kg"}, {"グラム", "g"}, {"ヘクタール", "ha"}, {"メートル", "m"},
	{"リットル", "L"}, {"トン", "t"},
}

// scaleWords multiply the number before a counter when PDF extraction has
// put a space between them or a table states its unit that way: 「1,830
// 千人」 is 1,830,000 人, 「２，３００ 百万円」 is 2,300,000,000 円. Longest
// first.
var scaleWords = []struct {
	word  string
	scale float64
}{
	{"百万", 1e6}, {"千万", 1e7}, {"十万", 1e5}, {"千", 1e3}, {"万", 1e4}, {"億", 1e8}, {"百", 1e2},
}

// perUnitWords after a count make it the base of a rate, not a target:
// 市民1人あたり (per citizen), 人口10万人当たり (per 100,000 people),
// 1件につき (per case).
var perUnitWords = []string{"当たり", "あたり", "につき", "当り"}

// contextBefore are words after which a number describes a survey or a
// table rather than commits to anything: 回答者数1,104人 (respondents),
// 標本数2,000人 (sample size), 回収率55.2% (response rate).
var contextBefore = []string{
	"回答者数", "回答数", "標本数", "標本", "サンプル数", "回収数", "回収率", "有効回答", "対象者数", "調査対象", "配布数", "n=",
}

// notCounters are 助数詞 (counter suffixes) to the dictionary that never
// count what a target measures: ages, addresses, ordinals, times of day,
// calendar parts and document parts. The words read before the dictionary
// is asked need no row: 年, 日, 分, 秒 and their compounds (durationUnits),
// 割 (percentUnits), 度, 位 and 倍, and the listed counters (名 of 10名中);
// 号 and つ are no counters to the dictionary.
var notCounters = []string{
	"歳", "才", "階", "期", "次", "条", "章", "節", "項", "番", "丁目", "周年", "月",
	"時", "代", "頁", "ページ", "点", "行", "列", "段", "等", "級", "巻", "面",
}

// rateArrows join a baseline to a target in an indicator row: 「15,400時間
// →32,000時間」. A duration next to one is measured, even without a
// comparator.
var rateArrows = []string{"→", "⇒", "➡", "->"}
