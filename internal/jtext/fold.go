package jtext

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Folded is text after width folding, with the way back to the original
// bytes. Full-width ASCII (０-９, Ａ-Ｚ, ％, ，, ．, （, ）, ～ …) becomes ASCII and
// half-width katakana (ｶﾞ) becomes full-width (ガ). Nothing else changes: no
// NFKC, so ①10件 keeps its circled one and never becomes 110件, and the
// ideographic space U+3000 stays (loaders read it as a continuation mark).
type Folded struct {
	// Text is the folded text.
	Text string
	// src[i] is the byte offset in the original input of the rune that
	// produced folded byte i; src[len(text)] is len(original). nil when the
	// folding changed nothing, so offsets are the identity.
	src []int
}

// Fold width-folds s. When s holds nothing to fold it returns s itself and
// allocates nothing.
func Fold(s string) Folded {
	i := firstFoldable(s)
	if i < 0 {
		return Folded{Text: s}
	}
	var b strings.Builder
	b.Grow(len(s))
	src := make([]int, 0, len(s)+1)
	emit := func(r rune, from int) {
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 3
		}
		b.WriteRune(r)
		for k := 0; k < n; k++ {
			src = append(src, from)
		}
	}
	b.WriteString(s[:i])
	for k := 0; k < i; k++ {
		src = append(src, k)
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Keep the invalid byte as it is so offsets stay exact; the
			// recognizers never match it.
			b.WriteByte(s[i])
			src = append(src, i)
			i++
			continue
		}
		out, used := foldRune(s[i:], r, n)
		emit(out, i)
		i += used
	}
	src = append(src, len(s))
	return Folded{Text: b.String(), src: src}
}

// firstFoldable returns the byte index of the first rune fold would change,
// or -1. Every such rune lies in U+FF01–U+FF9F, whose UTF-8 starts 0xEF 0xBC–0xBE.
func firstFoldable(s string) int {
	for i := 0; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-2], 0xEF) // vectorized: most text has no 0xEF at all
		if k < 0 {
			return -1
		}
		i += k
		if c := s[i+1]; c >= 0xBC && c <= 0xBE {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if r >= 0xFF01 && r <= 0xFF9F {
				return i
			}
		}
	}
	return -1
}

// Next returns the folded rune at the start of s and how many bytes of s it
// stands for: the fold one rune at a time, for a caller that folds as it
// scans (a half-width kana and its voiced mark, ｶﾞ, are one rune, ガ). An
// invalid byte is utf8.RuneError of size 1, as utf8.DecodeRuneInString
// reads it; an empty s is utf8.RuneError of size 0.
func Next(s string) (r rune, size int) {
	// Every rune the fold changes lies in U+FF01–U+FF9F: UTF-8 EF BC–BE.
	if len(s) >= 3 && s[0] == 0xEF && s[1] >= 0xBC && s[1] <= 0xBE {
		r, n := utf8.DecodeRuneInString(s)
		if MayFold(r) {
			return foldRune(s, r, n)
		}
		return r, n
	}
	return utf8.DecodeRuneInString(s)
}

// MayFold reports whether the fold can change r: the full-width ASCII
// variants and the half-width katakana, U+FF01–U+FF9F. A caller that scans
// runes asks it before folding (jtext.Next) what it has found.
func MayFold(r rune) bool { return r >= 0xFF01 && r <= 0xFF9F }

// foldRune folds the rune r (n bytes) at the start of s; used is how many
// bytes of s it consumed (more than n when a half-width voiced mark joins
// the kana before it).
func foldRune(s string, r rune, n int) (out rune, used int) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII variants
		return r - 0xFF01 + '!', n
	case r >= 0xFF61 && r <= 0xFF9F: // half-width katakana and marks
		w := width.LookupRune(r).Wide() // no allocation, unlike Widen.String per rune
		if w == 0 {
			return r, n
		}
		if n < len(s) {
			next, m := utf8.DecodeRuneInString(s[n:])
			if v, ok := voice(w, next); ok {
				return v, n + m
			}
		}
		return w, n
	}
	return r, n
}

// voice joins a full-width katakana with a following half-width voiced
// (ﾞ, dakuten) or semi-voiced (ﾟ, handakuten) mark: カ+ﾞ → ガ, ハ+ﾟ → パ.
func voice(kana, mark rune) (rune, bool) {
	switch mark {
	case 0xFF9E: // ﾞ
		switch {
		case kana == 'ウ':
			return 'ヴ', true
		case kana >= 'カ' && kana <= 'ト' && (kana-'カ')%2 == 0 && kana != 'ッ',
			kana >= 'ハ' && kana <= 'ホ' && (kana-'ハ')%3 == 0:
			return kana + 1, true
		case kana == 'ツ':
			return 'ヅ', true
		case kana == 'テ', kana == 'ト':
			return kana + 1, true
		case kana == 'ワ':
			return 'ヷ', true
		case kana == 'ヲ':
			return 'ヺ', true
		}
	case 0xFF9F: // ﾟ
		if kana >= 'ハ' && kana <= 'ホ' && (kana-'ハ')%3 == 0 {
			return kana + 2, true
		}
	}
	return 0, false
}

// Orig maps a byte offset in the folded text back to the original input.
func (f Folded) Orig(i int) int {
	if f.src == nil {
		return i
	}
	if i >= len(f.src) {
		return f.src[len(f.src)-1]
	}
	return f.src[i]
}

// Span maps a folded byte range back to the original input's [start, end).
func (f Folded) Span(start, end int) (int, int) {
	return f.Orig(start), f.Orig(end)
}

// Index maps a byte offset in the original input to the folded text: the
// first folded byte that comes from orig or from a later byte.
func (f Folded) Index(orig int) int {
	if f.src == nil {
		return orig
	}
	return sort.SearchInts(f.src, orig)
}

// String returns the folded text of s, without the map back: what a caller
// that compares words needs.
func String(s string) string {
	i := firstFoldable(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteByte(s[i])
			i++
			continue
		}
		out, used := foldRune(s[i:], r, n)
		b.WriteRune(out)
		i += used
	}
	return b.String()
}
