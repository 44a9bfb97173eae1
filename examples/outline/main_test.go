package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunJSONMatchesGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, true, "auto", []string{filepath.Join("..", "..", "testdata", "kashiwa_comprehensive_plan_ch4.txt")}))
	want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "outline_kashiwa.json"))
	require.NoError(t, err)
	assert.JSONEq(t, string(want), out.String())
}

func TestRunTree(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.txt")
	require.NoError(t, os.WriteFile(path, []byte("第1章 総論\n\n施策展開\n\n1 会議\n❖会議を月1回以上開催します。\n"), 0o644))
	var out bytes.Buffer
	require.NoError(t, run(&out, false, "utf-8", []string{path}))
	assert.Equal(t, strings.Join([]string{
		"[章] 第1章 総論",
		"  [ブロック/measures] 施策展開",
		"    [施策/measure] 1 会議",
		"        - 会議を月1回以上開催します。 [月1回以上]",
		"",
	}, "\n"), out.String())
}

func TestRunTreeUnread(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.txt")
	require.NoError(t, os.WriteFile(path, []byte("第1章 総論\n●計画を進めます。\n■■■■\n"), 0o644))
	var out bytes.Buffer
	require.NoError(t, run(&out, false, "auto", []string{path}))
	assert.Equal(t, strings.Join([]string{
		"[章] 第1章 総論",
		"    - 計画を進めます。",
		"? line 3: ■■■■",
		"coverage 76.9%",
		"",
	}, "\n"), out.String())
}

func TestRunErrors(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run(&out, false, "latin1", nil), "unknown encoding")
	assert.Error(t, run(&out, false, "auto", []string{"a", "b"}), "two files")
	assert.Error(t, run(&out, false, "auto", []string{filepath.Join(t.TempDir(), "missing.txt")}))
	assert.Empty(t, out.String())
}
