// Command kpi evaluates a KPI table and checks frequency targets against
// event logs.
//
//	kpi [-json | -md | -html FILE] [-ranks abcd|sabcd|symbols] [TABLE.csv | -]
//	kpi [-json | -md | -html FILE] [-ranks …] -plan PLAN.txt [ACTUALS.csv | -]
//	kpi compliance -target 月1回以上 -from 2023-04-01 -to 2024-03-31 [-json] [EVENTS.csv | -]
//
// TABLE.csv has one row per indicator and fiscal year, with English or
// Japanese headers, in UTF-8 (with or without BOM) or Shift_JIS. Without a
// flag it prints a text report; -json prints an array of {"name","status",
// "progress","expected","achievement","rank","trend"} (null for undefined
// figures, rounded to 4 decimal places); -md prints Markdown; -html FILE
// writes a self-contained page in Japanese (-lang en for English) titled
// -title, for the fiscal year -year (default: that of the latest actual),
// prepared on -date.
//
// With -plan, the indicators come from a plan's text or indicator table
// (read by parse/load's LoadIndicators: names, units, baselines, targets and
// their years), and the actuals from ACTUALS.csv, a table with the columns
// 指標名, 実績値, 実績年度 (or name, actual, actual_year) matched by name; an
// actual naming no indicator of the plan is reported.
//
// With no file, or "-", it reads standard input. Each bad row or cell is
// reported as one line on stderr, "kpi: file:line: column N (header):
// what"; the other rows are still evaluated, and the exit status is 1.
// Usage errors exit with 2. The HTML file is written atomically with mode
// 0644 and never over the input. -version prints the module version.
package main

import (
	"io"
	"path/filepath"

	"github.com/policygoal/policygoal/internal/cli"
	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
)

func main() { cli.Main("kpi", synopsis, run) }

const synopsis = "kpi [-json | -md | -html FILE [-title T] [-year FY] [-date D] [-lang ja|en]] [-ranks abcd|sabcd|symbols] [TABLE.csv | -]\n" +
	"       kpi [-json | -md | -html FILE …] [-ranks …] -plan PLAN.txt [ACTUALS.csv | -]\n" +
	"       kpi compliance -target 月1回以上 -from 2023-04-01 -to 2024-03-31 [-json] [EVENTS.csv | -]"

func run(c *cli.Command, args []string) int {
	if len(args) > 0 && args[0] == "compliance" {
		c.Name, c.Synopsis = "kpi compliance", complianceSynopsis
		return c.Exit(runCompliance(c, args[1:]))
	}
	return c.Exit(runTable(c, args))
}

// newParser builds the text parser and the target reader kpi needs.
func newParser() (*parse.Parser, kpi.TargetParser, error) {
	p, err := parse.New()
	if err != nil {
		return nil, nil, err
	}
	return p, p, nil
}

func runTable(c *cli.Command, args []string) error {
	fs := c.FlagSet()
	asJSON := fs.Bool("json", false, "print the evaluations as a JSON array")
	asMD := fs.Bool("md", false, "print a Markdown report")
	htmlFile := fs.String("html", "", "write a self-contained HTML report to `FILE`")
	ranks := fs.String("ranks", "abcd", "rank scheme: abcd, sabcd or symbols")
	title := fs.String("title", "", "title of the HTML report (default 成果指標の評価)")
	yearText := fs.String("year", "", "fiscal year the HTML report is for, e.g. 令和5年度 or 2023 (default: that of the latest actual)")
	dateText := fs.String("date", "", "date the HTML report was prepared, e.g. 2024-06-30 or 令和6年6月30日")
	lang := fs.String("lang", "ja", "language of the HTML report: ja or en")
	plan := fs.String("plan", "", "read the indicators from the plan text or indicator table `PLAN.txt`; TABLE.csv, if given, holds the actuals")
	if err := c.Parse(fs, args); err != nil {
		return err
	}
	if *htmlFile == "" && (*title != "" || *yearText != "" || *dateText != "" || *lang != "ja") {
		return cli.Usagef("-title, -year, -date and -lang apply only to -html")
	}
	if *lang != "ja" && *lang != "en" {
		return cli.Usagef("-lang: want ja or en, got %s", cli.Quote(*lang))
	}
	if fs.NArg() > 1 {
		return cli.Usagef("want one TABLE.csv, got %d arguments", fs.NArg())
	}
	n := 0
	for _, b := range []bool{*asJSON, *asMD, *htmlFile != ""} {
		if b {
			n++
		}
	}
	if n > 1 {
		return cli.Usagef("-json, -md and -html are alternatives")
	}
	scheme, ok := kpi.RankSchemes[*ranks]
	if !ok {
		return cli.Usagef("unknown rank scheme %q (abcd, sabcd, symbols)", *ranks)
	}
	if *htmlFile != "" {
		if err := cli.CheckOutput(*htmlFile, []string{fs.Arg(0), *plan}); err != nil {
			return err
		}
	}

	p, targets, err := newParser()
	if err != nil {
		return err
	}
	opt := kpi.HTMLOptions{Title: *title, English: *lang == "en"}
	if *yearText != "" {
		if opt.FiscalYear, err = p.ParseFiscalYear(*yearText); err != nil {
			return cli.Usagef("-year: %s", cli.Message(err))
		}
	}
	if *dateText != "" {
		if opt.Prepared, err = readDate(p, *dateText); err != nil {
			return cli.Usagef("-date: %s", cli.Message(err))
		}
	}
	var inds []kpi.Indicator
	var name string
	if *plan != "" {
		inds, err = planIndicators(c, *plan, fs.Arg(0), p)
		name = *plan
	} else {
		inds, name, err = tableIndicators(c, fs.Arg(0), p, targets)
	}
	if err != nil || inds == nil && c.Problems > 0 {
		return err
	}
	e := kpi.Evaluator{Ranks: scheme}
	// JSON and HTML evaluate one indicator at a time: the least memory for
	// a large table.
	switch {
	case *asJSON:
		return e.WriteJSON(c.Stdout, inds)
	case *htmlFile != "":
		opt.Source = filepath.Base(name)
		return cli.WriteFile(*htmlFile, []string{fs.Arg(0), *plan}, func(w io.Writer) error { return e.WriteHTMLReport(w, inds, opt) })
	}
	evs := e.EvaluateAll(inds)
	switch {
	case *asMD:
		return kpi.WriteMarkdown(c.Stdout, evs)
	default:
		return kpi.WriteText(c.Stdout, evs)
	}
}

// reportProblems prints one line per bad row or cell.
func reportProblems(c *cli.Command, file string, errs []*kpi.CellError, replaced int) {
	for _, e := range errs {
		c.Report(file, e)
	}
	if replaced > 0 {
		c.Reportf(file, 0, 0, "%d invalid byte sequence(s) read as U+FFFD", replaced)
	}
}
