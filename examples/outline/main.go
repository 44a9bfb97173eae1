// Command outline reads a municipal plan chapter as text and prints its
// outline (load.LoadOutline): chapters, sections, blocks, measures, themes
// and zones as an indented tree followed by the lines it could not place
// ("? line N: …") and the coverage, or, with -json, as the outline JSON of
// docs/outlines.md (with "unread" and "coverage").
//
// Usage:
//
//	outline [-json] [-encoding auto|utf-8|shift_jis] [file | -]
//
// With no file, or "-", it reads standard input. Errors go to standard
// error as one line, "outline: file:line:col: what", and the exit status is
// 1 (2 for bad usage). -version prints the module version.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/policygoal/policygoal/goal"
	"github.com/policygoal/policygoal/internal/cli"
	"github.com/policygoal/policygoal/parse"
	"github.com/policygoal/policygoal/parse/load"
)

func main() { cli.Main("outline", synopsis, run) }

const synopsis = "outline [-json] [-encoding auto|utf-8|shift_jis] [file | -]"

func run(c *cli.Command, args []string) int {
	return c.Exit(outline(c, args))
}

func outline(c *cli.Command, args []string) error {
	fs := c.FlagSet()
	asJSON := fs.Bool("json", false, "print the outline as JSON")
	encoding := cli.EncodingFlag(fs)
	if err := c.Parse(fs, args); err != nil {
		return err
	}
	enc, err := encoding()
	if err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return cli.Usagef("one file at most, got %d", fs.NArg())
	}
	f, name, err := c.OpenDocument(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	o, err := load.LoadOutline(f, load.WithEncoding(enc))
	if err != nil {
		c.Report(name, asLoadError(err))
		return nil
	}
	out := bufio.NewWriter(c.Stdout)
	if *asJSON {
		// a chapter at a time: the output is never held whole
		if err := o.WriteJSON(out); err != nil {
			return err
		}
	} else {
		printTree(out, o.Plan)
		printUnread(out, o)
	}
	return out.Flush()
}

// asLoadError gives a *load.Error the form the command's error lines read
// (file:line:col: what).
func asLoadError(err error) error {
	if le, ok := err.(*load.Error); ok {
		return &parse.LoadError{Document: "plan outline", Line: le.Line, Column: le.Column, Offset: le.Offset, Err: le.Err, Detail: le.Detail}
	}
	return err
}

// printUnread writes the lines the loader could not place, "?" and the
// line number first, and the coverage, when anything was left unread.
func printUnread(w io.Writer, o *load.Outline) {
	if len(o.Unread) == 0 {
		return
	}
	for _, u := range o.Unread {
		fmt.Fprintf(w, "? line %d: %s\n", u.Line, u.Text)
	}
	fmt.Fprintf(w, "coverage %.1f%%\n", 100*o.Coverage)
}

// printTree writes one line per node, indented two spaces per level, and
// the node's goal and statements below it, marked "=" and "-"; targets
// follow their statement in brackets.
func printTree(w io.Writer, plan *goal.Plan) {
	if plan.Title != "" {
		fmt.Fprintln(w, plan.Title)
	}
	plan.Walk(func(n *goal.Node, path []*goal.Node) bool {
		indent := strings.Repeat("  ", len(path))
		head := strings.TrimSpace(strings.Join(nonEmpty(n.Number, n.Title), " "))
		label := n.Level
		if n.Kind != goal.BlockUnset {
			label += "/" + n.Kind.String()
		}
		fmt.Fprintf(w, "%s[%s] %s", indent, label, head)
		if n.Subtitle != "" {
			fmt.Fprintf(w, " (%s)", n.Subtitle)
		}
		fmt.Fprintln(w)
		if n.Source != "" {
			fmt.Fprintf(w, "%s    source: %s\n", indent, n.Source)
		}
		if !n.Goal.IsZero() {
			fmt.Fprintf(w, "%s    = %s%s\n", indent, n.Goal.Text, targetList(n.Goal.Targets))
		}
		for _, s := range n.Statements {
			fmt.Fprintf(w, "%s    - %s%s\n", indent, s.Text, targetList(s.Targets))
		}
		return true
	})
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func targetList(ts []goal.Target) string {
	if len(ts) == 0 {
		return ""
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return " [" + strings.Join(parts, ", ") + "]"
}
