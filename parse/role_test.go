package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// roleWant is one quantity as a user sees it in -jsonl: its text, role and
// year (Calendar for a year written as 年).
type roleWant struct {
	Text string
	Role goal.Role
	Year goal.Year
}

func fyr(y int) goal.Year { return goal.Year{Value: y} }
func cyr(y int) goal.Year { return goal.Year{Value: y, Calendar: true} }

const (
	tgt = goal.RoleTarget
	itm = goal.RoleInterim
	bas = goal.RoleBaseline
	act = goal.RoleActual
	oth = goal.RoleOther
)

// roleTests are indicator rows and sentences written for this project in the
// layouts of municipal plans and progress reports (see LAYOUTS.md); the
// quantities come back in order of position.
var roleTests = []struct {
	name string
	in   string
	want []roleWant
}{
	{"a projection is no target", "町の人口は令和17年には2万人を下回ると推計されています。",
		[]roleWant{{"2万人を下回る", oth, cyr(2035)}}},
	{"a duration a target is reached from", "窓口の平均待ち時間を、25分から15分以内に短縮します。",
		[]roleWant{{"25分", bas, goal.Year{}}, {"15分以内", tgt, goal.Year{}}}},
	{"the whole a part is taken from", "全36か所の公園のうち、令和9年度までに20か所の遊具を更新します。",
		[]roleWant{{"36か所", oth, goal.Year{}}, {"20か所", tgt, fyr(2027)}}},
	{"dated targets in a row with a time word between", "接種率を、中間年の令和9年度に80％、最終年度の令和12年度に90％とします。",
		[]roleWant{{"80％", itm, fyr(2027)}, {"90％", tgt, fyr(2030)}}},
	{"a reference note with a year word after a target", "通いの場の参加者数を1,200人以上（前年度 1,050人）",
		[]roleWant{{"1,200人以上", tgt, goal.Year{}}, {"1,050人", bas, goal.Year{}}}},
	{"a reference note with a date after the sentence", "相談の解決率85％以上を保つ。【令和6年度 82％】",
		[]roleWant{{"85％以上", tgt, goal.Year{}}, {"82％", bas, fyr(2024)}}},
	{"a bracketed count without a year restates the target", "月1回開催の会議で共有します。（12回）",
		[]roleWant{{"月1回", tgt, goal.Year{}}, {"12回", tgt, goal.Year{}}}},
	{"a bracketed figure with a comparator is a target", "参加者を500人以上とする（令和6年度 400人以上）",
		[]roleWant{{"500人以上", tgt, goal.Year{}}, {"400人以上", tgt, fyr(2024)}}},
	{"arrow with fiscal years in brackets", "市民活動団体の登録数：152団体(令和2年度)→180団体(令和8年度)",
		[]roleWant{{"152団体", bas, fyr(2020)}, {"180団体", tgt, fyr(2026)}}},
	{"arrow with calendar years", "③合計特殊出生率の改善に向けた相談件数：410件（2020年）→520件（2025年）",
		[]roleWant{{"410件", bas, cyr(2020)}, {"520件", tgt, cyr(2025)}}},
	{"arrow full-width with spaces and bare era years", "空き店舗の活用件数　１２件（Ｒ３）　→　２０件（Ｒ９）",
		[]roleWant{{"１２件", bas, fyr(2021)}, {"２０件", tgt, fyr(2027)}}},
	{"equals and arrow with comparator", "◆救急出動から病院収容までの平均時間＝41分→38分以内",
		[]roleWant{{"41分", bas, goal.Year{}}, {"38分以内", tgt, goal.Year{}}}},
	{"arrow with bare rates and a unit that is no counter", "合計特殊出生率：1.28（令和2年）→1.40（令和8年）、家庭ごみ排出量 640g→600g",
		[]roleWant{{"1.28", bas, cyr(2020)}, {"1.40", tgt, cyr(2026)}, {"640g", bas, goal.Year{}}, {"600g", tgt, goal.Year{}}}},
	{"header words in one line", "現状値 54.0%（令和3年度）　中間目標値 60.0%（令和6年度）　目標値 70.0%（令和10年度）",
		[]roleWant{{"54.0%", bas, fyr(2021)}, {"60.0%", itm, fyr(2024)}, {"70.0%", tgt, fyr(2028)}}},
	{"three figures in a row", "年間の図書貸出冊数 84万冊 90万冊 100万冊",
		[]roleWant{{"84万冊", bas, goal.Year{}}, {"90万冊", itm, goal.Year{}}, {"100万冊", tgt, goal.Year{}}}},
	{"two figures in a row", "認知症サポーター養成数\t12,400人\t18,000人",
		[]roleWant{{"12,400人", bas, goal.Year{}}, {"18,000人", tgt, goal.Year{}}}},
	{"actual then deadline target", "令和4年度の実績は延べ3,120人であり、令和8年度までに延べ4,000人を目指します。",
		[]roleWant{{"3,120人", act, fyr(2022)}, {"4,000人", tgt, fyr(2026)}}},
	{"baseline word far before", "計画策定時（令和2年度）の里山保全活動の参加者は640人で、令和7年度に800人とすることを目標とします。",
		[]roleWant{{"640人", bas, fyr(2020)}, {"800人", tgt, fyr(2025)}}},
	{"from to with a past verb", "特定健診の受診率は、令和元年度の36.8%から令和4年度には39.5%に上昇した。",
		[]roleWant{{"36.8%", bas, fyr(2019)}, {"39.5%に上昇", act, fyr(2022)}}},
	{"definition inside the name", "月2回以上地域の行事に参加する高齢者の割合を、令和9年度までに45%以上にします。",
		[]roleWant{{"月2回以上", oth, goal.Year{}}, {"45%以上", tgt, fyr(2027)}}},
	{"sample size and an actual", "子育て世帯アンケート（回答者2,048人）では、子育てしやすいと感じる人の割合は61.3%でした。",
		[]roleWant{{"2,048人", oth, goal.Year{}}, {"61.3%", act, goal.Year{}}}},
	{"present value and target value", "公園愛護会の結成数　現在の値48団体　目標値60団体（令和9年度）",
		[]roleWant{{"48団体", bas, goal.Year{}}, {"60団体", tgt, fyr(2027)}}},
	{"baseline in a trailing bracket", "市民農園の利用区画数を400区画以上とする（基準値：平成30年度 312区画）",
		[]roleWant{{"400区画以上", tgt, goal.Year{}}, {"312区画", bas, fyr(2018)}}},
	{"progressive actual", "コミュニティバスの利用者は令和5年度に約82,000人となっている",
		[]roleWant{{"約82,000人", act, fyr(2023)}}},
	{"achievement rate is not a target", "令和5年度の講座受講者数は1,850人で、目標値2,000人に対し達成率92.5%となった。",
		[]roleWant{{"1,850人", act, fyr(2023)}, {"2,000人", tgt, fyr(2023)}, {"92.5%", oth, goal.Year{}}}},
	{"per-unit definition", "1人当たりの年間図書貸出冊数を8冊にする",
		[]roleWant{{"8冊", tgt, goal.Year{}}}},
	{"a threshold inside the name", "月1回以上図書館を利用する市民の割合を30%にする",
		[]roleWant{{"月1回以上", oth, goal.Year{}}, {"30%", tgt, goal.Year{}}}},
	{"goal statement without cues stays a target", "局内会議を月1回開催し、連携団体を4団体以上に広げます。",
		[]roleWant{{"月1回", tgt, goal.Year{}}, {"4団体以上", tgt, goal.Year{}}}},
	{"label colon is not a time", "待機児童数：12人", []roleWant{{"12人", tgt, goal.Year{}}}},
	{"a standard (環境基準) is no baseline cue", "水質調査地点のうち環境基準を満たす地点の割合を85%以上にします",
		[]roleWant{{"85%以上", tgt, goal.Year{}}}},
	{"基準 on its own is a baseline cue", "基準：令和2年度 41.2万㎡　目標：令和8年度 45万㎡",
		[]roleWant{{"41.2万㎡", bas, fyr(2020)}, {"45万㎡", tgt, fyr(2026)}}},
	{"year before the target", "令和12年度に年間観光客数を120万人にする", []roleWant{{"120万人", tgt, fyr(2030)}}},
	{"a comparison base year is not the figure's year", "2035年度までにエネルギー消費量を2016年度比で30%削減します。",
		[]roleWant{{"30%削減", tgt, fyr(2035)}}},
	{"基準 in a trailing bracket", "図書館の蔵書数を60万冊以上とする（基準：令和3年度 52万冊）",
		[]roleWant{{"60万冊以上", tgt, goal.Year{}}, {"52万冊", bas, fyr(2021)}}},
	{"an amount of change is not a level", "空き家の件数は令和5年度に412件となり、前年度から18件減少した。",
		[]roleWant{{"412件", act, fyr(2023)}, {"18件減少", oth, goal.Year{}}}},
	{"an uncued figure before a cued target", "市民農園の利用者数 延べ1,320人（令和4年度） 目標1,600人（令和10年度）",
		[]roleWant{{"1,320人", bas, fyr(2022)}, {"1,600人", tgt, fyr(2028)}}},
	{"元年度 then a space is a year, not a per-year count", "現状値：令和元年度 640人、目標値：令和7年度 800人",
		[]roleWant{{"640人", bas, fyr(2019)}, {"800人", tgt, fyr(2025)}}},
	{"a national target quoted for reference", "本市の接種率は令和4年度に72.0%であり、国の目標である95%に届いていない。",
		[]roleWant{{"72.0%", act, fyr(2022)}, {"95%", oth, goal.Year{}}}},
	{"a ratio against the year before, reported", "利用件数は令和5年度に8,120件となり、前年度比で1.2倍に増えた。",
		[]roleWant{{"8,120件", act, fyr(2023)}, {"1.2倍", oth, goal.Year{}}}},
	{"a breakdown word far before says nothing", "市内の公園のうち、遊具を更新した公園を令和9年度までに40か所にする。",
		[]roleWant{{"40か所", tgt, fyr(2027)}}},
	{"現在 before a figure that is the object of a target", "現在38.2%にとどまっている特定健診の受診率を、令和10年度までに50%まで高めます。",
		[]roleWant{{"38.2%", bas, goal.Year{}}, {"50%", tgt, fyr(2028)}}},
	{"現在 then です and a target", "防災士の数は現在64人ですが、これを100人に増やします。",
		[]roleWant{{"64人", bas, goal.Year{}}, {"100人", tgt, goal.Year{}}}},
	{"現在 with a count of places and no target", "集会所は町内に現在１２か所ありますが、老朽化が進んでいます。",
		[]roleWant{{"１２か所", bas, goal.Year{}}}},
	{"a date before 現在 gives the year", "本市の待機児童数は令和6年4月1日現在で9人です。",
		[]roleWant{{"9人", bas, cyr(2024)}}},
	{"a month in the bracket after a figure gives its calendar year", "待機児童数 12人（令和6年4月）→ 0人（令和9年4月）",
		[]roleWant{{"12人", bas, cyr(2024)}, {"0人", tgt, cyr(2027)}}},
	{"a dated figure in a bracket after what a later target measures is its present level", "市営住宅の入居率（令和5年度 81.0％）を、令和9年度に90％以上に高めます。",
		[]roleWant{{"81.0％", bas, fyr(2023)}, {"90％以上", tgt, fyr(2027)}}},
	{"a multiple of the year before takes the year stated before its phrase", "相談件数は、令和6年度に前年度の約1.1倍となりました。",
		[]roleWant{{"約1.1倍", oth, fyr(2024)}}},
	{"a cap (を上限) is a rule's limit, not a level to reach", "補助は1件につき5万円を上限とします。",
		[]roleWant{{"5万円", oth, goal.Year{}}}},
	{"a limit (を限度) likewise", "一度の貸出は10冊を限度とします。",
		[]roleWant{{"10冊", oth, goal.Year{}}}},
	{"現在 far before says nothing", "現在、計画の見直しを進めており、令和9年度までに相談窓口を5か所にします。",
		[]roleWant{{"5か所", tgt, fyr(2027)}}},
	{"a present level before a target", "市税の収納率は98.7％と高い水準にあり、今後も98％以上を維持します。",
		[]roleWant{{"98.7％", bas, goal.Year{}}, {"98％以上", tgt, goal.Year{}}}},
	{"two dated targets: the first is interim", "地域の見守りボランティアを、令和8年度に150人、令和11年度には200人まで養成します。",
		[]roleWant{{"150人", itm, fyr(2026)}, {"200人", tgt, fyr(2029)}}},
	{"from a baseline to two dated targets", "年間観光客数は、令和4年の412万人から、令和8年に450万人、令和12年に500万人を目指す。",
		[]roleWant{{"412万人", bas, cyr(2022)}, {"450万人", itm, cyr(2026)}, {"500万人", tgt, cyr(2030)}}},
	{"dated targets of different units stay targets", "令和8年度に講座を20回、令和10年度には参加者を500人にします。",
		[]roleWant{{"20回", tgt, fyr(2026)}, {"500人", tgt, fyr(2028)}}},
	{"a threshold below modifying a noun", "利用者が300人を下回る路線については、運行の見直しを行います。",
		[]roleWant{{"300人を下回る", oth, goal.Year{}}}},
	{"a threshold above modifying a noun", "延長が5kmを超える区間では、舗装を更新します。",
		[]roleWant{{"5kmを超える", oth, goal.Year{}}}},
	{"exceeding as the goal stays a target", "年間の来館者が10万人を超えることを目指します。",
		[]roleWant{{"10万人を超える", tgt, goal.Year{}}}},
	{"a count of places that is the setting", "市内8か所の地区センターで、健康相談を毎年1回以上実施します。",
		[]roleWant{{"8か所", oth, goal.Year{}}, {"毎年1回以上", tgt, goal.Year{}}}},
	{"a count of places as the object stays a target", "市内8か所の地区センターを改修します。",
		[]roleWant{{"8か所", tgt, goal.Year{}}}},
	{"a multiple of the year before, reported", "図書館の利用件数は前年度の約1.3倍に増えました。",
		[]roleWant{{"約1.3倍", oth, goal.Year{}}}},
	{"a target only mentioned takes the sentence's year", "令和6年度の講座の参加者は延べ900人で、目標の1,200人には届きませんでした。",
		[]roleWant{{"900人", act, fyr(2024)}, {"1,200人", tgt, fyr(2024)}}},
	{"a quoted target", "前計画で掲げた「年間転入者数1,800人」の目標に対し、実績は1,520人でした。",
		[]roleWant{{"1,800人", tgt, goal.Year{}}, {"1,520人", act, goal.Year{}}}},
	{"a bare figure with a comparator and a calendar deadline", "自殺死亡率を、令和8年までに12.5以下に減少させます。",
		[]roleWant{{"12.5以下", tgt, cyr(2026)}}},
	{"a bare figure with まで and a change verb", "合計特殊出生率を1.50まで回復させることを目標とします。",
		[]roleWant{{"1.50", tgt, goal.Year{}}}},
	{"a bare figure alone stays unread", "合計特殊出生率は1.50で推移しています。", []roleWant{}},
	{"digits spaced by PDF extraction before a counter, and in the era year", "令和1 0年度までに喫煙する人の割合を3 5％以下に抑えます。",
		[]roleWant{{"3 5％以下", tgt, fyr(2028)}}},
	{"remained at", "自治会加入率は令和4年度に68.2%にとどまった。", []roleWant{{"68.2%", act, fyr(2022)}}},
	{"a target already achieved is an actual; the same figure kept is a target", "待機児童数は令和5年4月時点で0人を達成しており、今後も0人を維持します。",
		[]roleWant{{"0人", act, cyr(2023)}, {"0人", tgt, goal.Year{}}}},
	{"a change continued by し、 in a past sentence: the amount is other, the level actual", "満足と回答した割合は、前回調査から3.2ポイント上昇し、64.5％でした。",
		[]roleWant{{"3.2ポイント上昇", oth, goal.Year{}}, {"64.5％", act, goal.Year{}}}},
	{"a level reached, continued by し、 in a past sentence, is actual", "加入率は44.0%に上昇し、過去最高となりました。",
		[]roleWant{{"44.0%に上昇", act, goal.Year{}}}},
	{"a row with a calendar year written before each figure", "健康イベント参加者数 2019年 385千人 2028年 450千人",
		[]roleWant{{"385千人", bas, cyr(2019)}, {"450千人", tgt, cyr(2028)}}},
	{"a row with a fiscal year before each of three figures", "利用者数 令和元年度 1,200人 令和5年度 1,500人 令和9年度 1,800人",
		[]roleWant{{"1,200人", bas, fyr(2019)}, {"1,500人", itm, fyr(2023)}, {"1,800人", tgt, fyr(2027)}}},
	{"a year and a word between figures make no row", "令和3年 120件、令和5年 140件",
		[]roleWant{{"120件", tgt, cyr(2021)}, {"140件", tgt, cyr(2023)}}},

	// written goal and progress sentences
	{"a fraction of a past year's level is other", "2022年の観光客数は約58万人で、コロナ前の2019年の約8割まで回復しました。",
		[]roleWant{{"約58万人", act, cyr(2022)}, {"約8割", oth, goal.Year{}}}},
	{"a share of people is no fraction of a past level", "令和5年度の調査では、会員の8割以上が満足と回答しました。",
		[]roleWant{{"8割以上", act, fyr(2023)}}},
	{"what was planned is the target, what was done the actual", "当初計画では、令和7年度までに公園を12か所整備する予定でしたが、9か所にとどまりました。",
		[]roleWant{{"12か所", tgt, fyr(2025)}, {"9か所", act, goal.Year{}}}},
	{"a month-end as-of date gives its calendar year", "登録者数は令和6年3月末現在で1,842人であり、令和10年度末に2,500人を目指します。",
		[]roleWant{{"1,842人", bas, cyr(2024)}, {"2,500人", tgt, fyr(2028)}}},
	{"there are (あり) states the present number", "認知症カフェは、現在市内に7か所あり、令和8年度までに全12地区に設置します。",
		[]roleWant{{"7か所", act, goal.Year{}}, {"12地区", tgt, fyr(2026)}}},
	{"として names what it is done as, not what is done", "健康づくり教室は、各公民館を会場として年間36回開催します。",
		[]roleWant{{"年間36回", tgt, goal.Year{}}}},
	{"a change word closing the compound before a 、", "がん検診の受診率向上に努め、令和11年度には50%を達成します。",
		[]roleWant{{"50%", tgt, fyr(2029)}}},
	{"a copula で、 ends the first figure's clause", "本市の高齢化率は32.4%で、全国平均の29.1%を上回っています。",
		[]roleWant{{"32.4%", act, goal.Year{}}, {"29.1%", oth, goal.Year{}}}},
	{"what is exceeded (を上回る) is no subject", "「住みやすい」と答えた人の割合が78.4%で、前回調査を2.1ポイント上回りました。",
		[]roleWant{{"78.4%", act, goal.Year{}}, {"2.1ポイント", act, goal.Year{}}}},
	{"has achieved (を達成しています) is an actual", "待機児童数は、令和6年4月1日時点でゼロを達成しています。",
		[]roleWant{{"ゼロ", act, cyr(2024)}}},
	{"a target named as such before に対し stays a target", "ボランティア登録者は、目標の800人に対し712人でした。",
		[]roleWant{{"800人", tgt, goal.Year{}}, {"712人", act, goal.Year{}}}},
	{"a multiple of a past level that is aimed at is a target", "観光客数を平成30年の1.5倍にします。",
		[]roleWant{{"1.5倍", tgt, goal.Year{}}}},
	{"a multiple of a past level keeps the year of its deadline", "観光客数を、令和9年度までに平成30年の1.5倍にします。",
		[]roleWant{{"1.5倍", tgt, fyr(2027)}}},
	{"a bare decimal compared by より is not read", "平均点は62.5で、全国の60.1より高くなっています。", []roleWant{}},
	{"a bare decimal above a reference level", "本町の高齢化率は38.2で、県の31.6を上回っています。",
		[]roleWant{{"38.2", act, goal.Year{}}, {"31.6", oth, goal.Year{}}}},
	{"a capacity compared by に比べ", "教室の定員30人に比べ、申込者は52人となっています。",
		[]roleWant{{"30人", oth, goal.Year{}}, {"52人", act, goal.Year{}}}},
	{"a verb before こと is the act: 抑えることを目標とします", "健診後の特定保健指導の未利用率を、令和9年度までに15%以下に抑えることを目標とします。",
		[]roleWant{{"15%以下", tgt, fyr(2027)}}},
	{"a て-clause between the object and the figure is passed", "子育て相談会を、各地区の集会所に出向いて年24回開催します。",
		[]roleWant{{"年24回", tgt, goal.Year{}}}},
	{"the thing whose change is aimed at names what the figure after 、 measures", "公共施設の予約システムの利用率の向上を図り、令和8年度に60%を目指します。",
		[]roleWant{{"60%", tgt, fyr(2026)}}},
	{"a topic across a predicate (ありますが、今後は)", "図書館の利用者数は減少傾向にありますが、今後は年間12万人を目指します。",
		[]roleWant{{"年間12万人", tgt, goal.Year{}}}},
	{"an actual whose subject is its event (の参加にとどまる)", "昨年度の防災講演会は、６４０人の参加にとどまりました。",
		[]roleWant{{"６４０人", act, goal.Year{}}}},
	{"a quota compared with an actual is no target", "消防団員は、条例定数５８０人に対して実員が４９２人となっています。",
		[]roleWant{{"５８０人", oth, goal.Year{}}, {"４９２人", act, goal.Year{}}}},
	{"a multiple of a past level is a growth, not a level", "市内の観光入込客数は、20年前の約1.4倍に増えました。",
		[]roleWant{{"約1.4倍", oth, goal.Year{}}}},
	{"a spaced thousands separator inside single digits", "令和5年度の乳がん検診の受診者数は 2 ,4 1 8人となりました。",
		[]roleWant{{"2 ,4 1 8人", act, fyr(2023)}}},
	{"a sentence-opening year is the year of an actual later in it", "令和5年度は、ごみ減量出前講座を各地区で開き、受講者が1,460人となりました。",
		[]roleWant{{"1,460人", act, fyr(2023)}}},
	{"a bare decimal stated with で、 and the one it is compared with", "本市の合計特殊出生率は1.31で、県平均の1.39を下回っています。",
		[]roleWant{{"1.31", act, goal.Year{}}, {"1.39", oth, goal.Year{}}}},
	{"a counter of three kanji after a deadline", "見守り協力事業所を、令和9年度までに120事業所以上に増やします。",
		[]roleWant{{"120事業所以上", tgt, fyr(2027)}}},
	{"an actual stated with 実績で and a year", "空き家の相談件数は、令和5年度の実績で412件となっています。",
		[]roleWant{{"412件", act, fyr(2023)}}},
	{"a verb before こと after a duration", "救急車の現場到着時間の平均を、8分以内に短縮することを目標とします。",
		[]roleWant{{"8分以内", tgt, goal.Year{}}}},
	{"a frequency stated with は before a 、 and a place", "介護予防教室は毎月2回、地区の公民館で開催します。",
		[]roleWant{{"毎月2回", tgt, goal.Year{}}}},
	{"a baseline with its year, then the level reached", "特定健診の受診率は、平成30年度の38.5%から令和5年度には44.1%に上昇しました。",
		[]roleWant{{"38.5%", bas, fyr(2018)}, {"44.1%に上昇", act, fyr(2023)}}},
	{"a calendar year with で before an actual", "本市の耕作放棄地面積は、令和5年で約320haとなっています。",
		[]roleWant{{"約320ha", act, cyr(2023)}}},
	{"a duration per year with とします", "職員の年次有給休暇の平均取得日数を、年間15日以上とします。",
		[]roleWant{{"年間15日以上", tgt, goal.Year{}}}},
	{"a baseline with 現在の and a target after から", "地域猫活動の支援団体を、現在の8団体から15団体に増やします。",
		[]roleWant{{"8団体", bas, goal.Year{}}, {"15団体", tgt, goal.Year{}}}},
	{"a verb before こと after a figure with を", "乳幼児健診の受診率98.0%を維持することを目標とします。",
		[]roleWant{{"98.0%", tgt, goal.Year{}}}},
	{"a rate and a change in points after で、", "市税の収納率は98.7%で、前年度を0.3ポイント上回りました。",
		[]roleWant{{"98.7%", act, goal.Year{}}, {"0.3ポイント", act, goal.Year{}}}},
	{"a limit per year", "自転車盗難の認知件数を年間430件以下に抑えます。",
		[]roleWant{{"年間430件以下", tgt, goal.Year{}}}},
	{"an actual with あります and a year", "職員提案制度への応募は、令和5年度に36件ありました。",
		[]roleWant{{"36件", act, fyr(2023)}}},
	{"a predicate made of a verbal noun between two figures", "市民活動センターの登録団体数は、平成29年度の180団体から増加し、現在は245団体です。",
		[]roleWant{{"180団体", bas, fyr(2017)}, {"245団体", bas, goal.Year{}}}},
}

