package load

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkLoaders loads each seed document repeated 1, 10 and 100 times:
// time per MB should stay flat (the loaders are linear).
func BenchmarkLoaders(b *testing.B) {
	c, err := newConfig(nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name, file string
		load       func(string) error
	}{
		{"goals", "../../testdata/saitama_cs90_bureaus.txt", func(s string) error { _, _, err := readGoals(s, c); return err }},
		// a page repeated is read by the structure reader as running headers
		// (the unit's name on every "page"): only the time counts here
		{"page", "../../testdata/sakai_mayors_office_page.txt", func(s string) error { _, _, _ = readPage(s, c); return nil }},
		{"meetings", "../../testdata/saitama_strategy_meeting_305.txt", func(s string) error { _, _, err := readMeetings(s, c); return err }},
	} {
		raw, err := os.ReadFile(tc.file)
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range []int{1, 10, 100} {
			text := strings.Repeat(string(raw)+"\n", n)
			b.Run(tc.name+"/x"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					if err := tc.load(text); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
