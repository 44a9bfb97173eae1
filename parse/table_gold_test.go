package parse_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoadTableAgainstGold loads the CS90 table and compares every
// organization's kind and targets (kind, value, period, comparator, in
// order) with the hand-made gold file testdata/saitama_cs90_bureaus.gold.jsonl.
func TestLoadTableAgainstGold(t *testing.T) {
	tab, err := newParser(t).LoadTable(bytes.NewReader(readTestdata(t, "saitama_cs90_bureaus.txt")))
	require.NoError(t, err)
	kinds := map[string]string{}
	for _, o := range tab.Organizations {
		kinds[o.Name] = o.Kind.String()
	}
	sc := bufio.NewScanner(bytes.NewReader(readTestdata(t, "saitama_cs90_bureaus.gold.jsonl")))
	total, rows := 0, 0
	for sc.Scan() {
		var row struct {
			Org     string `json:"org"`
			Kind    string `json:"kind_of_org"`
			Goals   int    `json:"goals"`
			Targets []struct {
				Kind  string  `json:"kind"`
				Value float64 `json:"value"`
				Per   string  `json:"per"`
				Cmp   string  `json:"cmp"`
			} `json:"targets"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &row))
		rows++
		assert.Equal(t, row.Kind, kinds[row.Org], row.Org)
		goals := tab.GoalsOf(row.Org)
		if row.Goals > 0 {
			assert.Len(t, goals, row.Goals, row.Org)
		}
		var want, got []string
		for _, tg := range row.Targets {
			want = append(want, fmt.Sprintf("%s %g %s %s", tg.Kind, tg.Value, tg.Per, tg.Cmp))
		}
		for _, g := range goals {
			for _, tg := range g.Targets {
				per := ""
				if tg.Per != 0 {
					per = tg.Per.String()
				}
				got = append(got, fmt.Sprintf("%s %g %s %s", tg.Kind, tg.Value, per, tg.Cmp))
			}
		}
		assert.Equal(t, want, got, row.Org)
		total += len(want)
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, 30, rows)
	assert.Equal(t, 18, total)
}
