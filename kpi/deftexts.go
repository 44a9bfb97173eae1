package kpi

import (
	"encoding/binary"
	"strings"
)

// defTexts holds the first text of each definition column of one
// indicator (unit, direction, baseline, …) in a single string: per slot, in
// slot order, the text's length as a uvarint and then the text. The empty
// defTexts has every slot empty. One string per indicator, instead of a
// slice of strings, keeps a table of a hundred thousand indicators small
// while it is read; and the copy lets the record's line go.
type defTexts string

// get returns the text of slot, "" when it has none.
func (d defTexts) get(slot int) string {
	s := string(d)
	for k := 0; s != ""; k++ {
		n, w := binary.Uvarint([]byte(s[:min(len(s), binary.MaxVarintLen64)]))
		text := s[w : w+int(n)]
		if k == slot {
			return text
		}
		s = s[w+int(n):]
	}
	return ""
}

// with returns d with slot set to text, for a record of slots slots.
func (d defTexts) with(slot int, text string, slots int) defTexts {
	var b strings.Builder
	var lenBuf [binary.MaxVarintLen64]byte
	for k := 0; k < slots; k++ {
		t := d.get(k)
		if k == slot {
			t = text
		}
		b.Write(binary.AppendUvarint(lenBuf[:0], uint64(len(t))))
		b.WriteString(t)
	}
	return defTexts(b.String())
}
