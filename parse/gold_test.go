package parse

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldRow is one organization of testdata/saitama_cs90_bureaus.gold.jsonl:
// the hand annotation of every target its CS90 goal states.
type goldRow struct {
	Org     string `json:"org"`
	Targets []struct {
		Kind  string  `json:"kind"`
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
		Per   string  `json:"per"`
		Cmp   string  `json:"cmp"`
		Near  string  `json:"near"`
	} `json:"targets"`
	NotTargets []string `json:"not_targets"`
}

// TestCS90Gold checks the CS90 bureau list against its hand annotations:
// every annotated target is found in its organization's row, and nothing
// else is.
func TestCS90Gold(t *testing.T) {
	gf, err := os.Open("../testdata/saitama_cs90_bureaus.gold.jsonl")
	require.NoError(t, err)
	defer gf.Close()
	var gold []goldRow
	sc := bufio.NewScanner(gf)
	for sc.Scan() {
		var g goldRow
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		gold = append(gold, g)
	}
	require.Len(t, gold, 30)

	doc, err := os.ReadFile("../testdata/saitama_cs90_bureaus.txt")
	require.NoError(t, err)
	rows := map[string]string{}
	for _, line := range strings.Split(string(doc), "\n") {
		if org, text, ok := strings.Cut(line, "\t"); ok {
			rows[org] = text
		}
	}

	p, err := New()
	require.NoError(t, err)
	total := 0
	for _, g := range gold {
		t.Run(g.Org, func(t *testing.T) {
			text, ok := rows[g.Org]
			require.True(t, ok, "row for %s", g.Org)
			ex, err := p.Extract(text)
			require.NoError(t, err)
			require.Len(t, ex.Targets, len(g.Targets), "targets in %q", text)
			for k, w := range g.Targets {
				tg := ex.Targets[k]
				assert.Equal(t, w.Kind, tg.Kind.String())
				assert.Equal(t, w.Value, tg.Value)
				assert.Equal(t, w.Cmp, tg.Cmp.String())
				assert.Equal(t, w.Unit, tg.Unit)
				if w.Per != "" {
					assert.Equal(t, w.Per, tg.Per.String())
				} else {
					assert.Zero(t, tg.Per)
				}
				assert.Contains(t, w.Near, strings.Trim(tg.Text, "()（）"), "target text lies in the annotated words")
			}
			for _, nt := range g.NotTargets {
				for _, tg := range ex.Targets {
					assert.NotContains(t, nt, tg.Text)
				}
			}
		})
		total += len(g.Targets)
	}
	assert.Equal(t, 18, total)
}
