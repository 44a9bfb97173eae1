package load

import (
	"testing"

	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadTimeRange(t *testing.T) {
	tests := []struct {
		name, in   string
		start, end string
		ok, bad    bool
	}{
		{"pm carries to the end", "令和6年8月21日（水曜日） 午後6時～7時30分", "18:00", "19:30", true, false},
		{"both pm, full-width", "令和２年１１月２０日（金）午後３時５０分～午後４時３０分", "15:50", "16:30", true, false},
		{"noon as end", "午前10時から正午まで", "10:00", "12:00", true, false},
		{"colon form", "令和6年7月3日（水）13:30～15:00", "13:30", "15:00", true, false},
		{"half past", "午後1時半～3時", "13:30", "15:00", true, false},
		{"start only", "令和6年5月9日 午後2時開会", "14:00", "", true, false},
		{"end before start", "午後３時～午後２時", "", "", true, true},
		{"no time", "令和6年5月9日（木）", "", "", false, false},
		{"not a clock in a number", "第123時", "", "", false, false},
		{"hour out of range", "25:00～26:00", "", "", false, false},
		{"pm noon", "午後0時30分～1時", "12:30", "13:00", true, false},
		{"open close", "開会 午後1時30分 閉会 午後2時46分", "13:30", "14:46", true, false},
		{"opened and closed after the times", "午前10時00分開会　午前11時45分閉会", "10:00", "11:45", true, false},
		{"自 … 至 …", "自 13:30 至 15:16", "13:30", "15:16", true, false},
		{"open and close on lines around the date", "開会 午前10時00分 令和6年11月18日（月） 閉会 午前11時40分", "10:00", "11:40", true, false},
		{"words after the times, the date between", "午後1時開会 令和6年5月9日（木） 午後2時30分散会", "13:00", "14:30", true, false},
		{"the marks decide, not the order", "閉会 午前11時00分 令和6年11月18日 開会 午前10時00分", "10:00", "11:00", true, false},
		{"closed before opened is no value", "開会 午前11時00分 令和6年11月18日 閉会 午前10時00分", "", "", true, true},
		{"two unmarked times far apart: the first only", "午前10時 令和6年11月18日（月）の会議 午前11時", "10:00", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, ok := readTimeRange(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.bad, tr.bad)
			assert.Equal(t, tt.start, tr.start.String())
			assert.Equal(t, tt.end, tr.end.String())
		})
	}
}

func TestMarkedTimeLine(t *testing.T) {
	tests := []struct {
		name, in string
		at       string
		mark     int
		ok       bool
	}{
		{"opened", "午前10時00分　開議", "10:00", 1, true},
		{"closed, word first", "閉会　午後3時", "15:00", 2, true},
		{"in brackets", "（午前11時15分　散会）", "11:15", 2, true},
		{"a sentence is no such line", "午前11時15分に閉会した委員会の報告", "", 0, false},
		{"no mark", "午前10時00分", "", 0, false},
		{"two times", "午前10時 開会 午前11時 閉会", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, mark, ok := markedTimeLine(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.mark, mark)
			if ok {
				assert.Equal(t, tt.at, m.t.String())
			}
		})
	}
}

func docLabel(name string, synonyms ...string) doc.Label {
	return doc.Label{Name: name, Synonyms: synonyms}
}

func TestDateOnlyLine(t *testing.T) {
	p, err := parse.New()
	require.NoError(t, err)
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"era date with weekday", "令和6年9月20日（金）", "2024-09-20", true},
		{"western date with full weekday", "2024年9月20日(金曜日)", "2024-09-20", true},
		{"a publication date in square brackets", "[2021年6月23日]", "", false},
		{"a date in a sentence", "令和6年9月20日に開催した。", "", false},
		{"a month only", "令和6年9月", "", false},
		{"two dates", "令和6年9月20日・21日", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := dateOnlyLine(p, tt.in)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, d.String())
			}
		})
	}
}
