package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// word is one token of a clause, with folded byte offsets into the whole
// text and its part of speech (品詞) in the IPA tag set: pos[0] the class
// (名詞 noun, 動詞 verb, 助詞 particle …), pos[1] and pos[2] the subclasses
// (名詞,サ変接続 a verbal noun, 名詞,接尾,助数詞 a counter suffix …).
type word struct {
	start, end int
	surface    string
	pos        [3]string
}

func (w word) is(pos ...string) bool {
	for k, p := range pos {
		if w.pos[k] != p {
			return false
		}
	}
	return true
}

// clauseRunes bounds how far a clause reaches on either side of a target:
// a subject or action lies in the same sentence, and the bound keeps one
// long line without a full stop from being tokenized whole for each of its
// targets.
const clauseRunes = 96

// clause is a tokenized stretch of the text around one or more targets,
// from a sentence boundary (or clauseRunes away) to the next.
type clause struct {
	start, end int
	words      []word
}

// clauses tokenizes the clauses of one text that hold targets, each once:
// only those clauses are tokenized, so text without targets costs nothing
// and the dictionary is loaded on the first target.
type clauses struct {
	s    string
	tok  *tokenizer.Tokenizer
	done []clause
	fail bool // the dictionary could not be loaded: no words at all
}

func newClauses(s string) *clauses { return &clauses{s: s} }

// isClauseEnd reports whether r ends a clause: a full stop, a line or a
// table cell.
func isClauseEnd(r rune) bool {
	switch r {
	case '。', '!', '?', '！', '？', '\n', '\r', '\t':
		return true
	}
	return false
}

// at returns the clause around folded offset i, tokenizing it on first use;
// nil when the dictionary is not available.
func (c *clauses) at(i int) *clause {
	if c.fail {
		return nil
	}
	// Clauses are made in the order of the targets, so they are sorted by
	// start: the one that may hold i is the last that starts at or before it.
	if k := sort.Search(len(c.done), func(k int) bool { return c.done[k].start > i }) - 1; k >= 0 && i < c.done[k].end {
		return &c.done[k]
	}
	if c.tok == nil {
		tok, err := sharedTokenizer()
		if err != nil {
			c.fail = true
			return nil
		}
		c.tok = tok
	}
	s := c.s
	start := i
	for n := 0; start > 0 && n < clauseRunes; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if isClauseEnd(r) {
			break
		}
		start -= size
	}
	end := i
	for n := 0; end < len(s) && n < clauseRunes; n++ {
		r, size := utf8.DecodeRuneInString(s[end:])
		end += size
		if isClauseEnd(r) {
			break
		}
	}
	toks := c.tok.Tokenize(s[start:end])
	ws := make([]word, 0, len(toks))
	for _, t := range toks {
		w := word{start: start + t.Position, surface: t.Surface}
		w.end = w.start + len(t.Surface)
		tokenPOS(t, &w.pos)
		if t.Class == tokenizer.UNKNOWN && isSymbols(t.Surface) {
			// The dictionary guesses a noun for unknown ASCII signs (( % ,)
			// and groups a run of them (「)　」): one sign word each.
			for i := 0; i < len(t.Surface); {
				r, n := utf8.DecodeRuneInString(t.Surface[i:])
				ws = append(ws, signWord(r, w.start+i, n))
				i += n
			}
			continue
		}
		ws = append(ws, w)
	}
	c.done = append(c.done, clause{start: start, end: end, words: ws})
	return &c.done[len(c.done)-1]
}

// release drops the words of the clauses that end at or before i: the
// targets are read in order, so none after i needs them (a long line of
// targets keeps only a few clauses' words alive).
func (c *clauses) release(i int) {
	for k := len(c.done) - 1; k >= 0; k-- {
		if c.done[k].end <= i {
			if c.done[k].words == nil {
				break
			}
			c.done[k].words = nil
		}
	}
}

// wordAt returns the index of the word that starts exactly at i, or -1.
func (cl *clause) wordAt(i int) int {
	for k, w := range cl.words {
		if w.start == i {
			return k
		}
		if w.start > i {
			break
		}
	}
	return -1
}

// covering returns the index of the word that contains offset i, or -1.
func (cl *clause) covering(i int) int {
	for k, w := range cl.words {
		if w.start <= i && i < w.end {
			return k
		}
		if w.start > i {
			break
		}
	}
	return -1
}

// isCounterWord reports whether the dictionary tags w as a counter suffix
// (名詞,接尾,助数詞) that may count what a target measures.
func isCounterWord(w word) bool {
	if !w.is("名詞", "接尾", "助数詞") {
		return false
	}
	for _, nc := range notCounters {
		if w.surface == nc {
			return false
		}
	}
	return true
}

