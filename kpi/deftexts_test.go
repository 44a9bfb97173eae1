package kpi

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDefTexts(t *testing.T) {
	long := strings.Repeat("指標", 100) // a length over one varint byte
	for _, tt := range []struct {
		name  string
		sets  [][2]string // slot (as a digit), text
		slots int
		want  []string
	}{
		{"empty: every slot empty", nil, 3, []string{"", "", ""}},
		{"one slot set", [][2]string{{"1", "件"}}, 3, []string{"", "件", ""}},
		{"first and last", [][2]string{{"0", "%"}, {"2", "令和7年度"}}, 3, []string{"%", "", "令和7年度"}},
		{"overwrite keeps the others", [][2]string{{"0", "a"}, {"1", "b"}, {"0", "c"}}, 2, []string{"c", "b"}},
		{"a long text", [][2]string{{"1", long}, {"2", "x"}}, 3, []string{"", long, "x"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var d defTexts
			for _, set := range tt.sets {
				d = d.with(int(set[0][0]-'0'), set[1], tt.slots)
			}
			got := make([]string, tt.slots)
			for k := range got {
				got[k] = d.get(k)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, "", d.get(tt.slots), "beyond the last slot")
		})
	}
}
