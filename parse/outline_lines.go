package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/policygoal/policygoal/goal"
)

// outlineLineKind is what one line of a plan text is, judged on its own.
type outlineLineKind uint8

const (
	olBlank    outlineLineKind = iota
	olCounter                  // 第N章, 第 1 節: a counted heading
	olNumbered                 // 「1 市民と市との情報共有の充実」
	olParen                    // 「(1) 新たなエンジン…」
	olBlock                    // 現状と課題, 施策展開: an unnumbered block heading
	olBullet                   // ◉ ● ❖ ・ 「- ・」 …
	olSource                   // （基本構想「５　実現に向けて」より）
	olCont                     // starts with U+3000: continues the previous sentence
	olText                     // anything else
)

// outlineLine is one line with what the classifier read from it. Offsets
// are into the decoded text.
type outlineLine struct {
	num        int // 1-based
	start, end int // the line's bytes, without its line break
	kind       outlineLineKind
	// headings
	counter string // 章, 節 … for olCounter
	number  string // normalized: 第1章, 1, (1)
	title   string // the heading's title on this line; may be empty for olCounter
	// bullets, continuations, text: the content after markers and indentation
	marker   rune
	bodyOff  int // byte offset of the body
	bodyEnd  int
	block    goal.BlockKind // for olBlock
	latin    bool           // olText made of ASCII only (an English title line)
	titleCnt bool           // olText that continues the title of the heading just above
}

func (l *outlineLine) body(text string) string { return text[l.bodyOff:l.bodyEnd] }

const (
	outlineIdeographicSpace = '\u3000'
	// maxTitleRunes is the longest line read as a heading title; longer
	// lines are sentences.
	maxTitleRunes = 60
	// maxShortRunes is the longest line read as a short heading: a chapter
	// title above 第N章, a theme heading (広報), a title's second line.
	maxShortRunes = 30
)

var (
	// 第N章 with optional spaces, Arabic (ASCII or full-width) or kanji
	// numerals; the counters a plan uses for its big divisions.
	counterRE = regexp.MustCompile(`^第[ \x{3000}]*([0-9０-９]+|[一二三四五六七八九十〇]+)[ \x{3000}]*(編|部|章|節|款)[ \t\x{3000}]*`)
	// 「1 title」, 「1．title」, 「１　title」: one or two digits, then a separator.
	numberedRE = regexp.MustCompile(`^([0-9０-９]{1,2})(?:[ \t\x{3000}]+|[.．、][ \t\x{3000}]*)`)
	// 「(1) title」, 「（１）title」, 「(ア) title」.
	parenRE = regexp.MustCompile(`^[(（][ \x{3000}]*([0-9０-９]{1,2}|[ア-ン])[ \x{3000}]*[)）][ \t\x{3000}]*`)
	// 「（基本構想「５　実現に向けて」より）」: a whole line naming a source.
	sourceRE = regexp.MustCompile(`^[(（](.+(?:より|から|抜粋|引用)|出典[:：].+)[)）]$`)
)

// blockHeadings are the unnumbered block headings a plan section uses, and
// the kind of block each opens.
var blockHeadings = map[string]goal.BlockKind{
	"現状と課題":   goal.BlockIssues, // current state and issues
	"現況と課題":   goal.BlockIssues,
	"現状・課題":   goal.BlockIssues,
	"現状及び課題":  goal.BlockIssues,
	"施策展開":    goal.BlockMeasures, // policy measures
	"施策の展開":   goal.BlockMeasures,
	"施策の方向":   goal.BlockMeasures,
	"施策の方向性":  goal.BlockMeasures,
	"主な施策":    goal.BlockMeasures,
	"施策の体系":   goal.BlockMeasures,
	"基本施策の展開": goal.BlockMeasures,
}

// bulletMarkers are the runes that open a bullet when they start a line.
// ◉ is the vision mark, ● current-state-and-issues, ❖ a measure.
const bulletMarkers = "◉●❖◆◇○◯■□▪•・★☆▶►➢✓"

// dashMarkers open a bullet when a space or ・ follows: 「- ・」.
const dashMarkers = "-－‐–—"

// classifyOutline splits text into lines and classifies each.
func classifyOutline(text string) []outlineLine {
	var lines []outlineLine
	for start, num := 0, 1; ; num++ {
		idx := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if idx >= 0 {
			end = start + idx
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		if idx >= 0 || start < len(text) {
			lines = append(lines, classifyLine(text, num, start, e))
		}
		if idx < 0 {
			break
		}
		start = end + 1
	}
	markTitleContinuations(text, lines)
	return lines
}

func isOutlineSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == outlineIdeographicSpace || r == '\f' || r == '\v'
}

