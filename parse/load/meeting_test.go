package load

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// meetingWant is what a user checks in a meeting.
type meetingWant struct {
	title, body      string
	fy               int
	session, overall int
	date             string
	start, end       string
	place            string
	attendees        []string
	count            int
	agenda           []string
	result           string
	outcome          goal.MeetingOutcome
	problems         []string // Unread entries with a Problem, by text
	fields           []Field  // labelled fields without a slot
	opinions         []string // opinions' texts
	assessments      []string // "indicator reached trend actual/year", one per assessment
}

var meetingTests = []struct {
	name string
	in   string
	want []meetingWant
}{
	{
		name: "bracket labels with spaces, pm on both ends",
		in:   "■令和２年度第５回（第３０５回）都市経営戦略会議結果概要\n【日 時】 令和２年１１月２０日（金）午後３時５０分～午後４時３０分\n【場 所】 政策会議室\n【出席者】 市長、副市長\n【議 題】 計画の策定について\n＜ 結 果 ＞\n原案のとおり了承\n",
		want: []meetingWant{{title: "令和２年度第５回（第３０５回）都市経営戦略会議結果概要", body: "都市経営戦略会議", fy: 2020, session: 5, overall: 305,
			date: "2020-11-20", start: "15:50", end: "16:30", place: "政策会議室", attendees: []string{"市長", "副市長"},
			agenda: []string{"計画の策定について"}, result: "原案のとおり了承", outcome: goal.OutcomeApproved}},
	},
	{
		name: "経過及び結果 is the result, 付託案件 the agenda",
		in:   "令和7年度第1回 南丘市文化振興審議会 会議結果\n日時：令和7年6月3日（火）午後2時から午後3時まで\n場所：市民会館 第1会議室\n出席委員：大野会長、北村委員\n付託案件：\n(1) 文化振興計画の改定について\n会議の経過及び結果：\n事務局の説明の後、審議を行い、原案のとおり了承した。\n",
		want: []meetingWant{{title: "令和7年度第1回 南丘市文化振興審議会 会議結果", body: "南丘市文化振興審議会", fy: 2025, session: 1, date: "2025-06-03", start: "14:00", end: "15:00",
			place: "市民会館 第1会議室", attendees: []string{"大野会長", "北村委員"}, agenda: []string{"文化振興計画の改定について"},
			result: "事務局の説明の後、審議を行い、原案のとおり了承した。", outcome: goal.OutcomeApproved}},
	},
	{
		name: "numbered labels, value on the next line, pm carries, counts",
		in:   "第3回 北浜市総合計画審議会 会議結果\n\n1 日時\n令和6年8月21日（水曜日） 午後6時～7時30分\n\n2 場所\n市役所 大会議室\n\n3 出席者\n委員8人、事務局3人\n\n4 議題\n(1) 素案について\n(2) 指標について\n",
		want: []meetingWant{{title: "第3回 北浜市総合計画審議会 会議結果", body: "北浜市総合計画審議会", session: 3, date: "2024-08-21", start: "18:00", end: "19:30",
			place: "市役所 大会議室", count: 8, agenda: []string{"素案について", "指標について"},
			fields: []Field{{Label: MeetingStaff, Value: "事務局3人", Line: 10}}}},
	},
	{
		name: "spaced labels with colons, noon, synonyms",
		in:   "令和5年度第2回 緑ヶ丘市環境審議会 会議録（要旨）\n\n日　時：令和5年11月7日（火）午前10時から正午まで\n会　場：環境センター 研修室\n出席委員：山本会長、中村副会長\n案　件：\n・見直しについて\n決定事項：見直し案は、原案のとおり了承された。\n",
		want: []meetingWant{{title: "令和5年度第2回 緑ヶ丘市環境審議会 会議録（要旨）", body: "緑ヶ丘市環境審議会", fy: 2023, session: 2, date: "2023-11-07", start: "10:00", end: "12:00",
			place: "環境センター 研修室", attendees: []string{"山本会長", "中村副会長"}, agenda: []string{"見直しについて"},
			result: "見直し案は、原案のとおり了承された。", outcome: goal.OutcomeApproved}},
	},
	{
		name: "label lines then values, 24-hour clock, 次第 without procedure",
		in:   "第1回 地域公共交通会議 結果概要\n\n開催日時\n令和6年7月3日（水）13:30～15:00\n\n開催場所\n公民館 講堂\n\n出席委員\n12名（欠席3名）\n\n次第\n1. 開会\n2. 協議事項 路線再編について\n3. 閉会\n",
		want: []meetingWant{{title: "第1回 地域公共交通会議 結果概要", body: "地域公共交通会議", session: 1, date: "2024-07-03", start: "13:30", end: "15:00",
			place: "公民館 講堂", count: 12, agenda: []string{"路線再編について"}}},
	},
	{
		name: "two meetings on one page",
		in:   "会議結果（令和6年5月開催分）\n\n■第1回 子ども・子育て会議\n【日時】令和6年5月9日（木）午後2時～午後4時\n【場所】301会議室\n【結果】了承した。\n\n■第2回 男女共同参画推進懇話会\n【日時】令和6年5月27日（月）午後1時30分～3時\n【場所】研修室A\n【結果】報告のとおり了知した。\n",
		want: []meetingWant{
			{title: "第1回 子ども・子育て会議", body: "子ども・子育て会議", session: 1, date: "2024-05-09", start: "14:00", end: "16:00", place: "301会議室",
				result: "了承した。", outcome: goal.OutcomeApproved},
			{title: "第2回 男女共同参画推進懇話会", body: "男女共同参画推進懇話会", session: 2, date: "2024-05-27", start: "13:30", end: "15:00", place: "研修室A",
				result: "報告のとおり了知した。", outcome: goal.OutcomeNoted},
		},
	},
	{
		name: "end before start is a problem, not a value; result on the label's own line is kept",
		in:   "第4回 行政改革推進委員会 会議結果概要\n【日 時】 令和５年２月１６日（木）午後３時～午後２時\n【場 所】 第２委員会室\n＜結果＞\n原案のとおり了承\n",
		want: []meetingWant{{title: "第4回 行政改革推進委員会 会議結果概要", body: "行政改革推進委員会", session: 4, date: "2023-02-16",
			place: "第２委員会室", result: "原案のとおり了承", outcome: goal.OutcomeApproved, problems: []string{"令和５年２月１６日（木）午後３時～午後２時"}}},
	},
	{
		name: "labels with spaces and no colon, a count in the label, two agenda items on one line",
		in:   "第２回 健康づくり推進協議会 議事要旨\n\n日 時　令和６年５月９日（木） 午前１０時～１１時３０分\n場 所　保健センター ３階 大会議室\n出席委員（８名）　山田委員、佐藤委員\n議 題　（１）計画の進捗について　（２）その他\n",
		want: []meetingWant{{title: "第２回 健康づくり推進協議会 議事要旨", body: "健康づくり推進協議会", session: 2, date: "2024-05-09", start: "10:00", end: "11:30",
			place: "保健センター ３階 大会議室", attendees: []string{"山田委員", "佐藤委員"}, count: 8, agenda: []string{"計画の進捗について"}}},
	},
	{
		name: "numbered labels with wide spaces, which the reader takes for aligned columns",
		in:   "第2回 景観審議会 会議概要\n\n（1）日　時　令和5年3月2日（木）午前9時30分～午前11時\n（2）場　所　本庁舎4階 第3会議室\n（3）出席者　委員7人\n",
		want: []meetingWant{{title: "第2回 景観審議会 会議概要", body: "景観審議会", session: 2, date: "2023-03-02", start: "09:30", end: "11:00",
			place: "本庁舎4階 第3会議室", count: 7}},
	},
	{
		name: "two agenda items on one line after a comma, 24-hour times with 時",
		in:   "第1回 文化振興会議\n日時：令和6年5月9日 14時～15時30分\n議題：(1)予算について、(2)条例について\n",
		want: []meetingWant{{title: "第1回 文化振興会議", body: "文化振興会議", session: 1, date: "2024-05-09", start: "14:00", end: "15:30",
			agenda: []string{"予算について", "条例について"}}},
	},
	{
		name: "a table of labels and values",
		in:   "| 会議名 | 第1回 交通安全対策会議 |\n| 日時 | 令和6年4月22日（月） 10:00～11:00 |\n| 場所 | 市役所 第2会議室 |\n| 出席者 | 委員9名 |\n| 議題 | 交通安全計画について |\n| 結果 | 原案どおり承認 |\n",
		want: []meetingWant{{title: "第1回 交通安全対策会議", body: "交通安全対策会議", session: 1, date: "2024-04-22", start: "10:00", end: "11:00",
			place: "市役所 第2会議室", count: 9, agenda: []string{"交通安全計画について"}, result: "原案どおり承認", outcome: goal.OutcomeApproved}},
	},
	{
		name: "date only in the title, minutes' speaker lines are opinions",
		in:   "令和6年7月18日開催 第12回 公園緑地審議会\n場所：研修室\n議事\n(1) 再整備計画について\n○会長　本日の議事に入ります。\n○委員　空き店舗の活用を進めてほしい。\n",
		want: []meetingWant{{title: "令和6年7月18日開催 第12回 公園緑地審議会", body: "公園緑地審議会", session: 12, date: "2024-07-18", place: "研修室",
			agenda: []string{"再整備計画について"}, opinions: []string{"会長 本日の議事に入ります。", "委員 空き店舗の活用を進めてほしい。"}}},
	},
	{
		name: "a session number too large is a problem, not a value",
		in:   "第99999999999999999999回 審議会 会議録\n【日時】令和6年5月9日 午後2時～3時\n【場所】会議室\n",
		want: []meetingWant{{title: "第99999999999999999999回 審議会 会議録", body: "審議会", date: "2024-05-09", start: "14:00", end: "15:00", place: "会議室",
			problems: []string{"第99999999999999999999回 審議会 会議録"}}},
	},
	{
		name: "attendee count: members by role, secretariat and public not counted, totals in brackets",
		in: "第2回 南町環境審議会 会議概要\n\n1 日時\n令和6年10月3日（木） 午前10時～正午\n\n2 場所\n南町役場 第3会議室\n\n3 出席者\n" +
			"委員：青山 春香、石井 透、上田 和也（3名）\n事務局：環境課長 森田 修、環境課 小川 奈央（2名）\n傍聴者：5名\n",
		want: []meetingWant{{title: "第2回 南町環境審議会 会議概要", body: "南町環境審議会", session: 2, date: "2024-10-03", start: "10:00", end: "12:00",
			place: "南町役場 第3会議室", attendees: []string{"青山 春香", "石井 透", "上田 和也"}, count: 3,
			fields: []Field{{Label: MeetingStaff, Value: "環境課長 森田 修、環境課 小川 奈央（2名）", Line: 11}, {Label: "傍聴者", Value: "5名", Line: 12}}}},
	},
	{
		name: "attendee count: committee's secretariat is staff, a chair without a count is one member, a count without a role counts",
		in:   "第4回 西町交通会議\n日時：令和6年2月1日 14時～15時\n出席者：会長、委員6名、委員会事務局2名\n欠席者：2名\n",
		want: []meetingWant{{title: "第4回 西町交通会議", body: "西町交通会議", session: 4, date: "2024-02-01", start: "14:00", end: "15:00",
			attendees: []string{"会長"}, count: 7,
			fields: []Field{{Label: MeetingStaff, Value: "委員会事務局2名", Line: 3}, {Label: "欠席者", Value: "2名", Line: 4}}}},
	},
	{
		name: "a numbered heading that is no label ends the agenda; its text is the record",
		in:   "第1回 東町文化振興会議\n\n1 日時\n令和6年5月9日 午後2時～3時30分\n\n2 議題\n(1) 文化振興計画の進捗について\n\n3 会議の要旨\n事務局から資料に基づき説明した。\n\n4 結果\n報告のとおり了承された。\n\n5 今後の予定\n次回は11月に開催する。\n",
		want: []meetingWant{{title: "第1回 東町文化振興会議", body: "東町文化振興会議", session: 1, date: "2024-05-09", start: "14:00", end: "15:30",
			agenda: []string{"文化振興計画の進捗について"}, opinions: []string{"事務局から資料に基づき説明した。"}, result: "報告のとおり了承された。",
			outcome: goal.OutcomeNoted, fields: []Field{{Label: "今後の予定", Value: "次回は11月に開催する。", Line: 15}}}},
	},
	{
		name: "groups with counts under bullets, value lines that look numbered, 公開 a value, 会議録（概要） the record",
		in: "第1回 北浦市図書館協議会の結果について\n\n1 開催日時\n令和6年7月10日（水曜日）14時から16時20分\n2 出席者\n・北浦市図書館協議会委員：6名\n　会長：木下 和彦\n・図書館職員：5名\n・事務局：2名\n" +
			"3 会議の公開・非公開\n公開\n4 傍聴者数\n2名\n5 会議録（概要）\n事務局から事業実績を報告した。\n",
		want: []meetingWant{{title: "第1回 北浦市図書館協議会の結果について", body: "北浦市図書館協議会", session: 1, date: "2024-07-10", start: "14:00", end: "16:20",
			attendees: []string{"木下 和彦"}, count: 6,
			fields: []Field{{Label: MeetingStaff, Value: "図書館職員：5名", Line: 8}, {Label: MeetingStaff, Value: "事務局：2名", Line: 9},
				{Label: "公開・非公開", Value: "公開", Line: 10}, {Label: "傍聴者", Value: "2名", Line: 12}},
			opinions: []string{"事務局から事業実績を報告した。"}}},
	},
	{
		name: "a table of labels: 会議名 over a title that only names the record, a remark's ほか is no extra person, agenda numbered 1 … 2 … in one cell",
		in: "会議録\n\n| 会議名 | 令和6年度第3回東谷市都市計画審議会 |\n| 開催日時 | 令和6年11月14日（木）午後1時30分～3時 |\n| 出席者 | 委員9人（会長 田中 健一ほか8人）、事務局 都市計画課 4人 |\n" +
			"| 議題 | 1 生産緑地地区の変更について 2 用途地域の見直し方針について |\n",
		want: []meetingWant{{title: "令和6年度第3回東谷市都市計画審議会", body: "東谷市都市計画審議会", fy: 2024, session: 3, date: "2024-11-14", start: "13:30", end: "15:00",
			attendees: []string{"会長 田中 健一"}, count: 9,
			agenda: []string{"生産緑地地区の変更について", "用途地域の見直し方針について"},
			fields: []Field{{Label: "見出し", Value: "会議録", Line: 1}, {Label: MeetingStaff, Value: "事務局 都市計画課 4人", Line: 5}}}},
	},
	{
		name: "館長ほか2名 is three; a year in an agenda item is no item number",
		in:   "第2回 博物館協議会\n日時：令和6年3月5日 10時～11時\n出席者：館長ほか2名\n議題：1 2025年度の企画展について\n",
		want: []meetingWant{{title: "第2回 博物館協議会", body: "博物館協議会", session: 2, date: "2024-03-05", start: "10:00", end: "11:00",
			attendees: []string{"館長ほか2名"}, count: 3, agenda: []string{"2025年度の企画展について"}}},
	},
	{
		name: "the only number in brackets is the session, the body before it; 閉会 in a 次第 ends nothing; speaker lines are opinions",
		in: "南川町総合計画審議会（第2回）議事録\n\n日　時　令和5年10月26日（木）午後7時00分～午後8時45分\n出席委員（８名）　森本会長、川口副会長\n\n次　第\n１　開会\n２　議事\n（１）基本構想（素案）について\n３　閉会\n\n" +
			"○会長　ただいまから会議を開きます。\n○委員　人口目標の考え方を示してほしい。\n",
		want: []meetingWant{{title: "南川町総合計画審議会（第2回）議事録", body: "南川町総合計画審議会", session: 2, date: "2023-10-26", start: "19:00", end: "20:45",
			attendees: []string{"森本会長", "川口副会長"}, count: 8, agenda: []string{"基本構想（素案）について"},
			opinions: []string{"会長 ただいまから会議を開きます。", "委員 人口目標の考え方を示してほしい。"}}},
	},
	{
		name: "ideographic spaces and full-width digits: 第　２　回 is session 2, 委員　８名 counts eight and names no one (the fold keeps U+3000; the loader reads it as a space)",
		in:   "第　２　回　西野市環境審議会\n日時：令和6年8月1日　午後2時～3時\n出席者：委員　８名\n",
		want: []meetingWant{{title: "第 ２ 回 西野市環境審議会", body: "西野市環境審議会", session: 2, date: "2024-08-01", start: "14:00", end: "15:00",
			attendees: []string{}, count: 8}},
	},
	{
		name: "numbered labels set off by ideographic spaces (１　開催日時　…) are fields, not a table of three columns",
		in:   "第3回 東浜市環境審議会 会議録\n１　開催日時　令和7年1月20日（月）14時00分～15時30分\n２　開催場所　東浜市役所 第1会議室\n",
		want: []meetingWant{{title: "第3回 東浜市環境審議会 会議録", body: "東浜市環境審議会", session: 3, date: "2025-01-20", start: "14:00", end: "15:30",
			place: "東浜市役所 第1会議室"}},
	},
	{
		name: "members in columns with spaced roles (会　長　名　　副会長　名); 委　員 lines stay in their list; the absent list's members are no attendees",
		in: "第1回 東浜市景観審議会 会議録\n１　開催日時　令和7年1月20日（月）14時00分～15時30分\n２　出席委員（4名）\n" +
			"　　会　長　今井 恭子　　副会長　大西 実\n　　委　員　岡 健太\n　　委　員　北村 光\n３　欠席委員（1名）\n　　委　員　小池 亮\n",
		want: []meetingWant{{title: "第1回 東浜市景観審議会 会議録", body: "東浜市景観審議会", session: 1, date: "2025-01-20", start: "14:00", end: "15:30",
			attendees: []string{"会長 今井 恭子", "副会長 大西 実", "委員 岡健太", "委員 北村光"}, count: 4,
			fields: []Field{{Label: MeetingAbsent, Value: "委 員 小池 亮", Line: 7}}}},
	},
	{
		name: "no result field: the record's last sentence stating an outcome as done is the result",
		in:   "第2回 東浜市景観審議会 会議録\n日時：令和7年2月3日 14時00分～15時00分\n議題：景観計画の変更について\n会議の経過\n○会長　意見がなければ採決する。\n○会長　景観計画の変更は原案のとおり承認された。\n",
		want: []meetingWant{{title: "第2回 東浜市景観審議会 会議録", body: "東浜市景観審議会", session: 2, date: "2025-02-03", start: "14:00", end: "15:00",
			agenda: []string{"景観計画の変更について"}, result: "景観計画の変更は原案のとおり承認された。", outcome: goal.OutcomeApproved,
			opinions: []string{"会長 意見がなければ採決する。", "会長 景観計画の変更は原案のとおり承認された。"}}},
	},
	{
		name: "a full-width total in brackets at the end of the attendees (（１２名）) is the count",
		in:   "第2回 西野市環境審議会\n日時：令和6年8月1日 午後2時～3時\n出席者：山田委員、佐藤委員ほか（１２名）\n",
		want: []meetingWant{{title: "第2回 西野市環境審議会", body: "西野市環境審議会", session: 2, date: "2024-08-01", start: "14:00", end: "15:00",
			attendees: []string{"山田委員", "佐藤委員ほか"}, count: 12}},
	},
	{
		name: "会議要旨 is the record's suffix",
		in:   "令和6年度 第1回 東丘市男女共同参画推進会議 会議要旨\n■日時：令和6年6月18日（火）午前10時から正午まで\n■出席者：委員10名（うちオンライン3名）、事務局3名\n",
		want: []meetingWant{{title: "令和6年度 第1回 東丘市男女共同参画推進会議 会議要旨", body: "東丘市男女共同参画推進会議", fy: 2024, session: 1, date: "2024-06-18", start: "10:00", end: "12:00",
			count:  10,
			fields: []Field{{Label: MeetingStaff, Value: "事務局3名", Line: 3}}}},
	},
	{
		name: "meetings titled only 第N回 take body and fiscal year from the page heading",
		in:   "北原市地域公共交通会議の開催結果（令和6年度）\n\n■第1回\n日時：令和6年5月20日（月）午後2時～3時30分\n出席者：委員15名\n\n■第2回\n日時：令和6年10月8日（火）午前10時～11時\n結果：継続審議\n",
		want: []meetingWant{
			{title: "第1回", body: "北原市地域公共交通会議", fy: 2024, session: 1, date: "2024-05-20", start: "14:00", end: "15:30", count: 15},
			{title: "第2回", body: "北原市地域公共交通会議", fy: 2024, session: 2, date: "2024-10-08", start: "10:00", end: "11:00", result: "継続審議", outcome: goal.OutcomeContinued},
		},
	},
	{
		name: "title from the page heading when no line names a meeting body",
		in:   "ホーム > 市政情報 > 会議\n令和6年度 北山市まちづくり市民ネットワーク 開催結果\n\n【日時】令和6年9月1日（日）午後2時～4時\n【場所】北山市民センター 多目的室\n【参加者】市民18名、事務局4名\n",
		want: []meetingWant{{title: "令和6年度 北山市まちづくり市民ネットワーク 開催結果", fy: 2024, date: "2024-09-01", start: "14:00", end: "16:00",
			place: "北山市民センター 多目的室", count: 18,
			fields: []Field{{Label: MeetingStaff, Value: "事務局4名", Line: 6}}}},
	},
	{
		name: "assessments of indicators in the record, attached to the meeting",
		in: "第3回 緑町総合計画審議会 会議結果\n【日時】令和5年11月2日 午前10時～11時\n【主な意見】\n" +
			"「地域への愛着」の指標は目標値に達しなかったものの上昇している。\n「防災訓練参加率」は低下しており、令和4年度は18.5％であった。\n",
		want: []meetingWant{{title: "第3回 緑町総合計画審議会 会議結果", body: "緑町総合計画審議会", session: 3, date: "2023-11-02", start: "10:00", end: "11:00",
			opinions:    []string{"「地域への愛着」の指標は目標値に達しなかったものの上昇している。", "「防災訓練参加率」は低下しており、令和4年度は18.5％であった。"},
			assessments: []string{"地域への愛着 not_reached up -", "防災訓練参加率 unset down 18.5/2022"}}},
	},
	{
		name: "box-drawn particulars: two pairs in a row, values over lines, 開会 and 閉会 around the date, 説明員 a staff field",
		in: "第2回 西原町景観審議会 会議録\n" +
			"┌────┬────────────┬────┬────────┐\n" +
			"│日  時│開会 午後1時30分       │場  所│西原町役場   │\n" +
			"│    │令和6年7月9日（火）    │    │2階 会議室A  │\n" +
			"│    │閉会 午後3時        │    │        │\n" +
			"├────┼────────────┴────┴────────┤\n" +
			"│出席委員│青木会長、井上委員、        │\n" +
			"│    │江藤委員               │\n" +
			"├────┼──────────────────────────┤\n" +
			"│説明員 │都市整備課長、同課主査        │\n" +
			"├────┼──────────────────────────┤\n" +
			"│議  題│(1) 景観計画の変更について     │\n" +
			"│    │(2) その他             │\n" +
			"├────┼──────────────────────────┤\n" +
			"│結  果│原案のとおり承認された。      │\n" +
			"└────┴──────────────────────────┘\n",
		want: []meetingWant{{title: "第2回 西原町景観審議会 会議録", body: "西原町景観審議会", session: 2, date: "2024-07-09", start: "13:30", end: "15:00",
			place: "西原町役場 2階 会議室A", attendees: []string{"青木会長", "井上委員", "江藤委員"}, agenda: []string{"景観計画の変更について"},
			result: "原案のとおり承認された。", outcome: goal.OutcomeApproved,
			fields: []Field{{Label: MeetingStaff, Value: "都市整備課長、同課主査", Line: 10}}}},
	},
	{
		name: "staff labels are fields, not attendees; a speaker's lines under 結果 are discussion, not the result or its outcome",
		in: "令和6年度第1回 北丘市防災会議 会議要旨\n日時：令和6年6月4日（火）午前10時～11時\n場所：北丘市役所 防災センター\n" +
			"出席委員：◎上原会長、川村委員、佐野委員\n説明のため出席した者：危機管理課長、危機管理課係長\n関係職員：消防本部警防課長\n" +
			"議題：地域防災計画の修正について\n結果：\n○上原会長　原案のとおり了承してよろしいか。\n○川村委員　異議なし。\n",
		want: []meetingWant{{title: "令和6年度第1回 北丘市防災会議 会議要旨", body: "北丘市防災会議", fy: 2024, session: 1, date: "2024-06-04", start: "10:00", end: "11:00",
			place: "北丘市役所 防災センター", attendees: []string{"上原会長", "川村委員", "佐野委員"}, agenda: []string{"地域防災計画の修正について"},
			fields:   []Field{{Label: MeetingStaff, Value: "危機管理課長、危機管理課係長", Line: 5}, {Label: MeetingStaff, Value: "消防本部警防課長", Line: 6}},
			opinions: []string{"上原会長 原案のとおり了承してよろしいか。", "川村委員 異議なし。"}}},
	},
	{
		name: "〇-marked labels, a grid of roles and spaced names, the record's 開議 and 閉会 lines give the times",
		in: "南谷町議会 総務常任委員会 会議録\n〇招集日時　令和6年3月11日（月）\n〇招集場所　第1委員会室\n〇出席委員（３人）\n" +
			"　委員長　大 西 健　　副委員長　小 田 明 美\n　委　員　高 木 誠 一\n〇説明のため出席した者\n　総務課長　中 川 豊\n" +
			"　　　午前10時00分　開議\n〇大西委員長　ただいまから委員会を開きます。\n　　　午前10時40分　閉会\n",
		want: []meetingWant{{title: "南谷町議会 総務常任委員会 会議録", body: "南谷町議会 総務常任委員会", date: "2024-03-11", start: "10:00", end: "10:40",
			place: "第1委員会室", attendees: []string{"委員長 大西健", "副委員長 小田明美", "委員 高木誠一"}, count: 3,
			fields:   []Field{{Label: MeetingStaff, Value: "総務課長 中 川 豊", Line: 7}},
			opinions: []string{"大西委員長 ただいまから委員会を開きます。"}}},
	},
	{
		name: "marked items of a result are no speakers: their outcome is read",
		in:   "第1回 東町交通会議\n日時：令和6年5月9日 午後2時～3時\n結果：\n○議題1　原案のとおり承認\n○議題2　原案のとおり承認\n",
		want: []meetingWant{{title: "第1回 東町交通会議", body: "東町交通会議", session: 1, date: "2024-05-09", start: "14:00", end: "15:00",
			result: "○議題1 原案のとおり承認\n○議題2 原案のとおり承認", outcome: goal.OutcomeApproved}},
	},
	{
		name: "sub-labels of an attendee list in brackets or spaced without a colon; 議事要旨 is the record; an amendment clause qualifies the approval",
		in: "北川市社会教育委員会議 会議録\n日　時　令和5年2月14日（火）午後2時00分から午後3時30分まで\n出席者\n（委員）奥田議長、谷口副議長\n" +
			"委　員　堤委員、西田委員\n（事務局）生涯学習課長、同課係長\n議事要旨\n○奥田議長　議事に入ります。\n決定事項\n素案は、一部修正の上、了承された。\n",
		want: []meetingWant{{title: "北川市社会教育委員会議 会議録", body: "北川市社会教育委員会議", date: "2023-02-14", start: "14:00", end: "15:30",
			attendees: []string{"奥田議長", "谷口副議長", "堤委員", "西田委員"}, result: "素案は、一部修正の上、了承された。", outcome: goal.OutcomeApprovedAmended,
			fields:   []Field{{Label: MeetingStaff, Value: "（事務局）生涯学習課長、同課係長", Line: 6}},
			opinions: []string{"奥田議長 議事に入ります。"}}},
	},
	{
		name: "a pipe table's row with an empty label cell continues the field above; a speaker named in brackets",
		in: "第5回 西町都市計画審議会 会議録\n| 日時 | 令和6年2月8日（木）午前10時～正午 |\n| 場所 | 西町役場 大会議室 |\n" +
			"| 出席委員 | 松本会長、森委員、 |\n|  | 林委員、池田委員 |\n| 結果 | 原案のとおり可決すべきものと決定した。 |\n" +
			"○会長（松本）それでは閉会します。\n",
		want: []meetingWant{{title: "第5回 西町都市計画審議会 会議録", body: "西町都市計画審議会", session: 5, date: "2024-02-08", start: "10:00", end: "12:00",
			place: "西町役場 大会議室", attendees: []string{"松本会長", "森委員", "林委員", "池田委員"},
			result: "原案のとおり可決すべきものと決定した。", outcome: goal.OutcomeApproved,
			opinions: []string{"会長（松本）それでは閉会します。"}}},
	},
	{
		name: "spaced names without a role between them are not separable: problems, not attendees; a line spaced character by character is no label",
		in:   "見浜市議会総務委員会会議録\n〇招集日時　令和5年12月12日　午前10時\n〇出席委員（４人）\n木 原 大 輔 重 信 元 子\n大 坪 正 幸 関 三 郎\n〇事務局職員出席者\n事 務 局 長 田 伏 智\n",
		want: []meetingWant{{title: "見浜市議会総務委員会会議録", body: "見浜市議会総務委員会", date: "2023-12-12", start: "10:00", count: 4,
			problems: []string{"木 原 大 輔 重 信 元 子", "大 坪 正 幸 関 三 郎"},
			fields:   []Field{{Label: MeetingStaff, Value: "事 務 局 長 田 伏 智", Line: 6}}}},
	},
	{
		name: "members separated by wide spaces when every word ends with a role; a name with a space stays one",
		in:   "第2回 南浜町景観懇話会\n日時：令和6年9月3日 午後2時～3時\n出席委員：野村会長　平井副会長　岡本委員\n欠席委員：なし\n傍聴者：山口 太郎\n",
		want: []meetingWant{{title: "第2回 南浜町景観懇話会", body: "南浜町景観懇話会", session: 2, date: "2024-09-03", start: "14:00", end: "15:00",
			attendees: []string{"野村会長", "平井副会長", "岡本委員"},
			fields:    []Field{{Label: MeetingAbsent, Value: "なし", Line: 4}, {Label: "傍聴者", Value: "山口 太郎", Line: 5}}}},
	},
	{
		name: "a name with a space under 出席者 stays one attendee",
		in:   "第3回 南浜町景観懇話会\n日時：令和6年10月3日 午後2時～3時\n出席者：山口 太郎、川上 花子\n",
		want: []meetingWant{{title: "第3回 南浜町景観懇話会", body: "南浜町景観懇話会", session: 3, date: "2024-10-03", start: "14:00", end: "15:00",
			attendees: []string{"山口 太郎", "川上 花子"}}},
	},
	{
		name: "speakers named by a title and a colon without a mark are discussion, not the result",
		in: "第4回 東浜市環境審議会 会議録\n日時：令和6年12月2日 午後2時～3時\n結果：継続審議とした。\n" +
			"会長（相馬君）：原案のとおり承認することに異議ありませんか。\n本間君：異議あり。\n",
		want: []meetingWant{{title: "第4回 東浜市環境審議会 会議録", body: "東浜市環境審議会", session: 4, date: "2024-12-02", start: "14:00", end: "15:00",
			result: "継続審議とした。", outcome: goal.OutcomeContinued,
			opinions: []string{"会長（相馬君）：原案のとおり承認することに異議ありませんか。", "本間君：異議あり。"}}},
	},
	{
		name: "a time label beside the date label fills the time and starts no meeting; 自 … 至 …",
		in:   "第1回 北浜市子ども会議\n開催日：令和6年8月1日（木）\n会議時間：自 13:30 至 15:16\n会場：北浜市役所 会議室\n",
		want: []meetingWant{{title: "第1回 北浜市子ども会議", body: "北浜市子ども会議", session: 1, date: "2024-08-01", start: "13:30", end: "15:16",
			place: "北浜市役所 会議室"}},
	},
	{
		name: "a question after 委員 is a line of minutes, not a list of attendees",
		in:   "第6回 北浜市交通会議\n日時：令和6年9月9日 午後2時～3時\n出席者：山本会長、川上委員\n主な意見\n委員　運賃の見直しはいつ決まるのか？\n事務局　年度内に示したい。\n",
		want: []meetingWant{{title: "第6回 北浜市交通会議", body: "北浜市交通会議", session: 6, date: "2024-09-09", start: "14:00", end: "15:00",
			attendees: []string{"山本会長", "川上委員"}, opinions: []string{"委員 運賃の見直しはいつ決まるのか？", "事務局 年度内に示したい。"}}},
	},
	{
		name: "N名中M名出席 counts those present and names no one",
		in:   "第1回 南町防災会議\n日時：令和6年5月9日 午後2時～3時\n出席者：委員８名中６名出席\n",
		want: []meetingWant{{title: "第1回 南町防災会議", body: "南町防災会議", session: 1, date: "2024-05-09", start: "14:00", end: "15:00", count: 6}},
	},
}

