package parse

import (
	"strings"
	"testing"
	"time"

	"github.com/policygoal/policygoal/goal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDeadline(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		target string // the target's text; its first occurrence is the target
		want   goal.FiscalYear
		ref    goal.FiscalYear // want with the reference time 2024-06-01 (FY2024); 0: same as want
	}{
		{"by fiscal year before", "令和7年度までに年10回以上開催する。", "年10回以上", 2025, 0},
		{"by end of fiscal year", "2030年度末までに50%削減", "50%", 2030, 0},
		{"full-width", "令和７年度までに年１０回以上", "年１０回以上", 2025, 0},
		{"until", "2030年度まで毎年10件以上", "10件以上", 2030, 0},
		{"during", "令和6年度中に3回実施する", "3回", 2024, 0},
		{"within", "令和6年度内に3回", "3回", 2024, 0},
		{"aiming at", "令和8年度を目途に100%", "100%", 2026, 0},
		{"date deadline in Q4", "2030年3月までに50%", "50%", 2029, 0},
		{"calendar year deadline", "2030年までに50%削減", "50%", 2030, 0},
		{"range deadline takes its last year", "令和3～7年度までに20団体", "20団体", 2025, 0},
		{"deadline after the target", "参加者数を500人以上とすることを令和9年度までに目指す", "500人以上", 2027, 0},
		{"nearest wins", "令和5年度までに10件、令和7年度までに20件", "20件", 2025, 0},
		{"nearest wins first", "令和5年度までに10件、令和7年度までに20件", "10件", 2023, 0},
		{"other sentence", "令和7年度までに整備する。年10回以上開催する。", "年10回以上", 0, 0},
		{"continued line is one sentence", "令和7年度までに\n　年10回以上", "年10回以上", 2025, 0},
		{"new line is a new sentence", "令和7年度までに整備\n年10回以上", "年10回以上", 0, 0},
		{"date without cue", "令和2年度の実績は10回", "10回", 0, 0},
		{"relative within fiscal year", "年度内に5回開催する", "5回", 0, 2024},
		{"relative this year", "今年度中に5回", "5回", 0, 2024},
		{"relative next year", "来年度までに5回", "5回", 0, 2025},
		{"every fiscal year is not a deadline", "毎年度内に5回", "5回", 0, 0},
		{"absolute beats nothing", "令和7年度末までに年度内の件数を5件", "5件", 2025, 2025},
	}
	p := newParser(t, WithReferenceTime(time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fold(tt.text)
			ft := fold(tt.target)
			ts := strings.Index(f.Text, ft.Text)
			require.GreaterOrEqual(t, ts, 0)
			te := ts + len(ft.Text)
			dates := findDates(tt.text, f)
			assert.Equal(t, tt.want, deadlineOf(f, dates, ts, te), "without reference")
			want := tt.ref
			if want == 0 {
				want = tt.want
			}
			assert.Equal(t, want, p.deadlines(f, dates).of(ts, te), "with reference")
		})
	}
	assert.Zero(t, deadlineOf(fold("x"), nil, 5, 2), "a bad range is no deadline")
}

func TestWithReferenceTime(t *testing.T) {
	_, err := New(WithReferenceTime(time.Time{}))
	assert.ErrorIs(t, err, ErrOption)
	p := newParser(t, WithReferenceTime(time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, goal.FiscalYear(2024), p.dates.referenceFiscalYear())
	assert.Zero(t, newParser(t).dates.referenceFiscalYear())
}
