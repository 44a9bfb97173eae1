// Command extract prints the measurable targets in Japanese goal text.
//
// Usage:
//
//	extract [-jsonl] [-workers N] [-encoding auto|utf-8|shift_jis] [FILE ...]
//
// It reads the files named, or standard input, line by line. By default it
// prints a readable table, one row per target. With -jsonl it writes exactly
// one JSON object per input line, in order, empty lines included:
//
//	{"line":N,"text":"…","targets":[…],"figures":[…],"dates":[…]}
//
// (with "file" when several files are named, and "error" for a line that
// could not be read whole). targets are what the line commits to (role
// target or interim), figures its other quantities (baselines, actuals,
// definitions). The README documents the target object.
// Problems are reported one line each on standard error; the exit status is
// 1 when there was any, 2 for bad usage.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/parse"
)

// record is one line of -jsonl output.
type record struct {
	File    string             `json:"file,omitempty"`
	Line    int                `json:"line"`
	Text    string             `json:"text"`
	Targets []goal.Target      `json:"targets"`
	Figures []goal.Target      `json:"figures"`
	Dates   []goal.DateMention `json:"dates"`
	Error   string             `json:"error,omitempty"`
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "write one JSON object per input line")
	workers := fs.Int("workers", 0, "extraction goroutines (0: one per CPU)")
	encName := fs.String("encoding", "auto", "input encoding: auto, utf-8 or shift_jis")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	enc, err := parse.ParseEncoding(*encName)
	if err != nil {
		fmt.Fprintln(stderr, "extract:", err)
		return 2
	}
	p, err := parse.New()
	if err != nil {
		fmt.Fprintln(stderr, "extract:", err)
		return 2
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()

	var table *tabwriter.Writer
	if !*jsonl {
		table = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(table, "LINE\tKIND\tVALUE\tCMP\tUNIT\tPER\tTEXT\tSUBJECT")
	}
	failed := false
	files := fs.Args()
	one := func(name string, r io.Reader) error {
		label := name
		if len(files) < 2 {
			label = ""
		}
		opts := parse.StreamOptions{Workers: *workers, Encoding: enc}
		if *jsonl {
			// Rendering JSON is as costly as extracting; do it in the workers.
			opts.Encode = func(ln parse.Line) ([]byte, error) { return encodeRecord(label, ln) }
		}
		return p.ExtractLines(r, opts, func(ln parse.Line) error {
			where := name + ":" + strconv.Itoa(ln.Number)
			if ln.Replaced > 0 {
				fmt.Fprintf(stderr, "extract: %s: %d invalid UTF-8 byte(s) replaced by U+FFFD\n", where, ln.Replaced)
			}
			for _, pr := range ln.Problems {
				fmt.Fprintf(stderr, "extract: %s: %v\n", where, pr)
			}
			for _, pr := range ln.DateProblems {
				fmt.Fprintf(stderr, "extract: %s: %v\n", where, pr)
			}
			if ln.Err != nil {
				failed = true
				fmt.Fprintf(stderr, "extract: %s: %v\n", where, ln.Err)
			}
			if *jsonl {
				if ln.EncodeErr != nil {
					return ln.EncodeErr
				}
				_, err := out.Write(ln.Encoded)
				return err
			}
			for _, t := range ln.Targets {
				fmt.Fprintf(table, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", lineLabel(label, ln.Number), t.Kind,
					strconv.FormatFloat(t.Value, 'f', -1, 64)+rangeMax(t), t.Cmp, t.Unit, per(t), t.Text, t.Subject)
			}
			return nil
		})
	}
	if len(files) == 0 {
		if err := one("stdin", stdin); err != nil {
			fmt.Fprintln(stderr, "extract:", err)
			return 1
		}
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(stderr, "extract:", err)
			failed = true
			continue
		}
		err = one(name, f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "extract: %s: %v\n", name, err)
			failed = true
		}
	}
	if table != nil {
		table.Flush()
	}
	if failed {
		return 1
	}
	return 0
}

// encodeRecord renders one line of -jsonl output, with its newline.
func encodeRecord(file string, ln parse.Line) ([]byte, error) {
	rec := record{File: file, Line: ln.Number, Text: ln.Text, Targets: ln.Targets, Figures: ln.Figures, Dates: ln.Dates}
	if ln.Err != nil {
		rec.Error = ln.Err.Error()
	}
	if rec.Targets == nil {
		rec.Targets = []goal.Target{}
	}
	if rec.Figures == nil {
		rec.Figures = []goal.Target{}
	}
	if rec.Dates == nil {
		rec.Dates = []goal.DateMention{}
	}
	var b bytes.Buffer
	je := json.NewEncoder(&b)
	je.SetEscapeHTML(false)
	if err := je.Encode(rec); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
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
