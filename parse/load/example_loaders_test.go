package load_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/policygoal/policygoal/parse/load"
)

func ExampleDetect() {
	kind, confidence := load.Detect("第3回 審議会 会議録\n【日時】令和6年8月21日 午後6時～7時30分\n【場所】大会議室\n【議題】素案について\n")
	fmt.Println(kind, confidence >= load.RefuseConfidence)
	// Output: meeting true
}

func ExampleLoadMeetings() {
	ms, err := load.LoadMeetings(strings.NewReader(
		"第3回 北浜市総合計画審議会 会議結果\n1 日時\n令和6年8月21日（水） 午後6時～7時30分\n2 場所\n市役所 大会議室\n3 出席者\n委員8人、事務局3人\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	m := ms[0]
	fmt.Println(m.Body, m.Session, m.Date, m.Start, m.End)
	// counts name no one: no attendee, 8 members counted; the secretariat
	// is staff, kept as a field
	fmt.Println(m.Place, m.Attendees, m.AttendeeCount, len(m.Unread))
	for _, f := range m.Fields {
		fmt.Println(f.Label, f.Value)
	}
	// Output:
	// 北浜市総合計画審議会 3 2024-08-21 18:00 19:30
	// 市役所 大会議室 [] 8 0
	// 事務局 事務局3人
}

func ExampleLoadGoals() {
	l, err := load.LoadGoals(strings.NewReader("令和6年度 各部の組織目標\n■総務部\n・研修を年4回開催します。\n■市民部\n・待ち時間を15分以内にします。\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range l.Goals {
		fmt.Println(g.Owner, g.Statement, g.Targets[0].Text)
	}
	// Output:
	// 総務部 研修を年4回開催します。 年4回
	// 市民部 待ち時間を15分以内にします。 15分以内
}

func ExampleLoadPage() {
	p, err := load.LoadPage(strings.NewReader("環境局長 経営方針\n更新日：2024年4月1日\n環境局長 鈴木 次郎\nミッション\n脱炭素に取り組みます。\n重点施策\n(1) 太陽光発電を10施設に導入します。\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Organization.Name, p.Organization.Head.Title, p.Organization.Head.Name, p.Updated)
	for _, s := range p.Sections {
		fmt.Println(s.Word, len(s.Paragraphs), len(s.Items))
	}
	// Output:
	// 環境局 環境局長 鈴木 次郎 2024-04-01
	// 使命 1 0
	// 重点施策 0 1
}

func ExampleWrongKindError() {
	_, err := load.LoadMeetings(strings.NewReader("令和6年度 各部の組織目標\n■総務部\n・研修を年4回開催します。\n・相談会を月2回開きます。\n"))
	var wk *load.WrongKindError
	fmt.Println(errors.Is(err, load.ErrWrongKind), errors.As(err, &wk) && wk.Got == load.KindGoals)
	// Output: true true
}
