package cli

import (
	"io"
	"strings"

	"github.com/policygoal/policygoal/internal/displaywidth"
)

// DisplayWidth is how many terminal columns s takes (see
// internal/displaywidth).
func DisplayWidth(s string) int { return displaywidth.String(s) }

// Table collects rows and writes them as left-aligned columns two spaces
// apart, padded by display width, so that a column of Japanese text lines
// up under its header. Cells are folded onto one line. The zero value is
// ready to use; it holds every row until Write.
type Table struct {
	rows   [][]string
	widths []int
}

// Row adds a row.
func (t *Table) Row(cells ...string) {
	row := make([]string, len(cells))
	for i, c := range cells {
		c = OneLine(c)
		row[i] = c
		if i >= len(t.widths) {
			t.widths = append(t.widths, 0)
		}
		t.widths[i] = max(t.widths[i], DisplayWidth(c))
	}
	t.rows = append(t.rows, row)
}

// Len is the number of rows added.
func (t *Table) Len() int { return len(t.rows) }

// Write writes the rows to w; trailing spaces are trimmed.
func (t *Table) Write(w io.Writer) error {
	var b strings.Builder
	for _, row := range t.rows {
		b.Reset()
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", t.widths[i]-DisplayWidth(cell)+2))
			}
		}
		if _, err := io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}
