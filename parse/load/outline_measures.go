package load

import "github.com/policygoal/policygoal/goal"

// measureBlock collects a 施策展開 (policy measures) block — numbered
// measure headings and their bullets — and decides at its end which bullets
// belong to which measure.
//
// PDF extraction moves headings: in the Saitama plan 「1 市民と市との情報共有
// の充実」 is followed by six bullets in two blank-separated groups, then the
// headings 2, 3 and 4 together, then two more groups. The groups, not the
// positions, say which bullets belong where: group k belongs to measure k.
type measureBlock struct {
	node   *goal.Node // the 施策展開 block
	level  int        // the block's level in the reader
	heads  []*goal.Node
	items  []measureItem
	groups int
	// moved: a continuation line finished a bullet that stood above a later
	// heading (「…健全財政の維持」, headings, 「　に取り組みます。」): the
	// headings interrupted a sentence, so they are out of place.
	moved bool
}

type measureItem struct {
	st     *stmt
	bullet bool
	group  int // 0-based group of a bullet
	pos    int // index of the last heading above the item, -1 for none
}

func (m *measureBlock) heading(n *goal.Node) { m.heads = append(m.heads, n) }

func (m *measureBlock) lastHead() *goal.Node {
	if len(m.heads) == 0 {
		return nil
	}
	return m.heads[len(m.heads)-1]
}

// bullet adds a bullet; gap reports a blank line since the last bullet or
// continuation, which starts a new group.
func (m *measureBlock) bullet(st *stmt, gap bool) {
	if m.groups == 0 || gap {
		m.groups++
	}
	m.items = append(m.items, measureItem{st: st, bullet: true, group: m.groups - 1, pos: len(m.heads) - 1})
}

func (m *measureBlock) paragraph(st *stmt) {
	m.items = append(m.items, measureItem{st: st, group: -1, pos: len(m.heads) - 1})
}

func (m *measureBlock) continued() {
	for i := len(m.items) - 1; i >= 0; i-- {
		if m.items[i].bullet {
			if m.items[i].pos != len(m.heads)-1 {
				m.moved = true
			}
			return
		}
	}
}

// resolve attaches the measures to the block and every item to its node:
//   - by position (each bullet under the last heading above it) when that
//     gives every measure at least one bullet, leaves none before the first
//     heading, and no sentence runs across a heading: the headings are where
//     they belong;
//   - otherwise by group when there are as many bullet groups as measures:
//     group k goes to measure k, whatever the headings' positions;
//   - otherwise by position, bullets before the first heading staying on the
//     施策展開 block itself.
//
// Paragraphs (text that is not a bullet) always go by position.
func (m *measureBlock) resolve(stmts map[*goal.Node][]*stmt) {
	n := len(m.heads)
	positional := n > 0
	count := make([]int, n)
	for _, it := range m.items {
		if !it.bullet {
			continue
		}
		if it.pos < 0 {
			positional = false
			continue
		}
		count[it.pos]++
	}
	for _, c := range count {
		if c == 0 {
			positional = false
		}
	}
	byGroup := (!positional || m.moved) && n > 0 && m.groups == n
	m.node.Children = append(m.node.Children, m.heads...)
	for _, it := range m.items {
		target := m.node
		switch {
		case it.bullet && byGroup:
			target = m.heads[it.group]
		case it.pos >= 0:
			target = m.heads[it.pos]
		}
		stmts[target] = append(stmts[target], it.st)
	}
}
