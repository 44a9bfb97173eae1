package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every line ending counts as one line, in splitLines, lineIndex and
// position alike.
func TestLineEndings(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		lines []string
		// offsets whose line and column are checked: off → {line, col}
		at map[int][2]int
	}{
		{"lf", "ab\ncd\n", []string{"ab", "cd"}, map[int][2]int{0: {1, 1}, 3: {2, 1}, 4: {2, 2}}},
		{"crlf", "ab\r\ncd", []string{"ab", "cd"}, map[int][2]int{2: {1, 3}, 3: {1, 4}, 4: {2, 1}}},
		{"cr only", "ab\rcd\r", []string{"ab", "cd"}, map[int][2]int{3: {2, 1}, 5: {2, 3}, 6: {3, 1}}},
		{"mixed", "a\rb\r\nc\nd", []string{"a", "b", "c", "d"}, map[int][2]int{2: {2, 1}, 5: {3, 1}, 7: {4, 1}}},
		{"blank lines", "a\r\r\nb", []string{"a", "", "b"}, map[int][2]int{2: {2, 1}, 4: {3, 1}}},
		{"kanji columns", "令和\r年度", []string{"令和", "年度"}, map[int][2]int{3: {1, 2}, 7: {2, 1}, 10: {2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for k, l := range splitLines(tt.doc) {
				got = append(got, l.text)
				assert.Equal(t, k+1, l.num)
				line, col := position(tt.doc, l.at)
				assert.Equal(t, [2]int{k + 1, 1}, [2]int{line, col}, "line %d starts at byte %d", k+1, l.at)
			}
			assert.Equal(t, tt.lines, got)
			ix := newLineIndex(tt.doc)
			for off, want := range tt.at {
				line, col := position(tt.doc, off)
				assert.Equal(t, want, [2]int{line, col}, "position of byte %d", off)
				assert.Equal(t, want[0], ix.line(off), "lineIndex of byte %d", off)
			}
		})
	}
}
