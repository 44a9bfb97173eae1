package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/internal/cli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
)

// jsonLine is the part of a -jsonl record these tests check.
type jsonLine struct {
	Line    *int              `json:"line"`
	Text    *string           `json:"text"`
	Targets []json.RawMessage `json:"targets"`
	Error   string            `json:"error"`
}

// runExtract runs the command in-process on stdin with -jsonl and the given
// extra flags.
func runExtract(t *testing.T, stdin []byte, flags ...string) (code int, stdout, stderr []byte) {
	t.Helper()
	var out, errOut bytes.Buffer
	c := &cli.Command{Name: "extract", Synopsis: synopsis, Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &errOut}
	code = run(c, append([]string{"-jsonl"}, flags...))
	return code, out.Bytes(), errOut.Bytes()
}

// checkJSONL asserts the -jsonl contract on out: one valid JSON object per
// input line, numbered 1..lines in order, each with "targets" (an array,
// possibly empty) or an "error". It returns the records.
func checkJSONL(t *testing.T, out []byte, lines int) []jsonLine {
	t.Helper()
	var recs []jsonLine
	rows := strings.SplitAfter(string(out), "\n")
	if rows[len(rows)-1] == "" {
		rows = rows[:len(rows)-1]
	}
	require.Len(t, rows, lines, "one JSON object per input line")
	for i, row := range rows {
		require.True(t, strings.HasSuffix(row, "\n"), "row %d not terminated", i+1)
		require.True(t, json.Valid([]byte(row)), "row %d is not valid JSON: %.200q", i+1, row)
		var rec jsonLine
		require.NoError(t, json.Unmarshal([]byte(row), &rec))
		require.NotNil(t, rec.Line, "row %d has no \"line\"", i+1)
		assert.Equal(t, i+1, *rec.Line, "line numbers in input order")
		require.NotNil(t, rec.Text, "row %d has no \"text\"", i+1)
		assert.True(t, rec.Targets != nil || rec.Error != "", "row %d has neither \"targets\" nor \"error\"", i+1)
		recs = append(recs, rec)
	}
	return recs
}

// hostileLines are single lines no goal document should contain, each of
// which must give one JSON object and no panic or hang.
func hostileLines() map[string]string {
	return map[string]string{
		"invalid UTF-8":           "目標\xff\xfe値を\xc3(80%以上\xe3\x81にする",
		"NUL and controls":        "月1回\x00以上\x01\x02\x1b[31m\x7f\u0085\u202880%\x00以上",
		"nested ASCII brackets":   "「" + strings.Repeat("(", 100_000) + "80%以上" + strings.Repeat(")", 100_000) + "」",
		"nested wide brackets":    strings.Repeat("（「", 100_000) + "月1回以上",
		"unclosed brackets":       strings.Repeat("((((【", 20_000),
		"5000-digit number":       "目標値を" + strings.Repeat("9", 5000) + "件以上とする",
		"5000-digit decimal":      "0." + strings.Repeat("0", 5000) + "1%以上",
		"20000-char kanji":        "参加者" + strings.Repeat("九", 20_000) + "人以上",
		"20000-char kanji mixed":  strings.Repeat("一億二千万", 4_000) + "円以上",
		"exponent 1e400":          "1e400件以上、1E400%以上、1e-400人以上",
		"NaN and Inf":             "NaN%以上、Inf件以上、+Inf回、-NaN人以上",
		"huge wide digits":        strings.Repeat("８", 3000) + "％以上",
		"many targets":            strings.Repeat("月1回以上、80%以上、", 5_000),
		"separators":              strings.Repeat("1,", 10_000) + "000件以上",
		"lone surrogates escaped": "\xed\xa0\x80\xed\xbf\xbf80%以上",
	}
}

// outOfRange names the hostile lines whose numeral cannot be a quantity and
// must be reported on standard error.
var outOfRange = map[string]bool{
	"5000-digit number": true,
	"20000-char kanji":  true,
}

