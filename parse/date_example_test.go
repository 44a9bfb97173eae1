package parse_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/policygoal/policygoal/parse"
)

func ExampleParser_Dates() {
	p, _ := parse.New()
	text := "令和２年１１月２０日（金）午後３時５０分～午後４時３０分、平成19（2007）年、令和3～7年度、東京2020大会"
	dates, _ := p.Dates(text)
	for _, d := range dates {
		b, _ := json.Marshal(d)
		fmt.Println(string(b))
	}
	// Output:
	// {"kind":"date","value":"2020-11-20","text":"令和２年１１月２０日","start":0,"end":30}
	// {"kind":"date","value":"2007","text":"平成19（2007）年","start":87,"end":108}
	// {"kind":"fiscal_year","value":"2021","through":"2025","text":"令和3～7年度","start":111,"end":128}
}

func ExampleParser_ScanDates() {
	p, _ := parse.New()
	sc, _ := p.ScanDates("平成19（2008）年と平成元年1月7日")
	fmt.Println(len(sc.Dates))
	for _, pr := range sc.Problems {
		fmt.Println(pr.Offset, errors.Is(pr, parse.ErrYearMismatch), errors.Is(pr, parse.ErrEraYear))
	}
	// Output:
	// 0
	// 0 true false
	// 24 false true
}

func ExampleParser_ParseDate() {
	p, _ := parse.New()
	for _, cell := range []string{"令和5年4月12日", "2023/5/10", "R5.8.9", " ２０２３－０４－０１ ", "令和5年度"} {
		d, err := p.ParseDate(cell)
		fmt.Println(d, err)
	}
	// Output:
	// 2023-04-12 <nil>
	// 2023-05-10 <nil>
	// 2023-08-09 <nil>
	// 2023-04-01 <nil>
	//  parse: date "令和5年度" at byte 0: no date: a fiscal year, not a date
}

func ExampleParser_ParseFiscalYear() {
	p, _ := parse.New()
	for _, cell := range []string{"2020", "令和2年度", "R2", "H30", "FY2024"} {
		fy, _ := p.ParseFiscalYear(cell)
		fmt.Println(int(fy), fy)
	}
	// Output:
	// 2020 令和2年度
	// 2020 令和2年度
	// 2020 令和2年度
	// 2018 平成30年度
	// 2024 令和6年度
}
