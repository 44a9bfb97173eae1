package load

import (
	"slices"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse/doc"
)

// The canonical meeting fields. A label's Name is one of these; its
// Synonyms are the ways summaries write it. A label with another Name is
// kept in Meeting.Fields as written.
const (
	MeetingDate  = "日時" // date and time
	MeetingPlace = "場所" // place
	// MeetingTime is a label of the time alone, beside a 開催日 of the date
	// (開催時間, 会議時間): it fills the time, and starts no meeting.
	MeetingTime      = "時間"
	MeetingAttendees = "出席者"  // attendees, or their counts (委員8人)
	MeetingAbsent    = "欠席者"  // absentees
	MeetingAgenda    = "議題"   // agenda items
	MeetingResult    = "結果"   // result, decisions
	MeetingOpinions  = "意見"   // opinions (with → answers)
	MeetingProposal  = "提案説明" // the explanation of the proposal
	MeetingMaterials = "資料"   // materials handed out
	MeetingName      = "会議名"  // the meeting's name, when a label gives it
	// MeetingStaff are those present for the administration, not as
	// members: the secretariat (事務局), explainers (説明員, 説明のため出席した
	// 者) and other officials (関係職員). They are kept in Meeting.Fields
	// under this label, never in Attendees.
	MeetingStaff = "事務局"
)

var defaultMeetingLabels = []doc.Label{
	{Name: MeetingDate, Synonyms: []string{"日時", "開催日時", "開催日", "日程", "開催日程", "日付", "会議日時", "開催年月日", "とき", "招集日時", "開会日時", "開催期日"}},
	{Name: MeetingTime, Synonyms: []string{"時間", "開催時間", "会議時間", "開催時刻", "時刻"}},
	{Name: MeetingPlace, Synonyms: []string{"場所", "会場", "開催場所", "会議場所", "開催会場", "ところ", "招集場所"}},
	{Name: MeetingAttendees, Synonyms: []string{"出席者", "出席委員", "出席", "出席者数", "委員", "構成員", "参加者", "出席委員の氏名", "出席者氏名", "出席議員"}},
	{Name: MeetingStaff, Synonyms: []string{"事務局", "事務局職員", "事務局職員出席者", "出席事務局職員", "説明員", "出席説明員", "説明のため出席した者", "説明のため出席した職員", "説明者", "関係職員", "出席職員", "出席職員の職・氏名", "市側出席者", "理事者", "執行部", "所管課職員", "随行者"}},
	// members of the assembly present though not of the committee: neither
	// its members nor its staff
	{Name: "委員外出席者", Synonyms: []string{"委員外出席者", "委員外議員", "委員外出席議員"}},
	{Name: MeetingAbsent, Synonyms: []string{"欠席者", "欠席委員", "欠席"}},
	{Name: MeetingAgenda, Synonyms: []string{"議題", "案件", "次第", "議事", "会議次第", "協議事項", "報告事項", "審議事項", "内容", "会議内容", "議事内容", "テーマ", "付託案件", "審査案件", "付議案件", "会議に付した事件", "本日の会議に付した事件", "付議事件", "審査事件"}},
	{Name: MeetingResult, Synonyms: []string{"結果", "会議結果", "決定事項", "結論", "審議結果", "会議の結果", "議事結果", "まとめ", "会議の経過及び結果", "会議経過及び結果", "経過及び結果", "審議の経過及び結果", "審議経過及び結果", "議事の経過及び結果", "審査結果", "審査の結果"}},
	{Name: MeetingOpinions, Synonyms: []string{"意見等", "主な意見", "意見", "質疑", "質疑応答", "主な発言", "意見交換", "会議経過", "議事概要", "審議概要", "発言要旨", "会議の概要", "議事の概要", "審議の概要", "審議経過", "議事経過", "会議の経過", "議事の経過", "審議の経過", "審査の経過", "主な意見等", "委員からの意見", "会議の要旨", "議事の要旨", "審議の要旨", "要旨", "議事要旨", "会議要旨", "会議録（概要）", "議事録（概要）", "会議録（要旨）", "議事録（要旨）"}},
	{Name: MeetingName, Synonyms: []string{"会議名", "会議の名称", "名称", "件名", "附属機関等の名称", "審議会等の名称"}},
	{Name: MeetingProposal, Synonyms: []string{"提案説明", "説明", "提案内容"}},
	{Name: MeetingMaterials, Synonyms: []string{"会議資料", "配布資料", "資料", "配付資料"}},
	{Name: "傍聴者", Synonyms: []string{"傍聴者", "傍聴人", "傍聴", "傍聴者数"}},
	// named by its full form: 公開 alone is the value under it, not a label
	{Name: "公開・非公開", Synonyms: []string{"公開・非公開", "公開の可否", "会議の公開", "公開区分", "会議の公開・非公開", "公開又は非公開", "会議の公開又は非公開の別"}},
	{Name: "所管", Synonyms: []string{"所管課", "担当課", "問合せ先", "事務局担当"}},
}

