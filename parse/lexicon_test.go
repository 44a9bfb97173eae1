package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// found is one quantity Extract reports, a target or a figure, with its
// role: every field a user sees but the year, the deadline and the span.
type found struct {
	role goal.Role
	want
}

func datesIn(ex Extraction) []string {
	var out []string
	for _, d := range ex.Dates {
		out = append(out, d.Text)
	}
	return out
}

func foundIn(ex Extraction) []found {
	var out []found
	for _, ts := range [][]goal.Target{ex.Targets, ex.Figures} {
		for i, w := range got(ts) {
			out = append(out, found{ts[i].Role, w})
		}
	}
	return out
}

// lexiconExamples hold an example for every row of every vocabulary table
// in lexicon.go, and what Extract reads in it: a lost or misspelt word fails
// its row (TestLexiconExamples), a row without an example fails
// TestLexiconRowsHaveExamples, and a row its example does not need (dead, or
// shadowed by another table) fails TestLexiconRowsAreNeeded. Rows with
// nothing to read are the words that keep a number from being a target.
var lexiconExamples = []struct {
	table, word, in string
	out             []found
	dates           []string // the text of each date
}{
	// periodWords
	{"periodWords", "毎年度", "毎年度1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: fy, Action: "開催する", Text: "毎年度1回"}}}, nil},
	{"periodWords", "毎四半期", "毎四半期1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Action: "開催する", Text: "毎四半期1回"}}}, nil},
	{"periodWords", "毎月", "毎月1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Action: "開催する", Text: "毎月1回"}}}, nil},
	{"periodWords", "毎週", "毎週1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Action: "開催する", Text: "毎週1回"}}}, nil},
	{"periodWords", "毎日", "毎日1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: day, Action: "開催する", Text: "毎日1回"}}}, nil},
	{"periodWords", "毎年", "毎年1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: year, Action: "開催する", Text: "毎年1回"}}}, nil},
	{"periodWords", "四半期", "四半期1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Action: "開催する", Text: "四半期1回"}}}, nil},
	{"periodWords", "4半期", "4半期1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: qtr, Action: "開催する", Text: "4半期1回"}}}, nil},
	{"periodWords", "年度", "年度1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: fy, Action: "開催する", Text: "年度1回"}}}, nil},
	{"periodWords", "年間", "年間1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: year, Action: "開催する", Text: "年間1回"}}}, nil},
	{"periodWords", "月間", "月間1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Action: "開催する", Text: "月間1回"}}}, nil},
	{"periodWords", "半年", "半年1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: half, Action: "開催する", Text: "半年1回"}}}, nil},
	{"periodWords", "半期", "半期1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: half, Action: "開催する", Text: "半期1回"}}}, nil},
	{"periodWords", "月", "月1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Action: "開催する", Text: "月1回"}}}, nil},
	{"periodWords", "年", "年1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: year, Action: "開催する", Text: "年1回"}}}, nil},
	{"periodWords", "週", "週1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Action: "開催する", Text: "週1回"}}}, nil},
	{"periodWords", "日", "日1回開催する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: day, Action: "開催する", Text: "日1回"}}}, nil},
	// periodLinks
	{"periodLinks", "当たり", "月当たり2回開催する", []found{{tgt, want{Kind: freq, Value: 2, Cmp: eq, Per: mon, Action: "開催する", Text: "月当たり2回"}}}, nil},
	{"periodLinks", "あたり", "月あたり2回開催する", []found{{tgt, want{Kind: freq, Value: 2, Cmp: eq, Per: mon, Action: "開催する", Text: "月あたり2回"}}}, nil},
	{"periodLinks", "につき", "月につき2回開催する", []found{{tgt, want{Kind: freq, Value: 2, Cmp: eq, Per: mon, Action: "開催する", Text: "月につき2回"}}}, nil},
	{"periodLinks", "に", "月に2回開催する", []found{{tgt, want{Kind: freq, Value: 2, Cmp: eq, Per: mon, Action: "開催する", Text: "月に2回"}}}, nil},
	{"periodLinks", "で", "月で2回開催する", []found{{tgt, want{Kind: freq, Value: 2, Cmp: eq, Per: mon, Action: "開催する", Text: "月で2回"}}}, nil},
	{"periodLinks", "平均", "月平均2回開催する", []found{{tgt, want{Kind: freq, Value: 2, Cmp: eq, Per: mon, Action: "開催する", Text: "月平均2回"}}}, nil},
	{"periodLinks", "", "月2回開催する", []found{{tgt, want{Kind: freq, Value: 2, Cmp: eq, Per: mon, Action: "開催する", Text: "月2回"}}}, nil},
	// intervalUnits
	{"intervalUnits", "か月間", "2か月間に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2か月間に1回"}}}, nil},
	{"intervalUnits", "ヶ月間", "2ヶ月間に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2ヶ月間に1回"}}}, nil},
	{"intervalUnits", "カ月間", "2カ月間に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2カ月間に1回"}}}, nil},
	{"intervalUnits", "ケ月間", "2ケ月間に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2ケ月間に1回"}}}, nil},
	{"intervalUnits", "か月", "2か月に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2か月に1回"}}}, nil},
	{"intervalUnits", "ヶ月", "2ヶ月に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2ヶ月に1回"}}}, nil},
	{"intervalUnits", "カ月", "2カ月に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2カ月に1回"}}}, nil},
	{"intervalUnits", "ケ月", "2ケ月に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2ケ月に1回"}}}, nil},
	{"intervalUnits", "ヵ月", "2ヵ月に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2ヵ月に1回"}}}, nil},
	{"intervalUnits", "箇月", "2箇月に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: mon, Interval: 2, Action: "点検する", Text: "2箇月に1回"}}}, nil},
	{"intervalUnits", "週間", "2週間に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Action: "点検する", Text: "2週間に1回"}}}, nil},
	{"intervalUnits", "週", "2週に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Action: "点検する", Text: "2週に1回"}}}, nil},
	{"intervalUnits", "年間", "2年間に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: year, Interval: 2, Action: "点検する", Text: "2年間に1回"}}}, nil},
	{"intervalUnits", "年", "2年に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: year, Interval: 2, Action: "点検する", Text: "2年に1回"}}}, nil},
	{"intervalUnits", "日間", "2日間に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: day, Interval: 2, Action: "点検する", Text: "2日間に1回"}}}, nil},
	{"intervalUnits", "日", "2日に1回点検する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: day, Interval: 2, Action: "点検する", Text: "2日に1回"}}}, nil},
	// cycleWords
	{"cycleWords", "ごとに", "2週間ごとに更新する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Action: "更新する", Text: "2週間ごとに"}}}, nil},
	{"cycleWords", "ごと", "2週間ごと更新する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Action: "更新する", Text: "2週間ごと"}}}, nil},
	{"cycleWords", "毎に", "2週間毎に更新する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Action: "更新する", Text: "2週間毎に"}}}, nil},
	{"cycleWords", "毎", "2週間毎更新する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 2, Action: "更新する", Text: "2週間毎"}}}, nil},
	{"cycleWords", "おきに", "2週間おきに更新する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 3, Action: "更新する", Text: "2週間おきに"}}}, nil},
	{"cycleWords", "おき", "2週間おき更新する", []found{{tgt, want{Kind: freq, Value: 1, Cmp: eq, Per: week, Interval: 3, Action: "更新する", Text: "2週間おき"}}}, nil},
	// counters
	{"counters", "事業所", "対象を10事業所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "事業所", Subject: "対象", Action: "する", Text: "10事業所以上"}}}, nil},
	{"counters", "医療機関", "対象を10医療機関以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "医療機関", Subject: "対象", Action: "する", Text: "10医療機関以上"}}}, nil},
	{"counters", "教科", "対象を10教科以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "教科", Subject: "対象", Action: "する", Text: "10教科以上"}}}, nil},
	{"counters", "分野", "対象を10分野以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "分野", Subject: "対象", Action: "する", Text: "10分野以上"}}}, nil},
	{"counters", "団体", "対象を10団体以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "団体", Subject: "対象", Action: "する", Text: "10団体以上"}}}, nil},
	{"counters", "事業", "対象を10事業以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "事業", Subject: "対象", Action: "する", Text: "10事業以上"}}}, nil},
	{"counters", "世帯", "対象を10世帯以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "世帯", Subject: "対象", Action: "する", Text: "10世帯以上"}}}, nil},
	{"counters", "施設", "対象を10施設以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "施設", Subject: "対象", Action: "する", Text: "10施設以上"}}}, nil},
	{"counters", "店舗", "対象を10店舗以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "店舗", Subject: "対象", Action: "する", Text: "10店舗以上"}}}, nil},
	{"counters", "種類", "対象を10種類以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "種類", Subject: "対象", Action: "する", Text: "10種類以上"}}}, nil},
	{"counters", "項目", "対象を10項目以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "項目", Subject: "対象", Action: "する", Text: "10項目以上"}}}, nil},
	{"counters", "講座", "対象を10講座以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "講座", Subject: "対象", Action: "する", Text: "10講座以上"}}}, nil},
	{"counters", "地区", "対象を10地区以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "地区", Subject: "対象", Action: "する", Text: "10地区以上"}}}, nil},
	{"counters", "企業", "対象を10企業以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "企業", Subject: "対象", Action: "する", Text: "10企業以上"}}}, nil},
	{"counters", "機関", "対象を10機関以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "機関", Subject: "対象", Action: "する", Text: "10機関以上"}}}, nil},
	{"counters", "路線", "対象を10路線以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "路線", Subject: "対象", Action: "する", Text: "10路線以上"}}}, nil},
	{"counters", "区画", "対象を10区画以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "区画", Subject: "対象", Action: "する", Text: "10区画以上"}}}, nil},
	{"counters", "品目", "対象を10品目以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "品目", Subject: "対象", Action: "する", Text: "10品目以上"}}}, nil},
	{"counters", "事例", "対象を10事例以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "事例", Subject: "対象", Action: "する", Text: "10事例以上"}}}, nil},
	{"counters", "チーム", "対象を10チーム以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "チーム", Subject: "対象", Action: "する", Text: "10チーム以上"}}}, nil},
	{"counters", "コース", "対象を十コースに増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "コース", Change: inc, Subject: "対象", Action: "増やす", Text: "十コースに増やす"}}}, nil},
	{"counters", "種目", "対象を10種目以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "種目", Subject: "対象", Action: "する", Text: "10種目以上"}}}, nil},
	{"counters", "言語", "対象を10言語以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "言語", Subject: "対象", Action: "する", Text: "10言語以上"}}}, nil},
	{"counters", "か所", "対象を10か所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "か所", Subject: "対象", Action: "する", Text: "10か所以上"}}}, nil},
	{"counters", "箇所", "対象を10箇所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "か所", Subject: "対象", Action: "する", Text: "10箇所以上"}}}, nil},
	{"counters", "カ所", "対象を10カ所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "か所", Subject: "対象", Action: "する", Text: "10カ所以上"}}}, nil},
	{"counters", "ヶ所", "対象を10ヶ所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "か所", Subject: "対象", Action: "する", Text: "10ヶ所以上"}}}, nil},
	{"counters", "ケ所", "対象を10ケ所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "か所", Subject: "対象", Action: "する", Text: "10ケ所以上"}}}, nil},
	{"counters", "ヵ所", "対象を10ヵ所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "か所", Subject: "対象", Action: "する", Text: "10ヵ所以上"}}}, nil},
	{"counters", "個所", "対象を10個所以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "か所", Subject: "対象", Action: "する", Text: "10個所以上"}}}, nil},
	{"counters", "回", "対象を十回に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "回", Change: inc, Subject: "対象", Action: "増やす", Text: "十回に増やす"}}}, nil},
	{"counters", "件", "対象を十件に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "件", Change: inc, Subject: "対象", Action: "増やす", Text: "十件に増やす"}}}, nil},
	{"counters", "人", "対象を十人に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "人", Change: inc, Subject: "対象", Action: "増やす", Text: "十人に増やす"}}}, nil},
	{"counters", "名", "対象を十名に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "名", Change: inc, Subject: "対象", Action: "増やす", Text: "十名に増やす"}}}, nil},
	{"counters", "社", "対象を十社に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "社", Change: inc, Subject: "対象", Action: "増やす", Text: "十社に増やす"}}}, nil},
	{"counters", "校", "対象を十校に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "校", Change: inc, Subject: "対象", Action: "増やす", Text: "十校に増やす"}}}, nil},
	{"counters", "園", "対象を十園に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "園", Change: inc, Subject: "対象", Action: "増やす", Text: "十園に増やす"}}}, nil},
	{"counters", "本", "対象を十本に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "本", Change: inc, Subject: "対象", Action: "増やす", Text: "十本に増やす"}}}, nil},
	{"counters", "円", "対象を十円に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "円", Change: inc, Subject: "対象", Action: "増やす", Text: "十円に増やす"}}}, nil},
	{"counters", "隊", "救急隊を2隊増やす", []found{{tgt, want{Kind: cnt, Value: 2, Cmp: eq, Unit: "隊", Change: inc, Subject: "救急隊", Action: "増やす", Text: "2隊増やす"}}}, nil},
	{"counters", "指標", "24指標で目標を達成する", []found{{tgt, want{Kind: cnt, Value: 24, Cmp: eq, Unit: "指標", Action: "達成する", Text: "24指標"}}}, nil},
	{"counters", "台", "対象を十台に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "台", Change: inc, Subject: "対象", Action: "増やす", Text: "十台に増やす"}}}, nil},
	{"counters", "戸", "対象を十戸に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "戸", Change: inc, Subject: "対象", Action: "増やす", Text: "十戸に増やす"}}}, nil},
	{"counters", "冊", "対象を十冊に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "冊", Change: inc, Subject: "対象", Action: "増やす", Text: "十冊に増やす"}}}, nil},
	{"counters", "部", "対象を十部に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "部", Change: inc, Subject: "対象", Action: "増やす", Text: "十部に増やす"}}}, nil},
	{"counters", "棟", "対象を十棟に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "棟", Change: inc, Subject: "対象", Action: "増やす", Text: "十棟に増やす"}}}, nil},
	{"counters", "基", "対象を十基に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "基", Change: inc, Subject: "対象", Action: "増やす", Text: "十基に増やす"}}}, nil},
	{"counters", "館", "対象を10館以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "館", Subject: "対象", Action: "する", Text: "10館以上"}}}, nil},
	{"counters", "枚", "対象を十枚に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "枚", Change: inc, Subject: "対象", Action: "増やす", Text: "十枚に増やす"}}}, nil},
	{"counters", "者", "対象を10者以上にする", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: ge, Unit: "者", Subject: "対象", Action: "する", Text: "10者以上"}}}, nil},
	{"counters", "組", "対象を十組に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "組", Change: inc, Subject: "対象", Action: "増やす", Text: "十組に増やす"}}}, nil},
	{"counters", "便", "対象を十便に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "便", Change: inc, Subject: "対象", Action: "増やす", Text: "十便に増やす"}}}, nil},
	{"counters", "店", "対象を十店に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "店", Change: inc, Subject: "対象", Action: "増やす", Text: "十店に増やす"}}}, nil},
	{"counters", "頭", "対象を十頭に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "頭", Change: inc, Subject: "対象", Action: "増やす", Text: "十頭に増やす"}}}, nil},
	{"counters", "匹", "対象を十匹に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "匹", Change: inc, Subject: "対象", Action: "増やす", Text: "十匹に増やす"}}}, nil},
	{"counters", "個", "対象を十個に増やす", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "個", Change: inc, Subject: "対象", Action: "増やす", Text: "十個に増やす"}}}, nil},
	// durationUnits
	{"durationUnits", "時間", "待ち時間を15時間以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "時間", Subject: "待ち時間", Action: "する", Text: "15時間以内"}}}, nil},
	{"durationUnits", "週間", "待ち時間を15週間以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "週間", Subject: "待ち時間", Action: "する", Text: "15週間以内"}}}, nil},
	{"durationUnits", "か月", "待ち時間を15か月以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "か月", Subject: "待ち時間", Action: "する", Text: "15か月以内"}}}, nil},
	{"durationUnits", "ヶ月", "待ち時間を15ヶ月以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "か月", Subject: "待ち時間", Action: "する", Text: "15ヶ月以内"}}}, nil},
	{"durationUnits", "カ月", "待ち時間を15カ月以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "か月", Subject: "待ち時間", Action: "する", Text: "15カ月以内"}}}, nil},
	{"durationUnits", "ケ月", "待ち時間を15ケ月以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "か月", Subject: "待ち時間", Action: "する", Text: "15ケ月以内"}}}, nil},
	{"durationUnits", "ヵ月", "待ち時間を15ヵ月以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "か月", Subject: "待ち時間", Action: "する", Text: "15ヵ月以内"}}}, nil},
	{"durationUnits", "日間", "待ち時間を15日間以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "日", Subject: "待ち時間", Action: "する", Text: "15日間以内"}}}, nil},
	{"durationUnits", "年間", "待ち時間を15年間以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "年", Subject: "待ち時間", Action: "する", Text: "15年間以内"}}}, nil},
	{"durationUnits", "分", "待ち時間を15分以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "分", Subject: "待ち時間", Action: "する", Text: "15分以内"}}}, nil},
	{"durationUnits", "秒", "待ち時間を15秒以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "秒", Subject: "待ち時間", Action: "する", Text: "15秒以内"}}}, nil},
	{"durationUnits", "日", "待ち時間を15日以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "日", Subject: "待ち時間", Action: "する", Text: "15日以内"}}}, nil},
	{"durationUnits", "年", "待ち時間を15年以内にする", []found{{tgt, want{Kind: dur, Value: 15, Cmp: le, Unit: "年", Subject: "待ち時間", Action: "する", Text: "15年以内"}}}, nil},
	// percentUnits
	{"percentUnits", "パーセント", "利用率を5パーセント以上にする", []found{{tgt, want{Kind: pct, Value: 5, Cmp: ge, Unit: "%", Subject: "利用率", Action: "する", Text: "5パーセント以上"}}}, nil},
	{"percentUnits", "%", "利用率を5%以上にする", []found{{tgt, want{Kind: pct, Value: 5, Cmp: ge, Unit: "%", Subject: "利用率", Action: "する", Text: "5%以上"}}}, nil},
	{"percentUnits", "ポイント", "利用率を5ポイント以上にする", []found{{tgt, want{Kind: pct, Value: 5, Cmp: ge, Unit: "pt", Subject: "利用率", Action: "する", Text: "5ポイント以上"}}}, nil},
	{"percentUnits", "pt", "利用率を5pt以上にする", []found{{tgt, want{Kind: pct, Value: 5, Cmp: ge, Unit: "pt", Subject: "利用率", Action: "する", Text: "5pt以上"}}}, nil},
	{"percentUnits", "割", "利用率を5割以上にする", []found{{tgt, want{Kind: pct, Value: 50, Cmp: ge, Unit: "%", Subject: "利用率", Action: "する", Text: "5割以上"}}}, nil},
	// comparatorsAfter
	{"comparatorsAfter", "以上", "参加者を100人以上にする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: ge, Unit: "人", Subject: "参加者", Action: "する", Text: "100人以上"}}}, nil},
	{"comparatorsAfter", "以下", "参加者を100人以下にする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: le, Unit: "人", Subject: "参加者", Action: "する", Text: "100人以下"}}}, nil},
	{"comparatorsAfter", "以内", "参加者を100人以内にする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: le, Unit: "人", Subject: "参加者", Action: "する", Text: "100人以内"}}}, nil},
	{"comparatorsAfter", "未満", "参加者を100人未満にする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: lt, Unit: "人", Subject: "参加者", Action: "する", Text: "100人未満"}}}, nil},
	{"comparatorsAfter", "を超える", "参加者数が100人を超えることを目指す", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: gt, Unit: "人", Subject: "参加者数", Action: "目指す", Text: "100人を超える"}}}, nil},
	{"comparatorsAfter", "を超え", "利用者が100人を超え、", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: gt, Unit: "人", Subject: "利用者", Text: "100人を超え"}}}, nil},
	{"comparatorsAfter", "を上回る", "参加者数が100人を上回ることを目指す", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: gt, Unit: "人", Subject: "参加者数", Action: "目指す", Text: "100人を上回る"}}}, nil},
	{"comparatorsAfter", "超", "参加者を100人超にする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: gt, Unit: "人", Subject: "参加者", Action: "する", Text: "100人超"}}}, nil},
	{"comparatorsAfter", "を下回る", "待機者数が10人を下回ることを目指す", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: lt, Unit: "人", Subject: "待機者数", Action: "目指す", Text: "10人を下回る"}}}, nil},
	{"comparatorsAfter", "程度", "参加者を100人程度にする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: apx, Unit: "人", Subject: "参加者", Action: "する", Text: "100人程度"}}}, nil},
	{"comparatorsAfter", "前後", "参加者を100人前後にする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: apx, Unit: "人", Subject: "参加者", Action: "する", Text: "100人前後"}}}, nil},
	{"comparatorsAfter", "ほど", "参加者を100人ほどにする", []found{{tgt, want{Kind: cnt, Value: 100, Cmp: apx, Unit: "人", Subject: "参加者", Action: "する", Text: "100人ほど"}}}, nil},
	// approxBefore
	{"approxBefore", "おおよそ", "おおよそ200人が参加する", []found{{tgt, want{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Action: "参加する", Text: "おおよそ200人"}}}, nil},
	{"approxBefore", "おおむね", "おおむね200人が参加する", []found{{tgt, want{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Action: "参加する", Text: "おおむね200人"}}}, nil},
	{"approxBefore", "およそ", "およそ200人が参加する", []found{{tgt, want{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Action: "参加する", Text: "およそ200人"}}}, nil},
	{"approxBefore", "概ね", "概ね200人が参加する", []found{{tgt, want{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Action: "参加する", Text: "概ね200人"}}}, nil},
	{"approxBefore", "約", "約200人が参加する", []found{{tgt, want{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Action: "参加する", Text: "約200人"}}}, nil},
	// rankBefore
	{"rankBefore", "ベスト", "全国ベスト10を目指す", []found{{tgt, want{Kind: rnk, Value: 10, Cmp: eq, Action: "目指す", Text: "ベスト10"}}}, nil},
	{"rankBefore", "トップ", "全国トップ10を目指す", []found{{tgt, want{Kind: rnk, Value: 10, Cmp: eq, Action: "目指す", Text: "トップ10"}}}, nil},
	{"rankBefore", "TOP", "全国TOP10を目指す", []found{{tgt, want{Kind: rnk, Value: 10, Cmp: eq, Action: "目指す", Text: "TOP10"}}}, nil},
	{"rankBefore", "上位", "全国上位10を目指す", []found{{tgt, want{Kind: rnk, Value: 10, Cmp: eq, Action: "目指す", Text: "上位10"}}}, nil},
	// rangeMarks
	{"rangeMarks", "~", "10~20件を実施する", []found{{tgt, want{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Action: "実施する", Text: "10~20件"}}}, nil},
	{"rangeMarks", "〜", "10〜20件を実施する", []found{{tgt, want{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Action: "実施する", Text: "10〜20件"}}}, nil},
	{"dateRangeMarks", "-", "期間は令和4年6月1日 - 6月30日とする", nil, []string{"令和4年6月1日 - 6月30日"}},
	{"dateRangeMarks", "―", "期間は令和4年6月―9月とする", nil, []string{"令和4年6月―9月"}},
	{"dateRangeMarks", "–", "期間は令和4年6月–9月とする", nil, []string{"令和4年6月–9月"}},
	{"dateRangeMarks", "—", "期間は令和4年6月—9月とする", nil, []string{"令和4年6月—9月"}},
	{"dateRangeMarks", "から", "期間は令和4年6月から9月とする", nil, []string{"令和4年6月から9月"}},
	{"dateRangeMarks", "∼", "計画期間は令和3年度∼7年度とする", nil, []string{"令和3年度∼7年度"}},
	{"dateRangeMarks", "ー", "期間は令和4年6月ー9月とする", nil, []string{"令和4年6月ー9月"}},
	{"rangeMarks", "~", "期間は令和4年6月~9月とする", nil, []string{"令和4年6月~9月"}},
	{"rangeMarks", "〜", "期間は令和4年6月〜9月とする", nil, []string{"令和4年6月〜9月"}},
	// changeWords
	{"changeWords", "削減", "費用を5%削減", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "削減する", Text: "5%削減"}}}, nil},
	{"changeWords", "縮減", "費用を5%縮減", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "縮減する", Text: "5%縮減"}}}, nil},
	{"changeWords", "減らす", "費用を5%減らす", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "減らす", Text: "5%減らす"}}}, nil},
	{"changeWords", "減少", "費用を5%減少", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "減少する", Text: "5%減少"}}}, nil},
	{"changeWords", "低減", "費用を5%低減", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "低減する", Text: "5%低減"}}}, nil},
	{"changeWords", "抑制", "費用を5%抑制", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "抑制する", Text: "5%抑制"}}}, nil},
	{"changeWords", "引き下げ", "費用を5%引き下げ", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "引き下げする", Text: "5%引き下げ"}}}, nil},
	{"changeWords", "圧縮", "費用を5%圧縮", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "圧縮する", Text: "5%圧縮"}}}, nil},
	{"changeWords", "減", "費用を5%減", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Text: "5%減"}}}, nil},
	{"changeWords", "増やす", "費用を5%増やす", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "増やす", Text: "5%増やす"}}}, nil},
	{"changeWords", "増加", "費用を5%増加", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "増加する", Text: "5%増加"}}}, nil},
	{"changeWords", "向上", "費用を5%向上", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "向上する", Text: "5%向上"}}}, nil},
	{"changeWords", "引き上げ", "費用を5%引き上げ", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "引き上げする", Text: "5%引き上げ"}}}, nil},
	{"changeWords", "拡大", "費用を5%拡大", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "拡大する", Text: "5%拡大"}}}, nil},
	{"changeWords", "上昇", "費用を5%上昇", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "上昇する", Text: "5%上昇"}}}, nil},
	{"changeWords", "アップ", "費用を5%アップ", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "アップする", Text: "5%アップ"}}}, nil},
	{"changeWords", "倍増", "費用を5%倍増", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Action: "倍増する", Text: "5%倍増"}}}, nil},
	{"changeWords", "半減", "費用を5%半減", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "半減する", Text: "5%半減"}}}, nil},
	{"changeWords", "増", "費用を5%増", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: inc, Subject: "費用", Text: "5%増"}}}, nil},
	// changeLinks
	{"changeLinks", "を", "費用を5%を削減する", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "削減する", Text: "5%を削減"}}}, nil},
	{"changeLinks", "の", "費用の5%の削減を図る", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "削減する", Text: "5%の削減"}}}, nil},
	{"changeLinks", "まで", "費用を5%まで削減する", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "削減する", Text: "5%まで削減"}}}, nil},
	{"changeLinks", "に", "費用を5%に削減する", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "削減する", Text: "5%に削減"}}}, nil},
	{"changeLinks", "", "費用を5%削減する", []found{{tgt, want{Kind: pct, Value: 5, Cmp: eq, Unit: "%", Change: dec, Subject: "費用", Action: "削減する", Text: "5%削減"}}}, nil},
	// unitCounters
	{"unitCounters", "kWh", "排出量を10kWh削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "kWh", Change: dec, Subject: "排出量", Action: "削減する", Text: "10kWh削減"}}}, nil},
	{"unitCounters", "MWh", "排出量を10MWh削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "MWh", Change: dec, Subject: "排出量", Action: "削減する", Text: "10MWh削減"}}}, nil},
	{"unitCounters", "kW", "排出量を10kW削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "kW", Change: dec, Subject: "排出量", Action: "削減する", Text: "10kW削減"}}}, nil},
	{"unitCounters", "km2", "排出量を10km2削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "㎢", Change: dec, Subject: "排出量", Action: "削減する", Text: "10km2削減"}}}, nil},
	{"unitCounters", "㎢", "排出量を10㎢削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "㎢", Change: dec, Subject: "排出量", Action: "削減する", Text: "10㎢削減"}}}, nil},
	{"unitCounters", "km", "排出量を10km削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "km", Change: dec, Subject: "排出量", Action: "削減する", Text: "10km削減"}}}, nil},
	{"unitCounters", "kg", "排出量を10kg削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "kg", Change: dec, Subject: "排出量", Action: "削減する", Text: "10kg削減"}}}, nil},
	{"unitCounters", "ha", "排出量を10ha削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "ha", Change: dec, Subject: "排出量", Action: "削減する", Text: "10ha削減"}}}, nil},
	{"unitCounters", "㎡", "排出量を10㎡削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "㎡", Change: dec, Subject: "排出量", Action: "削減する", Text: "10㎡削減"}}}, nil},
	{"unitCounters", "m2", "排出量を10m2削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "㎡", Change: dec, Subject: "排出量", Action: "削減する", Text: "10m2削減"}}}, nil},
	{"unitCounters", "㎥", "排出量を10㎥削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "㎥", Change: dec, Subject: "排出量", Action: "削減する", Text: "10㎥削減"}}}, nil},
	{"unitCounters", "m3", "排出量を10m3削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "㎥", Change: dec, Subject: "排出量", Action: "削減する", Text: "10m3削減"}}}, nil},
	{"unitCounters", "t", "排出量を10t削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "t", Change: dec, Subject: "排出量", Action: "削減する", Text: "10t削減"}}}, nil},
	{"unitCounters", "g", "排出量を10g削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "g", Change: dec, Subject: "排出量", Action: "削減する", Text: "10g削減"}}}, nil},
	{"unitCounters", "‰", "排出量を10‰削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "‰", Change: dec, Subject: "排出量", Action: "削減する", Text: "10‰削減"}}}, nil},
	{"unitCounters", "キロメートル", "排出量を10キロメートル削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "km", Change: dec, Subject: "排出量", Action: "削減する", Text: "10キロメートル削減"}}}, nil},
	{"unitCounters", "キログラム", "排出量を10キログラム削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "kg", Change: dec, Subject: "排出量", Action: "削減する", Text: "10キログラム削減"}}}, nil},
	{"unitCounters", "グラム", "排出量を10グラム削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "g", Change: dec, Subject: "排出量", Action: "削減する", Text: "10グラム削減"}}}, nil},
	{"unitCounters", "ヘクタール", "排出量を10ヘクタール削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "ha", Change: dec, Subject: "排出量", Action: "削減する", Text: "10ヘクタール削減"}}}, nil},
	{"unitCounters", "メートル", "排出量を10メートル削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "m", Change: dec, Subject: "排出量", Action: "削減する", Text: "10メートル削減"}}}, nil},
	{"unitCounters", "リットル", "排出量を10リットル削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "L", Change: dec, Subject: "排出量", Action: "削減する", Text: "10リットル削減"}}}, nil},
	{"unitCounters", "トン", "排出量を10トン削減する", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "t", Change: dec, Subject: "排出量", Action: "削減する", Text: "10トン削減"}}}, nil},
	// scaleWords
	{"scaleWords", "百万", "予算は1,830 百万円", []found{{tgt, want{Kind: cnt, Value: 1.83e+09, Cmp: eq, Unit: "円", Subject: "予算", Text: "1,830 百万円"}}}, nil},
	{"scaleWords", "千万", "予算は1,830 千万円", []found{{tgt, want{Kind: cnt, Value: 1.83e+10, Cmp: eq, Unit: "円", Subject: "予算", Text: "1,830 千万円"}}}, nil},
	{"scaleWords", "十万", "予算は1,830 十万円", []found{{tgt, want{Kind: cnt, Value: 1.83e+08, Cmp: eq, Unit: "円", Subject: "予算", Text: "1,830 十万円"}}}, nil},
	{"scaleWords", "千", "予算は1,830 千円", []found{{tgt, want{Kind: cnt, Value: 1.83e+06, Cmp: eq, Unit: "円", Subject: "予算", Text: "1,830 千円"}}}, nil},
	{"scaleWords", "万", "予算は1,830 万円", []found{{tgt, want{Kind: cnt, Value: 1.83e+07, Cmp: eq, Unit: "円", Subject: "予算", Text: "1,830 万円"}}}, nil},
	{"scaleWords", "億", "予算は1,830 億円", []found{{tgt, want{Kind: cnt, Value: 1.83e+11, Cmp: eq, Unit: "円", Subject: "予算", Text: "1,830 億円"}}}, nil},
	{"scaleWords", "百", "予算は1,830 百円", []found{{tgt, want{Kind: cnt, Value: 183000, Cmp: eq, Unit: "円", Subject: "予算", Text: "1,830 百円"}}}, nil},
	// perUnitWords
	{"perUnitWords", "当たり", "市民1人当たり10件", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "件", Text: "10件"}}}, nil},
	{"perUnitWords", "あたり", "市民1人あたり10件", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "件", Text: "10件"}}}, nil},
	{"perUnitWords", "につき", "市民1人につき10件", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "件", Text: "10件"}}}, nil},
	{"perUnitWords", "当り", "市民1人当り10件", []found{{tgt, want{Kind: cnt, Value: 10, Cmp: eq, Unit: "件", Text: "10件"}}}, nil},
	// contextBefore
	{"contextBefore", "回答者数", "回答者数1,104人", nil, nil},
	{"contextBefore", "回答数", "回答数1,104人", nil, nil},
	{"contextBefore", "標本数", "標本数1,104人", nil, nil},
	{"contextBefore", "標本", "標本1,104人", nil, nil},
	{"contextBefore", "サンプル数", "サンプル数1,104人", nil, nil},
	{"contextBefore", "回収数", "回収数1,104人", nil, nil},
	{"contextBefore", "回収率", "回収率55.2%", nil, nil},
	{"contextBefore", "有効回答", "有効回答1,104人", nil, nil},
	{"contextBefore", "対象者数", "対象者数1,104人", nil, nil},
	{"contextBefore", "調査対象", "調査対象1,104人", nil, nil},
	{"contextBefore", "配布数", "配布数1,104人", nil, nil},
	{"contextBefore", "n=", "n=1,104人", nil, nil},
	// notCounters
	{"notCounters", "歳", "参加者は5歳から", nil, nil},
	{"notCounters", "才", "参加者は5才から", nil, nil},
	{"notCounters", "階", "参加者は5階から", nil, nil},
	{"notCounters", "期", "参加者は5期から", nil, nil},
	{"notCounters", "次", "参加者は5次から", nil, nil},
	{"notCounters", "条", "参加者は5条から", nil, nil},
	{"notCounters", "章", "参加者は5章から", nil, nil},
	{"notCounters", "節", "参加者は5節から", nil, nil},
	{"notCounters", "項", "参加者は5項から", nil, nil},
	{"notCounters", "番", "参加者は5番から", nil, nil},
	{"notCounters", "丁目", "参加者は5丁目から", nil, nil},
	{"notCounters", "周年", "参加者は5周年から", nil, nil},
	{"notCounters", "月", "対象は5月以上", nil, nil},
	{"notCounters", "時", "参加者は5時から", nil, nil},
	{"notCounters", "代", "参加者は5代から", nil, nil},
	{"notCounters", "頁", "参加者は5頁から", nil, nil},
	{"notCounters", "ページ", "参加者は5ページから", nil, nil},
	{"notCounters", "点", "参加者は5点から", nil, nil},
	{"notCounters", "行", "参加者は5行から", nil, nil},
	{"notCounters", "列", "参加者は5列から", nil, nil},
	{"notCounters", "段", "参加者は5段から", nil, nil},
	{"notCounters", "等", "参加者は5等から", nil, nil},
	{"notCounters", "級", "参加者は5級から", nil, nil},
	{"notCounters", "巻", "参加者は5巻から", nil, nil},
	{"notCounters", "面", "参加者は5面から", nil, nil},
	// rateArrows
	{"rateArrows", "→", "待機日数 30日→15日", []found{{tgt, want{Kind: dur, Value: 15, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "15日"}}, {bas, want{Kind: dur, Value: 30, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "30日"}}}, nil},
	{"rateArrows", "⇒", "待機日数 30日⇒15日", []found{{tgt, want{Kind: dur, Value: 15, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "15日"}}, {bas, want{Kind: dur, Value: 30, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "30日"}}}, nil},
	{"rateArrows", "➡", "待機日数 30日➡15日", []found{{tgt, want{Kind: dur, Value: 15, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "15日"}}, {bas, want{Kind: dur, Value: 30, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "30日"}}}, nil},
	{"rateArrows", "->", "待機日数 30日->15日", []found{{tgt, want{Kind: dur, Value: 15, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "15日"}}, {bas, want{Kind: dur, Value: 30, Cmp: eq, Unit: "日", Subject: "待機日数", Text: "30日"}}}, nil},
}

func TestLexiconExamples(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	for _, tt := range lexiconExamples {
		t.Run(tt.table+"/"+tt.word, func(t *testing.T) {
			ex, err := p.Extract(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.out, foundIn(ex), tt.in)
			assert.Equal(t, tt.dates, datesIn(ex), tt.in)
		})
	}
}

func TestLexiconRowsHaveExamples(t *testing.T) {
	has := map[[2]string]bool{}
	for _, tt := range lexiconExamples {
		has[[2]string{tt.table, tt.word}] = true
	}
	for _, tb := range vocabularies() {
		for _, w := range tb.words() {
			assert.True(t, has[[2]string{tb.name, w}], "%s: row %q has no example in lexiconExamples", tb.name, w)
		}
	}
}

// TestLexiconRowsAreNeeded deletes each row of each table in turn, as
// tools/mutate does in the source, and checks that its example then reads
// differently. It changes package variables, so it must never run in
// parallel with another test.
func TestLexiconRowsAreNeeded(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	for _, tb := range vocabularies() {
		for i, w := range tb.words() {
			var ins []string
			for _, tt := range lexiconExamples {
				if tt.table == tb.name && tt.word == w {
					ins = append(ins, tt.in)
				}
			}
			type reading struct {
				found []found
				dates []string
			}
			before := make([]reading, len(ins))
			for k, in := range ins {
				ex, err := p.Extract(in)
				require.NoError(t, err)
				before[k] = reading{foundIn(ex), datesIn(ex)}
			}
			restore := tb.drop(i)
			changed := false
			for k, in := range ins {
				ex, err := p.Extract(in)
				require.NoError(t, err)
				changed = changed || !assert.ObjectsAreEqual(before[k], reading{foundIn(ex), datesIn(ex)})
			}
			restore()
			assert.True(t, changed || len(ins) == 0, "%s: without row %q its examples read the same: the row is dead, or the example does not need it", tb.name, w)
		}
	}
}

// lexTable is one vocabulary table of lexicon.go seen by the tests: its
// words, and a way to run code with one row deleted.
type lexTable struct {
	name  string
	words func() []string
	drop  func(i int) (restore func())
}

func tableOf[T any](name string, p *[]T, word func(T) string) lexTable {
	return lexTable{
		name: name,
		words: func() []string {
			out := make([]string, len(*p))
			for i, r := range *p {
				out[i] = word(r)
			}
			return out
		},
		drop: func(i int) func() {
			saved := *p
			*p = append(append([]T{}, saved[:i]...), saved[i+1:]...)
			return func() { *p = saved }
		},
	}
}

func self(s string) string { return s }

func vocabularies() []lexTable {
	return []lexTable{
		tableOf("periodWords", &periodWords, func(r periodWord) string { return r.word }),
		tableOf("periodLinks", &periodLinks, self),
		tableOf("intervalUnits", &intervalUnits, func(r intervalUnit) string { return r.word }),
		tableOf("cycleWords", &cycleWords, self),
		tableOf("counters", &counters, func(r counter) string { return r.word }),
		tableOf("durationUnits", &durationUnits, func(r counter) string { return r.word }),
		tableOf("percentUnits", &percentUnits, func(r struct {
			word  string
			unit  string
			scale float64
		}) string {
			return r.word
		}),
		tableOf("comparatorsAfter", &comparatorsAfter, func(r comparatorWord) string { return r.word }),
		tableOf("approxBefore", &approxBefore, self),
		tableOf("rankBefore", &rankBefore, self),
		tableOf("rangeMarks", &rangeMarks, self),
		tableOf("dateRangeMarks", &dateRangeMarks, self),
		tableOf("changeWords", &changeWords, func(r struct {
			word   string
			change goal.Change
		}) string {
			return r.word
		}),
		tableOf("changeLinks", &changeLinks, self),
		tableOf("unitCounters", &unitCounters, func(r counter) string { return r.word }),
		tableOf("scaleWords", &scaleWords, func(r struct {
			word  string
			scale float64
		}) string {
			return r.word
		}),
		tableOf("perUnitWords", &perUnitWords, self),
		tableOf("contextBefore", &contextBefore, self),
		tableOf("notCounters", &notCounters, self),
		tableOf("rateArrows", &rateArrows, self),
	}
}

// RangeMarks is the quantity marks then the date marks, and a copy.
func TestRangeMarks(t *testing.T) {
	got := RangeMarks()
	assert.Equal(t, append(append([]string(nil), rangeMarks...), dateRangeMarks...), got)
	got[0] = "x"
	assert.Equal(t, "~", RangeMarks()[0], "changing the copy changes nothing")
}
