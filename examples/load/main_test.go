package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/cli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	c := &cli.Command{Name: "load", Synopsis: synopsis, Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := run(c, args)
	return code, out.String(), errb.String()
}

// TestDetectsEveryTestDocument: with -kind auto the command takes each
// seed and each test document for its kind and says so.
func TestDetectsEveryTestDocument(t *testing.T) {
	want := map[string]string{
		"../../testdata/saitama_comprehensive_plan_ch1-2.txt": "plan",
		"../../testdata/kashiwa_comprehensive_plan_ch4.txt":   "plan",
		"../../testdata/saitama_cs90_bureaus.txt":             "goals",
		"../../testdata/sakai_mayors_office_page.txt":         "page",
		"../../testdata/saitama_strategy_meeting_305.txt":     "meeting",
		"../../testdata/kpi/plan_indicators.txt":              "indicators",
	}
	for dir, kind := range map[string]string{
		"../../testdata/goals": "goals", "../../testdata/pages": "page", "../../testdata/meetings": "meeting",
		"../../testdata/plans": "plan", "../../parse/load/testdata/indicators": "indicators",
	} {
		files, err := filepath.Glob(filepath.Join(dir, "*.[ct][sx][vt]"))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		for _, f := range files {
			want[f] = kind
		}
	}
	for f, kind := range want {
		t.Run(filepath.Base(f), func(t *testing.T) {
			code, out, errs := runCmd(t, "", "-json", f)
			require.Equal(t, 0, code, errs)
			assert.Contains(t, errs, "kind "+kind+" (confidence")
			var v any
			require.NoError(t, json.Unmarshal([]byte(out), &v))
			objs := []any{v}
			if arr, ok := v.([]any); ok {
				assert.Equal(t, "meeting", kind, "only meetings are an array")
				objs = arr
			}
			for _, o := range objs {
				m := o.(map[string]any)
				assert.Equal(t, kind, m["kind"])
				assert.Contains(t, m, "coverage")
				assert.Contains(t, m, "unread")
			}
		})
	}
}

// TestReadsIndicators: an indicator table is detected and read, in the
// readable view and as JSON that names its kind.
func TestReadsIndicators(t *testing.T) {
	in := "指標名\t単位\t現状値（令和4年度）\t目標値（令和10年度）\n市民活動団体の登録数\t団体\t212\t260\n"
	code, out, errs := runCmd(t, in)
	assert.Equal(t, 0, code, errs)
	assert.Equal(t, "load: stdin: kind indicators (confidence 1.00)\n", errs)
	assert.Equal(t, "indicators: 1\n  - 市民活動団体の登録数 [団体]: 現状 212 (2022) → 目標 260 (2028)\ncoverage: 100%\n", out)

	code, out, errs = runCmd(t, in, "-kind", "indicators", "-json")
	require.Equal(t, 0, code, errs)
	var v struct {
		Kind       string `json:"kind"`
		Indicators []struct {
			Name     string `json:"name"`
			Baseline struct {
				Value float64 `json:"value"`
				Year  string  `json:"year"`
			} `json:"baseline"`
		} `json:"indicators"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Equal(t, "indicators", v.Kind)
	require.Len(t, v.Indicators, 1)
	assert.Equal(t, "市民活動団体の登録数", v.Indicators[0].Name)
	assert.Equal(t, 212.0, v.Indicators[0].Baseline.Value)
	assert.Equal(t, "2022", v.Indicators[0].Baseline.Year)
}

func TestCommandLine(t *testing.T) {
	for _, tt := range []struct {
		name  string
		args  []string
		stdin string
		code  int
		out   string
		errs  string
	}{
		{"help exits 0", []string{"-h"}, "", 0, "usage: load", ""},
		{"version", []string{"-version"}, "", 0, "load ", ""},
		{"bad flag", []string{"-nope"}, "", 2, "", "load: flag provided but not defined"},
		{"bad kind", []string{"-kind", "novel"}, "", 2, "", "-kind"},
		{"stdin by dash", []string{"-kind", "meeting", "-"}, "第1回 審議会\n【日時】令和6年5月9日 午後2時～3時\n【場所】会議室\n", 0, "place: 会議室", ""},
		{"meeting assessments in the readable view", []string{"-kind", "meeting", "-"},
			"第1回 審議会\n【日時】令和6年5月9日 午後2時～3時\n【主な意見】\n「地域への愛着」の指標は目標値に達しなかったものの上昇している。\n", 0,
			"assessment: 地域への愛着: not_reached, up\n", ""},
		{"wrong kind refused", []string{"-kind", "meeting"}, "令和6年度 各部の組織目標\n■総務部\n・研修を年2回行います。\n", 1, "",
			"this looks like a goals document, not meeting"},
		{"missing file", []string{"/nonexistent/x.txt"}, "", 1, "", "load: /nonexistent/x.txt: no such file"},
		{"nothing to read", nil, "こんにちは\n", 1, "", "cannot tell what kind"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Contains(t, out, tt.out)
			assert.Contains(t, errs, tt.errs)
			if tt.code != 0 {
				assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %q", errs)
			}
		})
	}
}
