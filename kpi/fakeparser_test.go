package kpi

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"golang.org/x/text/width"
)

// fakeParser stands in for *parse.Parser in this package's tests, reading
// just the forms the test tables use, so kpi's tests need no dictionary.
// The real parser is exercised by examples/kpi.
type fakeParser struct{}

var errFake = errors.New("fake parser: not understood")

var (
	fakeEraYear = regexp.MustCompile(`^(?:令和|R)(\d+|元)(?:年度)?$`)
	fakeYear    = regexp.MustCompile(`^(\d{4})年度$`)
	fakeTarget  = regexp.MustCompile(`^(月|年|四半期)?([\d.,]+)(%|回|件|人)(以上|以下|未満)?$`)
	fakeDate    = regexp.MustCompile(`^(?:(\d{4})|令和(\d+)年|R(\d+)\.)[/年.-]?(\d{1,2})[/月.-](\d{1,2})日?$`)
)

func (fakeParser) ParseFiscalYear(s string) (goal.FiscalYear, error) {
	s = width.Fold.String(s)
	if m := fakeEraYear.FindStringSubmatch(s); m != nil {
		n := 1
		if m[1] != "元" {
			n, _ = strconv.Atoi(m[1])
		}
		return goal.FiscalYear(2018 + n), nil
	}
	if m := fakeYear.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return goal.FiscalYear(n), nil
	}
	return 0, errFake
}

func (fakeParser) ParseTarget(s string) (goal.Target, error) {
	m := fakeTarget.FindStringSubmatch(width.Fold.String(s))
	if m == nil {
		return goal.Target{}, errFake
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
	if err != nil {
		return goal.Target{}, errFake
	}
	t := goal.Target{Value: v, Cmp: goal.CmpEq, Text: s, Span: goal.Span{End: len(s)}}
	switch m[3] {
	case "%":
		t.Kind, t.Unit = goal.KindPercentage, "%"
	case "回":
		t.Kind = goal.KindFrequency
	default:
		t.Kind, t.Unit = goal.KindCount, m[3]
	}
	switch m[1] {
	case "月":
		t.Per = goal.PeriodMonth
	case "年":
		t.Per = goal.PeriodYear
	case "四半期":
		t.Per = goal.PeriodQuarter
	}
	switch m[4] {
	case "以上":
		t.Cmp = goal.CmpGE
	case "以下":
		t.Cmp = goal.CmpLE
	case "未満":
		t.Cmp = goal.CmpLT
	}
	return t, nil
}

func (fakeParser) ParseDate(s string) (goal.Date, error) {
	m := fakeDate.FindStringSubmatch(width.Fold.String(s))
	if m == nil {
		return goal.Date{}, errFake
	}
	y, _ := strconv.Atoi(m[1])
	for _, era := range m[2:4] {
		if era != "" {
			n, _ := strconv.Atoi(era)
			y = 2018 + n
		}
	}
	mo, _ := strconv.Atoi(m[4])
	d, _ := strconv.Atoi(m[5])
	return goal.NewDate(y, mo, d)
}
