package parse

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendMapped appends m.text[i:j] with its map.
func (mb *mappedBuilder) appendMapped(m mappedText, i, j int) {
	mb.b.WriteString(m.text[i:j])
	mb.start = append(mb.start, m.start[i:j]...)
	mb.end = append(mb.end, m.end[i:j]...)
}

// blockTags are the HTML elements whose tags separate items in a cell; any
// other tag (span, a, strong, font …) is dropped without a break.
var blockTags = map[string]bool{
	"ul": true, "ol": true, "li": true, "br": true, "p": true, "div": true,
	"tr": true, "td": true, "th": true, "table": true, "dl": true, "dt": true, "dd": true,
}

// entities are the HTML character references a cell may carry.
var entities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "nbsp": " ",
}

// bullets are the marks that open an item when they start a cell or follow
// white space: ・ (nakaguro), and the typographic bullets web pages use.
const bullets = "・•●○◆◇■□"

// stripMarkup removes HTML tags and decodes character references, and joins
// the lines of a multi-line cell (a line break between two ASCII letters or
// digits becomes a space, otherwise nothing: Japanese runs on without one).
// It returns the text and the byte positions in it where a block tag (ul,
// li, br, p …) stood, which separate items.
func stripMarkup(m mappedText) (mappedText, []int) {
	var mb mappedBuilder
	var breaks []int
	s := m.text
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '<':
			if name, n, ok := htmlTag(s[i:]); ok {
				if blockTags[name] {
					breaks = append(breaks, mb.len())
				}
				i += n
				continue
			}
		case c == '&':
			if val, n, ok := htmlEntity(s[i:]); ok {
				mb.put(val, m.start[i], m.end[i+n-1])
				i += n
				continue
			}
		case c == '\r':
			i++
			continue
		case c == '\n':
			prev := mb.b.String()
			if len(prev) > 0 && i+1 < len(s) && isASCIIWord(prev[len(prev)-1]) && isASCIIWord(s[i+1]) {
				mb.put(" ", m.start[i], m.end[i])
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		mb.appendMapped(m, i, i+n)
		i += n
	}
	return mb.done(), breaks
}

func isASCIIWord(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// maxTag is the longest tag htmlTag recognizes, attributes included.
const maxTag = 2048

// htmlTag recognizes a tag at the start of s (<ul …>, </li>, <br/>,
// <!-- … -->); name is the lower-case element name.
func htmlTag(s string) (name string, n int, ok bool) {
	if len(s) < 3 {
		return "", 0, false
	}
	if strings.HasPrefix(s, "<!--") {
		end := strings.Index(s, "-->")
		if end < 0 {
			return "", 0, false
		}
		return "!--", end + 3, true
	}
	i := 1
	if s[i] == '/' {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > i && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == i {
		return "", 0, false
	}
	if j < len(s) && s[j] != '>' && s[j] != ' ' && s[j] != '/' && s[j] != '\t' && s[j] != '\n' {
		return "", 0, false
	}
	// A tag is short; looking no further than maxTag bytes keeps a cell
	// full of '<' from costing quadratic time.
	rest := s[j:]
	if len(rest) > maxTag {
		rest = rest[:maxTag]
	}
	end := strings.IndexByte(rest, '>')
	if end < 0 {
		return "", 0, false
	}
	// A '<' inside means this was not a tag but text such as "a<b".
	if strings.IndexByte(s[j:j+end], '<') >= 0 {
		return "", 0, false
	}
	return strings.ToLower(s[i:j]), j + end + 1, true
}

// htmlEntity recognizes a character reference at the start of s: &amp;,
// &nbsp;, &#12290;, &#x3002;.
func htmlEntity(s string) (val string, n int, ok bool) {
	semi := strings.IndexByte(s, ';')
	if semi < 2 || semi > 10 {
		return "", 0, false
	}
	body := s[1:semi]
	if v, ok := entities[body]; ok {
		return v, semi + 1, true
	}
	if body[0] != '#' {
		return "", 0, false
	}
	var cp uint64
	var err error
	if len(body) > 1 && (body[1] == 'x' || body[1] == 'X') {
		cp, err = strconv.ParseUint(body[2:], 16, 32)
	} else {
		cp, err = strconv.ParseUint(body[1:], 10, 32)
	}
	if err != nil || cp == 0 || !utf8.ValidRune(rune(cp)) {
		return "", 0, false
	}
	return string(rune(cp)), semi + 1, true
}

// isSpaceRune reports white space a cell may carry: ASCII, the ideographic
// space U+3000 and the no-break space.
func isSpaceRune(r rune) bool {
	// unicode.IsSpace covers the ideographic space U+3000, no-break space
	// and the en/em spaces (U+2002…) that PDF and HTML extraction leave;
	// a narrower set let a cell of only U+2002 become an empty goal.
	return unicode.IsSpace(r)
}

// splitItems cuts a cell into its goal statements: at the breaks a block
// tag left, and before every bullet that opens the cell or follows white
// space (so 報・連・相 inside a sentence is never cut). Each item is trimmed
// of white space and of its bullet; empty items are dropped.
func splitItems(m mappedText, breaks []int) []mappedText {
	var cuts []int
	cuts = append(cuts, breaks...)
	prevSpace := true
	for i, r := range m.text {
		if prevSpace && strings.ContainsRune(bullets, r) {
			cuts = append(cuts, i)
		}
		prevSpace = isSpaceRune(r)
	}
	cuts = append(cuts, len(m.text))
	slices.Sort(cuts)
	var items []mappedText
	from := 0
	for _, c := range cuts {
		if c < from {
			continue
		}
		if it, ok := trimItem(m.slice(from, c)); ok {
			items = append(items, it)
		}
		from = c
	}
	return items
}

// trimItem drops white space around an item and one leading bullet.
func trimItem(m mappedText) (mappedText, bool) {
	i, j := 0, len(m.text)
	bulletSeen := false
	for i < j {
		r, n := utf8.DecodeRuneInString(m.text[i:])
		if isSpaceRune(r) {
			i += n
			continue
		}
		if !bulletSeen && strings.ContainsRune(bullets, r) {
			bulletSeen = true
			i += n
			continue
		}
		break
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(m.text[i:j])
		if !isSpaceRune(r) {
			break
		}
		j -= n
	}
	if i == j {
		return mappedText{}, false
	}
	return m.slice(i, j), true
}
