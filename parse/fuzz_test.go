package parse

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policygoal/policygoal/goal"
)

// slowParser is a parser that confirms kanji numerals against the tokens of
// the whole text instead of a window around them.
func slowParser(t testing.TB) *Parser {
	p, err := New()
	require.NoError(t, err)
	p.confirmKanji = kanjiNumeralConfirmedWhole
	return p
}

// documentLines returns every line of the source documents in testdata.
func documentLines(t testing.TB) []string {
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// checkTargets asserts the invariants every extraction keeps.
func checkTargets(t testing.TB, in string, ts []goal.Target) {
	prevEnd := 0
	for _, tg := range ts {
		s, e := tg.Span.Start, tg.Span.End
		if !(0 <= s && s < e && e <= len(in)) {
			t.Fatalf("span [%d,%d) outside input of %d bytes", s, e, len(in))
		}
		if s < prevEnd {
			t.Fatalf("span [%d,%d) overlaps the previous target ending at %d", s, e, prevEnd)
		}
		prevEnd = e
		// A target holds whole, valid runes: it starts on a rune and its
		// text decodes completely, so no rune is cut at either end (a stray
		// continuation byte after it in invalid input is not a rune).
		if !utf8.RuneStart(in[s]) || !utf8.ValidString(in[s:e]) {
			t.Fatalf("span [%d,%d) cuts a rune in %q", s, e, in)
		}
		if tg.Subject != "" && !strings.Contains(in, tg.Subject) {
			t.Fatalf("subject %q is not a part of %q", tg.Subject, in)
		}
		if in[s:e] != tg.Text {
			t.Fatalf("text %q is not input[%d:%d] = %q", tg.Text, s, e, in[s:e])
		}
		if math.IsNaN(tg.Value) || math.IsInf(tg.Value, 0) || math.IsNaN(tg.Max) || math.IsInf(tg.Max, 0) {
			t.Fatalf("value not finite: %+v", tg)
		}
		if tg.Kind == goal.KindUnset || tg.Cmp == goal.CmpUnset {
			t.Fatalf("unset kind or comparator: %+v", tg)
		}
		b, err := json.Marshal(tg)
		if err != nil {
			t.Fatalf("marshal %+v: %v", tg, err)
		}
		var back goal.Target
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal %s: %v", b, err)
		}
		if back != tg && utf8.ValidString(tg.Text) && utf8.ValidString(tg.Subject) {
			t.Fatalf("JSON round trip changed %+v into %+v", tg, back)
		}
	}
}

// TestFastPathMatchesSlowPath runs the windowed kanji check and the
// whole-text one over every line of testdata and every seed of the fuzz
// corpus: they must agree.
func TestFastPathMatchesSlowPath(t *testing.T) {
	fast, err := New()
	require.NoError(t, err)
	slow := slowParser(t)
	inputs := documentLines(t)
	for _, tc := range targetTests {
		inputs = append(inputs, tc.in)
	}
	inputs = append(inputs, fuzzSeeds...)
	for _, in := range inputs {
		a, err := fast.Extract(in)
		require.NoError(t, err)
		b, err := slow.Extract(in)
		require.NoError(t, err)
		assert.Equal(t, b.Targets, a.Targets, "input %q", in)
	}
}

// fuzzSeeds add to the testdata/fuzz corpus the shapes that found bugs or
// sit on boundaries.
var fuzzSeeds = []string{
	"", "月", "毎", "ゼロ", "4半期", "四半期に", "1", "１", "10～", "～20件", "第",
	"十二回と一部と一人ひとりと二十件", "万一万", "千五百人以上千六百人以下",
	"2か月に", "2か月に一回", "年間約500件を削減", "0.5倍増", "半減半減",
	"\xff\xfe月1回", "月\x001回", "ｶﾞｲﾄﾞ10件", "１０，０００人", "99999999999999999999件",
	strings.Repeat("9", 5000) + "件", strings.Repeat("九", 2000) + "件", "1e400件", "NaN%",
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, tc := range targetTests {
		f.Add(tc.in)
	}
	p, err := New()
	require.NoError(f, err)
	slow := slowParser(f)
	// Load the dictionary before fuzzing: the fuzzer counts an input that
	// takes over 10 s as a hang, and the first load can, on a busy machine.
	_, err = sharedTokenizer()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, in string) {
		ex, err := p.Extract(in)
		if err != nil {
			t.Fatalf("Extract(%q): %v", in, err)
		}
		checkTargets(t, in, ex.Targets)
		again, _ := p.Extract(in)
		if !assert.ObjectsAreEqual(ex, again) {
			t.Fatalf("not deterministic on %q", in)
		}
		whole, _ := slow.Extract(in)
		if !assert.ObjectsAreEqual(whole.Targets, ex.Targets) {
			t.Fatalf("fast path %+v differs from slow path %+v on %q", ex.Targets, whole.Targets, in)
		}
		for _, pr := range ex.Problems {
			if pr.Offset < 0 || pr.Offset > len(in) {
				t.Fatalf("problem offset %d outside input", pr.Offset)
			}
		}
	})
}

func TestExtractTooLong(t *testing.T) {
	p, err := New(WithMaxInput(10))
	require.NoError(t, err)
	_, err = p.Extract(strings.Repeat("あ", 4))
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.ErrorIs(t, err, ErrTooLong)
	assert.Equal(t, 10, ie.Offset)
	_, err = New(WithMaxInput(0))
	assert.ErrorIs(t, err, ErrOption)
}

func TestExtractReportsOutOfRange(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	in := "目標は" + strings.Repeat("9", 5000) + "件と月1回"
	ex, err := p.Extract(in)
	require.NoError(t, err)
	require.Len(t, ex.Problems, 1)
	assert.ErrorIs(t, ex.Problems[0], ErrRange)
	assert.Equal(t, len("目標は"), ex.Problems[0].Offset)
	require.Len(t, ex.Targets, 1, "the rest of the text is still read")
	assert.Equal(t, "月1回", ex.Targets[0].Text)
}
