package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDescribe(t *testing.T) {
	for _, tt := range []struct {
		name string
		file string
		err  error
		want string
	}{
		{"load error with line and column", "a.txt",
			&parse.LoadError{Document: "goal table", Line: 3, Column: 7, Err: parse.ErrSyntax, Detail: "quoted cell not closed"},
			"a.txt:3:7: malformed document: quoted cell not closed"},
		{"load error without position", "a.txt",
			&parse.LoadError{Document: "plan outline", Err: parse.ErrNoContent, Detail: "no text"},
			"a.txt: no content recognized: no text"},
		{"wrapped load error keeps its position", "a.txt",
			fmt.Errorf("reading: %w", &parse.LoadError{Document: "meeting", Line: 2, Column: 1, Err: parse.ErrEncoding}),
			"a.txt:2:1: invalid text encoding"},
		{"cell error with line", "t.csv",
			&kpi.CellError{Row: 4, Line: 5, Column: 2, Header: "基準値", Value: "abc", Err: kpi.ErrNumber},
			"t.csv:5: column 2 (基準値): \"abc\": " + kpi.ErrNumber.Error()},
		{"cell error without line names the row", "t.csv",
			&kpi.CellError{Row: 4, Column: 2, Value: "x", Err: kpi.ErrNumber},
			"t.csv: row 4, column 2: \"x\": " + kpi.ErrNumber.Error()},
		{"no header: no nested kpi prefix", "bad/empty.txt", kpi.ErrNoHeader, "bad/empty.txt: " + kpi.ErrNoHeader.Error()},
		{"date error: no struct, no nested prefixes", "",
			&parse.DateError{Input: "2023-13-01", Err: &wrapped{goal.ErrInvalidDate, "goal: invalid date 2023-13-01: month out of range"}},
			"\"2023-13-01\": invalid date 2023-13-01: month out of range"},
		{"path error names the file the user typed, not the operation", "",
			&fs.PathError{Op: "open", Path: "x.csv", Err: fs.ErrNotExist}, "x.csv: file does not exist"},
		{"repeated parts once", "f", errors.New("not a date: no date: not a date"), "f: not a date: no date"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Describe(tt.file, tt.err))
		})
	}
}

// wrapped is an error with its own text wrapping a sentinel.
type wrapped struct {
	err error
	s   string
}

func (w *wrapped) Error() string { return w.s }
func (w *wrapped) Unwrap() error { return w.err }

func TestMessageOfALongCell(t *testing.T) {
	long := strings.Repeat("長", 1000)
	got := Describe("t.csv", &kpi.CellError{Row: 2, Column: 1, Value: long, Err: kpi.ErrNumber})
	assert.Less(t, len(got), 200, "a huge cell is cut in the message")
	assert.Contains(t, got, "…")
}

func TestExit(t *testing.T) {
	for _, tt := range []struct {
		name     string
		err      error
		problems int
		code     int
		stderr   string
	}{
		{"success", nil, 0, ExitOK, ""},
		{"problems reported", nil, 2, ExitProblem, ""},
		{"help or version", ErrDone, 0, ExitOK, ""},
		{"usage", Usagef("-x: bad"), 0, ExitUsage, "cmd: -x: bad (cmd -h for help)\n"},
		{"other error", errors.New("parse: broken\nsecond line"), 0, ExitProblem, "cmd: broken second line\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var errb bytes.Buffer
			c := &Command{Name: "cmd", Stderr: &errb, Problems: tt.problems}
			assert.Equal(t, tt.code, c.Exit(tt.err))
			assert.Equal(t, tt.stderr, errb.String())
		})
	}
}

func TestParse(t *testing.T) {
	var out, errb bytes.Buffer
	c := &Command{Name: "cmd", Synopsis: "cmd [-x] [file | -]", Stdout: &out, Stderr: &errb}
	fs := c.FlagSet()
	fs.Bool("x", false, "an example flag")
	assert.ErrorIs(t, c.Parse(fs, []string{"-h"}), ErrDone)
	assert.True(t, strings.HasPrefix(out.String(), "usage: cmd [-x] [file | -]\n"), out.String())
	assert.Contains(t, out.String(), "an example flag")

	out.Reset()
	assert.ErrorIs(t, c.Parse(c.FlagSet(), []string{"-version"}), ErrDone)
	assert.Regexp(t, `^cmd \S`, out.String())

	var ue *UsageError
	assert.ErrorAs(t, c.Parse(c.FlagSet(), []string{"-nope"}), &ue)
	assert.Empty(t, errb.String(), "the flag package prints nothing of its own")
}