func TestLoadMeetings(t *testing.T) {
	for _, tt := range meetingTests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := LoadMeetings(strings.NewReader(tt.in))
			require.NoError(t, err)
			require.Len(t, ms, len(tt.want))
			for i, w := range tt.want {
				m := ms[i]
				assert.Equal(t, w.title, m.Title, "title")
				assert.Equal(t, w.body, m.Body, "body")
				assert.Equal(t, goal.FiscalYear(w.fy), m.FiscalYear, "fiscal year")
				assert.Equal(t, w.session, m.Session, "session")
				assert.Equal(t, w.overall, m.Overall, "overall")
				assert.Equal(t, w.date, m.Date.String(), "date")
				assert.Equal(t, w.start, m.Start.String(), "start")
				assert.Equal(t, w.end, m.End.String(), "end")
				assert.Equal(t, w.place, m.Place, "place")
				if w.attendees == nil {
					w.attendees = []string{}
				}
				assert.Equal(t, w.attendees, m.Attendees, "attendees")
				assert.Equal(t, w.count, m.AttendeeCount, "attendee count")
				if w.agenda == nil {
					w.agenda = []string{}
				}
				assert.Equal(t, w.agenda, m.Agenda, "agenda")
				assert.Equal(t, w.result, m.Result, "result")
				assert.Equal(t, w.outcome, m.Outcome, "outcome")
				var problems []string
				for _, u := range m.Unread {
					if u.Problem != "" {
						problems = append(problems, u.Text)
					}
				}
				assert.Equal(t, w.problems, problems, "problems")
				assert.Equal(t, w.fields, m.Fields, "fields")
				var ops []string
				for _, o := range m.Opinions {
					ops = append(ops, o.Text)
				}
				assert.Equal(t, w.opinions, ops, "opinions")
				var as []string
				for _, a := range m.Assessments {
					actual := "-"
					if a.Actual != nil {
						actual = fmt.Sprintf("%v/%s", a.Actual.Value, a.Actual.Year)
					}
					reached := "unset"
					if a.Reached != goal.AttainmentUnset {
						reached = a.Reached.String()
					}
					as = append(as, fmt.Sprintf("%s %s %s %s", a.Indicator, reached, a.Trend, actual))
					assert.Equal(t, a.Text, tt.in[a.Span.Start:a.Span.End], "assessment span")
				}
				assert.Equal(t, w.assessments, as, "assessments")
			}
		})
	}
}

