// Command extract prints the measurable targets in Japanese goal text.
//
// Usage:
//
//	extract [-jsonl] [-workers N] [-encoding auto|utf-8|shift_jis] [FILE | - ...]
//
// It reads the files named, or standard input ("-" or no file), line by
// line. By default it
// prints a readable table, one row per target. With -jsonl it writes exactly
// one JSON object per input line, in order, empty lines included:
//
//	{"line":N,"text":"…","targets":[…],"figures":[…],"dates":[…]}
//
// (with "file" when several files are named, and "error" for a line that
// could not be read whole). targets are what the line commits to (role
// target or interim), figures its other quantities (baselines, actuals,
// definitions). The README documents the target object.
// Problems are reported one line each on standard error, "extract:
// file:line:col: what"; the exit status is 1 when there was any, 2 for bad
// usage. The table is padded by display width. -version prints the module
// version.
package main

import (
	"bufio"
	"errors"
	"strconv"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/cli"
	"github.com/policygoal/policygoal/parse"
)

func main() { cli.Main("extract", synopsis, run) }

const synopsis = "extract [-jsonl] [-workers N] [-encoding auto|utf-8|shift_jis] [FILE | - ...]"

func run(c *cli.Command, args []string) int {
	return c.Exit(extract(c, args))
}

func extract(c *cli.Command, args []string) error {
	fs := c.FlagSet()
	jsonl := fs.Bool("jsonl", false, "write one JSON object per input line")
	workers := fs.Int("workers", 0, "most extraction goroutines (0: one per CPU; a short input uses one)")
	encoding := cli.EncodingFlag(fs)
	if err := c.Parse(fs, args); err != nil {
		return err
	}
	if *workers < 0 {
		return cli.Usagef("-workers: want 0 or more, got %d", *workers)
	}
	enc, err := encoding()
	if err != nil {
		return err
	}
	p, err := parse.New()
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(c.Stdout, 64<<10)
	defer out.Flush()

	var table *cli.Table
	if !*jsonl {
		table = &cli.Table{}
		table.Row("LINE", "KIND", "VALUE", "CMP", "UNIT", "PER", "TEXT", "SUBJECT")
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	one := func(name string) error {
		f, display, err := c.OpenInput(name)
		if err != nil {
			return err
		}
		defer f.Close()
		label := display
		if len(files) < 2 {
			label = ""
		}
		opts := parse.StreamOptions{Workers: *workers, Encoding: enc}
		if *jsonl {
			// Rendered in the workers, a batch of lines into one buffer.
			opts.Append = func(dst []byte, ln parse.Line) ([]byte, error) { return appendRecord(dst, label, ln) }
		}
		return p.ExtractLines(f, opts, func(ln parse.Line) error {
			if ln.Replaced > 0 {
				c.Reportf(display, ln.Number, 0, "%d invalid UTF-8 byte sequence(s) replaced by U+FFFD", ln.Replaced)
			}
			for _, pr := range ln.Problems {
				c.Reportf(display, ln.Number, cli.Column(ln.Text, pr.Offset), "%s", cli.Message(pr))
			}
			for _, pr := range ln.DateProblems {
				c.Reportf(display, ln.Number, cli.Column(ln.Text, pr.Offset), "%s", cli.Message(pr))
			}
			if ln.Err != nil {
				col := 0
				var ie *parse.InputError
				if errors.As(ln.Err, &ie) {
					col = cli.Column(ln.Text, ie.Offset)
				}
				c.Reportf(display, ln.Number, col, "%s", cli.Message(ln.Err))
			}
			if *jsonl {
				if ln.EncodeErr != nil {
					return ln.EncodeErr
				}
				_, err := out.Write(ln.Encoded)
				return err
			}
			for _, t := range ln.Targets {
				table.Row(lineLabel(label, ln.Number), t.Kind.String(),
					strconv.FormatFloat(t.Value, 'f', -1, 64)+rangeMax(t), t.Cmp.String(), t.Unit, per(t), t.Text, t.Subject)
			}
			return nil
		})
	}
	for _, name := range files {
		if err := one(name); err != nil {
			c.Report(displayName(name), err)
		}
	}
	if table != nil {
		return table.Write(out)
	}
	return nil
}

// displayName is how problems name an input.
func displayName(name string) string {
	if name == "" || name == "-" {
		return cli.StdinName
	}
	return name
}

func lineLabel(file string, n int) string {
	if file == "" {
		return strconv.Itoa(n)
	}
	return file + ":" + strconv.Itoa(n)
}

func rangeMax(t goal.Target) string {
	if t.Cmp == goal.CmpRange {
		return "–" + strconv.FormatFloat(t.Max, 'f', -1, 64)
	}
	return ""
}

func per(t goal.Target) string {
	if t.Per == goal.PeriodUnset {
		return ""
	}
	if t.Interval > 1 {
		return strings.Join([]string{strconv.Itoa(t.Interval), t.Per.String()}, "×")
	}
	return t.Per.String()
}
