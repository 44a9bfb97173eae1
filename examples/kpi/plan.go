package main

import (
	"fmt"
	"io"
	"os"

	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

// tableIndicators reads a KPI table (CSV).
func tableIndicators(path string, p *parse.Parser, targets kpi.TargetParser, stderr io.Writer) ([]kpi.Indicator, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	tab, err := kpi.ReadTable(f, kpi.TableOptions{Targets: targets, Years: p})
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	return tab.Indicators, reportProblems(stderr, path, tab.Errors, tab.Replaced), nil
}

// planIndicators reads the indicators of a plan text with load.LoadIndicators
// and adds the actuals of a KPI table (when actualsPath is not ""), matched
// by name. An actual naming no indicator of the plan is a problem, reported.
func planIndicators(planPath, actualsPath string, p *parse.Parser, stderr io.Writer) ([]kpi.Indicator, int, error) {
	f, err := os.Open(planPath)
	if err != nil {
		return nil, 0, err
	}
	l, err := load.LoadIndicators(f, load.WithParser(p))
	f.Close()
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", planPath, err)
	}
	inds := make([]kpi.Indicator, len(l.Indicators))
	for i, gi := range l.Indicators {
		inds[i] = kpi.FromGoal(gi)
	}
	if actualsPath == "" {
		return inds, 0, nil
	}
	actuals, problems, err := tableIndicators(actualsPath, p, p, stderr)
	if err != nil {
		return nil, 0, err
	}
	for _, name := range kpi.AddActuals(inds, actuals) {
		fmt.Fprintf(stderr, "kpi: %s: actuals of %q: no such indicator in %s\n", actualsPath, name, planPath)
		problems++
	}
	return inds, problems, nil
}