func TestNeutralizeCell(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+2", "'+1+2"},
		{"-2+3 月1回", "'-2+3 月1回"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", "'\tcmd"},
		{"\rcmd", "'\rcmd"},
		{"-5", "-5"},
		{"+1.5", "+1.5"},
		{"-2e3", "-2e3"},
		{"-Inf", "'-Inf"},
		{"-", "'-"},
		{"月1回", "月1回"},
		{"", ""},
		{"a=b", "a=b"},
	} {
		assert.Equal(t, tt.want, NeutralizeCell(tt.in), "%q", tt.in)
	}
}

func TestTablePadsByDisplayWidth(t *testing.T) {
	var tab Table
	tab.Row("LINE", "TEXT", "SUBJECT")
	tab.Row("1", "月1回以上", "局内会議")
	tab.Row("12", "80%", "ｶﾀｶﾅ")
	var b bytes.Buffer
	require.NoError(t, tab.Write(&b))
	assert.Equal(t, "LINE  TEXT       SUBJECT\n"+
		"1     月1回以上  局内会議\n"+
		"12    80%        ｶﾀｶﾅ\n", b.String())
	assert.Equal(t, 9, DisplayWidth("月1回以上"))
	assert.Equal(t, 4, DisplayWidth("ｶﾀｶﾅ"), "half-width katakana are narrow")
	assert.Equal(t, 1, DisplayWidth("e\u0301"), "combining marks take no column")
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.html")
	require.NoError(t, WriteFile(path, nil, func(w io.Writer) error { _, err := io.WriteString(w, "one"); return err }))
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, FileMode, st.Mode().Perm())

	// A failed write leaves the old file and no temporary file, and its
	// error names the file, not the temporary one.
	err = WriteFile(path, nil, func(w io.Writer) error {
		io.WriteString(w, "half")
		return &fs.PathError{Op: "write", Path: "ignored", Err: errors.New("disk full")}
	})
	require.Error(t, err)
	b, _ := os.ReadFile(path)
	assert.Equal(t, "one", string(b))
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1)

	// The input is refused, by any spelling.
	in := filepath.Join(dir, "in.csv")
	require.NoError(t, os.WriteFile(in, []byte("x"), 0o600))
	var ue *UsageError
	for _, out := range []string{in, filepath.Join(dir, ".", "in.csv")} {
		assert.ErrorAs(t, WriteFile(out, []string{"-", in}, func(io.Writer) error { return nil }), &ue, out)
	}
	require.NoError(t, os.Link(in, filepath.Join(dir, "link.csv")))
	assert.ErrorAs(t, CheckOutput(filepath.Join(dir, "link.csv"), []string{in}), &ue, "a hard link to the input")
	assert.NoError(t, CheckOutput(path, []string{"", "-", in}))
	b, _ = os.ReadFile(in)
	assert.Equal(t, "x", string(b))

	err = WriteFile(filepath.Join(dir, "missing", "out.html"), nil, func(io.Writer) error { return nil })
	require.Error(t, err)
	assert.NotContains(t, Describe("", err), ".tmp", "no temporary name in the message")
	assert.Contains(t, Describe("", err), filepath.Join(dir, "missing", "out.html"))
}

func TestProgress(t *testing.T) {
	var errb bytes.Buffer
	c := &Command{Name: "cmd", Stderr: &errb}
	defer func(f func(io.Writer) bool, k func() time.Time) { IsTerminal, clock = f, k }(IsTerminal, clock)

	IsTerminal = func(io.Writer) bool { return false }
	r := strings.NewReader("abc")
	assert.Same(t, r, c.Progress(r, "in.txt", 3), "not a terminal: the reader itself")

	IsTerminal = func(io.Writer) bool { return true }
	now := time.Unix(0, 0)
	clock = func() time.Time { return now }
	data := strings.Repeat("x", 4_000_000)
	pr := c.Progress(strings.NewReader(data), "in.txt", int64(len(data)))
	buf := make([]byte, 1_000_000)
	pr.Read(buf)
	assert.Empty(t, errb.String(), "nothing in the first second")
	now = now.Add(2 * time.Second)
	pr.Read(buf)
	assert.Equal(t, "\r\x1b[Kin.txt: 2.0 MB of 4.0 MB (50%)", errb.String())
	pr.Read(buf)
	assert.Equal(t, "\r\x1b[Kin.txt: 2.0 MB of 4.0 MB (50%)", errb.String(), "at most every 250 ms")

	errb.Reset()
	c.Report("in.txt", errors.New("bad"))
	assert.Equal(t, "\r\x1b[Kcmd: in.txt: bad\n", errb.String(), "the line is cleared before a problem")
	errb.Reset()
	c.Exit(nil)
	assert.Empty(t, errb.String(), "nothing left to clear")
}

func TestOneLine(t *testing.T) {
	assert.Equal(t, "a b c", OneLine("a\n b\r\n\tc"))
	assert.Equal(t, "ab", OneLine("a\x07b\u0085"), "control characters dropped")
	assert.Equal(t, "[31mred", OneLine("\x1b[31mred"), "an escape sequence loses its ESC and does nothing")
}
