package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/internal/jtext"
)

// kindDocs are the test documents of each kind: the seeds and this
// package's own documents in other cities' layouts.
func kindDocs(t testing.TB) map[Kind][]string {
	t.Helper()
	glob := func(pattern string) []string {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		require.NotEmpty(t, m, pattern)
		return m
	}
	return map[Kind][]string{
		KindGoals:   append(glob("../../testdata/goals/*"), "../../testdata/saitama_cs90_bureaus.txt"),
		KindPage:    append(glob("../../testdata/pages/*"), "../../testdata/sakai_mayors_office_page.txt"),
		KindMeeting: append(glob("../../testdata/meetings/*"), "../../testdata/saitama_strategy_meeting_305.txt"),
		KindPlan:    append(glob("../../testdata/plans/*.txt"), "../../testdata/saitama_comprehensive_plan_ch1-2.txt", "../../testdata/kashiwa_comprehensive_plan_ch4.txt"),
	}
}

func TestDetectEveryTestDocument(t *testing.T) {
	for want, files := range kindDocs(t) {
		for _, f := range files {
			t.Run(want.String()+"/"+filepath.Base(f), func(t *testing.T) {
				b, err := os.ReadFile(f)
				require.NoError(t, err)
				got, conf := Detect(string(b))
				assert.Equal(t, want, got, "confidence %.2f scores %v", conf, scoreKinds(string(b)))
				// a plan chapter with an indicator table is mixed: less sure
				assert.GreaterOrEqual(t, conf, 0.55, "scores %v", scoreKinds(string(b)))
			})
		}
	}
}

func TestDetectNothing(t *testing.T) {
	for _, in := range []string{"", "\n\n", "こんにちは。", "ページの先頭へ"} {
		k, conf := Detect(in)
		assert.Equal(t, KindUnset, k, in)
		assert.Zero(t, conf, in)
	}
}

func TestKindText(t *testing.T) {
	for k := KindPlan; k <= KindIndicators; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	_, err := KindUnset.MarshalText()
	assert.Error(t, err)
	_, err = ParseKind("novel")
	assert.Error(t, err)
	assert.Equal(t, "Kind(9)", Kind(9).String())
}

// A breadcrumb spaced with ASCII or ideographic spaces is navigation,
// whichever separator it uses; a bare comparison is not. (The width fold
// keeps the ideographic space, so the check reads both.)
func TestIsFurnitureLineBreadcrumb(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"ascii spaces", "ホーム > 組織 > 総務課", true},
		{"ideographic spaces, full-width sign", "ホーム　＞　組織", true},
		{"ideographic spaces, ≫", "ホーム　≫　組織", true},
		{"a bare comparison", "目標値>現状値", false},
		{"a sign at the start", "> 引用", false},
		{"update line stays", "ホーム > 組織 更新日：令和6年4月1日", false},
		{"a furniture phrase", "ページの先頭へ", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, isFurnitureLine(jtext.String(tt.line)))
		})
	}
}
