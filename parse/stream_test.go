package parse

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

func collect(t *testing.T, p *Parser, in string, opts StreamOptions) []Line {
	t.Helper()
	var lines []Line
	require.NoError(t, p.ExtractLines(strings.NewReader(in), opts, func(l Line) error {
		l.Encoded = append([]byte(nil), l.Encoded...) // Append's is valid only here
		lines = append(lines, l)
		return nil
	}))
	return lines
}

func TestExtractLines(t *testing.T) {
	p, err := New(WithMaxInput(64))
	require.NoError(t, err)
	sjis, err := japanese.ShiftJIS.NewEncoder().String("会議を月1回開催\r\n")
	require.NoError(t, err)
	tests := []struct {
		name     string
		in       string
		texts    []string
		targets  []int
		replaced []int
		errs     []bool
	}{
		{"empty lines kept", "月1回\n\n年2回\n", []string{"月1回", "", "年2回"}, []int{1, 0, 1}, []int{0, 0, 0}, []bool{false, false, false}},
		{"CRLF and no final newline", "月1回\r\n週1回", []string{"月1回", "週1回"}, []int{1, 1}, []int{0, 0}, []bool{false, false}},
		{"BOM dropped", "\ufeff月1回\n", []string{"月1回"}, []int{1}, []int{0}, []bool{false}},
		{"Shift_JIS detected", sjis, []string{"会議を月1回開催"}, []int{1}, []int{0}, []bool{false}},
		{"invalid UTF-8 replaced", "月1回\xff\n", []string{"月1回\uFFFD"}, []int{1}, []int{1}, []bool{false}},
		{"long line cut", strings.Repeat("あ", 30) + "\n月1回\n", []string{strings.Repeat("あ", 21), "月1回"}, []int{0, 1}, []int{0, 0}, []bool{true, false}},
		{"empty input", "", nil, nil, nil, nil},
		{"CR only", "月1回\r\r年2回\r", []string{"月1回", "", "年2回"}, []int{1, 0, 1}, []int{0, 0, 0}, []bool{false, false, false}},
		{"mixed line endings", "月1回\r\n週1回\r年2回\n日1回", []string{"月1回", "週1回", "年2回", "日1回"}, []int{1, 1, 1, 1}, []int{0, 0, 0, 0}, []bool{false, false, false, false}},
		{"long line with invalid bytes counts them", "\xff\xfe" + strings.Repeat("a", 100) + "\n", []string{"\uFFFD\uFFFD" + strings.Repeat("a", 58)}, []int{0}, []int{2}, []bool{true}},
		{"long line cut inside invalid bytes", strings.Repeat("a", 61) + "\xff\xff\xff\n", []string{strings.Repeat("a", 61) + "\uFFFD"}, []int{0}, []int{1}, []bool{true}},
		{"short line of invalid bytes cut as replaced", strings.Repeat("\xff", 30) + "\n", []string{strings.Repeat("\uFFFD", 21)}, []int{0}, []int{21}, []bool{true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := collect(t, p, tc.in, StreamOptions{})
			require.Len(t, lines, len(tc.texts))
			for k, l := range lines {
				assert.Equal(t, k+1, l.Number)
				assert.Equal(t, tc.texts[k], l.Text)
				assert.Len(t, l.Targets, tc.targets[k])
				assert.Equal(t, tc.replaced[k], l.Replaced)
				assert.Equal(t, tc.errs[k], l.Err != nil)
				if l.Err != nil {
					assert.ErrorIs(t, l.Err, ErrTooLong)
				}
			}
		})
	}
}

func TestExtractLinesOrderWithWorkers(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		b.WriteString("局内会議を月")
		b.WriteString(strconv.Itoa(i%9 + 1))
		b.WriteString("回開催\n")
	}
	for _, w := range []int{1, 2, 7} {
		lines := collect(t, p, b.String(), StreamOptions{Workers: w})
		require.Len(t, lines, 3000)
		for k, l := range lines {
			require.Equal(t, k+1, l.Number)
			require.Len(t, l.Targets, 1)
			require.Equal(t, float64(k%9+1), l.Targets[0].Value, "line %d with %d workers", k+1, w)
		}
	}
}

func TestExtractLinesStopsOnYieldError(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	stop := errors.New("enough")
	n := 0
	err = p.ExtractLines(strings.NewReader(strings.Repeat("月1回\n", 5000)), StreamOptions{Workers: 2}, func(Line) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 10, n)
}

