package kpi

import "github.com/policygoal/policygoal/goal"

// TargetParser reads a table cell that states one target: 「99.0%以上」 (at
// least 99.0 %), 「月1回以上」 (at least once a month), 「50件」 (fifty
// cases). *parse.Parser satisfies it; kpi does not import parse, so a
// program that builds indicators in code loads no dictionary.
type TargetParser interface {
	ParseTarget(s string) (goal.Target, error)
}

// FiscalYearParser reads a fiscal year as tables write it: 2020, 2020年度,
// 令和2年度 (the second year of Reiwa), R2. *parse.Parser satisfies it.
type FiscalYearParser interface {
	ParseFiscalYear(s string) (goal.FiscalYear, error)
}

// DateParser reads a date in the forms Japanese documents use: 令和5年4月12日,
// 2023/5/10, R5.8.9. *parse.Parser satisfies it.
type DateParser interface {
	ParseDate(s string) (goal.Date, error)
}
