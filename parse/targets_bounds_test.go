package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// boundTests hold the cases at the edges of the recognizer's comparisons:
// equal ends, the first word of a list, a unit written again after a
// range, a bound after 約. Each row fails when one comparison in
// targets.go is turned into its off-by-one or negated twin (the mutants
// of tools/mutate).
var boundTests = []struct {
	name string
	in   string
	want []want
}{
	{"a bound after 約 wins", "約10件以上を実施する", []want{{Kind: cnt, Value: 10, Cmp: ge, Unit: "件", Action: "実施する", Text: "約10件以上"}}},
	{"a range with equal ends", "10~10件を実施する", []want{{Kind: cnt, Value: 10, Max: 10, Cmp: rng, Unit: "件", Action: "実施する", Text: "10~10件"}}},
	{"以上 then 以内 make a range of hours", "研修を3時間以上5時間以内とする", []want{{Kind: dur, Value: 3, Max: 5, Cmp: rng, Unit: "時間", Subject: "研修", Action: "する", Text: "3時間以上5時間以内"}}},
	{"a Latin unit repeated after a range", "ごみを10kg～20kg減らす", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "kg", Change: dec, Subject: "ごみ", Action: "減らす", Text: "10kg～20kg減らす"}}},
	{"回 repeated after a range of frequencies", "年10回～12回開催する", []want{{Kind: freq, Value: 10, Max: 12, Cmp: rng, Per: year, Action: "開催する", Text: "年10回～12回"}}},
	{"the first 約-word, spaced from the number", "おおよそ 200人が参加する", []want{{Kind: cnt, Value: 200, Cmp: apx, Unit: "人", Action: "参加する", Text: "おおよそ 200人"}}},
	{"以上 then 以下 with equal ends", "10件以上10件以下とする", []want{{Kind: cnt, Value: 10, Max: 10, Cmp: rng, Unit: "件", Action: "する", Text: "10件以上10件以下"}}},
	{"以上 then 未満 make a range", "10件以上20件未満とする", []want{{Kind: cnt, Value: 10, Max: 20, Cmp: rng, Unit: "件", Action: "する", Text: "10件以上20件未満"}}},
	{"以上 then 以下 make a range of percentages", "割合を50%以上80%以下とする", []want{{Kind: pct, Value: 50, Max: 80, Cmp: rng, Unit: "%", Subject: "割合", Action: "する", Text: "50%以上80%以下"}}},
	{"the first 約-word before a period", "おおよそ月1回開催する", []want{{Kind: freq, Value: 1, Cmp: apx, Per: mon, Action: "開催する", Text: "おおよそ月1回"}}},
	{"an interval of one is every period", "1週間ごとに更新する", []want{{Kind: freq, Value: 1, Cmp: eq, Per: week, Action: "更新する", Text: "1週間ごとに"}}},
	{"one day skipped is every other day", "1日おきに巡回する", []want{{Kind: freq, Value: 1, Cmp: eq, Per: day, Interval: 2, Action: "巡回する", Text: "1日おきに"}}},
	{"おき after a period word needs a number", "四半期おきに点検する", []want{}},
	{"three spaces part two cells", "参加者を10   件とする", []want{}},
	// The minutes of a time are no count, even run into a counter as PDF
	// extraction joins cells; 9 and 0 are the ends of the digits.
	{"minutes after 9:", "受付は9:30人", []want{}},
	{"minutes after 0:", "時刻 10:50%", []want{}},
}

func TestExtractBounds(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	for _, tt := range boundTests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := p.Extract(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got(ex.Targets), tt.in)
		})
	}
}

func TestClip(t *testing.T) {
	assert.Equal(t, "目標値", clip("目標値", 3), "n runes are kept whole")
	assert.Equal(t, "目標…", clip("目標値", 2))
}
