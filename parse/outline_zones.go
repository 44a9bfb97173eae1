package parse

import (
	"regexp"
	"strings"

	"github.com/policygoal/policygoal/goal"
)

// zoneNameRE finds a quoted area name: 「北部ゾーン」, 「中央地区」.
var zoneNameRE = regexp.MustCompile(`「([^「」、。]{1,20}?(ゾーン|エリア|地区|地域))」`)

// minZones is how many quoted area names a statement must list before they
// are read as the zones of an area division rather than a passing mention.
const minZones = 2

// addZones gives n one BlockZone child per quoted area name sb lists, when
// it lists at least minZones of them and n has no child of that name yet.
// The zone's span is the name inside the quotes, in document offsets before
// base (finish adds it).
func (b *outlineBuilder) addZones(n *goal.Node, sb *statementBuilder, base int) {
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
	_ = base
}

func hasChildTitled(n *goal.Node, title string) bool {
	for _, c := range n.Children {
		if c != nil && c.Title == title {
			return true
		}
	}
	return false
}
