package kpi

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReportReason: a reason reads in the report's language; in English a
// reason is its own text unless the table words it otherwise.
func TestReportReason(t *testing.T) {
	for _, tt := range []struct {
		name   string
		labels *reportLabels
		reason Reason
		want   string
	}{
		{"Japanese", &japaneseLabels, ReasonNoBaseline, "基準値がない"},
		{"Japanese, a reason named by its text", &japaneseLabels, "all weights are zero", "重みがすべて0"},
		{"English: the reason's own text", &englishLabels, ReasonNoBaseline, "no baseline value"},
		{"English worded otherwise", &englishLabels, ReasonActualIsZero, "actual is zero (the target cannot be divided by it)"},
		{"unknown reason, Japanese: as it is", &japaneseLabels, "something new", "something new"},
		{"unknown reason, English: as it is", &englishLabels, "something new", "something new"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.labels.reason(tt.reason))
		})
	}
}

// TestReportLabelsComplete: every word of the report has a text in both
// languages, but for YearSuffix in English ("2023", not "2023年度") and Yes
// and No, which the report does not use.
func TestReportLabelsComplete(t *testing.T) {
	optional := map[string]bool{"YearSuffix": true, "Yes": true, "No": true}
	for _, l := range []reportLabels{japaneseLabels, englishLabels} {
		t.Run(l.Lang, func(t *testing.T) {
			v := reflect.ValueOf(l)
			for i := 0; i < v.NumField(); i++ {
				name, f := v.Type().Field(i).Name, v.Field(i)
				switch f.Kind() {
				case reflect.String:
					if !optional[name] || l.Lang == "ja" && name == "YearSuffix" {
						assert.NotEmpty(t, f.String(), name)
					}
				case reflect.Slice, reflect.Map:
					assert.NotZero(t, f.Len(), name)
				}
			}
			for _, s := range []Status{StatusAchieved, StatusOnTrack, StatusBehind, StatusWorsened, StatusNoData, StatusUnset} {
				assert.NotEmpty(t, l.Status[s], "status %v", s)
			}
			for _, d := range []Direction{DirectionIncrease, DirectionDecrease, DirectionMaintain} {
				assert.NotEmpty(t, l.Direction[d], "direction %v", d)
			}
		})
	}
}
