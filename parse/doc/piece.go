package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pieceKind is what a piece of a line was read as.
type pieceKind uint8

const (
	pText pieceKind = iota
	pHeading
	pBullet
	pField
	pLabelOnly // a field label alone on its line; its value is on the next line
	pFurniture
	pUnread
	pRow      // a tab or pipe table row
	pAbsorbed // part of the block of another piece (a heading's title line)
)

// piece is a trimmed run of a line: a whole line, or part of a run-together
// line. Every non-blank byte of the input is in exactly one piece.
type piece struct {
	start, end int
	line       int
	textStart  int        // start of the text after collapsed repeats and the marker/number
	num        *numbering // a heading's numbering; nil for none (n() reads it)
	word       string     // canonical block word
	marker     string
	extra      *pieceExtra // what few pieces need: a field's label, a row's cells

	tocEnd int // end of an entry's title before its page number (0: none)

	splitAt int // classify: a heading ends here and a sentence follows on the line

	// the flags together, in one word: the reader holds a piece per line
	kind        pieceKind
	first       bool // first piece of its line
	last        bool // last piece of its line
	indent      bool // the line starts with an ideographic space (a continuation)
	blankBefore bool // a blank line (or more) stands right before this piece's line
	runTogether bool // split out of a longer line
	pipeSep     bool // a pipe table separator row |---|
	boxRule     bool // a rule of a box-drawn table ├──┼──┤ (pipeSep too)
	pipe        bool // a pipe row (else a tab row)
	leader      bool // dot leaders before the page number
	lone        bool // a heading number alone on its line, its title to come

	// small numbers beside the flags, in the room their alignment leaves
	owner   int32 // for pAbsorbed: index of the piece whose block holds it
	tocPage int32 // an entry's page number (up to 4 digits)
}

// numPtr returns a pointer to a copy of n: the copy is allocated only
// where a piece takes a numbering, not for every line read.
func numPtr(n numbering) *numbering { return &n }

// noNumbering is the numbering of a piece that has none.
var noNumbering numbering

// n returns the piece's numbering, the zero numbering when it has none.
// Only headings carry one: a pointer keeps the piece of every other line
// small.
func (p *piece) n() *numbering {
	if p.num == nil {
		return &noNumbering
	}
	return p.num
}

// pieceExtra holds what only fields and table rows need, out of the piece
// every line has.
type pieceExtra struct {
	label     string
	labelText string
	cells     []Span
}

func nonBlankBytes(s string) int {
	n := 0
	for _, r := range s {
		if !isBlankRune(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// trimSpan trims blank runes at both ends of src[start:end].
func trimSpan(src string, start, end int) (int, int) {
	for start < end {
		r, w := decodeRune(src[start:end])
		if !isBlankRune(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(src[start:end])
		if !isBlankRune(r) {
			break
		}
		end -= w
	}
	return start, end
}

// hasLetterOrDigit reports whether s holds anything that can be read.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		// hiragana, katakana and the common kanji first: letters, without
		// the Unicode tables' search
		if r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA || r >= 0x4E00 && r <= 0x9FCC ||
			unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

func isKana(r rune) bool { return r >= 0x3041 && r <= 0x30ff }
func isKanji(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r == '々' || r == '〆' || r >= 0x3400 && r <= 0x4dbf
}
func isCJK(r rune) bool {
	return isKana(r) || isKanji(r) || r >= 0x3000 && r <= 0x303f || r >= 0xff01 && r <= 0xff60
}
func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// endsSentence reports whether text ends a sentence (。, ！, ？).
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isBlankRune))
	return strings.ContainsRune("。．！？!?", r)
}

// latinOnly reports a line of Latin letters, digits and spaces with at least
// one letter (an English title: PROMOTION OF THE PLAN).
func latinOnly(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		case r == ' ' || r >= '0' && r <= '9' || strings.ContainsRune("&'-.,:/", r):
		default:
			return false
		}
	}
	return letters >= 2
}

// decodeRune is utf8.DecodeRuneInString with the three-byte sequences of
// kana, kanji and full-width forms decoded inline: the reader's scans decode
// every rune of every line, and the standard function takes its slow path
// for everything but ASCII. Results are the same for every input.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 {
		// lead bytes E1–EC and EE–EF take any continuation byte second
		// (E0 and ED restrict it: overlong forms, surrogates)
		if c0 := s[0]; c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED {
			if c1, c2 := s[1], s[2]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
			}
		}
	}
	return utf8.DecodeRuneInString(s)
}

// runeCount is utf8.RuneCountInString, with decodeRune.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3 // decodeRune's inline case, without the rune
		default:
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
	}
	return n
}
