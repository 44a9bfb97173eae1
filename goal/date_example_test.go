package goal_test

import (
	"fmt"
	"time"

	"github.com/policygoal/policygoal/goal"
)

func ExampleFiscalYear() {
	fy := goal.FiscalYearOf(time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC))
	fmt.Println(int(fy), fy, fy.Start(), fy.End())
	fmt.Println(goal.FiscalYear(2019), goal.FiscalYear(2018))
	// Output:
	// 2024 令和6年度 2024-04-01 2025-03-31
	// 令和元年度 平成30年度
}

func ExampleFiscalQuarter() {
	q := goal.FiscalQuarterOf(time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC))
	fmt.Println(q, q.Start(), q.End())
	fmt.Println(goal.FiscalYear(2023).Quarter(1))
	// Output:
	// FY2023-Q4 2024-01-01 2024-03-31
	// FY2023-Q1
}

func ExampleEra_Date() {
	d, _ := goal.Heisei.Date(1, 1, 8) // 平成元年1月8日
	fmt.Println(d)
	_, err := goal.Heisei.Date(1, 1, 7) // that day was 昭和64年1月7日
	fmt.Println(err)
	y, _ := goal.Heisei.Year(32) // plans written before 2019 count on
	fmt.Println(y)
	// Output:
	// 1989-01-08
	// goal: heisei year 1: 1989-01-07 is before the era began (1989-01-08)
	// 2020
}

func ExampleNewDate() {
	for _, ymd := range [][3]int{{2022, 9, 12}, {2022, 9, 0}, {2022, 0, 0}, {2023, 2, 29}} {
		d, err := goal.NewDate(ymd[0], ymd[1], ymd[2])
		fmt.Println(d, d.Precision, err)
	}
	// Output:
	// 2022-09-12 day <nil>
	// 2022-09 month <nil>
	// 2022 year <nil>
	//  Precision(0) goal: invalid date 2023-02-29: day out of range
}
