package doc

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Reader turns decoded text into blocks. It is immutable after NewReader and
// safe for concurrent use.
type Reader struct {
	blockWords  map[string]string // folded key → canonical word
	midWords    map[rune][]string // block words of 4+ runes by first rune, longest first: found inside lines
	midBits     []uint64          // midWords' first runes in the BMP, as a bit set
	furniture   []string          // folded
	labels      []labelForm       // longest first
	bullets     []string          // longest first
	planWords   []PlanWord        // longest first
	tableHeader map[string]bool   // folded
	maxHeader   int               // bytes of the longest header word, unfolded (full-width forms are 3 bytes a rune)
	maxFurn     int               // runes of the longest furniture phrase
	furnFirst   map[rune]bool     // first runes of the furniture phrases
	planFirst   map[rune]bool     // first runes of the plan words
	headFirst   map[rune]bool     // first runes of the table header words
	bulletFirst map[rune]bool     // first runes of the bullet markers
}

type labelForm struct {
	form string // folded, spaces removed
	name string
}

// NewReader returns a Reader with the default vocabularies extended by opts.
// A bad option is an error wrapping ErrOption.
func NewReader(opts ...Option) (*Reader, error) {
	c := defaultConfig()
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	r := &Reader{
		blockWords:  map[string]string{},
		midWords:    map[rune][]string{},
		tableHeader: map[string]bool{},
	}
	for _, w := range c.blockWords {
		k := fold(w)
		if _, dup := r.blockWords[k]; !dup {
			r.blockWords[k] = w
		}
		if utf8.RuneCountInString(w) >= 4 {
			f, _ := utf8.DecodeRuneInString(w)
			r.midWords[f] = append(r.midWords[f], w)
		}
	}
	r.midBits = make([]uint64, 0x10000/64)
	for f := range r.midWords {
		if f < 0x10000 {
			r.midBits[f/64] |= 1 << (f % 64)
		}
		ws := r.midWords[f]
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	}
	for _, f := range c.furniture {
		r.furniture = append(r.furniture, fold(f))
	}
	for _, l := range c.labels {
		r.labels = append(r.labels, labelForm{fold(l.Name), l.Name})
		for _, s := range l.Synonyms {
			r.labels = append(r.labels, labelForm{fold(s), l.Name})
		}
	}
	sort.SliceStable(r.labels, func(i, j int) bool { return len(r.labels[i].form) > len(r.labels[j].form) })
	r.bullets = append(r.bullets, c.bullets...)
	sort.SliceStable(r.bullets, func(i, j int) bool { return len(r.bullets[i]) > len(r.bullets[j]) })
	r.planWords = append(r.planWords, c.planWords...)
	sort.SliceStable(r.planWords, func(i, j int) bool { return len(r.planWords[i].Word) > len(r.planWords[j].Word) })
	for _, w := range c.tableHeader {
		r.tableHeader[fold(w)] = true
		r.maxHeader = max(r.maxHeader, 3*utf8.RuneCountInString(w)+12)
	}
	r.furnFirst, r.planFirst, r.headFirst = map[rune]bool{}, map[rune]bool{}, map[rune]bool{}
	for _, f := range r.furniture {
		r.maxFurn = max(r.maxFurn, utf8.RuneCountInString(f))
		c, _ := utf8.DecodeRuneInString(f)
		r.furnFirst[c] = true
	}
	for _, w := range r.planWords {
		c, _ := utf8.DecodeRuneInString(w.Word)
		r.planFirst[c] = true
	}
	r.bulletFirst = map[rune]bool{}
	for _, m := range r.bullets {
		c, _ := utf8.DecodeRuneInString(m)
		r.bulletFirst[c] = true
	}
	for w := range r.tableHeader {
		c, _ := utf8.DecodeRuneInString(w)
		r.headFirst[c] = true
	}
	return r, nil
}

// midFirst reports whether a block word found inside lines starts with c.
func (r *Reader) midFirst(c rune) bool {
	if c < 0x10000 {
		return r.midBits[c/64]&(1<<(c%64)) != 0
	}
	return r.midWords[c] != nil
}

// fold folds width (full-width ASCII to ASCII, half-width kana to
// full-width) and removes white space: the key vocabularies are matched on.
// Text that needs neither is returned as is, without allocating.
func fold(s string) string {
	clean := true
	for _, r := range s {
		if isBlankRune(r) || r >= 0xFF01 && r <= 0xFF9F {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isBlankRune(r):
		case r >= 0xFF61 && r <= 0xFF9F:
			// half-width katakana (and its sound marks, which combine)
			b.WriteString(width.Fold.String(string(r)))
		default:
			b.WriteRune(foldRune(r))
		}
	}
	return b.String()
}

// foldRune maps a full-width ASCII character to ASCII.
func foldRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFF01 + '!'
	}
	return r
}
