// Command cs90 reads a goal table — organizations and their goals, such as
// Saitama City's 「CS90行動目標」一覧 — and writes it as a readable listing,
// as JSON (-json) or as CSV with one row per target (-csv).
//
// Usage:
//
//	cs90 [-json | -csv [-bom] [-csv-raw]] [-encoding auto|utf-8|shift_jis] [-format auto|tsv|csv] [-o out] [table.txt | -]
//
// With no file, or "-", it reads standard input. With -o the output is
// written atomically (to a temporary file renamed into place, mode 0644),
// so a failed run never leaves half a file; an output that is the input is
// refused. Errors are one line on standard error, "cs90: file:line:col:
// what"; the exit status is 1 after a problem, 2 for bad usage. -version
// prints the module version.
//
// The -json form is {"title":…,"organizations":[{"name","kind","goals":
// [{"text","purpose"?,"targets":[…]}]}],"coverage","unread"}, the goal
// list JSON of package parse/load (an alias of "load -kind goals"); -format
// is accepted for compatibility, the layout is detected.
// The -csv form has the columns organization, kind, goal, purpose,
// target_text, target_kind, value, max, unit, per, interval, cmp, change,
// subject, by, start, end; a goal with no target has one row with the target
// columns empty, so no goal is lost. -bom starts the CSV with a UTF-8 byte
// order mark, which spreadsheet programs (Excel) need to read UTF-8. A cell
// that begins with = + - @, a tab or a carriage return and is not a plain
// number gets a leading apostrophe, so a spreadsheet shows it as text instead
// of running it as a formula (CSV injection); -csv-raw writes cells as they
// are.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/cli"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

func main() { cli.Main("cs90", synopsis, run) }

const synopsis = "cs90 [-json | -csv [-bom] [-csv-raw]] [-encoding auto|utf-8|shift_jis] [-format auto|tsv|csv] [-o out] [table.txt | -]"

type config struct {
	json, csv, bom, csvRaw bool
	encoding               parse.Encoding
	out, in                string
}

// run is the command with its I/O in c; it returns the exit status.
func run(c *cli.Command, args []string) int {
	cfg, err := parseFlags(c, args)
	if err == nil {
		err = convert(c, cfg)
	}
	return c.Exit(err)
}

func parseFlags(c *cli.Command, args []string) (config, error) {
	var cfg config
	fs := c.FlagSet()
	fs.BoolVar(&cfg.json, "json", false, "write JSON")
	fs.BoolVar(&cfg.csv, "csv", false, "write CSV, one row per target")
	fs.BoolVar(&cfg.bom, "bom", false, "start the CSV with a UTF-8 byte order mark (for spreadsheet programs)")
	fs.BoolVar(&cfg.csvRaw, "csv-raw", false, "write CSV cells as they are, without neutralizing cells that begin with = + - @ (formulas)")
	encoding := cli.EncodingFlag(fs)
	format := fs.String("format", "auto", "input format: auto, tsv or csv")
	fs.StringVar(&cfg.out, "o", "", "write to this file (atomically) instead of standard output")
	if err := c.Parse(fs, args); err != nil {
		return cfg, err
	}
	if cfg.json && cfg.csv {
		return cfg, cli.Usagef("-json and -csv exclude each other")
	}
	if cfg.bom && !cfg.csv {
		return cfg, cli.Usagef("-bom applies only to -csv")
	}
	if cfg.csvRaw && !cfg.csv {
		return cfg, cli.Usagef("-csv-raw applies only to -csv")
	}
	if fs.NArg() > 1 {
		return cfg, cli.Usagef("one input file at most, got %d", fs.NArg())
	}
	cfg.in = fs.Arg(0)
	if cfg.out != "" {
		if err := cli.CheckOutput(cfg.out, []string{cfg.in}); err != nil {
			return cfg, err
		}
	}
	e, err := encoding()
	if err != nil {
		return cfg, err
	}
	cfg.encoding = e
	// -format is kept for scripts that pass it; the loader detects the
	// layout (TAB, CSV, pipes, headings and bullets) itself.
	switch strings.ToLower(*format) {
	case "auto", "", "tsv", "csv":
	default:
		return cfg, cli.Usagef("-format: want auto, tsv or csv, got %q", *format)
	}
	return cfg, nil
}

