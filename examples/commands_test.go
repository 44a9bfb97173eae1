// Package examples_test runs every command under examples/ through the
// behaviours they share (see internal/cli): standard input as "-" and as no
// file, -h, -version, exit statuses and the one-line error form. The
// commands are built once and run as processes, as a user runs them.
package examples_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// command is one command (or subcommand) with inputs for the behaviours
// that need one. A command found under examples/ without a row here still
// gets the behaviours that need no input.
type command struct {
	dir  string   // directory under examples/, the binary's name
	name string   // the name its messages start with
	args []string // arguments before the input ("compliance -target …")
	good string   // an input it reads without a problem (standard input)
	bad  string   // an input with a problem at a known place
	// badWhere is the position prefix the problem must carry after
	// "name: ": "stdin:1:5" and the like.
	badWhere string
	// out is the flag that names an output file ("-o", "-html"); "" when
	// the command writes only to standard output.
	out string
}

var commands = []command{
	{dir: "extract", name: "extract", good: "局内会議を月1回開催する。\n",
		bad: "前の行\n令和5年13月1日までに月1回開催する。\n", badWhere: "stdin:2:1"},
	{dir: "cs90", name: "cs90", args: []string{"-format", "csv"}, good: "総務局,会議を月1回開催する。\n",
		bad: "総務局,\"A\n", badWhere: "stdin:1:5", out: "-o"},
	{dir: "load", name: "load", args: []string{"-kind", "goals"}, good: "総務局,会議を月1回開催する。\n",
		bad: "総務局,\"A\n", badWhere: "stdin:1:5"},
	{dir: "outline", name: "outline", good: "第1章 総論\n\n施策展開\n\n1 会議\n❖会議を月1回以上開催します。\n",
		bad: "第1章 総論\n本文\x00です\n", badWhere: "stdin:2:3"},
	{dir: "kpi", name: "kpi",
		good: "指標名,単位,方向,基準値,基準年度,目標値,目標年度,実績値,実績年度\n" +
			"市民満足度,%,増加,62,2020,70,2025,65,2022\n",
		bad: "指標名,単位,方向,基準値,基準年度,目標値,目標年度,実績値,実績年度\n" +
			"市民満足度,%,増加,abc,2020,70,2025,65,2022\n",
		badWhere: "stdin:2: column 4 (基準値)", out: "-html"},
	{dir: "kpi", name: "kpi compliance", args: []string{"compliance", "-target", "月1回以上", "-from", "2023-04-01", "-to", "2023-06-30"},
		good: "開催日\n2023-04-12\n2023-05-10\n2023-06-01\n",
		bad:  "開催日\n2023-04-12\nいつか\n", badWhere: "stdin:3: column 1 (開催日)"},
}

// errorLine is the form of every line a command writes on standard error:
// "name: what" or "name: file[:line[:col]]: what".
func errorLine(name string) *regexp.Regexp {
	return regexp.MustCompile(`^` + regexp.QuoteMeta(name) + `: \S.*$`)
}

// leaks are what an error line must never contain: nested package
// prefixes, Go struct and type names, temporary file names.
var leaks = regexp.MustCompile(`(^|: )(parse|kpi|goal|cli): |\{\d|\*[a-z]+\.[A-Z]|\.tmp\b|&\{`)

func buildCommands(t *testing.T) (dir string, names []string) {
	t.Helper()
	entries, err := os.ReadDir(".")
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() {
			if _, err := os.Stat(filepath.Join(e.Name(), "main.go")); err == nil {
				names = append(names, e.Name())
			}
		}
	}
	require.NotEmpty(t, names)
	// go test caches a result by the files the test itself opens; the
	// build below runs in another process, so every source file of the
	// module is looked at here, and a change to any reruns the test.
	require.NoError(t, filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != ".." || d.Name() == "testdata" || d.Name() == "screenshots") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".go") || d.Name() == "go.mod" || d.Name() == "go.sum") {
			_, err = os.Stat(path)
		}
		return err
	}))
	dir = t.TempDir()
	cmd := exec.Command("go", "build", "-o", dir+string(filepath.Separator), "./...")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return dir, names
}

type result struct {
	code           int
	stdout, stderr string
}

func runBinary(t *testing.T, bin string, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{code, out.String(), errb.String()}
}

// checkErrorLines asserts the error form on every line of stderr and
// returns the lines.
func checkErrorLines(t *testing.T, name, stderr string) []string {
	t.Helper()
	require.True(t, strings.HasSuffix(stderr, "\n"), "stderr ends with a newline: %q", stderr)
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	for _, l := range lines {
		assert.Regexp(t, errorLine(name), l)
		assert.NotRegexp(t, leaks, strings.TrimPrefix(l, name+": "), "internal names in %q", l)
	}
	return lines
}

