package load

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// TestOutlineWriteJSON: WriteJSON, which writes a node at a time, gives the
// bytes json.Encoder gives for the whole outline, on every plan document
// and on the empty outline.
func TestOutlineWriteJSON(t *testing.T) {
	encode := func(o *Outline) string {
		var b bytes.Buffer
		e := json.NewEncoder(&b)
		e.SetEscapeHTML(false)
		e.SetIndent("", "  ")
		require.NoError(t, e.Encode(o))
		return b.String()
	}
	outlines := map[string]*Outline{
		"empty":             {},
		"no nodes, a title": {Plan: &goal.Plan{Title: "計画 <改訂版> & 概要"}, Coverage: 0.5},
	}
	for _, f := range kindDocs(t)[KindPlan] {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		o, err := LoadOutline(strings.NewReader(string(b)))
		require.NoError(t, err)
		outlines[filepath.Base(f)] = o
	}
	for name, o := range outlines {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			require.NoError(t, o.WriteJSON(&got))
			assert.Equal(t, encode(o), got.String())
		})
	}
}