// trimOutlineSpace narrows [start,end) of text past leading and trailing
// spaces, ideographic spaces included.
func trimOutlineSpace(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isOutlineSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isOutlineSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

func classifyLine(text string, num, start, end int) outlineLine {
	l := outlineLine{num: num, start: start, end: end}
	s, e := trimOutlineSpace(text, start, end)
	if s == e {
		l.kind = olBlank
		return l
	}
	content := text[s:e]
	l.bodyOff, l.bodyEnd = s, e
	first, _ := utf8.DecodeRuneInString(text[start:end])
	indentedIdeographic := first == outlineIdeographicSpace

	if r, n := utf8.DecodeRuneInString(content); strings.ContainsRune(bulletMarkers, r) {
		l.kind, l.marker = olBullet, r
		l.bodyOff, _ = trimOutlineSpace(text, s+n, e)
		return l
	} else if strings.ContainsRune(dashMarkers, r) && len(content) > n {
		if r2, _ := utf8.DecodeRuneInString(content[n:]); isOutlineSpace(r2) || r2 == '・' {
			// 「- ・本文」: the dash and an optional ・ are both markers.
			b, _ := trimOutlineSpace(text, s+n, e)
			if strings.HasPrefix(text[b:e], "・") {
				b, _ = trimOutlineSpace(text, b+len("・"), e)
			}
			l.kind, l.marker, l.bodyOff = olBullet, '-', b
			return l
		}
	}
	if indentedIdeographic {
		// A line the PDF extraction indented with U+3000 continues the
		// sentence above it, whatever it starts with (（2013）年に…).
		l.kind = olCont
		return l
	}
	if k, ok := blockHeadings[strings.Join(strings.Fields(strings.ReplaceAll(content, "\u3000", " ")), "")]; ok {
		l.kind, l.block = olBlock, k
		return l
	}
	if m := sourceRE.FindStringSubmatchIndex(content); m != nil {
		l.kind = olSource
		l.bodyOff, l.bodyEnd = s+m[2], s+m[3]
		return l
	}
	if m := counterRE.FindStringSubmatchIndex(content); m != nil {
		title := content[m[1]:]
		if headingTitleOK(title, true) {
			l.kind = olCounter
			l.counter = content[m[4]:m[5]]
			l.number = goal.NormalizeNumber("第" + content[m[2]:m[3]] + l.counter)
			l.title = title
			l.bodyOff = s + m[1]
			return l
		}
	}
	if m := numberedRE.FindStringSubmatchIndex(content); m != nil {
		title := content[m[1]:]
		if title != "" && headingTitleOK(title, false) {
			l.kind = olNumbered
			l.number = goal.NormalizeNumber(content[m[2]:m[3]])
			l.title = title
			l.bodyOff = s + m[1]
			return l
		}
	}
	if m := parenRE.FindStringSubmatchIndex(content); m != nil {
		title := content[m[1]:]
		if title != "" && headingTitleOK(title, false) {
			l.kind = olParen
			l.number = "(" + goal.NormalizeNumber(content[m[2]:m[3]]) + ")"
			l.title = title
			l.bodyOff = s + m[1]
			return l
		}
	}
	l.kind = olText
	l.latin = isLatinOnly(content)
	return l
}

// headingTitleOK says whether the rest of a line after a heading number can
// be a heading title: not a sentence (no 。 at the end, not too long), not
// another number (「2 0 2 5年」), and, for bare numbers, holding some
// Japanese (「04 PROMOTION OF THE PLAN」 is an English title line, not item 4).
func headingTitleOK(title string, emptyOK bool) bool {
	if title == "" {
		return emptyOK
	}
	if endsOutlineSentence(title) || utf8.RuneCountInString(title) > maxTitleRunes {
		return false
	}
	r, _ := utf8.DecodeRuneInString(title)
	if r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '%' || r == '％' || r == '年' || r == '月' || r == '日' {
		return false
	}
	return !isLatinOnly(title)
}

// endsOutlineSentence reports whether s ends with a sentence end (。 or ．).
func endsOutlineSentence(s string) bool {
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．")
}

// isLatinOnly reports whether s is ASCII only and holds a letter.
func isLatinOnly(s string) bool {
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			letter = true
		}
	}
	return letter
}

// markTitleContinuations flags the text lines that finish the title of the
// heading directly above them: 「 第 3 節 真の分権型社会を担う」 followed by
// 「自主的・自立的な都市を目指す」. The line must follow the heading with no
// blank line, be short, not be a sentence, and be followed by a blank line,
// the end, or something that is not text.
func markTitleContinuations(text string, lines []outlineLine) {
	for i := 1; i < len(lines); i++ {
		l := &lines[i]
		prev := lines[i-1]
		if l.kind != olText || l.latin {
			continue
		}
		switch prev.kind {
		case olCounter, olNumbered, olParen:
		default:
			continue
		}
		if prev.title == "" {
			continue
		}
		body := l.body(text)
		if endsOutlineSentence(body) || utf8.RuneCountInString(body) > maxShortRunes {
			continue
		}
		if i+1 < len(lines) && lines[i+1].kind == olText || i+1 < len(lines) && lines[i+1].kind == olCont {
			continue
		}
		l.titleCnt = true
	}
}