// DefaultMeetingLabels returns a copy of the default meeting labels.
func DefaultMeetingLabels() []doc.Label {
	out := make([]doc.Label, len(defaultMeetingLabels))
	for i, l := range defaultMeetingLabels {
		out[i] = doc.Label{Name: l.Name, Synonyms: clone(l.Synonyms)}
	}
	return out
}

// WithMeetingLabels extends the meeting labels: a label whose Name is a
// canonical field (MeetingDate …) adds synonyms to it; another Name is
// kept in Meeting.Fields. Empty names are an error.
func WithMeetingLabels(labels ...doc.Label) Option {
	return func(c *Config) error {
		for _, l := range labels {
			if l.Name == "" {
				return optionError("WithMeetingLabels", "label with no name")
			}
		}
		c.meetingLabels = append(c.meetingLabels, labels...)
		return nil
	}
}

// OutcomeWord maps a phrase of a result to the outcome it states.
type OutcomeWord struct {
	Phrase  string
	Outcome goal.MeetingOutcome
}

// defaultOutcomeWords are tried in order; the first phrase found decides.
// Amended and continued come before approved: 「修正のうえ了承」 is
// approved with changes.
var defaultOutcomeWords = []OutcomeWord{
	{"修正のうえ", goal.OutcomeApprovedAmended}, {"修正の上", goal.OutcomeApprovedAmended}, {"修正を加えたうえで", goal.OutcomeApprovedAmended},
	{"修正を加えた上で", goal.OutcomeApprovedAmended},
	{"一部修正", goal.OutcomeApprovedAmended}, {"継続審議", goal.OutcomeContinued},
	{"継続して審議", goal.OutcomeContinued}, {"報告のとおり", goal.OutcomeNoted}, {"了知", goal.OutcomeNoted},
	{"原案のとおり", goal.OutcomeApproved}, {"原案どおり", goal.OutcomeApproved}, {"承認", goal.OutcomeApproved},
	{"了承", goal.OutcomeApproved}, {"可決", goal.OutcomeApproved},
}

// outcomeNegations undo an outcome phrase in its clause (不承認 holds 承認,
// 可決されなかった holds 可決): a result with one states no outcome.
var outcomeNegations = []string{"不承認", "否決", "されなかった", "しなかった", "されず", "せず", "しないこと", "得られなかった", "見送", "至らなかった", "至らず"}

// DefaultOutcomeWords returns a copy of the default outcome phrases.
func DefaultOutcomeWords() []OutcomeWord { return append([]OutcomeWord(nil), defaultOutcomeWords...) }

// meetingTitleWords make a short line a meeting's title: it names a body
// that meets or a record of a meeting.
var meetingTitleWords = []string{"会議", "審議会", "委員会", "懇話会", "懇談会", "協議会", "検討会", "部会", "分科会", "研究会", "連絡会", "会議録", "議事録", "結果概要", "会議概要", "要旨", "定例会", "ワークショップ", "フォーラム", "ミーティング", "意見交換会", "説明会", "勉強会", "幹事会", "推進本部", "会合"}

// agendaProcedure are agenda items that are procedure, not matter: 開会
// (opening), 閉会 (closing), greetings, and the sub-headings of a 次第.
var agendaProcedure = []string{"開会", "閉会", "開会あいさつ", "閉会あいさつ", "開会挨拶", "閉会挨拶", "あいさつ", "挨拶", "その他",
	// sub-headings of a 次第 over the items themselves
	"議事", "議題", "案件", "報告事項", "協議事項", "審議事項", "報告", "協議"}

