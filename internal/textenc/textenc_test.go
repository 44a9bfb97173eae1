package textenc

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewlines(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lf", "a\nb\n", "a\nb\n"},
		{"crlf", "a\r\nb\r\n", "a\nb\n"},
		{"cr only", "a\rb\r", "a\nb\n"},
		{"mixed", "a\r\nb\rc\nd", "a\nb\nc\nd"},
		{"blank lines kept", "a\r\r\n\rb", "a\n\n\nb"},
		{"cr then lf then lf", "a\r\n\nb", "a\n\nb"},
		{"no ending", "abc", "abc"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := io.ReadAll(Newlines(strings.NewReader(tt.in)))
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			// One byte at a time: a CR LF split between reads.
			got, err = io.ReadAll(Newlines(iotest.OneByteReader(strings.NewReader(tt.in))))
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got), "one byte at a time")
		})
	}
}

func TestReplace(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		enc   Encoding
		want  string
		count int
	}{
		{"valid", "令和5年", UTF8, "令和5年", 0},
		{"one invalid byte", "a\xffb", UTF8, "a\uFFFDb", 1},
		{"a cut rune is one byte at a time", "a\xe4\xbbb", UTF8, "a\uFFFD\uFFFDb", 2},
		{"shift_jis counts the decoder's replacements", "a\uFFFDb\uFFFD", ShiftJIS, "a\uFFFDb\uFFFD", 2},
		{"auto as utf-8", "\xff", Auto, "\uFFFD", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := Replace(tt.in, tt.enc)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.count, n)
		})
	}
}

// FuzzNewlines: read whole, a byte at a time or in halves, any text gives
// the same lines as replacing each CR LF and then each lone CR by LF.
func FuzzNewlines(f *testing.F) {
	for _, s := range []string{"a\r\nb\rc\nd", "\r\r\n\r", "\n\r", "", "あ\rい\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		want := strings.ReplaceAll(strings.ReplaceAll(in, "\r\n", "\n"), "\r", "\n")
		for name, r := range map[string]io.Reader{
			"whole":    strings.NewReader(in),
			"one byte": iotest.OneByteReader(strings.NewReader(in)),
			"halves":   iotest.HalfReader(strings.NewReader(in)),
		} {
			got, err := io.ReadAll(Newlines(r))
			require.NoError(t, err)
			require.Equal(t, want, string(got), name)
		}
	})
}
