package cli

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEncodingFlag(t *testing.T) {
	for _, tt := range []struct {
		name    string
		args    []string
		want    parse.Encoding
		wantErr string // the *UsageError's message; "" for none
	}{
		{"default is auto", nil, parse.EncodingAuto, ""},
		{"utf-8", []string{"-encoding", "utf-8"}, parse.EncodingUTF8, ""},
		{"shift_jis", []string{"-encoding", "shift_jis"}, parse.EncodingShiftJIS, ""},
		{"unknown name is a usage error", []string{"-encoding", "latin1"}, parse.EncodingAuto,
			`-encoding: encoding: unknown encoding "latin1"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := &Command{Name: "cmd", Stdout: io.Discard, Stderr: io.Discard}
			fs := c.FlagSet()
			encoding := EncodingFlag(fs)
			require.NoError(t, c.Parse(fs, tt.args))
			enc, err := encoding()
			if tt.wantErr == "" {
				require.NoError(t, err)
				assert.Equal(t, tt.want, enc)
				return
			}
			var ue *UsageError
			require.ErrorAs(t, err, &ue)
			assert.Equal(t, tt.wantErr, ue.Msg)
		})
	}
}

func TestOpenInput(t *testing.T) {
	defer func(f func(io.Writer) bool) { IsTerminal = f }(IsTerminal)
	IsTerminal = func(io.Writer) bool { return false }
	path := filepath.Join(t.TempDir(), "in.txt")
	require.NoError(t, os.WriteFile(path, []byte("from the file"), 0o600))
	for _, tt := range []struct {
		name     string
		arg      string
		display  string
		contents string
		notExist bool
	}{
		{"no name is standard input", "", StdinName, "from stdin", false},
		{"- is standard input", "-", StdinName, "from stdin", false},
		{"a file", path, path, "from the file", false},
		{"a missing file names itself", path + ".missing", path + ".missing", "", true},
	} {
		for _, open := range []struct {
			name string
			f    func(c *Command, name string) (io.ReadCloser, string, error)
		}{{"OpenInput", (*Command).OpenInput}, {"OpenDocument", (*Command).OpenDocument}} {
			t.Run(open.name+"/"+tt.name, func(t *testing.T) {
				c := &Command{Name: "cmd", Stdin: strings.NewReader("from stdin"), Stderr: &bytes.Buffer{}}
				r, display, err := open.f(c, tt.arg)
				assert.Equal(t, tt.display, display)
				if tt.notExist {
					assert.ErrorIs(t, err, fs.ErrNotExist)
					return
				}
				require.NoError(t, err)
				b, err := io.ReadAll(r)
				require.NoError(t, err)
				assert.Equal(t, tt.contents, string(b))
				assert.NoError(t, r.Close())
			})
		}
	}
}

// TestOpenDocumentFitsMemory: OpenDocument tunes the collector for a large
// file; OpenInput, for a command that streams, does not.
func TestOpenDocumentFitsMemory(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	t.Setenv("GOGC", "")
	path := filepath.Join(t.TempDir(), "large.txt")
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(largeInput))
	require.NoError(t, f.Close())

	c := &Command{Name: "cmd", Stderr: io.Discard}
	r, _, err := c.OpenInput(path)
	require.NoError(t, err)
	r.Close()
	assert.Equal(t, 100, debug.SetGCPercent(100), "OpenInput leaves the collector alone")

	r, _, err = c.OpenDocument(path)
	require.NoError(t, err)
	r.Close()
	assert.Equal(t, 50, debug.SetGCPercent(100), "OpenDocument tunes it for a large input")
}