// meetingTest returns the input of the meetingTests row named name.
func meetingTest(t *testing.T, name string) string {
	t.Helper()
	for _, tc := range meetingTests {
		if tc.name == name {
			return tc.in
		}
	}
	t.Fatalf("no meeting test %q", name)
	return ""
}

func TestLoadMeetingSeveral(t *testing.T) {
	_, err := LoadMeeting(strings.NewReader(meetingTest(t, "two meetings on one page")))
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrSeveralMeetings))
	m, err := LoadMeeting(strings.NewReader(meetingTests[0].in))
	require.NoError(t, err)
	assert.Equal(t, "政策会議室", m.Place)
}

func TestLoadMeetingErrors(t *testing.T) {
	_, err := LoadMeetings(strings.NewReader("こんにちは。\n"))
	assert.True(t, errors.Is(err, parse.ErrNoContent), "%v", err)
	_, err = LoadMeetings(strings.NewReader("\xff\xfe\x00"))
	assert.Error(t, err)
	_, err = LoadMeetings(nil)
	assert.True(t, errors.Is(err, parse.ErrRead), "%v", err)
	_, err = LoadMeetings(strings.NewReader("x"), WithMaxDocument(0))
	assert.Error(t, err)
}

func TestMeetingLabelsExtend(t *testing.T) {
	in := "第1回 景観審議会\n【開催年月日】令和6年5月9日 午後2時～3時\n【会議室名】第1会議室\n"
	ms, err := LoadMeetings(strings.NewReader(in))
	if err == nil {
		assert.Empty(t, ms[0].Place, "an unknown label is not a place")
	}
	ms, err = LoadMeetings(strings.NewReader(in), WithMeetingLabels(
		docLabel(MeetingDate, "開催年月日"), docLabel(MeetingPlace, "会議室名")))
	require.NoError(t, err)
	assert.Equal(t, "2024-05-09", ms[0].Date.String())
	assert.Equal(t, "第1会議室", ms[0].Place)
}

