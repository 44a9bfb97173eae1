package parse_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzLoadTable checks LoadTable on any bytes: it never panics; it returns
// an error (a *LoadError) or a table with at least one organization, never
// both and never neither; it is deterministic; every goal belongs to a
// listed organization and its spans lie in the document; the JSON form
// always marshals. More seeds: testdata/fuzz/FuzzLoadTable.
func FuzzLoadTable(f *testing.F) {
	f.Add(readTestdata(f, "saitama_cs90_bureaus.txt"))
	for _, tt := range loadTableTests {
		f.Add([]byte(tt.in))
	}
	p, err := parse.New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := p.LoadTable(bytes.NewReader(data))
		again, err2 := p.LoadTable(bytes.NewReader(data))
		require.Equal(t, err == nil, err2 == nil, "deterministic")
		if err != nil {
			var le *parse.LoadError
			require.True(t, errors.As(err, &le), "typed error: %v", err)
			assert.Equal(t, err.Error(), err2.Error())
			assert.True(t, le.Line >= 0 && le.Column >= 0 && le.Offset >= 0)
			return
		}
		require.Equal(t, tab, again, "deterministic")
		require.NotEmpty(t, tab.Organizations, "a value without an error has an organization")

		// Without a BOM, valid UTF-8 is the decoded document itself.
		doc := ""
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
			doc = string(data)
		}
		names := map[string]bool{}
		for _, o := range tab.Organizations {
			assert.False(t, names[o.Name], "organization listed twice: %q", o.Name)
			names[o.Name] = true
		}
		for _, g := range tab.Goals {
			assert.True(t, names[g.Owner], "goal owner %q not listed", g.Owner)
			assert.NotEmpty(t, strings.TrimSpace(g.Statement))
			assert.True(t, g.Span.Start < g.Span.End && g.Line >= 1)
			if doc != "" {
				require.True(t, g.Span.Valid(len(doc)))
				for _, tg := range g.Targets {
					require.True(t, tg.Span.Valid(len(doc)))
					assert.Equal(t, tg.Text, doc[tg.Span.Start:tg.Span.End])
				}
			}
			assert.True(t, strings.HasPrefix(g.Statement, g.Purpose))
		}
		_, err = json.Marshal(tab)
		assert.NoError(t, err)
	})
}
