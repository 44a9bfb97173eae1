// Command kpi evaluates a KPI table and checks frequency targets against
// event logs.
//
//	kpi [-json | -md | -html FILE] [-ranks abcd|sabcd|symbols] TABLE.csv
//	kpi compliance -target 月1回以上 -from 2023-04-01 -to 2024-03-31 [-json] EVENTS.csv
//
// TABLE.csv has one row per indicator and fiscal year, with English or
// Japanese headers, in UTF-8 (with or without BOM) or Shift_JIS. Without a
// flag it prints a text report; -json prints an array of {"name","status",
// "progress","expected","achievement","rank","trend"} (null for undefined
// figures); -md prints Markdown; -html FILE writes a self-contained page.
//
// Each bad row or cell is reported as one line on stderr; the other rows are
// still evaluated, and the exit status is 1. Usage errors exit with 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/policygoal/policygoal/kpi"
	"github.com/policygoal/policygoal/parse"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// errUsage marks errors in the command line (exit status 2).
var errUsage = errors.New("usage")

func run(args []string, stdout, stderr io.Writer) int {
	var err error
	var problems int
	if len(args) > 0 && args[0] == "compliance" {
		problems, err = runCompliance(args[1:], stdout, stderr)
	} else {
		problems, err = runTable(args, stdout, stderr)
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintln(stderr, "kpi:", strings.TrimPrefix(err.Error(), "usage: "))
		return 2
	case err != nil:
		fmt.Fprintln(stderr, "kpi:", err)
		return 1
	case problems > 0:
		return 1
	}
	return 0
}

func usageError(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
}

// newParser builds the text parser and the target reader kpi needs.
func newParser() (*parse.Parser, kpi.TargetParser, error) {
	p, err := parse.New()
	if err != nil {
		return nil, nil, err
	}
	return p, p, nil
}

func runTable(args []string, stdout, stderr io.Writer) (int, error) {
	fs := flag.NewFlagSet("kpi", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the evaluations as a JSON array")
	asMD := fs.Bool("md", false, "print a Markdown report")
	htmlFile := fs.String("html", "", "write a self-contained HTML report to `FILE`")
	ranks := fs.String("ranks", "abcd", "rank scheme: abcd, sabcd or symbols")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kpi [-json | -md | -html FILE] [-ranks abcd|sabcd|symbols] TABLE.csv")
		fmt.Fprintln(stderr, "       kpi compliance -target 月1回以上 -from 2023-04-01 -to 2024-03-31 [-json] EVENTS.csv")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, err
		}
		return 0, usageError("%v", err)
	}
	if fs.NArg() != 1 {
		return 0, usageError("want one TABLE.csv, got %d arguments (kpi -h for help)", fs.NArg())
	}
	n := 0
	for _, b := range []bool{*asJSON, *asMD, *htmlFile != ""} {
		if b {
			n++
		}
	}
	if n > 1 {
		return 0, usageError("-json, -md and -html are alternatives")
	}
	scheme, ok := kpi.RankSchemes[*ranks]
	if !ok {
		return 0, usageError("unknown rank scheme %q (abcd, sabcd, symbols)", *ranks)
	}

	p, targets, err := newParser()
	if err != nil {
		return 0, err
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	tab, err := kpi.ReadTable(f, kpi.TableOptions{Targets: targets, Years: p})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	problems := reportProblems(stderr, fs.Arg(0), tab.Errors, tab.Replaced)
	evs := kpi.Evaluator{Ranks: scheme}.EvaluateAll(tab.Indicators)
	tab.Indicators = nil // each evaluation holds its indicator; free the table before rendering

	switch {
	case *asJSON:
		err = kpi.WriteJSON(stdout, evs)
	case *asMD:
		err = kpi.WriteMarkdown(stdout, evs)
	case *htmlFile != "":
		title := "KPI evaluation: " + filepath.Base(fs.Arg(0))
		err = writeFileAtomic(*htmlFile, func(w io.Writer) error { return kpi.WriteHTML(w, evs, title) })
	default:
		err = kpi.WriteText(stdout, evs)
	}
	return problems, err
}

// reportProblems prints one line per bad row or cell and returns how many
// there were.
func reportProblems(stderr io.Writer, file string, errs []*kpi.CellError, replaced int) int {
	for _, e := range errs {
		fmt.Fprintf(stderr, "kpi: %s: %s\n", file, strings.TrimPrefix(e.Error(), "kpi: "))
	}
	n := len(errs)
	if replaced > 0 {
		fmt.Fprintf(stderr, "kpi: %s: %d invalid byte sequences read as U+FFFD\n", file, replaced)
		n++
	}
	return n
}

// writeFileAtomic writes name through a temporary file in the same
// directory and renames it into place, so a reader never sees half a file.
func writeFileAtomic(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
