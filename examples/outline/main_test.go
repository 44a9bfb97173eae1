package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/cli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCmd runs the command in-process with empty standard input.
func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	c := &cli.Command{Name: "outline", Synopsis: synopsis, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	code = run(c, args)
	return code, out.String(), errb.String()
}

func TestRunJSONMatchesGolden(t *testing.T) {
	code, out, errs := runCmd("-json", filepath.Join("..", "..", "testdata", "kashiwa_comprehensive_plan_ch4.txt"))
	require.Equal(t, 0, code, errs)
	want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "outline_kashiwa.json"))
	require.NoError(t, err)
	assert.JSONEq(t, string(want), out)
}

func TestRunTree(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.txt")
	require.NoError(t, os.WriteFile(path, []byte("第1章 総論\n\n施策展開\n\n1 会議\n❖会議を月1回以上開催します。\n"), 0o644))
	code, out, errs := runCmd("-encoding", "utf-8", path)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, strings.Join([]string{
		"[章] 第1章 総論",
		"  [ブロック/measures] 施策展開",
		"    [施策/measure] 1 会議",
		"        - 会議を月1回以上開催します。 [月1回以上]",
		"",
	}, "\n"), out)
}

func TestRunTreeUnread(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.txt")
	require.NoError(t, os.WriteFile(path, []byte("第1章 総論\n●計画を進めます。\n■■■■\n"), 0o644))
	code, out, errs := runCmd(path)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, strings.Join([]string{
		"[章] 第1章 総論",
		"    - 計画を進めます。",
		"? line 3: ■■■■",
		"coverage 76.9%",
		"",
	}, "\n"), out)
}

func TestRunErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown encoding", []string{"-encoding", "latin1"}, 2, "outline: -encoding: "},
		{"two files", []string{"a", "b"}, 2, "outline: one file at most, got 2"},
		{"missing file", []string{filepath.Join("testdata", "missing.txt")}, 1, "outline: testdata/missing.txt: no such file or directory"},
		{"empty standard input names stdin", nil, 1, "outline: stdin: no content recognized"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out)
			assert.True(t, strings.HasPrefix(errs, tt.msg), "stderr %q does not start with %q", errs, tt.msg)
			assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %q", errs)
		})
	}
}