// An unmapped Shift_JIS sequence (0x85 0x40) past the sniffed 64 KiB is
// counted in its line's Replaced.
func TestExtractLinesShiftJISReplaced(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String("会議を月1回開催\r\n")
	require.NoError(t, err)
	last, err := japanese.ShiftJIS.NewEncoder().String("月1回\n")
	require.NoError(t, err)
	in := strings.Repeat(sjis, 4000) + sjis[:len(sjis)-2] + "\x85\x40\r\n" + last
	lines := collect(t, newParser(t), in, StreamOptions{Encoding: EncodingAuto})
	require.Len(t, lines, 4002)
	total := 0
	for _, l := range lines {
		total += l.Replaced
	}
	assert.Equal(t, 1, total)
	assert.Equal(t, 1, lines[4000].Replaced)
	assert.Equal(t, "会議を月1回開催\uFFFD", lines[4000].Text)
}

// FuzzExtractLines: LF, CR LF and CR-only streams give the same lines, each
// line's Replaced counts the U+FFFD it added, and no line is longer than
// the maximum.
func FuzzExtractLines(f *testing.F) {
	for _, s := range []string{"月1回\n\n年2回以上\n", "令和7年度までに年10回\xff\n週1回", "\xe3\x81", ""} {
		f.Add(s)
	}
	p, err := New(WithMaxInput(256))
	if err != nil {
		f.Fatal(err)
	}
	read := func(t *testing.T, in string) []Line {
		var lines []Line
		if err := p.ExtractLines(strings.NewReader(in), StreamOptions{Workers: 2, Encoding: EncodingUTF8}, func(l Line) error {
			lines = append(lines, l)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return lines
	}
	f.Fuzz(func(t *testing.T, in string) {
		if strings.Contains(in, "\r") {
			return
		}
		lf := read(t, in)
		for k, l := range lf {
			if l.Number != k+1 || len(l.Text) > 256 || !utf8.ValidString(l.Text) {
				t.Fatalf("line %d: number %d, %d bytes, valid %v", k+1, l.Number, len(l.Text), utf8.ValidString(l.Text))
			}
			if added := strings.Count(l.Text, "\uFFFD") - strings.Count(strings.Split(in, "\n")[k], "\uFFFD"); l.Err == nil && added != l.Replaced {
				t.Fatalf("line %d: %d U+FFFD added, Replaced %d", k+1, added, l.Replaced)
			}
		}
		for _, ending := range []string{"\r\n", "\r"} {
			other := read(t, strings.ReplaceAll(in, "\n", ending))
			if len(other) != len(lf) {
				t.Fatalf("%q: %d lines, LF %d", ending, len(other), len(lf))
			}
			for k := range lf {
				if other[k].Text != lf[k].Text || other[k].Replaced != lf[k].Replaced || len(other[k].Targets) != len(lf[k].Targets) {
					t.Fatalf("%q: line %d differs", ending, k+1)
				}
			}
		}
	})
}

// TestExtractLinesAppend: Append gives each line its own rendering, the
// same as Encode's, whatever the number of workers and however long the
// lines; setting both is an option error.
func TestExtractLinesAppend(t *testing.T) {
	p := newParser(t)
	var in strings.Builder
	for i := 0; i < 2000; i++ {
		in.WriteString(strings.Repeat("会議", i%50))
		in.WriteString("を月" + strconv.Itoa(i%9+1) + "回開催\n")
	}
	render := func(dst []byte, ln Line) ([]byte, error) {
		dst = strconv.AppendInt(dst, int64(ln.Number), 10)
		dst = append(dst, ':')
		dst = append(dst, ln.Text...)
		return append(dst, '\n'), nil
	}
	encode := func(ln Line) ([]byte, error) { return render(nil, ln) }
	for _, w := range []int{1, 2, 7} {
		byAppend := collect(t, p, in.String(), StreamOptions{Workers: w, Append: render})
		byEncode := collect(t, p, in.String(), StreamOptions{Workers: w, Encode: encode})
		require.Len(t, byAppend, 2000)
		require.Len(t, byEncode, 2000)
		for k := range byAppend {
			require.Equal(t, string(byEncode[k].Encoded), string(byAppend[k].Encoded), "line %d, %d workers", k+1, w)
			require.Equal(t, strconv.Itoa(k+1)+":"+byAppend[k].Text+"\n", string(byAppend[k].Encoded))
		}
	}
	err := p.ExtractLines(strings.NewReader("月1回\n"), StreamOptions{Append: render, Encode: encode}, func(Line) error { return nil })
	assert.ErrorIs(t, err, ErrOption)
}
