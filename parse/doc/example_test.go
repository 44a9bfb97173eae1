package doc_test

import (
	"fmt"
	"strings"

	"github.com/policygoal/policygoal/parse/doc"
)

func ExampleReader_Read() {
	r, err := doc.NewReader()
	if err != nil {
		fmt.Println(err)
		return
	}
	src := "第2章 くらし\n1 子育て支援\n現状と課題\n●共働き世帯が増え、保育の需要が\n　高まっています。\n- 12 -\n■■■■\n"
	d := r.Read(src)
	for _, b := range d.Blocks {
		fmt.Printf("%d %s%s %s%s %s\n", b.Line, strings.Repeat("  ", max(b.Level-1, 0)), b.Kind, b.Number, b.Marker, b.Text)
	}
	for _, f := range d.Furniture {
		fmt.Printf("furniture line %d: %s\n", d.Line(f.Start), src[f.Start:f.End])
	}
	for _, u := range d.Unread {
		fmt.Printf("unread line %d: %s\n", d.Line(u.Start), src[u.Start:u.End])
	}
	fmt.Printf("coverage %.2f\n", d.Coverage(nil))
	// Output:
	// 1 heading 第2章 くらし
	// 2   heading 1 子育て支援
	// 3     heading  現状と課題
	// 4 bullet ● 共働き世帯が増え、保育の需要が高まっています。
	// furniture line 6: - 12 -
	// unread line 7: ■■■■
	// coverage 0.91
}
