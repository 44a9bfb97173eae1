package parse

import (
	"github.com/policygoal/policygoal/internal/jtext"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRuneSetNext checks every ASCII byte and every three-byte rune: next
// stops at a member and passes over anything else, and it stops at what it
// cannot judge without decoding.
func TestRuneSetNext(t *testing.T) {
	for _, set := range []struct {
		name string
		rs   *runeSet
		in   func(rune) bool
	}{
		{"targets", targetStarts, func(r rune) bool {
			switch r {
			case '毎', '隔', '四', '半', '月', '週', '年', '倍', 'ゼ':
				return true
			}
			return r < utf8.RuneSelf && jtext.IsDigit(byte(r)) || jtext.KanjiDigit(r) >= 0 || jtext.SmallUnit(r) > 0
		}},
		{"dates", dateStarts, func(r rune) bool {
			return dateScanner{s: string(r)}.candidate(0)
		}},
	} {
		t.Run(set.name, func(t *testing.T) {
			for r := rune(0); r <= 0xFFFF; r++ {
				if r >= 0x80 && r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
					continue
				}
				s := "あ" + string(r) + "い"
				want := len(s)
				if set.in(r) {
					want = len("あ")
				}
				if got := set.rs.next(s, 0); got != want {
					t.Fatalf("next(%q) = %d, want %d", s, got, want)
				}
			}
		})
	}
	for _, c := range []struct {
		name string
		s    string
		want int
	}{
		{"empty", "", 0},
		{"two-byte rune", "あé", len("あ")},
		{"four-byte rune", "あ😀", len("あ")},
		{"invalid byte", "あ\xff", len("あ")},
		{"stray continuation byte", "あ\x80", len("あ")},
		{"cut three-byte rune", "あ\xe3\x81", len("あ")},
		{"overlong", "あ\xe0\x80\xb1", len("あ")},
		{"surrogate", "あ\xed\xa0\x80", len("あ")},
		{"digit after prose", "今後とも推進する1", len("今後とも推進する")},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, targetStarts.next(c.s, 0))
			assert.Equal(t, c.want, dateStarts.next(c.s, 0))
		})
	}
}

// TestExtractWithoutStarts: a text anyStart finds nothing in gives what the
// whole extraction gives for it, on every line of the testdata documents
// and on lines made to come close (full-width and half-width forms,
// invalid bytes, letters).
func TestExtractWithoutStarts(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	lines := []string{
		"", "推進します。", "ＡＢＣの取組", "ｾﾞﾛ", "ｾ", "\xff\xfe", "éà", "😀の推進", "abc xyz",
		"ＭＴＳ", "M", "〜", "％", "①の取組",
	}
	for _, glob := range []string{"../testdata/*.txt", "../testdata/*/*.txt"} {
		files, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			lines = append(lines, strings.Split(string(data), "\n")...)
		}
	}
	quiet := 0
	for _, line := range lines {
		if !anyStart.none(line) {
			continue
		}
		quiet++
		assert.Equal(t, Extraction{}, extractWhole(p, line), "%q", line)
	}
	assert.Greater(t, quiet, 100, "lines without starts checked")
	assert.False(t, anyStart.none("ｾﾞﾛ"), "ｾﾞ folds to ゼ")
	assert.False(t, anyStart.none("１"), "full-width digit")
	assert.True(t, anyStart.none("推進します。"))
}

// extractWhole is Extract without the shortcut for text without starts.
func extractWhole(p *Parser, text string) Extraction {
	f := fold(text)
	ds := scanDates(text, f)
	targets, problems := p.targets(text, f, ds.Dates)
	targets = p.arrowFigures(text, f, ds.Dates, targets)
	targets, figures := p.assignRoles(text, f, ds.Dates, targets)
	return Extraction{Targets: targets, Figures: figures, Problems: problems, Dates: ds.Dates, DateProblems: ds.Problems}
}

// FuzzExtractWithoutStarts: whenever anyStart finds nothing in a text, the
// whole extraction finds nothing either.
func FuzzExtractWithoutStarts(f *testing.F) {
	for _, s := range []string{"推進します。", "ｾﾞﾛ", "ＡＢ\xffé😀", "月1回以上"} {
		f.Add(s)
	}
	p, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		if anyStart.none(text) {
			if got := extractWhole(p, text); !assert.ObjectsAreEqual(Extraction{}, got) {
				t.Fatalf("%q: anyStart found nothing, extraction found %+v", text, got)
			}
		}
	})
}
