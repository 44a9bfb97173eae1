package parse_test

import (
	"fmt"

	"github.com/policygoal/policygoal/parse"
)

func ExampleParser_Extract() {
	p, err := parse.New()
	if err != nil {
		panic(err)
	}
	text := "局内会議を月1回開催し、連携団体を4団体以上に広げ、管路の1パーセント以上を更新します。"
	ex, err := p.Extract(text)
	if err != nil {
		panic(err)
	}
	for _, t := range ex.Targets {
		fmt.Printf("%-10s %-5v %-4v %q subject=%q action=%q [%d:%d] → %s\n", t.Kind, t.Value, t.Cmp, t.Text, t.Subject, t.Action, t.Span.Start, t.Span.End, t)
	}
	// Output:
	// frequency  1     eq   "月1回" subject="局内会議" action="開催する" [15:22] → 月1回
	// count      4     ge   "4団体以上" subject="連携団体" action="広げる" [49:62] → 4団体以上
	// percentage 1     ge   "1パーセント以上" subject="管路" action="更新する" [83:105] → 1%以上
}