// titleSuffixes end a summary's title but are not part of the body's name.
// Longer suffixes are tried first; one is taken off only when what is left
// still names a meeting body (都市経営戦略会議結果概要 loses 結果概要, not
// 会議結果概要).
var titleSuffixes = []string{"の開催状況", "開催状況", "の開催記録", "開催記録", "の結果について", "結果について", "の開催結果について", "の開催結果", "開催結果", "の開催概要", "開催概要", "の会議要旨", "会議要旨", "の会議結果概要", "会議結果概要", "の会議結果", "会議結果", "結果概要", "の会議録", "会議録", "議事録", "の会議概要", "会議概要", "の概要", "概要", "議事要旨", "要旨", "（要旨）", "(要旨)", "の結果", "結果", "速記録", "の記録", "記録"}

// WithOutcomeWords adds outcome phrases, tried before the defaults.
func WithOutcomeWords(words ...OutcomeWord) Option {
	return func(c *Config) error {
		for _, w := range words {
			if w.Phrase == "" {
				return optionError("WithOutcomeWords", "empty phrase")
			}
		}
		c.outcomeWords = append(c.outcomeWords, words...)
		return nil
	}
}

// AttendeeRole says whether the attendees a word names are counted in
// Meeting.AttendeeCount: members of the body (委員, 構成員, 出席委員 …) are,
// its secretariat (事務局), explainers (説明員) and the public (傍聴) are not.
// A count whose words hold no role of the table (「12名」, 「市民10人」) is
// counted unless the line or label it stands under is one that is not
// (事務局：…（2名）).
type AttendeeRole struct {
	Word    string
	Counted bool
}

// defaultAttendeeRoles: the longest word found in an entry decides, so
// 委員会事務局 (the committee's secretariat) is 事務局, not 委員.
var defaultAttendeeRoles = []AttendeeRole{
	{"委員", true}, {"構成員", true}, {"出席委員", true}, {"委員長", true}, {"副委員長", true},
	{"会長", true}, {"副会長", true}, {"座長", true}, {"副座長", true}, {"部会長", true},
	{"会員", true}, {"議員", true}, {"理事", true}, {"学識経験者", true}, {"公募市民", true},
	{"市民委員", true}, {"出席者", true}, {"参加者", true},
	{"事務局", false}, {"傍聴", false}, {"説明員", false}, {"随行", false}, {"オブザーバー", false},
	{"職員", false}, {"関係課", false}, {"報道", false}, {"記者", false},
	{"説明のため出席した者", false}, {"理事者", false}, {"委員外", false}, {"執行部", false},
}

// DefaultAttendeeRoles returns a copy of the default attendee roles.
func DefaultAttendeeRoles() []AttendeeRole {
	return append([]AttendeeRole(nil), defaultAttendeeRoles...)
}

// WithAttendeeRoles adds attendee roles; where one of them and a default
// are found at the same length, the caller's decides. Empty words are an
// error.
func WithAttendeeRoles(roles ...AttendeeRole) Option {
	return func(c *Config) error {
		for _, r := range roles {
			if r.Word == "" {
				return optionError("WithAttendeeRoles", "empty word")
			}
		}
		c.attendeeRoles = append(c.attendeeRoles, roles...)
		return nil
	}
}

// roleOf finds the longest role word in s: whether it is counted, and
// whether any was found.
func roleOf(s string, roles []AttendeeRole) (counted, known bool) {
	best := 0
	for _, r := range roles {
		if len(r.Word) > best && strings.Contains(s, r.Word) {
			best, counted, known = len(r.Word), r.Counted, true
		}
	}
	return counted, known
}

// isRoleWord: k is a counted role's word (委員, 会長, 副会長) standing for
// the role of the names after it, not a list's own label (出席委員, 出席者).
func isRoleWord(k string, roles []AttendeeRole) bool {
	if strings.HasPrefix(k, "出席") || strings.HasPrefix(k, "参加") {
		return false
	}
	return slices.ContainsFunc(roles, func(r AttendeeRole) bool { return r.Counted && r.Word == k })
}
