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
	furniture   []string          // folded
	labels      []labelForm       // longest first
	bullets     []string          // longest first
	planWords   []PlanWord        // longest first
	tableHeader map[string]bool   // folded
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
	for f := range r.midWords {
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
	}
	return r, nil
}

// fold folds width (full-width ASCII to ASCII, half-width kana to
// full-width) and removes white space: the key vocabularies are matched on.
func fold(s string) string {
	s = width.Fold.String(s)
	if strings.IndexFunc(s, isBlankRune) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBlankRune(r) {
			return -1
		}
		return r
	}, s)
}
