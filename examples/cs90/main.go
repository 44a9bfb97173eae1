// Command cs90 reads a goal table (an alias of "load -kind goals" with a
// CSV output of its own) — organizations and their goals, such as
// Saitama City's 「CS90行動目標」一覧 — and writes it as a readable listing,
// as JSON (-json) or as CSV with one row per target (-csv).
//
// Usage:
//
//	cs90 [-json | -csv [-bom]] [-encoding auto|utf-8|shift_jis] [-format auto|tsv|csv] [-o out] [table.txt]
//
// With no file it reads standard input. With -o the output is written
// atomically (to a temporary file renamed into place), so a failed run never
// leaves half a file. Errors are one line on standard error and a non-zero
// exit status (2 for bad usage, 1 for everything else).
//
// The -json form is the goal list JSON of package parse/load:
// {"kind":"goals","title":…,"organizations":[{"name","kind","goals":
// [{"text","purpose"?,"targets":[…]}]}],"coverage","unread"}. -format is
// accepted for compatibility; the layout is detected.
// The -csv form has the columns organization, kind, goal, purpose,
// target_text, target_kind, value, max, unit, per, interval, cmp, change,
// subject, by, start, end; a goal with no target has one row with the target
// columns empty, so no goal is lost. -bom starts the CSV with a UTF-8 byte
// order mark, which spreadsheet programs (Excel) need to read UTF-8.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// errUsage marks a bad command line (exit status 2).
var errUsage = errors.New("usage")

type config struct {
	json, csv, bom bool
	encoding       parse.Encoding
	out, in        string
}

// run is the command with its I/O passed in; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err == nil {
		err = convert(cfg, stdin, stdout)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintln(stderr, "cs90:", oneLine(err.Error()))
		return 2
	default:
		fmt.Fprintln(stderr, "cs90:", oneLine(err.Error()))
		return 1
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("cs90", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&cfg.json, "json", false, "write JSON")
	fs.BoolVar(&cfg.csv, "csv", false, "write CSV, one row per target")
	fs.BoolVar(&cfg.bom, "bom", false, "start the CSV with a UTF-8 byte order mark (for spreadsheet programs)")
	enc := fs.String("encoding", "auto", "input encoding: auto, utf-8 or shift_jis")
	format := fs.String("format", "auto", "input format: auto, tsv or csv")
	fs.StringVar(&cfg.out, "o", "", "write to this file (atomically) instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: cs90 [-json | -csv [-bom]] [-encoding e] [-format f] [-o out] [table.txt]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, err
		}
		return cfg, fmt.Errorf("%w: %v", errUsage, err)
	}
	if cfg.json && cfg.csv {
		return cfg, fmt.Errorf("%w: -json and -csv exclude each other", errUsage)
	}
	if cfg.bom && !cfg.csv {
		return cfg, fmt.Errorf("%w: -bom applies only to -csv", errUsage)
	}
	if fs.NArg() > 1 {
		return cfg, fmt.Errorf("%w: one input file at most, got %d", errUsage, fs.NArg())
	}
	cfg.in = fs.Arg(0)
	e, err := parse.ParseEncoding(*enc)
	if err != nil {
		return cfg, fmt.Errorf("%w: -encoding: %v", errUsage, err)
	}
	cfg.encoding = e
	// -format is kept for scripts that pass it; the loader detects the
	// layout (TAB, CSV, pipes, headings and bullets) itself.
	switch strings.ToLower(*format) {
	case "auto", "", "tsv", "csv":
	default:
		return cfg, fmt.Errorf("%w: -format: want auto, tsv or csv, got %q", errUsage, *format)
	}
	return cfg, nil
}

func convert(cfg config, stdin io.Reader, stdout io.Writer) error {
	in := stdin
	if cfg.in != "" && cfg.in != "-" {
		f, err := os.Open(cfg.in)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	tab, err := load.LoadGoals(in, load.WithEncoding(cfg.encoding))
	if err != nil {
		if cfg.in != "" {
			return fmt.Errorf("%s: %w", cfg.in, err)
		}
		return err
	}
	write := func(w io.Writer) error {
		switch {
		case cfg.json:
			return writeJSON(w, tab)
		case cfg.csv:
			return writeCSV(w, tab, cfg.bom)
		default:
			return writeListing(w, tab)
		}
	}
	if cfg.out == "" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	return writeAtomically(cfg.out, write)
}

// writeAtomically writes to a temporary file beside path and renames it
// into place only when everything was written.
func writeAtomically(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
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

func writeCSV(w io.Writer, tab *load.GoalList, bom bool) error {
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
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
	cw.Flush()
	return cw.Error()
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

// oneLine keeps an error message on one line of standard error.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}
