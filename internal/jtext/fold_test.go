package jtext

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Every full-width ASCII variant folds to what NFKC makes of it.
func TestFoldFullWidthEveryRune(t *testing.T) {
	for r := rune(0xFF01); r <= 0xFF5E; r++ {
		s := string(r)
		assert.Equal(t, norm.NFKC.String(s), Fold(s).Text, "%U", r)
	}
}

// Every half-width katakana and mark widens exactly as width.Widen does.
func TestFoldHalfWidthEveryRune(t *testing.T) {
	for r := rune(0xFF61); r <= 0xFF9F; r++ {
		s := string(r)
		assert.Equal(t, width.Widen.String(s), Fold(s).Text, "%U", r)
	}
}

// Every half-width kana followed by each voiced mark folds as NFKC composes
// it (ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ, so ｱｳﾄﾌﾟｯﾄ reads アウトプット); where NFKC has
// no composed letter (ｱﾞ), the kana and the mark are widened apart.
func TestFoldHalfWidthVoicedMarks(t *testing.T) {
	for r := rune(0xFF66); r <= 0xFF9D; r++ {
		for _, mark := range []rune{0xFF9E, 0xFF9F} {
			s := string(r) + string(mark)
			nfkc := norm.NFKC.String(s)
			want := nfkc
			if utf8.RuneCountInString(nfkc) != 1 {
				want = width.Widen.String(s)
			}
			f := Fold(s)
			assert.Equal(t, want, f.Text, "%U %U", r, mark)
			assert.Equal(t, len(s), f.Orig(len(f.Text)), "%U %U: the end maps to the end", r, mark)
		}
	}
	assert.Equal(t, "アウトプット", Fold("ｱｳﾄﾌﾟｯﾄ").Text)
	assert.Equal(t, "インプット", String("ｲﾝﾌﾟｯﾄ"))
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nothing to fold", "月1回開催", "月1回開催"},
		{"full-width digits and signs", "（年１０回以上）", "(年10回以上)"},
		{"full-width tilde", "１０～２０件", "10~20件"},
		{"ideographic space stays", "令和　５年", "令和　5年"},
		{"circled digit stays (no NFKC)", "①１０件", "①10件"},
		{"wave dash stays", "10〜20", "10〜20"},
		{"half-width kana with marks", "ｶﾞｲﾄﾞﾌﾞｯｸ", "ガイドブック"},
		{"a lone mark widens to the combining mark", "ﾞ", "\u3099"},
		{"invalid byte kept", "１\xff２", "1\xff2"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Fold(tt.in)
			assert.Equal(t, tt.want, f.Text)
			assert.Equal(t, tt.want, String(tt.in), "String agrees with Fold")
			assert.Equal(t, len(tt.in), f.Orig(len(f.Text)), "the end maps to the end")
			last := 0
			for i := 0; i <= len(f.Text); i++ {
				o := f.Orig(i)
				assert.GreaterOrEqual(t, o, last, "Orig never goes back (byte %d)", i)
				last = o
				if i < len(f.Text) && utf8.RuneStart(f.Text[i]) {
					assert.Equal(t, i, f.Index(o), "Index inverts Orig at the start of a rune (byte %d)", i)
				}
			}
		})
	}
}

func TestFoldSpan(t *testing.T) {
	in := "目標：１０件"
	f := Fold(in)
	start := len("目標:")
	s, e := f.Span(start, start+len("10件"))
	assert.Equal(t, "１０件", in[s:e])
	assert.Equal(t, start, f.Index(len("目標：")))
}

func BenchmarkFold(b *testing.B) {
	s := "局内会議を月１回開催し、ｱｳﾄﾌﾟｯﾄ指標を（年１０回以上）とする。"
	for b.Loop() {
		Fold(s)
	}
}

// Next folds as String does, one rune at a time, and its sizes add up to
// the input.
func TestNext(t *testing.T) {
	tests := []struct {
		name, in string
		want     []rune
		sizes    []int
	}{
		{"ascii", "a1", []rune{'a', '1'}, []int{1, 1}},
		{"full-width digit", "１", []rune{'1'}, []int{3}},
		{"half-width kana with its mark is one rune", "ｶﾞｲ", []rune{'ガ', 'イ'}, []int{6, 3}},
		{"ideographic space stays", "\u3000", []rune{'\u3000'}, []int{3}},
		{"invalid byte", "\xff", []rune{utf8.RuneError}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []rune
			var sizes []int
			for i := 0; i < len(tt.in); {
				r, n := Next(tt.in[i:])
				got = append(got, r)
				sizes = append(sizes, n)
				i += n
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.sizes, sizes)
		})
	}
	r, n := Next("")
	assert.Equal(t, utf8.RuneError, r)
	assert.Equal(t, 0, n)
	for r := rune(0xFF01); r <= 0xFF9F; r++ {
		s := string(r) + "ﾞ"
		var b []rune
		for i := 0; i < len(s); {
			c, n := Next(s[i:])
			b = append(b, c)
			i += n
		}
		assert.Equal(t, String(s), string(b), "%U", r)
	}
}

// MayFold is exact on the whole BMP in one direction: every rune the fold
// changes is one it names.
func TestMayFold(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if s := string(r); String(s) != s {
			assert.True(t, MayFold(r), "%U is folded", r)
		}
	}
	assert.False(t, MayFold('1'))
	assert.False(t, MayFold('\u3000'), "the ideographic space stays")
}