func TestRoles(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	for _, tc := range roleTests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.Extract(tc.in)
			require.NoError(t, err)
			all := append(append([]goal.Target(nil), ex.Targets...), ex.Figures...)
			sortBySpan(all)
			got := make([]roleWant, len(all))
			for k, q := range all {
				got[k] = roleWant{q.Text, q.Role, q.Year}
				assert.Equal(t, tc.in[q.Span.Start:q.Span.End], q.Text, "span")
			}
			assert.Equal(t, tc.want, got)
			for _, q := range ex.Targets {
				assert.True(t, q.Role.Commits(), "Targets holds only target and interim: %v", q.Role)
			}
			for _, q := range ex.Figures {
				assert.False(t, q.Role.Commits(), "Figures holds no target: %v", q.Role)
			}
		})
	}
}

func sortBySpan(ts []goal.Target) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Span.Start < ts[j-1].Span.Start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func TestWithRoleCues(t *testing.T) {
	p, err := New(WithRoleCues(RoleCue{Word: "見込値", Role: goal.RoleActual}))
	require.NoError(t, err)
	ex, err := p.Extract("見込値 1,200件")
	require.NoError(t, err)
	require.Len(t, ex.Figures, 1)
	assert.Equal(t, goal.RoleActual, ex.Figures[0].Role)

	_, err = New(WithRoleCues(RoleCue{Word: "", Role: goal.RoleActual}))
	assert.ErrorIs(t, err, ErrOption)
	_, err = New(WithRoleCues(RoleCue{Word: "x"}))
	assert.ErrorIs(t, err, ErrOption)
}

// FuzzRoles: every quantity Extract finds has a role, Targets only commit,
// Figures never do, and every text is the input at its span.
func FuzzRoles(f *testing.F) {
	for _, tc := range roleTests {
		f.Add(tc.in)
	}
	f.Add("1→2→3（R2）→→4g（")
	p, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		ex, err := p.Extract(s)
		if err != nil {
			return
		}
		for _, q := range append(append([]goal.Target(nil), ex.Targets...), ex.Figures...) {
			require.NotEqual(t, goal.RoleUnset, q.Role)
			require.True(t, q.Span.Valid(len(s)), "span %v", q.Span)
			require.Equal(t, s[q.Span.Start:q.Span.End], q.Text)
			if q.Year.Value != 0 {
				require.True(t, q.Year.Value >= 1 && q.Year.Value <= 9999)
			}
		}
		for _, q := range ex.Targets {
			require.True(t, q.Role.Commits())
		}
		for _, q := range ex.Figures {
			require.False(t, q.Role.Commits())
		}
	})
}