// checkUnit decides, with the words of its clause, whether a match's
// counter is one: a counter the lists lack must be a counter to the
// dictionary (5棟, 3便), and a listed one-character counter must be a word
// of its own (2030基本計画 holds no counter 基). A count whose counter runs
// straight into a common noun names a thing rather than counts it
// (35人学級, a class of 35). It returns false when the match is not a
// target; for a dictionary counter it fills the unit and reads what
// follows it.
func (r *recognizer) checkUnit(cs *clauses, m *match) bool {
	if !m.dictUnit && (m.unitEnd <= m.unitStart || m.end > m.unitEnd || !letterAt(r.s, m.unitEnd)) {
		// A comparator or a sign right after the counter (50件以上, 12人、)
		// ends its word: neither check below can fail, and the clause
		// need not be tokenized for them.
		return true
	}
	cl := cs.at(m.start)
	if m.dictUnit {
		if cl == nil {
			return false
		}
		k := cl.wordAt(m.unitStart)
		if k < 0 {
			return false
		}
		w := cl.words[k]
		if !isCounterWord(w) {
			// Cut off from its number by a space (「200 床」), a counter may
			// read as a noun: ask again with a number in front.
			if m.unitStart == 0 || r.s[m.unitStart-1] != ' ' {
				return false
			}
			u, ok := counterAfterNumber(r.s[m.unitStart:w.end])
			if !ok {
				return false
			}
			w.end = w.start + len(u)
			w.surface = u
		}
		if hasAt(r.s, w.end, "目") || perUnitAt(r.s, w.end) {
			return false // 3棟目; 1台当たり
		}
		m.t.Unit = w.surface
		m.unitEnd = w.end
		m.end = w.end
		m.dictUnit = false
		r.suffixes(m)
	}
	if cl == nil || m.unitEnd <= m.unitStart {
		return true
	}
	if k := cl.covering(m.unitStart); k >= 0 {
		w := cl.words[k]
		if w.start == m.unitStart && w.end > m.unitEnd && utf8.RuneCountInString(r.s[m.unitStart:m.unitEnd]) == 1 {
			return false // the counter starts a longer word
		}
	}
	if m.end == m.unitEnd && m.t.Per == 0 {
		if k := cl.wordAt(m.unitEnd); k >= 0 && cl.words[k].is("名詞", "一般") {
			return false // 35人学級: a name, not a count
		}
	}
	return true
}

// letterAt reports whether a letter (kanji, kana, Latin …) starts at
// folded offset i of s.
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// lettersAround reports whether the clause around the figure at
// [start, end) of the folded text holds a letter outside it, looking back
// to lo and forward to hi at most, and no further than a clause reaches
// (clauseRunes, or a clause end).
func (r *recognizer) lettersAround(lo, start, end, hi int) bool {
	s := r.s
	for i, n := start, 0; i > lo && n < clauseRunes; n++ {
		c, size := utf8.DecodeLastRuneInString(s[lo:i])
		if isClauseEnd(c) {
			break
		}
		if unicode.IsLetter(c) {
			return true
		}
		i -= size
	}
	for i, n := end, 0; i < hi && n < clauseRunes; n++ {
		c, size := utf8.DecodeRuneInString(s[i:hi])
		if isClauseEnd(c) {
			break
		}
		if unicode.IsLetter(c) {
			return true
		}
		i += size
	}
	return false
}

// isSymbols reports whether s is made of punctuation and signs only.
func isSymbols(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return s != ""
}

// counterAfterNumber reports whether text starts with a word the dictionary
// reads as a counter when a number stands before it, and returns it.
func counterAfterNumber(text string) (string, bool) {
	tok, err := sharedTokenizer()
	if err != nil {
		return "", false
	}
	ts := tok.Tokenize("1" + text)
	if len(ts) < 2 || ts[1].Position != 1 {
		return "", false
	}
	pos := ts[1].POS()
	w := word{surface: ts[1].Surface}
	for k := 0; k < len(pos) && k < len(w.pos); k++ {
		w.pos[k] = pos[k]
	}
	return w.surface, isCounterWord(w)
}

// signWord is the word of one sign of n bytes at offset i.
func signWord(r rune, i, n int) word {
	w := word{start: i, end: i + n, surface: string(r), pos: [3]string{"記号", "一般", ""}}
	switch {
	case unicode.IsSpace(r):
		w.pos[1] = "空白"
	case strings.ContainsRune("([{<「『【", r):
		w.pos[1] = "括弧開"
	case strings.ContainsRune(")]}>」』】", r):
		w.pos[1] = "括弧閉"
	}
	return w
}
