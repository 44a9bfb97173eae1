package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
