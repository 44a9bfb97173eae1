package parse

import (
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDictionaryOnlyWhenWordsMatter checks, each in a fresh process (the
// dictionary is loaded once per process), which texts load the dictionary:
// a table cell with nothing but the figure and its comparator needs no
// words, so a KPI table of such cells runs without the 80 MB load; a
// counter only the dictionary knows, or words beside the figure, do.
func TestDictionaryOnlyWhenWordsMatter(t *testing.T) {
	if text := os.Getenv("POLICYGOAL_DICT_PROBE"); text != "" {
		p, err := New()
		require.NoError(t, err)
		_, err = p.ParseTarget(text)
		require.NoError(t, err)
		if sharedTok != nil {
			os.Exit(3) // loaded
		}
		return
	}
	for _, tt := range []struct {
		name  string
		text  string
		loads bool
	}{
		{"percentage with a comparator", "70.0%以上", false},
		{"count with a period and a comparator", "月1回以上", false},
		{"plain count", "1,000件", false},
		{"full-width, in brackets", "（年１０回以上）", false},
		{"a counter only the dictionary knows", "2艘以上", true},
		{"a change word in the figure", "30件に増やす", true},
		{"words beside the figure", "研修の受講者数 100人以上", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestDictionaryOnlyWhenWordsMatter$")
			cmd.Env = append(os.Environ(), "POLICYGOAL_DICT_PROBE="+tt.text)
			out, err := cmd.CombinedOutput()
			loaded := false
			if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
				loaded = true
			} else {
				require.NoError(t, err, "%s", out)
			}
			assert.Equal(t, tt.loads, loaded)
		})
	}
}