// TestHostileInputJSONL runs each hostile line alone through -jsonl, twice,
// and checks the JSON-lines contract and byte-identical output.
func TestHostileInputJSONL(t *testing.T) {
	for name, line := range hostileLines() {
		t.Run(name, func(t *testing.T) {
			input := []byte("前の行\n" + line + "\n後の行 80%以上\n")
			code, out, errOut := runExtract(t, input)
			assert.Contains(t, []int{0, 1}, code, "exit status (stderr: %.300s)", errOut)
			checkJSONL(t, out, 3)
			if outOfRange[name] {
				// Values too large for a float64 are reported, never
				// wrapped or rounded into a target.
				assert.Regexp(t, `^extract: stdin:2:\d+: `, string(errOut), "the problem names line 2 and its column")
				assert.Contains(t, string(errOut), "out of range")
			}

			code2, out2, errOut2 := runExtract(t, input)
			assert.Equal(t, code, code2)
			assert.True(t, bytes.Equal(out, out2), "two runs gave different standard output")
			assert.True(t, bytes.Equal(errOut, errOut2), "two runs gave different standard error")
		})
	}
}

// TestHostileInputAllAtOnce sends every hostile line in one stream and checks
// that the output is the same with one worker and with many.
func TestHostileInputAllAtOnce(t *testing.T) {
	var in strings.Builder
	n := 0
	for _, name := range sortedKeys(hostileLines()) {
		in.WriteString(hostileLines()[name])
		in.WriteString("\n")
		n++
	}
	_, out1, err1 := runExtract(t, []byte(in.String()), "-workers", "1")
	checkJSONL(t, out1, n)
	_, out8, err8 := runExtract(t, []byte(in.String()), "-workers", "8")
	assert.True(t, bytes.Equal(out1, out8), "output depends on the number of workers")
	assert.True(t, bytes.Equal(err1, err8), "standard error depends on the number of workers")
}

// TestTenMegabyteLine checks that a 10 MB line (over the parser's 1 MiB
// limit) is cut and reported, not read whole, and the next line still read.
func TestTenMegabyteLine(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input skipped in -short mode")
	}
	big := strings.Repeat("月1回以上80%", 10<<20/len("月1回以上80%"))
	input := []byte("最初の行\n" + big + "\n月1回以上\n")
	code, out, errOut := runExtract(t, input)
	assert.Equal(t, 1, code, "a cut line is an error")
	assert.Contains(t, string(errOut), ":2:", "the error names line 2")
	recs := checkJSONL(t, out, 3)
	assert.NotEmpty(t, recs[1].Error, "the 10 MB line carries an error")
	assert.NotEmpty(t, recs[2].Targets, "the line after it is still read")

	_, out2, _ := runExtract(t, input)
	assert.True(t, bytes.Equal(out, out2), "two runs gave different output")
}

// TestShiftJISInput checks that Shift_JIS bytes are detected and decoded, so
// that text and spans refer to the decoded UTF-8 text.
func TestShiftJISInput(t *testing.T) {
	sentences := []string{
		"市民満足度を2030年度までに80%以上にする",
		"自治会の見回りを月1回以上行う",
	}
	sjis, err := japanese.ShiftJIS.NewEncoder().String(strings.Join(sentences, "\r\n") + "\r\n")
	require.NoError(t, err)
	require.NotEqual(t, strings.Join(sentences, "\r\n")+"\r\n", sjis, "the encoder changed nothing")

	code, out, errOut := runExtract(t, []byte(sjis))
	assert.Equal(t, 0, code, "stderr: %s", errOut)
	assert.Empty(t, errOut, "clean Shift_JIS has no replaced bytes")
	recs := checkJSONL(t, out, len(sentences))
	for i, rec := range recs {
		assert.Equal(t, sentences[i], *rec.Text, "line %d decoded", i+1)
		assert.NotEmpty(t, rec.Targets, "line %d has its target", i+1)
	}
	_, out2, _ := runExtract(t, []byte(sjis))
	assert.True(t, bytes.Equal(out, out2), "two runs gave different output")
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
