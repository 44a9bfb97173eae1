package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/cli"
	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
)

const complianceSynopsis = "kpi compliance -target 月1回以上 -from 2023-04-01 -to 2024-03-31 [-json] [EVENTS.csv | -]"

func runCompliance(c *cli.Command, args []string) error {
	fs := c.FlagSet()
	targetText := fs.String("target", "", "the frequency target, e.g. 月1回以上, 四半期ごと, 年10回以上")
	fromText := fs.String("from", "", "first day counted, e.g. 2023-04-01 or 令和5年4月1日")
	toText := fs.String("to", "", "last day counted, e.g. 2024-03-31")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := c.Parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return cli.Usagef("want one EVENTS.csv, got %d arguments", fs.NArg())
	}
	if *targetText == "" || *fromText == "" || *toText == "" {
		return cli.Usagef("-target, -from and -to are required")
	}
	p, targets, err := newParser()
	if err != nil {
		return err
	}
	tg, err := targets.ParseTarget(*targetText)
	if err != nil {
		return cli.Usagef("-target: %s", cli.Message(err))
	}
	if tg.Per == goal.PeriodUnset {
		return cli.Usagef("-target %s states no period (月, 四半期, 年): not a frequency target", cli.Quote(*targetText))
	}
	from, err := readDate(p, *fromText)
	if err != nil {
		return cli.Usagef("-from: %s", cli.Message(err))
	}
	to, err := readDate(p, *toText)
	if err != nil {
		return cli.Usagef("-to: %s", cli.Message(err))
	}

	f, name, err := c.OpenInput(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	events, err := kpi.ReadEvents(f, p, 0)
	if err != nil {
		c.Report(name, err)
		return nil
	}
	reportProblems(c, name, events.Errors, events.Replaced)
	cf, err := kpi.CheckFrequency(tg, events.Dates, from, to)
	if err != nil {
		return err
	}
	for _, d := range cf.Unplaced {
		c.Reportf(name, 0, 0, "event %v is too imprecise for %s periods; not counted", d, tg.Per)
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(cf)
	}
	fmt.Fprintf(c.Stdout, "%s from %v to %v: met %d, missed %d (%d events counted, %d outside the range)\n",
		tg.String(), from, to, cf.Met, cf.Missed, len(events.Dates)-cf.Outside-len(cf.Unplaced), cf.Outside)
	t := &cli.Table{}
	for _, pc := range cf.Periods {
		mark := "met"
		if !pc.Met {
			mark = "MISSED"
		}
		if pc.Partial {
			mark += " (partial)"
		}
		t.Row("  "+pc.Period, strconv.Itoa(pc.Count), mark)
	}
	return t.Write(c.Stdout)
}

// readDate reads a -from or -to value: the text form 2023-04-01 (or
// 2023-04), or any form the date parser reads.
func readDate(p *parse.Parser, s string) (goal.Date, error) {
	if d, err := goal.ParseDate(strings.TrimSpace(s)); err == nil {
		return d, nil
	}
	return p.ParseDate(s)
}
