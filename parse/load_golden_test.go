package parse_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites the golden files under testdata/golden from the current
// output: go test ./parse/ -run Golden -update. Review the diff by reading.
var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// checkGolden compares v, as indented JSON, with testdata/golden/name, or
// rewrites the file with -update.
func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run go test ./parse/ -update")
	assert.JSONEq(t, string(want), string(got), "output differs from %s (rerun with -update and review)", path)
}

// readTestdata returns a source document from testdata.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	return b
}
