package parse

import (
	"regexp"
	"strings"

	"github.com/policygoal/policygoal/goal"
)

// zoneNameRE finds a quoted area name: 「北部ゾーン」, 「中央地区」.
var zoneNameRE = regexp.MustCompile(`「([^「」、。]{1,20}?(ゾーン|エリア|地区|地域))」`)

// zoneHeadingRE matches a line that names one zone: 北部ゾーン, 中央エリア.
var zoneHeadingRE = regexp.MustCompile(`^[^「」、。\s]{1,15}?(ゾーン|エリア|地区)$`)

// zoneHeading opens a zone node for a heading line naming a zone, under the
// nearest node that is not a zone, theme or bullet block.
func (b *outlineBuilder) zoneHeading(l *outlineLine) {
	name := l.body(b.doc)
	m := zoneHeadingRE.FindStringSubmatch(name)
	b.popTo(rankTheme)
	z := &goal.Node{Level: m[1], Title: name, Kind: goal.BlockZone, Line: l.num, Span: b.headingSpan(l)}
	b.attach(z, rankTheme)
}

// minZones is how many quoted area names a statement must list before they
// are read as the zones of an area division rather than a passing mention.
const minZones = 2

// addZones gives n one BlockZone child per quoted area name sb lists, when
// it lists at least minZones of them and n has no child of that name yet.
// The zone's span is the name inside the quotes, in offsets of the decoded
// text (finish, which walks the new children next, adds the base).
func (b *outlineBuilder) addZones(n *goal.Node, sb *statementBuilder) {
	text := sb.text()
	ms := zoneNameRE.FindAllStringSubmatchIndex(text, -1)
	if len(ms) < minZones {
		return
	}
	for _, m := range ms {
		name := text[m[2]:m[3]]
		if hasChildTitled(n, name) {
			continue
		}
		z := &goal.Node{Level: text[m[4]:m[5]], Title: name, Kind: goal.BlockZone, Line: sb.line}
		if ds, de, ok := sb.docSpan(m[2], m[3]); ok {
			z.Span = goal.Span{Start: ds, End: de}
			z.Line = 1 + strings.Count(b.doc[:ds], "\n")
		}
		n.Children = append(n.Children, z)
	}
}

func hasChildTitled(n *goal.Node, title string) bool {
	for _, c := range n.Children {
		if c != nil && c.Title == title {
			return true
		}
	}
	return false
}
