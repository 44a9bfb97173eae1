package doc

// A style's place in the open-heading stack, with its default rank (-1 for
// worded and title headings, which have none).
type openStyle struct {
	style string
	rank  int
	last  int // the last ordinal seen in this style (0: none)
}

// inferLevels sets the level of every heading from the order in which the
// numbering styles first appear and how they nest: a style seen before
// closes everything opened below it; a new style opens below the current
// heading, unless its default rank puts it above open numbered styles (a
// 第N節 after 1 and (1) closes them). Plan units (第N章 …) also close worded
// headings; numbered headings do not (1 under 施策展開).
func inferLevels(bs []Block) {
	var stack []openStyle
	content := false // text came after the last heading
	for i := range bs {
		b := &bs[i]
		if b.Kind != Heading {
			content = true
			continue
		}
		ord := 0
		if len(b.Ordinal) > 0 {
			ord = b.Ordinal[len(b.Ordinal)-1]
		}
		b.Level = push(&stack, b.Style, b.rank, ord, content)
		content = false
	}
}

// push places a heading of style in the stack and returns its level. A
// worded heading new to the stack that follows the second or later item of
// a numbered list and its text (…(2) 避難所の充実 / 本文 / 【主な指標】) closes
// the list: it stands beside the items, under their parent, not inside the
// last one.
//
// A worded block (現状と課題, 【数値目標】, 重要業績評価指標（KPI）) ends at the
// next heading of any kind and owns no numbered heading: a numbered heading
// new to the stack closes the worded headings on top of it (基本目標1 /
// 【数値目標】 / table / 施策1-1: 施策1-1 is the 基本目標's child, beside
// 数値目標). Loaders that read a block word as a list of items (施策展開 /
// 1 … / 2 …) take the numbered headings beside it as its items.
func push(stack *[]openStyle, style string, rank, ord int, afterText bool) int {
	s := *stack
	for k := len(s) - 1; k >= 0; k-- {
		if s[k].style == style {
			s[k].last = ord
			*stack = s[:k+1]
			return k + 1
		}
	}
	if style == "word" && afterText && len(s) > 1 {
		if top := s[len(s)-1]; top.rank >= rankDai && top.last >= 2 {
			s = s[:len(s)-1]
		}
	}
	if rank >= 0 {
		for len(s) > 0 && s[len(s)-1].style == "word" {
			s = s[:len(s)-1]
		}
	}
	if rank >= 0 {
		unit := rank < rankDai
		for len(s) > 0 {
			top := s[len(s)-1]
			if top.rank > rank || unit && top.rank < 0 {
				s = s[:len(s)-1]
				continue
			}
			break
		}
	}
	s = append(s, openStyle{style, rank, ord})
	*stack = s
	return len(s)
}

// inferTOCLevels infers the entries' levels the same way.
func inferTOCLevels(es []TOCEntry) {
	var stack []openStyle
	for i := range es {
		st, rank := es[i].Style, es[i].rank
		if st == "" {
			st, rank = "title", -1
		}
		es[i].Level = push(&stack, st, rank, 0, false)
	}
}