func convert(c *cli.Command, cfg config) error {
	f, name, err := c.OpenInput(cfg.in)
	if err != nil {
		return err
	}
	defer f.Close()
	tab, err := load.LoadGoals(f, load.WithEncoding(cfg.encoding))
	if err != nil {
		c.Report(name, err)
		return nil
	}
	write := func(w io.Writer) error {
		switch {
		case cfg.json:
			return writeJSON(w, tab)
		case cfg.csv:
			return writeCSV(w, tab, cfg.bom, !cfg.csvRaw)
		default:
			return writeListing(w, tab)
		}
	}
	if cfg.out == "" {
		bw := bufio.NewWriter(c.Stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	return cli.WriteFile(cfg.out, []string{cfg.in}, write)
}

func writeJSON(w io.Writer, tab *load.GoalList) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(tab)
}

func writeListing(w io.Writer, tab *load.GoalList) error {
	bw := &errWriter{w: w}
	if tab.Title != "" {
		bw.printf("%s\n\n", tab.Title)
	}
	for _, o := range tab.Organizations {
		if o.Kind != goal.OrgKindUnset {
			bw.printf("%s (%s)\n", o.Name, o.Kind)
		} else {
			bw.printf("%s\n", o.Name)
		}
		for _, g := range tab.GoalsOf(o.Name) {
			bw.printf("  - %s\n", g.Statement)
			if g.Purpose != "" {
				bw.printf("    目的 (purpose): %s\n", g.Purpose)
			}
			for _, t := range g.Targets {
				bw.printf("    目標値 (target): %s = %s [%s]\n", t.Text, t.String(), t.Kind)
			}
		}
	}
	return bw.err
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, a ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, a...)
	}
}

var csvHeader = []string{"organization", "kind", "goal", "purpose", "target_text", "target_kind", "value", "max",
	"unit", "per", "interval", "cmp", "change", "subject", "by", "start", "end"}

func writeCSV(w io.Writer, tab *load.GoalList, bom, neutralize bool) error {
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	csvw := csv.NewWriter(w)
	if err := csvw.Write(csvHeader); err != nil {
		return err
	}
	cw := rowWriter{w: csvw, neutralize: neutralize}
	kinds := map[string]goal.OrgKind{}
	for _, o := range tab.Organizations {
		kinds[o.Name] = o.Kind
	}
	for _, g := range tab.Goals {
		kind := ""
		if k := kinds[g.Owner]; k != goal.OrgKindUnset {
			kind = k.String()
		}
		head := []string{g.Owner, kind, g.Statement, g.Purpose}
		if len(g.Targets) == 0 {
			if err := cw.Write(append(head, make([]string, len(csvHeader)-len(head))...)); err != nil {
				return err
			}
			continue
		}
		for _, t := range g.Targets {
			row := append(append([]string(nil), head...), targetCells(t)...)
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	csvw.Flush()
	return csvw.Error()
}

// rowWriter writes CSV rows, neutralized unless -csv-raw.
type rowWriter struct {
	w          *csv.Writer
	neutralize bool
}

func (r rowWriter) Write(row []string) error {
	if r.neutralize {
		row = cli.NeutralizeRow(row)
	}
	return r.w.Write(row)
}

// targetCells are a target's CSV cells; unset enums and zero optional
// numbers are empty.
func targetCells(t goal.Target) []string {
	name := func(set bool, s fmt.Stringer) string {
		if !set {
			return ""
		}
		return s.String()
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	max, interval, by := "", "", ""
	if t.Cmp == goal.CmpRange {
		max = num(t.Max)
	}
	if t.Interval > 1 {
		interval = strconv.Itoa(t.Interval)
	}
	if t.By != 0 {
		by = strconv.Itoa(int(t.By))
	}
	return []string{t.Text, name(t.Kind != goal.KindUnset, t.Kind), num(t.Value), max, t.Unit,
		name(t.Per != goal.PeriodUnset, t.Per), interval, name(t.Cmp != goal.CmpUnset, t.Cmp),
		name(t.Change != goal.ChangeUnset, t.Change), t.Subject, by,
		strconv.Itoa(t.Span.Start), strconv.Itoa(t.Span.End)}
}
