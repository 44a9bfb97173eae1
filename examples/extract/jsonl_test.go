package main

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// assertSameRecord checks that appendRecord writes what encodeRecord (the
// encoding/json reference) writes for ln, output and error alike.
func assertSameRecord(t *testing.T, file string, ln parse.Line) {
	t.Helper()
	want, wantErr := encodeRecord(file, ln)
	got, gotErr := appendRecord([]byte("kept"), file, ln)
	require.True(t, strings.HasPrefix(string(got), "kept"), "appendRecord keeps what dst held")
	got = got[len("kept"):]
	if wantErr != nil {
		require.Error(t, gotErr)
		assert.Equal(t, wantErr.Error(), gotErr.Error())
		return
	}
	require.NoError(t, gotErr)
	assert.Equal(t, string(want), string(got), "line %d %q", ln.Number, ln.Text)
}

// TestAppendRecordMatchesEncodingJSON compares the two writers on every
// line of every testdata document and on the hostile lines, as extracted.
func TestAppendRecordMatchesEncodingJSON(t *testing.T) {
	p, err := parse.New()
	require.NoError(t, err)
	var lines []string
	for _, glob := range []string{"../../testdata/*.txt", "../../testdata/*/*.txt"} {
		files, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			lines = append(lines, strings.Split(string(data), "\n")...)
		}
	}
	require.NotEmpty(t, lines)
	for _, name := range sortedKeys(hostileLines()) {
		lines = append(lines, hostileLines()[name])
	}
	for i, text := range lines {
		ex, err := p.Extract(text)
		ln := parse.Line{Number: i + 1, Text: text, Extraction: ex, Err: err}
		assertSameRecord(t, "", ln)
		assertSameRecord(t, "dir/<plan> & \"notes\".txt", ln)
	}
}

// TestAppendRecordEdges covers what extraction rarely produces: every
// optional field, characters encoding/json escapes, numbers in exponent
// form, and values MarshalJSON refuses (left to encodeRecord).
func TestAppendRecordEdges(t *testing.T) {
	full := goal.Target{
		Kind: goal.KindCount, Value: 10, Max: 20, Cmp: goal.CmpRange, Unit: "<件>", Per: goal.PeriodYear,
		Interval: 2, Change: goal.ChangeIncrease, Subject: "a&b\u2028c", Action: "増やす", By: 2030,
		Role: goal.RoleTarget, Year: goal.Year{Value: 2025, Calendar: true}, Text: "10～20件",
		Span: goal.Span{Start: 3, End: 14},
	}
	fy := goal.DateMention{Kind: goal.DateKindFiscalYear, FiscalYear: 2025, ThroughFiscalYear: 2030, Text: "令和7～12年度", Span: goal.Span{End: 19}}
	day := goal.DateMention{Kind: goal.DateKindDate, Date: goal.Date{Year: 2024, Month: 3, Day: 31, Precision: goal.PrecisionDay}, Text: "2024-03-31", Span: goal.Span{End: 10}}
	with := func(f func(*goal.Target)) goal.Target {
		t := full
		f(&t)
		return t
	}
	for _, c := range []struct {
		name string
		ln   parse.Line
	}{
		{"empty line", parse.Line{Number: 1}},
		{"controls and escapes", parse.Line{Number: 2, Text: "\"\\\b\f\n\r\t\x00\x1f\x7f<>&\u2028\u2029\xff\xe3\x81end"}},
		{"three-byte edges", parse.Line{Number: 2, Text: "\xe0\xa0\x80\xe0\x9f\xbf\xed\x9f\xbf\xed\xa0\x80\xe2\x80\xa7\xe2\x80\xaa\xef\xbf\xbf\xe3\x81"}},
		{"every optional field", parse.Line{Number: 3, Text: "x", Extraction: parse.Extraction{
			Targets: []goal.Target{full}, Figures: []goal.Target{full}, Dates: []goal.DateMention{fy, day}}}},
		{"bare target", parse.Line{Number: 4, Extraction: parse.Extraction{Targets: []goal.Target{
			{Kind: goal.KindFrequency, Value: 1, Cmp: goal.CmpGE}}}}},
		{"exponent numbers", parse.Line{Number: 5, Extraction: parse.Extraction{Targets: []goal.Target{
			with(func(t *goal.Target) { t.Value, t.Max = 1e-7, 1e21 }),
			with(func(t *goal.Target) { t.Value, t.Max = -2.5e-300, 123456789e30 }),
			with(func(t *goal.Target) { t.Value, t.Max = 0.000001, 999999999999999999999 }),
			with(func(t *goal.Target) { t.Value = math.Copysign(0, -1) }),
		}}}},
		{"line error", parse.Line{Number: 6, Text: "y", Err: &parse.InputError{Offset: 1, Err: parse.ErrTooLong, Detail: "<cut>"}}},
		{"error with empty message", parse.Line{Number: 7, Err: errors.New("")}},
		{"interval one is not written", parse.Line{Number: 8, Extraction: parse.Extraction{Targets: []goal.Target{
			with(func(t *goal.Target) { t.Interval, t.Cmp = 1, goal.CmpGE })}}}},
		{"refused: unset kind", parse.Line{Number: 9, Extraction: parse.Extraction{Figures: []goal.Target{
			with(func(t *goal.Target) { t.Kind = 0 })}}}},
		{"refused: NaN", parse.Line{Number: 10, Extraction: parse.Extraction{Targets: []goal.Target{
			with(func(t *goal.Target) { t.Value = math.NaN() })}}}},
		{"refused: unnamed role", parse.Line{Number: 11, Extraction: parse.Extraction{Targets: []goal.Target{
			with(func(t *goal.Target) { t.Role = 200 })}}}},
		{"refused: invalid by", parse.Line{Number: 12, Extraction: parse.Extraction{Targets: []goal.Target{
			with(func(t *goal.Target) { t.By = 10000 })}}}},
		{"refused: invalid date", parse.Line{Number: 13, Extraction: parse.Extraction{Dates: []goal.DateMention{
			{Kind: goal.DateKindDate, Date: goal.Date{Year: 2024, Month: 2, Day: 30}}}}}},
		{"refused: unset date kind", parse.Line{Number: 14, Extraction: parse.Extraction{Dates: []goal.DateMention{{}}}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertSameRecord(t, "", c.ln)
			assertSameRecord(t, "f\t<1>.txt", c.ln)
			// The rest must be written directly, not left to encoding/json.
			refused := strings.HasPrefix(c.name, "refused")
			for _, tg := range append(c.ln.Targets, c.ln.Figures...) {
				_, ok := appendTarget(nil, tg)
				assert.Equal(t, !refused, ok, "target %+v written directly", tg)
			}
			for _, d := range c.ln.Dates {
				_, ok := appendDate(nil, d)
				assert.Equal(t, !refused, ok, "date %+v written directly", d)
			}
		})
	}
}

// FuzzAppendRecord compares the two writers on the extraction of any line.
func FuzzAppendRecord(f *testing.F) {
	f.Add("自治会の見回りを月1回以上行う", "")
	f.Add("<b>80%以上</b> & 令和7年度までに\u2028", "a\"b")
	f.Add("目標\xff値を\xc3(80%以上", "\x00")
	p, err := parse.New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text, file string) {
		ex, err := p.Extract(text)
		assertSameRecord(t, file, parse.Line{Number: 1, Text: text, Extraction: ex, Err: err})
	})
}
