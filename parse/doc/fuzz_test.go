package doc_test

import (
	"os"
	"testing"

	"github.com/policygoal/policygoal/parse/doc"
)

// FuzzRead: no panic; spans on rune boundaries inside the input; every
// non-blank byte in exactly one of a block, furniture or unread;
// SourceSpan stays inside its block.
func FuzzRead(f *testing.F) {
	for _, tc := range readTests {
		f.Add(tc.in)
	}
	for _, name := range []string{"../../testdata/saitama_comprehensive_plan_ch1-2.txt", "../../testdata/kashiwa_comprehensive_plan_ch4.txt"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b[:min(len(b), 4000)]))
		}
	}
	f.Add("第\xff章 \x00\r\r\n|\t|\n1,2\n目次\n")
	r, err := doc.NewReader()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := r.Read(src)
		checkInvariants(t, d)
		for i := range d.Blocks {
			b := &d.Blocks[i]
			if b.Line < 1 || b.Line > d.Line(len(src)) {
				t.Fatalf("block line %d outside the document", b.Line)
			}
			for _, rw := range b.Rows {
				for _, c := range rw.Cells {
					if c.Span.Start < b.Span.Start || c.Span.End > b.Span.End {
						t.Fatalf("cell %v outside its table %v", c.Span, b.Span)
					}
				}
			}
		}
	})
}