func TestAttendeeRolesExtend(t *testing.T) {
	in := "第1回 南町防災会議\n日時：令和6年5月9日 午後2時～3時\n出席者：専門部会員5名、市職員3名\n"
	tests := []struct {
		name  string
		opts  []Option
		count int
	}{
		{name: "unknown role counts, staff does not", count: 5},
		{name: "a caller's role not counted", opts: []Option{WithAttendeeRoles(AttendeeRole{Word: "専門部会員"})}, count: 0},
		{name: "a caller's longer word decides over a default in it", opts: []Option{WithAttendeeRoles(AttendeeRole{Word: "市職員", Counted: true})}, count: 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := LoadMeeting(strings.NewReader(in), tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.count, m.AttendeeCount)
			// both entries are counts, not names: no attendee; the staff
			// count is kept as a field
			assert.Equal(t, []string{}, m.Attendees)
		})
	}
	_, err := LoadMeeting(strings.NewReader(in), WithAttendeeRoles(AttendeeRole{}))
	assert.Error(t, err)
	assert.Equal(t, len(defaultAttendeeRoles), len(DefaultAttendeeRoles()))
}

func TestMeetingOutcome(t *testing.T) {
	for _, tt := range []struct {
		name, result string
		want         goal.MeetingOutcome
	}{
		{"approved as proposed", "原案のとおり承認された。", goal.OutcomeApproved},
		{"amended in a later clause", "委員の意見を踏まえ、修正のうえ了承された。", goal.OutcomeApprovedAmended},
		{"noted before approved in one clause", "報告のとおり了承された。", goal.OutcomeNoted},
		{"the same outcome for two items", "議題1は可決、議題2も原案のとおり可決した。", goal.OutcomeApproved},
		{"different outcomes for different items state none", "議題1は原案のとおり可決、議題2は継続審議とした。", goal.OutcomeUnset},
		{"no outcome word", "次回は11月に開催する。", goal.OutcomeUnset},
		{"not approved is no outcome", "採決の結果、賛成少数で可決されなかった。", goal.OutcomeUnset},
		{"不承認 holds 承認 but is none", "本件は不承認とした。", goal.OutcomeUnset},
		{"rejected", "賛成少数により否決された。", goal.OutcomeUnset},
		{"approved alone", "承認された。", goal.OutcomeApproved},
		{"noted in a later clause", "事務局から報告があり、委員はこれを了知した。", goal.OutcomeNoted},
		{"did not approve", "委員会は了承しなかった。", goal.OutcomeUnset},
		{"no conclusion reached", "結論には至らなかったが了承の方向で一致した。", goal.OutcomeUnset},
		{"an amendment written 修正の上", "意見を踏まえて修正の上、了承された。", goal.OutcomeApprovedAmended},
		{"an amendment written 修正を加えたうえで", "素案は、修正を加えたうえで了承された。", goal.OutcomeApprovedAmended},
		{"an amendment written 修正を加えた上で", "計画案は修正を加えた上で承認された。", goal.OutcomeApprovedAmended},
		{"an amendment in its own clause qualifies the approval after it", "地区計画の素案は、一部修正の上、了承された。", goal.OutcomeApprovedAmended},
		{"an amendment of one item, another item continued", "議題1は一部修正の上、了承された。議題2は継続審議とした。", goal.OutcomeUnset},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, outcomeOf(tt.result, defaultOutcomeWords))
		})
	}
}
