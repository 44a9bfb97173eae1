package parse_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractRelativeDeadline checks, through Extract, that a relative
// deadline is resolved against the reference time even when the text holds
// no date of its own.
func TestExtractRelativeDeadline(t *testing.T) {
	jst := time.FixedZone("JST", 9*60*60)
	fy2024 := time.Date(2024, 6, 1, 0, 0, 0, 0, jst)
	for _, tt := range []struct {
		name string
		ref  time.Time // zero: no reference time
		text string
		want goal.FiscalYear
		json string // the target's "by", "" when absent
	}{
		{"within the fiscal year, no other date", fy2024, "年度内に5回開催する", 2024, `"by":"2024"`},
		{"last day of the fiscal year is still FY2024", time.Date(2025, 3, 31, 23, 0, 0, 0, jst), "年度内に5回開催する", 2024, `"by":"2024"`},
		{"first day of the next", time.Date(2025, 4, 1, 0, 0, 0, 0, jst), "年度内に5回開催する", 2025, `"by":"2025"`},
		{"during this fiscal year", fy2024, "今年度中に説明会を3回開催する。", 2024, `"by":"2024"`},
		{"by next fiscal year", fy2024, "来年度までに相談窓口を2か所設置する。", 2025, `"by":"2025"`},
		{"without a reference time it stays unset", time.Time{}, "年度内に5回開催する", 0, ""},
		{"every fiscal year is not a deadline", fy2024, "毎年度5回開催する", 0, ""},
		{"a stated year wins over the reference", fy2024, "令和7年度までに5回開催する", 2025, `"by":"2025"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var opts []parse.Option
			if !tt.ref.IsZero() {
				opts = append(opts, parse.WithReferenceTime(tt.ref))
			}
			p, err := parse.New(opts...)
			require.NoError(t, err)
			ex, err := p.Extract(tt.text)
			require.NoError(t, err)
			require.Len(t, ex.Targets, 1, "%+v", ex.Targets)
			assert.Equal(t, tt.want, ex.Targets[0].By)
			b, err := json.Marshal(ex.Targets[0])
			require.NoError(t, err)
			if tt.json == "" {
				assert.NotContains(t, string(b), `"by"`)
			} else {
				assert.Contains(t, string(b), tt.json)
			}
		})
	}
}
