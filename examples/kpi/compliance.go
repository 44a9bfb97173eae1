package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
)

func runCompliance(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("kpi compliance", flag.ContinueOnError)
	fs.SetOutput(stderr)
	targetText := fs.String("target", "", "the frequency target, e.g. 月1回以上, 四半期ごと, 年10回以上")
	fromText := fs.String("from", "", "first day counted, e.g. 2023-04-01 or 令和5年4月1日")
	toText := fs.String("to", "", "last day counted, e.g. 2024-03-31")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kpi compliance -target 月1回以上 -from 2023-04-01 -to 2024-03-31 [-json] EVENTS.csv")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, err
		}
		return 0, usageError("%v", err)
	}
	if fs.NArg() != 1 {
		return 0, usageError("compliance: want one EVENTS.csv, got %d arguments", fs.NArg())
	}
	if *targetText == "" || *fromText == "" || *toText == "" {
		return 0, usageError("compliance: -target, -from and -to are required")
	}
	p, targets, err := newParser()
	if err != nil {
		return 0, err
	}
	tg, err := targets.ParseTarget(*targetText)
	if err != nil {
		return 0, usageError("-target %q: %v", *targetText, err)
	}
	if tg.Per == goal.PeriodUnset {
		return 0, usageError("-target %q states no period (月, 四半期, 年): not a frequency target", *targetText)
	}
	from, err := readDate(p, *fromText)
	if err != nil {
		return 0, usageError("-from %q: %v", *fromText, err)
	}
	to, err := readDate(p, *toText)
	if err != nil {
		return 0, usageError("-to %q: %v", *toText, err)
	}

	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	events, err := kpi.ReadEvents(f, p, 0)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	problems := reportProblems(stderr, fs.Arg(0), events.Errors, events.Replaced)
	c, err := kpi.CheckFrequency(tg, events.Dates, from, to)
	if err != nil {
		return problems, err
	}
	for _, d := range c.Unplaced {
		fmt.Fprintf(stderr, "kpi: %s: event %v is too imprecise for %s periods; not counted\n", fs.Arg(0), d, tg.Per)
		problems++
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return problems, enc.Encode(c)
	}
	fmt.Fprintf(stdout, "%s from %v to %v: met %d, missed %d (%d events counted, %d outside the range)\n",
		tg.String(), from, to, c.Met, c.Missed, len(events.Dates)-c.Outside-len(c.Unplaced), c.Outside)
	for _, pc := range c.Periods {
		mark := "met"
		if !pc.Met {
			mark = "MISSED"
		}
		partial := ""
		if pc.Partial {
			partial = " (partial)"
		}
		fmt.Fprintf(stdout, "  %-22s %3d  %s%s\n", pc.Period, pc.Count, mark, partial)
	}
	return problems, nil
}

// readDate reads a -from or -to value: the text form 2023-04-01 (or
// 2023-04), or any form the date parser reads.
func readDate(p *parse.Parser, s string) (goal.Date, error) {
	if d, err := goal.ParseDate(strings.TrimSpace(s)); err == nil {
		return d, nil
	}
	return p.ParseDate(s)
}
