package main

import (
	"github.com/policygoal/policygoal/internal/cli"
	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

// tableIndicators reads a KPI table (CSV); "" or "-" is standard input. A
// table that cannot be read at all is reported and gives no indicators.
func tableIndicators(c *cli.Command, path string, p *parse.Parser, targets kpi.TargetParser) ([]kpi.Indicator, string, error) {
	f, name, err := c.OpenDocument(path)
	if err != nil {
		return nil, name, err
	}
	defer f.Close()
	tab, err := kpi.ReadTable(f, kpi.TableOptions{Targets: targets, Years: p})
	if err != nil {
		c.Report(name, err)
		return nil, name, nil
	}
	reportProblems(c, name, tab.Errors, tab.Replaced)
	if tab.Indicators == nil {
		tab.Indicators = []kpi.Indicator{}
	}
	return tab.Indicators, name, nil
}

// planIndicators reads the indicators of a plan text with load.LoadIndicators
// and adds the actuals of a KPI table (when actualsPath is not ""), matched
// by name. An actual naming no indicator of the plan is a problem, reported.
func planIndicators(c *cli.Command, planPath, actualsPath string, p *parse.Parser) ([]kpi.Indicator, error) {
	f, name, err := c.OpenInput(planPath)
	if err != nil {
		return nil, err
	}
	l, err := load.LoadIndicators(f, load.WithParser(p))
	f.Close()
	if err != nil {
		c.Report(name, err)
		return nil, nil
	}
	inds := make([]kpi.Indicator, len(l.Indicators))
	for i, gi := range l.Indicators {
		inds[i] = kpi.FromGoal(gi)
	}
	if actualsPath == "" {
		return inds, nil
	}
	actuals, aname, err := tableIndicators(c, actualsPath, p, p)
	if err != nil {
		return nil, err
	}
	for _, n := range kpi.AddActuals(inds, actuals) {
		c.Reportf(aname, 0, 0, "actuals of %s: no such indicator in %s", cli.Quote(n), name)
	}
	return inds, nil
}