func TestCommandBehaviours(t *testing.T) {
	bins, names := buildCommands(t)
	rows := map[string][]command{}
	for _, c := range commands {
		rows[c.dir] = append(rows[c.dir], c)
	}
	for _, dir := range names {
		cs := rows[dir]
		if len(cs) == 0 {
			// A command without inputs here still gets the behaviours
			// that need none.
			cs = []command{{dir: dir, name: dir}}
		}
		for _, c := range cs {
			bin := filepath.Join(bins, c.dir)
			t.Run(c.name, func(t *testing.T) {
				args := func(more ...string) []string { return append(append([]string(nil), c.args...), more...) }
				t.Run("-h exits 0 with a synopsis line", func(t *testing.T) {
					r := runBinary(t, bin, "", args("-h")...)
					assert.Equal(t, 0, r.code)
					assert.True(t, strings.HasPrefix(r.stdout, "usage: "+c.name+" "), "synopsis first: %q", r.stdout)
					assert.Contains(t, r.stdout, "-version")
					assert.Empty(t, r.stderr)
				})
				t.Run("-version prints the module version", func(t *testing.T) {
					r := runBinary(t, bin, "", args("-version")...)
					assert.Equal(t, 0, r.code)
					assert.Regexp(t, `^`+regexp.QuoteMeta(c.name)+` (v\d+\.\d+\.\d+\S*|\(devel\)( [0-9a-f]+)?( modified)?)\n$`, r.stdout)
					assert.Empty(t, r.stderr)
				})
				t.Run("an unknown flag exits 2 with one line", func(t *testing.T) {
					r := runBinary(t, bin, "", args("-no-such-flag")...)
					assert.Equal(t, 2, r.code)
					assert.Empty(t, r.stdout)
					lines := checkErrorLines(t, c.name, r.stderr)
					assert.Len(t, lines, 1)
					assert.Contains(t, lines[0], "-no-such-flag")
				})
				t.Run("a missing file exits 1 naming it", func(t *testing.T) {
					missing := filepath.Join(t.TempDir(), "missing.txt")
					r := runBinary(t, bin, "", args(missing)...)
					assert.Equal(t, 1, r.code)
					lines := checkErrorLines(t, c.name, r.stderr)
					assert.Equal(t, []string{c.name + ": " + missing + ": no such file or directory"}, lines)
				})
				if c.good == "" {
					return
				}
				t.Run("no file, - and a file name read the same", func(t *testing.T) {
					none := runBinary(t, bin, c.good, args()...)
					assert.Equal(t, 0, none.code, none.stderr)
					assert.Empty(t, none.stderr)
					assert.NotEmpty(t, none.stdout)
					dash := runBinary(t, bin, c.good, args("-")...)
					assert.Equal(t, none, dash)
					file := filepath.Join(t.TempDir(), "input.txt")
					require.NoError(t, os.WriteFile(file, []byte(c.good), 0o644))
					named := runBinary(t, bin, "", args(file)...)
					assert.Equal(t, 0, named.code, named.stderr)
					assert.Equal(t, none.stdout, named.stdout)
				})
				t.Run("a problem exits 1 with its position", func(t *testing.T) {
					r := runBinary(t, bin, c.bad, args()...)
					assert.Equal(t, 1, r.code)
					lines := checkErrorLines(t, c.name, r.stderr)
					assert.True(t, strings.HasPrefix(lines[0], c.name+": "+c.badWhere+": "),
						"%q does not start with %q", lines[0], c.name+": "+c.badWhere+": ")
				})
				if c.out == "" {
					return
				}
				t.Run("an output file is 0644 and never the input", func(t *testing.T) {
					dir := t.TempDir()
					in := filepath.Join(dir, "input.txt")
					require.NoError(t, os.WriteFile(in, []byte(c.good), 0o600))
					r := runBinary(t, bin, "", args(c.out, in, in)...)
					assert.Equal(t, 2, r.code)
					assert.Contains(t, checkErrorLines(t, c.name, r.stderr)[0], "refusing to overwrite")
					after, err := os.ReadFile(in)
					require.NoError(t, err)
					assert.Equal(t, c.good, string(after), "input unchanged")

					out := filepath.Join(dir, "out")
					r = runBinary(t, bin, "", args(c.out, out, in)...)
					assert.Equal(t, 0, r.code, r.stderr)
					st, err := os.Stat(out)
					require.NoError(t, err)
					assert.Equal(t, os.FileMode(0o644), st.Mode().Perm())
					entries, err := os.ReadDir(dir)
					require.NoError(t, err)
					assert.Len(t, entries, 2, "no temporary file left")
				})
			})
		}
	}
}
