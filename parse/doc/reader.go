package doc

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/internal/jtext"
)

// Reader turns decoded text into blocks. It is immutable after NewReader and
// safe for concurrent use.
type Reader struct {
	blockWords  map[string]string   // folded key → canonical word
	midWords    map[rune][]string   // block words of 4+ runes by first rune, longest first: found inside lines
	midBits     runeSet             // midWords' first runes
	wordFirst   runeSet             // first runes of the folded block words
	labelFirst  runeSet             // first runes of the label forms
	cutFirst    runeSet             // runes above U+3000 at which splitLine may cut (cutAt's fast path is false)
	furniture   []string            // folded
	labels      []labelForm         // longest first
	ownLabels   map[string]bool     // names of the labels a caller added (WithLabels): they win over block words
	bullets     []string            // longest first
	planWords   []PlanWord          // longest first
	planBy      map[rune][]PlanWord // planWords by first rune, in the same order
	tableHeader map[string]bool     // folded
	maxHeader   int                 // bytes of the longest header word, unfolded (full-width forms are 3 bytes a rune)
	maxFurn     int                 // runes of the longest furniture phrase
	furnFirst   runeSet             // first runes of the furniture phrases
	planFirst   runeSet             // first runes of the plan words
	headFirst   runeSet             // first runes of the table header words
	bulletFirst runeSet             // first runes of the bullet markers
}

type labelForm struct {
	form  string // folded, spaces removed
	name  string
	first rune // form's first rune
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
			c, _ := utf8.DecodeRuneInString(k)
			r.wordFirst.add(c)
		}
		if utf8.RuneCountInString(w) >= 4 {
			f, _ := utf8.DecodeRuneInString(w)
			r.midWords[f] = append(r.midWords[f], w)
		}
	}
	for f := range r.midWords {
		r.midBits.add(f)
		ws := r.midWords[f]
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	}
	for _, f := range c.furniture {
		r.furniture = append(r.furniture, fold(f))
	}
	for k, l := range c.labels {
		if k >= len(defaultLabels) {
			if r.ownLabels == nil {
				r.ownLabels = map[string]bool{}
			}
			r.ownLabels[l.Name] = true
		}
		r.labels = append(r.labels, labelForm{form: fold(l.Name), name: l.Name})
		for _, s := range l.Synonyms {
			r.labels = append(r.labels, labelForm{form: fold(s), name: l.Name})
		}
	}
	sort.SliceStable(r.labels, func(i, j int) bool { return len(r.labels[i].form) > len(r.labels[j].form) })
	for i := range r.labels {
		r.labels[i].first, _ = utf8.DecodeRuneInString(r.labels[i].form)
		r.labelFirst.add(r.labels[i].first)
	}
	r.bullets = append(r.bullets, c.bullets...)
	sort.SliceStable(r.bullets, func(i, j int) bool { return len(r.bullets[i]) > len(r.bullets[j]) })
	r.planWords = append(r.planWords, c.planWords...)
	sort.SliceStable(r.planWords, func(i, j int) bool { return len(r.planWords[i].Word) > len(r.planWords[j].Word) })
	for _, w := range c.tableHeader {
		r.tableHeader[fold(w)] = true
		r.maxHeader = max(r.maxHeader, 3*utf8.RuneCountInString(w)+12)
	}
	for _, f := range r.furniture {
		r.maxFurn = max(r.maxFurn, utf8.RuneCountInString(f))
		c, _ := utf8.DecodeRuneInString(f)
		r.furnFirst.add(c)
	}
	r.planBy = map[rune][]PlanWord{}
	for _, w := range r.planWords {
		c, _ := utf8.DecodeRuneInString(w.Word)
		r.planFirst.add(c)
		r.planBy[c] = append(r.planBy[c], w)
	}
	for _, m := range r.bullets {
		c, _ := utf8.DecodeRuneInString(m)
		r.bulletFirst.add(c)
	}
	// the runes cutAt's fast path does not pass over: 第, 【, the first
	// runes of block words found inside lines and of plan words, Ⅰ–Ⅻ, （
	for _, c := range "第【（" {
		r.cutFirst.add(c)
	}
	for c := 'Ⅰ'; c <= 'Ⅻ'; c++ {
		r.cutFirst.add(c)
	}
	for f := range r.midWords {
		r.cutFirst.add(f)
	}
	for _, w := range r.planWords {
		c, _ := utf8.DecodeRuneInString(w.Word)
		r.cutFirst.add(c)
	}
	for w := range r.tableHeader {
		c, _ := utf8.DecodeRuneInString(w)
		r.headFirst.add(c)
	}
	return r, nil
}

// midFirst reports whether a block word found inside lines starts with c.
func (r *Reader) midFirst(c rune) bool { return r.midBits.has(c) }

// runeSet is a set of runes: a bit per rune of the Basic Multilingual Plane
// (8 KB), a map for the others. The scans ask it for every rune of a line;
// a map lookup there cost a tenth of the reader's time.
type runeSet struct {
	bmp   []uint64
	other map[rune]bool
}

func (s *runeSet) add(c rune) {
	if c >= 0 && c < 0x10000 {
		if s.bmp == nil {
			s.bmp = make([]uint64, 0x10000/64)
		}
		s.bmp[c/64] |= 1 << (c % 64)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[c] = true
}

func (s *runeSet) has(c rune) bool {
	if c >= 0 && c < 0x10000 {
		return s.bmp != nil && s.bmp[c/64]&(1<<(c%64)) != 0
	}
	return s.other[c]
}

// fold folds width with the one fold (jtext: full-width ASCII to ASCII,
// half-width katakana to full-width, ｶﾞ to ガ) and removes white space:
// the key vocabularies are matched on. Text that needs neither is returned
// as is, without allocating.
func fold(s string) string {
	clean := true
	for _, r := range s {
		if isBlankRune(r) || jtext.MayFold(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := jtext.Next(s[i:])
		if !isBlankRune(r) {
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// foldedAt is the folded rune at s[i:] (-1 at the end): what a vocabulary's
// first-rune set is asked about.
func foldedAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := jtext.Next(s[i:])
	return r
}
