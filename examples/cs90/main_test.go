package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/cli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const table = "一覧\n局等\t目標\n総務局\t市民満足度向上のため、発信します。\n教育委員会事務局\t<ul> ・A。 ・B。</ul>\n"

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	c := &cli.Command{Name: "cs90", Synopsis: synopsis, Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code = run(c, args)
	return code, out.String(), errb.String()
}

func TestJSONContract(t *testing.T) {
	code, out, errs := runCmd(t, table, "-json")
	require.Equal(t, 0, code, errs)
	var v struct {
		Kind          string          `json:"kind"`
		Coverage      float64         `json:"coverage"`
		Unread        json.RawMessage `json:"unread"`
		Notes         []string        `json:"notes"`
		Title         string          `json:"title"`
		Organizations []struct {
			Name  string `json:"name"`
			Kind  string `json:"kind"`
			Goals []struct {
				Text    string            `json:"text"`
				Purpose string            `json:"purpose"`
				Targets []json.RawMessage `json:"targets"`
				Line    int               `json:"line"`
			} `json:"goals"`
		} `json:"organizations"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&v))
	assert.Equal(t, "goals", v.Kind)
	assert.Equal(t, "一覧", v.Title)
	require.Len(t, v.Organizations, 2)
	assert.Equal(t, "事務局", v.Organizations[1].Kind)
	assert.Len(t, v.Organizations[1].Goals, 2)
	assert.Equal(t, "市民満足度向上のため", v.Organizations[0].Goals[0].Purpose)
	assert.NotNil(t, v.Organizations[0].Goals[0].Targets, "targets is [] not null")
	assert.NotContains(t, out, `\u003c`, "no HTML escaping")
}

func TestListing(t *testing.T) {
	code, out, _ := runCmd(t, table)
	require.Equal(t, 0, code)
	assert.Equal(t, "一覧\n\n総務局 (局)\n  - 市民満足度向上のため、発信します。\n    目的 (purpose): 市民満足度向上のため\n"+
		"教育委員会事務局 (事務局)\n  - A。\n  - B。\n", out)
}

func TestCSV(t *testing.T) {
	code, out, _ := runCmd(t, table, "-csv", "-bom")
	require.Equal(t, 0, code)
	require.True(t, strings.HasPrefix(out, "\uFEFForganization,kind,goal,purpose,target_text"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Len(t, lines, 4, "header and one row per goal without targets")
	assert.Equal(t, "教育委員会事務局,事務局,A。,,,,,,,,,,,,,,", lines[2])

	code, out, _ = runCmd(t, table, "-csv")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "organization,"), "no BOM unless asked")
}

func TestTargetCells(t *testing.T) {
	cells := targetCells(goal.Target{Kind: goal.KindFrequency, Value: 1, Per: goal.PeriodMonth, Cmp: goal.CmpGE,
		Text: "月1回以上", Span: goal.Span{Start: 5, End: 19}})
	assert.Equal(t, []string{"月1回以上", "frequency", "1", "", "", "month", "", "ge", "", "", "", "5", "19"}, cells)
	assert.Len(t, cells, len(csvHeader)-4)
	cells = targetCells(goal.Target{Kind: goal.KindCount, Value: 10, Max: 20, Cmp: goal.CmpRange, Unit: "件", Interval: 2, By: 2025})
	assert.Equal(t, "20", cells[3])
	assert.Equal(t, "2", cells[6])
	assert.Equal(t, "2025", cells[10])
}

func TestOutputFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	require.NoError(t, os.WriteFile(in, []byte(table), 0o644))
	out := filepath.Join(dir, "out.json")
	code, stdout, errs := runCmd(t, "", "-json", "-o", out, in)
	require.Equal(t, 0, code, errs)
	assert.Empty(t, stdout)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, json.Valid(b))

	// A failing run leaves the earlier output and no temporary file.
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("総務局,\"A"), 0o644))
	code, _, errs = runCmd(t, "", "-json", "-format", "csv", "-o", out, bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "bad.csv")
	after, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, b, after)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 3, "no temporary file left")
}

func TestErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{"json and csv", table, []string{"-json", "-csv"}, 2, "exclude"},
		{"bom without csv", table, []string{"-bom"}, 2, "-bom"},
		{"bad encoding", table, []string{"-encoding", "latin1"}, 2, "encoding"},
		{"bad format", table, []string{"-format", "xlsx"}, 2, "format"},
		{"two files", table, []string{"a", "b"}, 2, "one input"},
		{"missing file", "", []string{"/nonexistent/x.txt"}, 1, "nonexistent"},
		{"no rows", "タイトル\n", nil, 1, "no content"},
		{"malformed csv row is not a goal", "総務局,\"A\"B\n", []string{"-format", "csv"}, 1, "no goal"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out)
			assert.Contains(t, errs, tt.msg)
			assert.True(t, strings.HasPrefix(errs, "cs90: "), errs)
			assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %q", errs)
		})
	}
}

func TestCSVNeutralizesFormulas(t *testing.T) {
	in := "一覧\n局等\t目標\n=HYPERLINK(\"http://x\")\t@SUM(1)のため、会議を月1回開催する。\n"
	code, out, errs := runCmd(t, in, "-csv")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[1], `"'=HYPERLINK(""http://x"")",,'@SUM(1)のため、会議を月1回開催する。,'@SUM(1)のため,月1回,frequency,1,`), lines[1])

	code, out, _ = runCmd(t, in, "-csv", "-csv-raw")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "\n\"=HYPERLINK(\"\"http://x\"\")\",,@SUM(1)のため")
}
